//! Everything that changes the app, whatever its origin: the action of a key, text pasted into
//! the terminal, Ctrl-C, and the analysis worker's reports. [`App::handle`] is the one way in;
//! the loop only turns terminal events and worker reports into messages, then performs the
//! effects `handle` returns.

use super::action::Action;
use super::app::App;
use super::components::editor::Command;
use super::effects::Effect;
use super::progress::Progress;
use super::worker::Update;
use std::time::Instant;

pub enum Message {
    /// What a key (through the keymap), the mouse wheel or a resize asked for.
    Action(Action),
    /// Text pasted into the terminal: for the note editor or the prompt.
    Paste(String),
    /// Ctrl-C, whatever the keymap says: it always quits, asking first if a note is unsaved.
    Interrupt,
    /// A report of the analysis worker, with when it arrived (for the estimate of time left).
    Worker(Update, Instant),
}

impl App {
    /// Applies a message to the state; any I/O it calls for comes back as an effect.
    pub fn handle(&mut self, message: Message) -> Option<Effect> {
        match message {
            Message::Action(action) => {
                if !matches!(action, Action::Resize(..) | Action::Scroll(_)) {
                    self.session.interrupt_asked = false;
                }
                self.update(action)
            }
            Message::Paste(text) => {
                self.paste(&text);
                None
            }
            Message::Interrupt => {
                self.interrupt();
                None
            }
            Message::Worker(report, at) => {
                self.receive(report, at);
                None
            }
        }
    }

    /// Ctrl-C always quits. With a note being written and not saved, the first asks and the
    /// second quits.
    fn interrupt(&mut self) {
        let unsaved = self
            .overlays
            .editor
            .as_ref()
            .is_some_and(|e| e.is_changed());
        if unsaved && !self.session.interrupt_asked {
            self.session.interrupt_asked = true;
            // Ctrl-C is fixed (see `is_interrupt`); the editor's keys are its own.
            let save = super::components::editor::key(Command::Save);
            self.set_message(
                format!(
                    "the note you are writing is not saved: Ctrl-C again quits without it, {save} saves it"
                ),
                true,
            );
            return;
        }
        self.session.quit = true;
    }

    fn receive(&mut self, report: Update, at: Instant) {
        match report {
            Update::Progress { phase, done, total } => {
                self.analysis.progress = Some(Progress::next(
                    self.analysis.progress,
                    phase,
                    done,
                    total,
                    at,
                ));
            }
            Update::Done { report, marks } => {
                self.views.reader.marks = super::components::reader::MarksCache {
                    per_article: marks,
                    built_with_analysis: Some(true),
                };
                self.set_report(report);
            }
            // The analysis is gone: say so in the status line; reading goes on.
            Update::Failed(detail) => {
                self.analysis.progress = None;
                self.set_message(
                    format!("the alignment stopped unexpectedly ({detail}); reading still works"),
                    true,
                );
            }
        }
    }
}
