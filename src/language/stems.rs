//! Stems made once per process and shared by every thread: the same few thousand words are
//! stemmed by sentence terms, names, counted nouns and roles, on each core (stemming them again
//! was a thirtieth of the run on 1,000 articles).

use rustc_hash::FxHashMap;
use std::hash::{BuildHasher, BuildHasherDefault};
use std::sync::{Mutex, OnceLock, PoisonError};

/// Locks spread over the words, so that the cores seldom wait for one another.
const SHARDS: usize = 16;
/// Most words a shard keeps: a bound on memory for text of any size (a news vocabulary is a
/// few tens of thousands of words).
const SHARD_WORDS: usize = 1 << 14;

type Shard = Mutex<FxHashMap<Box<str>, Box<str>>>;

/// The stem of `word` as `make` makes it, made once while there is room to keep it.
pub fn cached(word: &str, make: impl FnOnce(&str) -> String) -> String {
    static TABLE: OnceLock<[Shard; SHARDS]> = OnceLock::new();
    let table = TABLE.get_or_init(|| std::array::from_fn(|_| Mutex::default()));
    let hash = BuildHasherDefault::<rustc_hash::FxHasher>::default().hash_one(word);
    // The high bits: the table's own hashing uses the low ones.
    let shard = &table[(hash >> 60) as usize % SHARDS];
    let lock = || shard.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(stem) = lock().get(word) {
        return stem.to_string();
    }
    // Made outside the lock; two threads may both make a new word's stem, the same.
    let stem = make(word);
    let mut kept = lock();
    if kept.len() < SHARD_WORDS {
        kept.insert(word.into(), stem.as_str().into());
    }
    stem
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_stem_is_made_once_and_then_found() {
        let first = super::cached("zqxstemtest", |w| format!("{w}-made"));
        let again = super::cached("zqxstemtest", |_| unreachable!());
        assert_eq!(
            (first.as_str(), again.as_str()),
            ("zqxstemtest-made", "zqxstemtest-made")
        );
    }
}
