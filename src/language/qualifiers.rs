//! Qualifiers before a number ("at least", "about", "more than", "nearly", "up to" …) and the
//! interval each one lets the number stand for.

/// Qualifier phrases, longest first, each with the name it is reported under.
const PHRASES: &[(&[&str], &str)] = &[
    (&["no", "fewer", "than"], "at least"),
    (&["no", "less", "than"], "at least"),
    (&["a", "minimum", "of"], "at least"),
    (&["no", "more", "than"], "at most"),
    (&["a", "maximum", "of"], "at most"),
    (&["in", "excess", "of"], "more than"),
    (&["upwards", "of"], "more than"),
    (&["at", "least"], "at least"),
    (&["at", "most"], "at most"),
    (&["more", "than"], "more than"),
    (&["greater", "than"], "more than"),
    (&["fewer", "than"], "less than"),
    (&["less", "than"], "less than"),
    (&["up", "to"], "up to"),
    (&["as", "many", "as"], "as many as"),
    (&["as", "much", "as"], "as many as"),
    (&["close", "to"], "nearly"),
    (&["just", "under"], "nearly"),
    (&["an", "estimated"], "about"),
    (&["over"], "more than"),
    (&["passes"], "more than"),
    (&["passed"], "more than"),
    (&["exceeds"], "more than"),
    (&["exceeded"], "more than"),
    (&["tops"], "more than"),
    (&["topped"], "more than"),
    (&["surpassed"], "more than"),
    (&["above"], "more than"),
    (&["under"], "less than"),
    (&["below"], "less than"),
    (&["nearly"], "nearly"),
    (&["almost"], "nearly"),
    (&["about"], "about"),
    (&["approximately"], "approximately"),
    (&["approx"], "approximately"),
    (&["around"], "around"),
    (&["roughly"], "roughly"),
    (&["some"], "some"),
    (&["estimated"], "about"),
    (&["circa"], "about"),
    (&["between"], "between"),
];

/// Finds a qualifier that ends right before word `at` of `words` (lowercase). Returns the index
/// of its first word and its name.
pub fn before(words: &[&str], at: usize) -> Option<(usize, &'static str)> {
    PHRASES.iter().find_map(|(phrase, name)| {
        let n = phrase.len();
        let start = at.checked_sub(n)?;
        (words[start..at] == **phrase).then_some((start, *name))
    })
}

/// The interval a qualified number allows. Approximations allow ±10%, so that "around 48,000"
/// and "nearly 50,000" agree while "about 4,000" and "some 5,200" do not.
pub fn interval(qualifier: Option<&str>, low: f64, high: f64) -> (f64, f64) {
    match qualifier {
        Some("at least") => (low, f64::INFINITY),
        // "more than a dozen" excludes twelve; "less than two days" is said loosely of two
        // days, so it stays inclusive
        Some("more than") => (low + low.abs().max(1.0) * 1e-6, f64::INFINITY),
        Some("at most" | "less than" | "up to") => (0.0, high),
        Some("as many as") => (low * 0.5, high),
        Some("nearly") => (low * 0.85, high),
        Some("about" | "approximately" | "around" | "roughly" | "some") => (low * 0.9, high * 1.1),
        _ => (low, high),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(s: &str) -> Option<(usize, &'static str)> {
        let words: Vec<&str> = s.split(' ').collect();
        before(&words, words.len() - 1)
    }

    #[test]
    fn finds_multiword_qualifiers() {
        assert_eq!(find("killing at least 164"), Some((1, "at least")));
        assert_eq!(find("killing a minimum of 16"), Some((1, "at least")));
        assert_eq!(find("more than 160"), Some((0, "more than")));
        assert_eq!(find("no fewer than 9"), Some((0, "at least")));
        assert_eq!(find("least 164"), None);
    }

    #[test]
    fn finds_single_word_qualifiers() {
        for q in ["about", "nearly", "some", "roughly", "around", "almost"] {
            assert!(find(&format!("{q} 12")).is_some(), "{q}");
        }
        assert_eq!(find("approximately 4,404"), Some((0, "approximately")));
        assert_eq!(find("killed 12"), None);
    }

    #[test]
    fn intervals_follow_the_qualifier() {
        assert_eq!(
            interval(Some("at least"), 164.0, 164.0),
            (164.0, f64::INFINITY)
        );
        assert_eq!(interval(Some("up to"), 20.0, 20.0), (0.0, 20.0));
        assert_eq!(interval(None, 40.0, 40.0), (40.0, 40.0));
        let (lo, hi) = interval(Some("approximately"), 4404.0, 4404.0);
        assert!(lo > 2000.0 && lo < 4404.0 && hi > 4404.0);
        let (_, about_4000) = interval(Some("about"), 4000.0, 4000.0);
        let (some_5200, _) = interval(Some("some"), 5200.0, 5200.0);
        assert!(about_4000 < some_5200, "a 30% gap is a disagreement");
        let (lo, hi) = interval(Some("nearly"), 100.0, 100.0);
        assert!(lo < 90.0 && hi == 100.0);
    }
}
