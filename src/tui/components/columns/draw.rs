//! The Columns view: the picked articles side by side under headers (title, outlet, date),
//! one row per sentence of the first with the others' aligned passages beside it, separators
//! between columns and rows. The gutter marks the selected row (▶), the reader's current
//! sentence (›), and rows whose figures conflict (≠), whose claims differ (Δ) or that agree
//! (≡); cells say what differs from the first column (Δ line) and mark the differing words.

use super::{Columns, RowKind};
use crate::tui::action::{Action, Focus};
use crate::tui::components::Context;
use crate::tui::components::compare::diff_style;
use crate::tui::theme::Role;
use crate::tui::views::{padded, truncate};
use crossread::corpus::sanitize::for_display;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

/// Gutter columns left of the first text column.
pub const GUTTER: u16 = 2;
/// Lines above the rows: title, outlet and date, rule.
pub const HEADER: u16 = 3;

/// Width of one text column for `n` columns in `area_width` (borders, gutter and one
/// separator before each column taken off).
pub fn column_width(area_width: u16, n: usize) -> u16 {
    let n = n.max(1) as u16;
    (area_width.saturating_sub(2 + GUTTER + n) / n).max(8)
}

pub fn draw(view: &Columns, ctx: &Context, frame: &mut Frame, area: Rect) {
    let title = format!(
        " Columns — {} ",
        ctx.hints(&[
            (Action::MarkColumn, "picks articles"),
            (Action::NextConflict, "next conflict"),
            (Action::NextDifference, "next difference"),
            (Action::Open, "reads"),
        ])
    );
    let block = ctx.block(
        truncate(&title, area.width.saturating_sub(4) as usize),
        Some(Focus::Reader),
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if ctx.report.is_none() {
        frame.render_widget(Paragraph::new(ctx.progress.clone()), inner);
        return;
    }
    if view.articles.len() < 2 {
        let text = "The Columns view compares two articles or more: open more than one.";
        frame.render_widget(Paragraph::new(text), inner);
        return;
    }
    let width = column_width(area.width, view.articles.len()) as usize;
    let mut lines = header(view, ctx, width);
    let height = inner.height as usize;
    let mut row = view.scroll.first;
    let mut skip = view.scroll.skip;
    while row < view.rows.len() && lines.len() < height {
        if view.is_shown(row) {
            let mut block = Vec::new();
            draw_row(view, ctx, row, width, &mut block);
            if view.rule_after(row) {
                block.push(rule(ctx, view.articles.len(), width, "┼"));
            }
            lines.extend(block.into_iter().skip(skip));
            skip = 0;
        }
        row += 1;
    }
    frame.render_widget(Paragraph::new(lines), inner);
    if let Some(at) = view.picker {
        draw_picker(ctx, frame, area, at);
    }
}

/// Titles, then outlet and date, then a rule.
fn header(view: &Columns, ctx: &Context, width: usize) -> Vec<Line<'static>> {
    let theme = ctx.theme;
    let n = view.articles.len();
    let mut titles = vec![Span::raw(" ".repeat(GUTTER as usize))];
    let mut sources = titles.clone();
    for &a in &view.articles {
        let article = &ctx.corpus.articles[a];
        let source = [article.outlet.as_deref(), article.date.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ");
        let source = if source.is_empty() {
            "source and date unknown".to_string()
        } else {
            source
        };
        titles.push(separator(ctx));
        titles.push(Span::styled(
            padded(&for_display(article.title.trim()), width),
            theme.style(Role::Title),
        ));
        sources.push(separator(ctx));
        sources.push(Span::styled(
            padded(&for_display(&source), width),
            theme.style(Role::Gutter),
        ));
    }
    vec![
        Line::from(titles),
        Line::from(sources),
        rule(ctx, n, width, "┼"),
    ]
}

fn separator(ctx: &Context) -> Span<'static> {
    Span::styled("│", ctx.theme.style(Role::Border))
}

/// A rule across the view, crossing the column separators; it runs on over the few columns
/// the division leaves over.
fn rule(ctx: &Context, n: usize, width: usize, cross: &str) -> Line<'static> {
    let mut text = "─".repeat(GUTTER as usize);
    for _ in 0..n {
        text.push_str(cross);
        text.push_str(&"─".repeat(width));
    }
    text.push_str(&"─".repeat(n));
    Line::from(Span::styled(text, ctx.theme.style(Role::Border)))
}

fn draw_row(view: &Columns, ctx: &Context, r: usize, width: usize, lines: &mut Vec<Line<'static>>) {
    let theme = ctx.theme;
    let row = &view.rows[r];
    let selected = r == view.selection.row;
    let mark = if selected {
        "▶"
    } else if view.current == Some(r) {
        "›"
    } else {
        " "
    };
    if let RowKind::Run { run, counts } = &row.kind {
        let open = view.open.get(*run).copied().unwrap_or(false);
        let label = run_label(view, ctx, counts, open);
        let style = if selected {
            theme.style(Role::Selection)
        } else {
            theme.style(Role::Gutter)
        };
        let room = (width + 1) * view.articles.len();
        lines.push(Line::from(vec![
            Span::styled(format!("{mark} "), theme.style(Role::Corroborated)),
            Span::styled(truncate(&label, room), style),
        ]));
        return;
    }
    let filled = row.cells.iter().filter(|c| !c.sentences.is_empty()).count();
    let state = if row.conflict {
        "≠"
    } else if filled >= 2 && row.differs {
        "Δ"
    } else if filled >= 2 {
        "≡"
    } else {
        " "
    };
    let chosen = selected.then(|| selected_column(view)).flatten();
    let height = view.row_height(r);
    for line in 0..height {
        // A row paged through keeps its marks on its top line on screen.
        let top = if r == view.scroll.first {
            view.scroll.skip
        } else {
            0
        };
        let gutter = if line == top {
            format!("{mark}{state}")
        } else {
            "  ".into()
        };
        let gutter_style = if row.conflict {
            theme.style(Role::Conflict)
        } else {
            theme.style(Role::Corroborated)
        };
        let mut spans = vec![Span::styled(gutter, gutter_style)];
        for (k, cell) in row.cells.iter().enumerate() {
            spans.push(separator(ctx));
            let base = if chosen == Some(k) {
                theme.style(Role::CurrentSentence)
            } else {
                Style::default()
            };
            let summary = usize::from(cell.summary.is_some());
            if line == 0
                && let Some(s) = &cell.summary
            {
                spans.push(Span::styled("Δ ", theme.style(Role::Gutter)));
                spans.push(Span::styled(
                    padded(&for_display(s), width.saturating_sub(2)),
                    theme.style(Role::Gutter),
                ));
                continue;
            }
            if let Some(hint) = &cell.related {
                let text = match line {
                    0 => Some(&hint.label),
                    _ => hint.lines.get(line - 1),
                };
                spans.push(Span::styled(
                    padded(&for_display(text.map_or("", String::as_str)), width),
                    theme.style(Role::Related),
                ));
                continue;
            }
            let mut used = 0;
            if let Some(runs) = cell.lines.get(line - summary) {
                for (text, kind) in runs {
                    used += text.width();
                    spans.push(Span::styled(
                        text.clone(),
                        base.patch(diff_style(ctx.theme, *kind)),
                    ));
                }
            }
            spans.push(Span::styled(" ".repeat(width.saturating_sub(used)), base));
        }
        lines.push(Line::from(spans));
    }
}

/// The column whose passage keys act on (the selected one, else the row's first filled one).
fn selected_column(view: &Columns) -> Option<usize> {
    let p = view.selected_passage()?;
    view.articles.iter().position(|&a| a == p.article)
}

/// "▸ 3 more passages: 2 in The Speaker, 1 in Dozens dead… · Enter opens".
fn run_label(view: &Columns, ctx: &Context, counts: &[usize], open: bool) -> String {
    let parts: Vec<String> = counts
        .iter()
        .zip(&view.articles)
        .filter(|(n, _)| **n > 0)
        .map(|(n, &a)| format!("{n} in {}", for_display(&ctx.labels[a])))
        .collect();
    let total: usize = counts.iter().sum();
    let what = if total == 1 { "passage" } else { "passages" };
    let enter = ctx.key(Action::Open);
    let (arrow, action) = if open {
        ("▾", format!("{enter} folds"))
    } else {
        ("▸", format!("{enter} opens"))
    };
    format!(
        "{arrow} {total} {what} the first column does not report: {} · {action}",
        parts.join(", ")
    )
}

/// The article picker over the view: every article, the picked ones checked.
fn draw_picker(ctx: &Context, frame: &mut Frame, area: Rect, at: usize) {
    let theme = ctx.theme;
    let n = ctx.corpus.articles.len() as u16;
    let width = area.width.saturating_sub(8).min(90);
    let height = (n + 4).min(area.height.saturating_sub(2));
    let popup = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    let mut lines: Vec<Line> = Vec::new();
    for (i, article) in ctx.corpus.articles.iter().enumerate() {
        let order = ctx.picked.iter().position(|&m| m == i);
        let check = order.map_or("[ ]".to_string(), |k| format!("[{}]", k + 1));
        let text = format!(
            "{} {check} {} — {}",
            if i == at { "▶" } else { " " },
            for_display(article.title.trim()),
            for_display(article.source_label())
        );
        let style = if i == at {
            theme.style(Role::Selection)
        } else {
            Style::default()
        };
        lines.push(Line::from(Span::styled(
            truncate(&text, width.saturating_sub(2) as usize),
            style,
        )));
    }
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(
        format!(
            "{}/{} move · {} picks or unpicks (2 to 4) · {} or {} closes",
            ctx.key(Action::Down),
            ctx.key(Action::Up),
            ctx.key(Action::MarkColumn),
            ctx.key(Action::Open),
            ctx.key(Action::Cancel)
        ),
        theme.style(Role::Key),
    )));
    let block =
        crate::tui::components::titled_block(theme, " Articles side by side ", Role::FocusBorder);
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
