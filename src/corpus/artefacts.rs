//! Scraping artefacts such as "XNUMX": a number a scraper replaced.

use std::ops::Range;

/// Byte spans of the artefacts of `text`: words (runs of alphanumeric characters) of at least
/// four ASCII capitals that start with "X" and hold "NUM". Found from each "NUM" outwards, so
/// that only the text around one is read character by character (reading every word of every
/// article was a fiftieth of the run on 1,000 articles).
pub fn artefacts(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // Each run of capitals is looked at once, however many "NUM" it holds.
    let mut seen = 0;
    for at in memchr::memmem::find_iter(bytes, b"NUM") {
        if at < seen {
            continue;
        }
        let capital = |b: &u8| b.is_ascii_uppercase();
        // Both ends fall on character boundaries: a byte after a character's last byte, or an
        // ASCII byte.
        let start = bytes[..at]
            .iter()
            .rposition(|b| !capital(b))
            .map_or(0, |p| p + 1);
        let end = bytes[at..]
            .iter()
            .position(|b| !capital(b))
            .map_or(bytes.len(), |p| at + p);
        seen = end;
        // The word goes on when an alphanumeric character (a digit, a lowercase or non-ASCII
        // letter) touches the run: then it is not all capitals.
        let joined = text[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            || text[end..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
        if !joined && end - start >= 4 && bytes[start] == b'X' {
            out.push(start..end);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::artefacts;
    use std::ops::Range;

    /// Word by word, as the artefacts were found before.
    fn word_by_word(text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut pos = 0;
        for word in text.split_inclusive(|c: char| !c.is_alphanumeric()) {
            let core = word.trim_end_matches(|c: char| !c.is_alphanumeric());
            if core.len() >= 4
                && core.chars().all(|c| c.is_ascii_uppercase())
                && core.contains("NUM")
                && core.starts_with('X')
            {
                out.push(pos..pos + core.len());
            }
            pos += word.len();
        }
        out
    }

    #[test]
    fn xnumx_is_an_artefact() {
        let t = "On January XNUMX, protests erupted.";
        let a = artefacts(t);
        assert_eq!(a.len(), 1);
        assert_eq!(&t[a[0].clone()], "XNUMX");
        assert!(artefacts("NUMBER ONE XRAY").is_empty());
    }

    #[test]
    fn finds_what_reading_word_by_word_finds() {
        for t in [
            "XNUMX",
            "XNUM XNUMNUMX XNUMX2 2XNUMX ÉXNUMX XNUMXé xNUMX XNUM",
            "the XNUMXth day, (XNUMX) XNUMX-XNUMX XNUMX’s NUM XNU NUMX",
            "ΑXNUMX XNUMXΑ XX NUM XNUMNUMNUM.XNUMX",
            "",
            "NUMNUM XNUMNUM",
        ] {
            assert_eq!(artefacts(t), word_by_word(t), "{t:?}");
        }
    }
}
