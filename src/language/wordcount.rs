//! Counting the words of a text as `split_whitespace` splits it, without splitting it.

/// What a byte says of whitespace: not any, a space, or the first byte of a character that
/// may be one and is decoded to tell (U+0085 and U+00A0, U+1680, U+2000–U+205F, U+3000).
const WORD: u8 = 0;
const SPACE: u8 = 1;
const DECODE: u8 = 2;
const CLASS: [u8; 256] = {
    let mut class = [WORD; 256];
    // `char::is_whitespace` of ASCII: tab, line feed, vertical tab, form feed, carriage
    // return and space.
    let mut b = b'\t';
    while b <= b'\r' {
        class[b as usize] = SPACE;
        b += 1;
    }
    class[b' ' as usize] = SPACE;
    class[0xc2] = DECODE;
    class[0xe1] = DECODE;
    class[0xe2] = DECODE;
    class[0xe3] = DECODE;
    class
};

/// How many words `s` has as `str::split_whitespace` splits it, counted no further than
/// `most`. Read a byte at a time through a table; only the lead bytes of the few spaces beyond
/// ASCII are decoded (splitting every article's text to count its words was a hundredth of
/// the run on 250 articles).
pub fn word_count(s: &str, most: usize) -> usize {
    let bytes = s.as_bytes();
    let (mut count, mut in_word, mut i) = (0, false, 0);
    while i < bytes.len() {
        // Inside a word, its plain bytes change nothing: skipped by one look-up each (a byte
        // at a time, counting was a seventieth of the run on 250 articles).
        if in_word {
            i += bytes[i..]
                .iter()
                .take_while(|&&b| CLASS[usize::from(b)] == WORD)
                .count();
            if i == bytes.len() {
                break;
            }
        }
        let mut space = CLASS[usize::from(bytes[i])];
        let mut len = 1;
        if space == DECODE {
            let c = s[i..].chars().next().unwrap_or_default();
            space = u8::from(c.is_whitespace());
            // The rest of a character that is not a space is read as part of the word.
            len = if space == SPACE { c.len_utf8() } else { 1 };
        }
        count += usize::from(space == WORD && !in_word);
        if count > most {
            return most;
        }
        in_word = space == WORD;
        i += len;
    }
    count
}

#[cfg(test)]
mod tests {
    use super::word_count;

    #[test]
    fn words_are_counted_as_split_whitespace_splits_them() {
        let texts = [
            "",
            "   ",
            "one",
            " two  words ",
            "tab\tand\nline\x0bvertical\x0cfeed\rreturn",
            "no\u{a0}break and\u{2003}em\u{3000}ideographic\u{85}next",
            "Kazakhstan’s “criminals” — 4,404 détenus\u{200b}zero-width",
            "\u{1c}\u{1f} separators are not spaces",
        ];
        for text in texts {
            let words = text.split_whitespace().count();
            assert_eq!(word_count(text, usize::MAX), words, "{text:?}");
            for most in 0..=words + 1 {
                assert_eq!(word_count(text, most), words.min(most), "{text:?} {most}");
            }
        }
    }
}
