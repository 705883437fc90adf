//! The binary's allocator: mimalloc, without transparent huge pages.
//!
//! On the 1,000-article benchmark (`align --json`, 8 alternating runs, medians) the system
//! allocator took 1.63 s wall / 2.73 s CPU at 137 MB peak; mimalloc 1.44 s / 2.31 s at 119 MB.
//!
//! Freed memory is kept for mimalloc's default second before it goes back to the system: given
//! back after 5 ms instead, the next phase faulted the same pages in again (55,000 page faults
//! against 34,000, 0.29 s of system time against 0.11 s). Measured on the shared benchmark
//! corpus (../shared/bench), 8 alternating runs each: 1,000 articles 0.705 s at 94 MB against
//! 0.665 s at 144 MB (the peer: 790 MB, so still under a fifth of it); 10,000 articles (two runs each) 5.8-7.9 s
//! at 569 MB against 5.5-6.7 s at 600 MB.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Sets up the allocator; called first thing in `main`, before the work allocates.
/// `MIMALLOC_ALLOW_THP`, when set, wins: it is how one measures the other setting.
#[allow(unsafe_code)]
pub fn tune() {
    // Huge pages make the kernel keep whole 2 MB blocks for memory touched in small parts
    // (130 MB against 94 MB peak on 1,000 articles) and zero them whole (0.45 s of system
    // time against 0.29 s).
    #[cfg(target_os = "linux")]
    if std::env::var_os("MIMALLOC_ALLOW_THP").is_none() {
        // SAFETY: PR_SET_THP_DISABLE takes plain integers and touches no memory of ours.
        unsafe {
            libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
        }
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    #[test]
    #[allow(unsafe_code)]
    fn huge_pages_are_turned_off() {
        if std::env::var_os("MIMALLOC_ALLOW_THP").is_some() {
            return;
        }
        super::tune();
        // SAFETY: PR_GET_THP_DISABLE takes plain integers and touches no memory of ours.
        let disabled = unsafe { libc::prctl(libc::PR_GET_THP_DISABLE, 0, 0, 0, 0) };
        assert_eq!(disabled, 1);
    }
}
