//! Bytes to text: BOM removal, UTF-8 (lossy with a warning), binary and empty detection.

/// What became of one file's bytes.
#[derive(Debug, PartialEq)]
pub enum Decoded {
    Text { text: String, lossy: bool },
    Empty,
    Binary,
}

/// Decodes a file's bytes. Line endings are kept as they are so byte offsets match the file.
pub fn decode(bytes: &[u8]) -> Decoded {
    let (bytes, utf16) = strip_bom(bytes);
    if let Some(big_endian) = utf16 {
        return decode_utf16(bytes, big_endian);
    }
    if looks_binary(bytes) {
        return Decoded::Binary;
    }
    let (text, lossy) = match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), false),
        Err(_) => (String::from_utf8_lossy(bytes).into_owned(), true),
    };
    if text.trim().is_empty() {
        return Decoded::Empty;
    }
    Decoded::Text { text, lossy }
}

/// Returns the bytes after any BOM, and Some(big_endian) for a UTF-16 BOM.
fn strip_bom(bytes: &[u8]) -> (&[u8], Option<bool>) {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        (rest, None)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        (rest, Some(false))
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        (rest, Some(true))
    } else {
        (bytes, None)
    }
}

fn decode_utf16(bytes: &[u8], big_endian: bool) -> Decoded {
    let units = bytes.chunks_exact(2).map(|c| {
        if big_endian {
            u16::from_be_bytes([c[0], c[1]])
        } else {
            u16::from_le_bytes([c[0], c[1]])
        }
    });
    let mut lossy = bytes.len() % 2 == 1;
    let text: String = char::decode_utf16(units)
        .map(|r| {
            r.unwrap_or_else(|_| {
                lossy = true;
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect();
    if text.trim().is_empty() {
        Decoded::Empty
    } else {
        Decoded::Text { text, lossy }
    }
}

/// A NUL byte, or many control bytes, in the first 8 KiB means this is not an article.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b))
        .count();
    !head.is_empty() && controls * 10 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_is_removed_and_crlf_kept() {
        let d = decode(b"\xEF\xBB\xBFTitle\r\n\r\nBody.\r\n");
        assert_eq!(
            d,
            Decoded::Text {
                text: "Title\r\n\r\nBody.\r\n".into(),
                lossy: false
            }
        );
    }

    #[test]
    fn invalid_utf8_is_decoded_lossily() {
        match decode(b"caf\xE9 au lait") {
            Decoded::Text { text, lossy } => {
                assert!(lossy);
                assert_eq!(text, "caf\u{FFFD} au lait");
            }
            other => panic!("expected text, got {other:?}"),
        }
    }

    #[test]
    fn empty_and_whitespace_files_are_empty() {
        assert_eq!(decode(b""), Decoded::Empty);
        assert_eq!(decode(b" \n\r\n\t"), Decoded::Empty);
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Decoded::Binary);
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Hi there".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(
            decode(&bytes),
            Decoded::Text {
                text: "Hi there".into(),
                lossy: false
            }
        );
    }
}
