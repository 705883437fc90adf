//! Quantities as alignment evidence. Two sentences that give a figure for the same quantity
//! ("810 were killed in Syria" / "at least 968 people died in Syria") report the same fact even
//! when their numbers differ — the very passages an analyst wants side by side. The figures
//! module decides which figures speak of one quantity; each such comparison becomes a term
//! shared by the sentences holding its figures.

use crate::corpus::Corpus;
use crate::figures;
use rustc_hash::FxHashMap as HashMap;

/// For each (article, sentence), the keys of the quantities it gives a figure for.
pub type QuantityTerms = HashMap<(usize, usize), Vec<String>>;

/// Compares the corpus's figures (without alignment help) and names every comparison by its
/// typed quantity and by its first figure in article-id order, so that the names do not depend on
/// the order the files were given in.
pub fn quantity_terms(corpus: &Corpus, readings: &figures::Readings) -> QuantityTerms {
    let set = figures::compare_readings(corpus, readings, None);
    let mut out: QuantityTerms = HashMap::default();
    for c in &set.comparisons {
        let first = c
            .figures
            .iter()
            .filter_map(|&id| set.figures.get(id))
            .map(|f| (corpus.articles[f.article].id.as_str(), f.start))
            .min();
        let Some((article, start)) = first else {
            continue;
        };
        let key = format!("{}|{article}:{start}", c.key.term());
        for &id in &c.figures {
            let Some(f) = set.figures.get(id) else {
                continue;
            };
            let keys = out.entry((f.article, f.sentence)).or_default();
            if !keys.contains(&key) {
                keys.push(key.clone());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus(texts: &[&str]) -> Corpus {
        Corpus::from_texts(texts)
    }

    #[test]
    fn differing_figures_for_one_quantity_share_a_term() {
        let c = corpus(&[
            "The ferry sank on Monday. At least 41 people were killed in the disaster.",
            "Rescuers searched the river. Officials said 57 people died when the ferry sank.",
        ]);
        let q = quantity_terms(&c, &figures::read(&c));
        let first = q.get(&(0, 1)).expect("the first article's death toll");
        let second = q.get(&(1, 1)).expect("the second article's death toll");
        assert!(
            first.iter().any(|k| second.contains(k)),
            "{first:?} {second:?}"
        );
        assert!(!q.contains_key(&(0, 0)));
    }
}
