//! The `align` document's groups written straight into bytes: exactly what serde_json's pretty
//! printer writes for a [`GroupEntry`](super::document::GroupEntry) two levels deep, escaped as
//! [`sanitize::escape_json`] escapes it. The groups of 1,000 articles are ~75 MB of JSON; through
//! serde, an indented copy and an escaping pass they were an eighth of the whole run.

use crate::align::{Group, PassageRef};
use crate::corpus::{Corpus, sanitize};

/// Writes groups as list entries of the `align` document. A passage sits in ~11 groups on
/// average (copies above all), so each passage's object is written once, beforehand, on all
/// cores, and a group's are copied in.
pub struct GroupWriter {
    /// Where each article's sentences start among all sentences.
    article_start: Vec<usize>,
    /// Each sentence's object, for the sentences some group holds (empty for the others).
    passages: Vec<Vec<u8>>,
}

impl GroupWriter {
    /// A writer for `groups` of `corpus`.
    pub fn new(corpus: &Corpus, groups: &[Group]) -> GroupWriter {
        use rayon::prelude::*;
        let article_start = corpus.sentence_starts();
        let total = *article_start.last().unwrap_or(&0);
        let mut held = vec![None; total];
        for p in groups.iter().flat_map(|g| &g.passages) {
            held[article_start[p.article] + p.sentence] = Some(*p);
        }
        let passages = held
            .par_iter()
            .map(|p| {
                let mut out = Vec::new();
                if let Some(p) = p {
                    write_passage(&mut out, corpus, p);
                }
                out
            })
            .collect();
        GroupWriter {
            article_start,
            passages,
        }
    }

    /// Writes group `g` as the list entry it is in the `align` document: from its opening
    /// brace (the caller writes the indentation before it) to its closing one, its inner lines
    /// indented for two levels of nesting. The group must be one the writer was made for.
    pub fn write(&self, out: &mut Vec<u8>, g: &Group) {
        out.extend_from_slice(b"{\n      \"score\": ");
        write_f32(out, g.score);
        out.extend_from_slice(b",\n      \"passages\": [");
        for (k, p) in g.passages.iter().enumerate() {
            out.extend_from_slice(if k == 0 { b"\n" } else { b",\n" });
            out.extend_from_slice(&self.passages[self.article_start[p.article] + p.sentence]);
        }
        if !g.passages.is_empty() {
            out.extend_from_slice(b"\n      ");
        }
        out.extend_from_slice(b"]\n    }");
    }

    /// About how many bytes [`GroupWriter::write`] writes for `g` (its score's digits
    /// guessed at their longest).
    pub fn size(&self, g: &Group) -> usize {
        const FRAME: usize = 64;
        let passage =
            |p: &PassageRef| self.passages[self.article_start[p.article] + p.sentence].len();
        FRAME + g.passages.iter().map(|p| passage(p) + 2).sum::<usize>()
    }
}

/// A passage's object, three levels deep, from its indentation to its closing brace.
fn write_passage(out: &mut Vec<u8>, corpus: &Corpus, p: &PassageRef) {
    let a = &corpus.articles[p.article];
    let s = &a.sentences[p.sentence];
    out.extend_from_slice(b"        {\n          \"article\": ");
    write_string(out, &a.id);
    out.extend_from_slice(b",\n          \"start\": ");
    write_usize(out, s.start);
    out.extend_from_slice(b",\n          \"end\": ");
    write_usize(out, s.end);
    out.extend_from_slice(b",\n          \"text\": ");
    write_string(out, &a.text[s.span()]);
    out.extend_from_slice(b"\n        }");
}

/// A float as serde_json writes it (shortest round-trip digits; `null` when not finite).
fn write_f32(out: &mut Vec<u8>, x: f32) {
    // One per group: serde_json's own formatting, so the digits cannot drift from it.
    serde_json::to_writer(out, &x).unwrap_or_default();
}

fn write_usize(out: &mut Vec<u8>, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

/// A JSON string as serde_json escapes it (quote, backslash, control characters) with the
/// characters [`sanitize::escape_json`] escapes (C1 controls, bidi overrides, line separators)
/// as `\uXXXX` too.
pub fn write_string(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let bytes = s.as_bytes();
    // `run` is where the bytes not yet written start.
    let (mut run, mut i) = (0, 0);
    while i < bytes.len() {
        // Plain ASCII eight bytes at a time: most of every passage.
        while let Some(chunk) = bytes.get(i..i + 8)
            && plain_ascii(u64::from_le_bytes(chunk.try_into().unwrap_or_default()))
        {
            i += 8;
        }
        let Some(&b) = bytes.get(i) else { break };
        if b.is_ascii() {
            if let Some(escape) = ascii_escape(b) {
                out.extend_from_slice(&bytes[run..i]);
                out.extend_from_slice(escape.as_bytes());
                run = i + 1;
            } else if b < 0x20 {
                out.extend_from_slice(&bytes[run..i]);
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 0xf)]);
                run = i + 1;
            }
            i += 1;
        } else if !may_start_escaped(b) {
            // Inside or at the start of a character that is never escaped (’ “ é, CJK).
            i += 1;
        } else {
            // A lead byte: `i` is where its character starts.
            let c = s[i..].chars().next().unwrap_or_default();
            if sanitize::json_escaped(c) {
                out.extend_from_slice(&bytes[run..i]);
                let code = c as u32;
                out.extend_from_slice(b"\\u");
                for shift in [12, 8, 4, 0] {
                    out.push(HEX[((code >> shift) & 0xf) as usize]);
                }
                run = i + c.len_utf8();
            }
            i += c.len_utf8();
        }
    }
    out.extend_from_slice(&bytes[run..]);
    out.push(b'"');
}

/// Whether a byte outside ASCII is the first byte of a character that
/// [`sanitize::json_escaped`] may escape: U+0080–U+009F (0xC2), U+061C (0xD8), U+2000–U+2FFF
/// (0xE2) and U+F000–U+FFFF (0xEF). Continuation bytes (0x80–0xBF) never are.
fn may_start_escaped(b: u8) -> bool {
    matches!(b, 0xc2 | 0xd8 | 0xe2 | 0xef)
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// serde_json's short escapes.
fn ascii_escape(b: u8) -> Option<&'static str> {
    Some(match b {
        b'"' => "\\\"",
        b'\\' => "\\\\",
        b'\n' => "\\n",
        b'\r' => "\\r",
        b'\t' => "\\t",
        0x08 => "\\b",
        0x0c => "\\f",
        _ => return None,
    })
}

/// Whether eight bytes are all ASCII that JSON strings hold as they are: no control
/// character, quote or backslash, nothing outside ASCII.
fn plain_ascii(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // Once no high bit is set, a byte below 0x20 sets its own after subtracting 0x20, and a
    // byte equal to the xored one after subtracting 1. A borrow from the byte below may flag
    // a plain byte too: that only sends the eight to the byte-by-byte path.
    let below_space = x.wrapping_sub(ONES * 0x20);
    let quote = (x ^ (ONES * u64::from(b'"'))).wrapping_sub(ONES);
    let backslash = (x ^ (ONES * u64::from(b'\\'))).wrapping_sub(ONES);
    (x | below_space | quote | backslash) & HIGHS == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::document::group;
    use proptest::prelude::*;

    /// What serde_json and `escape_json` write for a string.
    fn through_serde(s: &str) -> String {
        sanitize::escape_json(serde_json::to_string(s).expect("serialises"))
    }

    fn written(s: &str) -> String {
        let mut out = Vec::new();
        write_string(&mut out, s);
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn strings_are_escaped_as_serde_and_escape_json_escape_them() {
        for s in [
            "",
            "plain text of more than eight bytes",
            "quote \" backslash \\ slash / tab \t end",
            "\u{0}\u{1}\u{8}\u{b}\u{c}\u{1f}\u{7f} controls",
            "Kazakhstan’s protests – “quoted” \u{85} next \u{9b}[31m",
            "bidi \u{202e}reversed\u{202c} \u{2028}\u{2029} \u{feff} \u{61c} \u{200b}",
            "12345678\"2345678\\",
            "ελληνικά και 中文 😀 mixed with ASCII",
        ] {
            assert_eq!(written(s), through_serde(s), "{s:?}");
        }
    }

    #[test]
    fn every_escaped_character_starts_with_a_byte_that_is_looked_at() {
        for c in (0x80..=0x10ffff).filter_map(char::from_u32) {
            let mut utf8 = [0u8; 4];
            let lead = c.encode_utf8(&mut utf8).as_bytes()[0];
            assert!(
                !sanitize::json_escaped(c) || may_start_escaped(lead),
                "{c:?}"
            );
        }
    }

    proptest! {
        #[test]
        fn any_string_is_escaped_as_serde_and_escape_json_escape_it(s in "\\PC*|[\\x00-\\x7f\u{80}-\u{a0}\u{2028}\u{202e}]{0,40}") {
            prop_assert_eq!(written(&s), through_serde(&s));
        }

        #[test]
        fn numbers_are_written_as_serde_writes_them(n in any::<usize>(), x in any::<f32>()) {
            let mut out = Vec::new();
            write_usize(&mut out, n);
            write_f32(&mut out, x);
            let expected = format!("{}{}", n, serde_json::to_string(&x).expect("serialises"));
            prop_assert_eq!(String::from_utf8(out).expect("UTF-8"), expected);
        }
    }

    #[test]
    fn a_group_reads_as_serde_pretty_prints_it_two_levels_deep() {
        let corpus = crate::corpus::Corpus::from_texts(&[
            "A \"quoted\" line.\tWith a tab \u{85} and more.",
            "Another \u{202e}text\u{202c}. And more of it.",
        ]);
        let at = |article, sentence| crate::align::PassageRef { article, sentence };
        for g in [
            Group {
                score: 0.87,
                passages: vec![at(0, 0), at(1, 0), at(1, 1)],
            },
            Group {
                score: 1.0,
                passages: vec![],
            },
        ] {
            let mut out = Vec::new();
            GroupWriter::new(&corpus, std::slice::from_ref(&g)).write(&mut out, &g);
            let pretty = serde_json::to_string_pretty(&group(&corpus, &g)).expect("serialises");
            let expected = sanitize::escape_json(pretty.replace('\n', "\n    "));
            assert_eq!(String::from_utf8(out).expect("UTF-8"), expected);
        }
    }
}
