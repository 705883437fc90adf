//! What a figure given for contrast belongs to: "compared with 20 percent", "versus 3.2
//! percent". The words of comparison before it are never what it measures (the MSRP news
//! sentences compared a placebo group's share with a drug's, and one food's fat with
//! another's, all under "compared"). It is of what is named right after it ("20 percent for
//! starch", "4 percent inflation"), or, when only a time or place follows, of what the same
//! kind of figure before it in the sentence is of ("a yield of 3.1 percent, versus 3.2 percent
//! at Monday's close"). A group told apart by what it does is of what it does it with ("11
//! percent taking a dummy pill" is of the pill, as "11 percent on a dummy pill" is); one told
//! apart by a clause ("30 percent who …") is of nothing known, never compared.

use super::FigureKind;
use super::limits::follows_comparison;
use super::measures::subject_role;
use super::roles::{Context, Role};
use super::words::is_time_word;

/// The role of figure `index` when it follows a word of comparison and the role read for it
/// took that word as its owner; `earlier` are the roles of the figures before it.
pub(super) fn contrasted_role(
    cx: &Context,
    index: usize,
    read: &Role,
    earlier: &[Role],
) -> Option<Role> {
    let f = &cx.figures[index];
    if f.kind == FigureKind::Count || !follows_comparison(cx, f.words.start) {
        return None;
    }
    let owned_by_comparison = read
        .counts
        .as_deref()
        .is_some_and(|c| c.split(' ').any(is_comparison_word));
    if !owned_by_comparison {
        return None;
    }
    let end = f.words.end;
    if matches!(cx.lower(end), "for" | "among" | "on")
        && !is_time_word(cx.lower(end + 1))
        && let Some(named) = named_from(cx, end + 1)
    {
        return Some(named);
    }
    if is_participle(cx.lower(end)) {
        // "11 percent taking a dummy pill": the group is named by what it takes or uses
        return Some(named_from(cx, end + 1).unwrap_or_default());
    }
    if matches!(cx.lower(end), "who" | "that" | "which" | "whose") {
        return Some(Role::default());
    }
    let named = cx.noun_phrase(end, false);
    if !named.is_empty() && !is_time_word(cx.lower(end)) {
        return Some(subject_role(cx, named.collect()));
    }
    let only_time_or_place = end >= cx.words.len()
        || cx.breaks_before(end)
        || matches!(
            cx.lower(end),
            "at" | "in" | "on" | "a" | "an" | "last" | "earlier" | "ago" | "during" | "by" | "from"
        )
        || is_time_word(cx.lower(end));
    let same_kind_before = (0..index)
        .rev()
        .find(|&k| cx.figures[k].kind == f.kind)
        .and_then(|k| earlier.get(k));
    Some(match same_kind_before {
        Some(before) if only_time_or_place => Role {
            counts: before.counts.clone(),
            subject: before.subject.clone(),
            ..Role::default()
        },
        _ => Role::default(),
    })
}

/// The role of what the noun phrase from `k` names, past an article ("on a placebo").
fn named_from(cx: &Context, k: usize) -> Option<Role> {
    let k = k + usize::from(matches!(cx.lower(k), "a" | "an"));
    let named = cx.noun_phrase(k, false);
    (!named.is_empty()).then(|| subject_role(cx, named.collect()))
}

fn is_participle(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ing")
}

fn is_comparison_word(word: &str) -> bool {
    matches!(word, "compared" | "versus" | "vs")
}
