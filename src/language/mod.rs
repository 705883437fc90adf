//! The language layer under both `align` and `figures`: words (tokenise, normalise, stem,
//! stopwords), number words, qualifiers, the vocabulary of counted nouns and events, and the
//! lexicon of equivalent words. Nothing here knows about articles, alignment or figures.

pub mod amount;
pub mod lexicon;
pub mod numwords;
pub mod qualifiers;
pub mod text;
pub mod vocabulary;
