//! Splitting text into words and numbers, by byte offset.

/// A word or number in a text, with its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

impl Token<'_> {
    pub fn is_number(&self) -> bool {
        self.text.chars().next().is_some_and(|c| c.is_ascii_digit())
    }
}

/// `char::is_alphanumeric` of each ASCII byte: letters and digits; false for every byte of
/// other characters, so that a run of ASCII letters is read by one look-up a byte.
const ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// The character at byte `i` of `s`, its length in bytes and whether it is alphanumeric. Most
/// characters of news are ASCII, a byte each: those need no decoding.
fn at(s: &str, i: usize) -> Option<(char, usize, bool)> {
    let b = *s.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some((char::from(b), 1, ASCII_ALNUM[usize::from(b)]));
    }
    let c = s.get(i..)?.chars().next()?;
    Some((c, c.len_utf8(), c.is_alphanumeric()))
}

/// Splits text into words and numbers. Numbers keep their inner separators ("4,404", "1.5");
/// words keep inner apostrophes and hyphens ("Kazakhstan’s", "Kassym-Jomart").
pub fn tokens(s: &str) -> Vec<Token<'_>> {
    // Read by byte offset with one character of look-ahead: no copy of the text's characters
    // (every sentence is tokenised several times over a corpus).
    let bytes = s.as_bytes();
    // Room for a token per six bytes, about a word of news with its space: most sentences
    // need no regrowth (regrowing was a quarter of tokenising 1,000 articles).
    let mut out = Vec::with_capacity(s.len() / 6 + 1);
    let mut i = 0;
    while let Some((_, len, alnum)) = at(s, i) {
        if !alnum {
            i += len;
            continue;
        }
        let start = i;
        let mut j = i + len;
        loop {
            // The letters and digits of ASCII words a table look-up each (character by
            // character, tokenising was a twentieth of the run on 1,000 articles).
            j += bytes[j..]
                .iter()
                .take_while(|&&b| ASCII_ALNUM[usize::from(b)])
                .count();
            let Some((ch, len, alnum)) = at(s, j) else {
                break;
            };
            if alnum {
                j += len;
                continue;
            }
            let after = j + len;
            let next = at(s, after);
            // The last character taken is an ASCII digit exactly when its last byte is one.
            let numeric_sep = matches!(ch, '.' | ',')
                && bytes[j - 1].is_ascii_digit()
                && next.is_some_and(|(n, _, _)| n.is_ascii_digit());
            let word_joiner =
                matches!(ch, '\'' | '’' | '-' | '‑') && next.is_some_and(|(_, _, a)| a);
            match next {
                // The separator and the character after it join the token.
                Some((_, next_len, _)) if numeric_sep || word_joiner => j = after + next_len,
                _ => break,
            }
        }
        out.push(Token {
            text: &s[start..j],
            start,
            end: j,
        });
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn tokens_keep_numbers_and_compounds_whole() {
        let words: Vec<&str> = tokens("About 4,404 people (1.5%) — Kassym-Jomart’s 180-day cap.")
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            words,
            [
                "About",
                "4,404",
                "people",
                "1.5",
                "Kassym-Jomart’s",
                "180-day",
                "cap"
            ]
        );
    }

    #[test]
    fn token_spans_index_the_text() {
        let s = "Où est 12?";
        for t in tokens(s) {
            assert_eq!(&s[t.start..t.end], t.text);
        }
    }

    /// Tokens read character by character, as the rules above say them.
    fn by_characters(s: &str) -> Vec<&str> {
        let chars: Vec<(usize, char)> = s.char_indices().collect();
        let end = |k: usize| chars.get(k).map_or(s.len(), |&(i, _)| i);
        let mut out = Vec::new();
        let mut k = 0;
        while k < chars.len() {
            if !chars[k].1.is_alphanumeric() {
                k += 1;
                continue;
            }
            let start = k;
            k += 1;
            while k < chars.len() {
                let (prev, c, next) = (chars[k - 1].1, chars[k].1, chars.get(k + 1).map(|x| x.1));
                if c.is_alphanumeric() {
                    k += 1;
                } else if (matches!(c, '.' | ',')
                    && prev.is_ascii_digit()
                    && next.is_some_and(|n| n.is_ascii_digit()))
                    || (matches!(c, '\'' | '’' | '-' | '‑')
                        && next.is_some_and(char::is_alphanumeric))
                {
                    k += 2;
                } else {
                    break;
                }
            }
            out.push(&s[end(start)..end(k)]);
        }
        out
    }

    proptest! {
        #[test]
        fn tokens_are_those_read_character_by_character(
            s in "[a-zA-Z0-9 .,'’‑\\-éİßΣ²٣—()]{0,40}"
        ) {
            let fast: Vec<&str> = tokens(&s).iter().map(|t| t.text).collect();
            prop_assert_eq!(fast, by_characters(&s));
        }
    }
}
