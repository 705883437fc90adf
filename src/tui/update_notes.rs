//! Starting what notes need: the editor on what is selected (a new note) or on a note (edit),
//! the prompts for the Notes view's filter, the reader's search and the export; delete and
//! undo. The overlays' keys and drawing are their components'; what their answers do is in
//! `update_overlays.rs`; writing to disk is left to effects (effects.rs).

use super::action::{Action, Focus, View};
use super::app::App;
use super::components::editor::{Editor, EditorTarget};
use super::components::prompt::{Prompt, PromptPurpose};
use super::effects::Effect;
use crossread::notes::{Anchor, GroupPassage, Resolution, Target};

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
}
