//! Whether a place a figure is given for is the story's setting: a place named by most
//! articles is where the whole story happens, not a narrower scope of its figures.

use crate::corpus::Corpus;
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
    /// articles it has read as it goes (a pass over every word: a second on 10,000 articles).
    pub fn of(
        corpus: &Corpus,
        places: &[&str],
        articles_read: &mut dyn FnMut(usize),
    ) -> ArticleWords {
        let asked: FxHashMap<&str, usize> =
            places.iter().enumerate().map(|(k, p)| (*p, k)).collect();
        // The lengths of the places asked for: a word of another length cannot be one of
        // them, and is neither lowercased nor looked up (most words of 1,000 articles).
        let may_be_asked = |len: usize| places.iter().any(|p| p.len() == len);
        let lengths: Vec<bool> = (0..=MAX_CHECKED_LEN).map(may_be_asked).collect();
        let length_asked = |len: usize| lengths.get(len).copied().unwrap_or(true);
        let per_article: Vec<Vec<usize>> = crate::parallel::counted(articles_read, |done| {
            crate::parallel::map(&corpus.articles, |a| {
                let mut found = Vec::new();
                let mut ascii = String::new();
                for t in crate::language::text::tokens(&a.text) {
                    if !length_asked(t.text.len()) {
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
                    // A word whose lowercase changes length is not counted (as before).
                    if lower.len() != t.text.len() {
                        continue;
                    }
                    if let Some(&k) = asked.get(lower.as_ref())
                        && !found.contains(&k)
                    {
                        found.push(k);
                    }
                }
                done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                found
            })
        });
        let mut counts = vec![0; places.len()];
        for k in per_article.into_iter().flatten() {
            counts[k] += 1;
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
}

/// A place named in most articles is the setting of the story, not a narrower scope.
pub fn widespread(words: &ArticleWords, place: &str) -> bool {
    let n = words.articles;
    n < 2 || words.with.get(place).copied().unwrap_or(0) * 2 > n
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
}
