//! Figures: reading numbers, comparing them across sources, parts and totals, quality on our golds, the `figures` command.
//!
//! One test binary per story (one link instead of one per file); each module is one file.

mod command;
mod compare;
mod leftovers;
mod money;
mod parts;
mod quality;
mod reading;
mod report;
mod roles;
mod sentences;
mod temperatures;
