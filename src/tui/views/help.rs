//! The help overlay, generated from the keymap table, plus a legend of the marks. The keys of
//! the mode with the keyboard come first; then the global keys by section; then the keys of
//! the other panes and views under the name of where they apply.

use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::{Entry, Section, TABLE, where_text};
use crate::tui::theme::Role;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

/// The help text as lines: groups of "keys  description", then the legend.
pub fn lines(app: &App) -> Vec<Line<'static>> {
    let key = app.theme.style(Role::Key);
    let title = app.theme.style(Role::Title);
    let mode = app.mode();
    let mut out = Vec::new();
    let mut group = |heading: String, rows: Vec<(String, &'static str)>| {
        if rows.is_empty() {
            return;
        }
        out.push(Line::from(Span::styled(heading, title)));
        out.extend(rows.into_iter().map(|(keys, what)| row(keys, what, key)));
        out.push(Line::default());
    };
    let here = |e: &&Entry| !e.is_global() && e.modes.contains(&mode);
    group(
        format!("Keys here: {}", mode.title()),
        TABLE
            .iter()
            .filter(here)
            .map(|e| (app.keymap.keys_for(mode, e.action), e.description))
            .collect(),
    );
    for section in Section::ALL {
        group(
            section.title().to_string(),
            TABLE
                .iter()
                .filter(|e| e.is_global() && e.section == section)
                .map(|e| (app.keymap.keys_for(mode, e.action), e.description))
                .collect(),
        );
    }
    // Elsewhere: one group per set of places, in the table's order.
    let elsewhere: Vec<_> = TABLE
        .iter()
        .filter(|e| !e.is_global() && !here(e))
        .collect();
    let mut places: Vec<&[_]> = Vec::new();
    for e in &elsewhere {
        if !places.contains(&e.modes) {
            places.push(e.modes);
        }
    }
    for modes in places {
        group(
            format!("{} only", where_text(modes)),
            elsewhere
                .iter()
                .filter(|e| e.modes == modes)
                .map(|e| (app.keymap.keys_for(modes[0], e.action), e.description))
                .collect(),
        );
    }
    out.push(Line::from(Span::styled("Marks", title)));
    out.extend(
        LEGEND
            .iter()
            .map(|(mark, meaning)| row(mark.to_string(), meaning, key)),
    );
    out.push(Line::default());
    out.push(Line::from(
        "Keys and colours can be changed in the config file (see README).",
    ));
    out
}

/// "  j/down            next article / sentence / row"
fn row(keys: String, what: &'static str, key: Style) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("  {keys:<18}"), key),
        Span::raw(what),
    ])
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
    let title = format!(
        " Help — {} or {} to close ",
        app.key(Action::Cancel),
        app.key(Action::Help)
    );
    let block = super::titled_block(&app.theme, title, Role::FocusBorder);
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(text)
            .block(block)
            .scroll((scroll.min(max_scroll), 0)),
        popup,
    );
}
