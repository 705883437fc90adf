//! Temperatures: a named scale is a unit (44C, 111 degrees Fahrenheit) converted to °C, a minus
//! or "below zero" puts a temperature below zero, and a distance from a norm ("10 degrees above
//! normal") is a change, never compared with a temperature. Sentences from heatwaves, cold
//! snaps and marine heat, not from any one article.

use super::sentences::{corpus, find, verdict};
use crossread::figures::{FigureKind, FigureSet, Scope, analyse};

fn set(texts: &[&str]) -> FigureSet {
    let full: Vec<String> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| format!("Weather report {i}\n\n{t}\n"))
        .collect();
    let refs: Vec<&str> = full.iter().map(String::as_str).collect();
    analyse(&corpus(&refs))
}

#[test]
fn a_named_scale_is_a_temperature_unit() {
    for (sentence, text, unit, value) in [
        (
            "Temperatures reached 44C in Seville on Tuesday.",
            "44C",
            "°C",
            44.0,
        ),
        ("The thermometer hit 111F in Phoenix.", "111F", "°F", 111.0),
        (
            "Temperatures could reach 46 degrees Celsius on Friday.",
            "46 degrees Celsius",
            "°C",
            46.0,
        ),
        (
            "Highs of 104 degrees F are expected.",
            "104 degrees F",
            "°F",
            104.0,
        ),
    ] {
        let f = find(sentence, text);
        assert_eq!(f.what.unit.as_deref(), Some(unit), "{sentence}");
        assert_eq!(f.what.kind, FigureKind::Other, "{sentence}");
        assert_eq!(f.amount.value, Some(value), "{sentence}");
    }
}

#[test]
fn a_minus_or_below_zero_puts_a_temperature_below_zero() {
    for (sentence, text) in [
        (
            "In the mountains it fell to minus 12 degrees overnight.",
            "minus 12",
        ),
        (
            "Overnight lows of -12C were recorded in the valleys.",
            "-12C",
        ),
        (
            "The wind chill made it feel like −12 degrees Celsius.",
            "−12 degrees Celsius",
        ),
        ("Lows were 12C below zero in the north.", "12C below zero"),
        ("It was 12 degrees below zero at dawn.", "12"),
    ] {
        let f = find(sentence, text);
        assert_eq!(f.amount.value, Some(-12.0), "{sentence}");
    }
    // "above zero" is no minus
    let f = find("Lows were 3C above zero on the coast.", "3C above zero");
    assert_eq!(f.amount.value, Some(3.0));
}

#[test]
fn a_minus_before_anything_but_a_temperature_is_not_a_sign() {
    // a poll's margin of error, and a dash that lost its space
    let f = find(
        "The poll has a margin of error of plus or minus 4 percentage points.",
        "4 percentage points",
    );
    assert_eq!(f.amount.value, Some(4.0));
    let f = find(
        "A full course of treatment -16 to 17 weeks costs about $20,000.",
        "16 to 17 weeks",
    );
    assert_eq!((f.amount.low, f.amount.high), (16.0, 17.0));
}

#[test]
fn a_ceiling_on_a_temperature_does_not_stop_at_zero() {
    let f = find(
        "Nights in the capital stayed below 5C all week.",
        "below 5C",
    );
    assert_eq!(f.amount.high, 5.0);
    assert_eq!(f.amount.low, f64::NEG_INFINITY);
}

#[test]
fn celsius_and_fahrenheit_of_one_temperature_agree() {
    // 25°C is 77°F exactly; 46°C is 114.8°F, which a writer rounds to 115
    let s = set(&[
        "Temperatures in Seville reached 46C on Tuesday.",
        "Temperatures in Seville reached 115F on Tuesday.",
    ]);
    assert_eq!(verdict(&s, "115F"), Some(false));
    let s = set(&[
        "Temperatures in the valley fell to minus 3 degrees Celsius on Tuesday.",
        "Temperatures in the valley fell to 27 degrees Fahrenheit on Tuesday.",
    ]);
    assert_eq!(verdict(&s, "27 degrees Fahrenheit"), Some(false));
    // two degrees apart is another reading
    let s = set(&[
        "Temperatures in Seville reached 46C on Tuesday.",
        "Temperatures in Seville reached 44C on Tuesday.",
    ]);
    assert_eq!(verdict(&s, "44C"), Some(true));
    // and a frost is not a thaw
    let s = set(&[
        "Temperatures in the valley fell to minus 3 degrees Celsius on Tuesday.",
        "Temperatures in the valley fell to 3 degrees Celsius on Tuesday.",
    ]);
    assert_eq!(verdict(&s, "3 degrees Celsius"), Some(true));
}

#[test]
fn a_distance_from_the_norm_is_a_change_not_a_temperature() {
    for (sentence, text) in [
        (
            "Temperatures were 10 degrees above normal for the time of year.",
            "10",
        ),
        (
            "The sea was 2.5C warmer than the long-term average for autumn.",
            "2.5C",
        ),
        ("Rainfall was 30% below average across the region.", "30%"),
        ("Temperatures sat 4C above freezing at noon.", "4C"),
    ] {
        let f = find(sentence, text);
        assert_eq!(f.what.scope, Some(Scope::Change), "{sentence}");
    }
    let f = find("Temperatures reached 10 degrees in the afternoon.", "10");
    assert_eq!(f.what.scope, None);
}

#[test]
fn a_bare_degrees_is_on_the_scale_its_article_named_before() {
    // the article gave Celsius first; its later "42 degrees" is 42 °C, as hot as 108 °F
    let s = set(&[
        "Temperatures reached 44C (111F) in Seville on Tuesday. In Madrid it was 42 degrees.",
        "Madrid recorded 108 degrees Fahrenheit on Tuesday.",
    ]);
    let f = s
        .figures
        .iter()
        .find(|f| f.text == "42 degrees")
        .expect("42");
    assert_eq!(f.what.unit.as_deref(), Some("°C"));
    assert_eq!(verdict(&s, "42 degrees"), Some(false));
    // and below zero when a minus comes before it
    let s = set(&["Lows of -12C are forecast. In the hills it fell to minus 20 degrees."]);
    let f = s
        .figures
        .iter()
        .find(|f| f.text == "minus 20 degrees")
        .expect("minus 20");
    assert_eq!(f.amount.value, Some(-20.0));
    // before any scale is named, in an article naming none, or beyond what air can be (an
    // angle), "degrees" is no temperature
    for (text, figure) in [
        (
            "It was above 50 degrees (120 Fahrenheit) at noon.",
            "above 50",
        ),
        ("In Madrid it was 42 degrees on Tuesday.", "42"),
        (
            "Highs near 40C are forecast. The screen swivels around 180 degrees.",
            "around 180",
        ),
    ] {
        let s = set(&[text]);
        let f = s.figures.iter().find(|f| f.text == figure).expect(figure);
        assert_eq!(f.what.kind, FigureKind::Count, "{text}");
    }
}

#[test]
fn a_change_in_two_scales_converts_by_the_factor_alone() {
    // 10 °F warmer is 5.6 °C warmer: the scales' zeros cancel out of a difference (with the
    // offset, 10 °F would read as -12.2 °C and the two would be flagged)
    let s = set(&[
        "Temperatures were 5.6C above normal for the week, forecasters said.",
        "Temperatures were 10 degrees Fahrenheit above normal for the week, forecasters said.",
    ]);
    assert_eq!(verdict(&s, "10 degrees Fahrenheit"), Some(false));
    // and a change of another size still disagrees
    let s = set(&[
        "Temperatures were 2C above normal for the week, forecasters said.",
        "Temperatures were 10 degrees Fahrenheit above normal for the week, forecasters said.",
    ]);
    assert_eq!(verdict(&s, "10 degrees Fahrenheit"), Some(true));
}
