//! Alignment: the `align` command, the same-fact decision, and quality on our golds.
//!
//! One test binary per story (one link instead of one per file); each module is one file.

mod command;
mod decision;
mod progress;
mod quality;
