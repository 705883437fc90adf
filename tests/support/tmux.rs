//! Drives the real binary in a real terminal: tmux `new-session -d`, `send-keys`,
//! `capture-pane -p`, as a person would type.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// The tmux server's socket, in the session's scratch folder.
const SOCKET: &str = "tmux.sock";

pub struct Session {
    pub name: String,
    /// Scratch folder for this session: data dir for notes, and anything else a test needs.
    pub dir: tempfile::TempDir,
}

/// Runs tmux on the server listening at `socket`: each session has a server of its own, so
/// tests running at once never race one server's start or exit (one test's last session
/// closing stopped the shared server under another's `new-session`). The socket lives in the
/// session's scratch folder and goes with it.
fn tmux_on(socket: &Path, args: &[&str]) -> std::process::Output {
    Command::new("tmux")
        .arg("-S")
        .arg(socket)
        .args(args)
        .output()
        .expect("tmux is installed (.ci/run installs it: apt-get install -y tmux)")
}

impl Session {
    /// Runs tmux on this session's own server (`-t` still names the session).
    pub fn tmux(&self, args: &[&str]) -> std::process::Output {
        tmux_on(&self.dir.path().join(SOCKET), args)
    }

    /// Starts an interactive shell in a detached tmux session of the given size.
    pub fn start(tag: &str, width: u16, height: u16) -> Session {
        let dir = tempfile::tempdir().expect("temp dir");
        let name = format!("crossread-{tag}-{}", std::process::id());
        let rc = dir.path().join("bashrc");
        // The shell works in the scratch folder, so exports land there and not in the repo.
        std::fs::write(&rc, format!("PS1='$ '\ncd {}\n", dir.path().display())).expect("write rc");
        let shell = format!(
            "env -i PATH=/usr/bin:/bin HOME={} TERM=xterm-256color bash --noprofile --rcfile {}",
            dir.path().display(),
            rc.display()
        );
        let out = tmux_on(
            &dir.path().join(SOCKET),
            &[
                "new-session",
                "-d",
                "-s",
                &name,
                "-x",
                &width.to_string(),
                "-y",
                &height.to_string(),
                &shell,
            ],
        );
        assert!(
            out.status.success(),
            "tmux new-session failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let s = Session { name, dir };
        s.wait_for("$", Duration::from_secs(10));
        s
    }

    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// Types a command line into the shell with crossread's environment set, and Enter.
    pub fn run_crossread(&self, args: &str) {
        let line = format!(
            "CROSSREAD_DATA_DIR={} CROSSREAD_CONFIG={} {} {args}; echo EXIT=$?",
            self.data_dir().display(),
            self.dir.path().join("no-config.toml").display(),
            binary().display()
        );
        self.type_text(&line);
        self.keys(&["Enter"]);
    }

    /// The process id of the program running in the pane's shell (crossread, once started).
    pub fn child_pid(&self) -> Option<u32> {
        let out = self.tmux(&["list-panes", "-t", &self.name, "-F", "#{pane_pid}"]);
        let shell = String::from_utf8_lossy(&out.stdout).trim().to_string();
        let children = Command::new("pgrep").args(["-P", &shell]).output().ok()?;
        String::from_utf8_lossy(&children.stdout)
            .lines()
            .next()?
            .trim()
            .parse()
            .ok()
    }

    /// Sends tmux key names ("j", "Enter", "Escape", "C-c", "?").
    pub fn keys(&self, keys: &[&str]) {
        for k in keys {
            let out = self.tmux(&["send-keys", "-t", &self.name, k]);
            assert!(out.status.success());
            std::thread::sleep(Duration::from_millis(40));
        }
    }

    /// Types literal text.
    pub fn type_text(&self, text: &str) {
        let out = self.tmux(&["send-keys", "-t", &self.name, "-l", text]);
        assert!(out.status.success());
    }

    /// Presses `q` and waits for crossread to exit cleanly (status 0), as a user quits.
    pub fn quit(&self, timeout: Duration) -> String {
        self.keys(&["q"]);
        self.wait_for("EXIT=0", timeout)
    }

    pub fn screen(&self) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p", "-t", &self.name]).stdout)
            .into_owned()
    }

    /// Waits until the screen contains `text` and has stopped changing (two captures in a row
    /// agree, so a half-drawn frame is never returned); panics with the screen if it never does.
    pub fn wait_for(&self, text: &str, timeout: Duration) -> String {
        let start = Instant::now();
        let mut previous = String::new();
        loop {
            let screen = self.screen();
            if screen.contains(text) && screen == previous {
                return screen;
            }
            previous = screen;
            if start.elapsed() > timeout {
                panic!("timed out waiting for {text:?}; the screen shows:\n{previous}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until the screen no longer contains `text`.
    pub fn wait_for_absent(&self, text: &str, timeout: Duration) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if !screen.contains(text) {
                return screen;
            }
            if start.elapsed() > timeout {
                panic!("timed out waiting for {text:?} to go; the screen shows:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.tmux(&["kill-server"]);
    }
}

pub fn binary() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_crossread"))
}
