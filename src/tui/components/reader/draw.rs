//! The reader pane: the open article, wrapped, with the current sentence highlighted, a gutter
//! of marks and a scrollbar.

use super::Reader;
use crate::tui::action::Focus;
use crate::tui::components::Context;
use crate::tui::panes::reader_parts;
use crate::tui::theme::Role;
use crate::tui::views::truncate;
use crate::tui::wrap::{Kind, Piece};
use crossread::align::PassageRef;
use crossread::corpus::sanitize::for_display;
use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState};

pub fn draw(reader: &Reader, ctx: &Context, frame: &mut Frame, area: Rect) {
    let (gutter_area, text_area) = reader_parts(area);
    let Some(article) = ctx.corpus.articles.get(reader.article) else {
        return;
    };
    let mut title = format!(" {} ", for_display(&article.title));
    if let Some(outlet) = &article.outlet {
        title.push_str(&format!("— {} ", for_display(outlet)));
    }
    if let Some(date) = &article.date {
        title.push_str(&format!("· {date} "));
    }
    frame.render_widget(
        ctx.block(
            truncate(&title, area.width.saturating_sub(4) as usize),
            Some(Focus::Reader),
        ),
        area,
    );

    let layout = &reader.layout;
    let height = text_area.height as usize;
    let visible = layout.lines.iter().skip(reader.scroll).take(height);
    let mut gutter = Vec::with_capacity(height);
    let mut text = Vec::with_capacity(height);
    for line in visible {
        gutter.push(gutter_line(reader, ctx, line.starts));
        text.push(Line::from(
            line.pieces
                .iter()
                .map(|p| {
                    piece_span(
                        reader,
                        ctx,
                        article
                            .sentences
                            .get(p.sentence)
                            .is_some_and(|s| s.boilerplate),
                        p,
                    )
                })
                .collect::<Vec<_>>(),
        ));
    }
    frame.render_widget(Paragraph::new(gutter), gutter_area);
    frame.render_widget(Paragraph::new(text), text_area);

    if layout.lines.len() > height {
        let mut state = ScrollbarState::new(reader.max_scroll(area) + 1)
            .position(reader.scroll)
            .viewport_content_length(height);
        let bar = Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None);
        frame.render_stateful_widget(
            bar,
            area.inner(Margin {
                vertical: 1,
                horizontal: 0,
            }),
            &mut state,
        );
    }
}

/// Marks for the sentence that starts on this line: a note mark `✎`; how many other sources
/// report it (0 = only this one); `›` for the current sentence, `┃` for the rest of a range.
fn gutter_line(reader: &Reader, ctx: &Context, starts: Option<usize>) -> Line<'static> {
    let theme = ctx.theme;
    let Some(s) = starts else {
        return Line::from("    ");
    };
    let article = reader.article;
    let note = if ctx.notes_at.contains_key(&(article, s)) {
        Span::styled("✎", theme.style(Role::Note))
    } else {
        Span::raw(" ")
    };
    let boilerplate = ctx.corpus.articles[article]
        .sentences
        .get(s)
        .is_some_and(|x| x.boilerplate);
    let coverage = match ctx.report {
        Some(a) if !boilerplate => {
            let n = a.alignment.coverage(PassageRef {
                article,
                sentence: s,
            });
            let digit = if n > 9 {
                "+".to_string()
            } else {
                n.to_string()
            };
            Span::styled(
                digit,
                if n == 0 {
                    theme.style(Role::Unique)
                } else {
                    theme.style(Role::Corroborated)
                },
            )
        }
        _ => Span::raw(" "),
    };
    let current = s == reader.sentence;
    let in_range = reader.range_anchor.is_some() && reader.selected_sentences().contains(&s);
    let marker = if current {
        "›"
    } else if in_range {
        "┃"
    } else {
        " "
    };
    Line::from(vec![
        note,
        coverage,
        Span::styled(marker, theme.style(Role::Key)),
        Span::raw(" "),
    ])
}

fn piece_span<'a>(reader: &Reader, ctx: &Context, boilerplate: bool, piece: &'a Piece) -> Span<'a> {
    let theme = ctx.theme;
    let mut style = Style::default();
    if boilerplate {
        style = style.patch(theme.style(Role::Boilerplate));
    }
    style = match piece.kind {
        Kind::Plain => style,
        Kind::Figure { conflict: false } => style.patch(theme.style(Role::Figure)),
        Kind::Figure { conflict: true } => style.patch(theme.style(Role::Conflict)),
        Kind::Artefact => style.patch(theme.style(Role::Artefact)),
    };
    if piece.sentence == reader.sentence {
        style = style.patch(theme.style(Role::CurrentSentence));
    } else if reader.range_anchor.is_some() && reader.selected_sentences().contains(&piece.sentence)
    {
        style = style.patch(theme.style(Role::Selection));
    }
    Span::styled(piece.text.as_str(), style)
}
