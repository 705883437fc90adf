//! Where each pane goes for a terminal size: one function, used by `update` (to know the
//! reader's width and height) and by `draw`, so the two always agree.

use super::action::{Focus, View};
use super::app::App;
use ratatui::layout::{Constraint, Direction, Layout, Rect};

/// Below this the screen shows a short message instead of a broken layout.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;
/// Columns left of the reader's text: note mark, coverage mark, current-sentence mark, space.
pub const GUTTER: u16 = 4;
/// From this width the counterparts sit beside the reader; below it, under it.
const SIDE_BY_SIDE: u16 = 110;
/// Below this height there is no room for counterparts under the reader.
const STACKED_MIN_HEIGHT: u16 = 28;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Panes {
    pub too_small: bool,
    pub tabs: Rect,
    pub library: Rect,
    /// Everything between the tabs and the status bar, for the full-screen views.
    pub full: Rect,
    /// The reader's block, border included.
    pub reader: Rect,
    pub gutter: Rect,
    pub reader_text: Rect,
    /// The counterparts pane, when shown: beside or under the reader, or, where there is no
    /// room for both, in the reader's place while it has the keyboard.
    pub compare: Option<Rect>,
    pub status: Rect,
}

impl Panes {
    /// True when the counterparts are drawn in the reader's place (a small terminal).
    pub fn compare_replaces_reader(&self) -> bool {
        self.compare == Some(self.reader)
    }

    pub fn compute((width, height): (u16, u16), app: &App) -> Panes {
        if width < MIN_WIDTH || height < MIN_HEIGHT {
            // Not drawn; the reader keeps a small text area so its layout stays usable.
            let reader = Rect::new(0, 0, 27, 7);
            let (gutter, reader_text) = reader_parts(reader);
            return Panes {
                too_small: true,
                reader,
                gutter,
                reader_text,
                ..Panes::default()
            };
        }
        let tabs = Rect::new(0, 0, width, 1);
        let status = Rect::new(0, height - 1, width, 1);
        let full = Rect::new(0, 1, width, height - 2);
        let articles = app.corpus.articles.len() as u16;
        // Border, header and one row per article, but never more than a third of the screen.
        let library_height = (articles + 3).min(height / 3).max(4);
        let library = Rect::new(0, 1, width, library_height);
        let body_top = 1 + library_height;
        let body = Rect::new(0, body_top, width, height.saturating_sub(body_top + 1));
        let (reader, compare) = match (
            app.views.show_compare,
            width >= SIDE_BY_SIDE,
            height >= STACKED_MIN_HEIGHT,
        ) {
            (true, true, _) => split(body, Direction::Horizontal, body.width * 11 / 20),
            (true, false, true) => split(body, Direction::Vertical, body.height * 3 / 5),
            (true, false, false) if app.focus == Focus::Compare => (body, Some(body)),
            _ => (body, None),
        };
        let (gutter, reader_text) = reader_parts(reader);
        // The compare pane exists only in the Read view; the reader keeps its size in all views
        // so its layout is not rebuilt on every switch.
        let compare = compare.filter(|_| app.view == View::Read);
        Panes {
            too_small: false,
            tabs,
            library,
            full,
            reader,
            gutter,
            reader_text,
            compare,
            status,
        }
    }
}

/// The reader block's gutter and text areas, inside its border.
pub fn reader_parts(reader: Rect) -> (Rect, Rect) {
    let inner = Rect::new(
        reader.x + 1,
        reader.y + 1,
        reader.width.saturating_sub(2),
        reader.height.saturating_sub(2),
    );
    let gutter = Rect::new(inner.x, inner.y, GUTTER.min(inner.width), inner.height);
    // One column stays free before the scrollbar on the border.
    let text = Rect::new(
        inner.x + gutter.width,
        inner.y,
        inner.width.saturating_sub(gutter.width + 1),
        inner.height,
    );
    (gutter, text)
}

/// The reader's part of `body` (`first` cells along `direction`) and the compare pane's, the rest.
fn split(body: Rect, direction: Direction, first: u16) -> (Rect, Option<Rect>) {
    let [reader, compare] =
        Layout::new(direction, [Constraint::Length(first), Constraint::Fill(1)]).areas(body);
    (reader, Some(compare))
}
