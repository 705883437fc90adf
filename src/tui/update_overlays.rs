//! What the app does when an overlay is done: the note editor closed without saving, the
//! prompt answered or closed. The overlays themselves (`components::editor`,
//! `components::prompt`, `components::help`) own their state, keys and drawing; here their
//! outcomes are routed to where they act, and what touches the disk goes back as an effect.

use super::action::View;
use super::app::App;
use super::components::Outcome;
use super::components::editor::DISCARDED;
use super::components::prompt::PromptPurpose;
use super::effects::Effect;
use super::update_notes::DEFAULT_EXPORT;
use std::path::PathBuf;

impl App {
    /// Closes the overlay with the keyboard: the editor (its text dropped, as the user said;
    /// said only when there was text to drop, not when a note was opened and left unchanged),
    /// else the prompt (a notes filter being typed is cleared), else the help.
    pub(super) fn close_overlay(&mut self) {
        if let Some(editor) = self.overlays.editor.take() {
            if editor.is_changed() {
                self.set_message(DISCARDED, false);
            }
        } else if let Some(prompt) = self.overlays.prompt.take() {
            if prompt.purpose == PromptPurpose::NotesFilter {
                self.set_notes_filter(String::new());
            }
        } else {
            self.overlays.help = None;
        }
    }

    /// Does what the prompt asked; the Notes view's filter follows the text as it is typed.
    pub(super) fn follow_prompt(&mut self, outcome: Outcome) -> Option<Effect> {
        if outcome == Outcome::Nothing
            && let Some(prompt) = &self.overlays.prompt
            && prompt.purpose == PromptPurpose::NotesFilter
        {
            let typed = prompt.input.clone();
            self.set_notes_filter(typed);
        }
        self.follow(outcome)
    }

    /// Acts on the prompt's answer.
    pub(super) fn answer(&mut self, purpose: PromptPurpose, text: String) -> Option<Effect> {
        match purpose {
            PromptPurpose::NotesFilter => self.set_notes_filter(text),
            PromptPurpose::Search => self.find(&text),
            PromptPurpose::ExportPath => {
                let path = PathBuf::from(if text.trim().is_empty() {
                    DEFAULT_EXPORT
                } else {
                    text.trim()
                });
                return Some(Effect::Export {
                    path,
                    overwrite: false,
                });
            }
            PromptPurpose::ConfirmOverwrite(path) => {
                let yes = ["y", "yes"]
                    .iter()
                    .any(|y| text.trim().eq_ignore_ascii_case(y));
                if yes {
                    return Some(Effect::Export {
                        path,
                        overwrite: true,
                    });
                }
                self.set_message("export cancelled: nothing was overwritten", false);
            }
        }
        None
    }

    fn set_notes_filter(&mut self, text: String) {
        self.views.notes.filter = text;
        self.refresh_notes_view();
    }

    /// Text pasted into the terminal goes to the editor or the prompt.
    pub fn paste(&mut self, text: &str) {
        if let Some(editor) = &mut self.overlays.editor {
            editor.paste(text);
        } else if let Some(prompt) = &mut self.overlays.prompt {
            prompt.paste(text);
        }
    }

    /// Goes to the next sentence containing `text` (case-insensitive), after the current one,
    /// in this article and then the following ones.
    fn find(&mut self, text: &str) {
        let needle = text.trim().to_lowercase();
        if needle.is_empty() {
            return;
        }
        let n = self.corpus.articles.len();
        let (here, current) = (self.views.reader.article, self.views.reader.sentence);
        let corpus = &self.corpus;
        // Reading order from just after the current sentence, wrapping round to it.
        let found = (0..=n)
            .flat_map(|k| {
                let a = (here + k) % n;
                (0..corpus.articles[a].sentences.len())
                    .filter(move |&s| match k {
                        0 => s > current,
                        k if k == n => s <= current,
                        _ => true,
                    })
                    .map(move |s| (a, s))
            })
            .find(|&(a, s)| {
                corpus.articles[a]
                    .sentence_text(s)
                    .to_lowercase()
                    .contains(&needle)
            });
        match found {
            Some((a, s)) => {
                self.view = View::Read;
                self.jump_to(a, s);
                self.set_message(
                    format!("found “{}” in {}", text.trim(), self.labels[a]),
                    false,
                );
            }
            None => self.set_message(format!("“{}” is not in any article", text.trim()), true),
        }
    }
}
