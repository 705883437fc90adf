//! Text from files is data: escape sequences and control characters never reach the terminal.
//!
//! One scanner serves every exit: [`for_display`] for one line on a screen, in CLI text or on
//! stderr; [`lines_for_display`] for messages of several lines; [`article_text`] for an
//! article's text before it is segmented, so that figures, alignment and anchors never see the
//! digits of a sequence; [`escape_json`] for JSON documents, whose strings may carry any
//! character but should not carry C1 controls or bidirectional overrides raw.

use std::borrow::Cow;

/// Removes ANSI/VT escape sequences (CSI, OSC, DCS, SOS, PM, APC, in their 7-bit and 8-bit
/// forms), control characters and invisible bidi/zero-width format characters. Tabs become a
/// space; line breaks are dropped too, since callers pass single lines.
pub fn for_display(s: &str) -> Cow<'_, str> {
    clean(s, Keep::Nothing)
}

/// [`for_display`] for each line of a message, keeping its line breaks.
pub fn lines_for_display(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| c != '\n' && needs_cleaning(c)) {
        return Cow::Borrowed(s);
    }
    let lines: Vec<Cow<'_, str>> = s.split('\n').map(for_display).collect();
    Cow::Owned(lines.join("\n"))
}

/// An article's text with whole escape sequences and control characters removed; tabs, line
/// breaks and form feeds stay (they carry layout), and so do Unicode format characters, which
/// right-to-left text needs (screens drop them through [`for_display`], JSON escapes them).
pub fn article_text(s: &str) -> Cow<'_, str> {
    clean(s, Keep::Layout)
}

/// Escapes, inside a JSON document, the characters a terminal would act on or reorder text for
/// (C1 controls, bidi overrides, line separators) as `\uXXXX`. JSON outside strings is ASCII,
/// so every such character is inside a string, where the escape means the same character.
pub fn escape_json(json: String) -> String {
    if !has_json_escaped(&json) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if json_escaped(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// [`escape_json`] as a writer: a JSON document streamed through it reaches `inner` escaped the
/// same way, without the whole document held in memory. A character split across two writes
/// is held back until its last byte arrives.
pub struct JsonEscaper<W: std::io::Write> {
    inner: W,
    /// The first bytes of a character whose rest has not been written yet (at most 3).
    pending: Vec<u8>,
}

impl<W: std::io::Write> JsonEscaper<W> {
    pub fn new(inner: W) -> Self {
        JsonEscaper {
            inner,
            pending: Vec::with_capacity(4),
        }
    }

    /// Writes valid UTF-8 with the characters [`escape_json`] escapes written as `\uXXXX`.
    fn write_str(&mut self, text: &str) -> std::io::Result<()> {
        // Every escaped character is outside ASCII, and most of a document is ASCII.
        if text.is_ascii() {
            return self.inner.write_all(text.as_bytes());
        }
        let mut run = 0;
        for (i, c) in text.char_indices() {
            if json_escaped(c) {
                self.inner.write_all(&text.as_bytes()[run..i])?;
                write!(self.inner, "\\u{:04x}", c as u32)?;
                run = i + c.len_utf8();
            }
        }
        self.inner.write_all(&text.as_bytes()[run..])
    }
}

impl<W: std::io::Write> std::io::Write for JsonEscaper<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut bytes = buf;
        // Complete a character left over from the last write.
        while !self.pending.is_empty() && !bytes.is_empty() {
            self.pending.push(bytes[0]);
            bytes = &bytes[1..];
            match std::str::from_utf8(&self.pending) {
                Ok(c) => {
                    let c = c.to_string();
                    self.pending.clear();
                    self.write_str(&c)?;
                }
                Err(e) if e.error_len().is_some() || self.pending.len() >= 4 => {
                    return Err(std::io::Error::new(
                        std::io::ErrorKind::InvalidData,
                        "JSON output is not UTF-8",
                    ));
                }
                Err(_) => {}
            }
        }
        match std::str::from_utf8(bytes) {
            Ok(text) => self.write_str(text)?,
            Err(e) if e.error_len().is_none() => {
                // The write ends inside a character: keep its first bytes for the next one.
                let (whole, tail) = bytes.split_at(e.valid_up_to());
                self.write_str(std::str::from_utf8(whole).unwrap_or_default())?;
                self.pending.extend_from_slice(tail);
            }
            Err(_) => {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    "JSON output is not UTF-8",
                ));
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Whether `text` holds a character [`escape_json`] escapes. Every such character is outside
/// ASCII, and most of a document is ASCII: runs of it are skipped 16 bytes at a time (checking
/// every character was a tenth of writing 80 MB of groups).
fn has_json_escaped(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes.len() - i >= 16 && bytes[i..i + 16].is_ascii() {
            i += 16;
        } else if bytes[i].is_ascii() {
            i += 1;
        } else {
            // `i` is at the first byte of a character: ASCII bytes never continue one.
            let Some(c) = text[i..].chars().next() else {
                return false;
            };
            if json_escaped(c) {
                return true;
            }
            i += c.len_utf8();
        }
    }
    false
}

/// Whether [`escape_json`] escapes the character.
pub(crate) fn json_escaped(c: char) -> bool {
    ('\u{80}'..='\u{9f}').contains(&c)
        || is_invisible_format(c)
        || matches!(c, '\u{2028}' | '\u{2029}')
}

#[derive(Clone, Copy, PartialEq)]
enum Keep {
    Nothing,
    /// Tabs, line breaks, form feeds and format characters.
    Layout,
}

fn clean(s: &str, keep: Keep) -> Cow<'_, str> {
    let dirty = |c: char| match keep {
        Keep::Nothing => needs_cleaning(c),
        Keep::Layout => c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'),
    };
    let any_dirty = match keep {
        Keep::Layout => has_control(s),
        Keep::Nothing => s.chars().any(dirty),
    };
    if !any_dirty {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => skip_escape(&mut chars),
            '\u{9b}' => skip_csi_body(&mut chars),
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            '\t' if keep == Keep::Nothing => out.push(' '),
            c if dirty(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Whether `s` has a control character other than a tab, line break or form feed. In UTF-8
/// those are the bytes below 0x20, 0x7f, and 0xc2 before 0x80–0x9f: read byte by byte, with
/// no character decoded (decoding every article's text to look was over 1% of the run).
fn has_control(s: &str) -> bool {
    let bytes = s.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| match b {
        b'\t' | b'\n' | b'\r' | 0x0c => false,
        0x00..=0x1f | 0x7f => true,
        0xc2 => bytes.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)),
        _ => false,
    })
}

fn needs_cleaning(c: char) -> bool {
    c.is_control() || is_invisible_format(c)
}

/// Zero-width characters and bidi marks, embeddings, overrides and isolates: invisible, and
/// able to reorder what a terminal shows around them.
fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{61c}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2069}'
            | '\u{feff}'
    )
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// After ESC: a CSI, a control string (OSC, DCS, SOS, PM, APC) or a short escape
/// (intermediate bytes, then one final byte, as in `ESC c` or `ESC ( B`).
fn skip_escape(chars: &mut Chars<'_>) {
    match chars.peek() {
        Some('[') => {
            chars.next();
            skip_csi_body(chars);
        }
        Some(']' | 'P' | 'X' | '^' | '_') => {
            chars.next();
            skip_string(chars);
        }
        _ => {
            while chars
                .next_if(|c| ('\u{20}'..='\u{2f}').contains(c))
                .is_some()
            {}
            chars.next_if(|c| ('\u{30}'..='\u{7e}').contains(c));
        }
    }
}

/// Parameter and intermediate bytes, then the final byte. A character that cannot belong to
/// the sequence ends it and is kept (an unfinished `ESC [` does not swallow the text after it).
fn skip_csi_body(chars: &mut Chars<'_>) {
    while chars
        .next_if(|c| ('\u{20}'..='\u{3f}').contains(c))
        .is_some()
    {}
    chars.next_if(|c| ('\u{40}'..='\u{7e}').contains(c));
}

/// A control string runs to BEL or ST (`ESC \` or U+009C). One left open ends at the line's
/// end, so that a stray introducer costs a line of text, not the rest of the article.
fn skip_string(chars: &mut Chars<'_>) {
    while let Some(c) = chars.next_if(|&c| c != '\n') {
        match c {
            '\u{7}' | '\u{9c}' => break,
            '\u{1b}' => {
                chars.next_if_eq(&'\\');
                break;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed() {
        assert!(matches!(for_display("Hello, world"), Cow::Borrowed(_)));
        assert!(matches!(
            article_text("Title\r\n\r\nBody.\n"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn csi_and_osc_sequences_are_removed() {
        assert_eq!(for_display("a\u{1b}[31mred\u{1b}[0m b"), "ared b");
        assert_eq!(for_display("x\u{1b}]0;title\u{7}y"), "xy");
        assert_eq!(for_display("x\u{1b}]8;;http://e\u{1b}\\link"), "xlink");
    }

    #[test]
    fn every_kind_of_sequence_goes_whole() {
        let hostile = "a\u{1b}[2J\u{1b}]52;c;SEVMTE8=\u{7}\u{1b}]0;PWNED\u{7}b\u{1b}cc\u{1b}[H\
                       \u{1b}P1$r\u{1b}\\d\u{1b}Xsos\u{9c}e\u{1b}^pm\u{1b}\\f\u{1b}_apc\u{7}g\
                       \u{9b}10;10Hh\u{9d}0;T\u{9c}i\u{1b}(Bj";
        assert_eq!(for_display(hostile), "abcdefghij");
        assert_eq!(article_text(hostile), "abcdefghij");
    }

    #[test]
    fn an_unfinished_sequence_keeps_the_text_after_it() {
        assert_eq!(
            article_text("164 people\u{1b}[«killed»"),
            "164 people«killed»"
        );
        assert_eq!(
            article_text("A\u{1b}]0;open title\nNext line."),
            "A\nNext line."
        );
    }

    #[test]
    fn control_characters_are_dropped_and_tabs_become_spaces() {
        assert_eq!(for_display("a\u{7}b\tc\u{0}d\r"), "ab cd");
        assert_eq!(for_display("\u{202e}evil\u{2066}x\u{85}"), "evilx");
    }

    #[test]
    fn article_text_keeps_layout_and_right_to_left_marks() {
        assert_eq!(
            article_text("a\tb\r\n\u{c}c\u{200f}\u{7}\u{85}"),
            "a\tb\r\n\u{c}c\u{200f}"
        );
    }

    #[test]
    fn control_characters_are_found_by_their_bytes() {
        for c in [
            '\0', '\t', '\n', '\u{c}', '\r', '\u{1b}', ' ', '\u{7f}', '\u{80}', '\u{9f}',
        ]
        .into_iter()
        .chain(['\u{a0}', 'é', 'Ā', '\u{200f}', '—'])
        {
            let text = format!("a{c}b");
            let dirty = c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}');
            assert_eq!(super::has_control(&text), dirty, "{c:?}");
        }
    }

    #[test]
    fn multi_line_messages_keep_their_lines() {
        assert_eq!(
            lines_for_display("no articles in x\u{1b}]0;T\u{7}\n  skipped y"),
            "no articles in x\n  skipped y"
        );
    }

    #[test]
    fn json_strings_carry_c1_and_bidi_controls_escaped() {
        let json = serde_json::to_string(&["a\u{9b}2J\u{202e}b\u{1b}"]).expect("serialises");
        let escaped = escape_json(json);
        assert_eq!(escaped, r#"["a\u009b2J\u202eb\u001b"]"#);
        let back: Vec<String> = serde_json::from_str(&escaped).expect("still JSON");
        assert_eq!(back, ["a\u{9b}2J\u{202e}b\u{1b}"]);
    }

    #[test]
    fn a_control_after_long_plain_runs_is_still_escaped() {
        // Long ASCII runs (skipped a block at a time) and accented letters (kept) around the
        // controls, at every offset from a block's start.
        for pad in 0..40 {
            let text = format!(
                "{}é{}\u{2029}ü{}\u{85}",
                "x".repeat(pad),
                "y".repeat(17),
                "z".repeat(pad)
            );
            let escaped = escape_json(text.clone());
            assert_eq!(
                escaped,
                text.replace('\u{2029}', "\\u2029")
                    .replace('\u{85}', "\\u0085")
            );
        }
        let plain = format!("{}é ü — «quoted»", "x".repeat(33));
        assert_eq!(escape_json(plain.clone()), plain);
    }

    #[test]
    fn json_streamed_in_pieces_is_escaped_like_the_whole_document() {
        use std::io::Write;
        let json = serde_json::to_string_pretty(&["a\u{9b}2J\u{202e}b\u{1b} é \u{2028}"])
            .expect("serialises");
        // Every split point, including those inside a multi-byte character.
        for cut in 0..=json.len() {
            let mut out = JsonEscaper::new(Vec::new());
            out.write_all(&json.as_bytes()[..cut]).expect("writes");
            out.write_all(&json.as_bytes()[cut..]).expect("writes");
            let streamed = String::from_utf8(out.inner).expect("UTF-8");
            assert_eq!(streamed, escape_json(json.clone()), "cut at byte {cut}");
        }
    }
}
