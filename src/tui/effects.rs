//! Effects: what `update` asks for that touches the disk (saving notes, exporting). The loop
//! performs them right after the update, so a saved note is on disk before the next key.

use super::app::App;
use super::editor::EditorTarget;
use crate::notes::{Anchor, Note, Target};
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub enum Effect {
    SaveNote { target: EditorTarget, body: String },
    DeleteNote(String),
    RestoreNote(Box<Note>),
    Export(PathBuf),
}

impl App {
    pub fn perform(&mut self, effect: Effect) {
        let result = match effect {
            Effect::SaveNote { target, body } => self.save_note(target, body),
            Effect::DeleteNote(id) => self.delete_note(&id),
            Effect::RestoreNote(note) => self.restore_note(*note),
            Effect::Export(path) => self.export(path),
        };
        match result {
            Ok(message) => self.set_message(message, false),
            Err(e) => self.set_message(e, true),
        }
        self.refresh_notes();
    }

    /// Opens the notebook at `path`. A notebook that cannot be read is kept, and the store
    /// works on a new file beside it; the message says so.
    pub fn open_notebook(&mut self, path: &std::path::Path) {
        match crate::notes::NoteStore::open(path) {
            Ok((store, warning)) => {
                self.notes = Some(store);
                if let Some(w) = warning {
                    self.set_message(w, true);
                }
            }
            Err(e) => self.set_message(format!("notes are off: {e}"), true),
        }
        self.refresh_notes();
    }

    fn save_note(&mut self, target: EditorTarget, body: String) -> Result<String, String> {
        let store = self.notes.as_mut().ok_or("notes are not available")?;
        if let Some(id) = &target.note_id {
            store.update(id, &body).map_err(|e| e.to_string())?;
            return Ok(format!("note saved to {}", store.path().display()));
        }
        let article = &self.corpus.articles[target.article];
        let anchor = Anchor::from_span(article, target.start, target.end);
        let kind = if target.what.starts_with("figure") {
            Target::Figure {
                text: target.what.clone(),
            }
        } else if target.what == "aligned group" {
            Target::Group
        } else if target.what.ends_with("sentences") {
            Target::Range
        } else {
            Target::Sentence
        };
        store
            .add(Note::new(body, kind, anchor))
            .map_err(|e| e.to_string())?;
        self.reader.range_anchor = None;
        Ok(format!("note saved to {}", store.path().display()))
    }

    fn delete_note(&mut self, id: &str) -> Result<String, String> {
        let store = self.notes.as_mut().ok_or("notes are not available")?;
        let note = store.delete(id).map_err(|e| e.to_string())?;
        self.deleted.push(note);
        Ok("note deleted — press u to undo".into())
    }

    fn restore_note(&mut self, note: Note) -> Result<String, String> {
        let store = self.notes.as_mut().ok_or("notes are not available")?;
        store.restore(note).map_err(|e| e.to_string())?;
        Ok("note restored".into())
    }

    fn export(&mut self, path: PathBuf) -> Result<String, String> {
        let store = self.notes.as_ref().ok_or("notes are not available")?;
        let markdown =
            crate::analysis::export_markdown(&self.corpus, store.notes(), self.analysis.as_deref());
        crate::notes::write_file(&path, markdown.as_bytes()).map_err(|e| e.to_string())?;
        Ok(format!(
            "exported {} notes to {}",
            store.notes().len(),
            path.display()
        ))
    }
}
