//! What the user can ask for. Keys map to actions (keymap.rs); `App::update` applies them.

use ratatui::crossterm::event::KeyEvent;

/// Which part of the screen has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Library,
    Reader,
    Compare,
}

/// Whole-screen views, switched with the number keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum View {
    Read,
    Columns,
    Figures,
    Notes,
}

impl View {
    pub const ALL: [View; 4] = [View::Read, View::Columns, View::Figures, View::Notes];

    pub fn name(self) -> &'static str {
        match self {
            View::Read => "Read",
            View::Columns => "Columns",
            View::Figures => "Figures",
            View::Notes => "Notes",
        }
    }
}

/// A user intention, independent of the key that asked for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Quit,
    Help,
    Cancel,
    FocusNext,
    Down,
    Up,
    Left,
    Right,
    PageDown,
    PageUp,
    HalfPageDown,
    HalfPageUp,
    Top,
    Bottom,
    Open,
    ShowView(View),
    ToggleBoilerplate,
    ToggleCompare,
    /// Start or end a range of sentences (for a note on several sentences).
    SelectRange,
    /// Back to where the last jump came from.
    JumpBack,
    /// Next sentence that no other source reports.
    NextUnique,
    /// How sure a match must be to count as the same fact: lenient → balanced → strict.
    CycleStrictness,
    NextConflict,
    PrevConflict,
    /// Columns view: the next (previous) row whose passages differ in a claim.
    NextDifference,
    PrevDifference,
    /// Mark or unmark the library's selected article for the columns view.
    MarkColumn,
    NewNote,
    EditNote,
    DeleteNote,
    UndoDelete,
    Filter,
    Export,
    /// Mouse wheel: lines to scroll (negative = up).
    Scroll(i32),
    /// The terminal changed size.
    Resize(u16, u16),
    /// A key typed into the note editor or a prompt.
    Type(KeyEvent),
}
