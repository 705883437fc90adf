//! End to end: an analyst finds the sentence about twelve police officers killed in one report
//! and sees, side by side, how another source words it, with its figures.

use super::support;

use std::time::Duration;
use support::tmux::Session;

const WAIT: Duration = Duration::from_secs(20);

#[test]
fn the_twelve_police_officers_sentence_has_its_counterpart_in_the_speaker() {
    let s = Session::start("compare", 120, 40);
    s.run_crossread("");
    s.wait_for("articles · sentence", WAIT);

    s.keys(&["/"]);
    s.wait_for("Find:", WAIT);
    s.type_text("Twelve police officers");
    s.keys(&["Enter"]);
    let screen = s.wait_for("found “Twelve police officers”", WAIT);
    assert!(
        screen.contains("Twelve police officers were killed"),
        "{screen}"
    );

    // The counterparts pane is the right-hand part of each row.
    let pane: String = screen
        .lines()
        .map(|l| l.chars().skip(66).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        pane.contains("The Speaker"),
        "The Speaker is a counterpart:\n{pane}"
    );
    assert!(pane.contains("353"), "353 injured is shown:\n{pane}");
    assert!(pane.contains("12"), "12 killed is shown:\n{pane}");

    // Jump to the counterpart and back.
    s.keys(&["Tab"]);
    s.keys(&["Enter"]);
    s.wait_for("jumped to the counterpart", WAIT);
    s.keys(&["C-o"]);
    let screen = s.wait_for("┏ Dozens dead in unrest", WAIT);
    assert!(
        screen.contains("Twelve police officers were killed"),
        "{screen}"
    );
    s.quit(WAIT);
}
