//! User and article text inside Markdown: cleaned of terminal controls (the project's one
//! sanitiser, `for_display`) and escaped so that a CommonMark renderer shows exactly the text,
//! whatever it holds: no heading, list, code block, thematic break, table cell break, link,
//! emphasis or raw HTML can come out of it.

use crate::corpus::sanitize::for_display;

/// Characters that mean something inline in CommonMark (or GFM tables and strikethrough)
/// wherever they stand; each is escaped with a backslash, which CommonMark allows before any
/// ASCII punctuation.
const INLINE_SPECIALS: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '&'];

/// One line of text for a paragraph, heading, list item, blockquote or table cell.
pub fn inline(s: &str) -> String {
    let spaced = s.replace(['\n', '\r', '\t'], " ");
    let clean = for_display(&spaced);
    let flat = clean.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(flat.len() + 8);
    for c in flat.chars() {
        if INLINE_SPECIALS.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
    escape_line_start(out)
}

/// A block marker at the start of a line would start a list, a setext heading or a
/// thematic break: `- `, `+ `, `---`, `===`, `1.`, `1)`.
fn escape_line_start(line: String) -> String {
    if line.starts_with(['-', '+', '=']) {
        return format!("\\{line}");
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && matches!(line.as_bytes().get(digits), Some(b'.' | b')')) {
        let (number, rest) = line.split_at(digits);
        return format!("{number}\\{rest}");
    }
    line
}

/// Text of several lines (a note's body) as paragraphs: its lines kept apart with hard line
/// breaks, its blank lines as paragraph breaks. Ends with a newline.
pub fn paragraphs(s: &str) -> String {
    let mut out = String::new();
    let mut block: Vec<String> = Vec::new();
    let flush = |block: &mut Vec<String>, out: &mut String| {
        if !block.is_empty() {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&block.join("\\\n"));
            out.push('\n');
            block.clear();
        }
    };
    for line in s.lines() {
        let text = inline(line);
        if text.is_empty() {
            flush(&mut block, &mut out);
        } else {
            block.push(text);
        }
    }
    flush(&mut block, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_at_the_start_of_a_line_are_escaped() {
        assert_eq!(inline("- item"), "\\- item");
        assert_eq!(inline("---"), "\\---");
        assert_eq!(inline("1) first"), "1\\) first");
        assert_eq!(inline("12. twelfth"), "12\\. twelfth");
        assert_eq!(inline("~~~"), "\\~\\~\\~");
        assert_eq!(inline("# not a heading"), "\\# not a heading");
    }

    #[test]
    fn ordinary_prose_keeps_its_punctuation() {
        assert_eq!(
            inline("Police said 4,404 people - mostly men - were held."),
            "Police said 4,404 people - mostly men - were held."
        );
    }

    #[test]
    fn escape_sequences_and_bidi_overrides_are_removed() {
        assert_eq!(
            inline("a\u{1b}[2Jb\u{1b}]52;c;SEVMTE8=\u{7} c\u{202e}d\u{9b}31m"),
            "ab cd"
        );
    }

    #[test]
    fn lines_stay_lines_and_blank_lines_split_paragraphs() {
        assert_eq!(paragraphs("one\ntwo\n\nthree"), "one\\\ntwo\n\nthree\n");
    }
}
