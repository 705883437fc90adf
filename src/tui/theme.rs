//! Every style the screen uses, by role, from one table (name, default, description).
//! Defaults use the terminal's own foreground and background plus modifiers and a few basic
//! colours, so they read on dark and light terminals; `NO_COLOR` keeps only the modifiers.

use crossread::config::UserConfig;
use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Title,
    Selection,
    CurrentSentence,
    Boilerplate,
    Figure,
    Conflict,
    Artefact,
    Gutter,
    Unique,
    Corroborated,
    Note,
    StatusBar,
    Key,
    Error,
    FocusBorder,
    Border,
    Inserted,
    Deleted,
    Related,
}

pub struct StyleEntry {
    pub role: Role,
    pub name: &'static str,
    pub default: &'static str,
    pub description: &'static str,
}

pub const TABLE: &[StyleEntry] = &[
    StyleEntry {
        role: Role::Title,
        name: "title",
        default: "bold",
        description: "titles and column headers",
    },
    StyleEntry {
        role: Role::Selection,
        name: "selection",
        default: "reverse",
        description: "the selected row of a list",
    },
    StyleEntry {
        role: Role::CurrentSentence,
        name: "current_sentence",
        default: "black on yellow",
        description: "the current sentence in the reader",
    },
    StyleEntry {
        role: Role::Boilerplate,
        name: "boilerplate",
        default: "dim",
        description: "web-page leftovers (share buttons, captions)",
    },
    StyleEntry {
        role: Role::Figure,
        name: "figure",
        default: "bold underlined",
        description: "a figure (number, amount, duration)",
    },
    StyleEntry {
        role: Role::Conflict,
        name: "conflict",
        default: "bold red",
        description: "a figure the sources disagree on (also marked ≠)",
    },
    StyleEntry {
        role: Role::Artefact,
        name: "artefact",
        default: "bold magenta",
        description: "a scraping artefact such as XNUMX (also marked ⁇)",
    },
    StyleEntry {
        role: Role::Gutter,
        name: "gutter",
        default: "dim",
        description: "the gutter left of the text",
    },
    StyleEntry {
        role: Role::Unique,
        name: "unique",
        default: "bold yellow",
        description: "a sentence no other source reports",
    },
    StyleEntry {
        role: Role::Corroborated,
        name: "corroborated",
        default: "green",
        description: "a sentence other sources also report",
    },
    StyleEntry {
        role: Role::Note,
        name: "note",
        default: "bold cyan",
        description: "a note mark",
    },
    StyleEntry {
        role: Role::StatusBar,
        name: "status_bar",
        default: "reverse",
        description: "the status bar",
    },
    StyleEntry {
        role: Role::Key,
        name: "key",
        default: "bold",
        description: "key names in hints and help",
    },
    StyleEntry {
        role: Role::Error,
        name: "error",
        default: "bold red",
        description: "error messages",
    },
    StyleEntry {
        role: Role::FocusBorder,
        name: "focus_border",
        default: "cyan",
        description: "the border of the pane with the keyboard",
    },
    StyleEntry {
        role: Role::Border,
        name: "border",
        default: "dim",
        description: "other borders",
    },
    StyleEntry {
        role: Role::Inserted,
        name: "diff_differs",
        default: "bold green",
        description: "words a counterpart words differently",
    },
    StyleEntry {
        role: Role::Deleted,
        name: "diff_number",
        default: "bold red underlined",
        description: "numbers that differ between counterparts",
    },
    StyleEntry {
        role: Role::Related,
        name: "related",
        default: "dim",
        description: "a related passage: below the decision, never counted as corroboration",
    },
];

#[derive(Debug, Clone)]
pub struct Theme {
    styles: Vec<Style>,
}

impl Theme {
    /// The defaults with the user's `[colors]` applied; `color: false` honours NO_COLOR.
    pub fn new(config: &UserConfig, color: bool) -> Result<Theme, String> {
        for name in config.colors.keys() {
            if !TABLE.iter().any(|e| e.name == name) {
                let known: Vec<&str> = TABLE.iter().map(|e| e.name).collect();
                return Err(format!(
                    "unknown style \"{name}\" in [colors]; known: {}",
                    known.join(", ")
                ));
            }
        }
        let mut styles = Vec::with_capacity(TABLE.len());
        for e in TABLE {
            let spec = config.colors.get(e.name).map_or(e.default, String::as_str);
            let style = parse_style(spec)
                .ok_or_else(|| format!("cannot read style \"{spec}\" for {}", e.name))?;
            styles.push(if color { style } else { without_color(style) });
        }
        Ok(Theme { styles })
    }

    pub fn style(&self, role: Role) -> Style {
        let i = TABLE.iter().position(|e| e.role == role).unwrap_or(0);
        self.styles.get(i).copied().unwrap_or_default()
    }
}

/// <https://no-color.org>: any non-empty NO_COLOR turns colour off.
pub fn no_color_unset() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Colours go; a background colour becomes reverse video so the emphasis stays visible.
fn without_color(style: Style) -> Style {
    let mut out = Style::default().add_modifier(style.add_modifier);
    if style.bg.is_some_and(|c| c != Color::Reset) {
        out = out.add_modifier(Modifier::REVERSED);
    }
    out
}

/// Reads "[modifiers] [fg] [on bg]": "bold red", "black on yellow", "reverse", "#ff8800".
pub fn parse_style(spec: &str) -> Option<Style> {
    let mut style = Style::default();
    let mut words = spec.split_whitespace().peekable();
    while let Some(w) = words.next() {
        let w = w.to_ascii_lowercase();
        let modifier = match w.as_str() {
            "bold" => Some(Modifier::BOLD),
            "dim" => Some(Modifier::DIM),
            "italic" => Some(Modifier::ITALIC),
            "underline" | "underlined" => Some(Modifier::UNDERLINED),
            "reverse" | "reversed" => Some(Modifier::REVERSED),
            "crossed" | "strikethrough" => Some(Modifier::CROSSED_OUT),
            "plain" | "none" => Some(Modifier::empty()),
            _ => None,
        };
        if let Some(m) = modifier {
            style = style.add_modifier(m);
        } else if w == "on" {
            style = style.bg(parse_color(words.next()?)?);
        } else {
            style = style.fg(parse_color(&w)?);
        }
    }
    Some(style)
}

/// A colour as ratatui reads one: a name ("red", "lightcyan", "darkgrey"), an index (0–255)
/// or "#rrggbb"; "default" is the terminal's own colour, as "reset" is.
fn parse_color(s: &str) -> Option<Color> {
    if s.eq_ignore_ascii_case("default") {
        return Some(Color::Reset);
    }
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs_parse_into_styles() {
        assert_eq!(
            parse_style("bold red"),
            Some(Style::default().add_modifier(Modifier::BOLD).fg(Color::Red))
        );
        assert_eq!(
            parse_style("black on yellow"),
            Some(Style::default().fg(Color::Black).bg(Color::Yellow))
        );
        assert_eq!(
            parse_style("#ff8800"),
            Some(Style::default().fg(Color::Rgb(255, 136, 0)))
        );
        assert_eq!(parse_style("bold nocolor"), None);
    }

    #[test]
    fn colours_are_read_by_name_index_or_default() {
        let fg = |spec: &str| parse_style(spec).and_then(|s| s.fg);
        assert_eq!(fg("grey"), Some(Color::Gray));
        assert_eq!(fg("DarkGrey"), Some(Color::DarkGray));
        assert_eq!(fg("lightmagenta"), Some(Color::LightMagenta));
        assert_eq!(fg("208"), Some(Color::Indexed(208)));
        assert_eq!(fg("default"), Some(Color::Reset));
        assert_eq!(fg("#FF8800"), Some(Color::Rgb(255, 136, 0)));
        assert_eq!(fg("#ff88"), None);
    }

    #[test]
    fn no_color_keeps_modifiers_and_turns_backgrounds_into_reverse() {
        let theme = Theme::new(&UserConfig::default(), false).expect("defaults parse");
        let current = theme.style(Role::CurrentSentence);
        assert_eq!(current.fg, None);
        assert_eq!(current.bg, None);
        assert!(current.add_modifier.contains(Modifier::REVERSED));
        assert!(
            theme
                .style(Role::Conflict)
                .add_modifier
                .contains(Modifier::BOLD)
        );
        assert_eq!(theme.style(Role::Conflict).fg, None);
    }

    #[test]
    fn user_colors_override_only_what_they_name() {
        let mut cfg = UserConfig::default();
        cfg.colors.insert("conflict".into(), "italic blue".into());
        let theme = Theme::new(&cfg, true).expect("valid");
        assert_eq!(theme.style(Role::Conflict).fg, Some(Color::Blue));
        assert_eq!(
            theme.style(Role::Title),
            Style::default().add_modifier(Modifier::BOLD)
        );
        cfg.colors.insert("nope".into(), "red".into());
        assert!(Theme::new(&cfg, true).is_err());
    }
}
