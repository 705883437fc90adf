//! Panics while the TUI runs: one in the analysis worker is reported in the status line and
//! leaves the terminal to the UI; only a panic of the UI thread restores the terminal.

use crate::tui::{build_app, panic_hook, worker};
use crossread::config::UserConfig;
use crossread::corpus;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

#[test]
fn a_worker_panic_is_reported_and_only_a_ui_panic_restores_the_terminal() {
    static RESTORED: AtomicUsize = AtomicUsize::new(0);
    let panics = panic_hook::install(std::thread::current().id(), || {
        RESTORED.fetch_add(1, Ordering::SeqCst);
    });

    let corpus = Arc::new(corpus::load_seeds());
    let reports = worker::spawn_with(corpus, |_, _| panic!("figures blew up"));
    let failed = loop {
        match reports.recv_timeout(Duration::from_secs(20)) {
            Ok(worker::Update::Failed(message)) => break message,
            Ok(worker::Update::Progress { .. }) => continue,
            Ok(worker::Update::Done { .. }) => panic!("the analysis cannot succeed"),
            Err(e) => panic!("no report from the worker: {e}"),
        }
    };
    assert!(failed.contains("figures blew up"), "{failed}");
    assert_eq!(
        RESTORED.load(Ordering::SeqCst),
        0,
        "the terminal was left alone"
    );
    let kept = panics.lock().expect("lock").clone().unwrap_or_default();
    assert!(
        kept.contains("figures blew up") && kept.contains("panics.rs"),
        "{kept}"
    );

    // The status line says so, and the app keeps running.
    let mut app =
        build_app(corpus::load_seeds(), &UserConfig::default(), (100, 30)).expect("default config");
    app.handle(crate::tui::message::Message::Worker(
        worker::Update::Failed(kept.clone()),
        std::time::Instant::now(),
    ));
    let message = app.overlays.message.clone().expect("a message");
    assert!(
        message.error && message.text.contains("figures blew up"),
        "{message:?}"
    );
    assert!(!app.session.quit);

    // A panic of the UI thread itself does restore the terminal.
    let _ = std::panic::catch_unwind(|| panic!("the UI broke"));
    assert_eq!(RESTORED.load(Ordering::SeqCst), 1);
    panic_hook::uninstall();
}
