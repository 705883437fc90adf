//! The status bar: a prompt when one is open; else the main keys for what has the keyboard,
//! and the latest message or the note on the current sentence.

use crate::corpus::sanitize::for_display;
use crate::tui::action::{Action, Focus, View};
use crate::tui::app::App;
use crate::tui::theme::Role;
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let bar = app.theme.style(Role::StatusBar);
    if let Some(prompt) = &app.prompt {
        let label = format!(" {} ", prompt.label);
        let line = Line::from(vec![
            Span::styled(label.clone(), bar.patch(app.theme.style(Role::Key))),
            Span::raw(prompt.input.clone()),
        ]);
        frame.render_widget(Paragraph::new(line), area);
        let before: String = prompt.input.chars().take(prompt.cursor).collect();
        let x = area.x
            + unicode_width::UnicodeWidthStr::width(label.as_str()) as u16
            + unicode_width::UnicodeWidthStr::width(before.as_str()) as u16;
        frame.set_cursor_position(Position::new(x.min(area.right().saturating_sub(1)), area.y));
        return;
    }
    let hints: &[(Action, &str)] = match (app.view, app.focus) {
        (View::Read, Focus::Library) => &[
            (Action::Down, "move"),
            (Action::Open, "open"),
            (Action::MarkColumn, "pick"),
        ],
        (View::Read, Focus::Reader) => &[
            (Action::Down, "sentence"),
            (Action::NewNote, "note"),
            (Action::NextConflict, "conflict"),
            (Action::NextUnique, "unique"),
        ],
        (View::Read, Focus::Compare) => &[
            (Action::Down, "counterpart"),
            (Action::Open, "jump"),
            (Action::JumpBack, "back"),
        ],
        (View::Columns, _) => &[(Action::Down, "row"), (Action::Open, "read")],
        (View::Figures, _) => &[
            (Action::Down, "row"),
            (Action::Right, "source"),
            (Action::Open, "read"),
            (Action::NewNote, "note"),
        ],
        (View::Notes, _) => &[
            (Action::Open, "go"),
            (Action::EditNote, "edit"),
            (Action::DeleteNote, "delete"),
            (Action::Filter, "filter"),
            (Action::Export, "export"),
        ],
    };
    let mut spans = vec![Span::styled(" ", bar)];
    let common = [
        (Action::FocusNext, "pane"),
        (Action::Help, "help"),
        (Action::Quit, "quit"),
    ];
    let common = if app.view == View::Read {
        &common[..]
    } else {
        &common[1..]
    };
    // Which matching is in force: what counts as "reported by another source".
    let strictness = [(Action::CycleStrictness, app.strictness.name())];
    let strictness = if app.view == View::Read && app.focus != Focus::Library {
        &strictness[..]
    } else {
        &[]
    };
    for (action, label) in hints.iter().chain(strictness).chain(common.iter()) {
        spans.push(Span::styled(
            app.keymap.first_key_for(*action),
            bar.patch(app.theme.style(Role::Key)),
        ));
        spans.push(Span::styled(format!(" {label}  "), bar));
    }
    let note = app
        .notes_at
        .get(&(app.reader.article, app.reader.sentence))
        .and_then(|v| v.first())
        .and_then(|&i| app.notes.as_ref()?.notes().get(i));
    match (&app.message, note) {
        (Some(m), _) => {
            let style = if m.error {
                bar.patch(app.theme.style(Role::Error))
            } else {
                bar
            };
            spans.push(Span::styled(format!("│ {}", for_display(&m.text)), style));
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
}
