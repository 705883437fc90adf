//! Effects: what `update` asks for that touches the disk (saving notes, exporting). The loop
//! performs them right after the update, so a saved note is on disk before the next key.

use super::action::Action;
use super::app::App;
use super::components::editor::EditorTarget;
use super::components::prompt::{Prompt, PromptPurpose};
use crossread::language::count::count;
use crossread::notes::{Anchor, Draft, Note};
use std::path::PathBuf;

/// Why a draft could not be written, before the system's reason.
const NOT_KEPT: &str = "the note is not kept on disk as you type (a closed window would lose it)";

#[derive(Debug, Clone)]
pub enum Effect {
    SaveNote {
        target: EditorTarget,
        body: String,
    },
    DeleteNote(String),
    RestoreNote(Box<Note>),
    /// Writes the Markdown export; an existing file is replaced only once the user said so.
    Export {
        path: PathBuf,
        overwrite: bool,
    },
}

impl App {
    pub fn perform(&mut self, effect: Effect) {
        // Whether the file exists is a question for the disk, so it is asked here, not in
        // `update`.
        if let Effect::Export {
            path,
            overwrite: false,
        } = &effect
            && path.exists()
        {
            let label = format!("{} exists. Overwrite it? (y/n)", path.display());
            let purpose = PromptPurpose::ConfirmOverwrite(path.clone());
            self.overlays.prompt = Some(Prompt::new(purpose, label, ""));
            return;
        }
        let exporting = matches!(effect, Effect::Export { .. });
        let result = match effect {
            Effect::SaveNote { target, body } => {
                let saved = self.save_note(target, body);
                match (&saved, &mut self.overlays.editor) {
                    (Ok(_), _) => self.overlays.editor = None,
                    (Err(e), Some(editor)) => editor.save_error = Some(e.clone()),
                    (Err(_), None) => {}
                }
                saved.map_err(|e| format!("note NOT saved, it is still in the editor: {e}"))
            }
            Effect::DeleteNote(id) => self.delete_note(&id),
            Effect::RestoreNote(note) => self.restore_note(*note),
            Effect::Export { path, .. } => self.export(path),
        };
        let mut warning = self.notebook.store.as_mut().and_then(|s| s.take_warning());
        if exporting {
            warning = warning.or_else(|| self.export_caveat());
        }
        match (result, warning) {
            (Ok(message), Some(w)) => self.set_message(format!("{message}; {w}"), true),
            (Ok(message), None) => self.set_message(message, false),
            (Err(e), _) => self.set_message(e, true),
        }
        self.refresh_notes();
    }

    /// Opens the notebook: `override_file`, else the shared one in the data folder. A
    /// notebook that cannot be read is kept, and the store works on a new file beside it;
    /// the message says so.
    pub fn open_notes(&mut self, override_file: Option<&std::path::Path>) {
        match crossread::notes::open_notebook(override_file) {
            Ok(opened) => {
                self.notebook.store = Some(opened.store);
                if !opened.warnings.is_empty() {
                    self.set_message(opened.warnings.join("\n"), true);
                }
            }
            Err(e) => self.set_message(format!("notes are off: {e}"), true),
        }
        self.refresh_notes();
    }

    fn save_note(&mut self, target: EditorTarget, body: String) -> Result<String, String> {
        let store = self.notebook.store_mut()?;
        if let Some(id) = &target.note_id {
            store.update(id, &body).map_err(|e| e.to_string())?;
            return Ok(format!("note saved to {}", store.path().display()));
        }
        let article = &self.corpus.articles[target.article];
        let anchor = Anchor::from_span(article, target.start, target.end);
        store
            .add(Note::new(body, target.about, anchor))
            .map_err(|e| e.to_string())?;
        self.views.reader.range_anchor = None;
        Ok(format!("note saved to {}", store.path().display()))
    }

    /// Keeps the open editor's unsaved text on disk (`notes::draft`), so a closed terminal,
    /// a kill or a crash does not lose it; the draft goes once the editor closes. Called by
    /// the loop after every message.
    pub fn keep_draft(&mut self) {
        let unsaved = self.overlays.editor.as_ref().filter(|e| e.is_changed());
        let Some(editor) = unsaved else {
            self.end_draft();
            return;
        };
        let body = editor.text();
        if self.notebook.draft_refused {
            return;
        }
        if self.notebook.draft.is_none() {
            let Some(note) = self.draft_note(&editor.target, body.clone()) else {
                return;
            };
            let Ok(store) = self.notebook.open_store() else {
                return;
            };
            match Draft::start(store.path(), &note.id) {
                Ok(draft) => self.notebook.draft = Some((draft, note)),
                Err(e) => {
                    self.notebook.draft_refused = true;
                    self.set_message(format!("{NOT_KEPT}: {e}"), true);
                    return;
                }
            }
        }
        let Some((draft, note)) = &mut self.notebook.draft else {
            return;
        };
        if note.body != body {
            note.set_body(&body);
        }
        if let Err(e) = draft.write(note) {
            self.set_message(format!("{NOT_KEPT}: {e}"), true);
        }
    }

    /// The editor closed, or crossread is quitting as asked: the draft goes.
    pub fn end_draft(&mut self) {
        self.notebook.draft_refused = false;
        if let Some((draft, _)) = self.notebook.draft.take() {
            draft.discard();
        }
    }

    /// The note the editor would save, with an id of its own: a draft of an edit is recovered
    /// beside the note it edits, not over it.
    fn draft_note(&self, target: &EditorTarget, body: String) -> Option<Note> {
        let store = self.notebook.open_store().ok()?;
        let edited = target
            .note_id
            .as_ref()
            .and_then(|id| store.notes().iter().find(|n| &n.id == id));
        let anchor = match edited {
            Some(note) => note.anchor.clone(),
            None => {
                let article = self.corpus.articles.get(target.article)?;
                Anchor::from_span(article, target.start, target.end)
            }
        };
        Some(Note::new(body, target.about.clone(), anchor))
    }

    fn delete_note(&mut self, id: &str) -> Result<String, String> {
        let store = self.notebook.store_mut()?;
        let note = store.delete(id).map_err(|e| e.to_string())?;
        self.notebook.deleted.push(note);
        Ok(format!(
            "note deleted — press {} to undo",
            self.key(Action::UndoDelete)
        ))
    }

    fn restore_note(&mut self, note: Note) -> Result<String, String> {
        let store = self.notebook.store_mut()?;
        store.restore(note).map_err(|e| e.to_string())?;
        Ok("note restored".into())
    }

    fn export(&mut self, path: PathBuf) -> Result<String, String> {
        let store = self.notebook.open_store()?;
        let markdown = crossread::report::export_markdown(
            &self.corpus,
            store.notes(),
            self.analysis.report.as_deref(),
        );
        crossread::notes::write_file(&path, markdown.as_bytes()).map_err(|e| e.to_string())?;
        Ok(format!(
            "exported {} to {}",
            count(
                crossread::notes::export::count_on(&self.corpus, store.notes()),
                "note",
                "notes"
            ),
            path.display()
        ))
    }

    /// Notes kept in a recovery file are not all the analyst's notes: an export of them says
    /// which are missing.
    fn export_caveat(&self) -> Option<String> {
        let store = self.notebook.store.as_ref()?;
        let notebook = store.unreadable_notebook()?;
        Some(format!(
            "these are the notes of {}: the notes in {} could not be read and are not in it",
            store.path().display(),
            notebook.display()
        ))
    }
}
