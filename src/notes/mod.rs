//! Notes: the analyst's work. Anchored to passages by quote and context (anchor), kept in a
//! versioned notebook written atomically (store, location), exported to Markdown and to W3C
//! Web Annotation JSON-LD (export).

pub mod anchor;
pub mod export;
pub mod location;
pub mod note;
pub mod store;

pub use anchor::{Anchor, Resolution, resolve};
pub use location::{data_dir, notebook_path};
pub use note::{Note, Target, parse_tags};
pub use store::{NoteStore, write_file};
