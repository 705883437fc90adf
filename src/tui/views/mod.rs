//! The frame around the components: the tabs and the status bar. Each has a `draw` that reads
//! the `App`, since it shows something of every part of it. (The overlays — help, note editor,
//! prompt — are components.)

pub mod status;
pub mod tabs;

pub use super::components::titled_block;

/// Truncates to `max` display columns with an ellipsis.
pub fn truncate(s: &str, max: usize) -> String {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    if s.width() <= max {
        return s.to_string();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw + 1 > max {
            break;
        }
        out.push(c);
        w += cw;
    }
    out.push('…');
    out
}

/// `text` cut (with an ellipsis) or padded with spaces to exactly `width` display columns.
pub fn padded(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    let mut out = truncate(text, width);
    let w = out.width();
    out.push_str(&" ".repeat(width.saturating_sub(w)));
    out
}
