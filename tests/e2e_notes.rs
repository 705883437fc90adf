//! End to end: notes survive quitting and a kill -9, and export to Markdown with their quote
//! and tags.

mod support;

use std::time::Duration;
use support::tmux::Session;

const WAIT: Duration = Duration::from_secs(20);

fn write_note(s: &Session, find: &str, body: &str) {
    s.keys(&["/"]);
    s.wait_for("Find:", WAIT);
    s.type_text(find);
    s.keys(&["Enter"]);
    s.wait_for("found", WAIT);
    s.keys(&["n"]);
    s.wait_for("Ctrl-S save", WAIT);
    s.type_text(body);
    s.keys(&["C-s"]);
    s.wait_for("note saved", WAIT);
}

#[test]
fn a_tagged_note_is_kept_across_restarts_and_exported() {
    let s = Session::start("notes", 120, 40);
    s.run_crossread("");
    s.wait_for("Library (5)", WAIT);
    write_note(
        &s,
        "4,404 people",
        "Compare with 2,000 arrested in 003 #detentions",
    );
    s.keys(&["q"]);
    s.wait_for("EXIT=0", WAIT);

    // Start again: the note is listed in the Notes view.
    s.run_crossread("");
    s.wait_for("Library (5)", WAIT);
    s.keys(&["4"]);
    let screen = s.wait_for("Notes: 1 of 1", WAIT);
    assert!(screen.contains("#detentions"), "{screen}");
    assert!(screen.contains("Compare with 2,000 arrested"), "{screen}");

    // Export to the default path in the working folder.
    s.keys(&["E"]);
    s.wait_for("Export notes to:", WAIT);
    s.keys(&["Enter"]);
    s.wait_for("exported 1 notes", WAIT);
    let exported =
        std::fs::read_to_string(s.dir.path().join("crossread-notes.md")).expect("export written");
    assert!(
        exported.contains("4,404 people have been detained"),
        "quote in export:\n{exported}"
    );
    assert!(
        exported.contains("detentions"),
        "tag in export:\n{exported}"
    );

    // Exporting again asks before overwriting; n keeps the file.
    s.keys(&["E"]);
    s.wait_for("Export notes to:", WAIT);
    s.keys(&["Enter"]);
    s.wait_for("Overwrite it? (y/n)", WAIT);
    s.type_text("n");
    s.keys(&["Enter"]);
    s.wait_for("nothing was overwritten", WAIT);
    s.keys(&["q"]);
    s.wait_for("EXIT=0", WAIT);
}

#[test]
fn a_note_survives_kill_9_right_after_it_is_saved() {
    let s = Session::start("crash", 120, 40);
    s.run_crossread("");
    s.wait_for("Library (5)", WAIT);
    write_note(
        &s,
        "Twelve police officers",
        "Check the city officials' source #police",
    );
    let pid = s.child_pid().expect("crossread is running");
    let killed = std::process::Command::new("kill")
        .args(["-9", &pid.to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    s.wait_for("EXIT=137", WAIT);

    s.run_crossread("");
    s.wait_for("Library (5)", WAIT);
    s.keys(&["4"]);
    let screen = s.wait_for("Notes: 1 of 1", WAIT);
    assert!(screen.contains("#police"), "{screen}");
    s.keys(&["q"]);
}
