//! The terminal UI: a thin shell over the library. Every view, pane and overlay is a component
//! (`components`: its state, its actions, its drawing — the overlays are the help, the note
//! editor and the prompt); `app` holds them and what they share, `message` turns terminal
//! events into actions (`action`, `keymap`), `update` routes an action to the component with
//! the keyboard and does what its outcome asks (`update_notes` starts the editor and prompts,
//! `update_overlays` acts on their answers), effects do the I/O, and `draw` lays the
//! components out (`panes`) inside the tabs and the status bar (`views`).

pub mod action;
pub mod app;
pub mod compare;
pub mod components;
pub mod config_doc;
mod cursor;
pub mod draw;
pub mod effects;
pub mod keymap;
mod keymap_check;
pub mod loading;
pub mod message;
mod notebook;
pub mod panes;
pub mod panic_hook;
pub mod progress;
pub mod theme;
mod update;
mod update_columns;
mod update_notes;
mod update_overlays;
mod update_views;
pub mod views;
pub mod worker;
pub mod wrap;

#[cfg(test)]
mod tests;

use action::Action;
use app::App;
use crossread::align::Strictness;
use crossread::config::UserConfig;
use crossread::corpus::Corpus;
use crossread::corpus::load::LoadOptions;
use message::Message;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyCode, KeyEventKind, KeyModifiers, MouseEventKind,
};
use ratatui::crossterm::execute;
use signal_hook::consts::{SIGHUP, SIGTERM};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::{Duration, Instant};

/// Builds the app state from the corpus and the user's config (errors name the problem).
pub fn build_app(corpus: Corpus, config: &UserConfig, size: (u16, u16)) -> Result<App, String> {
    let keymap = keymap::Keymap::new(config)?;
    let theme = theme::Theme::new(config, theme::no_color_unset())?;
    let mut app = App::new(Arc::new(corpus), keymap, theme, size);
    app.analysis.strictness = config.align.strictness;
    Ok(app)
}

/// Runs the TUI on the articles at `paths` (none: the bundled seeds) until the user quits. The
/// terminal is restored on return, on error and on panic. `notes_file` overrides where the
/// notebook is kept, `strictness` the config file's.
pub fn run(
    paths: &[PathBuf],
    notes_file: Option<&Path>,
    strictness: Option<Strictness>,
) -> anyhow::Result<()> {
    // A broken config is reported before anything else, with or without a terminal.
    let mut config = crossread::config::load()?;
    // `--strictness` is in force over the config file's.
    if let Some(strictness) = strictness {
        config.align.strictness = strictness;
    }
    let config_name = crossread::config::config_path()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let keys = keymap::Keymap::new(&config)
        .map_err(|e| anyhow::anyhow!("config file {config_name}: {e}"))?;
    let options = LoadOptions::from_env()?;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        // A path that cannot be read says more than "no terminal".
        crossread::corpus::load::load_with(paths, &options)?;
        anyhow::bail!(
            "the reader needs a terminal; for scripts use `crossread list --json` (see `crossread --help`)"
        );
    }

    // SIGTERM and SIGHUP (a closed terminal window) end the loop like `q`, so the terminal is
    // restored on the way out.
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [SIGTERM, SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    watch_for_a_lost_terminal(Arc::clone(&stop));
    let mut terminal = ratatui::try_init()?;
    // The screen may hold anything (a reader killed with -9 leaves its last frame and the
    // shell's lines in the alternate screen): cleared, so that what ratatui leaves blank is.
    terminal.clear()?;
    let panics = panic_hook::install(std::thread::current().id(), || {
        let _ = execute!(
            std::io::stdout(),
            DisableMouseCapture,
            DisableBracketedPaste
        );
        ratatui::restore();
    });
    let _ = execute!(std::io::stdout(), EnableMouseCapture, EnableBracketedPaste);
    let result = (|| {
        // The first frame comes at once: a large folder is read behind a progress screen.
        let corpus = if paths.is_empty() {
            crossread::corpus::load_seeds()
        } else {
            match loading::load_showing_progress(&mut terminal, paths, options, &keys)? {
                Some(corpus) => corpus,
                None => return Ok(()),
            }
        };
        let mut app = build_app(corpus, &config, (80, 24))
            .map_err(|e| anyhow::anyhow!("config file {config_name}: {e}"))?;
        app.open_notes(notes_file);
        let reports = worker::spawn(Arc::clone(&app.corpus));
        let ended = event_loop(&mut terminal, &mut app, &reports, &panics, &stop);
        // Quitting as asked (Ctrl-C twice: "quits without it") throws the note away; a signal
        // or an error leaves its draft, recovered at the next start.
        if app.session.quit {
            app.end_draft();
        }
        ended
    })();
    let _ = execute!(
        std::io::stdout(),
        DisableMouseCapture,
        DisableBracketedPaste
    );
    ratatui::restore();
    panic_hook::uninstall();
    if stop.load(Ordering::Relaxed) {
        anyhow::bail!(
            "stopped by a signal (SIGTERM or SIGHUP); notes are saved as they are written, and a note left open in the editor is recovered at the next start"
        );
    }
    result
}

/// A closed terminal window hangs the tty up. Reading a hung-up tty returns nothing at once,
/// and crossterm's reader can then spin inside `read` without coming back to the loop, so
/// neither `q` nor the signal flag is ever seen (found as processes at full CPU long after
/// their window closed). A watcher ends the process when the tty is gone, or when a stop was
/// asked and the loop has not ended within two seconds. Notes are saved as they are written.
fn watch_for_a_lost_terminal(stop: Arc<AtomicBool>) {
    std::thread::spawn(move || {
        let mut stopping_since = None;
        loop {
            std::thread::sleep(Duration::from_millis(500));
            // isatty on a hung-up terminal fails: the window is gone.
            if !std::io::stdin().is_terminal() {
                std::process::exit(129);
            }
            if stop.load(Ordering::Relaxed) {
                let since = *stopping_since.get_or_insert_with(Instant::now);
                if since.elapsed() > Duration::from_secs(2) {
                    std::process::exit(129);
                }
            }
        }
    });
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    reports: &Receiver<worker::Update>,
    panics: &panic_hook::Reports,
    stop: &AtomicBool,
) -> anyhow::Result<()> {
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    let mut dirty = true;
    let mut worker_done = false;
    while !app.session.quit && !stop.load(Ordering::Relaxed) {
        if !worker_done {
            for report in worker_reports(reports, panics, &mut worker_done) {
                handle(app, Message::Worker(report, Instant::now()));
            }
            dirty = true;
        }
        if app.receive_layout() {
            dirty = true;
        }
        if dirty {
            terminal.draw(|frame| draw::draw(app, frame))?;
            dirty = false;
        }
        let busy = !worker_done || app.views.reader.layout_pending();
        if !event::poll(Duration::from_millis(if busy { 50 } else { 250 }))? {
            continue;
        }
        dirty = true;
        if let Some(message) = message_for(app, event::read()?) {
            handle(app, message);
        }
    }
    Ok(())
}

/// Hands a message to the app and performs the effect it asks for.
fn handle(app: &mut App, message: Message) {
    if let Some(effect) = app.handle(message) {
        app.perform(effect);
    }
    app.keep_draft();
}

/// Ctrl-C, whatever the keymap, the editor or a prompt would make of it.
fn is_interrupt(event: &Event) -> bool {
    matches!(event, Event::Key(k) if k.kind == KeyEventKind::Press
        && k.code == KeyCode::Char('c')
        && k.modifiers.contains(KeyModifiers::CONTROL))
}

/// The worker's reports so far; `done` once the report has arrived (or the worker is gone).
fn worker_reports(
    reports: &Receiver<worker::Update>,
    panics: &panic_hook::Reports,
    done: &mut bool,
) -> Vec<worker::Update> {
    let mut out = Vec::new();
    loop {
        match reports.try_recv() {
            Ok(worker::Update::Failed(message)) => {
                // The hook kept where it happened; the payload alone may be a scope's summary.
                let detail = panics
                    .lock()
                    .ok()
                    .and_then(|mut p| p.take())
                    .unwrap_or(message);
                out.push(worker::Update::Failed(detail));
                *done = true;
                return out;
            }
            Ok(report) => {
                *done |= matches!(report, worker::Update::Done { .. });
                out.push(report);
            }
            Err(TryRecvError::Empty) => return out,
            Err(TryRecvError::Disconnected) => {
                if !*done {
                    out.push(worker::Update::Failed("the worker stopped".into()));
                }
                *done = true;
                return out;
            }
        }
    }
}

/// Turns a terminal event into a message: Ctrl-C always interrupts; typing goes to an open
/// editor or prompt; other key presses go through the keymap; the mouse wheel scrolls; a
/// resize re-lays out; pasted text is pasted.
fn message_for(app: &App, event: Event) -> Option<Message> {
    if is_interrupt(&event) {
        return Some(Message::Interrupt);
    }
    let action = match event {
        Event::Paste(text) => return Some(Message::Paste(text)),
        Event::Key(key) if key.kind == KeyEventKind::Press => {
            if app.overlays.editor.is_some() || app.overlays.prompt.is_some() {
                Action::Type(key)
            } else {
                app.keymap.action(app.mode(), key)?
            }
        }
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollDown => Action::Scroll(3),
            MouseEventKind::ScrollUp => Action::Scroll(-3),
            _ => return None,
        },
        Event::Resize(w, h) => Action::Resize(w, h),
        _ => return None,
    };
    Some(Message::Action(action))
}
