//! Where each pane goes for a terminal size: one function, used by `update` (to know the
//! reader's width and height) and by `draw`, so the two always agree.

use super::app::App;
use ratatui::layout::Rect;

/// Below this the screen shows a short message instead of a broken layout.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;
/// Columns left of the reader's text: note mark, coverage mark, space.
pub const GUTTER: u16 = 4;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Panes {
    pub too_small: bool,
    pub tabs: Rect,
    pub library: Rect,
    /// The reader's block, border included.
    pub reader: Rect,
    pub gutter: Rect,
    pub reader_text: Rect,
    pub status: Rect,
}

impl Panes {
    pub fn compute((width, height): (u16, u16), app: &App) -> Panes {
        if width < MIN_WIDTH || height < MIN_HEIGHT {
            return Panes {
                too_small: true,
                reader_text: Rect::new(0, 0, 20, 5),
                ..Panes::default()
            };
        }
        let articles = app.corpus.articles.len() as u16;
        // Border, header and one row per article, but never more than a third of the screen.
        let library_height = (articles + 3).min(height / 3).max(4);
        let tabs = Rect::new(0, 0, width, 1);
        let status = Rect::new(0, height - 1, width, 1);
        let library = Rect::new(0, 1, width, library_height);
        let body_top = 1 + library_height;
        let body = Rect::new(0, body_top, width, height.saturating_sub(body_top + 1));
        let reader = body;
        let inner = Rect::new(
            reader.x + 1,
            reader.y + 1,
            reader.width.saturating_sub(2),
            reader.height.saturating_sub(2),
        );
        let gutter = Rect::new(inner.x, inner.y, GUTTER.min(inner.width), inner.height);
        let text_x = inner.x + gutter.width;
        // One column stays free before the scrollbar on the border.
        let reader_text = Rect::new(
            text_x,
            inner.y,
            inner.width.saturating_sub(gutter.width + 1),
            inner.height,
        );
        Panes {
            too_small: false,
            tabs,
            library,
            reader,
            gutter,
            reader_text,
            status,
        }
    }
}
