//! One file per view or pane. Each has a `draw` that reads the `App` and renders.

pub mod columns;
pub mod compare;
pub mod editor;
pub mod figures;
pub mod help;
pub mod library;
pub mod notes;
pub mod reader;
pub mod status;
pub mod tabs;

use super::action::Focus;
use super::app::App;
use super::theme::{Role, Theme};
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Borders};

/// A bordered, titled box; `border` is the style that sets it apart (an overlay has the
/// keyboard's border, a detail pane the plain one, a warning the error one).
pub fn titled_block<'a>(theme: &Theme, title: impl Into<Line<'a>>, border: Role) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(theme.style(border))
        .title(title)
        .title_style(theme.style(Role::Title))
}

/// A bordered block whose border shows whether it has the keyboard (colour and line style).
pub fn pane_block<'a>(
    app: &App,
    title: impl Into<ratatui::text::Line<'a>>,
    focus: Option<Focus>,
) -> Block<'a> {
    let focused = focus.is_some_and(|f| f == app.focus);
    let (border, kind) = if focused {
        (Role::FocusBorder, BorderType::Thick)
    } else {
        (Role::Border, BorderType::Plain)
    };
    titled_block(&app.theme, title, border).border_type(kind)
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
