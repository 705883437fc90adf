//! Markdown articles read as prose, and a folder's own documentation left out of the set.

use crossread::corpus;
use std::path::Path;

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).expect("write");
}

const CLIPPED: &str = "---\ntitle: \"Dam breach floods the Rusalovo valley\"\nsource: https://www.valley-herald.com/2025/05/dam\npublished: 2025-05-14\n---\n\n![aerial photo](dam.jpg)\n\nThe **regional** water authority said [forty homes](https://example.org/x) were flooded.\n\n> \"We lost everything,\" one resident said.\n";

#[test]
fn a_clipped_markdown_article_has_its_title_outlet_date_and_plain_sentences() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "dam.md", CLIPPED);
    let c = corpus::load(&[dir.path().join("dam.md")]).expect("loads");
    let a = &c.articles[0];
    assert_eq!(a.title, "Dam breach floods the Rusalovo valley");
    assert_eq!(a.outlet.as_deref(), Some("valley-herald.com"));
    assert_eq!(a.date.as_deref(), Some("2025-05-14"));
    let sentences: Vec<&str> = (0..a.sentences.len()).map(|i| a.sentence_text(i)).collect();
    assert!(
        sentences.contains(&"The regional water authority said forty homes were flooded."),
        "{sentences:?}"
    );
    assert!(
        !a.text.contains("**") && !a.text.contains("https://") && !a.text.contains("aerial"),
        "{:?}",
        a.text
    );
}

#[test]
fn a_plain_text_file_named_md_reads_as_it_did() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "a.md",
        "Ferry capsizes off the coast\nRescuers searched overnight. Nine were saved.\n",
    );
    let c = corpus::load(&[dir.path().join("a.md")]).expect("loads");
    assert_eq!(c.articles[0].title, "Ferry capsizes off the coast");
    assert_eq!(c.articles[0].sentences.len(), 3);
}

#[test]
fn a_folder_leaves_out_its_readme_and_provenance_note_and_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "01_wire.txt",
        "Port strike ends\n\nDockers voted to return.\n",
    );
    write(
        dir.path(),
        "02_daily.txt",
        "Strike over\n\nThe dockers went back.\n",
    );
    write(
        dir.path(),
        "README.md",
        "# About this folder\n\nTwo reports.\n",
    );
    write(dir.path(), "SOURCE.md", "Collected from two outlets.\n");
    let c = corpus::load(&[dir.path().to_path_buf()]).expect("loads");
    let ids: Vec<&str> = c.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["01_wire", "02_daily"]);
    assert_eq!(c.warnings.len(), 2, "{:?}", c.warnings);
    assert!(
        c.warnings
            .iter()
            .all(|w| w.contains("documents the folder"))
    );
    assert!(c.warnings[0].contains("README.md"), "{:?}", c.warnings);
}

#[test]
fn a_readme_named_on_its_own_is_read_as_an_article() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "README.md",
        "# Storm report\n\nSnow fell all day.\n",
    );
    let c = corpus::load(&[dir.path().join("README.md")]).expect("loads");
    assert_eq!(c.articles.len(), 1);
    assert_eq!(c.articles[0].title, "Storm report");
}

#[test]
fn a_folder_of_only_documentation_is_an_error_that_says_why() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "README.md", "# About\n\nNothing here yet.\n");
    let err = corpus::load(&[dir.path().to_path_buf()]).expect_err("nothing to read");
    let msg = err.to_string();
    assert!(
        msg.contains("no readable articles") && msg.contains("documents the folder"),
        "{msg}"
    );
}

#[test]
fn header_lines_above_a_text_give_its_title_outlet_and_date_and_are_no_sentences() {
    // As news databases and scrapers export an article: key lines, a blank line, the story.
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "export.txt",
        "Title: Ferry runs aground off Kessel Point\nPublication: The Harbour Ledger\nDate: 9 March 2024\nByline: Staff reporter\nLength: 412 words\n\nThe ferry struck a sandbar at dawn. All 212 passengers were taken ashore.\n",
    );
    write(
        dir.path(),
        "clip.md",
        "Source: https://www.tide-times.example/ferry\nPublished: 2024-03-10\n\n# Ferry refloated\n\nTugs freed the **ferry** at high tide.\n",
    );
    let c =
        corpus::load(&[dir.path().join("export.txt"), dir.path().join("clip.md")]).expect("loads");
    let (txt, md) = (&c.articles[0], &c.articles[1]);
    assert_eq!(txt.title, "Ferry runs aground off Kessel Point");
    assert_eq!(txt.outlet.as_deref(), Some("The Harbour Ledger"));
    assert_eq!(txt.date.as_deref(), Some("2024-03-09"));
    assert_eq!(md.title, "Ferry refloated");
    assert_eq!(md.outlet.as_deref(), Some("tide-times.example"));
    assert_eq!(md.date.as_deref(), Some("2024-03-10"));
    for a in [txt, md] {
        let text: Vec<&str> = (0..a.sentences.len()).map(|i| a.sentence_text(i)).collect();
        assert!(
            !text
                .iter()
                .any(|s| s.contains("Byline") || s.contains("Source:")),
            "{text:?}"
        );
    }
    // The word count is the story's: the header's 412 is no figure of it.
    assert!(txt.words < 20, "{}", txt.words);
}
