//! End to end: the Figures view shows 164, 40 and "dozens" side by side, flagged as a conflict,
//! and Enter on the 40 opens the sentence that gives it.

use super::support;

use std::time::Duration;
use support::tmux::Session;

const WAIT: Duration = Duration::from_secs(20);

#[test]
fn the_death_toll_conflict_is_flagged_and_leads_to_the_sentence_with_40() {
    let s = Session::start("figures", 160, 40);
    s.run_crossread("");
    s.wait_for("articles · sentence", WAIT);
    s.keys(&["3"]);
    let screen = s.wait_for("Figures:", WAIT);

    let rows: Vec<&str> = screen.lines().collect();
    let header = rows
        .iter()
        .position(|l| l.contains("Quantity"))
        .expect("table header");
    let deaths = rows
        .iter()
        .position(|l| l.contains("164") && l.contains("40") && l.to_lowercase().contains("dozens"))
        .unwrap_or_else(|| panic!("a row with 164, 40 and dozens:\n{screen}"));
    assert!(
        rows[deaths].contains('≠'),
        "the row is flagged as a conflict:\n{}",
        rows[deaths]
    );

    // Move to that row, then along it source by source until Enter opens the sentence with 40.
    for _ in 0..(deaths - header - 1) {
        s.keys(&["j"]);
    }
    let mut opened = false;
    for _ in 0..5 {
        s.keys(&["Enter"]);
        let screen = s.wait_for("Library (5)", WAIT);
        // The source that says 40 is 001, "Kazakhstan’s Growing Protests".
        if screen.contains("┏ Kazakhstan’s Growing Protests") {
            opened = true;
            break;
        }
        s.keys(&["3", "l"]);
        s.wait_for("Figures:", WAIT);
    }
    assert!(
        opened,
        "no cell of the row opened the sentence with 40:\n{}",
        s.screen()
    );
    let screen = s.screen();
    // The reader's gutter: border, note mark, coverage digit, then › on the current sentence.
    let current = screen
        .lines()
        .find(|l| l.chars().nth(3) == Some('›'))
        .unwrap_or_default();
    assert!(
        screen.contains("4,404") && screen.contains("40"),
        "{screen}"
    );
    assert!(
        current.contains("Ministry")
            || screen.contains("40 people died")
            || screen.contains("40 people"),
        "the current sentence is the one with 40:\n{screen}"
    );
    s.quit(WAIT);
}
