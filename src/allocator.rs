//! The binary's allocator: mimalloc, tuned to give memory back soon.
//!
//! On the 1,000-article benchmark (`align --json`, 8 alternating runs, medians) the system
//! allocator took 1.63 s wall / 2.73 s CPU at 137 MB peak; mimalloc as tuned here 1.44 s /
//! 2.31 s at 119 MB (with its defaults: 200-220 MB, over a quarter of the peer's memory). On
//! 10,000 articles: 12.1 s / 786 MB against 10.1 s / 554 MB. Its defaults keep freed pages for
//! a second and let the kernel back them with transparent huge pages, which holds on to memory
//! a phase freed while the next one allocates.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Milliseconds freed memory is kept before it goes back to the system: 5 gave the speed of
/// mimalloc's default (1,000) at the least memory; 0 was slower, 50 held 10% more (benchmark
/// corpus of ../shared/bench, 1,000 articles).
const PURGE_DELAY_MS: std::ffi::c_long = 5;

/// `mi_option_purge_delay` in mimalloc v3's `mimalloc.h` (the Rust bindings do not name it):
/// the option after `eager_commit_delay` (14) and before `use_numa_nodes` (16).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Sets the allocator's options; called first thing in `main`, before the work allocates.
/// mimalloc's own environment variables (`MIMALLOC_PURGE_DELAY`, `MIMALLOC_ALLOW_THP`), when
/// set, win: they are how one measures another setting.
#[allow(unsafe_code)]
pub fn tune() {
    let set_by_user = |name: &str| std::env::var_os(name).is_some();
    if !set_by_user("MIMALLOC_PURGE_DELAY") {
        // SAFETY: `mi_option_set` takes any option and value at any time; the purge delay is
        // read each time memory is freed, so setting it after mimalloc started is enough.
        unsafe {
            libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS);
        }
    }
    // Huge pages make the kernel keep whole 2 MB blocks for memory touched in small parts
    // (about a third more peak memory on 1,000 articles) for no measured speed.
    #[cfg(target_os = "linux")]
    if !set_by_user("MIMALLOC_ALLOW_THP") {
        // SAFETY: PR_SET_THP_DISABLE takes plain integers and touches no memory of ours.
        unsafe {
            libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[allow(unsafe_code)]
    fn the_purge_delay_is_the_option_tuned() {
        // SAFETY: reading an option has no precondition.
        let get = || unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) };
        // mimalloc v3 gives only the purge delay a default of 1,000: the number names it.
        let by_user = std::env::var("MIMALLOC_PURGE_DELAY").ok();
        let expected = by_user.as_deref().map_or(Some(1000), |v| v.parse().ok());
        assert_eq!(Some(get()), expected);
        tune();
        assert_eq!(
            Some(get()),
            if by_user.is_some() {
                expected
            } else {
                Some(PURGE_DELAY_MS)
            }
        );
    }
}
