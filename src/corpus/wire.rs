//! Wire copy's conventions around the story: the dateline that names the agency
//! ("DAYTON (AP) — …") and the section label some pages put before the first words
//! ("Story highlights …").

use super::meta::is_name_like;

/// "DAYTON (AP) — Officials say…", "NAPA, California (Reuters) - …", "(CNN) The flood…":
/// a wire dateline names the outlet in brackets before the story's first words. Returns the
/// outlet and where the story's own words begin.
pub fn dateline(line: &str) -> Option<(String, usize)> {
    let open = line.find('(')?;
    let close = open + line[open..].find(')')?;
    let place = line[..open].trim();
    let name = line[open + 1..close].trim();
    // The place is written in capitals ("NEW DELHI", "NAPA, California"), or absent.
    let place_ok = place.is_empty()
        || (place.split_whitespace().count() <= 5
            && place.split_whitespace().next().is_some_and(|w| {
                w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !w.chars().any(char::is_lowercase)
            }));
    // An agency's name is short ("AP", "Reuters", "The Associated Press"); a spelled-out
    // acronym in prose ("EU (European Union Trade Office) - …") is longer.
    let name_ok = name.chars().count() <= 30
        && name.split_whitespace().count() <= 3
        && !name.contains('/')
        && is_name_like(name);
    if !place_ok || !name_ok {
        return None;
    }
    let rest = &line[close + 1..];
    let story = rest.trim_start();
    let dash = story.strip_prefix(['—', '–', '-']).map(str::trim_start);
    let at = |s: &str| line.len() - s.len();
    match dash {
        Some(after) if !after.is_empty() => Some((name.to_string(), at(after))),
        // Without a dash only a bare "(CNN) The…" opening, the bracket first on the line.
        None if place.is_empty()
            && rest.starts_with(' ')
            && story.chars().next().is_some_and(char::is_uppercase) =>
        {
            Some((name.to_string(), at(story)))
        }
        _ => None,
    }
}

/// Labels a page sets before its first words, in front of a summary ("Story highlights Second
/// flood-related death confirmed") or a headline ("BREAKING: …"): a section's name, not the
/// story's.
const SECTION_LABELS: &[&str] = &[
    "story highlights",
    "highlights:",
    "key points:",
    "summary:",
    "breaking news:",
    "breaking:",
    "update:",
    "updated:",
    "live:",
    "exclusive:",
];

/// Characters of the longest of [`SECTION_LABELS`].
const LONGEST_LABEL: usize = 16;

/// The title without a section label before it (when words remain after it).
pub fn without_label(title: &str) -> &str {
    // Only the head can hold a label: every sentence that starts a line asks, so the rest of
    // it is not lowercased.
    let head: String = title.chars().take(LONGEST_LABEL).collect();
    let lower = head.to_lowercase();
    SECTION_LABELS
        .iter()
        .find(|l| lower.starts_with(*l) && lower.len() == head.len())
        .map(|l| title[l.len()..].trim_start())
        .filter(|rest| !rest.is_empty())
        .unwrap_or(title)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_label_is_read_whole() {
        let longest = SECTION_LABELS.iter().map(|l| l.chars().count()).max();
        assert_eq!(longest, Some(LONGEST_LABEL));
    }

    #[test]
    fn a_section_label_is_not_part_of_the_title() {
        assert_eq!(
            without_label("Story highlights Second flood-related death confirmed in Ohio"),
            "Second flood-related death confirmed in Ohio"
        );
        assert_eq!(without_label("BREAKING: Dam bursts"), "Dam bursts");
        assert_eq!(without_label("Story highlights"), "Story highlights");
        assert_eq!(
            without_label("Updates to the flood toll"),
            "Updates to the flood toll"
        );
    }

    #[test]
    fn a_wire_dateline_names_the_outlet_and_where_the_story_begins() {
        for (line, outlet, story) in [
            (
                "DAYTON (AP) — Officials say the dam held.",
                "AP",
                "Officials say",
            ),
            (
                "NAPA, California (Reuters) - Smoke crossed the road.",
                "Reuters",
                "Smoke crossed",
            ),
            (
                "(CNN) The flood at the harbour was the worst.",
                "CNN",
                "The flood",
            ),
        ] {
            let (o, at) = dateline(line).expect(line);
            assert_eq!(o, outlet);
            assert!(line[at..].starts_with(story), "{line}");
        }
        for prose in [
            "Officials (police and firefighters) said it was over.",
            "The mayor (Jane Doe) - who spoke first - said so.",
            "(AP Photo/Maria K. Lund) A crowd gathers.",
            "(In a statement) the company said it would pay.",
            "EU (European Union Trade Office) - the office met.",
        ] {
            assert_eq!(dateline(prose), None, "{prose}");
        }
    }
}
