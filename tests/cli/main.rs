//! The one integration-test binary: every test runs the real `sealbox` binary in a temp
//! HOME, through argv, stdin, stdout, stderr and the exit status.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

mod agent;
mod audit;
#[cfg(feature = "aws")]
mod aws;
mod aws_parity;
mod completion;
mod core;
mod defects;
mod doctor;
mod everyday;
mod fs_discipline;
mod generated;
mod git_merge;
mod hardening;
mod help;
mod pending_deletion;
mod progress;
mod region_helper;
mod reliability;
mod replication;
mod rotation;
mod rotation_pg;
mod rotation_templates;
mod serve;
mod shell;
mod tables;
mod trust;
