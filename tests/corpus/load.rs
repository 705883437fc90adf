//! Loading files and folders: duplicates, ordering, ids, skipped and missing files.

use super::corpus_common;
use corpus_common::*;
use crossread::corpus;
use std::path::{Path, PathBuf};

fn write(dir: &Path, name: &str, text: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write");
    p
}

const ARTICLE: &[u8] = b"A headline here\n\nSome text of the article. And more.\n";

#[test]
fn the_same_file_given_twice_opens_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let x = write(dir.path(), "x.txt", ARTICLE);
    let dotted = dir.path().join(".").join("x.txt");
    let c = corpus::load(&[x.clone(), x.clone(), dotted]).expect("loads");
    assert_eq!(c.articles.len(), 1);
}

#[cfg(unix)]
#[test]
fn a_file_named_through_links_opens_once_and_a_linked_folder_is_no_article() {
    let dir = tempfile::tempdir().expect("tempdir");
    let x = write(dir.path(), "x.txt", ARTICLE);
    std::os::unix::fs::symlink(&x, dir.path().join("y.txt")).expect("symlink");
    std::fs::hard_link(&x, dir.path().join("z.txt")).expect("hard link");
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).expect("subdir");
    std::os::unix::fs::symlink(&sub, dir.path().join("w.txt")).expect("folder symlink");
    let c = corpus::load(&[dir.path().to_path_buf()]).expect("loads");
    let ids: Vec<&str> = c.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        ids,
        ["x"],
        "one file under three names; a folder named like an article"
    );
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
}

#[test]
fn relative_and_dotted_names_of_one_file_open_once() {
    // Relative paths resolve against the test's working directory, the crate root.
    let rel = PathBuf::from("tests/fixtures/no_title.txt");
    let dotted = PathBuf::from("./tests/fixtures/no_title.txt");
    let c = corpus::load(&[rel, dotted, fixture("no_title.txt")]).expect("loads");
    assert_eq!(c.articles.len(), 1);
}

#[test]
fn a_folder_lists_article_files_sorted_by_name_and_ignores_others() {
    let dir = tempfile::tempdir().expect("tempdir");
    for name in [
        "c.html",
        "b.md",
        "a.txt",
        "notes.json",
        "image.png",
        "z.TXT",
    ] {
        write(
            dir.path(),
            name,
            b"<p>Some text of the article. And more.</p>\n",
        );
    }
    std::fs::create_dir(dir.path().join("sub.txt")).expect("subdir");
    let c = corpus::load(&[dir.path().to_path_buf()]).expect("loads");
    let ids: Vec<&str> = c.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c", "z"]);
}

#[test]
fn ids_stay_unique_when_two_folders_hold_the_same_name() {
    let one = tempfile::tempdir().expect("tempdir");
    let two = tempfile::tempdir().expect("tempdir");
    write(one.path(), "report.txt", ARTICLE);
    write(
        two.path(),
        "report.txt",
        b"Another headline\n\nDifferent text here.\n",
    );
    let c = corpus::load(&[one.path().into(), two.path().into()]).expect("loads");
    let ids: Vec<&str> = c.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids.len(), 2);
    assert_ne!(ids[0], ids[1]);
    assert_eq!(ids[0], "report");
}

#[test]
fn a_missing_path_is_an_error_naming_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("nowhere.txt");
    let err = corpus::load(std::slice::from_ref(&missing))
        .expect_err("must fail")
        .to_string();
    assert!(err.contains(&missing.display().to_string()), "{err}");
}

#[test]
fn an_unreadable_file_is_an_error_naming_it() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), "locked.txt", ARTICLE);
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    // Root reads through chmod 000: then there is nothing to check.
    if std::fs::read(&p).is_ok() {
        return;
    }
    let err = corpus::load(std::slice::from_ref(&p))
        .expect_err("must fail")
        .to_string();
    assert!(err.contains(&p.display().to_string()), "{err}");
}

#[test]
fn empty_whitespace_and_binary_files_are_skipped_with_warnings() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = write(dir.path(), "good.txt", ARTICLE);
    let blob = write(
        dir.path(),
        "blob.txt",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0",
    );
    let c = corpus::load(&[
        good,
        fixture("empty.txt"),
        fixture("whitespace_only.txt"),
        blob,
    ])
    .expect("loads");
    assert_eq!(c.articles.len(), 1);
    assert_eq!(c.warnings.len(), 3, "{:?}", c.warnings);
    for name in ["empty.txt", "whitespace_only.txt", "blob.txt"] {
        assert!(
            c.warnings.iter().any(|w| w.contains(name)),
            "{name}: {:?}",
            c.warnings
        );
    }
}

#[test]
fn only_unusable_files_is_an_error() {
    let err = corpus::load(&[fixture("empty.txt")])
        .expect_err("must fail")
        .to_string();
    assert!(err.contains("empty.txt"), "{err}");
}

#[test]
fn invalid_utf8_warns_naming_the_file_and_still_loads() {
    let c = corpus::load(&[fixture("invalid_utf8.txt")]).expect("loads");
    assert_eq!(c.articles.len(), 1);
    assert!(c.warnings.iter().any(|w| w.contains("invalid_utf8.txt")));
}

#[test]
fn seeds_load_in_order_with_unique_hashes() {
    let c = seeds();
    let ids: Vec<&str> = c.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids.len(), 5);
    assert!(ids.windows(2).all(|w| w[0] < w[1]));
    let mut hashes: Vec<&str> = c.articles.iter().map(|a| a.content_hash()).collect();
    hashes.dedup();
    assert_eq!(hashes.len(), 5);
    assert!(c.warnings.is_empty());
}

#[test]
fn a_large_set_of_folders_loads_as_if_read_one_file_at_a_time() {
    // Two folders of several hundred files (more than the cores prepare at once), with names
    // that clash across folders and with a "-2" already taken, and files that only warn.
    let one = tempfile::tempdir().expect("tempdir");
    let two = tempfile::tempdir().expect("tempdir");
    let mut named = Vec::new();
    for i in 0..300 {
        let body = format!("Report number {i}\n\nThe council met on day {i}. It voted.\n");
        let bytes: Vec<u8> = match i % 50 {
            7 => Vec::new(),
            13 => vec![0x89, b'P', b'N', b'G', 0, 0, 0, 13],
            21 => [body.as_bytes(), &[0xff, 0xfe, b'.']].concat(),
            _ => body.into_bytes(),
        };
        named.push((format!("{i:04}.txt"), bytes.clone()));
        if i % 3 == 0 {
            named.push((format!("{i:04}-2.txt"), b"A note\n\nShort text.\n".to_vec()));
        }
        std::fs::write(two.path().join(format!("{i:04}.txt")), &bytes).expect("write");
    }
    for (name, bytes) in &named {
        write(one.path(), name, bytes);
    }
    let folders = [one.path().to_path_buf(), two.path().to_path_buf()];

    let mut reported = Vec::new();
    let loaded = corpus::load::load_reporting(
        &folders,
        &corpus::load::LoadOptions::default(),
        &mut |done, found| reported.push((done, found)),
    )
    .expect("loads");

    let mut one_by_one = corpus::Corpus::default();
    let mut files = Vec::new();
    for folder in &folders {
        let mut names: Vec<PathBuf> = std::fs::read_dir(folder)
            .expect("read dir")
            .map(|e| e.expect("entry").path())
            .collect();
        names.sort();
        files.extend(names);
    }
    for file in &files {
        let bytes = std::fs::read(file).expect("read");
        corpus::load::add_file(&mut one_by_one, &file.display().to_string(), &bytes);
    }
    let summary = |c: &corpus::Corpus| -> Vec<(String, String, String, usize)> {
        c.articles
            .iter()
            .map(|a| {
                (
                    a.id.clone(),
                    a.path.clone(),
                    a.title.clone(),
                    a.sentences.len(),
                )
            })
            .collect()
    };
    assert_eq!(summary(&loaded), summary(&one_by_one));
    assert_eq!(loaded.warnings, one_by_one.warnings);
    assert!(
        loaded.articles.iter().any(|a| a.id == "0003-3"),
        "the second 0003 skips the 0003-2 a file already took"
    );
    assert_eq!(
        loaded.warnings.len(),
        3 * 6 * 2,
        "empty, binary and invalid UTF-8, in both folders"
    );
    let expected: Vec<(usize, usize)> = (0..=files.len()).map(|i| (i, files.len())).collect();
    assert_eq!(reported, expected, "progress counts every file, in order");
}
