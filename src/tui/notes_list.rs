//! The notes the app shows: each note placed on the open articles (attached, orphan, or on
//! another set), the reader's per-sentence lookup, and the Notes view's filtered list.

use super::app::App;
use crossread::notes::Resolution;

impl App {
    /// Re-anchors every note and rebuilds the lookups the reader and the Notes view use.
    pub fn refresh_notes(&mut self) {
        let Some(store) = &self.notes else { return };
        let placement = crossread::notes::Placement::new(&self.corpus);
        self.note_resolutions = store
            .notes()
            .iter()
            .map(|n| placement.resolve(&n.anchor))
            .collect();
        self.notes_at.clear();
        for (i, r) in self.note_resolutions.iter().enumerate() {
            if let Resolution::Attached {
                article,
                start,
                end,
                ..
            } = r
            {
                let a = &self.corpus.articles[*article];
                for (s, sentence) in a.sentences.iter().enumerate() {
                    if sentence.start < *end && *start < sentence.end {
                        self.notes_at.entry((*article, s)).or_default().push(i);
                    }
                }
            }
        }
        self.refresh_notes_view();
    }

    /// The notes on these articles (and orphans from their folders) that pass the filter:
    /// words must all appear in quote or body; `#tag` must be a tag; `@name` must match the
    /// source as the user sees it (outlet, title, file id).
    pub fn refresh_notes_view(&mut self) {
        let Some(store) = &self.notes else { return };
        let filter = self.notes_view.filter.to_lowercase();
        let terms: Vec<&str> = filter.split_whitespace().collect();
        let corpus = &self.corpus;
        let resolutions = &self.note_resolutions;
        let article_of = |i: usize| match resolutions.get(i) {
            Some(Resolution::Attached { article, .. }) => corpus.articles.get(*article),
            _ => None,
        };
        self.notes_view.visible = store
            .notes()
            .iter()
            .enumerate()
            .filter(|(i, _)| !matches!(resolutions.get(*i), Some(Resolution::Elsewhere) | None))
            .filter(|(i, n)| {
                terms.iter().all(|t| {
                    if let Some(tag) = t.strip_prefix('#') {
                        n.tags.iter().any(|x| x.to_lowercase() == tag)
                    } else if let Some(src) = t.strip_prefix('@') {
                        let seen = article_of(*i).map_or(String::new(), |a| {
                            format!(
                                "{} {} {}",
                                a.short_label(),
                                a.title,
                                a.outlet.as_deref().unwrap_or("")
                            )
                        });
                        n.anchor.article_id.to_lowercase().contains(src)
                            || seen.to_lowercase().contains(src)
                    } else {
                        n.body.to_lowercase().contains(t)
                            || n.anchor.exact.to_lowercase().contains(t)
                    }
                })
            })
            .map(|(i, _)| i)
            .collect();
        // Stable order: by article order, then position; orphans last.
        let order = |i: &usize| match resolutions.get(*i) {
            Some(Resolution::Attached { article, start, .. }) => (*article, *start),
            _ => (usize::MAX, store.notes()[*i].anchor.start),
        };
        self.notes_view.visible.sort_by_key(order);
        self.notes_view.selected = self
            .notes_view
            .selected
            .min(self.notes_view.visible.len().saturating_sub(1));
    }
}
