//! The one keymap table: each entry an action, its config name, default keys and a description.
//! It drives key handling, the help overlay, the README's key table and `crossread keys`.

use crate::tui::action::{Action, View};

/// Where a binding applies, for the help overlay's sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    General,
    Moving,
    Reading,
    Comparing,
    Notes,
}

impl Section {
    pub const ALL: [Section; 5] = [
        Section::General,
        Section::Moving,
        Section::Reading,
        Section::Comparing,
        Section::Notes,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Section::General => "General",
            Section::Moving => "Moving",
            Section::Reading => "Reading",
            Section::Comparing => "Comparing sources",
            Section::Notes => "Notes",
        }
    }
}

pub struct Entry {
    pub action: Action,
    pub name: &'static str,
    pub keys: &'static [&'static str],
    pub section: Section,
    pub description: &'static str,
}

const fn entry(
    action: Action,
    name: &'static str,
    keys: &'static [&'static str],
    section: Section,
    description: &'static str,
) -> Entry {
    Entry {
        action,
        name,
        keys,
        section,
        description,
    }
}

use Section::{Comparing, General, Moving, Notes, Reading};

/// The defaults. Names are what a config file's `[keys]` table uses.
pub const TABLE: &[Entry] = &[
    entry(
        Action::Help,
        "help",
        &["?", "f1"],
        General,
        "show or hide this help",
    ),
    entry(
        Action::Quit,
        "quit",
        &["q", "ctrl-c"],
        General,
        "quit crossread (notes are already saved)",
    ),
    entry(
        Action::Cancel,
        "cancel",
        &["esc"],
        General,
        "close the overlay, clear a range or a message",
    ),
    entry(
        Action::FocusNext,
        "focus_next",
        &["tab"],
        General,
        "move the keyboard: library → reader → counterparts",
    ),
    entry(
        Action::ShowView(View::Read),
        "view_read",
        &["1"],
        General,
        "Read view: library, reader and counterparts",
    ),
    entry(
        Action::ShowView(View::Columns),
        "view_columns",
        &["2"],
        General,
        "Columns view: 2 to 4 articles side by side",
    ),
    entry(
        Action::ShowView(View::Figures),
        "view_figures",
        &["3"],
        General,
        "Figures view: quantities × sources, conflicts first",
    ),
    entry(
        Action::ShowView(View::Notes),
        "view_notes",
        &["4"],
        General,
        "Notes view: every note, filterable",
    ),
    entry(
        Action::Down,
        "down",
        &["j", "down"],
        Moving,
        "next article / sentence / row",
    ),
    entry(
        Action::Up,
        "up",
        &["k", "up"],
        Moving,
        "previous article / sentence / row",
    ),
    entry(
        Action::Left,
        "left",
        &["h", "left"],
        Moving,
        "previous source column (Figures and Columns views)",
    ),
    entry(
        Action::Right,
        "right",
        &["l", "right"],
        Moving,
        "next source column (Figures and Columns views)",
    ),
    entry(
        Action::PageDown,
        "page_down",
        &["pagedown", "space"],
        Moving,
        "one page down",
    ),
    entry(
        Action::PageUp,
        "page_up",
        &["pageup"],
        Moving,
        "one page up",
    ),
    entry(
        Action::HalfPageDown,
        "half_page_down",
        &["ctrl-d"],
        Moving,
        "half a page down",
    ),
    entry(
        Action::HalfPageUp,
        "half_page_up",
        &["ctrl-u"],
        Moving,
        "half a page up",
    ),
    entry(
        Action::Top,
        "top",
        &["g", "home"],
        Moving,
        "first article / sentence / row",
    ),
    entry(
        Action::Bottom,
        "bottom",
        &["G", "end"],
        Moving,
        "last article / sentence / row",
    ),
    entry(
        Action::Open,
        "open",
        &["enter"],
        Reading,
        "open the article, counterpart, figure or note",
    ),
    entry(
        Action::SelectRange,
        "select_range",
        &["v"],
        Reading,
        "start or clear a range of sentences",
    ),
    entry(
        Action::JumpBack,
        "jump_back",
        &["ctrl-o", "backspace"],
        Reading,
        "jump back to where you were (jump list)",
    ),
    entry(
        Action::ToggleBoilerplate,
        "toggle_boilerplate",
        &["b"],
        Reading,
        "hide or show web-page leftovers (dimmed)",
    ),
    entry(
        Action::ToggleCompare,
        "toggle_compare",
        &["c"],
        Comparing,
        "show or hide the counterparts pane",
    ),
    entry(
        Action::NextUnique,
        "next_unique",
        &["s"],
        Comparing,
        "next sentence only this source reports",
    ),
    entry(
        Action::CycleStrictness,
        "strictness",
        &["S"],
        Comparing,
        "how sure a match must be: lenient, balanced, strict",
    ),
    entry(
        Action::NextConflict,
        "next_conflict",
        &["]"],
        Comparing,
        "next figure the sources disagree on (Columns view: such row)",
    ),
    entry(
        Action::PrevConflict,
        "prev_conflict",
        &["["],
        Comparing,
        "previous figure the sources disagree on (Columns view: such row)",
    ),
    entry(
        Action::NextDifference,
        "next_difference",
        &["}"],
        Comparing,
        "Columns view: next row whose sources differ in content",
    ),
    entry(
        Action::PrevDifference,
        "prev_difference",
        &["{"],
        Comparing,
        "Columns view: previous row whose sources differ in content",
    ),
    entry(
        Action::MarkColumn,
        "mark_column",
        &["x"],
        Comparing,
        "pick articles for the Columns view (library, or a list in that view)",
    ),
    entry(
        Action::NewNote,
        "new_note",
        &["n"],
        Notes,
        "write a note on the sentence, range, figure or group",
    ),
    entry(
        Action::EditNote,
        "edit_note",
        &["e"],
        Notes,
        "edit the note (Notes view, or the sentence's note)",
    ),
    entry(
        Action::DeleteNote,
        "delete_note",
        &["d"],
        Notes,
        "delete the note (Notes view)",
    ),
    entry(
        Action::UndoDelete,
        "undo_delete",
        &["u"],
        Notes,
        "undo the last delete",
    ),
    entry(
        Action::Filter,
        "find",
        &["/"],
        Reading,
        "find text (Notes view: filter by text, #tag, @source)",
    ),
    entry(
        Action::Export,
        "export",
        &["E"],
        Notes,
        "export notes to Markdown",
    ),
];
