//! The help overlay, generated from the keymap table, plus a legend of the marks. The keys of
//! the mode with the keyboard come first; then the global keys by section; then the keys of
//! the other panes and views under the name of where they apply.

use super::{Component, Context, Outcome};
use crate::tui::action::Action;
use crate::tui::keymap::{Entry, Section, TABLE, where_text};
use crate::tui::theme::Role;
use crate::tui::wrap::wrap_runs;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

/// The help overlay and how far it is scrolled.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Help {
    pub scroll: u16,
}

impl Component for Help {
    fn update(&mut self, action: Action, _: &Context, _: Rect) -> Outcome {
        let scroll = self.scroll;
        self.scroll = match action {
            Action::Help | Action::Cancel | Action::Quit => return Outcome::Close,
            Action::Down => scroll.saturating_add(1),
            Action::Up => scroll.saturating_sub(1),
            Action::Scroll(n) => (scroll as i32 + n).clamp(0, u16::MAX as i32) as u16,
            Action::PageDown | Action::HalfPageDown => scroll.saturating_add(10),
            Action::PageUp | Action::HalfPageUp => scroll.saturating_sub(10),
            Action::Top => 0,
            _ => scroll,
        };
        Outcome::Nothing
    }

    /// Drawn over the whole screen, whatever `area` the caller gives.
    fn draw(&self, ctx: &Context, frame: &mut Frame, _: Rect) {
        let area = frame.area();
        let width = area.width.saturating_sub(4).min(90);
        let height = area.height.saturating_sub(2);
        let popup = Rect::new(
            area.x + (area.width - width) / 2,
            area.y + (area.height - height) / 2,
            width,
            height,
        );
        let text = lines(ctx, width.saturating_sub(2) as usize);
        let max_scroll = (text.len() as u16).saturating_sub(height.saturating_sub(2));
        let title = format!(
            " Help — {} or {} to close ",
            ctx.key(Action::Cancel),
            ctx.key(Action::Help)
        );
        let block = super::titled_block(ctx.theme, title, Role::FocusBorder);
        frame.render_widget(Clear, popup);
        frame.render_widget(
            Paragraph::new(text)
                .block(block)
                .scroll((self.scroll.min(max_scroll), 0)),
            popup,
        );
    }
}

/// The help text as lines `width` wide: groups of "keys  description", then the legend.
fn lines(ctx: &Context, width: usize) -> Vec<Line<'static>> {
    let key = ctx.theme.style(Role::Key);
    let title = ctx.theme.style(Role::Title);
    let mode = ctx.mode;
    let mut out = Vec::new();
    let mut group = |heading: String, rows: Vec<(String, &'static str)>| {
        if rows.is_empty() {
            return;
        }
        out.push(Line::from(Span::styled(heading, title)));
        out.extend(
            rows.into_iter()
                .flat_map(|(keys, what)| row(keys, what, key, width)),
        );
        out.push(Line::default());
    };
    let here = |e: &&Entry| !e.is_global() && e.modes.contains(&mode);
    group(
        format!("Keys here: {}", mode.title()),
        TABLE
            .iter()
            .filter(here)
            .map(|e| (ctx.keymap.keys_for(mode, e.action), e.description))
            .collect(),
    );
    for section in Section::ALL {
        group(
            section.title().to_string(),
            TABLE
                .iter()
                .filter(|e| e.is_global() && e.section == section)
                .map(|e| (ctx.keymap.keys_for(mode, e.action), e.description))
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
                .map(|e| (ctx.keymap.keys_for(modes[0], e.action), e.description))
                .collect(),
        );
    }
    out.push(Line::from(Span::styled("Marks", title)));
    out.extend(
        LEGEND
            .iter()
            .flat_map(|(mark, meaning)| row(mark.to_string(), meaning, key, width)),
    );
    out.push(Line::default());
    out.extend(
        wrapped(
            "Keys and colours can be changed in the config file (see README).",
            width,
        )
        .map(Line::from),
    );
    out
}

/// Where descriptions start, after the indented keys; their wrapped lines start there too.
const DESCRIPTION_AT: usize = 20;

/// "  j/down            next article / sentence / row", the description wrapped to `width`
/// under itself (a narrow terminal would cut it off).
fn row(keys: String, what: &'static str, key: Style, width: usize) -> Vec<Line<'static>> {
    let mut lines = wrapped(what, width.saturating_sub(DESCRIPTION_AT));
    let first = Line::from(vec![
        Span::styled(format!("  {keys:<18}"), key),
        Span::raw(lines.next().unwrap_or_default()),
    ]);
    std::iter::once(first)
        .chain(lines.map(|rest| Line::from(format!("{:DESCRIPTION_AT$}{rest}", ""))))
        .collect()
}

/// `text` word-wrapped to `width` columns, line by line.
fn wrapped(text: &str, width: usize) -> impl Iterator<Item = String> {
    wrap_runs(&[(text.to_string(), ())], width)
        .into_iter()
        .map(|line| line.into_iter().map(|(word, ())| word).collect::<String>())
}

pub(crate) const LEGEND: &[(&str, &str)] = &[
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
        "p 0.92",
        "how probable it is that a counterpart reports the same fact",
    ),
    (
        "related p 0.20",
        "below the strictness, never counted (also in empty columns)",
    ),
    (
        "⁇",
        "a scraping artefact, such as a number replaced by XNUMX",
    ),
];
