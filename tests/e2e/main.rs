//! End to end: the real binary in a real terminal (tmux), driven as a person types.
//!
//! One test binary per story (one link instead of one per file); each module is one file.

#[path = "../support/mod.rs"]
mod support;

mod columns;
mod compare;
mod figures;
mod notes;
mod reader;
mod signals;
