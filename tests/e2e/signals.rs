//! End to end in a real terminal: crossread ended by SIGTERM or SIGHUP leaves the terminal as
//! it found it (no alternate screen, no mouse reporting), and says why it stopped.

use super::support;

use std::process::Command;
use std::time::Duration;
use support::tmux::Session;

const WAIT: Duration = Duration::from_secs(15);

fn pane_flag(s: &Session, flag: &str) -> String {
    let out = Command::new("tmux")
        .args([
            "display-message",
            "-p",
            "-t",
            &s.name,
            &format!("#{{{flag}}}"),
        ])
        .output()
        .expect("tmux");
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
