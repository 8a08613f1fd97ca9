use status_core::{responds, status, Status};

#[responds(CREATED, "Conflict", 404)]
fn create_item(existing: Option<bool>) -> Status {
    match existing {
        None => status!(404),
        Some(true) => status!("Conflict"),
        Some(false) => Status::CREATED,
    }
}

fn main() {
    assert_eq!(create_item(Some(false)), Status::CREATED);
    assert_eq!(create_item(Some(true)), Status::CONFLICT);
    assert_eq!(create_item(None), Status::NOT_FOUND);
    assert_eq!(
        CREATE_ITEM_RESPONSES.statuses(),
        [Status::CREATED, Status::CONFLICT, Status::NOT_FOUND]
    );
}
