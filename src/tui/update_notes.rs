//! Updates for notes: the editor, the Notes view with its filter, delete/undo, and the export
//! prompt. Writing to disk is left to effects (effects.rs).

use super::action::{Action, Focus, View};
use super::app::App;
use super::editor::{Editor, EditorOutcome, EditorTarget};
use super::effects::Effect;
use super::prompt::{Prompt, PromptOutcome, PromptPurpose};
use crossread::notes::{Anchor, GroupPassage, Resolution, Target};
use std::path::PathBuf;

/// Where an export goes unless the user types another path.
pub const DEFAULT_EXPORT: &str = "crossread-notes.md";

impl App {
    /// Opens the editor on what is selected: a figure (Figures view), a range or the sentence
    /// (reader), or the aligned group (counterparts pane).
    pub(super) fn new_note(&mut self) {
        if self.notebook.store.is_none() {
            return self.set_message("notes are not available (see the earlier message)", true);
        }
        let target = match (self.view, self.focus) {
            (View::Figures, _) => match self.figure_target() {
                Some(t) => Some(t),
                // a note on an empty cell would land on another source's figure: refused
                None => {
                    let keys = format!("{}/{}", self.key(Action::Left), self.key(Action::Right));
                    return self.set_message(
                        format!("this source gives no value here: move to one that does ({keys}) to note it"),
                        false,
                    );
                }
            },
            (View::Read, Focus::Compare) => self.group_target(),
            (View::Read, _) if self.views.reader.range_anchor.is_some() => self.range_target(),
            (View::Read, _) => self.sentence_target(),
            (View::Columns, _) => self.views.columns.note_target(&self.context()),
            (View::Notes, _) => None,
        };
        let Some(target) = target else {
            return self.set_message(
                "select a sentence, range, figure or group to write a note on",
                false,
            );
        };
        let quote = self.corpus.articles[target.article].text[target.start..target.end].to_string();
        self.overlays.editor = Some(Editor::new(target, quote, ""));
    }

    fn sentence_target(&self) -> Option<EditorTarget> {
        let a = self.corpus.articles.get(self.views.reader.article)?;
        let s = a.sentences.get(self.views.reader.sentence)?;
        Some(EditorTarget {
            article: self.views.reader.article,
            start: s.start,
            end: s.end,
            what: "sentence".into(),
            note_id: None,
            about: Target::Sentence,
        })
    }

    /// The current sentence with every counterpart the compare pane lists: the note keeps
    /// all of them, most similar first.
    fn group_target(&self) -> Option<EditorTarget> {
        let mut target = self.sentence_target()?;
        let a = self.corpus.articles.get(target.article)?;
        let mut passages = vec![GroupPassage {
            anchor: Anchor::from_span(a, target.start, target.end),
            score: None,
        }];
        for entry in &self.views.compare.entries {
            let Some(p) = entry.passage else { continue };
            let Some(s) = self
                .corpus
                .articles
                .get(p.article)
                .and_then(|o| o.sentences.get(p.sentence).map(|s| (o, s)))
            else {
                continue;
            };
            passages.push(GroupPassage {
                anchor: Anchor::from_span(s.0, s.1.start, s.1.end),
                score: Some(entry.score),
            });
        }
        target.about = Target::Group { passages };
        target.what = target.about.label();
        Some(target)
    }

    fn range_target(&self) -> Option<EditorTarget> {
        let a = self.corpus.articles.get(self.views.reader.article)?;
        let range = self.views.reader.selected_sentences();
        let (first, last) = (
            a.sentences.get(*range.start())?,
            a.sentences.get(*range.end())?,
        );
        let what = format!("{} sentences", range.end() - range.start() + 1);
        Some(EditorTarget {
            article: self.views.reader.article,
            start: first.start,
            end: last.end,
            what,
            note_id: None,
            about: Target::Range,
        })
    }

    fn figure_target(&self) -> Option<EditorTarget> {
        let report = self.analysis.report.as_ref()?;
        let f = report
            .figures
            .figures
            .get(self.views.figures.selected_cell_figure(report)?)?;
        let s = self
            .corpus
            .articles
            .get(f.article)?
            .sentences
            .get(f.sentence)?;
        let quantity = report
            .quantities
            .get(self.views.figures.selection.row)?
            .label
            .clone();
        let about = Target::Figure {
            text: f.text.clone(),
            value: f.amount.value,
            quantity,
            article_id: self.corpus.articles.get(f.article)?.id.clone(),
            start: f.start,
            end: f.end,
        };
        Some(EditorTarget {
            article: f.article,
            start: s.start,
            end: s.end,
            what: about.label(),
            note_id: None,
            about,
        })
    }

    /// Edits the note selected in the Notes view, or the first note on the current sentence.
    pub(super) fn edit_note(&mut self) {
        let index = match self.view {
            View::Notes => self
                .views
                .notes
                .visible
                .get(self.views.notes.selected)
                .copied(),
            _ => self
                .notebook
                .at
                .get(&(self.views.reader.article, self.views.reader.sentence))
                .and_then(|v| v.first())
                .copied(),
        };
        let Some(store) = &self.notebook.store else {
            return;
        };
        let Some(note) = index.and_then(|i| store.notes().get(i)) else {
            let new = self.key(Action::NewNote);
            return self.set_message(
                format!("no note here to edit ({new} writes a new one)"),
                false,
            );
        };
        let (article, start, end) = match self.notebook.resolutions.get(index.unwrap_or(0)) {
            Some(Resolution::Attached {
                article,
                start,
                end,
                ..
            }) => (*article, *start, *end),
            _ => (self.views.reader.article, 0, 0),
        };
        let target = EditorTarget {
            article,
            start,
            end,
            what: format!("note on {}", note.target.label()),
            note_id: Some(note.id.clone()),
            about: note.target.clone(),
        };
        self.overlays.editor = Some(Editor::new(target, note.anchor.exact.clone(), &note.body));
    }

    pub(super) fn update_editor(&mut self, action: Action) -> Option<Effect> {
        let editor = self.overlays.editor.as_mut()?;
        let outcome = match action {
            Action::Type(key) => editor.input(key),
            Action::Quit | Action::Cancel => editor.input(
                ratatui::crossterm::event::KeyEvent::from(ratatui::crossterm::event::KeyCode::Esc),
            ),
            _ => EditorOutcome::Continue,
        };
        match outcome {
            EditorOutcome::Continue => None,
            EditorOutcome::Discard => {
                self.overlays.editor = None;
                self.set_message("note not saved", false);
                None
            }
            EditorOutcome::Save(body) if body.trim().is_empty() => {
                self.set_message(
                    "an empty note is not saved; type something or press Esc",
                    true,
                );
                None
            }
            // The editor stays open until the note is on disk (effects.rs closes it).
            EditorOutcome::Save(body) => Some(Effect::SaveNote {
                target: editor_target(self)?,
                body,
            }),
        }
    }

    /// Text pasted into the terminal goes to the editor or the prompt.
    pub fn paste(&mut self, text: &str) {
        if let Some(editor) = &mut self.overlays.editor {
            editor.paste(text);
        } else if let Some(prompt) = &mut self.overlays.prompt {
            prompt.paste(text);
        }
    }

    pub(super) fn delete_selected_note(&mut self) -> Option<Effect> {
        let i = *self.views.notes.visible.get(self.views.notes.selected)?;
        let id = self.notebook.store.as_ref()?.notes().get(i)?.id.clone();
        Some(Effect::DeleteNote(id))
    }

    pub(super) fn undo_delete(&mut self) -> Option<Effect> {
        match self.notebook.deleted.pop() {
            Some(note) => Some(Effect::RestoreNote(Box::new(note))),
            None => {
                self.set_message("nothing to undo", false);
                None
            }
        }
    }

    pub(super) fn start_filter(&mut self) {
        self.overlays.prompt = Some(Prompt::new(
            PromptPurpose::NotesFilter,
            "Filter notes (words, #tag, @source):",
            &self.views.notes.filter,
        ));
    }

    pub(super) fn start_search(&mut self) {
        self.overlays.prompt = Some(Prompt::new(PromptPurpose::Search, "Find:", ""));
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
                    format!(
                        "found “{}” in {}",
                        text.trim(),
                        self.corpus.articles[a].short_label()
                    ),
                    false,
                );
            }
            None => self.set_message(format!("“{}” is not in any article", text.trim()), true),
        }
    }

    pub(super) fn start_export(&mut self) {
        if self.notebook.store.is_none() {
            return self.set_message("notes are not available (see the earlier message)", true);
        }
        self.overlays.prompt = Some(Prompt::new(
            PromptPurpose::ExportPath,
            "Export notes to:",
            DEFAULT_EXPORT,
        ));
    }

    pub(super) fn update_prompt(&mut self, action: Action) -> Option<Effect> {
        let prompt = self.overlays.prompt.as_mut()?;
        let outcome = match action {
            Action::Type(key) => prompt.input(key),
            Action::Cancel => PromptOutcome::Cancel,
            _ => PromptOutcome::Continue,
        };
        let purpose = prompt.purpose.clone();
        if purpose == PromptPurpose::NotesFilter {
            self.views.notes.filter = match &outcome {
                PromptOutcome::Cancel => String::new(),
                PromptOutcome::Submit(text) => text.clone(),
                PromptOutcome::Continue => prompt.input.clone(),
            };
            self.refresh_notes_view();
        }
        match outcome {
            PromptOutcome::Continue => None,
            PromptOutcome::Cancel => {
                self.overlays.prompt = None;
                None
            }
            PromptOutcome::Submit(answer) => {
                self.overlays.prompt = None;
                match purpose {
                    PromptPurpose::NotesFilter => None,
                    PromptPurpose::Search => {
                        self.find(&answer);
                        None
                    }
                    PromptPurpose::ExportPath => {
                        let path = PathBuf::from(if answer.trim().is_empty() {
                            DEFAULT_EXPORT
                        } else {
                            answer.trim()
                        });
                        Some(Effect::Export {
                            path,
                            overwrite: false,
                        })
                    }
                    PromptPurpose::ConfirmOverwrite(path) => {
                        if answer.trim().eq_ignore_ascii_case("y")
                            || answer.trim().eq_ignore_ascii_case("yes")
                        {
                            Some(Effect::Export {
                                path,
                                overwrite: true,
                            })
                        } else {
                            self.set_message("export cancelled: nothing was overwritten", false);
                            None
                        }
                    }
                }
            }
        }
    }
}

fn editor_target(app: &App) -> Option<EditorTarget> {
    app.overlays.editor.as_ref().map(|e| e.target.clone())
}
