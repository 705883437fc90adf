//! A number with its noun, in the right number for what every face prints ("1 note",
//! "3 notes"): a count of one never reads "1 notes".

/// "1 note", "0 notes", "12 quantities".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn one_takes_the_singular_and_every_other_count_the_plural() {
        assert_eq!(count(1, "note", "notes"), "1 note");
        assert_eq!(count(0, "note", "notes"), "0 notes");
        assert_eq!(count(12, "quantity", "quantities"), "12 quantities");
    }
}
