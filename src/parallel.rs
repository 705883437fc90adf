//! Parallel work over slices on rayon's work-stealing pool; results keep the items' order.

use rayon::prelude::*;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

/// `items.iter().map(f).collect()`, computed in parallel; results keep the items' order.
/// A panic in `f` is passed on to the caller, never turned into missing results.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync + Send) -> Vec<R> {
    items
        .par_iter()
        .with_max_len(job_len(items.len()))
        .map(f)
        .collect()
}

/// [`map`] with scratch state: each of the pool's jobs gets one from `init` and passes it to
/// every item it maps. State worth keeping from job to job (a memo) belongs in a
/// [`PerThread`], whose `get` is then the `init`.
pub fn map_with<T: Sync, S, R: Send>(
    items: &[T],
    init: impl Fn() -> S + Sync + Send,
    f: impl Fn(&mut S, &T) -> R + Sync + Send,
) -> Vec<R> {
    let len = job_len(items.len());
    items
        .par_iter()
        .with_min_len(len)
        .with_max_len(len)
        .map_init(init, f)
        .collect()
}

/// Most items in one job of a pass: a sixteenth of each core's share. Rayon splits a pass
/// into a few large jobs and splits one further only when another core takes it, so a core
/// left with a large job at the end ran alone (on 1,000 articles, a tenth of the run had one
/// core idle in the tails of the passes).
pub fn job_len(items: usize) -> usize {
    items
        .div_ceil(rayon::current_num_threads().max(1) * 16)
        .max(1)
}

/// Scratch state for each thread of rayon's pool, made once and lent to every job the thread
/// runs: large tables that `map_init` would allocate and zero again for each job (hundreds of
/// jobs per pass, most of their pages new to the process).
pub struct PerThread<S> {
    slots: Vec<Mutex<S>>,
}

impl<S> PerThread<S> {
    /// One state per thread of the pool, each made by `make`.
    pub fn new(make: impl Fn() -> S) -> Self {
        let threads = rayon::current_num_threads().max(1);
        PerThread {
            slots: (0..threads).map(|_| Mutex::new(make())).collect(),
        }
    }

    /// The calling thread's state, held until the guard is dropped. Take it for a job that
    /// starts no parallel work of its own: a thread waiting inside such work may run another
    /// job of the pool, which would wait for the same state.
    pub fn get(&self) -> MutexGuard<'_, S> {
        // Outside the pool a thread shares the first state, waiting its turn.
        let k = rayon::current_thread_index().unwrap_or(0) % self.slots.len();
        self.slots[k].lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// The distinct items, each job gathering its own set and the sets merged, the smaller into
/// the larger: collected into one set, every item went in on one core.
pub fn distinct<T: Eq + std::hash::Hash + Send>(
    items: impl ParallelIterator<Item = T>,
) -> rustc_hash::FxHashSet<T> {
    items
        .fold(rustc_hash::FxHashSet::default, |mut set, item| {
            set.insert(item);
            set
        })
        .reduce(rustc_hash::FxHashSet::default, |a, b| {
            let (mut big, small) = if a.len() >= b.len() { (a, b) } else { (b, a) };
            big.extend(small);
            big
        })
}

/// Runs `f` on each run of a flat table, on all cores: run `k` is `items[start[k]..start[k + 1]]`
/// (`start` ascending, its last entry at most `items.len()`). Tables of a list per passage or
/// node sort each list this way.
pub fn for_each_run<T: Send>(items: &mut [T], start: &[usize], f: impl Fn(&mut [T]) + Sync + Send) {
    let mut runs = Vec::with_capacity(start.len().saturating_sub(1));
    let mut rest = &mut items[..start.last().copied().unwrap_or(0)];
    let mut at = start.first().copied().unwrap_or(0);
    rest = &mut rest[at..];
    for &end in start.iter().skip(1) {
        let (run, tail) = std::mem::take(&mut rest).split_at_mut(end - at);
        runs.push(run);
        rest = tail;
        at = end;
    }
    // Most runs are short: many to a job.
    runs.into_par_iter().with_min_len(256).for_each(f);
}

/// Runs `f` on every item, changing it in place, on all cores.
pub fn for_each_mut<T: Send>(items: &mut [T], f: impl Fn(&mut T) + Sync + Send) {
    items.par_iter_mut().for_each(f);
}

/// Maps `items` on all cores a batch at a time and hands each result to `each`, in the items'
/// order, on the calling thread, as soon as its batch is done: a caller can report progress
/// and build ordered state while later items are still to come. `each` returns false to stop;
/// items of later batches are then never mapped.
pub fn map_in_order<T: Sync, R: Send>(
    items: &[T],
    f: impl Fn(usize, &T) -> R + Sync + Send,
    mut each: impl FnMut(usize, R) -> bool,
) {
    // Enough items per batch that a slow one rarely leaves a core idle at the batch's end,
    // few enough that progress moves and results held at once stay small.
    let batch = rayon::current_num_threads().max(1) * 32;
    for (b, chunk) in items.chunks(batch).enumerate() {
        let first = b * batch;
        let results: Vec<R> = chunk
            .par_iter()
            .enumerate()
            .map(|(k, item)| f(first + k, item))
            .collect();
        for (k, r) in results.into_iter().enumerate() {
            if !each(first + k, r) {
                return;
            }
        }
    }
}

/// Runs `work` (which counts what it has done in the counter it is given) on the pool, while
/// this thread hands the count to `report` every few milliseconds, and once more at the end:
/// long parallel work shows how far it has come. A panic in `work` reaches the caller.
/// On the pool rather than on a thread of its own: a new thread's allocations came from a new
/// heap arena of the system allocator (9 MB more at the peak on 1,000 articles). Called on a
/// pool thread (work nested in other work), it does the work itself and reports once at the
/// end: polling there would keep a core from the work.
pub fn counted<R: Send>(
    report: &mut dyn FnMut(usize),
    work: impl FnOnce(&AtomicUsize) -> R + Send,
) -> R {
    if rayon::current_thread_index().is_some() {
        let done = AtomicUsize::new(0);
        let result = work(&done);
        report(done.into_inner());
        return result;
    }
    /// Marks the work finished however it ends, so a panic does not leave the caller polling.
    struct Finish<'a>(&'a AtomicBool);
    impl Drop for Finish<'_> {
        fn drop(&mut self) {
            self.0.store(true, Ordering::Release);
        }
    }
    let done = AtomicUsize::new(0);
    let finished = AtomicBool::new(false);
    let mut result = None;
    rayon::in_place_scope(|scope| {
        scope.spawn(|_| {
            let _finish = Finish(&finished);
            result = Some(work(&done));
        });
        while !finished.load(Ordering::Acquire) {
            report(done.load(Ordering::Relaxed));
            std::thread::sleep(Duration::from_millis(2));
        }
    });
    report(done.load(Ordering::Relaxed));
    // The scope has re-raised a panic of the work by now: the result is there.
    result.unwrap_or_else(|| unreachable!("counted work ended without a result or a panic"))
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
    fn counted_work_nested_in_the_pool_is_done_in_place_and_reported_at_the_end() {
        let ((result, reports), ()) = rayon::join(
            || {
                let mut reports = Vec::new();
                let result = super::counted(&mut |done| reports.push(done), |done| {
                    assert!(rayon::current_thread_index().is_some());
                    std::thread::sleep(std::time::Duration::from_millis(20));
                    done.fetch_add(5, std::sync::atomic::Ordering::Relaxed);
                    7
                });
                (result, reports)
            },
            || (),
        );
        assert_eq!(result, 7);
        assert_eq!(
            reports,
            [5],
            "no polling on a pool thread, one report at the end"
        );
    }

    #[test]
    fn results_in_order_arrive_one_by_one_and_stop_when_asked() {
        let items: Vec<u32> = (0..1000).collect();
        let mut seen = Vec::new();
        super::map_in_order(
            &items,
            |i, &x| (i, x * 3),
            |i, r| {
                seen.push((i, r));
                true
            },
        );
        let expected: Vec<_> = items
            .iter()
            .map(|&x| (x as usize, (x as usize, x * 3)))
            .collect();
        assert_eq!(seen, expected);

        let mut taken = 0;
        super::map_in_order(
            &items,
            |_, &x| x,
            |_, x| {
                taken += 1;
                x < 10
            },
        );
        assert_eq!(
            taken, 11,
            "the item that said stop is the last one handed over"
        );
    }

    #[test]
    fn scratch_state_is_made_a_few_times_per_core_not_per_item() {
        let made = std::sync::atomic::AtomicUsize::new(0);
        let items: Vec<u32> = (0..100_000).collect();
        let init = || made.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        super::map_with(&items, init, |_, &x| x);
        // Jobs of at least `job_len` items each.
        let len = super::job_len(items.len());
        let made = made.into_inner();
        assert!(
            made <= items.len() / len,
            "scratch state per few items is made too often"
        );
        // and small enough jobs that a core left with the last one is not alone for long
        assert!(4 * made >= 3 * (items.len() / len), "{made} jobs");
    }

    #[test]
    fn each_thread_keeps_its_scratch_state_from_job_to_job() {
        use rayon::prelude::*;
        let made = std::sync::atomic::AtomicUsize::new(0);
        let scratch = super::PerThread::new(|| {
            made.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            Vec::<u32>::new()
        });
        let items: Vec<u32> = (0..10_000).collect();
        let doubled: Vec<u32> = items
            .par_iter()
            .with_max_len(1)
            .map_init(
                || scratch.get(),
                |seen, &x| {
                    seen.push(x);
                    x * 2
                },
            )
            .collect();
        assert_eq!(doubled, items.iter().map(|x| x * 2).collect::<Vec<_>>());
        assert_eq!(made.into_inner(), rayon::current_num_threads().max(1));
        let seen: usize = scratch.slots.iter().map(|s| s.lock().unwrap().len()).sum();
        assert_eq!(seen, items.len());
    }

    #[test]
    fn each_run_of_a_table_is_changed_on_its_own() {
        let mut items: Vec<u32> = (0..1000).rev().collect();
        let start = [0, 0, 3, 10, 999, 1000];
        super::for_each_run(&mut items, &start, |run| run.sort_unstable());
        let mut expected: Vec<u32> = (0..1000).rev().collect();
        for k in 0..start.len() - 1 {
            expected[start[k]..start[k + 1]].sort_unstable();
        }
        assert_eq!(items, expected);
        super::for_each_run(&mut items, &[], |run| run.fill(0));
    }

    #[test]
    fn every_item_is_changed_in_place() {
        let mut items: Vec<u32> = (0..1000).collect();
        super::for_each_mut(&mut items, |x| *x *= 2);
        assert_eq!(items, (0..1000).map(|x| x * 2).collect::<Vec<_>>());
    }

    #[test]
    fn a_panic_reaches_the_caller() {
        let items: Vec<u32> = (0..100).collect();
        let outcome = std::panic::catch_unwind(|| {
            super::map(&items, |&x| if x == 57 { panic!("bad item") } else { x })
        });
        assert!(outcome.is_err());
    }

    #[test]
    fn counted_work_reports_a_count_that_only_grows_and_ends_at_the_total() {
        use std::sync::atomic::Ordering;
        let items: Vec<u32> = (0..20_000).collect();
        let mut reports = Vec::new();
        let doubled = super::counted(&mut |n| reports.push(n), |done| {
            super::map(&items, |&x| {
                done.fetch_add(1, Ordering::Relaxed);
                x * 2
            })
        });
        assert_eq!(doubled.len(), items.len());
        assert!(reports.windows(2).all(|w| w[0] <= w[1]), "{reports:?}");
        assert_eq!(reports.last(), Some(&items.len()));
    }

    #[test]
    fn a_panic_in_counted_work_reaches_the_caller() {
        let outcome = std::panic::catch_unwind(|| {
            super::counted(&mut |_| {}, |_| -> u32 { panic!("bad work") })
        });
        assert!(outcome.is_err());
    }
}
