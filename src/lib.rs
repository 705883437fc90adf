//! crossread: read several news articles about the same event side by side.
//!
//! The library is the whole pipeline; the terminal UI and the CLI are thin faces over it.
//!
//! ```text
//! files ─► corpus (decode, meta, segment) ─► align (similarity, groups, word diff)
//!                                          └► figures (extract, compare)
//!                      notes (anchor, store, export) ◄── the analyst
//! ```
#![forbid(unsafe_code)]

pub mod calendar;
pub mod corpus;
pub mod error;
pub mod figures;
pub mod text;

pub use corpus::{Article, Corpus, Sentence};
pub use error::{Error, Result};
pub mod align;
pub mod analysis;
pub mod config;
pub mod notes;
pub mod parallel;
pub mod tui;
