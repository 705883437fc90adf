//! The language layer under both `align` and `figures`: words (tokenise, normalise, stem,
//! stopwords), number words, qualifiers, the vocabulary of counted nouns and events, and the
//! lexicon of equivalent words, a count with its noun ("1 note"), and a label's names as the text writes them. Nothing here knows about articles, alignment or figures.

pub mod amount;
pub mod casing;
pub mod count;
pub mod lexicon;
pub mod numwords;
pub mod phrase;
pub mod qualifiers;
mod stems;
pub mod text;
mod tokens;
pub mod vocabulary;
pub mod wordcount;
