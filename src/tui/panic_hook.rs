//! The panic hook while the TUI runs. A panic of the UI thread restores the terminal (mouse
//! mode, bracketed paste, then the default hook's report on a usable screen) and the program
//! ends. A panic of any other thread — the analysis worker and its helpers — must not touch the
//! terminal the UI is still drawing: its report is kept for the status line instead.

use std::sync::{Arc, Mutex};
use std::thread::ThreadId;

/// The last report of a panic off the UI thread ("message at file:line"), once there is one.
pub type Reports = Arc<Mutex<Option<String>>>;

/// Installs the hook. `restore` puts the terminal back; it runs only for the UI thread's panics.
pub fn install(ui: ThreadId, restore: impl Fn() + Send + Sync + 'static) -> Reports {
    let reports: Reports = Arc::default();
    let kept = Arc::clone(&reports);
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().id() == ui {
            restore();
            previous(info);
            return;
        }
        let message = super::worker::panic_message(info.payload());
        let report = match info.location() {
            Some(at) => format!("{message} at {}:{}", at.file(), at.line()),
            None => message,
        };
        if let Ok(mut last) = kept.lock() {
            *last = Some(report);
        }
    }));
    reports
}

/// The hook of the process before [`install`] (the default one), for when the TUI has ended.
pub fn uninstall() {
    let _ = std::panic::take_hook();
}
