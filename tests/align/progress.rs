//! Progress as a face shows it: every phase of the analysis reports, so a bar never sits at 0%
//! through a long step.

#[test]
fn the_analysis_reports_each_phase_as_it_goes() {
    let corpus = crossread::corpus::load_seeds();
    let mut phases = Vec::new();
    crossread::report::Report::build(&corpus, &mut |p| phases.push((p.phase, p.done, p.total)));
    assert_eq!(phases.first().map(|p| p.0), Some("reading figures"));
    let articles = corpus.articles.len();
    let reading: Vec<usize> = phases
        .iter()
        .filter(|p| p.0 == "reading figures")
        .map(|p| p.1)
        .collect();
    assert!(reading.windows(2).all(|w| w[0] <= w[1]), "{reading:?}");
    assert_eq!(
        reading.last(),
        Some(&articles),
        "reading figures counts the articles read: {phases:?}"
    );
    assert!(phases.contains(&("indexing", 0, 2)), "{phases:?}");
    assert!(phases.contains(&("indexing", 1, 2)), "{phases:?}");
    assert_eq!(phases.last(), Some(&("figures", 1, 1)), "{phases:?}");
}
