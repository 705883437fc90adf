//! A sentence's weights spread over every term id, to score it against many others.

use super::names::{fuzzy_names, fuzzy_names_sharing};
use super::score::{Vector, Vectors, mixed_with_names};

/// One sentence's weights spread over all term ids, so that scoring it against another
/// sentence is one pass over the other's terms, without a branch on which list is ahead (the
/// merge of the two lists in [`similarity`](super::score::similarity) mispredicted most of
/// its steps). Reused sentence after sentence: [`Spread::clear`] undoes [`Spread::set`].
#[derive(Default)]
pub struct Spread {
    /// Weight of each term in the sentence, 0 for terms it lacks.
    weight: Vec<f32>,
    /// Whether the sentence has the term (a term may weigh 0).
    present: Vec<bool>,
    /// For each name id, a bit for each of the sentence's names with that id (when it has at
    /// most 64): which names another sentence shares is then a look-up per name of its own.
    names: Vec<u64>,
}

impl Spread {
    /// Room for every term of `vectors`.
    pub fn new(vectors: &Vectors) -> Spread {
        Spread {
            weight: vec![0.0; vectors.df.len()],
            present: vec![false; vectors.df.len()],
            names: vec![0; name_ids(vectors)],
        }
    }

    pub fn set(&mut self, v: &Vector) {
        for &(t, w) in &v.weights {
            self.weight[t as usize] = w;
            self.present[t as usize] = true;
        }
        if v.names.len() <= 64 {
            for (k, name) in v.names.iter().enumerate() {
                self.names[name.id as usize] |= 1 << k;
            }
        }
    }

    pub fn clear(&mut self, v: &Vector) {
        for &(t, _) in &v.weights {
            self.weight[t as usize] = 0.0;
            self.present[t as usize] = false;
        }
        for name in &v.names {
            self.names[name.id as usize] = 0;
        }
    }

    /// The weight of term `t` in the sentence set, when it has the term.
    pub fn weight(&self, t: u32) -> Option<f32> {
        self.present[t as usize].then(|| self.weight[t as usize])
    }

    /// [`similarity`](super::score::similarity)`(a, b)` for `a` the sentence set, bit for bit:
    /// the same products are summed in the same (term) order, and each term `a` lacks adds an
    /// exact zero (weights are never negative).
    pub fn similarity(&self, a: &Vector, b: &Vector) -> f32 {
        let (mut dot, mut shared) = (0.0f32, 0usize);
        for &(t, w) in &b.weights {
            dot += self.weight[t as usize] * w;
            shared += usize::from(self.present[t as usize]);
        }
        let names = if a.names.is_empty() || a.names.len() > 64 || b.names.len() > 64 {
            fuzzy_names(a, b)
        } else {
            let (mut a_shared, mut b_shared) = (0u64, 0u64);
            for (k, name) in b.names.iter().enumerate() {
                let bits = self.names[name.id as usize];
                if bits != 0 {
                    a_shared |= bits;
                    b_shared |= 1 << k;
                }
            }
            fuzzy_names_sharing(a, b, a_shared, b_shared)
        };
        mixed_with_names(a, b, dot, shared, names)
    }
}

/// One more than the largest name id of `vectors` (ids are dense from 0).
fn name_ids(vectors: &Vectors) -> usize {
    let ids = vectors.items.iter().flat_map(|v| &v.names);
    ids.map(|name| name.id as usize + 1).max().unwrap_or(0)
}
