//! The status bar: the main keys for what has the keyboard, and the latest message or the note
//! on the current sentence. (An open prompt is drawn in its place: `components::prompt`.)

use super::truncate;
use crate::tui::action::{Action, View};
use crate::tui::app::App;
use crate::tui::keymap::Mode;
use crate::tui::theme::Role;
use crate::tui::wrap::wrap_runs;
use crossread::corpus::sanitize::for_display;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let bar = app.theme.style(Role::StatusBar);
    let mode = app.mode();
    let common = [
        (Action::FocusNext, "pane"),
        (Action::Help, "help"),
        (Action::Quit, "quit"),
    ];
    // Tab names the next pane only where there are panes to go round.
    let common = if mode.is_pane() {
        &common[..]
    } else {
        &common[1..]
    };
    // Which matching is in force: what counts as "reported by another source".
    let strictness = [(Action::CycleStrictness, app.analysis.strictness.name())];
    let strictness = match mode {
        Mode::Reader | Mode::Compare => &strictness[..],
        _ => &[],
    };
    let note = app
        .notebook
        .at
        .get(&(app.views.reader.article, app.views.reader.sentence))
        .and_then(|v| v.first())
        .and_then(|&i| app.notebook.store.as_ref()?.notes().get(i));
    let message = app
        .overlays
        .message
        .as_ref()
        .map(|m| (m, for_display(&m.text.replace('\n', " ")).into_owned()));
    let hints = main_keys(mode);
    let keys = |hints: &[(Action, &str)]| -> Vec<Span> {
        let mut spans = vec![Span::styled(" ", bar)];
        for (action, label) in hints.iter().chain(strictness).chain(common.iter()) {
            spans.push(Span::styled(
                app.key(*action),
                bar.patch(app.theme.style(Role::Key)),
            ));
            spans.push(Span::styled(format!(" {label}  "), bar));
        }
        spans
    };
    let room_after = |spans: &[Span]| {
        let used: usize = spans.iter().map(|s| s.width()).sum();
        (area.width as usize).saturating_sub(used + 2)
    };
    let mut spans = keys(hints);
    // A message is the newest thing on the screen: the mode's reminders give way to it.
    if let Some((_, text)) = &message
        && unicode_width::UnicodeWidthStr::width(text.as_str()) > room_after(&spans)
    {
        spans = keys(&[]);
    }
    let room = room_after(&spans);
    let mut popup = None;
    match (&message, note) {
        (Some((m, text)), _) => {
            let style = if m.error {
                bar.patch(app.theme.style(Role::Error))
            } else {
                bar
            };
            // A warning too long for the bar opens whole above it; information is short-lived.
            if m.error && unicode_width::UnicodeWidthStr::width(text.as_str()) > room {
                // Too long for the bar: the whole message opens above it.
                spans.push(Span::styled(
                    format!("│ {}", truncate(text, room.saturating_sub(12).max(1))),
                    style,
                ));
                spans.push(Span::styled(" (see above)", style));
                popup = Some(*m);
            } else {
                spans.push(Span::styled(
                    format!("│ {}", truncate(text, room.max(1))),
                    style,
                ));
            }
        }
        (None, Some(n)) if app.view == View::Read => {
            let first = n.body.lines().next().unwrap_or("");
            spans.push(Span::styled(
                format!("│ ✎ {}", for_display(first)),
                bar.patch(app.theme.style(Role::Note)),
            ));
        }
        _ => {}
    }
    frame.render_widget(Paragraph::new(Line::from(spans)).style(bar), area);
    if let Some(m) = popup {
        draw_message_popup(app, frame, area, &m.text, m.error);
    }
}

/// The keys worth a reminder in each mode, with a word for what they do there.
pub fn main_keys(mode: Mode) -> &'static [(Action, &'static str)] {
    match mode {
        Mode::Global => &[],
        Mode::Library => &[
            (Action::Down, "move"),
            (Action::Open, "open"),
            (Action::MarkColumn, "pick"),
        ],
        Mode::Reader => &[
            (Action::Down, "sentence"),
            (Action::NewNote, "note"),
            (Action::NextConflict, "conflict"),
            (Action::NextUnique, "unique"),
        ],
        Mode::Compare => &[
            (Action::Down, "counterpart"),
            (Action::Open, "jump"),
            (Action::JumpBack, "back"),
        ],
        Mode::Columns => &[
            (Action::Down, "row"),
            (Action::Open, "read"),
            (Action::NextConflict, "conflict"),
            (Action::NextDifference, "differs"),
            (Action::MarkColumn, "columns"),
            (Action::NewNote, "note"),
        ],
        Mode::Figures => &[
            (Action::Down, "row"),
            (Action::Right, "source"),
            (Action::Open, "read"),
            (Action::NewNote, "note"),
        ],
        Mode::Notes => &[
            (Action::Open, "go"),
            (Action::EditNote, "edit"),
            (Action::DeleteNote, "delete"),
            (Action::Filter, "filter"),
            (Action::Export, "export"),
        ],
    }
}

/// A message too long for the status bar, wrapped in a box just above it; it goes with the
/// message (Esc, or the next key for information).
fn draw_message_popup(app: &App, frame: &mut Frame, bar: Rect, text: &str, error: bool) {
    let screen = frame.area();
    let width = screen.width.min(100);
    let inner_width = width.saturating_sub(2).max(1) as usize;
    // Wrapped here, by words, so that the box is as tall as the text it shows (a count of
    // characters per line fell short of a word wrap, and the message's end was cut).
    let lines: Vec<Line> = text
        .split('\n')
        .flat_map(|l| {
            let wrapped = wrap_runs(&[(l.to_string(), ())], inner_width);
            let lines: Vec<Line> = wrapped
                .into_iter()
                .map(|runs| Line::from(runs.into_iter().map(|(t, _)| t).collect::<String>()))
                .collect();
            if lines.is_empty() {
                vec![Line::default()]
            } else {
                lines
            }
        })
        .collect();
    let height = (lines.len() as u16 + 2).min(bar.y.saturating_sub(screen.y).max(3));
    let popup = Rect::new(screen.x, bar.y.saturating_sub(height), width, height);
    let role = if error { Role::Error } else { Role::Title };
    let title = if error { " ⚠ Message " } else { " Message " };
    let close = Line::from(format!(" {} close ", app.key(Action::Cancel))).right_aligned();
    let block = super::titled_block(&app.theme, title, role).title_bottom(close);
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
