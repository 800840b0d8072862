//! The core lifecycle: init, create, get, versions and labels, deletion, errors.

use crate::support::*;

#[test]
fn create_then_get_prints_exact_bytes() {
    let sb = Sandbox::new();
    sb.run_stdin(&["create", "app/db/password"], b"hunter2\n").success();
    sb.run(&["get", "app/db/password"]).success().stdout_is("hunter2");
}
