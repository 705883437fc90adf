//! Who holds a part of a pool that contenders divide: a party's share of the vote and its
//! seats, a firm's share of a market, a team's medals. One holder's part against another's is
//! no conflict; one holder's in two sources is one quantity. A donor's gift (`gifts`) is read
//! and matched as a holder's part is.

use super::extract::Found;
use super::measures::{is_form_of_be, subject_role};
use super::roles::{Context, Role};
use crate::language::text::{is_stopword, stem};

/// "The Progress Party won 54% of the vote", "the Union bloc came second with 28% of the vote",
/// "Apple holds 20 percent of the market": a pool that contenders divide is shared out, and
/// each holder's share is its own quantity; one party's share against another's is no
/// conflict (an election pair written for this gathered every party's "vote" as one). The
/// pool stays the subject when no holder is named.
pub(super) fn holder_of_pool(
    cx: &Context,
    f: &Found,
    pool: std::ops::Range<usize>,
) -> Option<Role> {
    let pool_word = cx.lower(pool.clone().last()?);
    if !matches!(pool_word, "vote" | "votes" | "ballots" | "market") {
        return None;
    }
    let holder = holder_words(cx, f)?;
    let telling = telling_words(cx, &holder);
    Some(Role {
        counts: Some(format!("{pool_word} of {}", shown(cx, &holder))),
        ..subject_role(cx, telling)
    })
}

/// "The Social Democrats came second with 74 seats", "Homeland won 25 seats", "The Greens,
/// with 31 seats, are …", "Kessel's Civic Union came first, winning 112 seats", "the Greens
/// took 31 seats and Homeland 23": a count of seats, votes, delegates or medals that a
/// contender won is that contender's, and two contenders' counts are two quantities (an
/// election trio written for this compared one party's seats with another's only when their
/// sentences were alike, and never read Homeland's 23 seats against its 25). `counted` is the
/// count's role as its noun alone gives it; `previous` the role of the figure before it in the
/// sentence, whose holder a gapped list ("… and Homeland 23") continues.
pub(super) fn held_count(
    cx: &Context,
    index: usize,
    counted: &Role,
    previous: Option<&Role>,
) -> Option<Role> {
    if counted.wording.is_some() {
        return None;
    }
    let f = &cx.figures[index];
    if let Some(earlier) = earlier_of_held(cx, index, previous) {
        return Some(Role {
            place: counted.place.clone(),
            ..earlier.clone()
        });
    }
    let noun = counted
        .counts
        .as_deref()
        .or_else(|| noun_before_to(cx, f))
        .filter(|noun| is_held_noun(noun))?;
    let holder = holder_words(cx, f).or_else(|| gapped_holder(cx, index, previous))?;
    let telling = telling_words(cx, &holder);
    Some(Role {
        counts: Some(format!("{noun} of {}", shown(cx, &holder))),
        class: Some(noun.to_string()),
        subject: holder_subject(cx, &telling),
        held: true,
        ..counted.clone()
    })
}

/// "won 112 of the 250 seats", "pledged $70 million, including $50 million from the World
/// Bank": what one holder won of the whole pool, or gave of a total, is all that holder's,
/// the pool or total named only beside it ("won 112 seats", "the World Bank pledged $50
/// million" are the same facts).
pub(super) fn whole_of_its_holder(cx: &Context, f: &Found) -> bool {
    let s = f.words.start;
    super::limits::whole_after(cx, f).is_some() || s > 0 && cx.lower(s - 1) == "including"
}

/// "fell to 74 seats from 89", "74 seats, down from 89": a value after "from" right after
/// a held count is what the same holder held before (its scope says it is earlier).
fn earlier_of_held<'r>(cx: &Context, index: usize, previous: Option<&'r Role>) -> Option<&'r Role> {
    let previous = previous.filter(|p| p.held)?;
    let f = &cx.figures[index];
    let s = f.words.start;
    let last = &cx.figures[index.checked_sub(1)?];
    let between_ok = (last.words.end..s.checked_sub(1)?).all(|k| {
        let w = cx.lower(k);
        matches!(w, "up" | "down") || previous.class.as_deref() == Some(w)
    });
    (cx.lower(s - 1) == "from" && between_ok && !cx.breaks_before(s)).then_some(previous)
}

/// "The Greens doubled their seats to 31": the noun a level after "to" is of stands before it.
fn noun_before_to<'a>(cx: &'a Context, f: &Found) -> Option<&'a str> {
    let s = f.words.start;
    (s >= 2 && cx.lower(s - 1) == "to" && !cx.breaks_before(s) && !cx.breaks_before(s - 1))
        .then(|| cx.lower(s - 2))
}

/// Things contenders win a number of.
fn is_held_noun(noun: &str) -> bool {
    matches!(
        noun,
        "seats" | "votes" | "ballots" | "delegates" | "mandates" | "medals"
    )
}

/// The words naming who won the figure, by the verb before it.
fn holder_words(cx: &Context, f: &Found) -> Option<Vec<usize>> {
    let at = |k: usize| cx.lower(k);
    let before = f.words.start.checked_sub(1)?;
    if cx.breaks_before(f.words.start) {
        return None;
    }
    let (holder, verb) = if at(before) == "with" {
        if cx.breaks_before(before) && before > 0 {
            // ", with 31 seats,": an aside whose holder stands right before its comma
            return nonempty(name_ending_at(cx, before - 1));
        }
        // "came second with", "finished third with", "won Sunday's election in Nordland with":
        // the verb of placing or winning is the clause's, a few words back
        let verb = (before.saturating_sub(MOST_WORDS_TO_THE_VERB)..before)
            .rev()
            .take_while(|&k| !cx.breaks_before(k + 1))
            .find(|&k| is_verb_of_placing(at(k)) || is_verb_of_winning(at(k)))?;
        // "elections being won with nearly 100% of the vote": a passive names no holder
        if verb > 0 && (is_form_of_be(at(verb - 1)) || at(verb - 1) == "being") {
            return None;
        }
        (cx.left_words(verb, 4, is_stopword), verb)
    } else if is_verb_of_winning(at(before)) {
        (cx.left_words(before, 4, is_stopword), before)
    } else if at(before) == "to" {
        // "The Social Democrats fell to 74 seats", "The Greens doubled their seats to 31": a
        // level a contender moved to is its own
        let verb = (before.saturating_sub(MOST_WORDS_TO_A_LEVEL)..before)
            .rev()
            .take_while(|&k| !cx.breaks_before(k + 1))
            .find(|&k| is_move_to_a_level(at(k)))?;
        (cx.left_words(verb, 4, is_stopword), verb)
    } else if is_participle_of_winning(at(before)) && cx.breaks_before(before) {
        // "Kessel's Civic Union emerged as the largest party, winning 112 seats": the clause
        // after the comma is the sentence's subject's
        (sentence_opener(cx), before)
    } else {
        return None;
    };
    if (verb..f.words.start).any(|k| cx.breaks_before(k + 1)) {
        return None;
    }
    nonempty(holder).filter(|h| !telling_words(cx, h).is_empty())
}

fn nonempty(words: Vec<usize>) -> Option<Vec<usize>> {
    (!words.is_empty()).then_some(words)
}

/// "the Greens took 31 seats and the nationalist Homeland party 23": a figure right after a
/// name, with no verb between it and the last held figure but "and" or a comma, is won by that
/// name, as the verb before the first says (news gives a list of results so).
pub(super) fn gapped_holder(
    cx: &Context,
    index: usize,
    previous: Option<&Role>,
) -> Option<Vec<usize>> {
    if !previous.is_some_and(|p| p.held) {
        return None;
    }
    let f = &cx.figures[index];
    // a list goes on with the same kind of figure: seats after seats, sums after sums
    if cx.figures[index.checked_sub(1)?].kind != f.kind {
        return None;
    }
    let last = f.words.start.checked_sub(1)?;
    let name = name_ending_at(cx, last);
    let first = *name.first()?;
    // past a determiner: "and the nationalist Homeland party 23"
    let mut opens = first;
    if opens > 0
        && matches!(cx.lower(opens - 1), "the" | "its" | "their")
        && !cx.breaks_before(opens)
    {
        opens -= 1;
    }
    let joined = opens > 0
        && (cx.lower(opens - 1) == "and" || cx.breaks_before(opens))
        && cx.figures[index - 1].words.end < opens;
    (joined && !cx.breaks_before(f.words.start)).then_some(name)
}

/// The name or noun phrase ending at word `last`: up to four words back, no function word,
/// figure or break between them.
fn name_ending_at(cx: &Context, last: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut k = last;
    loop {
        if cx.in_figure(k) || is_stopword(cx.lower(k)) || out.len() == 4 {
            break;
        }
        out.push(k);
        if k == 0 || cx.breaks_before(k) {
            break;
        }
        k -= 1;
    }
    out.reverse();
    out
}

/// The name the sentence opens with: its capitalised words up to the first that is not
/// ("Marta Kessel's Civic Union emerged …"), after a leading "The".
fn sentence_opener(cx: &Context) -> Vec<usize> {
    let start = usize::from(cx.lower(0) == "the");
    (start..cx.words.len().min(start + 5))
        .take_while(|&k| cx.words[k].is_capitalised() && (k == start || !cx.breaks_before(k)))
        .collect()
}

/// The words that tell one holder from another: its name's capitalised words when it has a
/// name ("the nationalist Homeland party" → Homeland, so that it meets "Homeland"), after
/// any possessor before the name ("Marta Kessel's Civic Union" → Civic Union), and never the
/// heads that only say it is a party or a bloc ("ruling party" and "opposition party" are
/// two).
pub(super) fn telling_words(cx: &Context, holder: &[usize]) -> Vec<usize> {
    let possessive = |k: usize| {
        let text = &cx.words[k].text;
        text.ends_with("'s") || text.ends_with("’s")
    };
    // "Marta Kessel's Civic Union": the name is what follows the possessor
    let after_possessor = holder
        .iter()
        .rposition(|&k| possessive(k))
        .filter(|&p| p + 1 < holder.len())
        .map_or(0, |p| p + 1);
    let useful: Vec<usize> = holder[after_possessor..]
        .iter()
        .copied()
        .filter(|&k| !is_contender_head(cx.lower(k)))
        .collect();
    let named: Vec<usize> = useful
        .iter()
        .copied()
        .filter(|&k| cx.words[k].is_capitalised() && !possessive(k))
        .collect();
    if named.is_empty() { useful } else { named }
}

/// What a holder's counts are matched by: its telling words' stems, and for a name of two or
/// more words its initials after [`INITIALS`], so that "the European Union" meets "the EU"
/// (organisations are named both ways in one story; a flood trio written for this).
pub(super) fn holder_subject(cx: &Context, telling: &[usize]) -> Vec<String> {
    let mut subject: Vec<String> = telling.iter().map(|&k| name_stem(cx, k)).collect();
    if telling.len() >= 2 {
        let initials: String = telling
            .iter()
            .filter_map(|&k| cx.lower(k).chars().next())
            .collect();
        subject.push(format!("{INITIALS}{initials}"));
    }
    subject
}

/// Marks the initials among a holder's words: another name of one word meets them, but they
/// are no word of the name ("American Express Corp" is still "American Express").
pub(super) const INITIALS: &str = "=";

/// A name word's stem, without its possessive ending.
fn name_stem(cx: &Context, k: usize) -> String {
    let lower = cx.lower(k);
    let bare = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"))
        .unwrap_or(lower);
    stem(bare)
}

pub(super) fn shown(cx: &Context, holder: &[usize]) -> String {
    let words: Vec<&str> = holder.iter().map(|&k| cx.lower(k)).collect();
    words.join(" ")
}

/// How many words a verb of placing or winning may stand before the "with" of its share: "won
/// Sunday's parliamentary election in Nordland with 34.2 percent" is seven (election news names
/// the contest and its place between them; an election pair written for this).
const MOST_WORDS_TO_THE_VERB: usize = 8;

/// How far a verb of moving may stand before the "to" of its level: "doubled their seats to".
const MOST_WORDS_TO_A_LEVEL: usize = 3;

/// "fell to", "slumped to", "doubled their seats to": verbs by which a tally moves.
fn is_move_to_a_level(word: &str) -> bool {
    super::limits::is_movement_word(word) && !matches!(word, "up" | "down")
        || matches!(word, "doubled" | "tripled" | "halved" | "cut" | "raised")
}

/// "came second", "finished third": where a contender ended up.
fn is_verb_of_placing(word: &str) -> bool {
    matches!(word, "came" | "finished" | "placed" | "ended" | "trailed")
}

/// Verbs by which a holder wins or holds its share of a pool.
fn is_verb_of_winning(word: &str) -> bool {
    matches!(
        word,
        "won"
            | "win"
            | "wins"
            | "took"
            | "takes"
            | "got"
            | "gets"
            | "received"
            | "receives"
            | "secured"
            | "captured"
            | "garnered"
            | "polled"
            | "claimed"
            | "holds"
            | "held"
            | "has"
            | "had"
            | "controls"
            | "commands"
    )
}

/// "…, winning 112 seats", "…, taking 31 per cent of the vote".
fn is_participle_of_winning(word: &str) -> bool {
    matches!(
        word,
        "winning" | "taking" | "securing" | "capturing" | "gaining" | "garnering" | "claiming"
    )
}

/// Nouns that say only what kind of contender a holder is, never which one.
fn is_contender_head(word: &str) -> bool {
    matches!(
        word,
        "party" | "parties" | "bloc" | "coalition" | "alliance" | "candidate" | "list" | "ticket"
    )
}
