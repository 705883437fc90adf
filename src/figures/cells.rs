//! The values each article gives for one quantity, kept only for the articles that give one:
//! a quantity in a thousand-article corpus is usually given by a few of them, and a row per
//! article for each of thousands of quantities would take more memory than the analysis.

use serde::Serialize;

/// Per article (by index in `corpus.articles`, ascending), what it gives; articles that give
/// nothing are absent. Serialised as `[[article, [items…]], …]`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cells<T>(Vec<(usize, Vec<T>)>);

impl<T> Default for Cells<T> {
    fn default() -> Self {
        Cells(Vec::new())
    }
}

impl<T> Cells<T> {
    /// What `article` gives; empty when it is silent.
    pub fn get(&self, article: usize) -> &[T] {
        match self.0.binary_search_by_key(&article, |(a, _)| *a) {
            Ok(i) => &self.0[i].1,
            Err(_) => &[],
        }
    }

    /// Adds an item for `article`, keeping the articles in order.
    pub fn push(&mut self, article: usize, item: T) {
        match self.0.binary_search_by_key(&article, |(a, _)| *a) {
            Ok(i) => self.0[i].1.push(item),
            Err(i) => self.0.insert(i, (article, vec![item])),
        }
    }

    /// The articles that give something, in order, with what they give.
    pub fn iter(&self) -> impl Iterator<Item = (usize, &[T])> {
        self.0.iter().map(|(a, items)| (*a, items.as_slice()))
    }

    /// Every item, article by article.
    pub fn all(&self) -> impl Iterator<Item = &T> {
        self.0.iter().flat_map(|(_, items)| items)
    }

    /// How many articles give something.
    pub fn articles(&self) -> usize {
        self.0.len()
    }

    /// The same articles, each item turned into another (items `f` refuses are left out).
    pub fn map<U>(&self, mut f: impl FnMut(&T) -> Option<U>) -> Cells<U> {
        Cells(
            self.0
                .iter()
                .map(|(a, items)| (*a, items.iter().filter_map(&mut f).collect()))
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_articles_that_give_a_value_are_kept_in_order() {
        let mut cells = Cells::default();
        cells.push(7, 70);
        cells.push(2, 20);
        cells.push(7, 71);
        assert_eq!(cells.get(7), [70, 71]);
        assert_eq!(cells.get(3), [] as [i32; 0]);
        assert_eq!(cells.articles(), 2);
        let order: Vec<usize> = cells.iter().map(|(a, _)| a).collect();
        assert_eq!(order, [2, 7]);
        assert_eq!(cells.all().copied().collect::<Vec<_>>(), [20, 70, 71]);
        let odd = cells.map(|v| (v % 2 == 1).then_some(*v));
        assert_eq!(odd.get(2), [] as [i32; 0]);
        assert_eq!(odd.get(7), [71]);
        assert_eq!(
            serde_json::to_string(&odd).expect("json"),
            "[[2,[]],[7,[71]]]"
        );
    }
}
