//! Progress as a face shows it: every phase of the analysis reports, so a bar never sits at 0%
//! through a long step.

#[test]
fn the_analysis_reports_each_phase_as_it_goes() {
    let corpus = crossread::corpus::load_seeds();
    let mut phases = Vec::new();
    crossread::report::Report::build(&corpus, &mut |p| phases.push((p.phase, p.done, p.total)));
    assert_eq!(phases.first().map(|p| p.0), Some("reading figures"));
    // Reading figures counts each article three times: read, its words searched for the
    // places the figures name, then its figures' scopes marked.
    let articles = corpus.articles.len();
    let reading: Vec<(usize, usize)> = phases
        .iter()
        .filter(|p| p.0 == "reading figures")
        .map(|p| (p.1, p.2))
        .collect();
    assert!(reading.windows(2).all(|w| w[0].0 <= w[1].0), "{reading:?}");
    assert!(
        reading.iter().all(|&(_, total)| total == 3 * articles),
        "{reading:?}"
    );
    assert_eq!(
        reading.last(),
        Some(&(3 * articles, 3 * articles)),
        "reading figures ends with every article read and marked: {phases:?}"
    );
    // Indexing: each sentence's terms counted as they are read (the first half), then the
    // index built in steps (the second half), so that the bar never sits full while it is.
    let indexing: Vec<(usize, usize)> = phases
        .iter()
        .filter(|p| p.0 == "indexing")
        .map(|p| (p.1, p.2))
        .collect();
    assert_eq!(indexing.first(), Some(&(0, 1)), "{indexing:?}");
    let shares: Vec<f64> = indexing
        .iter()
        .map(|&(done, total)| done as f64 / total as f64)
        .collect();
    assert!(shares.windows(2).all(|w| w[0] <= w[1]), "{indexing:?}");
    let building: Vec<f64> = shares.iter().copied().filter(|&s| s > 0.5).collect();
    assert!(
        building.len() >= 4 && building.windows(2).all(|w| w[0] < w[1]),
        "the index's steps each move the bar: {indexing:?}"
    );
    assert_eq!(shares.last(), Some(&1.0), "{indexing:?}");
    // The scan's bar starts before its postings are made (half a second on 10,000 articles).
    let aligning = phases.iter().position(|p| p.0 == "aligning");
    assert_eq!(
        aligning.map(|k| phases[k]),
        Some(("aligning", 0, phases[aligning.unwrap_or(0)].2))
    );
    // Weighing the evidence and grouping count as they go, up to their totals (on 10,000
    // articles each is a second or two).
    for phase in ["weighing the evidence", "grouping"] {
        let shares: Vec<f64> = phases
            .iter()
            .filter(|p| p.0 == phase)
            .map(|p| p.1 as f64 / p.2 as f64)
            .collect();
        assert!(
            shares.windows(2).all(|w| w[0] <= w[1]),
            "{phase}: {shares:?}"
        );
        assert_eq!(shares.last(), Some(&1.0), "{phase} ends full: {shares:?}");
    }
    let named: Vec<&str> = phases.iter().map(|p| p.0).collect();
    let at = |phase: &str| {
        named
            .iter()
            .position(|&p| p == phase)
            .unwrap_or_else(|| panic!("no {phase:?} in {named:?}"))
    };
    assert!(
        at("aligning") < at("weighing the evidence")
            && at("weighing the evidence") < at("grouping")
            && at("grouping") < at("comparing figures"),
        "the steps after the scan are named in order: {named:?}"
    );
    assert_eq!(
        phases.last(),
        Some(&("laying out quantities", 0, 1)),
        "{phases:?}"
    );
}
