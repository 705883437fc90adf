//! The terminal UI: a thin shell over the library. State (`app`), actions (`action`, `keymap`),
//! `update`, and `draw` with one file per view are kept apart.

pub mod action;
pub mod app;
pub mod columns;
pub mod compare;
pub mod config_doc;
pub mod draw;
pub mod editor;
pub mod effects;
pub mod keymap;
pub mod panes;
pub mod prompt;
pub mod theme;
mod update;
mod update_notes;
mod update_views;
pub mod views;
pub mod worker;
pub mod wrap;

use crate::config::UserConfig;
use crate::corpus::Corpus;
use action::Action;
use app::App;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyEventKind, MouseEventKind,
};
use ratatui::crossterm::execute;
use std::io::IsTerminal;
use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::Duration;

/// Builds the app state from the corpus and the user's config (errors name the problem).
pub fn build_app(corpus: Corpus, config: &UserConfig, size: (u16, u16)) -> Result<App, String> {
    let keymap = keymap::Keymap::new(config)?;
    let theme = theme::Theme::new(config, theme::no_color_unset())?;
    let mut app = App::new(Arc::new(corpus), keymap, theme, size);
    app.strictness = config.align.strictness;
    Ok(app)
}

/// Runs the TUI until the user quits. The terminal is restored on return, on error and on panic.
/// `notes_file` overrides where the notebook is kept.
pub fn run(corpus: Corpus, notes_file: Option<&Path>) -> anyhow::Result<()> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        anyhow::bail!(
            "the reader needs a terminal; for scripts use `crossread list --json` (see `crossread --help`)"
        );
    }
    let config = crate::config::load()?;
    let config_name = crate::config::config_path()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let notebook = crate::notes::notebook_path(&corpus, notes_file)?;
    let mut app = build_app(corpus, &config, (80, 24))
        .map_err(|e| anyhow::anyhow!("config file {config_name}: {e}"))?;
    app.open_notebook(&notebook);
    let reports = worker::spawn(Arc::clone(&app.corpus));

    let mut terminal = ratatui::try_init()?;
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(
            std::io::stdout(),
            DisableMouseCapture,
            DisableBracketedPaste
        );
        previous(info);
    }));
    let _ = execute!(std::io::stdout(), EnableMouseCapture, EnableBracketedPaste);
    let result = event_loop(&mut terminal, &mut app, &reports);
    let _ = execute!(
        std::io::stdout(),
        DisableMouseCapture,
        DisableBracketedPaste
    );
    ratatui::restore();
    result
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    reports: &Receiver<worker::Report>,
) -> anyhow::Result<()> {
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    let mut dirty = true;
    let mut worker_done = false;
    while !app.quit {
        if !worker_done {
            worker_done = receive_reports(app, reports);
            dirty = true;
        }
        if dirty {
            terminal.draw(|frame| draw::draw(app, frame))?;
            dirty = false;
        }
        if !event::poll(Duration::from_millis(if worker_done { 250 } else { 50 }))? {
            continue;
        }
        let event = event::read()?;
        if let Event::Paste(text) = &event {
            app.paste(text);
            dirty = true;
            continue;
        }
        if let Some(action) = action_for(app, event) {
            if let Some(effect) = app.update(action) {
                app.perform(effect);
            }
            dirty = true;
        }
    }
    Ok(())
}

/// Takes the worker's reports; true once the analysis has arrived (or the worker is gone).
fn receive_reports(app: &mut App, reports: &Receiver<worker::Report>) -> bool {
    loop {
        match reports.try_recv() {
            Ok(worker::Report::Progress { phase, done, total }) => {
                app.progress = Some(app::Progress { phase, done, total })
            }
            Ok(worker::Report::Done(analysis)) => {
                app.set_analysis(analysis);
                return true;
            }
            Err(TryRecvError::Empty) => return false,
            Err(TryRecvError::Disconnected) => {
                app.progress = None;
                app.set_message(
                    "the alignment stopped unexpectedly; reading still works",
                    true,
                );
                return true;
            }
        }
    }
}

/// Turns a terminal event into an action: typing goes to an open editor or prompt; other key
/// presses go through the keymap; the mouse wheel scrolls; a resize re-lays out.
fn action_for(app: &App, event: Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => {
            if app.editor.is_some() || app.prompt.is_some() {
                return Some(Action::Type(key));
            }
            app.keymap.action(key)
        }
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollDown => Some(Action::Scroll(3)),
            MouseEventKind::ScrollUp => Some(Action::Scroll(-3)),
            _ => None,
        },
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        _ => None,
    }
}
