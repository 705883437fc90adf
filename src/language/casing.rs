//! A label's words as the text writes them. Labels are built from lowercase words, because the
//! lowercase form is what groups figures ("in Syria" and a headline's "IN SYRIA" are one place),
//! but a reader expects a name to keep its capital: "killed (people) [in Syria]", "Paris (°C)".
//!
//! A word is a name when the sentences it was read from write it capitalised where a sentence
//! does not force a capital: not as a sentence's first word, and not in a headline, whose words
//! are capitalised whatever they are. The general pattern of English case, chosen on no data.

use std::collections::HashMap;

/// Share of capitalised words at which a line is a headline in title case (as `align::content`
/// reads headlines: "Dozens Killed In Unrest").
const TITLE_CASE_SHARE: f32 = 0.6;

/// `label` with each word that `sentences` write capitalised mid-sentence more often than in
/// lowercase given in its written form; every other character as it was.
pub fn as_written(label: &str, sentences: &[&str]) -> String {
    let forms = written_forms(sentences);
    if forms.is_empty() {
        return label.to_string();
    }
    let mut out = String::with_capacity(label.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        match forms.get(word.as_str()) {
            Some(form) if form.capitalised > form.lowercase => out.push_str(&form.written),
            _ => out.push_str(word),
        }
        word.clear();
    };
    for c in label.chars() {
        if is_word_char(c) {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// How a lowercase word is written away from a sentence's start.
#[derive(Default)]
struct Form {
    written: String,
    capitalised: usize,
    lowercase: usize,
}

fn written_forms(sentences: &[&str]) -> HashMap<String, Form> {
    let mut forms: HashMap<String, Form> = HashMap::new();
    for sentence in sentences {
        let words = words(sentence);
        let capitals = words.iter().filter(|(w, _)| is_capitalised(w)).count();
        if words.len() >= 3 && capitals as f32 >= TITLE_CASE_SHARE * words.len() as f32 {
            continue;
        }
        for (word, initial) in words {
            if initial {
                continue;
            }
            let form = forms.entry(word.to_lowercase()).or_default();
            if is_capitalised(word) {
                form.capitalised += 1;
                if form.written.is_empty() {
                    form.written = word.to_string();
                }
            } else {
                form.lowercase += 1;
            }
        }
    }
    forms
}

/// The words of a sentence, each with whether it starts the sentence or follows a stop
/// (".", "!", "?", ":", an opening quote): there a capital says nothing.
fn words(sentence: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    let mut initial = true;
    let mut start = None;
    for (i, c) in sentence.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((&sentence[s..i], initial));
                initial = false;
                start = None;
            }
            _ => {}
        }
        if start.is_none() && matches!(c, '.' | '!' | '?' | ':' | '"' | '“' | '‘' | '(') {
            initial = true;
        }
    }
    if let Some(s) = start {
        out.push((&sentence[s..], initial));
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::as_written;

    #[test]
    fn names_keep_their_capitals_and_common_words_stay_lowercase() {
        let sentences = ["At least 40 people were killed in Syria on Monday, officials said."];
        assert_eq!(
            as_written("killed (people) [in syria]", &sentences),
            "killed (people) [in Syria]"
        );
    }

    #[test]
    fn a_capital_a_sentence_or_headline_forces_says_nothing() {
        // "Paris" first in its sentence, and every word of a title-case headline, are capitalised
        // whatever they are: neither tells a name.
        let sentences = [
            "Paris reached 38C on Tuesday.",
            "Heat Wave Grips Paris As Temperatures Soar",
        ];
        assert_eq!(as_written("paris (°C)", &sentences), "paris (°C)");
        let named = ["Temperatures in Paris reached 38C on Tuesday."];
        assert_eq!(as_written("paris (°C)", &named), "Paris (°C)");
    }

    #[test]
    fn the_commoner_form_wins() {
        // "Mobile" the city once, "mobile" the adjective twice: the label stays lowercase.
        let sentences = [
            "Storms hit Mobile overnight.",
            "Officials opened mobile shelters and mobile kitchens.",
        ];
        assert_eq!(as_written("mobile shelters", &sentences), "mobile shelters");
    }

    #[test]
    fn separators_and_units_are_kept() {
        let sentences = ["Police in Almaty detained 2,000 people and arrested 40."];
        assert_eq!(
            as_written("arrested/detained (people) [in almaty]", &sentences),
            "arrested/detained (people) [in Almaty]"
        );
        assert_eq!(as_written("anything", &[]), "anything");
    }
}
