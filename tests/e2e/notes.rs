//! End to end: notes survive quitting and a kill -9 (saved or still being written), and export to Markdown with their quote
//! and tags.

use super::support;

use std::time::Duration;
use support::tmux::Session;

const WAIT: Duration = Duration::from_secs(20);

fn find(s: &Session, text: &str) {
    s.keys(&["/"]);
    s.wait_for("Find:", WAIT);
    s.type_text(text);
    s.keys(&["Enter"]);
    s.wait_for("found", WAIT);
}

/// Presses n, checks the editor says what the note is on, types the note and saves it.
fn note_here(s: &Session, editor_title: &str, body: &str) {
    s.keys(&["n"]);
    s.wait_for(editor_title, WAIT);
    s.type_text(body);
    s.keys(&["C-s"]);
    s.wait_for("note saved", WAIT);
}

fn write_note(s: &Session, text: &str, body: &str) {
    find(s, text);
    note_here(s, "Ctrl-S save", body);
}

/// Kills the running reader as a crash would, with no chance to save anything.
fn kill_9(s: &Session) {
    let pid = s.child_pid().expect("crossread is running");
    let killed = std::process::Command::new("kill")
        .args(["-9", &pid.to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    s.wait_for("EXIT=137", WAIT);
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
    s.quit(WAIT);

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
    s.wait_for("exported 1 note to", WAIT);
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
    s.wait_for("nothing was overwritten", WAIT);
    s.quit(WAIT);
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
    kill_9(&s);

    s.run_crossread("");
    s.wait_for("Library (5)", WAIT);
    s.keys(&["4"]);
    let screen = s.wait_for("Notes: 1 of 1", WAIT);
    assert!(screen.contains("#police"), "{screen}");
    s.quit(WAIT);
}

#[test]
fn a_note_being_written_survives_kill_9_and_comes_back_tagged_unfinished() {
    let s = Session::start("unfinished", 120, 40);
    s.run_crossread("");
    s.wait_for("Library (5)", WAIT);
    find(&s, "4,404 people");
    s.keys(&["n"]);
    s.wait_for("Ctrl-S save", WAIT);
    s.type_text("Half a thought on the detentions");
    s.wait_for("Half a thought on the detentions", WAIT);
    kill_9(&s);

    s.run_crossread("");
    let screen = s.wait_for("recovered 1 note left unfinished", WAIT);
    // The killed reader's frame and the shell's lines are gone from under the new one.
    assert!(!screen.contains("EXIT=137"), "{screen}");
    s.keys(&["Escape"]);
    s.keys(&["4"]);
    let screen = s.wait_for("Notes: 1 of 1", WAIT);
    assert!(
        screen.contains("Half a thought on the detentions"),
        "{screen}"
    );
    assert!(screen.contains("#unfinished"), "{screen}");
    // It is on the sentence it was written about.
    assert!(
        screen.contains("4,404 people have been detained"),
        "{screen}"
    );

    // Quitting on purpose without a note ("Ctrl-C again quits without it") leaves no draft.
    s.keys(&["1"]);
    s.wait_for("Library (5)", WAIT);
    s.keys(&["n"]);
    s.wait_for("Ctrl-S save", WAIT);
    s.type_text("not wanted");
    s.wait_for("not wanted", WAIT);
    s.keys(&["C-c"]);
    s.wait_for("Ctrl-C again quits without it", WAIT);
    s.keys(&["C-c"]);
    s.wait_for_absent("not wanted", WAIT);
    let drafts = std::fs::read_dir(s.data_dir().join("crossread"))
        .or_else(|_| std::fs::read_dir(s.data_dir()))
        .expect("data folder")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".draft-"))
        .count();
    assert_eq!(drafts, 0);
}

const FIRST: &str = "Harbour fire destroys boats\n\nA fire broke out in the harbour on Monday night. Eleven boats were destroyed in the harbour fire, the port authority said. The port stays closed until Friday.\n";
const SECOND: &str = "Blaze at the port\n\nFirefighters fought a blaze at the port overnight. Nine boats were destroyed in the harbour fire, the port authority said on Tuesday. Shipping resumes next week.\n";
const THIRD: &str = "Mayor promises help\n\nThe mayor promised help to the owners of the boats on Tuesday. A fund of two million will be opened for them.\n";

#[test]
fn notes_stay_on_their_articles_when_a_third_article_joins_the_folder() {
    let s = Session::start("superset", 120, 40);
    let set = s.dir.path().join("setA");
    std::fs::create_dir(&set).expect("mkdir");
    std::fs::write(set.join("first.txt"), FIRST).expect("write");
    std::fs::write(set.join("second.txt"), SECOND).expect("write");
    s.run_crossread("setA");
    s.wait_for("Library (2)", WAIT);
    write_note(&s, "Eleven boats", "Eleven here #boats");
    write_note(&s, "Nine boats", "Nine there #boats");
    s.quit(WAIT);

    std::fs::write(set.join("third.txt"), THIRD).expect("a third article");
    s.run_crossread("setA");
    s.wait_for("Library (3)", WAIT);
    s.keys(&["4"]);
    let screen = s.wait_for("Notes: 2 of 2", WAIT);
    assert!(
        screen.contains("Eleven here") && screen.contains("Nine there"),
        "{screen}"
    );
    s.keys(&["1"]);
    write_note(&s, "two million", "Who pays? #fund");
    s.keys(&["4"]);
    s.wait_for("Notes: 3 of 3", WAIT);

    // A note on a figure and one on the aligned group, then the export.
    s.keys(&["3"]);
    s.wait_for("Figures", WAIT);
    note_here(&s, "Note on figure", "Which count is right?");
    s.keys(&["1"]);
    find(&s, "Eleven boats");
    s.keys(&["Tab"]);
    note_here(&s, "Note on aligned group", "Same fact, other count");
    s.keys(&["4"]);
    s.wait_for("Notes: 5 of 5", WAIT);
    s.keys(&["E"]);
    s.wait_for("Export notes to:", WAIT);
    s.keys(&["Enter"]);
    s.wait_for("exported 5 notes", WAIT);
    let md = std::fs::read_to_string(s.dir.path().join("crossread-notes.md")).expect("export");
    assert!(
        md.contains("figure “"),
        "the figure note says which figure:\n{md}"
    );
    let group = md
        .find("The aligned passages in the other sources")
        .map(|at| &md[at..])
        .unwrap_or_else(|| panic!("the group note lists its passages:\n{md}"));
    assert!(
        group.contains("(same fact p "),
        "each with the probability it reports the same fact:\n{md}"
    );
    s.quit(WAIT);
}
