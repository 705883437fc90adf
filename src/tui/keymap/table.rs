//! The one keymap table: each entry an action, its config name, default keys, the modes it
//! applies in and a description. It drives key handling, the help overlay, the README's key
//! table and `crossread keys`.

use super::mode::Mode;
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
    /// Where the keys are in force: `[Mode::Global]`, or the panes and views listed.
    pub modes: &'static [Mode],
    pub description: &'static str,
}

impl Entry {
    pub fn is_global(&self) -> bool {
        self.modes == [Mode::Global]
    }

    /// Whether the entry's keys are in force in `mode` (global entries are in every mode).
    pub fn applies_in(&self, mode: Mode) -> bool {
        self.is_global() || self.modes.contains(&mode)
    }
}

const fn entry(
    action: Action,
    name: &'static str,
    keys: &'static [&'static str],
    section: Section,
    modes: &'static [Mode],
    description: &'static str,
) -> Entry {
    Entry {
        action,
        name,
        keys,
        section,
        modes,
        description,
    }
}

use Section::{Comparing, General, Moving, Notes, Reading};

const EVERYWHERE: &[Mode] = &[Mode::Global];
/// The Read view's panes: what acts on the open article.
const READ_VIEW: &[Mode] = &[Mode::Library, Mode::Reader, Mode::Compare];
const READER: &[Mode] = &[Mode::Reader];
/// The views laid out in source columns.
const GRIDS: &[Mode] = &[Mode::Columns, Mode::Figures];
/// Where articles are picked for the Columns view: the Read view and the view itself.
const PICKING: &[Mode] = &[Mode::Library, Mode::Reader, Mode::Compare, Mode::Columns];
/// Where `/` asks for text: a search in the Read view, a filter in the Notes view.
const FINDING: &[Mode] = &[Mode::Library, Mode::Reader, Mode::Compare, Mode::Notes];
const NOTES_VIEW: &[Mode] = &[Mode::Notes];

/// The defaults. Names are what a config file's `[keys]` table uses.
pub const TABLE: &[Entry] = &[
    entry(
        Action::Help,
        "help",
        &["?", "f1"],
        General,
        EVERYWHERE,
        "show or hide this help",
    ),
    entry(
        Action::Quit,
        "quit",
        &["q", "ctrl-c"],
        General,
        EVERYWHERE,
        "quit crossread (notes are already saved)",
    ),
    entry(
        Action::Cancel,
        "cancel",
        &["esc"],
        General,
        EVERYWHERE,
        "close an overlay, clear a range or message, leave the counterparts",
    ),
    entry(
        Action::FocusNext,
        "focus_next",
        &["tab"],
        General,
        READ_VIEW,
        "move the keyboard: library → reader → counterparts",
    ),
    entry(
        Action::ShowView(View::Read),
        "view_read",
        &["1"],
        General,
        EVERYWHERE,
        "Read view: library, reader and counterparts",
    ),
    entry(
        Action::ShowView(View::Columns),
        "view_columns",
        &["2"],
        General,
        EVERYWHERE,
        "Columns view: 2 to 4 articles side by side",
    ),
    entry(
        Action::ShowView(View::Figures),
        "view_figures",
        &["3"],
        General,
        EVERYWHERE,
        "Figures view: quantities × sources, conflicts first",
    ),
    entry(
        Action::ShowView(View::Notes),
        "view_notes",
        &["4"],
        General,
        EVERYWHERE,
        "Notes view: every note, filterable",
    ),
    entry(
        Action::Down,
        "down",
        &["j", "down"],
        Moving,
        EVERYWHERE,
        "next article / sentence / row",
    ),
    entry(
        Action::Up,
        "up",
        &["k", "up"],
        Moving,
        EVERYWHERE,
        "previous article / sentence / row",
    ),
    entry(
        Action::Left,
        "left",
        &["h", "left"],
        Moving,
        GRIDS,
        "previous source column",
    ),
    entry(
        Action::Right,
        "right",
        &["l", "right"],
        Moving,
        GRIDS,
        "next source column",
    ),
    entry(
        Action::PageDown,
        "page_down",
        &["pagedown", "space"],
        Moving,
        EVERYWHERE,
        "one page down",
    ),
    entry(
        Action::PageUp,
        "page_up",
        &["pageup"],
        Moving,
        EVERYWHERE,
        "one page up",
    ),
    entry(
        Action::HalfPageDown,
        "half_page_down",
        &["ctrl-d"],
        Moving,
        EVERYWHERE,
        "half a page down",
    ),
    entry(
        Action::HalfPageUp,
        "half_page_up",
        &["ctrl-u"],
        Moving,
        EVERYWHERE,
        "half a page up",
    ),
    entry(
        Action::Top,
        "top",
        &["g", "home"],
        Moving,
        EVERYWHERE,
        "first article / sentence / row",
    ),
    entry(
        Action::Bottom,
        "bottom",
        &["G", "end"],
        Moving,
        EVERYWHERE,
        "last article / sentence / row",
    ),
    entry(
        Action::Open,
        "open",
        &["enter"],
        Reading,
        EVERYWHERE,
        "open the article, counterpart, figure or note",
    ),
    entry(
        Action::SelectRange,
        "select_range",
        &["v"],
        Reading,
        READER,
        "start or clear a range of sentences",
    ),
    entry(
        Action::JumpBack,
        "jump_back",
        &["ctrl-o", "backspace"],
        Reading,
        EVERYWHERE,
        "jump back to where you were (jump list)",
    ),
    entry(
        Action::ToggleBoilerplate,
        "toggle_boilerplate",
        &["b"],
        Reading,
        READ_VIEW,
        "hide or show web-page leftovers (dimmed)",
    ),
    entry(
        Action::ToggleCompare,
        "toggle_compare",
        &["c"],
        Comparing,
        READ_VIEW,
        "show or hide the counterparts pane",
    ),
    entry(
        Action::NextUnique,
        "next_unique",
        &["s"],
        Comparing,
        EVERYWHERE,
        "next sentence only this source reports",
    ),
    entry(
        Action::CycleStrictness,
        "strictness",
        &["S"],
        Comparing,
        EVERYWHERE,
        "how sure a match must be: lenient, balanced, strict",
    ),
    entry(
        Action::NextConflict,
        "next_conflict",
        &["]"],
        Comparing,
        EVERYWHERE,
        "next figure the sources disagree on (Columns view: such row)",
    ),
    entry(
        Action::PrevConflict,
        "prev_conflict",
        &["["],
        Comparing,
        EVERYWHERE,
        "previous figure the sources disagree on (Columns view: such row)",
    ),
    entry(
        Action::NextDifference,
        "next_difference",
        &["}"],
        Comparing,
        EVERYWHERE,
        "Columns view: next row whose sources differ in content",
    ),
    entry(
        Action::PrevDifference,
        "prev_difference",
        &["{"],
        Comparing,
        EVERYWHERE,
        "Columns view: previous row whose sources differ in content",
    ),
    entry(
        Action::MarkColumn,
        "mark_column",
        &["x"],
        Comparing,
        PICKING,
        "pick articles for the Columns view (library, or a list in that view)",
    ),
    entry(
        Action::NewNote,
        "new_note",
        &["n"],
        Notes,
        EVERYWHERE,
        "write a note on the sentence, range, figure or group",
    ),
    entry(
        Action::EditNote,
        "edit_note",
        &["e"],
        Notes,
        EVERYWHERE,
        "edit the note (Notes view, or the sentence's note)",
    ),
    entry(
        Action::DeleteNote,
        "delete_note",
        &["d"],
        Notes,
        NOTES_VIEW,
        "delete the selected note",
    ),
    entry(
        Action::UndoDelete,
        "undo_delete",
        &["u"],
        Notes,
        EVERYWHERE,
        "undo the last delete",
    ),
    entry(
        Action::Filter,
        "find",
        &["/"],
        Reading,
        FINDING,
        "find text (Notes view: filter by text, #tag, @source)",
    ),
    entry(
        Action::Export,
        "export",
        &["E"],
        Notes,
        EVERYWHERE,
        "export notes to Markdown",
    ),
];
