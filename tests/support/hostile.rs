//! Files that carry every hostile sequence: escape sequences, C1 controls and bidi overrides
//! in a file name, a title line, an outlet and the text. Shared by the CLI and the screen tests.

use std::path::{Path, PathBuf};

const ESC: char = '\u{1b}';

/// One set of articles holding every hostile sequence of the issue.
pub fn hostile_set(dir: &Path) -> Vec<PathBuf> {
    let evil_name = format!("esc{ESC}[2J{ESC}]52;c;SEVMTE8=\u{7}{ESC}]0;PWNED\u{7}.txt");
    let a = dir.join(evil_name);
    std::fs::write(
        &a,
        format!(
            "Story | {ESC}cReset Outlet{ESC}[H\n\nAt least 164 people{ESC}[10;10H were killed{ESC}]52;c;SEVMTE8=\u{7} in the unrest, officials said. \
             The \u{202e}police\u{202c} said 40 died\u{9b}2J on Tuesday. A reporter{ESC}]0;PWNED TITLE\u{7} wrote it.\n"
        ),
    )
    .expect("write a");
    let b = dir.join("b.html");
    std::fs::write(
        &b,
        "<!doctype html><html><head><title>Unrest &#27;[2Jtoll</title>\
         <meta property=\"og:site_name\" content=\"Evil&#27;[2JSite\"></head><body><article>\
         <h1>Unrest toll</h1><p>Officials said at least 164 people were killed in the unrest on Monday.</p>\
         <p>The police said 40 people died &#x9b;2J in the clashes.</p></article></body></html>",
    )
    .expect("write b");
    vec![a, b]
}

/// No byte or character a terminal would act on: C0 (but line breaks), DEL, C1, bidi controls.
pub fn assert_clean(what: &str, out: &str) {
    let bad: Vec<char> = out
        .chars()
        .filter(|&c| {
            (c.is_control() && c != '\n')
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
        .collect();
    assert!(bad.is_empty(), "{what} carries {bad:?}:\n{out}");
}
