//! What the user can ask for. Keys map to actions (keymap.rs); `App::update` applies them.

/// Which part of the screen has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Library,
    Reader,
}

/// Whole-screen views, switched with the number keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Read,
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
    PageDown,
    PageUp,
    HalfPageDown,
    HalfPageUp,
    Top,
    Bottom,
    Open,
    ToggleBoilerplate,
    /// Start or end a range of sentences (for a note on several sentences).
    SelectRange,
    /// Back to where the last jump came from.
    JumpBack,
    /// Mouse wheel: lines to scroll (negative = up).
    Scroll(i32),
    /// The terminal changed size.
    Resize(u16, u16),
}
