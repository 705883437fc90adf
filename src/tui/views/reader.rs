//! The reader pane: the open article, wrapped, with the current sentence highlighted, a gutter
//! of marks and a scrollbar.

use super::pane_block;
use crate::tui::action::Focus;
use crate::tui::app::App;
use crate::tui::panes::Panes;
use crate::tui::theme::Role;
use crate::tui::wrap::{BETWEEN, Kind, Piece};
use crossread::align::PassageRef;
use crossread::corpus::sanitize::for_display;
use ratatui::Frame;
use ratatui::layout::Margin;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState};

pub fn draw(app: &App, frame: &mut Frame, panes: &Panes) {
    let Some(article) = app.corpus.articles.get(app.reader.article) else {
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
        pane_block(
            app,
            super::truncate(&title, panes.reader.width.saturating_sub(4) as usize),
            Some(Focus::Reader),
        ),
        panes.reader,
    );

    let layout = &app.reader.layout;
    let height = panes.reader_text.height as usize;
    let visible = layout.lines.iter().skip(app.reader.scroll).take(height);
    let mut gutter = Vec::with_capacity(height);
    let mut text = Vec::with_capacity(height);
    for line in visible {
        gutter.push(gutter_line(app, line.starts));
        text.push(Line::from(
            line.pieces
                .iter()
                .map(|p| {
                    piece_span(
                        app,
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
    frame.render_widget(Paragraph::new(gutter), panes.gutter);
    frame.render_widget(Paragraph::new(text), panes.reader_text);

    if layout.lines.len() > height {
        let mut state = ScrollbarState::new(app.max_scroll() + 1)
            .position(app.reader.scroll)
            .viewport_content_length(height);
        let bar = Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None);
        frame.render_stateful_widget(
            bar,
            panes.reader.inner(Margin {
                vertical: 1,
                horizontal: 0,
            }),
            &mut state,
        );
    }
}

/// Marks for the sentence that starts on this line: a note mark `✎`; how many other sources
/// report it (0 = only this one); `›` for the current sentence, `┃` for the rest of a range.
fn gutter_line(app: &App, starts: Option<usize>) -> Line<'static> {
    let theme = &app.theme;
    let Some(s) = starts else {
        return Line::from("    ");
    };
    let article = app.reader.article;
    let note = if app.notes_at.contains_key(&(article, s)) {
        Span::styled("✎", theme.style(Role::Note))
    } else {
        Span::raw(" ")
    };
    let boilerplate = app.corpus.articles[article]
        .sentences
        .get(s)
        .is_some_and(|x| x.boilerplate);
    let coverage = match &app.report {
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
    let current = s == app.reader.sentence;
    let in_range = app.reader.range_anchor.is_some() && app.selected_sentences().contains(&s);
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

fn piece_span<'a>(app: &App, boilerplate: bool, piece: &'a Piece) -> Span<'a> {
    let theme = &app.theme;
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
    if piece.sentence == app.reader.sentence && piece.sentence != BETWEEN {
        style = style.patch(theme.style(Role::CurrentSentence));
    } else if app.reader.range_anchor.is_some()
        && app.selected_sentences().contains(&piece.sentence)
    {
        style = style.patch(theme.style(Role::Selection));
    }
    Span::styled(piece.text.as_str(), style)
}
