//! Prison sentences: a length of time a court gives, however the report words it, and whom it
//! is given to. A trial of several defendants gives each their own sentence; news names them
//! ("Marsh was jailed for 11 years", "the judges gave Varga eight years"), and one defendant's
//! term against another's is no conflict.

use super::FigureKind;
use super::extract::Found;
use super::extract::is_name_word;
use super::roles::{Context, Role};
use super::words::is_custody_word;
use crate::language::text::stem;

/// What a sentence's subject starts with when a defendant is named: "sentence of marsh".
pub const SENTENCE_OF: &str = "sentence of ";
/// The subject of sentences that add up several defendants' terms ("sentences totalling 25
/// years"): a total is never one defendant's term.
const SENTENCES_IN_ALL: &str = "sentences in all";

/// The subject of a sentence that names no defendant.
pub(super) fn unnamed_sentence() -> String {
    stem("sentence")
}

/// The role of a duration a court gives, or None when the duration is no sentence.
pub(super) fn sentence_role(cx: &Context, f: &Found) -> Option<Role> {
    let verb = custodial(cx, f).or_else(|| given_term(cx, f))?;
    let (counts, subject) = if adds_up(cx, f) {
        (SENTENCES_IN_ALL.to_string(), SENTENCES_IN_ALL.to_string())
    } else if let Some(name) = defendant(cx, verb, f) {
        let text = cx.words[name].text;
        let name = text
            .strip_suffix("'s")
            .or_else(|| text.strip_suffix("’s"))
            .unwrap_or(text);
        let shown = format!("{SENTENCE_OF}{name}");
        (shown.clone(), shown.to_lowercase())
    } else {
        ("sentence".to_string(), unnamed_sentence())
    };
    Some(Role {
        counts: Some(counts),
        subject: vec![subject],
        ..Role::default()
    })
}

/// "jailed for 12 years", "sentenced him to 12 years in prison", "a 12-year prison term": the
/// word that makes a length of time a court's sentence (a court trio written for this gave its
/// three reports' twelve years to "chief jailed", "valemar mining" and "prison sentence").
fn custodial(cx: &Context, f: &Found) -> Option<usize> {
    if f.kind != FigureKind::Duration || f.relative || served_or_asked(cx, f) {
        return None;
    }
    let end = f.words.end;
    // right after: "12 years in prison", "10 years in federal prison", "12-year prison term"
    if let Some(k) = (end..end + 4)
        .take_while(|&k| k == end || !cx.breaks_before(k))
        .find(|&k| is_custody_word(cx.lower(k)))
    {
        return Some(k);
    }
    if matches!(cx.lower(end), "behind") && cx.lower(end + 1) == "bars" {
        return Some(end + 1);
    }
    // right before: "jailed for 12 years", "sentenced to 12 years", "sentenced him to 12
    // years", "prison terms of between six and 11 years", "sentences totalling 25 years"
    let mut k = f.words.start.checked_sub(1)?;
    if !matches!(
        cx.lower(k),
        "for" | "to" | "of" | "totalling" | "totaling" | "combined"
    ) || cx.breaks_before(k + 1)
    {
        return None;
    }
    k = k.checked_sub(1)?;
    if matches!(cx.lower(k), "him" | "her" | "them" | "term" | "terms" | "a") {
        k = k.checked_sub(1)?;
    }
    (is_custody_word(cx.lower(k)) && !cx.breaks_before(k + 1)).then_some(k)
}

/// "spent 20 years in prison", "served nine years": time served is no sentence; "Prosecutors
/// had asked for 15 years in prison": a demand belongs to who asks (`scope::sought`).
fn served_or_asked(cx: &Context, f: &Found) -> bool {
    let served = f.words.start > 0
        && matches!(
            cx.lower(f.words.start - 1),
            "spent" | "spend" | "spending" | "served" | "serve" | "serving"
        );
    served
        || (f.words.start.saturating_sub(3)..f.words.start)
            .any(|k| super::measures::is_verb_of_asking(cx.lower(k)))
}

/// "The judges gave Piet Marsh 11 years", "Ilse Varga received nine years": in court news a
/// term of years given or received, with nothing after it but the end of the clause or the
/// next defendant, is a sentence (a court trio written for this read both as durations of
/// nothing). Not "gave them two years to pay", "received two years of funding".
fn given_term(cx: &Context, f: &Found) -> Option<usize> {
    if f.kind != FigureKind::Duration
        || f.relative
        || served_or_asked(cx, f)
        || !matches!(f.unit.as_ref().map(|u| u.name), Some("years" | "months"))
    {
        return None;
    }
    let end = f.words.end;
    let closed = end >= cx.words.len() || cx.breaks_before(end) || cx.lower(end) == "and";
    let start = f.words.start;
    let verb = (start.saturating_sub(MOST_NAME_WORDS + 1)..start)
        .rev()
        .take_while(|&k| !cx.breaks_before(k + 1))
        .find(|&k| is_verb_of_giving(cx.lower(k)))?;
    // between the verb and the term only the one it is given to
    let object_only = (verb + 1..start)
        .all(|k| cx.words[k].is_capitalised() || matches!(cx.lower(k), "him" | "her" | "them"));
    (closed && object_only).then_some(verb)
}

/// Verbs a court gives a sentence by, or a defendant receives one by.
fn is_verb_of_giving(word: &str) -> bool {
    matches!(
        word,
        "gave"
            | "given"
            | "give"
            | "gives"
            | "handed"
            | "hands"
            | "received"
            | "receives"
            | "got"
            | "get"
            | "gets"
    )
}

/// Most words a defendant's name takes ("Piet Marsh", "Maria de la Cruz" is four).
const MOST_NAME_WORDS: usize = 3;

/// "sentences totalling 25 years", "a combined 30 years", "25 years in all": the terms of
/// several defendants added up.
fn adds_up(cx: &Context, f: &Found) -> bool {
    let s = f.words.start;
    let before = |back: usize| s.checked_sub(back).map_or("", |k| cx.lower(k));
    matches!(before(1), "totalling" | "totaling" | "combined" | "total")
        || (before(1) == "of" && matches!(before(2), "total" | "totalling" | "totaling"))
        || (matches!(cx.lower(f.words.end), "in")
            && matches!(cx.lower(f.words.end + 1), "all" | "total"))
}

/// The defendant a sentence is given to, when the sentence names one: the name right after
/// the verb ("sentenced Marsh to", "gave Piet Marsh 11 years") or the subject right before it,
/// past a form of "be" and an aside set off by commas ("Ilse Varga, 54, was jailed for eight
/// years"). The last word of the name.
fn defendant(cx: &Context, verb: usize, f: &Found) -> Option<usize> {
    if verb < f.words.start {
        let object = (verb + 1..f.words.start)
            .take_while(|&k| is_name(cx, k))
            .last();
        if object.is_some() {
            return object;
        }
    }
    // the verb before the term: "was sentenced to 11 years in prison"
    let mut k = f.words.start.checked_sub(1)?;
    if matches!(cx.lower(k), "to" | "for") {
        k = k.checked_sub(1)?;
    }
    if is_custody_word(cx.lower(k)) || is_verb_of_giving(cx.lower(k)) {
        k = k.checked_sub(1)?;
    } else if verb < f.words.start {
        k = verb.checked_sub(1)?;
    } else {
        // "sentenced in June to seven years in prison": the verb stands further off
        return None;
    }
    while matches!(
        cx.lower(k),
        "was" | "is" | "were" | "has" | "had" | "been" | "be" | "will" | "later" | "also"
    ) && !cx.breaks_before(k + 1)
    {
        k = k.checked_sub(1)?;
    }
    if cx.breaks_before(k + 1) {
        // an aside: back to the comma that opens it
        let open = (k.saturating_sub(MOST_ASIDE_WORDS)..=k)
            .rev()
            .find(|&j| cx.breaks_before(j))?;
        k = open.checked_sub(1)?;
    }
    is_name(cx, k).then_some(k)
}

/// Most words of an aside between a defendant's name and the verb ("his former deputy").
const MOST_ASIDE_WORDS: usize = 5;

/// A capitalised word of a name: not a function word, and not a sentence's first word unless
/// another name word follows it ("Varga was" may be any capitalised opener; "Ilse Varga" is
/// a name).
fn is_name(cx: &Context, k: usize) -> bool {
    let word = &cx.words[k];
    let name_word = |j: usize| cx.words.get(j).is_some_and(is_name_word);
    name_word(k)
        && !cx.in_figure(k)
        && (k > 0 && !cx.breaks_before(k) || name_word(k + 1) || word.text.ends_with("'s"))
}
