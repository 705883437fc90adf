//! Syndicated copies: the same passage republished, verbatim or nearly, by many outlets.
//!
//! Wire stories reach dozens or thousands of sites. Their copies are found before any
//! paraphrase matching: word 3-shingles, a MinHash signature per passage, and locality-sensitive
//! buckets (bands of the signature). Each bucket is checked against one representative, so the
//! work grows linearly with the number of copies, never with their square. Copies joined this way
//! form one cluster however many articles carry them.

use super::PassageRef;
use super::score::Vectors;
use super::tuning::{COPY_BANDS, COPY_HASHES, COPY_MIN_WORDS, COPY_SIMILARITY};
use crate::corpus::Corpus;
use rustc_hash::FxHashMap as HashMap;

/// Rows of each band of the signature.
const ROWS: usize = COPY_HASHES / COPY_BANDS;

/// Clusters of copies. `passages` gives, per passage, its article and its text; the result
/// lists clusters of indices into it, each spanning at least two articles, each sorted, in
/// order of their first member. The result depends only on the passages and their order.
pub fn clusters(passages: &[(usize, &str)]) -> Vec<Vec<usize>> {
    // A signature depends on the text alone: each distinct text is signed once.
    let (texts, text_of) = super::distinct::texts(passages.iter().map(|&(_, text)| text));
    let signed: Vec<Option<[u64; COPY_HASHES]>> = crate::parallel::map(&texts, |t| signature(t));
    // Each passage's signature is its text's, borrowed (not copied per passage).
    let signatures: Vec<Option<&[u64; COPY_HASHES]>> =
        text_of.iter().map(|&t| signed[t].as_ref()).collect();
    let mut parent: Vec<usize> = (0..passages.len()).collect();
    for band in 0..COPY_BANDS {
        let mut buckets: HashMap<u64, usize> = HashMap::default();
        for (i, sig) in signatures.iter().enumerate() {
            let Some(sig) = *sig else { continue };
            let key = band_key(band, &sig[band * ROWS..(band + 1) * ROWS]);
            // The first passage in a bucket represents it; each later one is checked only
            // against it, so a bucket of n copies costs n checks.
            let rep = *buckets.entry(key).or_insert(i);
            if rep != i
                && let Some(rep_sig) = signatures[rep]
                && agreement(sig, rep_sig) >= COPY_SIMILARITY
            {
                union(&mut parent, rep, i);
            }
        }
    }
    let mut by_root: HashMap<usize, Vec<usize>> = HashMap::default();
    for (i, sig) in signatures.iter().enumerate() {
        if sig.is_some() {
            let root = find(&mut parent, i);
            by_root.entry(root).or_default().push(i);
        }
    }
    let mut out: Vec<Vec<usize>> = by_root
        .into_values()
        .filter(|members| {
            let first = passages[members[0]].0;
            members.iter().any(|&m| passages[m].0 != first)
        })
        .collect();
    for members in &mut out {
        members.sort_unstable();
    }
    out.sort_unstable_by_key(|members| members[0]);
    out
}

/// The MinHash signature of a passage's word 3-shingles, or `None` when it is too short.
fn signature(text: &str) -> Option<[u64; COPY_HASHES]> {
    // Each word hashed once (not once per shingle), and without a lowercased copy.
    let words: Vec<u64> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(lowercase_hash)
        .collect();
    if words.len() < COPY_MIN_WORDS {
        return None;
    }
    let shingles: Vec<u64> = words
        .windows(3)
        .map(|shingle| {
            shingle
                .iter()
                .fold(0x9e37_79b9_7f4a_7c15u64, |h, &w| mix(h ^ w))
        })
        .collect();
    // Each hash function is the shingle's hash through its own xor and odd multiplier: a
    // bijection whose high bits, which decide the minimum, depend on every bit of the shingle.
    // A full mix per function and shingle took a fifth more (signing the 19,000 distinct
    // sentences of 1,000 generated articles on one core: 57-68 ms, this way 45-50 ms).
    let mut sig = [u64::MAX; COPY_HASHES];
    for ((slot, &seed), &multiplier) in sig.iter_mut().zip(&SEEDS).zip(&MULTIPLIERS) {
        *slot = shingles
            .iter()
            .map(|&base| (base ^ seed).wrapping_mul(multiplier))
            .fold(u64::MAX, u64::min);
    }
    Some(sig)
}

/// Share of positions where two signatures agree.
fn agreement(a: &[u64; COPY_HASHES], b: &[u64; COPY_HASHES]) -> f32 {
    let same = a.iter().zip(b).filter(|(x, y)| x == y).count();
    same as f32 / COPY_HASHES as f32
}

fn band_key(band: usize, rows: &[u64]) -> u64 {
    rows.iter().fold(mix(band as u64 + 1), |h, &r| mix(h ^ r))
}

/// [`word_hash`] of the word in lower case. Most words are ASCII and lowercase byte by byte;
/// others go through `to_lowercase`, which knows the rules that depend on context.
fn lowercase_hash(w: &str) -> u64 {
    if w.is_ascii() {
        fnv(w.bytes().map(|b| b.to_ascii_lowercase()))
    } else {
        word_hash(&w.to_lowercase())
    }
}

/// FNV-1a over the word's bytes: stable across runs and platforms.
fn word_hash(w: &str) -> u64 {
    fnv(w.bytes())
}

fn fnv(bytes: impl Iterator<Item = u8>) -> u64 {
    bytes.fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// SplitMix64's finaliser: spreads every input bit over the output.
const fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// One odd multiplier per hash function, from the same fixed sequence as the seeds.
const MULTIPLIERS: [u64; COPY_HASHES] = {
    let mut multipliers = [0u64; COPY_HASHES];
    let mut k = 0;
    while k < COPY_HASHES {
        multipliers[k] = mix(SEEDS[k]) | 1;
        k += 1;
    }
    multipliers
};

/// One seed per hash function (fixed, so that signatures are the same on every run).
const SEEDS: [u64; COPY_HASHES] = {
    let mut seeds = [0u64; COPY_HASHES];
    let mut k = 0;
    while k < COPY_HASHES {
        seeds[k] = (k as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ 0x5851_f42d_4c95_7f2d;
        k += 1;
    }
    seeds
};

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Joins two sets; the smaller index becomes the root, so roots do not depend on timing.
fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        let (lo, hi) = (ra.min(rb), ra.max(rb));
        parent[hi] = lo;
    }
}

/// Clusters of syndicated copies among the content sentences (those the alignment compares).
pub(super) fn among(corpus: &Corpus, vectors: &Vectors) -> Vec<Vec<PassageRef>> {
    let passages: Vec<(usize, &str)> = vectors
        .items
        .iter()
        .map(|v| {
            (
                v.article,
                corpus.articles[v.article].sentence_text(v.sentence),
            )
        })
        .collect();
    clusters(&passages)
        .into_iter()
        .map(|members| {
            members
                .into_iter()
                .map(|i| PassageRef {
                    article: vectors.items[i].article,
                    sentence: vectors.items[i].sentence,
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{clusters, lowercase_hash, word_hash};

    #[test]
    fn a_word_in_capitals_or_not_hashes_the_same_in_any_script() {
        for word in [
            "Wednesday",
            "WITNESSES",
            "Zürich",
            "ΟΔΥΣΣΕΥΣ",
            "İstanbul",
            "x",
        ] {
            assert_eq!(
                lowercase_hash(word),
                word_hash(&word.to_lowercase()),
                "{word}"
            );
        }
        assert_eq!(lowercase_hash("Square"), lowercase_hash("square"));
    }

    const WIRE: &str = "Security forces opened fire on protesters in the main square on Wednesday \
                        evening, witnesses told reporters at the scene.";

    #[test]
    fn verbatim_copies_in_many_articles_form_one_cluster() {
        let passages: Vec<(usize, &str)> = (0..50).map(|a| (a, WIRE)).collect();
        assert_eq!(clusters(&passages), vec![(0..50).collect::<Vec<_>>()]);
    }

    #[test]
    fn a_copy_with_one_word_changed_is_still_a_copy() {
        let edited = WIRE.replace("Wednesday", "Thursday");
        let passages = vec![(0, WIRE), (1, edited.as_str())];
        assert_eq!(clusters(&passages), vec![vec![0, 1]]);
    }

    #[test]
    fn a_paraphrase_is_not_a_copy() {
        let paraphrase = "Witnesses said troops shot at demonstrators gathered in the central \
                          square late on Wednesday.";
        assert!(clusters(&[(0, WIRE), (1, paraphrase)]).is_empty());
    }

    #[test]
    fn repeats_within_one_article_and_short_lines_are_not_clusters() {
        assert!(clusters(&[(0, WIRE), (0, WIRE)]).is_empty());
        assert!(clusters(&[(0, "Police said."), (1, "Police said.")]).is_empty());
    }

    #[test]
    fn clusters_do_not_depend_on_which_copy_comes_first() {
        let other = "The government declared a two-week state of emergency in the capital and \
                     the western region after the protests.";
        let a = clusters(&[(0, WIRE), (1, other), (2, WIRE), (3, other)]);
        let b = clusters(&[(0, other), (1, WIRE), (2, other), (3, WIRE)]);
        assert_eq!(a, vec![vec![0, 2], vec![1, 3]]);
        assert_eq!(b, vec![vec![0, 2], vec![1, 3]]);
    }
}
