//! End to end: an analyst picks three reports, opens them side by side at the sentence being
//! read, jumps to the next row where the sources' figures disagree, and reads the other
//! source's passage in the Read view.

use super::support;

use std::time::Duration;
use support::tmux::Session;

const WAIT: Duration = Duration::from_secs(20);

#[test]
fn three_reports_side_by_side_jump_to_a_conflict_and_read_it() {
    let s = Session::start("columns", 120, 40);
    s.run_crossread("");
    s.wait_for("articles · sentence", WAIT);

    // Pick 000, 001 and 003 in the library.
    s.keys(&["x", "j", "x", "j", "j", "x"]);
    s.wait_for("3 picked", WAIT);
    // Read 000 at its death toll, then open the columns there.
    s.keys(&["k", "k", "k", "Enter", "/"]);
    s.wait_for("Find:", WAIT);
    s.type_text("at least 164");
    s.keys(&["Enter"]);
    s.wait_for("found “at least 164”", WAIT);
    s.keys(&["2"]);
    let screen = s.wait_for("[2 Columns]", WAIT);
    assert!(
        screen.contains("│Kazakhstan’s Growing Protests")
            && screen.contains("│Dozens dead in unrest"),
        "the picked articles head the columns:\n{screen}"
    );
    let current = screen
        .lines()
        .find(|l| l.contains('▶'))
        .expect("a selected row");
    assert!(
        current.contains("According to Kazakh"),
        "the view opens at the current sentence:\n{screen}"
    );

    // The next row where the figures disagree.
    s.keys(&["]"]);
    let screen = s.wait_for("with figures that disagree", WAIT);
    let row = screen
        .lines()
        .find(|l| l.contains('▶'))
        .expect("a selected row");
    assert!(row.contains("▶≠"), "a conflict row:\n{screen}");
    assert!(row.contains("Least 164"), "{screen}");

    // Its passage in the second column, read in the Read view.
    s.keys(&["l", "Enter"]);
    let screen = s.wait_for("[1 Read]", WAIT);
    assert!(
        screen.contains("┏ Kazakhstan’s Growing Protests"),
        "001 is open in the reader:\n{screen}"
    );
    // The reader marks the line where the current sentence starts (gutter column 3).
    let lines: Vec<&str> = screen.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.chars().nth(3) == Some('›'))
        .expect("the current sentence is marked");
    let start: String = lines[at..(at + 2).min(lines.len())].join(" ");
    assert!(
        start.contains("Ministry"),
        "the current sentence is the ministry's toll:\n{screen}"
    );
    s.quit(WAIT);
}
