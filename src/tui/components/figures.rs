//! The Figures view: rows are quantities (conflicts, then agreements, then what one source
//! alone gives), columns are sources, cells the values each source gives. A mark says the
//! verdict without colour (≠ disagree, ↗ changed over time, ? unclear, = agree). Below the table,
//! a detail pane shows the selected quantity in full: its values in time order with who gives
//! them, then each value with its source, date and quote. Enter opens the figure's sentence.

use super::editor::EditorTarget;
use super::{Component, Context, Outcome};
use crate::tui::action::{Action, Focus};
use crate::tui::cursor::{self, Selection};
use crate::tui::theme::Role;
use crate::tui::views::truncate;
use crossread::corpus::sanitize::for_display;
use crossread::figures::{QuantityRow, Verdict};
use crossread::notes::Target;
use crossread::report::{QuantityReport, Report};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState, Wrap};
use unicode_width::UnicodeWidthStr;

/// The Figures view's cursor over the report's quantities.
#[derive(Debug, Clone, Default)]
pub struct FiguresView {
    /// The selected quantity (index in `report.quantities`) and source (article index).
    pub selection: Selection,
    /// First source column shown.
    pub col_offset: usize,
}

/// The quantity column: as wide as its longest label and mark need ("≠ killed (people) [in
/// Syria]"), at least 16; at most 26 or a third of a narrow screen (the width it always had),
/// a quarter of a wide one, so the sources' values keep most of the room.
fn quantity_width(area_width: u16, quantities: &[QuantityReport]) -> u16 {
    let needed = quantities
        .iter()
        .map(|q| for_display(&q.label).width() + 2)
        .max()
        .unwrap_or(0);
    let most = (area_width / 4).max(26.min(area_width / 3)).max(16);
    (needed.min(usize::from(most)) as u16).max(16)
}
const MIN_CELL: u16 = 12;

/// How many source columns fit, so ←/→ can scroll through the rest.
pub fn visible_columns(area_width: u16, articles: usize, quantities: &[QuantityReport]) -> usize {
    let room = area_width.saturating_sub(quantity_width(area_width, quantities) + 3);
    ((room / (MIN_CELL + 1)) as usize).clamp(1, articles.max(1))
}

/// The verdict as a mark that reads without colour.
fn mark(row: &QuantityRow) -> &'static str {
    match row.verdict {
        Some(Verdict::Disagree) => "≠ ",
        Some(Verdict::Changed) => "↗ ",
        Some(Verdict::Unclear) => "? ",
        Some(Verdict::Agree) => "= ",
        None => "  ",
    }
}

impl Component for FiguresView {
    fn update(&mut self, action: Action, ctx: &Context, area: Rect) -> Outcome {
        let rows = ctx.report.map_or(0, |r| r.quantities.len());
        let n = ctx.corpus.articles.len();
        match action {
            Action::Right => self.selection.next_column(n),
            Action::Left => self.selection.previous_column(),
            Action::Open => return self.open_selected(ctx),
            _ => {
                if let Some(s) = cursor::step(self.selection.row, rows, cursor::PAGE, action) {
                    self.selection.row = s;
                }
            }
        }
        let quantities = ctx.report.map_or(&[][..], |r| &r.quantities[..]);
        let shown = visible_columns(area.width, n, quantities);
        if self.selection.column < self.col_offset {
            self.col_offset = self.selection.column;
        } else if self.selection.column >= self.col_offset + shown {
            self.col_offset = self.selection.column + 1 - shown;
        }
        Outcome::Nothing
    }

    fn draw(&self, ctx: &Context, frame: &mut Frame, area: Rect) {
        let text = match ctx.report {
            None => ctx.progress.clone(),
            Some(r) if r.quantities.is_empty() => "No figures found in these articles.".into(),
            Some(report) => return self.draw_report(ctx, report, frame, area),
        };
        frame.render_widget(
            Paragraph::new(text).block(ctx.block(" Figures ", Some(Focus::Reader))),
            area,
        );
    }
}

impl FiguresView {
    /// The selected quantity, as the report lays it out.
    pub fn selected_quantity<'r>(&self, report: &'r Report) -> Option<&'r QuantityReport> {
        report.quantities.get(self.selection.row)
    }

    /// The figure in the selected cell only (None on an empty `·` cell), as a figure id.
    pub fn selected_cell_figure(&self, report: &Report) -> Option<usize> {
        let q = self.selected_quantity(report)?;
        q.row.cells.get(self.selection.column).first().copied()
    }

    /// The figure in the selected cell (or the row's first figure), as a figure id.
    pub fn selected_figure(&self, report: &Report) -> Option<usize> {
        let row = &self.selected_quantity(report)?.row;
        row.cells
            .get(self.selection.column)
            .first()
            .or_else(|| row.cells.all().next())
            .copied()
    }

    /// What `n` writes a note on here: the figure in the selected cell, with its quantity;
    /// None on an empty cell (a note there would land on another source's figure).
    pub fn note_target(&self, ctx: &Context) -> Option<EditorTarget> {
        let report = ctx.report?;
        let f = report
            .figures
            .figures
            .get(self.selected_cell_figure(report)?)?;
        let article = ctx.corpus.articles.get(f.article)?;
        let s = article.sentences.get(f.sentence)?;
        let quantity = self.selected_quantity(report)?.label.clone();
        let about = Target::Figure {
            text: f.text.clone(),
            value: f.amount.value,
            quantity,
            article_id: article.id.clone(),
            start: f.start,
            end: f.end,
        };
        Some(EditorTarget::new_note(f.article, s.start, s.end, about))
    }

    fn open_selected(&self, ctx: &Context) -> Outcome {
        let figure = ctx.report.and_then(|r| {
            let id = self.selected_figure(r)?;
            r.figures.figures.get(id)
        });
        match figure {
            Some(f) => Outcome::Open {
                article: f.article,
                sentence: f.sentence,
                say: None,
            },
            None => Outcome::Nothing,
        }
    }

    fn draw_report(&self, ctx: &Context, report: &Report, frame: &mut Frame, area: Rect) {
        // the table takes what its rows need, up to half the screen; the detail pane the rest
        let table_height = (report.quantities.len() as u16 + 3).min((area.height / 2).max(5));
        let [top, bottom] =
            Layout::vertical([Constraint::Length(table_height), Constraint::Fill(1)]).areas(area);
        self.draw_table(ctx, report, frame, top);
        self.draw_detail(ctx, report, frame, bottom);
    }

    fn draw_table(&self, ctx: &Context, report: &Report, frame: &mut Frame, area: Rect) {
        let theme = ctx.theme;
        let view = self;
        let n = ctx.corpus.articles.len();
        let shown = visible_columns(area.width, n, &report.quantities);
        let first = view.col_offset.min(n.saturating_sub(shown));
        let columns: Vec<usize> = (first..(first + shown).min(n)).collect();
        let quantities = &report.quantities;
        let compared = quantities.iter().filter(|q| q.compared()).count();
        let conflicts = quantities.iter().filter(|q| q.row.conflict).count();
        let title = format!(
            " Figures: {compared} compared, {conflicts} in conflict, {} one source only ",
            quantities.len() - compared
        );
        let more = if n > shown {
            format!(
                " sources {}–{} of {n} ({}/{}) ",
                first + 1,
                first + columns.len(),
                ctx.key(Action::Left),
                ctx.key(Action::Right)
            )
        } else {
            String::new()
        };
        let qw = quantity_width(area.width, &report.quantities);
        let cell_width = ((area.width.saturating_sub(qw + 3)) / shown.max(1) as u16)
            .saturating_sub(1)
            .max(4) as usize;
        let mut header = vec![Cell::from("Quantity")];
        header.extend(columns.iter().map(|&a| {
            let name = for_display(&ctx.labels[a]).into_owned();
            Cell::from(truncate(&name, cell_width))
        }));
        let rows = quantities.iter().enumerate().map(|(r, q)| {
            let label = truncate(&format!("{}{}", mark(&q.row), q.label), qw as usize);
            let label_style = if q.row.conflict {
                theme.style(Role::Conflict)
            } else {
                theme.style(Role::Title)
            };
            let mut cells = vec![Cell::from(label).style(label_style)];
            for &a in &columns {
                let values = q.distinct_values(a);
                let text = if values.is_empty() {
                    "·".to_string()
                } else {
                    values.join("; ")
                };
                let mut cell = Cell::from(truncate(&text, cell_width));
                if r == view.selection.row && a == view.selection.column {
                    cell = cell.style(theme.style(Role::Selection));
                } else if q.row.conflict && !values.is_empty() {
                    cell = cell.style(theme.style(Role::Conflict));
                }
                cells.push(cell);
            }
            Row::new(cells)
        });
        let mut widths = vec![Constraint::Length(qw)];
        widths.extend(columns.iter().map(|_| Constraint::Fill(1)));
        let block = ctx
            .block(title, Some(Focus::Reader))
            .title_bottom(Line::from(more).right_aligned());
        let table = Table::new(rows, widths)
            .header(Row::new(header).style(theme.style(Role::Title)))
            .block(block)
            .row_highlight_style(theme.style(Role::Key))
            .column_spacing(1);
        let mut state = TableState::default().with_selected(Some(view.selection.row));
        frame.render_stateful_widget(table, area, &mut state);
    }

    /// The selected quantity in full: verdict, values in time order with who gives them, then
    /// every value with its source, attribution, date and quote.
    fn draw_detail(&self, ctx: &Context, report: &Report, frame: &mut Frame, area: Rect) {
        let theme = ctx.theme;
        let view = self;
        let Some(q) = report.quantities.get(view.selection.row) else {
            return;
        };
        let verdict = if q.compared() {
            q.verdict_label()
        } else {
            "one source only"
        };
        let mut lines = vec![Line::from(vec![
            Span::styled(for_display(&q.label).into_owned(), theme.style(Role::Title)),
            Span::raw(format!(" — {verdict}")),
        ])];
        if q.compared() {
            lines.push(Line::from(for_display(&q.timeline).into_owned()));
        }
        for (a, shown) in q.values.iter() {
            for (s, f) in shown
                .iter()
                .filter_map(|s| Some((s, report.figures.figures.get(s.id)?)))
            {
                let article = &ctx.corpus.articles[a];
                let mut about = vec![for_display(&ctx.labels[a]).into_owned()];
                if let Some(who) = &f.provenance.attribution {
                    about.push(for_display(who).into_owned());
                }
                if let Some(date) = &f.provenance.as_of {
                    about.push(date.clone());
                }
                let style = if a == view.selection.column {
                    theme.style(Role::Selection)
                } else {
                    theme.style(Role::Key)
                };
                let mut spans = vec![
                    Span::styled(format!("{} ", s.value), style),
                    Span::raw(format!("({})", about.join(", "))),
                ];
                if let Some(note) = crossread::figures::reading_note(f) {
                    spans.push(Span::styled(
                        format!(" · {note}"),
                        theme.style(Role::Related),
                    ));
                }
                lines.push(Line::from(spans));
                let quote = for_display(article.sentence_text(f.sentence).trim()).into_owned();
                lines.push(Line::from(format!("  “{quote}”")));
            }
        }
        let title = if !q.row.cells.get(view.selection.column).is_empty() {
            format!(
                " Detail ({} opens the sentence, {} notes the figure) ",
                ctx.key(Action::Open),
                ctx.key(Action::NewNote)
            )
        } else {
            format!(
                " Detail ({}/{} to a source that gives a value) ",
                ctx.key(Action::Left),
                ctx.key(Action::Right)
            )
        };
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .block(ctx.block(title, None)),
            area,
        );
    }
}
