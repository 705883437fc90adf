//! The help overlay, generated from the keymap table, plus a legend of the marks.

use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::{Section, TABLE};
use crate::tui::theme::Role;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

/// The help text as lines: sections of "keys  description", then the legend.
pub fn lines(app: &App) -> Vec<Line<'static>> {
    let key = app.theme.style(Role::Key);
    let title = app.theme.style(Role::Title);
    let mut out = Vec::new();
    for section in Section::ALL {
        out.push(Line::from(Span::styled(section.title(), title)));
        for e in TABLE.iter().filter(|e| e.section == section) {
            let keys = app.keymap.keys_for(e.action);
            out.push(Line::from(vec![
                Span::styled(format!("  {keys:<18}"), key),
                Span::raw(e.description),
            ]));
        }
        out.push(Line::default());
    }
    out.push(Line::from(Span::styled("Marks", title)));
    for (mark, meaning) in LEGEND {
        out.push(Line::from(vec![
            Span::styled(format!("  {mark:<18}"), key),
            Span::raw(*meaning),
        ]));
    }
    out.push(Line::default());
    out.push(Line::from(
        "Keys and colours can be changed in the config file (see README).",
    ));
    out
}

const LEGEND: &[(&str, &str)] = &[
    ("›", "the current sentence (also highlighted)"),
    ("┃", "a sentence in the selected range"),
    (
        "0 1 2 … (gutter)",
        "how many other sources report the sentence; 0 = only this one",
    ),
    ("✎ (gutter)", "a note on the sentence"),
    ("underlined figure", "a figure (number, amount, duration)"),
    ("≠", "a figure the sources disagree on"),
    ("≡ (columns)", "passages aligned across columns"),
    (
        "⚠ orphan",
        "a note whose passage is gone from a changed file",
    ),
    (
        "dimmed text",
        "web-page leftovers: share buttons, captions, credits",
    ),
    (
        "⁇",
        "a scraping artefact, such as a number replaced by XNUMX",
    ),
];

pub fn draw(app: &App, frame: &mut Frame, scroll: u16) {
    let area = frame.area();
    let width = area.width.saturating_sub(4).min(90);
    let height = area.height.saturating_sub(2);
    let popup = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    let text = lines(app);
    let max_scroll = (text.len() as u16).saturating_sub(height.saturating_sub(2));
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.style(Role::FocusBorder))
        .title(format!(
            " Help — {} or {} to close ",
            app.key(Action::Cancel),
            app.key(Action::Help)
        ))
        .title_style(app.theme.style(Role::Title));
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(text)
            .block(block)
            .scroll((scroll.min(max_scroll), 0)),
        popup,
    );
}
