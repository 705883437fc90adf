//! Loading articles: decoding, metadata, segmentation, boilerplate, and the `list` command.
//!
//! One test binary per story (one link instead of one per file); each module is one file.

mod articles;
mod boilerplate;
mod corpus_common;
mod list_command;
mod load;
mod markdown;
mod meta;
mod own_words;
mod segment;
