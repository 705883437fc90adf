//! Notes: the analyst's work. Anchored to passages by quote and context (anchor), kept in a
//! versioned notebook written atomically (store, disk, location), a note being written kept
//! on disk as it is typed (draft), exported to Markdown and to
//! W3C Web Annotation JSON-LD (export).

pub mod anchor;
pub mod annotation;
pub mod disk;
pub mod draft;
pub mod export;
pub mod location;
pub mod markdown_text;
pub mod note;
pub mod store;

pub use anchor::{Anchor, Placement, Resolution, resolve};
pub use disk::write_file;
pub use draft::Draft;
pub use location::{
    OpenedNotebook, data_dir, notebook_path, open_notebook, open_notebook_to_export,
};
pub use note::{GroupPassage, Note, Target, parse_tags};
pub use store::NoteStore;
