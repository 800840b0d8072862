//! The one integration-test binary: every test runs the real `sealbox` binary in a temp

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! HOME, through argv, stdin, stdout, stderr and the exit status.

mod support;

mod core;
mod generated;
