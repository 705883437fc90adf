//! A note: the analyst's text, its #tags, what it is about and where it is anchored.

use super::anchor::Anchor;
use crate::language::count::count;
use serde::{Deserialize, Serialize};
use std::time::{SystemTime, UNIX_EPOCH};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Note {
    pub id: String,
    /// RFC 3339, UTC.
    pub created: String,
    pub modified: String,
    pub body: String,
    /// From the #tags in the body, without '#'.
    pub tags: Vec<String>,
    pub target: Target,
    pub anchor: Anchor,
}

/// What the note was written on. The anchor holds the passage; a figure or a group also
/// keeps what it was, so the Notes view and the exports can say it. Fields added after the
/// first notebook version default, so old notebooks read as before.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Target {
    Sentence,
    Range,
    Figure {
        /// The figure as written ("at least 164"); older notebooks hold the editor's title.
        text: String,
        /// The number it stands for, when it has one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        value: Option<f64>,
        /// The quantity's row label: what is counted, with its unit ("killed (people)").
        #[serde(default)]
        quantity: String,
        #[serde(default)]
        article_id: String,
        /// The figure's byte span in its article when the note was written.
        #[serde(default)]
        start: usize,
        #[serde(default)]
        end: usize,
    },
    Group {
        /// Every passage of the aligned group, the noted one first.
        #[serde(default)]
        passages: Vec<GroupPassage>,
    },
}

/// One passage of an aligned group: where it is, and how close it was to the noted passage.
/// Both numbers are None for the noted passage itself and for a row of the Columns view.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupPassage {
    #[serde(flatten)]
    pub anchor: Anchor,
    /// Wording similarity to the noted passage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f32>,
    /// Probability that it reports the same fact as the noted passage (what the counterparts
    /// pane ranks by). Notes written before it was kept have none and still load.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub probability: Option<f32>,
}

impl Target {
    /// What the note is on, in a few words: "sentence", "figure “164” · killed (people)".
    pub fn label(&self) -> String {
        match self {
            Target::Sentence => "sentence".into(),
            Target::Range => "range of sentences".into(),
            Target::Figure { text, quantity, .. } if quantity.is_empty() => {
                format!("figure “{text}”")
            }
            Target::Figure { text, quantity, .. } => format!("figure “{text}” · {quantity}"),
            Target::Group { passages } if passages.is_empty() => "aligned group".into(),
            Target::Group { passages } => {
                format!(
                    "aligned group of {}",
                    count(passages.len(), "passage", "passages")
                )
            }
        }
    }

    /// One word for the kind of target, for narrow columns.
    pub fn kind(&self) -> &'static str {
        match self {
            Target::Sentence => "sentence",
            Target::Range => "range",
            Target::Figure { .. } => "figure",
            Target::Group { .. } => "group",
        }
    }
}

impl Note {
    pub fn new(body: String, target: Target, anchor: Anchor) -> Note {
        let now = now_rfc3339();
        Note {
            id: new_id(),
            created: now.clone(),
            modified: now,
            tags: parse_tags(&body),
            body,
            target,
            anchor,
        }
    }

    /// Replaces the text, re-reads its tags and updates the modification time.
    pub fn set_body(&mut self, body: &str) {
        self.body = body.to_string();
        self.tags = parse_tags(body);
        self.modified = now_rfc3339();
    }
}

/// `#tag` and `#multi-word-tag`; not `#1` alone, not a URL's `#fragment`.
pub fn parse_tags(body: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for word in body.split_whitespace() {
        if word.contains("://") || word.contains("/#") {
            continue;
        }
        let Some(rest) = word.strip_prefix('#') else {
            continue;
        };
        let tag: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        let tag = tag.trim_end_matches(['-', '_']).to_string();
        if tag.chars().any(char::is_alphabetic)
            && !tags.iter().any(|t| t.eq_ignore_ascii_case(&tag))
        {
            tags.push(tag);
        }
    }
    tags
}

/// Time-based and random enough to be unique across processes writing one notebook.
fn new_id() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let salt = (std::process::id() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
        ^ COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("n{nanos:x}-{:x}", salt & 0xffff_ffff)
}

/// The current time as RFC 3339 UTC ("2026-11-22T12:00:00Z").
pub fn now_rfc3339() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    rfc3339(secs)
}

pub fn rfc3339(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let crate::calendar::Civil { year, month, day } = crate::calendar::Civil::from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An anchor on `exact` at the start of an article "a".
    fn anchor(exact: &str) -> Anchor {
        Anchor {
            article_id: "a".into(),
            path: "a.txt".into(),
            content_hash: "h".into(),
            exact: exact.into(),
            prefix: String::new(),
            suffix: String::new(),
            start: 0,
            end: exact.len(),
        }
    }

    #[test]
    fn tags_are_found_and_urls_ignored() {
        assert_eq!(
            parse_tags("check #deaths and #police-toll, see http://x.org/#frag #1 #Deaths"),
            ["deaths", "police-toll"]
        );
    }

    #[test]
    fn old_figure_and_group_targets_still_read() {
        let figure: Target =
            serde_json::from_str(r#"{"kind":"figure","text":"figure “164” (killed)"}"#)
                .expect("old figure target");
        assert_eq!(figure.kind(), "figure");
        let group: Target = serde_json::from_str(r#"{"kind":"group"}"#).expect("old group");
        assert_eq!(group, Target::Group { passages: vec![] });
    }

    #[test]
    fn a_group_passage_keeps_its_probability_and_one_kept_without_it_still_reads() {
        let passage = GroupPassage {
            anchor: anchor("Ten homes were flooded."),
            score: Some(0.62),
            probability: Some(0.97),
        };
        let mut json = serde_json::to_value(&passage).expect("serialise");
        let back: GroupPassage = serde_json::from_value(json.clone()).expect("read back");
        assert_eq!(back, passage);
        // As notes written before the probability was kept have it.
        json.as_object_mut().expect("object").remove("probability");
        let old: GroupPassage = serde_json::from_value(json).expect("old passage");
        assert_eq!((old.score, old.probability), (Some(0.62), None));
    }

    #[test]
    fn a_group_says_how_many_passages_in_good_english() {
        let passage = |exact: &str| GroupPassage {
            anchor: anchor(exact),
            score: None,
            probability: None,
        };
        let one = Target::Group {
            passages: vec![passage("x")],
        };
        let two = Target::Group {
            passages: vec![passage("x"), passage("y")],
        };
        assert_eq!(one.label(), "aligned group of 1 passage");
        assert_eq!(two.label(), "aligned group of 2 passages");
    }

    #[test]
    fn rfc3339_formats_known_dates() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_641_513_600), "2022-01-07T00:00:00Z");
    }
}
