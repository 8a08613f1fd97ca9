use status_core::responds;

extern "C" {
    #[responds(200)]
    pub fn status_of_request(id: u32) -> u16;

    #[responds(200)]
    fn log_status(format: *const u8, ...) -> i32;
}

unsafe extern "C" {
    #[responds(200, 404)]
    safe fn lookup_status(id: u32) -> u16;
}

fn main() {}
