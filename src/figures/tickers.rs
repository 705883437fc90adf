//! Stock-exchange codes written beside a company's name: Reuters' "<QAN.AX>", "<.N225>",
//! "<LCOc1>", and "(NYSE: IBM)", "(HKEX: 0005)", "(AAPL.O)", or bare, between spaces: "IBM.N",
//! "US30YT=RR", "EUR=". Business news names a company or an instrument again in such a code;
//! read as words, the "0005" of "<0005.HK>" was a count and the "AX" of "<QAN.AX>" the thing a
//! share's move was of, so that two companies' moves were compared (the MSRP news sentences;
//! the "RR" of two bonds' bare codes made their maturities one quantity). Figures read a
//! sentence without them.

use std::ops::Range;

/// Byte ranges of the ticker asides in `s`, brackets included, in order.
pub fn asides(s: &str) -> Vec<Range<usize>> {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let close = match bytes[i] {
            b'<' => b'>',
            b'(' => b')',
            _ => {
                i += 1;
                continue;
            }
        };
        let Some(len) = bytes[i + 1..].iter().take(40).position(|&b| b == close) else {
            i += 1;
            continue;
        };
        let inner = &s[i + 1..i + 1 + len];
        let ticker = if close == b'>' {
            is_code(inner)
        } else {
            inner
                .split([',', ';'])
                .all(|listing| is_listing(listing.trim()))
        };
        if ticker {
            out.push(i..i + len + 2);
            i += len + 2;
        } else {
            i += 1;
        }
    }
    if may_hold_bare_code(bytes) {
        out.extend(bare_codes(s));
        out.sort_by_key(|r| r.start);
    }
    out
}

/// A capital or digit right before "=", or before a dot and a capital: the cheap sign of a
/// bare code, so that most sentences are not split into chunks.
fn may_hold_bare_code(bytes: &[u8]) -> bool {
    let code = |b: u8| b.is_ascii_uppercase() || b.is_ascii_digit();
    bytes.windows(2).any(|w| code(w[0]) && w[1] == b'=')
        || bytes
            .windows(3)
            .any(|w| code(w[0]) && w[1] == b'.' && w[2].is_ascii_uppercase())
}

/// Byte ranges of the codes written bare between spaces: "Inspire Inc. ISPH.O tumbled", "the
/// 30-year bond US30YT=RR rose", "the dollar JPY= fell".
fn bare_codes(s: &str) -> Vec<Range<usize>> {
    chunks(s)
        .filter_map(|(start, chunk)| {
            let code = chunk.trim_end_matches([',', ';', ':', '.']);
            (is_instrument_code(code) || is_exchange_code(code)).then(|| start..start + code.len())
        })
        .collect()
}

/// The chunks of `s` between white space, with their byte offsets.
fn chunks(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split_whitespace()
        .map(move |chunk| (chunk.as_ptr() as usize - s.as_ptr() as usize, chunk))
}

/// "US30YT=RR", "EUR=", "EURCHF=": capitals and digits, "=", and at most four more.
fn is_instrument_code(code: &str) -> bool {
    let Some((name, suffix)) = code.split_once('=') else {
        return false;
    };
    let caps = |part: &str| {
        part.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    };
    (2..=10).contains(&name.len())
        && name.chars().any(|c| c.is_ascii_uppercase())
        && caps(name)
        && suffix.len() <= 4
        && caps(suffix)
}

/// "IBM.N", "ISPH.O", "0005.HK", "WCOEQ.PK": two to six capitals or digits, a dot and an
/// exchange's one or two capitals ("U.S." has one letter before its dot and is no code).
fn is_exchange_code(code: &str) -> bool {
    let Some((name, exchange)) = code.split_once('.') else {
        return false;
    };
    (2..=6).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && (1..=2).contains(&exchange.len())
        && exchange.chars().all(|c| c.is_ascii_uppercase())
}

/// A Reuters instrument code: letters, digits and the marks RICs use, starting with a capital,
/// a digit or the dot of an index (".N225"); never an HTML tag's lowercase name ("<br>").
fn is_code(inner: &str) -> bool {
    (1..=12).contains(&inner.len())
        && inner.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.')
        && inner
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '=' | '^' | '_' | '-'))
        && inner
            .chars()
            .any(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// One listing inside brackets: "NYSE: IBM", "Nasdaq: AAPL", "HKEX: 0005" (a code of digits
/// only under an exchange written in capitals: "(Photo: 2019)" is no listing), or a code with
/// its exchange's suffix, "AAPL.O", "BP.L".
fn is_listing(listing: &str) -> bool {
    if let Some((exchange, code)) = listing.split_once(':') {
        let code = code.trim();
        let exchange_ok = (2..=8).contains(&exchange.len())
            && exchange.starts_with(|c: char| c.is_ascii_uppercase())
            && exchange.chars().all(|c| c.is_ascii_alphabetic());
        let code_chars = (1..=10).contains(&code.len())
            && code
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || matches!(c, '.' | '-'));
        let named = code.chars().any(|c| c.is_ascii_uppercase())
            || exchange.chars().all(|c| c.is_ascii_uppercase());
        return exchange_ok && code_chars && named;
    }
    let Some((code, suffix)) = listing.split_once('.') else {
        return false;
    };
    (1..=6).contains(&code.len())
        && (1..=3).contains(&suffix.len())
        && code
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && suffix.chars().all(|c| c.is_ascii_uppercase())
}

/// The part of `gap` (the text between two words) a reader sees once the ticker asides in it
/// are gone: the text after the last one, when nothing but space stands before the first
/// ("Qantas Airways Ltd <QAN.AX> said" joins "Ltd" and "said" as a space does). Any other gap
/// is returned whole.
pub fn past_asides(gap: &str) -> &str {
    // a gap holds letters or digits only where a code was read past
    if !gap.contains(['<', '(']) && !gap.bytes().any(|b| b.is_ascii_alphanumeric()) {
        return gap;
    }
    let found = asides(gap);
    match (found.first(), found.last()) {
        (Some(first), Some(last)) if gap[..first.start].trim().is_empty() => &gap[last.end..],
        _ => gap,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> Vec<&str> {
        asides(s).into_iter().map(|r| &s[r]).collect()
    }

    #[test]
    fn reuters_codes_and_exchange_listings_are_tickers() {
        assert_eq!(
            found(
                "Qantas <QAN.AX> and HSBC <0005.HK> rose; the Nikkei <.N225> and Brent <LCOc1> fell"
            ),
            ["<QAN.AX>", "<0005.HK>", "<.N225>", "<LCOc1>"]
        );
        assert_eq!(
            found("Acme Inc (NYSE: ACM) and Apple (AAPL.O) and Bank (HKEX: 0005; NYSE: BK)"),
            ["(NYSE: ACM)", "(AAPL.O)", "(HKEX: 0005; NYSE: BK)"]
        );
    }

    #[test]
    fn codes_written_bare_are_tickers() {
        assert_eq!(
            found("Shares of Acme Inc. ACM.O fell, and the 10-year note US10YT=RR rose."),
            ["ACM.O", "US10YT=RR"]
        );
        assert_eq!(
            found("The dollar JPY= fell and HSBC 0005.HK, rose"),
            ["JPY=", "0005.HK"]
        );
        assert_eq!(past_asides(" ACM.O "), " ");
    }

    #[test]
    fn asides_of_other_kinds_are_not_tickers() {
        assert!(
            found("a <br> tag, (Photo: 2019), (about 40%), (WHO), (the U.S.), x < 5 > y")
                .is_empty()
        );
        // initials, a sum and an equation are not codes
        assert!(
            found("They said the U.S. and N.Y. FBI agents saw E=MC2 at 3.5 and X.Y z").is_empty()
        );
    }

    #[test]
    fn a_gap_over_a_ticker_reads_as_the_space_after_it() {
        assert_eq!(past_asides(" <QAN.AX> "), " ");
        assert_eq!(past_asides(" (NYSE: ACM), "), ", ");
        assert_eq!(past_asides(", <QAN.AX> "), ", <QAN.AX> ");
        assert_eq!(past_asides(" (about) "), " (about) ");
    }
}
