//! The compare pane: counterparts of the current sentence in the other sources, ranked, with
//! a one-line summary of what differs in content, and the differing words highlighted
//! (differing numbers emphasised more, figures the sources disagree on most, with ≠).

use super::editor::EditorTarget;
use super::{Component, Context, Outcome};
use crate::tui::action::{Action, Focus};
use crate::tui::compare::{DiffKind, Entry, build};
use crate::tui::cursor;
use crate::tui::theme::{Role, Theme};
use crate::tui::views::truncate;
use crossread::align::PassageRef;
use crossread::corpus::sanitize::for_display;
use crossread::language::count::count;
use crossread::notes::{Anchor, GroupPassage, Target};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

/// The pane's entries for the passage they were built for, and its cursor.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Compare {
    /// The passage and width the entries were built for.
    pub key: Option<(PassageRef, u16)>,
    pub entries: Vec<Entry>,
    /// Index of the selected entry (counterparts first, so 0 is the best one).
    pub selected: usize,
    pub scroll: usize,
}

impl Compare {
    /// Number of entries that are counterparts: reports of the same fact.
    #[cfg(test)]
    pub fn counterparts(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| e.passage.is_some() && !e.related)
            .count()
    }

    /// Number of entries the cursor can select: the counterparts, then the related passages.
    fn selectable(&self) -> usize {
        self.entries.iter().filter(|e| e.passage.is_some()).count()
    }

    /// The first line of each entry.
    pub fn entry_offsets(&self) -> Vec<usize> {
        let mut at = 0;
        self.entries
            .iter()
            .map(|e| {
                let start = at;
                at += e.height();
                start
            })
            .collect()
    }

    /// What `n` writes a note on here: the reader's sentence with every counterpart the pane
    /// lists, in its order (the note keeps all of them, each with its probability and similarity; related
    /// passages are no part of the fact).
    pub fn note_target(&self, ctx: &Context) -> Option<EditorTarget> {
        let passage = |p: PassageRef| {
            let a = ctx.corpus.articles.get(p.article)?;
            let s = a.sentences.get(p.sentence)?;
            Some((Anchor::from_span(a, s.start, s.end), s))
        };
        let (anchor, here) = passage(ctx.at)?;
        let mut passages = vec![GroupPassage {
            anchor,
            score: None,
            probability: None,
        }];
        for entry in self.entries.iter().filter(|e| !e.related) {
            let Some(p) = entry.passage else {
                continue;
            };
            // a restatement folded into the entry is as much part of the fact as the entry
            let restated = entry.restated.iter().map(|&sentence| PassageRef {
                article: p.article,
                sentence,
            });
            for (anchor, _) in std::iter::once(p).chain(restated).filter_map(passage) {
                passages.push(GroupPassage {
                    anchor,
                    score: Some(entry.score),
                    probability: Some(entry.probability),
                });
            }
        }
        // With no counterpart there is no group: the note is on the sentence alone.
        let about = if passages.len() > 1 {
            Target::Group { passages }
        } else {
            Target::Sentence
        };
        Some(EditorTarget::new_note(
            ctx.at.article,
            here.start,
            here.end,
            about,
        ))
    }

    /// Rebuilds the entries when the reader's passage or the pane's width changed; a new
    /// passage starts at its best counterpart.
    pub fn refresh(&mut self, ctx: &Context, area: Rect) {
        let Some(report) = ctx.report else {
            return;
        };
        let key = Some((ctx.at, area.width));
        if self.key == key {
            return;
        }
        let same_passage = self.key.is_some_and(|(p, _)| p == ctx.at);
        self.entries = build(
            ctx.corpus,
            &report.alignment,
            &report.figures,
            ctx.at,
            area.width.saturating_sub(2),
        );
        self.key = key;
        if !same_passage {
            self.selected = 0;
            self.scroll = 0;
        }
    }

    /// Keeps the selected entry's header on screen.
    fn keep_selected_visible(&mut self, area: Rect) {
        let height = area.height.saturating_sub(2) as usize;
        let offsets = self.entry_offsets();
        if let Some(&top) = offsets.get(self.selected) {
            let bottom = top + self.entries[self.selected].height();
            if top < self.scroll {
                self.scroll = top;
            } else if bottom > self.scroll + height {
                self.scroll = bottom.saturating_sub(height).min(top);
            }
        }
    }
}

impl Component for Compare {
    fn update(&mut self, action: Action, ctx: &Context, area: Rect) -> Outcome {
        let n = self.selectable();
        match action {
            Action::Open => {
                let Some(p) = self.entries.get(self.selected).and_then(|e| e.passage) else {
                    return Outcome::Nothing;
                };
                return Outcome::Open {
                    article: p.article,
                    sentence: p.sentence,
                    say: Some(format!(
                        "jumped to the counterpart; {} jumps back",
                        ctx.keys(Action::JumpBack)
                    )),
                };
            }
            _ => match cursor::step(self.selected, n, cursor::PAGE, action) {
                Some(s) => self.selected = s,
                None => return Outcome::Nothing,
            },
        }
        self.keep_selected_visible(area);
        Outcome::Nothing
    }

    fn draw(&self, ctx: &Context, frame: &mut Frame, area: Rect) {
        draw(self, ctx, frame, area)
    }
}

fn draw(compare: &Compare, ctx: &Context, frame: &mut Frame, area: Rect) {
    let theme = ctx.theme;
    let Some(report) = ctx.report else {
        let block = ctx.block(" Counterparts ", Some(Focus::Compare));
        let text = Paragraph::new(ctx.progress.clone()).block(block);
        frame.render_widget(text, area);
        return;
    };
    let at = ctx.at;
    let coverage = report.alignment.coverage(at);
    let others = ctx.corpus.articles.len().saturating_sub(1);
    let title = format!(
        " Counterparts: {coverage} of {} ",
        count(others, "other source", "other sources")
    );
    let block = ctx.block(title, Some(Focus::Compare));
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let focused = ctx.focus == Focus::Compare;
    let width = inner.width as usize;
    let mut lines: Vec<Line> = Vec::new();
    for (i, e) in compare.entries.iter().enumerate() {
        match e.passage {
            Some(p) => {
                let selected = i == compare.selected;
                let marker = if selected && focused {
                    "▶ "
                } else if selected {
                    "› "
                } else {
                    "  "
                };
                let style = if selected && focused {
                    theme.style(Role::Selection)
                } else if e.related {
                    theme.style(Role::Related)
                } else {
                    theme.style(Role::Title)
                };
                // "› p 0.92 · AP · sentence 4", or "related p 0.21 · …" below the decision.
                let kind = if e.related { "related " } else { "" };
                let head = format!("{marker}{kind}p {:.2} · ", e.probability);
                let tail = sentences_tail(p.sentence, &e.restated);
                lines.push(Line::from(Span::styled(
                    format!(
                        "{head}{}{tail}",
                        source_label(ctx, e.articles[0], width, &head, &tail)
                    ),
                    style,
                )));
                if e.related {
                    for l in &e.lines {
                        let text: String = l.iter().map(|(t, _)| t.as_str()).collect();
                        lines.push(Line::from(Span::styled(
                            format!("  {text}"),
                            theme.style(Role::Related),
                        )));
                    }
                    continue;
                }
                lines.push(Line::from(vec![
                    Span::styled("  Δ ", theme.style(Role::Gutter)),
                    Span::raw(truncate(&for_display(&e.summary), width.saturating_sub(4))),
                ]));
                for l in &e.lines {
                    let mut spans = vec![Span::raw("  ")];
                    spans.extend(
                        l.iter()
                            .map(|(t, k)| Span::styled(t.as_str(), diff_style(theme, *k))),
                    );
                    lines.push(Line::from(spans));
                }
            }
            None => lines.push(Line::from(Span::styled(
                truncate(&other_sources_line(ctx, e, width), width),
                theme.style(if e.copies {
                    Role::Corroborated
                } else {
                    Role::Boilerplate
                }),
            ))),
        }
    }
    if compare.entries.is_empty() {
        lines.push(Line::from("No other articles are open."));
    }
    frame.render_widget(
        Paragraph::new(lines).scroll((compare.scroll as u16, 0)),
        inner,
    );
}

/// " · sentence 4", or " · sentences 1, 4, 9" when the article restates it word for word.
fn sentences_tail(sentence: usize, restated: &[usize]) -> String {
    if restated.is_empty() {
        return format!(" · sentence {}", sentence + 1);
    }
    let mut all: Vec<usize> = std::iter::once(sentence)
        .chain(restated.iter().copied())
        .collect();
    all.sort_unstable();
    let numbers: Vec<String> = all.iter().map(|s| (s + 1).to_string()).collect();
    format!(" · sentences {}", numbers.join(", "))
}

/// "= same text in 43 other sources: Reuters, AP …" or "X: nothing matching" (one line
/// however many sources it stands for).
fn other_sources_line(ctx: &Context, e: &Entry, width: usize) -> String {
    let names = |head: &str| {
        let names: Vec<String> = e
            .articles
            .iter()
            .take(6)
            .map(|&a| source_label(ctx, a, width, head, ""))
            .collect();
        let more = if e.articles.len() > names.len() {
            " …"
        } else {
            ""
        };
        format!("{}{more}", names.join("; "))
    };
    let n = e.articles.len();
    let sources = if n == 1 { "source" } else { "sources" };
    match (e.copies, n) {
        (true, _) => {
            let head = format!("  = same text in {n} other {sources}: ");
            format!("{head}{}", names(&head))
        }
        (false, 1) => format!(
            "  {}: nothing matching",
            source_label(ctx, e.articles[0], width, "  ", ": nothing matching")
        ),
        (false, _) => {
            let head = format!(
                "  nothing matching in {}: ",
                count(n, "other source", "other sources")
            );
            format!("{head}{}", names(&head))
        }
    }
}

/// The source as its reader knows it — outlet (else title) and date — cut only to the room
/// left on a line that also holds `head` and `tail`. Where the set holds two articles of one
/// outlet, the name that tells them apart (`Context::labels`).
pub fn source_label(ctx: &Context, a: usize, width: usize, head: &str, tail: &str) -> String {
    let article = &ctx.corpus.articles[a];
    let told_apart = ctx.labels[a] != article.short_label();
    let name = match &article.outlet {
        _ if told_apart => ctx.labels[a].clone(),
        Some(outlet) => outlet.clone(),
        None => article.title.trim().to_string(),
    };
    let name = if name.is_empty() {
        article.id.clone()
    } else {
        name
    };
    let date = article
        .date
        .as_deref()
        .map(|d| format!(", {d}"))
        .unwrap_or_default();
    let room = width
        .saturating_sub(head.width() + tail.width() + date.width())
        .max(8);
    format!("{}{date}", truncate(&for_display(&name), room))
}

/// How a run of differing text is shown, by how it differs.
pub fn diff_style(theme: &Theme, kind: DiffKind) -> Style {
    match kind {
        DiffKind::Same => Style::default(),
        DiffKind::Differs => theme.style(Role::Inserted),
        DiffKind::Number => theme.style(Role::Deleted),
        DiffKind::Conflict => theme.style(Role::Conflict),
    }
}
