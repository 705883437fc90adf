//! Whether a place a figure is given for is the story's setting: a place named by most
//! articles is where the whole story happens, not a narrower scope of its figures.

use crate::corpus::Corpus;
use crate::language::phrase::Phrases;
use rustc_hash::FxHashMap;

/// Word lengths (bytes) up to which asked places are told apart by length alone; longer words
/// are always looked up. Place names are short.
const MAX_CHECKED_LEN: usize = 64;

/// In how many articles each place asked about occurs as a word (lowercase), for
/// [`widespread`]. Built once per corpus, when a place needs it: asking every article about
/// every place re-read the whole corpus once per place (a seventh of the run on 1,000
/// articles), and counting every word of the corpus, not only the places asked about, took
/// a third of figure reading on 1,000 generated articles.
pub struct ArticleWords {
    articles: usize,
    with: FxHashMap<String, usize>,
}

impl ArticleWords {
    /// Counts the articles that name each of `places`, telling `articles_read` how many
    /// articles it has read as it goes (a pass over all the text of the corpus).
    pub fn of(
        corpus: &Corpus,
        places: &[&str],
        articles_read: &mut dyn FnMut(usize),
    ) -> ArticleWords {
        // A place of several words ("new york", "olt valley") is named where all its words
        // are: each word is looked for alone (a name is cut into words wherever it is read).
        let mut words: Vec<&str> = places.iter().flat_map(|p| p.split(' ')).collect();
        words.sort_unstable();
        words.dedup();
        let word_index = |w: &str| words.binary_search(&w).ok();
        let places_words: Vec<Vec<Option<usize>>> = places
            .iter()
            .map(|p| p.split(' ').map(word_index).collect())
            .collect();
        let found = Self::words_found(corpus, &words, articles_read);
        let mut counts = vec![0; places.len()];
        for in_article in &found {
            for (k, needed) in places_words.iter().enumerate() {
                if needed
                    .iter()
                    .all(|w| w.is_some_and(|w| in_article.contains(&w)))
                {
                    counts[k] += 1;
                }
            }
        }
        let with = places
            .iter()
            .zip(counts)
            .filter(|(_, n)| *n > 0)
            .map(|(p, n)| (p.to_string(), n))
            .collect();
        ArticleWords {
            articles: corpus.articles.len(),
            with,
        }
    }

    /// For each article, the indices of `places` (single words) it holds.
    fn words_found(
        corpus: &Corpus,
        places: &[&str],
        articles_read: &mut dyn FnMut(usize),
    ) -> Vec<Vec<usize>> {
        crate::parallel::counted(articles_read, |done| {
            let read = |found: Vec<usize>| {
                done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                found
            };
            match PlaceSearch::new(places) {
                Some(search) => {
                    crate::parallel::map(&corpus.articles, |a| read(search.in_text(&a.text)))
                }
                None => {
                    let by_words = WordLookup::new(places);
                    crate::parallel::map(&corpus.articles, |a| read(by_words.in_text(&a.text)))
                }
            }
        })
    }
}

/// A place named in most articles is the setting of the story, not a narrower scope.
pub fn widespread(words: &ArticleWords, place: &str) -> bool {
    let n = words.articles;
    n < 2 || words.with.get(place).copied().unwrap_or(0) * 2 > n
}

/// The places asked for, looked up word by word: each word of an article lowercased and
/// looked up (for places that are not all ASCII).
struct WordLookup<'a> {
    asked: FxHashMap<&'a str, usize>,
    /// Whether a word of each length (bytes) may be one of the places.
    lengths: Vec<bool>,
}

impl<'a> WordLookup<'a> {
    fn new(places: &[&'a str]) -> Self {
        // A word of another length than the places cannot be one of them, and is neither
        // lowercased nor looked up (most words of 1,000 articles).
        let may_be_asked = |len: usize| places.iter().any(|p| p.len() == len);
        WordLookup {
            asked: places.iter().enumerate().map(|(k, p)| (*p, k)).collect(),
            lengths: (0..=MAX_CHECKED_LEN).map(may_be_asked).collect(),
        }
    }

    /// The places (indices) that are a word of `text`, lowercased, each once.
    fn in_text(&self, text: &str) -> Vec<usize> {
        let mut found = Vec::new();
        let mut ascii = String::new();
        for t in crate::language::text::tokens(text) {
            if !self.lengths.get(t.text.len()).copied().unwrap_or(true) {
                continue;
            }
            // ASCII is lowercased in a reused buffer; anything else as `str` does it.
            let lower = if t.text.is_ascii() {
                ascii.clear();
                ascii.push_str(t.text);
                ascii.make_ascii_lowercase();
                std::borrow::Cow::Borrowed(ascii.as_str())
            } else {
                std::borrow::Cow::Owned(t.text.to_lowercase())
            };
            // A word whose lowercase changes length is not counted.
            if lower.len() != t.text.len() {
                continue;
            }
            if let Some(&k) = self.asked.get(lower.as_ref())
                && !found.contains(&k)
            {
                found.push(k);
            }
        }
        found
    }
}

/// The places asked for, searched for as strings (ASCII letters in either case) and kept where
/// a match is a whole word: what [`WordLookup`] finds when every place is ASCII, without reading
/// every word (that was a sixth of reading figures on 1,000 generated articles).
struct PlaceSearch {
    /// The places that can be a lowercased word (ASCII, no capital, not empty).
    phrases: Phrases,
    /// Index among the places asked of each pattern.
    place_of: Vec<usize>,
}

impl PlaceSearch {
    /// None when a place is not all ASCII: a word of other letters may lowercase to it.
    fn new(places: &[&str]) -> Option<PlaceSearch> {
        if !places.iter().all(|p| p.is_ascii()) {
            return None;
        }
        // A place asked twice is found as its last (as a map from the places to their
        // indices finds it); a place with a capital is never a lowercased word, an empty one
        // never a word.
        let last: FxHashMap<&str, usize> =
            places.iter().enumerate().map(|(k, p)| (*p, k)).collect();
        let (place_of, patterns): (Vec<usize>, Vec<&str>) = last
            .into_iter()
            .filter(|(p, _)| !p.is_empty() && !p.bytes().any(|b| b.is_ascii_uppercase()))
            .map(|(p, k)| (k, p))
            .unzip();
        let phrases = Phrases::new(&patterns)?;
        Some(PlaceSearch { phrases, place_of })
    }

    /// The places (indices) that are a word of `text`, lowercased, each once.
    fn in_text(&self, text: &str) -> Vec<usize> {
        let mut found = Vec::new();
        for (pattern, start, end) in self.phrases.found_in(text) {
            let k = self.place_of[pattern];
            if !found.contains(&k) && is_word(text, start, end) {
                found.push(k);
            }
        }
        found
    }
}

/// Whether `text[start..end]` is one word of `text` as [`tokens`](crate::language::text::tokens)
/// splits it. Words never span whitespace, and a word starts after any whitespace: the
/// whitespace-free stretch around the match, split alone, splits as the whole text does.
fn is_word(text: &str, start: usize, end: usize) -> bool {
    // Inside a longer run of letters and digits ("to" in "protest"): most matches of a short
    // place, turned away without splitting anything.
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
        return false;
    }
    let from = text[..start].rfind(char::is_whitespace).map_or(0, |k| {
        k + text[k..].chars().next().map_or(1, char::len_utf8)
    });
    let to = text[end..]
        .find(char::is_whitespace)
        .map_or(text.len(), |k| end + k);
    crate::language::text::tokens(&text[from..to])
        .iter()
        .any(|t| from + t.start == start && from + t.end == end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_named_in_most_articles_is_the_setting_in_any_case() {
        let corpus = Corpus::from_texts(&[
            "Floods hit ALMATY on Monday. Twelve people died.",
            "In Almaty, rescuers searched the river.",
            "The government in Astana sent help.",
        ]);
        let words = ArticleWords::of(&corpus, &["almaty", "astana", "Almaty"], &mut |_| {});
        assert!(widespread(&words, "almaty"));
        // one article of three is no setting; a place asked for with capitals is never a word
        assert!(!widespread(&words, "astana"));
        assert!(!widespread(&words, "Almaty"));
    }

    #[test]
    fn a_place_of_several_words_is_named_where_all_its_words_are() {
        let corpus = Corpus::from_texts(&[
            "A train derailed in the Olt Valley on Sunday.",
            "Rescuers reached the valley of the Olt by night.",
            "The Olt river rose.",
        ]);
        let words = ArticleWords::of(&corpus, &["olt valley", "new york"], &mut |_| {});
        assert!(widespread(&words, "olt valley"));
        assert!(!widespread(&words, "new york"));
    }

    /// The places a search finds and those the words give, in any order.
    fn both(places: &[&str], text: &str) -> (Vec<usize>, Vec<usize>) {
        let mut searched = PlaceSearch::new(places)
            .expect("ASCII places")
            .in_text(text);
        let mut looked_up = WordLookup::new(places).in_text(text);
        searched.sort_unstable();
        looked_up.sort_unstable();
        (searched, looked_up)
    }

    #[test]
    fn a_place_is_found_only_as_a_whole_word() {
        let places = [
            "to",
            "al",
            "almaty",
            "kazakh",
            "kazakhstan",
            "an area",
            "u.s",
            "Almaty",
            "",
        ];
        let text = "Protests spread to ALMATY's centre, not to al-Farabi avenue or Kazakhstan; \
                    an area near U.S. posts. KAZAKH";
        let (searched, looked_up) = both(&places, text);
        assert_eq!(searched, looked_up);
        // "to", "kazakh" (the last word), "kazakhstan"; never "al" of "al-Farabi", nor
        // "almaty" of "ALMATY's", nor a place with a space or a capital
        assert_eq!(searched, vec![0, 3, 4]);
    }

    proptest::proptest! {
        #[test]
        fn searching_finds_what_reading_every_word_finds(
            text in "[a-cA-C1 .,'’\\-é\n]{0,60}",
            places in proptest::collection::vec("[a-cA-C1 .'-]{0,4}", 1..6),
        ) {
            let places: Vec<&str> = places.iter().map(String::as_str).collect();
            let (searched, looked_up) = both(&places, &text);
            proptest::prop_assert_eq!(searched, looked_up);
        }
    }
}
