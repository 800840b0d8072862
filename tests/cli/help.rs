//! Help and man pages: a command's own options first, then "Global options"; man pages
//! with EXIT STATUS, ENVIRONMENT, FILES and EXAMPLES (examples as written).

use std::path::Path;

use crate::support::Sandbox;

#[test]
fn a_commands_own_options_come_before_the_global_ones() {
    let out = Sandbox::empty().run(&["create", "--help"]).success().stdout_text();
    let at = |needle: &str| out.find(needle).unwrap_or_else(|| panic!("{needle} not in:\n{out}"));
    // Before this heading, `--vault` sat between `--value` and `--value-file`.
    assert!(at("--value <STRING>") < at("--value-file <PATH>"));
    assert!(at("--value-file <PATH>") < at("--dbname <DB>"));
    assert!(at("--dbname <DB>") < at("\nGlobal options:\n"));
    assert!(at("\nGlobal options:\n") < at("--vault <PATH>"));
    assert!(at("--vault <PATH>") < at("--lock-timeout <SECS>"));
    assert!(at("--lock-timeout <SECS>") < at("\nExamples:\n"));
    let short = Sandbox::empty().run(&["get", "-h"]).success().stdout_text();
    let own = short.find("  -c, --clip").unwrap();
    assert!(own < short.find("Global options:").unwrap(), "{short}");
}

#[test]
fn man_pages_have_exit_status_environment_files_and_examples() {
    let man = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    for page in ["sealbox.1", "sealbox-get.1", "sealbox-edit.1", "sealbox-create.1"] {
        let text = std::fs::read_to_string(man.join(page)).unwrap();
        for section in [".SH EXAMPLES\n.nf\n", ".SH \"EXIT STATUS\"\n", ".SH ENVIRONMENT\n", ".SH FILES\n"] {
            assert!(text.contains(section), "{page} has no {section:?}");
        }
    }
    let get = std::fs::read_to_string(man.join("sealbox-get.1")).unwrap();
    assert!(get.contains(".nf\n  sealbox get app/db/password\n"), "examples are re-wrapped:\n{get}");
}
