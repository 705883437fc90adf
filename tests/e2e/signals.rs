//! End to end in a real terminal: crossread ended by SIGTERM or SIGHUP leaves the terminal as
//! it found it (no alternate screen, no mouse reporting), and says why it stopped.

use super::support;

use std::process::Command;
use std::time::Duration;
use support::tmux::Session;

const WAIT: Duration = Duration::from_secs(15);

fn pane_flag(s: &Session, flag: &str) -> String {
    let out = s.tmux(&[
        "display-message",
        "-p",
        "-t",
        &s.name,
        &format!("#{{{flag}}}"),
    ]);
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

#[test]
fn a_terminated_reader_restores_the_terminal() {
    for signal in ["TERM", "HUP"] {
        let s = Session::start(&format!("signal-{signal}"), 120, 40);
        s.run_crossread("");
        s.wait_for("Library (5)", WAIT);
        assert_eq!(
            pane_flag(&s, "alternate_on"),
            "1",
            "the reader is on the alternate screen"
        );
        let pid = s.child_pid().expect("crossread runs");
        let killed = Command::new("kill")
            .args([&format!("-{signal}"), &pid.to_string()])
            .status()
            .expect("kill");
        assert!(killed.success());
        let screen = s.wait_for("EXIT=", WAIT);
        assert!(screen.contains("stopped by a signal"), "{screen}");
        assert_eq!(
            pane_flag(&s, "alternate_on"),
            "0",
            "{signal}: alternate screen left"
        );
        assert_eq!(
            pane_flag(&s, "mouse_any_flag"),
            "0",
            "{signal}: mouse mode left"
        );
    }
}

#[test]
fn closing_the_terminal_window_ends_crossread_instead_of_leaving_it_spinning() {
    let s = Session::start("hangup", 100, 30);
    s.run_crossread("");
    s.wait_for("Library (5)", WAIT);
    let pid = s.child_pid().expect("crossread runs");
    // Closing the window: the terminal is hung up under the running reader.
    let closed = s.tmux(&["kill-session", "-t", &s.name]);
    assert!(closed.status.success());
    let proc_dir = std::path::PathBuf::from(format!("/proc/{pid}"));
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while proc_dir.exists() && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    let state = std::fs::read_to_string(proc_dir.join("stat")).unwrap_or_default();
    // A zombie (state Z) has ended; only its parent has not collected it yet.
    let ended = !proc_dir.exists() || state.split_whitespace().nth(2) == Some("Z");
    if !ended {
        let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
    }
    assert!(
        ended,
        "crossread {pid} still runs after its terminal closed: {state}"
    );
}
