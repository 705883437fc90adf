//! Notes: the store on disk, drafts of notes being written, where notes are placed, and the Markdown/JSON-LD export.
//!
//! One test binary per story (one link instead of one per file); each module is one file.

mod draft;
mod export_cli;
mod export_golden;
mod export_structure;
mod placement;
mod store;
