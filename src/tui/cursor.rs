//! The cursor of a list (library, counterparts, figures, notes, the column picker): where the
//! moving keys take it, the same in every list.

use super::action::Action;

/// A page key moves this many rows in lists that do not know their height on screen (the
/// figures table's rows and the notes list's entries vary in height).
pub const PAGE: usize = 10;

/// The selected cell of a table whose columns are sources (the Columns and Figures views).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Selection {
    pub row: usize,
    pub column: usize,
}

impl Selection {
    /// → : the next of `columns` columns, staying on the last.
    pub fn next_column(&mut self, columns: usize) {
        self.column = (self.column + 1).min(columns.saturating_sub(1));
    }

    /// ← : the column before, staying on the first.
    pub fn previous_column(&mut self) {
        self.column = self.column.saturating_sub(1);
    }
}

/// The row selected after `action` in a list of `len` rows, `page` rows to a page; None when
/// the action does not move a cursor.
pub fn step(selected: usize, len: usize, page: usize, action: Action) -> Option<usize> {
    let last = len.saturating_sub(1);
    Some(match action {
        Action::Down => (selected + 1).min(last),
        Action::Up => selected.saturating_sub(1),
        Action::PageDown | Action::HalfPageDown => (selected + page).min(last),
        Action::PageUp | Action::HalfPageUp => selected.saturating_sub(page),
        Action::Top => 0,
        Action::Bottom => last,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cursor_stays_inside_the_list() {
        assert_eq!(step(3, 4, PAGE, Action::Down), Some(3));
        assert_eq!(step(0, 4, PAGE, Action::Up), Some(0));
        assert_eq!(step(1, 30, PAGE, Action::PageDown), Some(11));
        assert_eq!(step(1, 0, PAGE, Action::Bottom), Some(0));
        assert_eq!(step(2, 4, PAGE, Action::Open), None);
    }

    #[test]
    fn the_column_stays_among_the_sources() {
        let mut at = Selection { row: 5, column: 1 };
        at.next_column(3);
        at.next_column(3);
        assert_eq!(at, Selection { row: 5, column: 2 });
        at.previous_column();
        at.previous_column();
        at.previous_column();
        assert_eq!(at, Selection { row: 5, column: 0 });
    }
}
