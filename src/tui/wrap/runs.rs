//! Word-wrapping of styled runs, for the counterparts pane and the Columns view's cells.

use crossread::corpus::sanitize::for_display;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Word-wraps styled text: `pieces` are (text, kind) runs whose concatenation is the text.
/// Returns lines of (text, kind) runs, none wider than `width`. Used for diffs and cells.
pub fn wrap_runs<K: Copy + PartialEq>(
    pieces: &[(String, K)],
    width: usize,
) -> Vec<Vec<(String, K)>> {
    let width = width.max(4);
    // Split runs into words (kept with their kinds) separated by whitespace.
    let mut words: Vec<Vec<(String, K)>> = vec![vec![]];
    for (text, kind) in pieces {
        for (i, part) in text.split(char::is_whitespace).enumerate() {
            if i > 0 && words.last().is_some_and(|w| !w.is_empty()) {
                words.push(vec![]);
            }
            if !part.is_empty() {
                let clean = for_display(part).into_owned();
                if let Some(w) = words.last_mut() {
                    w.push((clean, *kind));
                }
            }
        }
    }
    let mut lines: Vec<Vec<(String, K)>> = vec![];
    let mut line: Vec<(String, K)> = vec![];
    let mut line_width = 0;
    for word in words.into_iter().filter(|w| !w.is_empty()) {
        let w: usize = word.iter().map(|(t, _)| t.width()).sum();
        if line_width > 0 && line_width + 1 + w > width {
            lines.push(std::mem::take(&mut line));
            line_width = 0;
        }
        if line_width > 0 {
            let kind = word[0].1;
            push_run(&mut line, " ", kind);
            line_width += 1;
        }
        for (text, kind) in word {
            for c in text.chars() {
                let cw = c.width().unwrap_or(0);
                if line_width + cw > width && line_width > 0 {
                    lines.push(std::mem::take(&mut line));
                    line_width = 0;
                }
                push_run(&mut line, c.encode_utf8(&mut [0; 4]), kind);
                line_width += cw;
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

fn push_run<K: Copy + PartialEq>(line: &mut Vec<(String, K)>, text: &str, kind: K) {
    match line.last_mut() {
        Some((t, k)) if *k == kind => t.push_str(text),
        _ => line.push((text.to_string(), kind)),
    }
}

#[cfg(test)]
mod run_tests {
    use super::*;

    #[test]
    fn runs_wrap_and_keep_their_kinds() {
        let runs = vec![
            ("twelve police ".to_string(), 0),
            ("officers".to_string(), 1),
            (" were killed".to_string(), 0),
        ];
        let lines = wrap_runs(&runs, 14);
        let text: Vec<String> = lines
            .iter()
            .map(|l| l.iter().map(|(t, _)| t.as_str()).collect())
            .collect();
        assert_eq!(text, ["twelve police", "officers were", "killed"]);
        assert_eq!(lines[1][0], ("officers".to_string(), 1));
    }
}
