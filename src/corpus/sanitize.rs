//! Text from files is data: escape sequences and control characters never reach the terminal.

use std::borrow::Cow;

/// Removes ANSI/VT escape sequences and control characters (tabs become a space; line breaks
/// are the caller's business and are also dropped here, since callers pass single lines).
pub fn for_display(s: &str) -> Cow<'_, str> {
    if !s.chars().any(needs_cleaning) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => skip_escape(&mut chars),
            '\u{9b}' => skip_csi_body(&mut chars),
            '\t' => out.push(' '),
            c if needs_cleaning(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn needs_cleaning(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

fn skip_escape(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    match chars.peek() {
        Some('[') => {
            chars.next();
            skip_csi_body(chars);
        }
        Some(']') | Some('P') | Some('_') | Some('^') => {
            // OSC/DCS/APC/PM: until BEL or ST (ESC \).
            chars.next();
            while let Some(c) = chars.next() {
                if c == '\u{7}' {
                    break;
                }
                if c == '\u{1b}' {
                    if chars.peek() == Some(&'\\') {
                        chars.next();
                    }
                    break;
                }
            }
        }
        Some(_) => {
            chars.next();
        }
        None => {}
    }
}

fn skip_csi_body(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    for c in chars.by_ref() {
        if ('\u{40}'..='\u{7e}').contains(&c) {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed() {
        assert!(matches!(for_display("Hello, world"), Cow::Borrowed(_)));
    }

    #[test]
    fn csi_and_osc_sequences_are_removed() {
        assert_eq!(for_display("a\u{1b}[31mred\u{1b}[0m b"), "ared b");
        assert_eq!(for_display("x\u{1b}]0;title\u{7}y"), "xy");
        assert_eq!(for_display("x\u{1b}]8;;http://e\u{1b}\\link"), "xlink");
    }

    #[test]
    fn control_characters_are_dropped_and_tabs_become_spaces() {
        assert_eq!(for_display("a\u{7}b\tc\u{0}d\r"), "ab cd");
    }
}
