use status_core::{status, Status};

fn main() {
    assert_eq!(status!(404), Status::NOT_FOUND);
    assert_eq!(status!(NOT_FOUND), Status::NOT_FOUND);
    assert_eq!(status!("Not Found"), Status::NOT_FOUND);
    // The number the user wrote, whatever the notation.
    assert_eq!(status!(4_04), Status::NOT_FOUND);
    assert_eq!(status!(0x194), Status::NOT_FOUND);
    assert_eq!(status!(404,), Status::NOT_FOUND);
    assert_eq!(status!("Content Too Large").code(), 413);
    assert_eq!(status!(HTTP_VERSION_NOT_SUPPORTED).code(), 505);
}
