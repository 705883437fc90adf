//! What a measure belongs to: the thing a duration, distance, share or amount of money is
//! about, and whose age an age is.

use super::FigureKind;
use super::extract::Found;
use super::limits::{is_place_noun, place_after, place_at};
use super::roles::{Context, Role, is_linking_verb, restates};
use super::words::{
    age_noun_before, breaks_phrase, gap_before, is_custody_word, is_time_word, is_verb_of_demand,
    turns_to_another_claim,
};
use crate::language::text::{is_stopword, stem};
use crate::language::vocabulary::{is_person_noun, money_noun, passes_over};

/// What a duration, distance or other measure belongs to: "180-day price cap" → price cap;
/// "regulate fuel prices for six months" → fuel prices; "six months of talks" → talks.
pub fn measure_role(cx: &Context, f: &Found) -> Role {
    if let Some(sentence) = super::custody::sentence_role(cx, f) {
        return sentence;
    }
    let end = past_conversion(cx, f);
    let after = cx.noun_phrase(end, true);
    // "a 180-day cap", "a 10 km run"; "a magnitude 6.8 earthquake": a scale's name before
    // the number makes the measure a modifier of the noun after it, like an article does
    let modifier = f.compound
        || (f.kind != FigureKind::Duration
            && f.words.start > 0
            && matches!(
                cx.lower(f.words.start - 1),
                "a" | "an" | "the" | "magnitude"
            ));
    // "a hurricane packing 145 mph winds", "with 65 mph winds": a speed right before a noun
    // is that noun's, with or without an article (a hurricane pair written for this gave the
    // winds' speed to "hurricane packing" and "tropical storm")
    let speed_of_next = f
        .unit
        .is_some_and(|u| u.dimension == super::units::Dimension::Speed)
        && !after.is_empty()
        && !cx.breaks_before(end)
        && !cx.words.get(end).is_some_and(super::roles::is_past_verb);
    let modifier = modifier || speed_of_next;
    let on_scale = f.unit.as_ref().is_some_and(|u| u.name == "magnitude");
    let words: Vec<usize> = if modifier && on_scale {
        // "a magnitude 6.8 earthquake struck": a scale's point belongs to the one noun it
        // rates; the words after are the sentence's verb, not more of its name
        after.take(1).collect()
    } else if modifier || (!after.is_empty() && cx.lower(end) == "of") {
        after.collect()
    } else if is_time_window(cx, f) {
        Vec::new()
    } else {
        cx.left_words(owner_scan_start(cx, f), 2, passes_over_measure)
    };
    // "In Denver, the figure is 14 inches": a word standing in for a quantity named in an
    // earlier sentence names nothing of its own (snowstorms, 01).
    let stand_in = |k: &usize| is_stand_in(cx.lower(*k)) || on_scale && cx.lower(*k) == "magnitude";
    let owned: Vec<usize> = words.iter().copied().filter(|k| !stand_in(k)).collect();
    if owned.is_empty()
        && on_scale
        && let Some(&first) = words.first()
    {
        // "The earthquake had a magnitude of 7.2": the scale named before the number stands
        // for the measure; what has it comes before "had" (a crash-and-quake pair written
        // for this read a magnitude of "magnitude")
        return subject_role(cx, cx.left_words(first, 1, passes_over_to_holder));
    }
    subject_role(cx, owned)
}

fn passes_over_to_holder(word: &str) -> bool {
    passes_over_measure(word) || matches!(word, "had" | "has" | "have" | "with")
}

/// Where the measure's own words end, past the same measure in another unit in brackets right
/// after it: "20,000 gallons (75,708 liters) of diesel" is a measure of diesel.
fn past_conversion(cx: &Context, f: &Found) -> usize {
    cx.figures
        .iter()
        .find(|g| restates(cx, f, g))
        .map_or(f.words.end, |g| g.words.end)
}

/// "during the last 24 hours", "over the next 30 days", "in the past two weeks": a duration
/// after a word that places it in time is the window something happened in, and belongs to
/// nothing before it (a real eruption cluster of ../shared/dev-sets listed "last (hours) 24"
/// and "next (days) 30").
fn is_time_window(cx: &Context, f: &Found) -> bool {
    f.kind == FigureKind::Duration
        && f.words.start > 0
        && matches!(
            cx.lower(f.words.start - 1),
            "last" | "past" | "next" | "previous" | "coming" | "following" | "first" | "final"
        )
}

/// Nouns that refer back to a quantity rather than name one.
fn is_stand_in(word: &str) -> bool {
    matches!(
        word,
        "number" | "figure" | "total" | "tally" | "amount" | "level"
    )
}

fn passes_over_measure(word: &str) -> bool {
    passes_over(word)
        || is_verb_of_asking(word)
        || matches!(word, "for" | "within" | "after" | "over" | "during")
}

/// Who asks is what a demand belongs to: "Prosecutors had asked for 15 years" and "the
/// defense asked for five years" are two parties' demands, not one quantity "asked" (a court
/// pair written for this; `scope::sought` keeps demands apart from outcomes). Not "proposed",
/// as often an adjective of what the sum is ("a proposed $2.8 billion merger").
pub(super) fn is_verb_of_asking(word: &str) -> bool {
    word == "asked" || (is_verb_of_demand(word) && word != "proposed")
}

/// "80% of seats" → seats; "turnout was 65%" → turnout.
pub fn share_role(cx: &Context, f: &Found) -> Role {
    if let Some(owner) = aside_owner(cx, f) {
        return subject_role(cx, vec![owner]);
    }
    if let Some(state) = state_after(cx, f) {
        return subject_role(cx, vec![state]);
    }
    if let Some(moved) = moved_thing(cx, f) {
        return moved;
    }
    if let Some(named) = noun_after_determiner(cx, f) {
        return subject_role(cx, named);
    }
    if cx.lower(f.words.end) == "of" {
        let after = cx.noun_phrase(f.words.end, false);
        if let Some(holder) = super::holders::holder_of_pool(cx, f, after.clone()) {
            return holder;
        }
        if let Some(progress) = progress_of(cx, f, after.clone()) {
            return subject_role(cx, vec![progress]);
        }
        if is_economy(cx, after.clone()) {
            // "cut the deficit to 3.1 percent of GDP", "debt of 89% of gross domestic
            // product": the economy is the yardstick, what is measured against it comes before
            // (a budget pair written for this compared a deficit with a forecast debt, both "of
            // gdp", and missed "gross domestic product" as the same)
            let owner = cx.left_words(owner_scan_start(cx, f), 2, passes_over_to_owner);
            if !owner.is_empty() {
                return subject_role(cx, owner);
            }
        }
        if !after.is_empty() {
            return subject_role(cx, after.collect());
        }
    }
    let owner = cx.left_words(owner_scan_start(cx, f), 1, passes_over_to_owner);
    if let Some(placed) = owner
        .first()
        .and_then(|&k| owner_before_place(cx, k, f.words.start))
    {
        return placed;
    }
    subject_role(cx, owner)
}

/// "with 98 percent of votes counted", "with 90% of precincts reporting": a share opened by
/// "with" and closed by a participle is an aside telling how far a count has gone, not a share
/// of the thing counted. The participle is what it measures, as a fire's "15% contained" is
/// (an election pair written for this set the progress of the count, 98 percent "of votes",
/// against a party's 34 percent "of the vote" as a change over time).
fn progress_of(cx: &Context, f: &Found, pool: std::ops::Range<usize>) -> Option<usize> {
    let before = f.words.start.checked_sub(1)?;
    if cx.lower(before) != "with" || cx.breaks_before(f.words.start) || pool.is_empty() {
        return None;
    }
    let ends_clause = |k: usize| k + 1 >= cx.words.len() || cx.breaks_before(k + 1);
    let last = pool.end - 1;
    if pool.len() > 1 && cx.lower(last).ends_with("ing") && ends_clause(last) {
        return Some(last);
    }
    let next = cx.words.get(pool.end)?;
    (super::roles::is_past_verb(next) && !cx.breaks_before(pool.end) && ends_clause(pool.end))
        .then_some(pool.end)
}

/// "the bank's 2 percent target", "above the 2% goal", "a 25% tariff", "a 10 percent stake":
/// a share between a determiner and a noun is an adjective of that noun, which is what it
/// names (a rates trio written for this gave the target to "bank" and the goal to "well").
fn noun_after_determiner(cx: &Context, f: &Found) -> Option<Vec<usize>> {
    let head = cx.words.get(f.words.end)?;
    // "Nearly one in three voters backed him": a share opening its sentence is said of the
    // noun after it, as after a verb (a pension trio written for this lost the voters when
    // the qualifier joined the share)
    if f.words.start == 0 {
        let named = !says_when_or_how(&head.lower) && cx.lower(f.words.end + 1) != "of";
        return named.then(|| noun_named(cx, f, head)).flatten();
    }
    let before = f.words.start - 1;
    let owner = &cx.words[before].text;
    let possessive = owner.ends_with("'s") || owner.ends_with("’s");
    let determiner = possessive
        || matches!(
            cx.lower(before),
            "a" | "an" | "the" | "its" | "their" | "his" | "her" | "our"
        );
    // "the vaccine shows 90% efficacy", "offers 90% protection": after a verb too, a noun right
    // after the share is what it measures (a vaccine trio written for this gave the shares to
    // "shows" and "offers"); not after a move ("rose 5% Tuesday", "fell 3% last year") or a
    // preposition, nor before an adverb or a period ("grew 2% annually", "3% year on year")
    let after_verb = !determiner
        && !super::limits::is_movement_word(cx.lower(before))
        && !is_stopword(cx.lower(before))
        && !says_when_or_how(&head.lower)
        && cx.lower(f.words.end + 1) != "of";
    if !(determiner || after_verb) || cx.breaks_before(f.words.start) {
        return None;
    }
    noun_named(cx, f, head)
}

/// The noun phrase right after share `f`, whose head is `head`, when it names what the share
/// is of.
fn noun_named(cx: &Context, f: &Found, head: &super::words::Word) -> Option<Vec<usize>> {
    if cx.breaks_before(f.words.end) || super::roles::is_past_verb(head) {
        return None;
    }
    // a noun that only says the share is a rate or a move names no owner of its own ("grew
    // at a 7.2 percent rate", "a 25 percent increase", "the 20 percent figure")
    let head_word: &str = &head.lower;
    if is_stand_in(head_word)
        || super::limits::is_movement_word(head_word)
        || matches!(
            head_word,
            "rate" | "rates" | "hike" | "hikes" | "cut" | "cuts"
        )
    {
        return None;
    }
    let phrase: Vec<usize> = cx
        .noun_phrase(f.words.end, false)
        .take(MOST_WORDS_OF_A_NAMED_NOUN)
        .collect();
    (phrase.first() == Some(&f.words.end)).then_some(phrase)
}

/// "annually", "year", "last week", "points", "lower": words after a share that say when or
/// how, never what.
fn says_when_or_how(word: &str) -> bool {
    word.ends_with("ly")
        || matches!(
            word,
            "days"
                | "point"
                | "points"
                | "percent"
                | "pct"
                | "last"
                | "next"
                | "previous"
                | "earlier"
                | "later"
                | "lower"
                | "higher"
                | "better"
                | "worse"
                | "more"
                | "less"
                | "above"
                | "below"
                | "ahead"
                | "behind"
        )
        || super::words::is_time_word(word)
}

/// How many words of the noun a share names are kept: an adjective and its noun ("higher
/// risk", "pay rise"); past them the phrase runs into the verb ("the 25 percent hike takes
/// annual tuition" in the MSRP sentences).
const MOST_WORDS_OF_A_NAMED_NOUN: usize = 2;

/// Whether the noun phrase `phrase` names a whole economy: "GDP", "gross domestic product",
/// "economic output", "the economy".
fn is_economy(cx: &Context, phrase: std::ops::Range<usize>) -> bool {
    let words: Vec<&str> = phrase.map(|k| cx.lower(k)).collect();
    matches!(
        words.as_slice(),
        ["gdp"]
            | ["gross", "domestic", "product"]
            | ["economic", "output"]
            | ["economy"]
            | ["gnp"]
            | ["gross", "national", "product"]
    )
}

/// "a 35% jump in revenue": the move is of the noun phrase after "in" or "of".
fn moved_thing(cx: &Context, f: &Found) -> Option<Role> {
    let from = super::limits::names_a_move(cx, f)?;
    let words: Vec<usize> = cx.noun_phrase(from, false).collect();
    (!words.is_empty()).then(|| subject_role(cx, words))
}

/// "The fire was 15% contained", "the county is now 60 percent vaccinated", "the dam is 80%
/// full": a share between a form of "be" (or a linking verb) and a participle or a word of
/// completion measures how far that state holds, and the state is what it is of: a fire's
/// containment, whatever the sentence calls the fire ("Containment stood at 20 percent" is
/// the same quantity). Disaster and public-health news report progress so (a wildfire pair
/// written for this read the share as of "fire", never meeting "containment"). "20 percent
/// owned by Ford" is a stake, not a state: a participle followed by "by" and no time.
fn state_after(cx: &Context, f: &Found) -> Option<usize> {
    let after = f.words.end;
    let word = cx.words.get(after)?;
    if cx.breaks_before(after) {
        return None;
    }
    let is_state =
        super::roles::is_past_verb(word) || matches!(cx.lower(after), "complete" | "full" | "done");
    let by_agent = cx.lower(after + 1) == "by" && !names_a_time(cx, after + 2);
    let mut before = f.words.start.checked_sub(1)?;
    if matches!(cx.lower(before), "now" | "only" | "just" | "still")
        && !cx.breaks_before(before + 1)
    {
        before = before.checked_sub(1)?;
    }
    let linked = is_form_of_be(cx.lower(before)) || is_linking_verb(cx.lower(before));
    (is_state && !by_agent && linked && !cx.breaks_before(f.words.start)).then_some(after)
}

/// A form of "be" that links a subject to what is said of it.
pub(super) fn is_form_of_be(word: &str) -> bool {
    matches!(word, "is" | "are" | "was" | "were" | "be" | "been")
}

/// "by Thursday", "by the end of the week", "by late evening": what follows "by" places a time.
fn names_a_time(cx: &Context, mut k: usize) -> bool {
    while matches!(cx.lower(k), "the" | "late" | "early" | "this" | "next") {
        k += 1;
    }
    let word = cx.lower(k);
    is_time_word(word)
        || matches!(
            word,
            "end" | "morning" | "afternoon" | "evening" | "night" | "nightfall" | "midday" | "noon"
        )
}

/// "The unemployment rate in Allegheny County fell to 4.1 percent", "Sales in China dropped
/// 12%", "Shares in Northwind fell 7.2%": when the word before a share ends a name opened by
/// "in" or "at" (a name ending in an area noun also by "across" or "near"; any name by "of"),
/// the noun before the name is what the share is of and the name says where or whose it is.
/// The role keeps the name as its place, so one county's rate is set apart from another's,
/// and one company's shares from another's in a market report; a name most articles give is
/// the story's setting and sets nothing apart (`scope`), so "Shares in Northwind" meets
/// "Northwind shares". Economic and election news give rates, turnouts and vote shares per
/// county or city (the MSRP news sentences read such a rate as of "county"); a job-cuts trio
/// written for this read the shares' fall as of the company, never meeting the other
/// sources' shares or stock.
fn owner_before_place(cx: &Context, name_end: usize, figure_start: usize) -> Option<Role> {
    const LONGEST_NAME: usize = 4;
    let capitalised = |k: usize| cx.words.get(k).is_some_and(|w| w.is_capitalised());
    let mut first = name_end;
    while capitalised(first) && first > 0 && name_end - first < LONGEST_NAME {
        if !capitalised(first - 1) || cx.breaks_before(first) {
            break;
        }
        first -= 1;
    }
    if !capitalised(first) || first == 0 || cx.breaks_before(first) {
        return None;
    }
    let place = if is_place_noun(cx.lower(name_end)) {
        place_after(cx, first - 1)?
    } else if matches!(cx.lower(first - 1), "in" | "at" | "of")
        && !(name_end + 1..figure_start).any(|k| matches!(cx.lower(k), "and" | "or" | "but"))
    {
        // the name's own clause only: "have heard of Aids and just 1% know" is no share of
        // hearing
        place_at(cx, first)?
    } else {
        return None;
    };
    let owner = cx.left_words(first - 1, 1, passes_over_to_owner);
    if owner.is_empty() || owner.iter().any(|&k| is_stopword(cx.lower(k))) {
        return None;
    }
    Some(Role {
        place: Some(place),
        ..subject_role(cx, owner)
    })
}

/// Where the look to the left for a share's or sum's owner starts: before the words that only
/// say how the figure was reached. "The franc rose as high as $1.09": "as high as" (or "as low
/// as") marks the peak of a move; "Shares shot up 38 percent", "ticked down 2 percent": a verb
/// in the past before "up" or "down" is a move told as a phrasal verb. Market news writes
/// moves so (the MSRP news sentences gave "high" and "shot" as what such figures were of). A
/// noun before "up" is kept: "Sales up 5 percent" is a headline's move of sales, and so is a
/// verb set off by a comma: "little changed, up 0.3 percent".
fn owner_scan_start(cx: &Context, f: &Found) -> usize {
    // "cut its growth forecast to 0.8%, from 1.2%": a level after "from" right after another
    // is of what that one is of (a rates trio written for this read it as of nothing)
    let s = f.words.start;
    if s >= 2
        && cx.lower(s - 1) == "from"
        && !cx.breaks_before(s)
        && let Some(level) = figure_ending_at(cx, s - 1)
    {
        return level_scan_start(cx, level);
    }
    level_scan_start(cx, f)
}

/// The figure whose words end right before word `end`, found by halving (the figures come
/// in text order): asked of every figure, a scan would make a sentence of numbers quadratic.
fn figure_ending_at<'c>(cx: &'c Context, end: usize) -> Option<&'c Found> {
    cx.figures
        .binary_search_by_key(&end, |g| g.words.end)
        .ok()
        .map(|i| &cx.figures[i])
}

/// Where the words that own a level start, before the figure `f`.
fn level_scan_start(cx: &Context, f: &Found) -> usize {
    let s = f.words.start;
    let at = |back: usize| s.checked_sub(back).map_or("", |k| cx.lower(k));
    let joined = |from: usize| (s - from + 1..s).all(|k| !cx.breaks_before(k));
    let past_verb = |w: &str| {
        w.ends_with("ed") || matches!(w, "shot" | "went" | "crept" | "sprang" | "leapt" | "ran")
    };
    if at(1) == "as" && matches!(at(2), "high" | "low") && at(3) == "as" && joined(3) {
        // "the dollar pushed as high as", "gold darted as high as": the verb goes too
        return if past_verb(at(4)) && joined(4) {
            s - 4
        } else {
            s - 3
        };
    }
    if matches!(at(1), "up" | "down") && past_verb(at(2)) && joined(2) {
        return s - 2;
    }
    // "raised its key rate by 25 basis points to 5.25%", "cut the deficit by $20 billion to
    // $1.4 trillion": the level after "to" is of what the move before "by" moved (a rates
    // trio written for this read the level as of "points")
    if at(1) == "to"
        && let Some(back) = (3..=MOST_WORDS_OF_A_MOVE).find(|&b| at(b) == "by")
        && joined(back)
    {
        return s - back;
    }
    // "taking the base rate from 5% to 5.25%": the level after "to" is of what the level after
    // "from" is of; "cut its growth forecast for 2027 to 0.8%": the year a forecast is for
    // stands between the thing and its level (a rates trio written for this read both levels
    // as of nothing)
    if at(1) == "to" && s >= 2 {
        if let Some(from) = figure_ending_at(cx, s - 1)
            .and_then(|g| g.words.start.checked_sub(1))
            .filter(|&k| cx.lower(k) == "from" && joined(s - k))
        {
            return from;
        }
        if super::dates::is_year_like(at(2)) && matches!(at(3), "for" | "in") && joined(3) {
            return s - 3;
        }
        // "expects inflation to fall to 4.5%", "tuition will jump to $2,800": the move a
        // forecast names is not what moves
        let modal = matches!(
            at(3),
            "to" | "will" | "would" | "could" | "may" | "might" | "should" | "can"
        );
        if super::limits::is_movement_word(at(2)) && modal && joined(3) {
            return s - 3;
        }
    }
    s
}

/// "Inflation, at 6.8%, is more than triple the target", "The deal, at $5 billion, is the
/// largest": a figure set off by commas after "at" is the value of the noun right before
/// the aside (a rates trio written for this read it as of nothing).
fn aside_owner(cx: &Context, f: &Found) -> Option<usize> {
    let at = f.words.start.checked_sub(1)?;
    let owner = at.checked_sub(1)?;
    let word = &cx.words[owner];
    let set_off = cx.lower(at) == "at"
        && cx.breaks_before(at)
        && !cx.breaks_before(f.words.start)
        && (f.words.end >= cx.words.len() || cx.breaks_before(f.words.end));
    (set_off
        && !is_stopword(&word.lower)
        && !word.is_digits()
        && !is_time_word(&word.lower)
        && !cx.in_figure(owner))
    .then_some(owner)
}

/// How far "by" may stand before the "to" of a level: "by a quarter of a percentage point to"
/// is seven words (the longest way news words the size of a move).
const MOST_WORDS_OF_A_MOVE: usize = 8;

/// Words between a share or sum and what it belongs to. "Qantas Airways Ltd slid 5 percent":
/// the verb of a move is not what moved, and the legal form closing a company's name says only
/// that it is a company; the name's word before them tells one company's move from another's
/// (business news, the MSRP sentences, where "Inc" and "Ltd" gathered several companies).
/// "Unemployment remains 5 percent": a linking verb is no owner either (the MSRP sentences
/// compared shares of different things under "remain"), nor a time ("rates fell in August to
/// 6 percent": the MSRP sentences gathered unemployment rates under "month" and "august").
fn passes_over_to_owner(word: &str) -> bool {
    passes_over(word)
        || is_verb_of_asking(word)
        || is_verb_of_move(word)
        || is_linking_verb(word)
        || matches!(
            word,
            "inc" | "corp" | "co" | "ltd" | "plc" | "llc" | "ag" | "nv" | "spa" | "bhd" | "tbk"
            // where a market stood at the bell: "the index closed 2 percent lower", "shares
            // closed Friday at $5.91"
            | "closed" | "ended" | "finished" | "opened" | "traded"
            // where a party or a runner stood at the count: "the bloc came second with 28%",
            // "placed third with 12 percent" (an election pair written for this)
            | "came" | "placed"
            // who receives a sum is what it goes to: "health gets $18 billion" (a budget pair
            // written for this)
            | "gets" | "get" | "got" | "receives" | "received"
            // the words that place a time ("fell last month to 6 percent", "in the first
            // quarter of the fiscal year"): a time is no owner
            | "last" | "next" | "past" | "previous" | "first" | "second" | "third" | "fourth"
            | "fiscal" | "recent" | "latest" | "most-recent"
            // a level a thing stands at: "inflation held at 6.8%", "the rate stood at 5%",
            // "kept rates steady at 5%" (a rates trio written for this gave the level to "held")
            | "held" | "holds" | "stood" | "stands" | "hovered" | "hovers" | "steady"
            | "unchanged" | "stable"
            // what is forecast is the thing, the forecast is its scope (`scope`): "cut its
            // growth forecast to 0.8%" is growth's
            | "forecast" | "forecasts" | "projection" | "projections" | "outlook"
        )
        || is_time_word(word)
}

/// "$5 million in aid" → aid; "a net profit of $1.2 billion" → profit.
pub fn money_role(cx: &Context, index: usize, previous: Option<&Role>) -> Role {
    let f = &cx.figures[index];
    if let Some(gift) = super::gifts::gift(cx, index, previous) {
        return gift;
    }
    if let Some(moved) = moved_thing(cx, f) {
        return moved;
    }
    if let Some(owner) = aside_owner(cx, f) {
        return subject_role(cx, vec![owner]);
    }
    // "a 200,000-dollar variable mortgage": a sum joined to its unit by a hyphen is an
    // adjective of the noun after it (a rates trio written for this read it as the monthly
    // "pay" the sentence goes on to give)
    if f.compound && !cx.breaks_before(f.words.end) {
        let after: Vec<usize> = cx.noun_phrase(f.words.end, false).collect();
        if after.first() == Some(&f.words.end) {
            return subject_role(cx, after);
        }
    }
    // "$500,000 in salary and $120,000 in bonuses": a sum's own noun, named right after it,
    // is what it is, however near another sum's noun stands (the MSRP news sentences read
    // bonuses as salary).
    if matches!(cx.lower(f.words.end), "in" | "of")
        && let Some(own) = cx
            .noun_phrase(f.words.end + 1, false)
            .find(|&k| is_money_noun(cx.lower(k)))
    {
        return subject_role(cx, vec![own]);
    }
    if let Some(own) = sum_of_money_verb(cx, f).or_else(|| sum_in_bare_noun(cx, f)) {
        return subject_role(cx, own);
    }
    // "a £50m move, including £5m in bonuses": a noun another sum names as its own ("in
    // bonuses" right after it) is not this sum's (a transfer trio written for this read the
    // whole fee as bonuses)
    let anothers = |k: usize| {
        k >= 2
            && matches!(cx.lower(k - 1), "in" | "of")
            && cx
                .figures
                .iter()
                .any(|g| g.words.end == k - 1 && g.words != f.words)
    };
    let nearest = own_clause(cx, f)
        .filter(|k| is_money_noun(cx.lower(*k)) && !anothers(*k))
        .min_by_key(|k| k.abs_diff(f.words.start));
    if let Some(k) = nearest {
        return subject_role(cx, vec![k]);
    }
    // "$250 billion worth of Chinese imports" is a sum of the imports, as "$200 billion of
    // Chinese goods" is (a tariffs pair written for this read it as of "increase duties")
    let end = if cx.lower(f.words.end) == "worth" && cx.lower(f.words.end + 1) == "of" {
        f.words.end + 1
    } else {
        f.words.end
    };
    if matches!(cx.lower(end), "in" | "for" | "of") {
        let after = cx.noun_phrase(end + 1, false);
        if !after.is_empty() {
            return subject_role(cx, after.collect());
        }
    }
    subject_role(
        cx,
        cx.left_words(owner_scan_start(cx, f), 2, passes_over_to_owner),
    )
}

/// "ordered to pay $1.5 million in restitution", "sets aside $18 billion for healthcare": a sum
/// followed by "in" or "for" and a noun with no article is a sum of (or for) that thing,
/// whatever other sum's noun stands nearer (a court pair written for this read the restitution
/// as the "pay" before it, a budget pair the health money as the "spending" before it). Not a
/// time, a place, a figure, or an adverb made with "in" ("in total", "in return").
fn sum_in_bare_noun(cx: &Context, f: &Found) -> Option<Vec<usize>> {
    let k = f.words.end + 1;
    let word = cx.words.get(k)?;
    let bare = matches!(cx.lower(f.words.end), "in" | "for")
        && !cx.breaks_before(k)
        && !word.is_capitalised()
        && !word.is_digits()
        && !cx.in_figure(k)
        && !is_stopword(&word.lower)
        && !is_time_word(&word.lower)
        && !matches!(
            cx.lower(k),
            "total" | "all" | "addition" | "return" | "exchange" | "part" | "full" | "order"
            // how it is paid, not what for ("$4 million in bitcoin", "$5 billion in stock",
            // "$50 million in equal installments": our ransomware set, the MSRP sentences)
            | "cash" | "stock" | "shares" | "bitcoin" | "cryptocurrency" | "bonds" | "gold"
            | "installments" | "instalments" | "tranches" | "equal" | "kind"
            // a time: "$2 million in fiscal 2003"
            | "fiscal"
        );
    let phrase: Vec<usize> = cx.noun_phrase(k, false).collect();
    (bare && !phrase.is_empty()).then_some(phrase)
}

/// "fined him $250,000", "taxed at $3": a verb made of a money noun, right before the sum (or
/// before whom it names), says what the sum is (a court pair written for this read the fine as
/// the "pay" earlier in the sentence).
fn sum_of_money_verb(cx: &Context, f: &Found) -> Option<Vec<usize>> {
    let of_noun = |k: usize| {
        let word = cx.lower(k);
        [word.strip_suffix('d'), word.strip_suffix("ed")]
            .into_iter()
            .flatten()
            .any(money_noun)
    };
    let mut k = f.words.start.checked_sub(1)?;
    if matches!(
        cx.lower(k),
        "him" | "her" | "them" | "it" | "us" | "me" | "at"
    ) {
        k = k.checked_sub(1)?;
    } else if !of_noun(k) {
        // "fined the company 250m reais": whom it names may be a short noun phrase (a court
        // trio written for this read the fine as the compensation named later)
        k = (k.saturating_sub(3)..k)
            .rev()
            .take_while(|&j| !cx.in_figure(j))
            .find(|&j| of_noun(j))
            .filter(|&j| {
                matches!(
                    cx.lower(j + 1),
                    "the" | "a" | "an" | "its" | "his" | "her" | "their"
                ) && (j + 2..f.words.start).all(|w| !is_stopword(cx.lower(w)))
            })?;
    }
    let joined = (k + 1..=f.words.start).all(|j| !cx.breaks_before(j));
    (joined && of_noun(k)).then(|| vec![k])
}

/// The words of the figure's part of a sentence that sets one claim against another ("Military
/// spending rises 10 percent to $63 billion, while health gets $18 billion": the health money
/// is no spending's; a budget pair written for this). Parts turn at a set-off "while",
/// "whereas" or "but", or a semicolon.
fn own_clause(cx: &Context, f: &Found) -> std::ops::Range<usize> {
    let turns = |k: &usize| {
        cx.breaks_before(*k)
            && (turns_to_another_claim(cx.lower(*k))
                || gap_before(cx.text, cx.words, *k, cx.floor).contains(';'))
    };
    let start = (1..=f.words.start).rev().find(turns).unwrap_or(0);
    let end = (f.words.end..cx.words.len())
        .find(turns)
        .unwrap_or(cx.words.len());
    start..end
}

/// A verb of movement as a verb: "slid", "dropped", "falling". Not "rises" or "rise", as
/// often nouns that name what moved ("price rises which have climbed above 30 percent", "a
/// rise of 12 percent": our own sets).
fn is_verb_of_move(word: &str) -> bool {
    super::limits::is_movement_word(word)
        && (word.ends_with("ed")
            || word.ends_with("ing")
            || matches!(word, "rose" | "fell" | "slid" | "sank" | "grew"))
}

pub(super) fn subject_role(cx: &Context, words: Vec<usize>) -> Role {
    if let Some(kind) = rate_of_a_kind(cx, &words) {
        return Role {
            counts: Some(format!("{} rate", cx.lower(kind))),
            subject: vec![stem(same_subject(cx.lower(kind)))],
            ..Role::default()
        };
    }
    // "operating profit" is shown whole, as it is compared
    let shown: Vec<String> = words
        .iter()
        .map(|&k| match kind_of_profit(cx, k) {
            Some(kind) if kind.contains(' ') && !words.contains(&(k - 1)) => {
                format!("{} {}", cx.lower(k - 1), cx.lower(k))
            }
            _ => cx.lower(k).to_string(),
        })
        .collect();
    Role {
        counts: (!shown.is_empty()).then(|| shown.join(" ")),
        subject: words
            .iter()
            .filter(|&&k| !names_a_market(cx, k))
            .filter(|&&k| !is_stopword(cx.lower(k)))
            .map(|&k| {
                kind_of_profit(cx, k)
                    .map_or_else(|| stem(same_subject(cx.lower(k))), str::to_string)
            })
            .collect(),
        ..Role::default()
    }
}

/// "The jobless rate climbed to 5.1%", "a 5.1% unemployment rate", "mortgage rates rose to 7%":
/// a rate named by what it measures is that thing's, never the rate a central bank sets (a
/// rates trio written for this set a jobless rate against the policy rate as one "rate").
/// The word before "rate" when it names a kind of rate.
fn rate_of_a_kind(cx: &Context, words: &[usize]) -> Option<usize> {
    let &rate = words.last()?;
    let kind = rate.checked_sub(1)?;
    (matches!(cx.lower(rate), "rate" | "rates")
        && !cx.breaks_before(rate)
        && is_kind_of_rate(cx.lower(kind)))
    .then_some(kind)
}

/// What a rate in the news measures, other than the price of money: the economy's rates,
/// people's, health's and society's.
fn is_kind_of_rate(word: &str) -> bool {
    matches!(
        word,
        "unemployment"
            | "jobless"
            | "employment"
            | "inflation"
            | "growth"
            | "mortgage"
            | "tax"
            | "exchange"
            | "savings"
            | "saving"
            | "vacancy"
            | "occupancy"
            | "default"
            | "participation"
            | "poverty"
            | "homeownership"
            | "ownership"
            | "birth"
            | "fertility"
            | "death"
            | "mortality"
            | "fatality"
            | "survival"
            | "infection"
            | "positivity"
            | "transmission"
            | "vaccination"
            | "immunisation"
            | "immunization"
            | "hospitalisation"
            | "hospitalization"
            | "recovery"
            | "obesity"
            | "smoking"
            | "crime"
            | "homicide"
            | "murder"
            | "suicide"
            | "arrest"
            | "conviction"
            | "incarceration"
            | "eviction"
            | "divorce"
            | "marriage"
            | "literacy"
            | "graduation"
            | "dropout"
            | "turnout"
            | "approval"
            | "response"
            | "success"
            | "failure"
            | "completion"
            | "error"
    )
}

/// "operating profit", "pre-tax profit", "net income": results news gives several profits of
/// one quarter, each its own quantity, and one of them under three names ("net profit", "net
/// income", "net earnings"). The kind before the noun is kept whole, so that an operating
/// profit never meets a net profit (a results trio written for this set the two against each
/// other as one profit). A net profit is the profit results news means by the bare word.
fn kind_of_profit(cx: &Context, k: usize) -> Option<&'static str> {
    let noun = cx.lower(k);
    if !matches!(noun, "profit" | "profits" | "income" | "earnings") {
        return None;
    }
    let kind = k.checked_sub(1).map_or("", |b| cx.lower(b));
    Some(match kind {
        "net" => "profit",
        "operating" => "operating profit",
        "pre-tax" | "pretax" | "before-tax" => "pretax profit",
        "gross" => "gross profit",
        "core" | "adjusted" | "underlying" | "comparable" => "adjusted profit",
        _ if noun == "income" => return None,
        _ => "profit",
    })
}

/// A noun money amounts belong to, singular or plural ("bonus", "bonuses"; "fines").
fn is_money_noun(word: &str) -> bool {
    money_noun(word)
        || word.strip_suffix("es").is_some_and(money_noun)
        || word.strip_suffix('s').is_some_and(money_noun)
}

/// "the New York Stock Exchange", "the stock market": "stock" naming where shares trade is no
/// company's stock (an MSRP pair set a closing price "on the New York Stock Exchange" against
/// a move of the company's shares once shares and stock were one subject).
fn names_a_market(cx: &Context, k: usize) -> bool {
    cx.lower(k) == "stock" && matches!(cx.lower(k + 1), "exchange" | "market" | "markets" | "index")
}

/// Words that name one subject in different ways: paying victims' families is compensation.
fn same_subject(word: &str) -> &str {
    match word {
        "pay" | "paid" | "payout" | "payouts" | "compensate" | "compensated" => "compensation",
        "deaths" | "dead" | "fatalities" => "death",
        "walkout" | "stoppage" | "strike" | "strikes" => "strike",
        // what a temperature is read on is the temperature ("the thermometer hit 46C")
        "thermometer" | "thermometers" | "mercury" => "temperature",
        // one event named four ways ("a magnitude 6.8 earthquake" / "a 6.9-magnitude quake")
        "earthquake" | "earthquakes" | "quakes" | "temblor" | "tremor" => "quake",
        // the ground a fire has gone over, however the verb of burning is put ("has burned
        // 45,000 acres" / "scorched 47,500 acres": a wildfire pair written for this)
        "burnt" | "scorched" | "charred" | "blackened" | "torched" => "burned",
        // a company's takings and its profit, as results news names them ("sales grew 11.8% to
        // $31.5bn" / "revenue rose 12% to $31.5 billion": a results pair written for this)
        "sales" | "turnover" => "revenue",
        "earnings" => "profit",
        // one budget line named two ways ("$18 billion for healthcare" / "health gets $18
        // billion": a budget pair written for this)
        "healthcare" => "health",
        // one labour market named two ways ("the jobless rate" / "unemployment")
        "jobless" => "unemployment",
        // what fell from the sky, as weather news names it ("210 millimetres of rain fell" /
        // "rainfall of 210 mm": a flood trio written for this)
        "rainfall" | "rains" | "downpour" | "downpours" => "rain",
        "snowfall" | "snows" => "snow",
        // the people a company employs, as a share is taken of them ("8 percent of its
        // workforce" / "about 10% of its staff": a layoffs pair written for this)
        "staff" | "employees" | "workers" => "workforce",
        // a company's stock, as market news names it ("the company's shares fell 3.2%" /
        // "Corvo stock closed down 3 percent": a data-breach trio written for this)
        "shares" | "stocks" => "stock",
        // a court's sentence, however the report words it ("jailed for 12 years" / "a
        // 12-year prison sentence": a court trio written for this)
        w if is_custody_word(w) => "sentence",
        w => w,
    }
}

/// "The aircraft was 15 years old and had been flying …", "the suspect, who is 46 years old":
/// an age said of something after "be" belongs to the subject before the verb, never to the
/// words after it (a crash pair written for this read the plane's age as of "flying").
fn subject_of_predicate_age(cx: &Context, f: &Found) -> Option<usize> {
    let last = f.words.end.checked_sub(1)?;
    if cx.lower(last) != "old" {
        return None;
    }
    let verb = f.words.start.checked_sub(1)?;
    if !is_form_of_be(cx.lower(verb)) {
        return None;
    }
    let who = cx.left_words(verb, 1, |w| is_stopword(w) && w != "who");
    let who = *who.first()?;
    if cx.lower(who) != "who" {
        return Some(who);
    }
    // "the suspect, who is 46 years old": whose is the noun the clause is set off from
    let noun = who.checked_sub(1)?;
    (cx.breaks_before(who) && !is_stopword(cx.lower(noun))).then_some(noun)
}

/// Whose age: "81-year-old benefactor, Nursultan Nazarbayev" → nazarbayev;
/// "55-year-old Zauresh Shekenova" → shekenova; "a 30-year-old man" → man.
pub fn age_role(cx: &Context, f: &Found) -> Role {
    if let Some(age) = age_noun_before(f.words.start, |k| cx.lower(k)) {
        // "the retirement age to 64": an age of a rule, named by the words before "age"
        let named = age.checked_sub(1).filter(|&k| {
            !is_stopword(cx.lower(k)) && !cx.words[k].is_capitalised() && !cx.in_figure(k)
        });
        // "died at age 82" names nobody here: shown, never compared (two people's ages would
        // meet as one "age")
        return match named {
            Some(named) => subject_role(cx, vec![named, age]),
            None => Role {
                counts: Some("age".to_string()),
                ..Role::default()
            },
        };
    }
    if let Some(who) = decade_owner(cx, f).or_else(|| apposition_owner(cx, f)) {
        return age_of(cx, who);
    }
    if decade_in(cx, f).is_some() {
        // "The driver, who was not named, was in his 50s, police said", "one in his 20s and
        // the other in his 40s, died": whose decade it is lies further back than the word
        // before "in", and never after it. An age of nobody known is shown, never compared
        // (the marijuana dev set read ages of a department and of "died").
        return Role {
            counts: Some("age".to_string()),
            ..Role::default()
        };
    }
    if let Some(person) = person_noun_after(cx, f.words.end) {
        let who = name_after_job(cx, person).unwrap_or(person);
        return age_of(cx, who);
    }
    if let Some(who) = subject_of_predicate_age(cx, f) {
        return age_of(cx, who);
    }
    if stands_for_someone(cx, f) {
        // "The 59-year-old was found guilty": the age is a noun for someone named in an
        // earlier sentence, and the verb after it is nobody (a court pair written for this
        // read an age of "found"). Shown, never compared, as a decade of nobody known.
        return Role {
            counts: Some("age".to_string()),
            ..Role::default()
        };
    }
    let mut k = f.words.end;
    let mut who: Option<usize> = None;
    while k < cx.words.len() && k < f.words.end + 4 {
        let w = &cx.words[k];
        if w.is_capitalised() {
            who = Some(k);
        } else if who.is_some() || cx.breaks_before(k) && k > f.words.end {
            break;
        } else if !is_stopword(&w.lower) {
            who = Some(k);
            // "34-year-old fish trader Muhammad Yusuf": the name after the job is whose age
            if let Some(name) = name_after_job(cx, k) {
                who = Some(name);
                break;
            }
            if !breaks_phrase(gap_before(cx.text, cx.words, k + 1, cx.floor)) {
                break;
            }
        }
        k += 1;
    }
    if who.is_none() {
        who = cx
            .left_words(f.words.start, 1, passes_over)
            .first()
            .copied();
    }
    let Some(who) = who else {
        return Role::default();
    };
    age_of(cx, who)
}

/// "The 59-year-old was …", "the 46-year-old, who …": an age after "the" with no noun after
/// it stands for a person (news names the subject by age on second mention).
fn stands_for_someone(cx: &Context, f: &Found) -> bool {
    let next = f.words.end;
    f.words.start > 0
        && cx.lower(f.words.start - 1) == "the"
        && (next >= cx.words.len()
            || cx.breaks_before(next)
            || is_stopword(cx.lower(next))
            || is_form_of_be(cx.lower(next))
            || cx.lower(next).ends_with("ed"))
}

/// A noun for one person at most three words after `start` in the same phrase, past the words
/// that describe them ("22-year-old Chicago man", "64-year-old northern Ohio woman"): the
/// place or adjective before it is not whose age. Found reading our own test sentences: a
/// capitalised place before the noun had been taken for a name, so "age of chicago" was
/// compared across articles and two people's ages were flagged as a conflict.
fn person_noun_after(cx: &Context, start: usize) -> Option<usize> {
    (start..(start + 3).min(cx.words.len()))
        .take_while(|&j| j == start || !cx.breaks_before(j))
        .take_while(|&j| !is_stopword(&cx.words[j].lower))
        .find(|&j| !cx.words[j].is_capitalised() && is_person_noun(&cx.words[j].lower))
}

/// The last word of a name right after the lowercase words of a job or title that start at
/// `k` ("fish trader Muhammad Yusuf" → yusuf), or None when no name follows in the phrase.
/// Our ferry set read "34-year-old fish trader Muhammad Yusuf" as the age of "fish".
fn name_after_job(cx: &Context, k: usize) -> Option<usize> {
    let in_phrase = |j: usize| j < cx.words.len() && !cx.breaks_before(j);
    let mut j = k + 1;
    while j < k + 3 && in_phrase(j) && !cx.words[j].is_capitalised() {
        if is_stopword(&cx.words[j].lower) {
            return None;
        }
        j += 1;
    }
    if !in_phrase(j) || !cx.words[j].is_capitalised() {
        return None;
    }
    while in_phrase(j + 1) && cx.words[j + 1].is_capitalised() {
        j += 1;
    }
    // The name ends its phrase; "northern Ohio woman" is a place before the noun.
    let after = j + 1;
    let ends = !in_phrase(after) || is_stopword(&cx.words[after].lower);
    ends.then_some(j)
}

/// "Daniel Marsh, 46,": the age set off by commas belongs to the name just before it.
fn apposition_owner(cx: &Context, f: &Found) -> Option<usize> {
    let k = f.words.start.checked_sub(1)?;
    let bare = cx.words[f.words.start]
        .text
        .bytes()
        .all(|b| b.is_ascii_digit());
    let apposed = f.words.len() == 1
        && bare
        && (cx.words[k].is_capitalised() || is_person_noun(cx.lower(k)))
        && gap_before(cx.text, cx.words, f.words.start, cx.floor).trim() == ",";
    apposed.then_some(k)
}

/// "a woman in her 30s", "two men in their 20s": the person is named before "in".
fn decade_owner(cx: &Context, f: &Found) -> Option<usize> {
    let at_in = decade_in(cx, f)?;
    cx.left_words(at_in, 1, passes_over).first().copied()
}

/// Where the "in" of a decade of life is ("in her 30s", "in his early 40s": "in" and a
/// possessive before it), or None when the figure is no decade of life.
fn decade_in(cx: &Context, f: &Found) -> Option<usize> {
    let mut k = f.words.start.checked_sub(1)?;
    if matches!(cx.lower(k), "early" | "mid" | "late") {
        k = k.checked_sub(1)?;
    }
    let possessive = matches!(cx.lower(k), "his" | "her" | "their" | "its");
    (possessive && k > 0 && cx.lower(k - 1) == "in").then(|| k - 1)
}

/// Whose age: only a name identifies one person across articles; "a man in his 40s" and "a man
/// in his 20s" may be two different men, so an age owned by a common noun is never compared.
fn age_of(cx: &Context, who: usize) -> Role {
    let name = cx.lower(who).to_string();
    if !cx.words[who].is_capitalised() {
        return Role {
            counts: Some(format!("age of {name}")),
            ..Role::default()
        };
    }
    // shown as written ("age of Marsh"); the comparison's key folds the case
    let written = cx.words[who].text;
    let written = written
        .strip_suffix("'s")
        .or_else(|| written.strip_suffix("’s"))
        .unwrap_or(written);
    Role {
        counts: Some(format!("age of {written}")),
        subject: vec![name],
        ..Role::default()
    }
}
