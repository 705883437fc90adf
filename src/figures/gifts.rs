//! Who gives a sum: a donor's pledge, grant or contribution. Aid news lists what each donor
//! gives; one donor's sum against another's is no conflict, one donor's in two sources is one
//! quantity. Donors are matched as contenders are (`holders`).

use super::extract::Found;
use super::holders::{gapped_holder, holder_subject, shown, telling_words};
use super::roles::{Context, Role};
use crate::language::text::is_stopword;

/// "The World Bank pledged $50 million", "the EU has pledged €12 million and the World Bank
/// $60 million", "including $50 million from the World Bank": a sum a named donor gives is
/// that donor's, and two donors' sums are two quantities (a flood trio written for this
/// compared the World Bank's $50 million with nothing, and the EU's euros with nothing). The
/// donor is the name before a verb of giving, or after "from" right after the sum; a gapped
/// list continues the donor of the sum before (`previous`) when it names one too.
pub(super) fn gift(cx: &Context, index: usize, previous: Option<&Role>) -> Option<Role> {
    let f = &cx.figures[index];
    let donor = donor_before(cx, f)
        .or_else(|| donor_after(cx, f))
        .or_else(|| gapped_holder(cx, index, previous).and_then(|d| named(cx, d)))?;
    let telling = telling_words(cx, &donor);
    if telling.is_empty() {
        return None;
    }
    Some(Role {
        counts: Some(format!("given by {}", shown(cx, &donor))),
        subject: holder_subject(cx, &telling),
        held: true,
        ..Role::default()
    })
}

/// "The World Bank pledged", "the EU has pledged", "Japan will give": the donor before a verb
/// of giving right before the sum. Only a name gives: "the government said it would spend"
/// names no donor, and lowercase givers ("donors", "the agency") are left to the sum's noun.
fn donor_before(cx: &Context, f: &Found) -> Option<Vec<usize>> {
    let verb = f.words.start.checked_sub(1)?;
    if cx.breaks_before(f.words.start) || !is_verb_of_giving(cx.lower(verb)) {
        return None;
    }
    let mut end = verb;
    while end > 0 && is_auxiliary(cx.lower(end - 1)) && !cx.breaks_before(end) {
        end -= 1;
    }
    let mut donor = cx.left_words(end, 4, is_stopword);
    let first = *donor.first()?;
    match first.checked_sub(1).map_or("", |p| cx.lower(p)) {
        // "The Bank of England gave": the name runs on over "of"
        "of" if first >= 2 && !cx.breaks_before(first) => {
            // not "the archdiocese of Boston": only a name runs on
            if !cx.words[first - 2].is_capitalised() {
                return None;
            }
            let mut head = cx.left_words(first - 1, 3, is_stopword);
            head.push(first - 1);
            head.extend(donor);
            donor = head;
        }
        // "The archdiocese in Boston has offered": a place after a lowercase giver
        "in" | "at" | "from" | "near" if !cx.breaks_before(first) => return None,
        _ => {}
    }
    named(cx, donor)
}

/// "$50 million from the World Bank": a named donor after "from" right after the sum.
fn donor_after(cx: &Context, f: &Found) -> Option<Vec<usize>> {
    let e = f.words.end;
    if cx.lower(e) != "from" || cx.breaks_before(e) {
        return None;
    }
    let start = e + 1 + usize::from(cx.lower(e + 1) == "the");
    let name: Vec<usize> = (start..cx.words.len().min(start + 4))
        .take_while(|&k| cx.words[k].is_capitalised() && (k == start || !cx.breaks_before(k)))
        .collect();
    named(cx, name)
}

/// The words, when they hold a name: a capitalised word past the sentence's first (which is
/// capitalised whatever it is: "Donors pledged"), or an acronym ("EU", "UN").
fn named(cx: &Context, words: Vec<usize>) -> Option<Vec<usize>> {
    let acronym = |k: usize| {
        let text = &cx.words[k].text;
        text.len() >= 2 && text.chars().all(|c| c.is_ascii_uppercase())
    };
    let has_name = words
        .iter()
        .any(|&k| k > 0 && super::extract::is_name_word(&cx.words[k]) || acronym(k));
    has_name.then_some(words)
}

fn is_verb_of_giving(word: &str) -> bool {
    matches!(
        word,
        "pledged"
            | "pledges"
            | "pledge"
            | "donated"
            | "donates"
            | "gave"
            | "gives"
            | "give"
            | "promised"
            | "promises"
            | "committed"
            | "commits"
            | "granted"
            | "contributed"
            | "contributes"
            | "offered"
            | "offers"
            | "provided"
            | "provides"
            | "allocated"
            | "earmarked"
            | "announced"
    )
}

fn is_auxiliary(word: &str) -> bool {
    matches!(
        word,
        "has" | "have" | "had" | "will" | "would" | "also" | "already" | "is" | "was"
    )
}
