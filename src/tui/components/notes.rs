//! The Notes view: a list of the notes on these articles (source, what the note is on, its
//! first line, tags) over a preview pane with the selected note in full: what it is on, its
//! quote, its whole text and tags. Orphans (whose passage is gone) are listed and marked,
//! never hidden; notes on articles of other sets are counted in the title.

use super::{Component, Context, Outcome};
use crate::tui::action::{Action, Focus};
use crate::tui::cursor;
use crate::tui::keymap::Mode;
use crate::tui::theme::Role;
use crate::tui::views::truncate;
use crossread::corpus::sanitize::for_display;
use crossread::notes::{Note, NoteStore, Resolution, Target};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState, Wrap};

/// Below this width the Tags column gives its room to the note.
const TAGS_FROM_WIDTH: u16 = 90;

/// The Notes view's filter and cursor.
#[derive(Debug, Clone, Default)]
pub struct NotesView {
    pub filter: String,
    /// Indices into the store's notes that pass the filter, in display order.
    pub visible: Vec<usize>,
    pub selected: usize,
}

impl Component for NotesView {
    fn update(&mut self, action: Action, ctx: &Context, _: Rect) -> Outcome {
        if action == Action::Open {
            return self.open_selected(ctx);
        }
        if let Some(s) = cursor::step(self.selected, self.visible.len(), cursor::PAGE, action) {
            self.selected = s;
        }
        Outcome::Nothing
    }

    fn draw(&self, ctx: &Context, frame: &mut Frame, area: Rect) {
        draw(self, ctx, frame, area)
    }
}

impl NotesView {
    /// The store index of the selected note.
    pub fn selected_note(&self) -> Option<usize> {
        self.visible.get(self.selected).copied()
    }

    fn open_selected(&self, ctx: &Context) -> Outcome {
        let Some(i) = self.selected_note() else {
            return Outcome::Nothing;
        };
        match ctx.resolutions.get(i) {
            Some(Resolution::Attached { article, start, .. }) => Outcome::Open {
                article: *article,
                sentence: ctx.corpus.articles[*article]
                    .sentence_at(*start)
                    .unwrap_or(0),
                say: None,
            },
            Some(Resolution::Orphan { reason }) => Outcome::Message {
                text: format!("orphaned note: {reason}"),
                error: true,
            },
            Some(Resolution::Elsewhere) | None => Outcome::Nothing,
        }
    }

    /// The notes on these articles (and orphans from their folders) that pass the filter:
    /// words must all appear in quote or body; `#tag` must be a tag; `@name` must match the
    /// source as the user sees it (outlet, title, file id). Orphans come last.
    pub fn refresh(&mut self, store: &NoteStore, ctx: &Context) {
        let filter = self.filter.to_lowercase();
        let terms: Vec<&str> = filter.split_whitespace().collect();
        let article_of = |i: usize| match ctx.resolutions.get(i) {
            Some(Resolution::Attached { article, .. }) => Some((
                ctx.corpus.articles.get(*article)?,
                ctx.labels.get(*article)?,
            )),
            _ => None,
        };
        self.visible = store
            .notes()
            .iter()
            .enumerate()
            .filter(|(i, _)| !matches!(ctx.resolutions.get(*i), Some(Resolution::Elsewhere) | None))
            .filter(|(i, n)| {
                terms.iter().all(|t| {
                    if let Some(tag) = t.strip_prefix('#') {
                        n.tags.iter().any(|x| x.to_lowercase() == tag)
                    } else if let Some(src) = t.strip_prefix('@') {
                        let seen = article_of(*i).map_or(String::new(), |(a, label)| {
                            format!(
                                "{} {} {}",
                                label,
                                a.title,
                                a.outlet.as_deref().unwrap_or("")
                            )
                        });
                        n.anchor.article_id.to_lowercase().contains(src)
                            || seen.to_lowercase().contains(src)
                    } else {
                        n.body.to_lowercase().contains(t)
                            || n.anchor.exact.to_lowercase().contains(t)
                    }
                })
            })
            .map(|(i, _)| i)
            .collect();
        // Stable order: by article order, then position; orphans last.
        let order = |i: &usize| match ctx.resolutions.get(*i) {
            Some(Resolution::Attached { article, start, .. }) => (*article, *start),
            _ => (usize::MAX, store.notes()[*i].anchor.start),
        };
        self.visible.sort_by_key(order);
        self.selected = self.selected.min(self.visible.len().saturating_sub(1));
    }
}

fn draw(view: &NotesView, ctx: &Context, frame: &mut Frame, area: Rect) {
    let in_scope = ctx
        .resolutions
        .iter()
        .filter(|r| !matches!(r, Resolution::Elsewhere))
        .count();
    let elsewhere = ctx.resolutions.len() - in_scope;
    let filter = if view.filter.is_empty() {
        String::new()
    } else {
        format!(" · filter “{}”", for_display(&view.filter))
    };
    let others = if elsewhere > 0 {
        format!(" · {elsewhere} on articles not open")
    } else {
        String::new()
    };
    let title = format!(
        " Notes: {} of {in_scope}{filter}{others} ",
        view.visible.len()
    );
    let key = |a| ctx.key(a);
    // The view's main keys (as the status bar gives them), with undo where there is room.
    let main = crate::tui::views::status::main_keys(Mode::Notes);
    let hint = if area.width >= 70 {
        let undo = [(Action::UndoDelete, "undo")];
        ctx.hints(&[main, &undo].concat())
    } else {
        ctx.hints(&main[..main.len().min(3)])
    };
    let hint = Line::from(format!(" {hint} ")).right_aligned();
    let block = ctx.block(title, Some(Focus::Reader)).title_bottom(hint);
    let Some(store) = ctx.notes else {
        frame.render_widget(
            Paragraph::new("Notes are not available: see the message below.").block(block),
            area,
        );
        return;
    };
    if view.visible.is_empty() {
        let text = if in_scope == 0 {
            format!(
                "No notes yet. In the reader, press {} on a sentence to write one.",
                key(Action::NewNote)
            )
        } else {
            format!(
                "No note matches the filter. Press {} to change it.",
                key(Action::Filter)
            )
        };
        frame.render_widget(
            Paragraph::new(text).wrap(Wrap { trim: true }).block(block),
            area,
        );
        return;
    }
    // The preview gets about half the height, never less than a few lines of text.
    let preview_height = (area.height / 2).max(7).min(area.height.saturating_sub(5));
    let [list_area, preview_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(preview_height)]).areas(area);
    draw_list(view, ctx, store.notes(), frame, list_area, block);
    if let Some(&i) = view.visible.get(view.selected) {
        draw_preview(ctx, &store.notes()[i], i, frame, preview_area);
    }
}

fn draw_list(
    view: &NotesView,
    ctx: &Context,
    notes: &[Note],
    frame: &mut Frame,
    area: Rect,
    block: Block,
) {
    let theme = ctx.theme;
    let source_width: u16 = if area.width < 80 { 14 } else { 22 };
    let show_tags = area.width >= TAGS_FROM_WIDTH;
    // Borders, the selection marker, the Source and On columns and the spaces between.
    let fixed = 2 + 2 + source_width + 1 + 8 + 1 + if show_tags { 23 } else { 0 };
    let note_width = area.width.saturating_sub(fixed).max(4) as usize;
    let rows = view.visible.iter().map(|&i| {
        let note = &notes[i];
        let orphan = matches!(ctx.resolutions.get(i), Some(Resolution::Orphan { .. }));
        let source = for_display(&source_label(ctx, note)).into_owned();
        let (kind, style) = if orphan {
            ("⚠ orphan", theme.style(Role::Error))
        } else {
            (note.target.kind(), theme.style(Role::Note))
        };
        let first = for_display(note.body.lines().next().unwrap_or("")).into_owned();
        // More lines below: marked, and shown whole in the preview.
        let first = if note.body.trim_end().lines().count() > 1 {
            format!("{} ⏎", truncate(&first, note_width.saturating_sub(2)))
        } else {
            truncate(&first, note_width)
        };
        let mut cells = vec![
            Cell::from(truncate(&source, source_width as usize)).style(style),
            Cell::from(kind).style(style),
            Cell::from(first),
        ];
        if show_tags {
            let tags: Vec<String> = note.tags.iter().map(|t| format!("#{t}")).collect();
            cells.push(
                Cell::from(for_display(&tags.join(" ")).into_owned()).style(theme.style(Role::Key)),
            );
        }
        Row::new(cells)
    });
    let mut header = vec!["Source", "On", "Note"];
    let mut widths = vec![
        Constraint::Length(source_width),
        Constraint::Length(8),
        Constraint::Fill(1),
    ];
    if show_tags {
        header.push("Tags");
        widths.push(Constraint::Max(22));
    }
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme.style(Role::Title)))
        .block(block)
        .row_highlight_style(theme.style(Role::Selection))
        .highlight_symbol("▶ ")
        .column_spacing(1);
    let mut state = TableState::default().with_selected(Some(view.selected));
    frame.render_stateful_widget(table, area, &mut state);
}

/// The name the user knows the note's article by, or its file id when it is not open.
fn source_label(ctx: &Context, note: &Note) -> String {
    let articles = &ctx.corpus.articles;
    ctx.corpus
        .index_of(&note.anchor.article_id)
        .filter(|&a| articles[a].content_hash() == note.anchor.content_hash)
        .or_else(|| {
            articles
                .iter()
                .position(|a| a.content_hash() == note.anchor.content_hash)
        })
        .map_or(note.anchor.article_id.clone(), |a| ctx.labels[a].clone())
}

fn draw_preview(ctx: &Context, note: &Note, index: usize, frame: &mut Frame, area: Rect) {
    let theme = ctx.theme;
    let mut lines: Vec<Line> = Vec::new();
    let place = match ctx.resolutions.get(index) {
        Some(Resolution::Attached {
            article,
            start,
            end,
            ..
        }) => {
            let a = &ctx.corpus.articles[*article];
            format!(
                "{} · {}",
                ctx.labels[*article],
                crossread::notes::export::place(a, *start, *end)
            )
        }
        Some(Resolution::Orphan { reason }) => format!("⚠ orphan: {reason}"),
        _ => note.anchor.article_id.clone(),
    };
    lines.push(Line::from(vec![
        Span::styled("On ", theme.style(Role::Title)),
        Span::raw(for_display(&note.target.label()).into_owned()),
    ]));
    lines.push(Line::from(vec![
        Span::styled("In ", theme.style(Role::Title)),
        Span::raw(for_display(&place).into_owned()),
    ]));
    if let Target::Group { passages } = &note.target {
        for p in passages.iter().skip(1) {
            let name = ctx
                .corpus
                .articles
                .iter()
                .position(|a| {
                    a.content_hash() == p.anchor.content_hash || a.id == p.anchor.article_id
                })
                .map_or(p.anchor.article_id.clone(), |a| ctx.labels[a].clone());
            lines.push(Line::from(format!(
                "  ≡ {}: “{}”",
                for_display(&name),
                for_display(&p.anchor.exact)
            )));
        }
    }
    lines.push(Line::from(Span::styled(
        format!("“{}”", for_display(&note.anchor.exact)),
        theme.style(Role::Boilerplate),
    )));
    lines.push(Line::from(""));
    for l in note.body.lines() {
        lines.push(Line::from(for_display(l).into_owned()));
    }
    if !note.tags.is_empty() {
        let tags: Vec<String> = note.tags.iter().map(|t| format!("#{t}")).collect();
        lines.push(Line::from(Span::styled(
            for_display(&tags.join(" ")).into_owned(),
            theme.style(Role::Key),
        )));
    }
    let block = super::titled_block(theme, " Selected note ", Role::Border);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block),
        area,
    );
}
