//! Starting what notes need: the editor on what is selected (a new note) or on a note (edit),
//! the prompts for the Notes view's filter, the reader's search and the export; delete and
//! undo. The overlays' keys and drawing are their components'; what their answers do is in
//! `update_overlays.rs`; writing to disk is left to effects (effects.rs).

use super::action::{Action, Focus, View};
use super::app::App;
use super::components::editor::{Editor, EditorTarget};
use super::components::prompt::{Prompt, PromptPurpose};
use super::effects::Effect;

/// Where an export goes unless the user types another path.
pub const DEFAULT_EXPORT: &str = "crossread-notes.md";

impl App {
    /// Opens the editor on what is selected; the component with the keyboard says what that
    /// is: a figure (Figures view), the aligned group (counterparts pane), a range or the
    /// sentence (reader), a row's group or passage (Columns view).
    pub(super) fn new_note(&mut self) {
        if self.notebook.store.is_none() {
            return self.set_message("notes are not available (see the earlier message)", true);
        }
        let ctx = self.context();
        let target = match (self.view, self.focus) {
            (View::Figures, _) => match self.views.figures.note_target(&ctx) {
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
            (View::Read, Focus::Compare) => self.views.compare.note_target(&ctx),
            (View::Read, _) => self.views.reader.note_target(&ctx),
            (View::Columns, _) => self.views.columns.note_target(&ctx),
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
        let Some((i, note)) = index.and_then(|i| Some((i, store.notes().get(i)?))) else {
            let new = self.key(Action::NewNote);
            return self.set_message(
                format!("no note here to edit ({new} writes a new one)"),
                false,
            );
        };
        let at = self.notebook.resolutions.get(i);
        let target = EditorTarget::of_note(note, at, self.views.reader.article);
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
