//! End to end in a real terminal: start crossread on the seeds, read, get help, quit, and find
//! the shell usable again; resize; start at a strictness and move it.

use super::support;

use std::time::Duration;
use support::tmux::Session;

const WAIT: Duration = Duration::from_secs(15);

#[test]
fn a_reader_opens_the_seeds_moves_reads_gets_help_and_quits() {
    let s = Session::start("reader", 120, 40);
    s.run_crossread("");
    let screen = s.wait_for("Library (5)", WAIT);
    for title in [
        "More than 160 dead",
        "Kazakhstan’s Growing Protests",
        "president threatens ruthless crackdown",
        "Dozens dead in unrest",
        "What is happening in Kazakhstan?",
    ] {
        assert!(screen.contains(title), "missing {title}:\n{screen}");
    }

    // Move to the fourth article and open it.
    s.keys(&["j", "j", "j", "Enter"]);
    let screen = s.wait_for("┏ Dozens dead in unrest in Kazakhstan", WAIT);
    assert!(screen.contains("Security forces killed"), "{screen}");

    // Page down in the reader: later text appears.
    s.keys(&["PageDown", "PageDown"]);
    s.wait_for_absent("Security forces killed", WAIT);

    // Help from the keymap, then close it.
    s.keys(&["?"]);
    let screen = s.wait_for("Help — Esc or ? to close", WAIT);
    assert!(screen.contains("next article / sentence / row"), "{screen}");
    s.keys(&["Escape"]);
    s.wait_for_absent("Help — Esc or ? to close", WAIT);

    // Quit: the shell is back, in cooked mode with echo.
    let screen = s.quit(WAIT);
    assert!(
        !screen.contains("Library (5)"),
        "the alternate screen was left:\n{screen}"
    );
    s.type_text("stty -a | tr ' ' '\\n' | grep -x -- '-\\?icanon'");
    s.keys(&["Enter"]);
    let screen = s.wait_for("icanon\n", WAIT);
    assert!(
        !screen.contains("-icanon"),
        "terminal left in raw mode:\n{screen}"
    );
}

#[test]
fn resizing_the_terminal_re_lays_out_at_once() {
    let s = Session::start("resize", 120, 40);
    s.run_crossread("");
    s.wait_for("Library (5)", WAIT);
    let out = s.tmux(&["resize-window", "-t", &s.name, "-x", "30", "-y", "10"]);
    assert!(out.status.success());
    s.wait_for("at least 40×12", WAIT);
    let out = s.tmux(&["resize-window", "-t", &s.name, "-x", "100", "-y", "30"]);
    assert!(out.status.success());
    s.wait_for("Library (5)", WAIT);
    s.quit(WAIT);
}

#[test]
fn a_missing_path_is_a_clear_error_with_status_2() {
    let s = Session::start("missing", 100, 20);
    s.run_crossread("/no/such/article.txt");
    let screen = s.wait_for("EXIT=2", WAIT);
    assert!(
        screen.contains("/no/such/article.txt: no such file or folder"),
        "{screen}"
    );
}

#[test]
fn the_strictness_given_on_the_command_line_is_in_force_and_s_moves_it() {
    let s = Session::start("strictness", 120, 30);
    s.run_crossread("--strictness strict");
    s.wait_for("Library (5)", WAIT);
    s.keys(&["Enter"]);
    s.wait_for("S strict", WAIT);
    s.keys(&["S"]);
    let screen = s.wait_for("S lenient", WAIT);
    assert!(
        screen.contains("matching: lenient"),
        "the change is not said:\n{screen}"
    );
    s.quit(WAIT);
}
