//! crossread: read several news articles about the same event side by side.
//!
//! The library is the whole pipeline and knows nothing of the terminal; the binary
//! (`src/main.rs`) holds its two faces: `cli` (JSON, text, Markdown) and `tui` (ratatui).
//!
//! ```text
//! files ─► corpus ─► figures::read ─► align ─► figures::compare ─► report::Report ─► faces
//!          (decode,  (numbers and     (decision,  (with the          (built once per
//!           meta,     what they        groups,     alignment)         corpus; every face
//!           segment)  count)           diffs)                         renders it)
//!          language ◄ under all of them: words, stems, number words, qualifiers, lexicon
//!          notes (anchor, store, export) ◄── the analyst
//! ```
//!
//! Layers, each using only those below it: `language` ◄ `corpus` ◄ `figures` ◄ `align` (which
//! reads the figures for shared quantities) ◄ `notes` ◄ `report` ◄ the faces.
//!
//! Where things live:
//! - what every face shows: `report::Report`, built once per corpus (`Report::build`); faces
//!   read it and lay it out, and its JSON documents are in `report::document`;
//! - a figure's label ("people killed (protesters)", "helicopters"): `figures::quantity`, where
//!   `Quantity::label` writes what is counted, its unit and its typed `Scope` (figures are
//!   grouped by their typed `QuantityKey`, never by a label), and its qualifier's from
//!   `language::qualifiers::Qualifier` — the only places labels are written; the report holds
//!   them written out;
//! - whether two passages report the same fact: `align::evidence` → `align::decision`, with
//!   every fitted constant in `decision`;
//! - a group's word diff: `align::diff` (tokens, `similar`); what two passages differ in
//!   (numbers, names, negation, hedges, attribution): `align::difference`;
//! - the figures compared across sources, with verdicts: `figures::compare`; rows and
//!   timelines: `figures::table`, laid out once for every face in `report::QuantityReport`;
//! - a new view: a component in the binary's `src/tui/components/` (its state, its actions,
//!   its drawing, reading the app through a `Context`) held in `tui::app::Views`, a `View` in
//!   `tui::action`, a `Mode` and its keys in `tui::keymap` (which also writes the help, the
//!   README key table and `crossread keys`);
//! - an overlay (help, the note editor, the one-line prompt): also a component there, held in
//!   `tui::app::Overlays`; it answers with an `Outcome` (a note to save, a prompt's answer) and
//!   the app turns that into an effect (`tui::effects`: the disk writes).
#![forbid(unsafe_code)]

pub mod calendar;
pub mod corpus;
pub mod error;
pub mod figures;
pub mod language;

pub use corpus::{Article, Corpus, Sentence};
pub use error::{Error, Result};
pub mod align;
pub mod config;
pub mod notes;
pub mod parallel;
pub mod report;
