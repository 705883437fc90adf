//! Finding a lowercase ASCII phrase in text, ignoring ASCII case, on the bytes (offsets stay
//! exact in UTF-8 text: no other byte matches an ASCII one).

/// Where `phrase` (lowercase ASCII) first starts in `text` ignoring ASCII case, looking only at
/// the first `starts` places: `text.windows(phrase.len()).take(starts).position(..)` with
/// `eq_ignore_ascii_case`. Only places whose first byte matches are compared in full (comparing
/// every window was a twentieth of reading the figures of 1,000 articles).
pub fn find_ignore_ascii_case(text: &[u8], phrase: &[u8], starts: usize) -> Option<usize> {
    let (&first, rest) = phrase.split_first()?;
    let last = text.len().checked_sub(phrase.len())?;
    let places = &text[..=last.min(starts.checked_sub(1)?)];
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), places)
        .find(|&at| text[at + 1..at + phrase.len()].eq_ignore_ascii_case(rest))
}

/// Several lowercase ASCII phrases searched for at once, ignoring ASCII case: what
/// [`find_ignore_ascii_case`] tells of each, in one pass over the text (searching phrase by
/// phrase was nearly half of marking the figures' scopes on 1,000 generated articles).
pub struct Phrases {
    searcher: aho_corasick::AhoCorasick,
    longest: usize,
}

impl Phrases {
    /// The phrases: lowercase ASCII, none empty. None only when they are too many to search
    /// for at once.
    pub fn new(phrases: &[&str]) -> Option<Phrases> {
        let searcher = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(phrases)
            .ok()?;
        let longest = phrases.iter().map(|p| p.len()).max().unwrap_or(0);
        Some(Phrases { searcher, longest })
    }

    /// Every place a phrase stands in `text`, overlapping ones too: the phrase's index and
    /// its byte span.
    pub fn found_in<'t>(
        &'t self,
        text: &'t str,
    ) -> impl Iterator<Item = (usize, usize, usize)> + 't {
        self.searcher
            .find_overlapping_iter(text)
            .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
    }

    /// Whether one of the phrases is in `text`.
    pub fn any_in(&self, text: &[u8]) -> bool {
        self.searcher.is_match(text)
    }

    /// Where the first phrase to end, of those starting in the first `starts` places of
    /// `text`, ends: the least `at + len` of [`find_ignore_ascii_case`] over the phrases.
    pub fn first_end(&self, text: &[u8], starts: usize) -> Option<usize> {
        // A phrase starting in the first `starts` places ends within this much of the text.
        let reach = text.len().min(starts.saturating_add(self.longest));
        self.searcher
            .find_overlapping_iter(&text[..reach])
            .filter(|m| m.start() < starts)
            .map(|m| m.end())
            .min()
    }
}

#[cfg(test)]
mod tests {
    use super::find_ignore_ascii_case;

    /// The search it replaces, window by window.
    fn naive(text: &[u8], phrase: &[u8], starts: usize) -> Option<usize> {
        text.windows(phrase.len())
            .take(starts)
            .position(|w| w.eq_ignore_ascii_case(phrase))
    }

    #[test]
    fn finds_what_comparing_every_window_finds() {
        let texts = [
            "Last year, 12 died; LAST YEAR 14.",
            "Zürich: last  year? last year",
            "las",
            "",
            "days after days earlier",
            "ÄLAST YEAR",
        ];
        for text in texts {
            for phrase in ["last year", "days earlier", "l", "this past "] {
                for starts in [0, 1, 3, 10, 1000] {
                    let (t, p) = (text.as_bytes(), phrase.as_bytes());
                    assert_eq!(
                        find_ignore_ascii_case(t, p, starts),
                        naive(t, p, starts),
                        "{text:?} {phrase:?} {starts}"
                    );
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn phrases_find_what_each_search_finds(
            text in "[aeyLl ,.Ä]{0,40}",
            phrases in proptest::collection::vec("[aeyl ]{1,5}", 1..5),
            starts in 0usize..50,
        ) {
            let set: Vec<&str> = phrases.iter().map(String::as_str).collect();
            let found = super::Phrases::new(&set).expect("a few phrases");
            let t = text.as_bytes();
            let each = set
                .iter()
                .filter_map(|p| find_ignore_ascii_case(t, p.as_bytes(), starts).map(|at| at + p.len()))
                .min();
            proptest::prop_assert_eq!(found.first_end(t, starts), each);
            let anywhere = set.iter().any(|p| find_ignore_ascii_case(t, p.as_bytes(), t.len()).is_some());
            proptest::prop_assert_eq!(found.any_in(t), anywhere);
        }
    }
}
