//! crossread: read several news articles about the same event side by side.
//!
//! The library is the whole pipeline; the terminal UI and the CLI are thin faces over it.
//!
//! ```text
//! files ─► corpus (decode, meta, segment) ─► figures::read ─► align (similarity, groups, word diff)
//!                                                   └──────────► figures::compare (with the alignment)
//!                      notes (anchor, store, export) ◄── the analyst
//! ```
//!
//! Layers, each using only those below it: `language` (words, stems, number words, qualifiers,
//! the vocabulary of counted nouns and events, the lexicon of equivalent words) ◄ `corpus` ◄
//! `figures` (reading and comparing numbers) ◄ `align` (which reads the figures for shared
//! quantities) ◄ `analysis` (both, once per corpus) ◄ the faces.
#![forbid(unsafe_code)]

pub mod calendar;
pub mod corpus;
pub mod error;
pub mod figures;
pub mod language;

pub use corpus::{Article, Corpus, Sentence};
pub use error::{Error, Result};
pub mod align;
pub mod analysis;
pub mod config;
pub mod notes;
pub mod parallel;
pub mod tui;
