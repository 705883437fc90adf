//! Qualifiers before a number ("at least", "about", "more than", "nearly", "up to" …) and the
//! interval each one lets the number stand for.

use serde::{Serialize, Serializer};

/// What a qualifier says about the number after it. Figures are compared by this type; its
/// label is the only text shown for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Qualifier {
    AtLeast,
    AtMost,
    MoreThan,
    LessThan,
    UpTo,
    AsManyAs,
    Nearly,
    About,
    Approximately,
    Around,
    Roughly,
    Some,
    Between,
}

impl Qualifier {
    /// A floor or a ceiling: the value lies on one side of the written number.
    pub fn is_bound(self) -> bool {
        matches!(
            self,
            Qualifier::AtLeast
                | Qualifier::AtMost
                | Qualifier::MoreThan
                | Qualifier::LessThan
                | Qualifier::UpTo
        )
    }

    /// The words every face shows: "at least", "about".
    pub fn label(self) -> &'static str {
        match self {
            Qualifier::AtLeast => "at least",
            Qualifier::AtMost => "at most",
            Qualifier::MoreThan => "more than",
            Qualifier::LessThan => "less than",
            Qualifier::UpTo => "up to",
            Qualifier::AsManyAs => "as many as",
            Qualifier::Nearly => "nearly",
            Qualifier::About => "about",
            Qualifier::Approximately => "approximately",
            Qualifier::Around => "around",
            Qualifier::Roughly => "roughly",
            Qualifier::Some => "some",
            Qualifier::Between => "between",
        }
    }
}

impl Serialize for Qualifier {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.label())
    }
}

use Qualifier as Q;

/// Qualifier phrases, longest first, each with what it says.
const PHRASES: &[(&[&str], Qualifier)] = &[
    (&["no", "fewer", "than"], Q::AtLeast),
    (&["no", "less", "than"], Q::AtLeast),
    (&["a", "minimum", "of"], Q::AtLeast),
    (&["no", "more", "than"], Q::AtMost),
    (&["a", "maximum", "of"], Q::AtMost),
    (&["in", "excess", "of"], Q::MoreThan),
    (&["upwards", "of"], Q::MoreThan),
    (&["at", "least"], Q::AtLeast),
    (&["at", "most"], Q::AtMost),
    (&["more", "than"], Q::MoreThan),
    (&["greater", "than"], Q::MoreThan),
    (&["fewer", "than"], Q::LessThan),
    (&["less", "than"], Q::LessThan),
    (&["up", "to"], Q::UpTo),
    (&["as", "many", "as"], Q::AsManyAs),
    (&["as", "much", "as"], Q::AsManyAs),
    (&["close", "to"], Q::Nearly),
    (&["just", "under"], Q::Nearly),
    (&["an", "estimated"], Q::About),
    (&["over"], Q::MoreThan),
    (&["passes"], Q::MoreThan),
    (&["passed"], Q::MoreThan),
    (&["exceeds"], Q::MoreThan),
    (&["exceeded"], Q::MoreThan),
    (&["tops"], Q::MoreThan),
    (&["topped"], Q::MoreThan),
    (&["surpassed"], Q::MoreThan),
    (&["above"], Q::MoreThan),
    (&["under"], Q::LessThan),
    (&["below"], Q::LessThan),
    (&["nearly"], Q::Nearly),
    (&["almost"], Q::Nearly),
    (&["about"], Q::About),
    (&["approximately"], Q::Approximately),
    (&["approx"], Q::Approximately),
    (&["around"], Q::Around),
    (&["roughly"], Q::Roughly),
    (&["some"], Q::Some),
    (&["estimated"], Q::About),
    (&["circa"], Q::About),
    (&["between"], Q::Between),
];

/// Finds a qualifier that ends right before word `at` of `words` (lowercase). Returns the index
/// of its first word and the qualifier.
pub fn before(words: &[&str], at: usize) -> Option<(usize, Qualifier)> {
    PHRASES.iter().find_map(|(phrase, name)| {
        let n = phrase.len();
        let start = at.checked_sub(n)?;
        (words[start..at] == **phrase).then_some((start, *name))
    })
}

/// The interval a qualified number allows. Approximations allow ±10%, so that "around 48,000"
/// and "nearly 50,000" agree while "about 4,000" and "some 5,200" do not; they widen the
/// number's size, so "about minus 20" is about as wide as "about 20". A ceiling stops at zero
/// unless the measure is `signed` (a temperature: "below 5 degrees" may be frost).
pub fn interval(qualifier: Option<Qualifier>, low: f64, high: f64, signed: bool) -> (f64, f64) {
    if high < 0.0 && is_approximation(qualifier) {
        let (l, h) = interval(qualifier, -high, -low, signed);
        return (-h, -l);
    }
    match qualifier {
        Some(Q::AtLeast) => (low, f64::INFINITY),
        // "more than a dozen" excludes twelve; "less than two days" is said loosely of two
        // days, so it stays inclusive
        Some(Q::MoreThan) => (low + low.abs().max(1.0) * 1e-6, f64::INFINITY),
        Some(Q::AtMost | Q::LessThan | Q::UpTo) if signed => (f64::NEG_INFINITY, high),
        Some(Q::AtMost | Q::LessThan | Q::UpTo) => (0.0, high),
        Some(Q::AsManyAs) => (low * 0.5, high),
        Some(Q::Nearly) => (low * 0.85, high),
        Some(Q::About | Q::Approximately | Q::Around | Q::Roughly | Q::Some) => {
            (low * 0.9, high * 1.1)
        }
        _ => (low, high),
    }
}

fn is_approximation(qualifier: Option<Qualifier>) -> bool {
    matches!(
        qualifier,
        Some(
            Q::AsManyAs
                | Q::Nearly
                | Q::About
                | Q::Approximately
                | Q::Around
                | Q::Roughly
                | Q::Some
        )
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(s: &str) -> Option<(usize, &'static str)> {
        let words: Vec<&str> = s.split(' ').collect();
        before(&words, words.len() - 1).map(|(at, q)| (at, q.label()))
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
            interval(Some(Q::AtLeast), 164.0, 164.0, false),
            (164.0, f64::INFINITY)
        );
        assert_eq!(interval(Some(Q::UpTo), 20.0, 20.0, false), (0.0, 20.0));
        // a temperature's ceiling has no floor, and "about minus 20" is about 20 below zero
        assert_eq!(
            interval(Some(Q::LessThan), 5.0, 5.0, true),
            (f64::NEG_INFINITY, 5.0)
        );
        assert_eq!(interval(Some(Q::About), -20.0, -20.0, true), (-22.0, -18.0));
        assert_eq!(interval(None, 40.0, 40.0, false), (40.0, 40.0));
        let (lo, hi) = interval(Some(Q::Approximately), 4404.0, 4404.0, false);
        assert!(lo > 2000.0 && lo < 4404.0 && hi > 4404.0);
        let (_, about_4000) = interval(Some(Q::About), 4000.0, 4000.0, false);
        let (some_5200, _) = interval(Some(Q::Some), 5200.0, 5200.0, false);
        assert!(about_4000 < some_5200, "a 30% gap is a disagreement");
        let (lo, hi) = interval(Some(Q::Nearly), 100.0, 100.0, false);
        assert!(lo < 90.0 && hi == 100.0);
    }
}
