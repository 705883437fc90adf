//! One file per view or pane not yet a component (see `components`). Each has a `draw` that
//! reads the `App` and renders.

pub mod editor;
pub mod reader;
pub mod status;
pub mod tabs;

use super::action::Focus;
use super::app::App;
use ratatui::widgets::Block;

pub use super::components::titled_block;

/// A bordered block whose border shows whether it has the keyboard (colour and line style).
pub fn pane_block<'a>(
    app: &App,
    title: impl Into<ratatui::text::Line<'a>>,
    focus: Option<Focus>,
) -> Block<'a> {
    super::components::pane_block(&app.theme, app.focus, title, focus)
}

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
