//! Typed quantities: what a figure measures ([`QuantityKey`]) and what keeps it apart from the
//! main quantity ([`Scope`]). Figures are grouped and compared by these types, never by the
//! words shown to the user; every label a face shows for them comes from here.

use super::units::{self, Dimension};
use super::{Figure, FigureKind};
use serde::{Serialize, Serializer};

/// Why a figure is kept apart from the main quantity although it counts the same thing.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scope {
    /// A part of the whole: "a group of 70", "among them six", "another 20".
    Part,
    /// A value from before, given for contrast ("up from 41"), or a time offset ("ten years ago").
    Earlier,
    /// The size of a change, not a level ("raised by 1.5 percent").
    Change,
    /// A poll, a forecast or a possibility ("could cost up to €3 billion").
    Forecast,
    /// A rate ("several inches per hour", "30 tablets a day", "$5,000 for each family"):
    /// compared only with rates for the same period, or with other amounts for each one.
    Rate(Per),
    /// Another, earlier event set in a named year ("in December 2011 … killing 16").
    Year(i32),
    /// A place the figure is limited to ("killed in Almaty").
    Place(String),
    /// What someone asks for ("prosecutors sought 15 years"): compared only with other demands.
    Sought,
}

impl Scope {
    /// The words shown to the user: "part", "earlier", "in 2011", "in almaty".
    pub fn label(&self) -> String {
        match self {
            Scope::Part => "part".to_string(),
            Scope::Earlier => "earlier".to_string(),
            Scope::Change => "change".to_string(),
            Scope::Forecast => "forecast".to_string(),
            Scope::Rate(Per::Each) => "each".to_string(),
            Scope::Rate(Per::Period(p)) => format!("per {p}"),
            Scope::Year(y) => format!("in {y}"),
            Scope::Place(p) => format!("in {p}"),
            Scope::Sought => "sought".to_string(),
        }
    }
}

/// What a rate is counted for: a period of time, or each one of several things (a family, a
/// share, a game). Rates for different periods are never compared ("a weekly wage" against "a
/// yearly salary"); rates for each thing are, whatever the thing is called (news names the
/// same payout "per family", "to each victim's family" and "each").
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Per {
    Each,
    /// "hour", "day", "week", "month", "quarter" or "year".
    Period(&'static str),
}

impl Per {
    /// The rate a word after "per", "a" or "every", or a word of period names: "daily",
    /// "days" and "day" are one period; any other thing is each one of several.
    pub fn of_word(word: &str) -> Per {
        let period = match word {
            "hour" | "hours" | "hourly" | "hr" | "hrs" => "hour",
            "day" | "days" | "daily" | "night" | "nights" | "nightly" => "day",
            "week" | "weeks" | "weekly" => "week",
            "month" | "months" | "monthly" => "month",
            "quarter" | "quarters" | "quarterly" => "quarter",
            "year" | "years" | "yearly" | "annual" | "annually" | "annum" | "yr" => "year",
            _ => return Per::Each,
        };
        Per::Period(period)
    }
}

impl Serialize for Scope {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.label())
    }
}

/// Lengths of a person's or a snowfall's scale against those of a map's: "11 inches" of snow and
/// a front "1,500 miles" long are never one quantity (the snowstorm dev set mixed them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Reach {
    Short,
    Long,
}

/// What a measure is on: a dimension (durations compared in days, distances in km), or one
/// currency (money is never converted).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scale {
    Time,
    Length(Reach),
    Share,
    Mass,
    Area,
    Speed,
    Magnitude,
    Data,
    Points,
    Volume,
    Temperature,
    Currency(String),
}

/// What is counted or measured, typed: the grouping key of comparisons.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Measured {
    /// People or things an event happened to: ("killed", "people"), ("cancelled", "flights").
    Event { event: String, class: String },
    /// Things counted by a noun only, folded ("helicopter", "firefight").
    Noun(String),
    /// What contenders won, by noun ("seat"); whose it is is matched apart.
    Held(String),
    /// Whose age ("age of nazarbayev", folded).
    Age(String),
    /// A duration, distance, share or amount of money; what it belongs to is matched apart.
    Measure(Scale),
    /// A sum a donor gives; whose it is is matched apart.
    Given(Scale),
}

/// The typed quantity two figures must share to be compared: what is measured and its scope.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct QuantityKey {
    pub measured: Measured,
    pub scope: Option<Scope>,
}

impl QuantityKey {
    /// A stable text form for terms outside figures (alignment evidence); never shown.
    pub fn term(&self) -> String {
        format!("{self:?}")
    }
}

/// The scale a measure in `unit` is compared on.
pub fn scale_of(unit: &units::Unit) -> Scale {
    match unit.dimension {
        Dimension::Duration => Scale::Time,
        Dimension::Distance if unit.factor < 0.001 => Scale::Length(Reach::Short),
        Dimension::Distance => Scale::Length(Reach::Long),
        // percentage points and their hundredths, basis points: a difference of rates, not a
        // ratio ("up 5%" of a price is no "up 5 points" of a rate)
        Dimension::Share if matches!(unit.name, "points" | "basis points") => Scale::Points,
        Dimension::Share => Scale::Share,
        Dimension::Money => Scale::Currency(unit.name.to_string()),
        Dimension::Mass => Scale::Mass,
        Dimension::Area => Scale::Area,
        Dimension::Speed => Scale::Speed,
        Dimension::Scale => Scale::Magnitude,
        Dimension::Data => Scale::Data,
        Dimension::Volume => Scale::Volume,
        Dimension::Temperature => Scale::Temperature,
    }
}

/// A quantity as every face names it: what is counted (in the tool's words), its kind, unit and
/// scope. Comparisons and the rows faces show share it, and it writes their label.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    /// What is counted or measured: "killed", "arrested/detained", "price cap".
    pub counts: String,
    /// Counts, durations, distances, shares, money or ages.
    pub kind: FigureKind,
    pub unit: Option<String>,
    /// Set when the quantity is about another time, place or part ("in 2011"): shown apart.
    pub scope: Option<Scope>,
}

impl Quantity {
    /// The unit worth showing beside the quantity: not when it repeats it ("helicopters").
    pub fn shown_unit(&self) -> Option<&str> {
        self.unit.as_deref().filter(|u| !repeats(&self.counts, u))
    }

    /// What the quantity is about, as shown: its `counts` words, the unit when it says more
    /// than they do ("killed (people)" is not repeated, "cap (days)" is) and the scope after
    /// them: "killed (police) [in 2011]".
    pub fn label(&self) -> String {
        let mut out = self.counts.clone();
        if let Some(u) = self.shown_unit() {
            out.push_str(&format!(" ({u})"));
        }
        if let Some(s) = &self.scope {
            out.push_str(&format!(" [{}]", s.label()));
        }
        out
    }
}

/// A unit that only repeats the quantity's words ("helicopters" counted in "helicopters").
pub fn repeats(counts: &str, unit: &str) -> bool {
    counts == unit || counts.split(['/', ' ']).any(|w| w == unit)
}

/// A figure's kind says whether it is ever compared (counts and measures only).
pub fn comparable(f: &Figure) -> bool {
    matches!(
        f.what.kind,
        FigureKind::Count
            | FigureKind::Age
            | FigureKind::Duration
            | FigureKind::Distance
            | FigureKind::Share
            | FigureKind::Money
            | FigureKind::Other
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inches_and_miles_are_not_one_scale_but_km_and_miles_are() {
        let scale = |w: &str| units::unit_word(w).map(|u| scale_of(&u));
        assert_ne!(scale("inches"), scale("miles"));
        assert_eq!(scale("km"), scale("miles"));
        assert_eq!(scale("feet"), scale("inches"));
        assert_eq!(scale("days"), scale("months"));
        assert_ne!(scale("dollars"), scale("euros"));
    }

    fn quantity(counts: &str, unit: &str, scope: Option<Scope>) -> Quantity {
        Quantity {
            counts: counts.to_string(),
            kind: FigureKind::Count,
            unit: Some(unit.to_string()),
            scope,
        }
    }

    #[test]
    fn labels_come_from_the_types() {
        assert_eq!(Scope::Year(2011).label(), "in 2011");
        assert_eq!(Scope::Place("almaty".into()).label(), "in almaty");
        let earlier = quantity("killed", "police", Some(Scope::Earlier));
        assert_eq!(earlier.label(), "killed (police) [earlier]");
    }

    #[test]
    fn a_unit_that_repeats_the_quantity_is_not_shown() {
        let helicopters = quantity("helicopters", "helicopters", None);
        assert_eq!(helicopters.shown_unit(), None);
        assert_eq!(helicopters.label(), "helicopters");
        assert_eq!(
            quantity("killed", "people", None).shown_unit(),
            Some("people")
        );
        assert_eq!(
            quantity("arrested/detained", "detained", None).label(),
            "arrested/detained"
        );
    }
}
