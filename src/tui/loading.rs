//! Reading the articles before the reader opens. A large folder takes seconds to read, so the
//! terminal shows the files being read from the first frame, and the quit key, cancel or
//! Ctrl-C leave at once instead of waiting.

use super::action::Action;
use super::keymap::{Keymap, Mode};
use super::progress::Progress;
use crossread::corpus::{Corpus, load::LoadOptions, load::load_reporting};
use ratatui::DefaultTerminal;
use ratatui::Frame;
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use ratatui::layout::{Constraint, Layout};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

enum Report {
    Read(usize, usize),
    Done(crossread::Result<Corpus>),
}

/// Reads `paths` on a thread while drawing its progress. `Ok(None)`: the user left first.
pub fn load_showing_progress(
    terminal: &mut DefaultTerminal,
    paths: &[PathBuf],
    options: LoadOptions,
    keys: &Keymap,
) -> anyhow::Result<Option<Corpus>> {
    let (tx, rx) = mpsc::channel();
    let paths = paths.to_vec();
    std::thread::spawn(move || {
        let progress_tx = tx.clone();
        let mut report = |done, found| {
            let _ = progress_tx.send(Report::Read(done, found));
        };
        let result = load_reporting(&paths, &options, &mut report);
        let _ = tx.send(Report::Done(result));
    });
    let quit = keys.first_key_for(Mode::Global, Action::Quit);
    let mut progress = Progress::next(None, "reading", 0, 0, Instant::now());
    loop {
        // Every report of one frame's time is taken before drawing once: a frame per file
        // would draw ten thousand times for a large folder.
        let frame_end = Instant::now() + Duration::from_millis(50);
        loop {
            match rx.recv_timeout(frame_end.saturating_duration_since(Instant::now())) {
                Ok(Report::Read(done, found)) => {
                    progress =
                        Progress::next(Some(progress), "reading", done, found, Instant::now());
                }
                Ok(Report::Done(result)) => return Ok(Some(result?)),
                Err(mpsc::RecvTimeoutError::Timeout) => break,
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    anyhow::bail!("reading the articles stopped unexpectedly")
                }
            }
        }
        terminal.draw(|frame| draw(frame, &progress, &quit))?;
        if event::poll(Duration::ZERO)? && wants_out(&event::read()?, keys) {
            return Ok(None);
        }
    }
}

/// Ctrl-C, or a key the keymap binds to quit or cancel.
fn wants_out(event: &Event, keys: &Keymap) -> bool {
    super::is_interrupt(event)
        || matches!(event, Event::Key(k) if k.kind == KeyEventKind::Press
            && matches!(keys.action(Mode::Global, *k), Some(Action::Quit | Action::Cancel)))
}

/// "crossread is reading the articles", the bar, and how to leave, in the middle of the screen.
pub fn draw(frame: &mut Frame, progress: &Progress, quit: &str) {
    let files = if progress.total == 0 {
        "looking for articles …".to_string()
    } else {
        format!("{} of {} files", progress.done, progress.total)
    };
    let lines = vec![
        Line::from("crossread is reading the articles"),
        Line::default(),
        Line::from(progress.bar()),
        Line::from(files),
        Line::default(),
        Line::from(format!("{quit} quits")),
    ];
    let [_, middle, _] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(lines.len() as u16),
        Constraint::Fill(1),
    ])
    .areas(frame.area());
    frame.render_widget(Paragraph::new(lines).centered(), middle);
}
