//! The event a counted figure reports ("killed", "evacuated"), found in its clause: right
//! before it ("killed dozens"), after it ("12 were killed"), or before it further off, with the
//! clause's limits (another figure's own verb, a participle clause, a passive).

use super::extract::Found;
use super::roles::Context;
use super::words::{breaks_phrase, gap_before};
use crate::language::text::is_stopword;
use crate::language::vocabulary::names_occurrences;

/// "two injured passengers died": an event word used as an adjective right after the number
/// gives way to a death the clause goes on to report.
pub(super) fn later_death(
    cx: &Context,
    f: &Found,
    hit: (&'static str, usize),
    to: usize,
) -> Option<(&'static str, usize)> {
    let (event, at) = hit;
    if event == "killed" {
        return None;
    }
    // "two survivors died", "two of the injured later died": those an event word names (as
    // a noun, or as the whole a part is taken of) may be reported dead after (a crash trio
    // written for this counted two survivors who died in hospital as survivors)
    let named = (at == f.words.end && names_occurrences(cx.lower(at)))
        || (at == f.words.end + 2
            && cx.lower(f.words.end) == "of"
            && matches!(cx.lower(f.words.end + 1), "the" | "those"));
    let from = if named {
        at + 1
    } else if at == f.words.end && cx.is_noun(at + 1, at + 1, false) {
        at + 2
    } else {
        return None;
    };
    scan_right(cx, from, to, true).filter(|(e, _)| *e == "killed")
}

/// "two gunmen killed 12 people", "15 fissures having destroyed 36 homes": an active event
/// verb right before the next figure is what befell that figure; the figure before the verb did
/// it and does not count it. (A passive "were killed, 353 injured" is the figure's own.)
pub(super) fn is_next_figures_event(cx: &Context, index: usize, at: usize) -> bool {
    const BE: [&str; 7] = ["is", "are", "was", "were", "be", "been", "being"];
    let Some(next) = cx.figures.get(index + 1) else {
        return false;
    };
    let passive = at.checked_sub(1).is_some_and(|k| BE.contains(&cx.lower(k)));
    at >= cx.figures[index].words.end
        && !passive
        && left_adjacent_event(cx, next).is_some_and(|(_, k)| k == at)
}

/// "killed dozens", "killing a minimum of 16", "the deaths of 40", "the evacuation of 2,000".
pub(super) fn left_adjacent_event(cx: &Context, f: &Found) -> Option<(&'static str, usize)> {
    if cx.breaks_before(f.words.start) {
        return None;
    }
    let mut k = f.words.start.checked_sub(1)?;
    // "killing all 75 people aboard": the event governs the whole it counts
    if cx.lower(k) == "all" && !cx.breaks_before(k + 1) {
        k = k.checked_sub(1)?;
    }
    // "a plane carrying 68 people": those it carries are aboard (only right before the
    // number: "protesters carrying batons" carry no count)
    if matches!(cx.lower(k), "carrying" | "carried") {
        return Some(("on board", k));
    }
    if matches!(cx.lower(k), "of" | "the") {
        k = k.checked_sub(1)?;
        // The noun names the event only when it governs the number (not in "evacuation of
        // villages with messages of 112").
        if matches!(cx.lower(k), "evacuation" | "evacuations") {
            return Some(("evacuated", k));
        }
    }
    cx.event_at(k)
}

/// The first event word in `from..to` within the clause (at most 12 words on).
/// `strict` stops at any punctuation ("49, police said, as relatives gathered" is another
/// clause); otherwise only at a semicolon.
pub(super) fn scan_right(
    cx: &Context,
    from: usize,
    to: usize,
    strict: bool,
) -> Option<(&'static str, usize)> {
    let to = to.min(from + 15).min(cx.words.len());
    for k in from..to {
        let gap = gap_before(cx.text, cx.words, k, cx.floor);
        // A semicolon or a colon opens another clause or a list: "faces … two hate crimes:
        // obstruction … resulting in death" does not count deaths (pittsburgh, 01).
        if gap.contains([';', ':']) || (strict && breaks_phrase(gap)) {
            return None;
        }
        if let Some(hit) = cx.event_at(k) {
            return Some(hit);
        }
    }
    None
}

/// A finite verb between two words: the first figure's clause is complete ("1,300 homes had
/// been destroyed and 4,500 people …"), so events after the next figure are not its own.
pub(super) fn has_verb(cx: &Context, from: usize, to: usize) -> bool {
    (from..to.min(cx.words.len())).any(|k| {
        matches!(
            cx.lower(k),
            "is" | "are" | "was" | "were" | "has" | "have" | "had" | "been" | "will" | "would"
        )
    })
}

/// "fired at 3,000 demonstrators, injuring 25": an "-ing" event after a comma belongs to the
/// clause's subject, not to the figure before it.
pub(super) fn is_participle_clause(cx: &Context, f: &Found, at: usize) -> bool {
    at >= f.words.end
        && cx.lower(at).ends_with("ing")
        && (f.words.end..=at).any(|k| cx.breaks_before(k))
}

/// The nearest event word left of `before`, not past the previous figure.
pub(super) fn scan_left(
    cx: &Context,
    before: usize,
    floor: usize,
) -> Option<(&'static str, usize)> {
    let floor = floor.max(before.saturating_sub(20));
    (floor..before).rev().find_map(|k| cx.event_at(k))
}

/// "The death toll from a magnitude 5.6 earthquake that struck late on Friday rose to 157":
/// the level a clause's subject rose to, reached or stands at is what that subject counts,
/// however far back the subject stands and whatever figure its own words hold (the scan left
/// stops at another figure, and an earthquake trio written for this counted the 157 as homes
/// damaged in the clause after it). The subject's head is read in its first words, before
/// any preposition, relative word or figure.
pub(super) fn subject_of_level(cx: &Context, f: &Found) -> Option<(&'static str, usize)> {
    let k = f.words.start;
    if cx.breaks_before(k) {
        return None;
    }
    let verb = match cx.lower(k.checked_sub(1)?) {
        "to" | "at" => k.checked_sub(2)?,
        _ => k - 1,
    };
    if !is_verb_of_level(cx.lower(verb)) || cx.breaks_before(verb) {
        return None;
    }
    let mut start = verb;
    while start > 0 && !cx.breaks_before(start) {
        start -= 1;
    }
    let mut head = start;
    while head < verb && matches!(cx.lower(head), "the" | "a" | "an" | "its" | "their") {
        head += 1;
    }
    let head_end = (head..verb.min(head + 4))
        .find(|&i| is_stopword(cx.lower(i)) || cx.in_figure(i))
        .unwrap_or(verb.min(head + 4));
    (head..head_end).rev().find_map(|i| cx.event_at(i))
}

/// Verbs that give the level a quantity has come to: "rose to 157", "jumped to 146", "reached
/// 40", "stands at 12".
pub(super) fn is_verb_of_level(word: &str) -> bool {
    matches!(
        word,
        "rose"
            | "risen"
            | "rising"
            | "rises"
            | "climbed"
            | "climbs"
            | "jumped"
            | "jump"
            | "jumps"
            | "increased"
            | "grew"
            | "grown"
            | "mounted"
            | "reached"
            | "reaches"
            | "stood"
            | "stands"
            | "stand"
    )
}
