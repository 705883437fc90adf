//! A sentence's weights spread over every term id, to score it against many others.

use super::score::{Vector, Vectors, mixed_similarity};

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
}

impl Spread {
    /// Room for every term of `vectors`.
    pub fn new(vectors: &Vectors) -> Spread {
        Spread {
            weight: vec![0.0; vectors.df.len()],
            present: vec![false; vectors.df.len()],
        }
    }

    pub fn set(&mut self, v: &Vector) {
        for &(t, w) in &v.weights {
            self.weight[t as usize] = w;
            self.present[t as usize] = true;
        }
    }

    pub fn clear(&mut self, v: &Vector) {
        for &(t, _) in &v.weights {
            self.weight[t as usize] = 0.0;
            self.present[t as usize] = false;
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
        mixed_similarity(a, b, dot, shared)
    }
}
