//! Order-preserving parallel map over a slice, on rayon's work-stealing pool.

use rayon::prelude::*;

/// `items.iter().map(f).collect()`, computed in parallel; results keep the items' order.
/// A panic in `f` is passed on to the caller, never turned into missing results.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync + Send) -> Vec<R> {
    items.par_iter().map(f).collect()
}

/// [`map`] with scratch state: each of the pool's jobs makes one with `init` and passes it to
/// every item it maps (a memo that would be rebuilt for each item otherwise).
pub fn map_with<T: Sync, S, R: Send>(
    items: &[T],
    init: impl Fn() -> S + Sync + Send,
    f: impl Fn(&mut S, &T) -> R + Sync + Send,
) -> Vec<R> {
    items.par_iter().map_init(init, f).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_keep_the_input_order() {
        let items: Vec<u32> = (0..1000).collect();
        let doubled = super::map(&items, |x| x * 2);
        assert_eq!(doubled, items.iter().map(|x| x * 2).collect::<Vec<_>>());
        assert!(super::map(&[] as &[u32], |x| *x).is_empty());
    }

    #[test]
    fn results_with_scratch_state_keep_the_input_order() {
        let items: Vec<u32> = (0..1000).collect();
        let running = super::map_with(&items, Vec::new, |seen: &mut Vec<u32>, &x| {
            seen.push(x);
            x + 1
        });
        assert_eq!(running, items.iter().map(|x| x + 1).collect::<Vec<_>>());
    }

    #[test]
    fn a_panic_reaches_the_caller() {
        let items: Vec<u32> = (0..100).collect();
        let outcome = std::panic::catch_unwind(|| {
            super::map(&items, |&x| if x == 57 { panic!("bad item") } else { x })
        });
        assert!(outcome.is_err());
    }
}
