//! What limits a figure to less than the whole quantity: a part ("a group of 70", "380 of
//! them", "Of the dead, 30 …"), an earlier value given for contrast ("up from 41"), a place
//! ("killed in Syria", "in the capital").

use super::FigureKind;
use super::attribution::is_determiner;
use super::extract::Found;
use super::quantity::Per;
use super::roles::{Context, is_past_verb, restates};
use super::words::{breaks_phrase, gap_before, is_time_word, is_weekday, month};
use crate::language::vocabulary::class_of;

/// "a group of about 70", "380 of them": a part, not a total; "a further 80",
/// "another 20": an increment, not a total.
pub fn is_partial(cx: &Context, f: &Found) -> bool {
    let s = f.words.start;
    let group = s >= 2
        && cx.lower(s - 1) == "of"
        && matches!(
            cx.lower(s - 2),
            "group" | "band" | "team" | "unit" | "convoy"
        );
    let e = f.words.end;
    // "another 20", "two other people": an increment, not a total ("hundreds more were
    // injured" is not: it counts other people, by its own event)
    let increment = (s >= 1 && matches!(cx.lower(s - 1), "further" | "another" | "additional"))
        || cx.lower(e) == "other"
        || cause_of_a_rise(cx, s)
        || besides_someone(cx, s);
    // "43 were wounded, among them six …", "including 12 children"
    let subset = (s >= 1 && cx.lower(s - 1) == "including")
        || (s >= 2
            && cx.lower(s - 2) == "among"
            && matches!(cx.lower(s - 1), "them" | "whom" | "which" | "those"));
    // "12 of them", "14 of the victims", "9 of the dead": a part of the people named (a
    // number after "the" is a whole of its own, read below)
    let of_them = cx.lower(e) == "of"
        && (matches!(cx.lower(e + 1), "them" | "whom" | "those")
            || (f.kind == FigureKind::Count
                && cx.lower(e + 1) == "the"
                && (class_of(cx.lower(e + 2)).is_some() || cx.event_at(e + 2).is_some())));
    let alone = (1..cx.words.len()).any(|k| cx.lower(k) == "alone" && restricts(cx, k - 1));
    // "Of the dead, 30 were children", "Among the injured were 12 …"
    // (but not "Of the five republics that …, Kazakhstan is the largest": the figure opens it)
    let subset_opening = matches!(
        (cx.lower(0), cx.lower(1)),
        ("of" | "among", "the" | "those")
    ) && (2..=s).any(|k| cx.breaks_before(k))
        && !whole_event_of_a_population(cx, f);
    // "half of the 3,000 residents", "most of the 200 workers"
    let fraction = s >= 3
        && cx.lower(s - 1) == "the"
        && cx.lower(s - 2) == "of"
        && matches!(
            cx.lower(s - 3),
            "half"
                | "third"
                | "thirds"
                | "quarter"
                | "quarters"
                | "most"
                | "majority"
                | "many"
                | "some"
        );
    group
        || increment
        || named_died(cx, f)
        || recovered(cx, f)
        || subset
        || of_them
        || alone
        || subset_opening
        || fraction
        || whole_after(cx, f).is_some()
}

/// "Two survivors died in hospital", "three injured passengers later died": deaths among
/// those already counted by another event add to a toll, they are not the toll.
fn named_died(cx: &Context, f: &Found) -> bool {
    let e = f.words.end;
    let named = cx.event_at(e).is_some_and(|(event, _)| event != "killed");
    named
        && (e + 1..(e + 4).min(cx.words.len()))
            .take_while(|&k| !cx.breaks_before(k) && !cx.in_figure(k))
            .any(|k| cx.event_at(k).is_some_and(|(event, _)| event == "killed"))
}

/// "Of the 132 people aboard, 69 survived", "Of the 500 residents, 200 were evacuated": after
/// an opening that counts a population (no event of its own but being aboard), a figure with
/// its own event right after it is that event's whole count, not a part of anything another
/// source counts (a crash trio written for this never set the 69 against "71 survived").
fn whole_event_of_a_population(cx: &Context, f: &Found) -> bool {
    let s = f.words.start;
    // the opening is the words up to its comma, read no further than an opening runs ("Of
    // the 132 passengers and crew aboard the plane,"), so a long sentence stays linear
    let opening = (2..s.min(2 + MOST_OPENING_WORDS)).take_while(|&k| !cx.breaks_before(k));
    let mut opening_counts = false;
    let mut opening_event = false;
    for k in opening {
        opening_counts |= cx.words[k].is_digits()
            || crate::language::numwords::small_number(cx.lower(k)).is_some();
        opening_event |= cx.event_at(k).is_some_and(|(e, _)| e != "on board");
    }
    let e = f.words.end;
    let own = if matches!(cx.lower(e), "were" | "was" | "had" | "have") {
        e + 1
    } else {
        e
    };
    opening_counts && !opening_event && cx.event_at(own).is_some()
}

/// Most words of an opening that names a population before its comma.
const MOST_OPENING_WORDS: usize = 10;

/// "Crews had skimmed about 9,000 gallons of oil", "police recovered $2 million": what was
/// got back of a spill or a theft is a part of it, never the size of the whole (an oil-spill
/// trio written for this set the oil skimmed against the oil spilled as a conflict). Not a
/// count: "recovered 12 bodies" is a toll.
fn recovered(cx: &Context, f: &Found) -> bool {
    f.kind != FigureKind::Count
        && f.words.start > 0
        && !cx.breaks_before(f.words.start)
        && matches!(
            cx.lower(f.words.start - 1),
            "recovered"
                | "skimmed"
                | "collected"
                | "removed"
                | "retrieved"
                | "salvaged"
                | "siphoned"
                | "pumped"
                | "mopped"
                | "returned"
                | "repaid"
                | "refunded"
        )
}

/// "securing 163 of the 300 seats", "12 of its 40 members": the count of a whole, given right
/// after a count, that the count is a part of (a share of a whole is a share, not a part).
pub fn whole_after<'c>(cx: &'c Context, f: &Found) -> Option<&'c Found> {
    let e = f.words.end;
    if f.kind != FigureKind::Count || cx.lower(e) != "of" {
        return None;
    }
    let start = e + 1 + usize::from(is_determiner(cx.lower(e + 1)));
    cx.figures
        .iter()
        .find(|g| g.words.start == start && g.kind == FigureKind::Count)
}

/// "Together with him, two others were detained", "Along with the minister, police held two
/// aides": a count given beside someone named before it counts the others only. Only a count
/// that is the clause's subject or object: one after a preposition is told for itself ("Along
/// with road closures, the gale cut power to 300,000 homes"); "by" names an agent,
/// who may be the others ("joined by two aides").
fn besides_someone(cx: &Context, s: usize) -> bool {
    let after_preposition = s >= 1
        && matches!(
            cx.lower(s - 1),
            "to" | "for" | "from" | "at" | "on" | "in" | "into" | "across" | "over" | "of"
        );
    !after_preposition
        && (1..s).any(|k| {
            matches!(
                (cx.lower(k - 1), cx.lower(k)),
                ("together" | "along", "with") | ("in", "addition") | ("alongside", _)
            ) && !(k..s).any(|j| cx.lower(j) == "and" && cx.breaks_before(j))
        })
}

/// "the toll has risen to nine, after two injured passengers died": the figure explains the
/// rise of a total given before it, so it is the increment.
fn cause_of_a_rise(cx: &Context, s: usize) -> bool {
    s >= 1
        && cx.lower(s - 1) == "after"
        && (1..s).any(|k| {
            cx.lower(k) == "to"
                && matches!(
                    cx.lower(k - 1),
                    "risen" | "rose" | "rises" | "climbed" | "increased" | "grown" | "jumped"
                )
        })
}

/// "rose from 41 to 52", "compared with 30", "$4.1 billion a year earlier": a value from
/// before, given for contrast with the current one.
pub fn is_earlier_value(cx: &Context, f: &Found) -> bool {
    let s = f.words.start;
    let contrast = (follows_from(cx, s) && !from_a_source(cx, f)) || follows_comparison(cx, s);
    // "fell 4 percent to $2.3 billion from a year earlier": a period after a word of
    // comparison dates the baseline, which is not given; the figure is the new level (the
    // MSRP news sentences read such levels as earlier values).
    let after: Vec<&str> = (f.words.end..f.words.end + 4)
        .map(|k| cx.lower(k))
        .take_while(|w| !matches!(*w, "from" | "than" | "compared" | "versus" | "vs" | "over"))
        .collect();
    let period = |w: &str| matches!(w, "year" | "month" | "week" | "quarter" | "day");
    let dated = after.windows(2).any(|w| {
        (period(w[0]) && matches!(w[1], "earlier" | "ago" | "before"))
            || (matches!(w[0], "last" | "previous") && period(w[1]))
    });
    contrast || dated
}

/// "from 30", "from a revised 30", "from an upwardly revised 6.7 percent": the value a change
/// started from (the words that say the earlier value was revised are passed over; the MSRP
/// news sentences compared "down from a revised 6.7 percent" as a current rate).
/// "In Nigeria alone", "this year alone", "for those who had surgery alone": "alone" after a
/// name, a place, a time or a thing narrows what the sentence counts to it, so its figures are
/// a part. After a verb it says how something is done, and narrows nothing: "short of the 126
/// seats needed to govern alone", "he acted alone", "were left alone" (an election trio
/// written for this read every seat count beside "govern alone" as a part; the MSRP news
/// sentences hold both uses). A verb here: a past form, a form of "be" or "left", or a word
/// after "to" or a modal.
fn restricts(cx: &Context, k: usize) -> bool {
    let word = cx.lower(k);
    let before = if k > 0 { cx.lower(k - 1) } else { "" };
    let verb = is_past_verb(&cx.words[k])
        || super::measures::is_form_of_be(word)
        || word == "left"
        || matches!(
            before,
            "to" | "will" | "would" | "can" | "could" | "must" | "may" | "might" | "should"
        );
    !verb
}

/// An article alone is not passed over: "ballots from the 2,500 voters", "came from a $2
/// million grant" name a source, not a value before.
fn follows_from(cx: &Context, start: usize) -> bool {
    let before = |n: usize| start.checked_sub(n).map_or("", |k| cx.lower(k));
    let mut k = 1;
    if before(k) == "revised" {
        k += 1;
        if matches!(before(k), "upwardly" | "downwardly") {
            k += 1;
        }
        if matches!(before(k), "a" | "an" | "the") {
            k += 1;
        }
    }
    // "up from its first estimate of 5,000", "from an initial 40": a count given before
    // is the value a change started from (an outage trio written for this read the first
    // estimate as a count of today's)
    let estimate = before(k) == "of" && is_estimate_noun(before(k + 1));
    if estimate {
        k += 2;
    }
    // "first" only of an estimate: "data from the first 40 patients" names a source
    if is_earlier_adjective(before(k)) && (estimate || before(k) != "first") {
        k += 1;
    }
    if matches!(
        before(k),
        "a" | "an" | "the" | "its" | "their" | "his" | "her"
    ) && k > 1
    {
        k += 1;
    }
    before(k) == "from"
}

/// Nouns for a value given out as a count or an estimate: "its first estimate of 5,000".
fn is_estimate_noun(word: &str) -> bool {
    matches!(
        word,
        "estimate" | "estimates" | "figure" | "count" | "tally" | "toll" | "forecast" | "reading"
    )
}

/// Adjectives that date a value as given before: "an initial 40", "its first estimate".
fn is_earlier_adjective(word: &str) -> bool {
    matches!(
        word,
        "initial" | "first" | "earlier" | "previous" | "original" | "preliminary" | "prior"
    )
}

/// "came from 35 countries", "157 dead from 35 nations", "delegates from 190 countries": a
/// count with its noun after "from", in a clause that does not move and with no "to" after,
/// names where people or things come from, not the value a change started from ("rose from
/// 41 to 52", "up from 30 cases", "to 40 from 35"). A plane-crash trio written for this set
/// the 35 nations of the victims apart as a value from before.
fn from_a_source(cx: &Context, f: &Found) -> bool {
    let e = f.words.end;
    let counted = f.kind == FigureKind::Count && f.unit.is_none() && cx.is_noun(e, e, false);
    let mut clause_start = f.words.start;
    while clause_start > 0 && !cx.breaks_before(clause_start) {
        clause_start -= 1;
    }
    let moves =
        (clause_start..f.words.start).any(|k| is_movement_word(cx.lower(k)) || cx.lower(k) == "to");
    let to_after = (e..e + 3).any(|k| cx.lower(k) == "to");
    counted && !moves && !to_after
}

/// "compared with 30", "compared to 30", "versus 30", "vs 30".
pub(super) fn follows_comparison(cx: &Context, start: usize) -> bool {
    let before = |n: usize| start.checked_sub(n).map_or("", |k| cx.lower(k));
    matches!(before(1), "versus" | "vs")
        || (before(2) == "compared" && matches!(before(1), "with" | "to"))
}

/// "several inches per hour", "30 tablets a day", "twice a week": a rate, never compared with
/// an amount ("11 inches of snow"), and what it is counted for.
pub fn rate(cx: &Context, f: &Found) -> Option<Per> {
    let e = f.words.end;
    let mut k = e;
    // "30 tablets a day": the counted noun comes first
    while k < e + 2 && cx.is_noun(k, e, true) && !matches!(cx.lower(k), "a" | "an") {
        k += 1;
    }
    let each = matches!(cx.lower(k), "a" | "an" | "each" | "every");
    if cx.lower(e) == "per" {
        return Some(Per::of_word(cx.lower(e + 1)));
    }
    if cx.lower(e) == "annually" {
        return Some(Per::of_word("annually"));
    }
    if let Some(per) = named_per_period(cx, f).or_else(|| of_each_one(cx, f)) {
        return Some(per);
    }
    if each
        && super::units::unit_word(cx.lower(k + 1))
            .is_some_and(|u| u.dimension == super::units::Dimension::Duration)
    {
        return Some(Per::of_word(cx.lower(k + 1)));
    }
    (matches!(cx.lower(e), "a" | "an")
        && f.kind == FigureKind::Money
        && gap_before(cx.text, cx.words, e, cx.floor).trim().is_empty()
        && priced_thing(cx, e + 1))
    .then(|| Per::of_word(cx.lower(e + 1)))
}

/// "a weekly wage of $90,000", "annual sales of $2 billion", "daily output of 500,000
/// barrels": an amount named by a noun that a word of period qualifies is so much in each
/// period, a rate. The MSRP news sentences compared a weekly wage with a yearly one as one
/// salary; business and economic news names amounts so whatever the subject.
fn named_per_period(cx: &Context, f: &Found) -> Option<Per> {
    let s = f.words.start;
    let before = |n: usize| s.checked_sub(n).map_or("", |k| cx.lower(k));
    let named = |n: usize| {
        // the noun phrase runs unbroken from the period word to "of"
        (s - n + 1..s).all(|k| !breaks_phrase(gap_before(cx.text, cx.words, k, cx.floor)))
    };
    if before(1) != "of" {
        return None;
    }
    (2..=4)
        .find(|&n| n <= s && is_period_word(before(n)) && named(n))
        .map(|n| Per::of_word(before(n)))
}

/// "Each boy weighed less than 50 pounds", "families will receive 100,000 taka each", "$5,000
/// to the family of each victim", "tickets cost $40 apiece": a figure said of each one of
/// several is so much for each, never compared with the total of all ("weighed 136 pounds
/// combined"; the MSRP news sentences compared the two). "Each" or "every" in the figure's
/// clause before it (unless the figure is the whole it picks from: "each of the 12 victims"),
/// or, for a sum or a measure, after it ("10 soldiers each carrying a rifle" still counts
/// soldiers).
fn of_each_one(cx: &Context, f: &Found) -> Option<Per> {
    let s = f.words.start;
    // "Every year, about 900 people drown": a period opening the sentence is its figures'
    if s >= 2 && is_each(cx, 0) && matches!(Per::of_word(cx.lower(1)), Per::Period(_)) {
        return Some(Per::of_word(cx.lower(1)));
    }
    let mut k = s;
    while k > 0 && s - k < 10 && !cx.breaks_before(k) {
        k -= 1;
        if is_each(cx, k) {
            // "each of the 12", "every one of the 300"
            let of = k + 1 + usize::from(cx.lower(k + 1) == "one");
            let picks_from_figure = cx.lower(of) == "of"
                && (of + 1..s).all(|j| matches!(cx.lower(j), "the" | "these" | "those"));
            // "each victim" is each one; "every day 40 …" so many a day
            return (!picks_from_figure).then(|| Per::of_word(cx.lower(k + 1)));
        }
    }
    if f.kind == FigureKind::Count {
        return None;
    }
    // past the same sum in another unit in brackets: "200,000 taka ($2,300) to each family"
    let end = cx
        .figures
        .iter()
        .find(|g| restates(cx, f, g))
        .map_or(f.words.end, |g| g.words.end);
    (end..end + 10)
        .take_while(|&k| k == end || !cx.breaks_before(k))
        .find(|&k| cx.lower(k) == "apiece" || is_each(cx, k))
        .map(|k| Per::of_word(cx.lower(k + 1)))
}

/// "each" or "every" saying "for each one", not "each other".
fn is_each(cx: &Context, k: usize) -> bool {
    matches!(cx.lower(k), "each" | "every") && cx.lower(k + 1) != "other"
}

/// Words that say "in each period": "daily", "annual", "weekly" ….
fn is_period_word(word: &str) -> bool {
    matches!(
        word,
        "hourly" | "daily" | "nightly" | "weekly" | "monthly" | "quarterly" | "yearly" | "annual"
    )
}

/// "$1.14 a share", "$4 a gallon", "$90,000 a match": a sum right before "a" and a noun is a
/// price of each, never compared with a total ("$310 million"). Found in the MSRP news
/// sentences, where a loss per share was compared with the loss.
fn priced_thing(cx: &Context, k: usize) -> bool {
    let word = cx.lower(k);
    !word.is_empty()
        && word.chars().all(char::is_alphabetic)
        && gap_before(cx.text, cx.words, k, cx.floor).trim().is_empty()
        && !is_determiner(word)
        && !crate::language::text::is_stopword(word)
}

/// "raised its rate by 1.5 percent", "prices fell by 3%": the size of a change, which is never
/// compared with a level ("to 23.5 percent").
pub fn is_change_amount(cx: &Context, f: &Found) -> bool {
    let s = f.words.start;
    let before = |n: usize| s.checked_sub(n).map_or("", |k| cx.lower(k));
    before(1) == "by" && (2..=6).any(|n| is_change_verb(before(n)))
        || departs_from_norm(cx, f)
        || falls_short(cx, f)
        || ends_to_a_side(cx, f)
        || moved_by(cx, f)
        || names_a_move(cx, f).is_some()
}

/// "posted a 35% jump in revenue", "a $2 billion drop in sales", "a 0.25 percent cut in
/// rates": a sum or share before a noun of movement is the size of a move of what follows
/// "in" or "of", as "revenue jumped 35%" is. Returns where that noun phrase starts.
/// Business and economic news writes moves both ways (a results pair written for this read
/// the jump as of the verb before it).
pub(super) fn names_a_move(cx: &Context, f: &Found) -> Option<usize> {
    if !matches!(f.kind, FigureKind::Money | FigureKind::Share) {
        return None;
    }
    let noun = f.words.end;
    let word = cx.lower(noun);
    let moves = is_movement_word(word) && !matches!(word, "up" | "down")
        || matches!(
            word,
            "cut" | "cuts" | "hike" | "hikes" | "reduction" | "boost"
        );
    let opened = f
        .words
        .start
        .checked_sub(1)
        .is_some_and(|k| matches!(cx.lower(k), "a" | "an" | "the"));
    // "a 3 percent rise in 2012" places the move in time; it names nothing that moved
    let what = noun + 2;
    let names_thing = what < cx.words.len() && !cx.in_figure(what) && !is_time_word(cx.lower(what));
    (moves
        && opened
        && names_thing
        && matches!(cx.lower(noun + 1), "in" | "of")
        && !cx.breaks_before(noun))
    .then_some(what)
}

/// "shares rose $1.90 to $31.90", "were down $0.75, or 12%, to $5.50", "the index slid about
/// 0.6%": a sum or a share right after a verb of movement is how far a price, rate or index
/// moved, not where it stands. Business and economic news writes every move so; in the MSRP
/// news sentences a share's fall was compared with its closing price as one price. The
/// restatement after ", or" is the same move. Counts are left out: "cut 200 jobs" counts the
/// jobs cut.
fn moved_by(cx: &Context, f: &Found) -> bool {
    if !matches!(f.kind, FigureKind::Money | FigureKind::Share) {
        return false;
    }
    let Some(before) = f.words.start.checked_sub(1) else {
        return false;
    };
    if cx.lower(before) == "or" && gap_before(cx.text, cx.words, before, cx.floor).contains(',') {
        return cx
            .figures
            .iter()
            .find(|p| p.words.end == before)
            .is_some_and(|p| moved_by(cx, p));
    }
    let word = cx.lower(before);
    is_movement_word(word) || f.kind == FigureKind::Share && is_share_move(word)
}

/// A share "lost 1.5 percent", "shed 2%", "added 0.4%" of its value: a move; a sum lost or
/// added is as often a loss or a sum paid in, so these are moves of shares only.
pub(super) fn is_share_move(word: &str) -> bool {
    matches!(
        word,
        "lost"
            | "lose"
            | "loses"
            | "losing"
            | "shed"
            | "sheds"
            | "shedding"
            | "added"
            | "adds"
            | "adding"
    )
}

/// The words news uses for a price, rate or index moving, directly before the size of the move.
/// Not `is_change_verb`: its "cut", "raised" and "boosted" take what is changed as their
/// object ("raised $5 million" is a sum raised), and it needs a "by" to read a size.
pub(super) fn is_movement_word(word: &str) -> bool {
    const STEMS: &[&str] = &[
        "rose", "rise", "fell", "fall", "jump", "climb", "drop", "declin", "slid", "slip", "plung",
        "plummet", "soar", "surg", "tumbl", "sank", "sink", "edg", "gain", "increas", "decreas",
        "grew", "grow", "dipp", "slump",
    ];
    // "lost $80 million" and "added $5 billion" are as often a loss or a sum as a move
    matches!(word, "up" | "down") || STEMS.iter().any(|p| word.starts_with(p)) || slows(word)
}

/// "Inflation slowed to 4.1 percent", "eased to 4.1%", "accelerated to 3 percent": the verbs
/// by which prices and rates move, each form whole ("eas" would take "eastern"; a rates trio
/// written for this read the verbs as what the rate was of).
fn slows(word: &str) -> bool {
    matches!(
        word,
        "slowed"
            | "slowing"
            | "slows"
            | "eased"
            | "easing"
            | "eases"
            | "accelerated"
            | "accelerating"
            | "accelerates"
            | "cooled"
            | "cooling"
            | "cools"
            | "rising"
            | "quickened"
            | "moderated"
    )
}

/// "The shares closed 7 per cent lower", "traded 2% higher", "prices 3 percent up on the
/// year": a share or sum before the side it moved to is the size of the move, as "fell 7 per
/// cent" is (a results trio written for this set a closing fall against a level). Market news
/// writes the side after the figure as often as the verb before it, and health news a risk so
/// ("a 30 per cent higher risk", "a 30 per cent greater risk": MSRP). "a 10 percent down
/// payment" is a share of a price.
fn ends_to_a_side(cx: &Context, f: &Found) -> bool {
    let side = cx.lower(f.words.end);
    matches!(f.kind, FigureKind::Share | FigureKind::Money)
        && !cx.breaks_before(f.words.end)
        && (matches!(
            side,
            "higher" | "lower" | "greater" | "smaller" | "bigger" | "larger"
        ) || matches!(side, "up" | "down") && !cx.lower(f.words.end + 1).starts_with("payment"))
}

/// "fell 14 seats short of a majority", "two votes shy of the 60 needed", "$3m short of its
/// goal": a gap to a mark, not what anyone holds (an election trio written for this agreed a
/// party's shortfall with another party's 14 seats). Election, budget and sports news measure
/// what is missing so; the noun counted may stand between the figure and "short". A distance
/// "7 kilometres short of" a port says where something is, as "from" would (our ferry set).
fn falls_short(cx: &Context, f: &Found) -> bool {
    f.kind != FigureKind::Distance
        && (f.words.end..f.words.end + 3)
            .take_while(|&k| !cx.in_figure(k) && !cx.breaks_before(k))
            .any(|k| matches!(cx.lower(k), "short" | "shy") && cx.lower(k + 1) == "of")
}

/// "10 degrees above normal", "rainfall 30% below average", "5C warmer than usual", "2 degrees
/// above freezing": a distance from a norm, not a level, so never compared with one ("highs of
/// 25 degrees"). General: weather and economic news state anomalies this way; a real snowstorm
/// cluster of ../shared/dev-sets listed "40 degrees below normal" among temperatures.
fn departs_from_norm(cx: &Context, f: &Found) -> bool {
    let mut k = f.words.end;
    if super::units::is_degrees(cx.lower(k)) || matches!(cx.lower(k), "points" | "percent") {
        k += 1;
    }
    match cx.lower(k) {
        "above" | "below" | "under" | "over" => k += 1,
        "warmer" | "colder" | "cooler" | "higher" | "lower" | "more" | "less"
            if cx.lower(k + 1) == "than" =>
        {
            k += 2
        }
        _ => return false,
    }
    // "the seasonal average", "its long-term average"
    while k < f.words.end + 6
        && (is_determiner(cx.lower(k)) || matches!(cx.lower(k), "long-term" | "historical"))
    {
        k += 1;
    }
    // "40 percent below its peak", "30% under the levels of a year ago": a distance from an
    // earlier level, as market news measures a fall (the MSRP news sentences)
    matches!(
        cx.lower(k),
        "normal"
            | "normals"
            | "average"
            | "averages"
            | "usual"
            | "norm"
            | "seasonal"
            | "freezing"
            | "level"
            | "levels"
            | "peak"
            | "high"
            | "highs"
            | "record"
    )
}

fn is_change_verb(word: &str) -> bool {
    const STEMS: &[&str] = &[
        "rais", "rose", "rise", "increas", "lift", "hike", "hoist", "grew", "grow", "boost", "cut",
        "fell", "fall", "drop", "lower", "reduc", "declin", "slash", "climb", "jump",
    ];
    // "booster", "cutters", "climbers": one who does it is a noun, not the move ("powered by 33
    // engines" after "booster" read as a rise of 33 in a launch trio written for this)
    let doer = (word.ends_with("er") || word.ends_with("ers")) && !word.starts_with("lower");
    !doer && STEMS.iter().any(|p| word.starts_with(p))
}

pub(super) fn is_place_noun(word: &str) -> bool {
    matches!(
        word,
        "area"
            | "areas"
            | "region"
            | "regions"
            | "province"
            | "provinces"
            | "capital"
            | "city"
            | "district"
            | "districts"
            | "county"
            | "town"
            | "village"
            | "villages"
            | "north"
            | "south"
            | "east"
            | "west"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
    )
}

/// "In Almaty, 10 people died": a place that opens the sentence, also after a word that
/// links it to the sentence before ("But in Lyon, only 52 percent …", "Meanwhile in Texas,
/// …"; the MSRP news sentences compared one city's share with the nation's).
pub fn leading_place(cx: &Context) -> Option<String> {
    let linked = matches!(
        cx.lower(0),
        "but" | "and" | "yet" | "meanwhile" | "elsewhere" | "still" | "however"
    );
    let opens = usize::from(linked);
    matches!(cx.lower(opens), "in" | "at")
        .then(|| place_at(cx, opens + 1))
        .flatten()
}

/// "killed in Almaty": a capitalised place right after the event or noun.
pub fn place_after(cx: &Context, at: usize) -> Option<String> {
    let opens_place = |k: usize| matches!(cx.lower(k), "in" | "near" | "across" | "at");
    // Past a second verb joined to the event: "canceled or delayed at …", "killed and
    // injured in …"; past a verb that ends the counted noun: "90,000 customers affected in
    // Lake County".
    let at = if matches!(cx.lower(at), "or" | "and")
        && cx.words.get(at + 1).is_some_and(|w| !w.is_capitalised())
        && opens_place(at + 2)
    {
        at + 2
    } else if cx.words.get(at).is_some_and(is_past_verb) && opens_place(at + 1) {
        at + 1
    } else {
        at
    };
    opens_place(at).then(|| place_at(cx, at + 1)).flatten()
}

/// A place name at word `i` — but not "Turkey and Syria", which together are the whole — or a
/// part of the country named by a common noun ("in the capital", "in rebel-held areas").
pub(super) fn place_at(cx: &Context, i: usize) -> Option<String> {
    let w = cx.words.get(i)?;
    if !w.is_capitalised() {
        let from = if w.lower == "the" { i + 1 } else { i };
        // "displaced across three provinces", "homes in 12 villages": places counted are where
        // the whole count happened, not a part of the country named (a flood trio written for
        // this kept 65,000 displaced "in three provinces" apart from another source's 60,000)
        if cx.in_figure(from) {
            return None;
        }
        let words: Vec<&str> = (from..from + 3).map(|k| cx.lower(k)).collect();
        let end = words.iter().position(|w| is_place_noun(w))?;
        return Some(words[..=end].join(" "));
    }
    let named = w.is_capitalised() && month(&w.lower).is_none() && !is_weekday(&w.lower);
    let joined = matches!(cx.lower(i + 1), "and" | "or")
        && cx.words.get(i + 2).is_some_and(|n| n.is_capitalised());
    if !named || joined {
        return None;
    }
    Some(facility_at(cx, i).unwrap_or_else(|| whole_name(cx, i)))
}

/// The name starting at word `i` with the capitalised words that go on with it: "Central
/// Macedonia", "New York", "South Sudan" are one place, not "central", "new", "south" (our
/// hospital-ransomware set's hospitals "across Central Macedonia").
fn whole_name(cx: &Context, i: usize) -> String {
    const LONGEST_NAME: usize = 4;
    let goes_on = |k: usize| {
        cx.words.get(k).is_some_and(|w| {
            w.is_capitalised()
                && !cx.breaks_before(k)
                && month(&w.lower).is_none()
                && !is_weekday(&w.lower)
        })
    };
    let end = (i + 1..i + LONGEST_NAME)
        .find(|&k| !goes_on(k))
        .unwrap_or(i + LONGEST_NAME);
    (i..end).map(|k| cx.lower(k)).collect::<Vec<_>>().join(" ")
}

/// "at Philadelphia International Airport", "in Al-Shifa Hospital": a facility named after the
/// story's city is narrower than the city, whose name alone may be the whole story's setting.
/// The name's capitalised words up to the facility noun, lowercased and joined.
fn facility_at(cx: &Context, i: usize) -> Option<String> {
    const LONGEST_NAME: usize = 5;
    let mut words = Vec::new();
    for k in i..i + LONGEST_NAME {
        let w = cx.words.get(k).filter(|w| w.is_capitalised())?;
        words.push(w.lower.as_ref());
        if k > i && is_facility_noun(&w.lower) {
            return Some(words.join(" "));
        }
    }
    None
}

/// Common nouns that end the name of one site: its figures count that site, not a city.
fn is_facility_noun(word: &str) -> bool {
    matches!(
        word,
        "airport"
            | "station"
            | "terminal"
            | "hospital"
            | "port"
            | "harbour"
            | "harbor"
            | "mine"
            | "plant"
            | "factory"
            | "prison"
            | "jail"
            | "university"
            | "school"
            | "stadium"
            | "base"
            | "bridge"
            | "dam"
    )
}
