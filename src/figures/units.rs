//! Units a figure is measured in, and how to bring two figures to a common scale: distances to
//! kilometres, durations to days (six months = 180 days), shares in %, money by currency,
//! volumes to litres, temperatures to degrees Celsius (25°C = 77°F).

use serde::Serialize;

/// What a unit measures. Figures are compared only within one dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Dimension {
    Duration,
    Distance,
    Share,
    Money,
    Mass,
    Area,
    Speed,
    /// Earthquake magnitudes and other points on a scale.
    Scale,
    /// Amounts of data: what a breach or a leak took ("more than one terabyte").
    Data,
    /// Volumes of liquid or gas: a spill, a release from a dam, a fuel shortage.
    Volume,
    /// Temperatures on a named scale ("44C", "111 degrees Fahrenheit"); a bare "degrees" names
    /// no scale and is not one of them.
    Temperature,
}

/// A recognised unit: its display name, what it measures and its size in the base unit
/// (days, kilometres, %, one unit of the currency, tonnes, km², km/h, GB, litres, °C).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Unit {
    pub name: &'static str,
    pub dimension: Dimension,
    pub factor: f64,
    /// Added after the factor: only a temperature scale's zero lies elsewhere (0°F = -17.8°C).
    pub offset: f64,
}

impl Unit {
    /// `value` in this unit, on its dimension's common scale.
    pub fn to_base(&self, value: f64) -> f64 {
        value * self.factor + self.offset
    }

    /// Whether a measure in this unit may lie below zero (a temperature may, a distance not).
    pub fn signed(&self) -> bool {
        self.dimension == Dimension::Temperature
    }
}

const fn unit(name: &'static str, dimension: Dimension, factor: f64) -> Unit {
    Unit {
        name,
        dimension,
        factor,
        offset: 0.0,
    }
}

const CELSIUS: Unit = unit("°C", Temperature, 1.0);
const FAHRENHEIT: Unit = Unit {
    offset: -32.0 * 5.0 / 9.0,
    ..unit("°F", Temperature, 5.0 / 9.0)
};

/// "degrees" with no scale named: a temperature read as a count of degrees, still signed.
pub fn is_degrees(word: &str) -> bool {
    matches!(word, "degree" | "degrees" | "deg")
}

/// The temperature scale a letter after a number or a degree sign names: "44C", "44°F".
/// Only there: a letter standing alone after a number is too often something else.
pub fn temperature_letter(letter: &str) -> Option<Unit> {
    match letter {
        "c" | "C" | "°c" | "°C" => Some(CELSIUS),
        "f" | "F" | "°f" | "°F" => Some(FAHRENHEIT),
        _ => None,
    }
}

/// The temperature scale an article names first ("44C", "111 degrees Fahrenheit", "°C") and
/// where: the bare "degrees" after it are on that scale. An outlet gives its own scale before
/// any conversion in brackets ("44C (111F)", "111 degrees Fahrenheit (44 Celsius)"). None when
/// it names none: a bare "degrees" then stays a count of degrees, compared with nothing on a
/// scale; so do those before the first scale ("above 50 degrees (120 Fahrenheit)": MSRP).
pub fn first_scale_named(text: &str) -> Option<(Unit, usize)> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '°'))
        .find_map(|token| {
            // compared without lowercasing: every word of every article passes here
            let is = |names: &[&str]| names.iter().any(|n| token.eq_ignore_ascii_case(n));
            let named = if is(&["celsius", "centigrade", "°c"]) {
                Some(CELSIUS)
            } else if is(&["fahrenheit", "°f"]) {
                Some(FAHRENHEIT)
            } else {
                None
            };
            // "44C", "111F", "44°C": digits and a capital scale letter, nothing else
            let digits = token.trim_end_matches(['C', 'F']).trim_end_matches('°');
            let lettered = digits.len() < token.len()
                && !digits.is_empty()
                && digits.bytes().all(|b| b.is_ascii_digit())
                && token.len() - digits.len() <= '°'.len_utf8() + 1;
            let scale = named.or_else(|| {
                lettered
                    .then(|| temperature_letter(&token[digits.len()..]))
                    .flatten()
            })?;
            Some((scale, token.as_ptr() as usize - text.as_ptr() as usize))
        })
}

/// Whether `value` on a temperature `scale` is one the weather can give (the coldest and
/// hottest air ever measured, about -90 °C and 57 °C, with some room): a bare "degrees" beyond
/// ("swivels around 180 degrees", "a full 360 degrees") is an angle.
pub fn plausible_air_temperature(value: f64, scale: Unit) -> bool {
    (-95.0..=60.0).contains(&scale.to_base(value))
}

use Dimension::*;

/// The unit a word names ("kilometre", "km", "miles", "months", "percent", "dollars"), lowercase.
pub fn unit_word(word: &str) -> Option<Unit> {
    Some(match word {
        "second" | "seconds" | "sec" | "secs" => unit("seconds", Duration, 1.0 / 86_400.0),
        "minute" | "minutes" | "min" | "mins" => unit("minutes", Duration, 1.0 / 1440.0),
        "hour" | "hours" | "hr" | "hrs" => unit("hours", Duration, 1.0 / 24.0),
        "day" | "days" => unit("days", Duration, 1.0),
        "week" | "weeks" => unit("weeks", Duration, 7.0),
        "fortnight" | "fortnights" => unit("weeks", Duration, 14.0),
        "month" | "months" => unit("months", Duration, 30.0),
        "year" | "years" => unit("years", Duration, 365.0),
        "decade" | "decades" => unit("decades", Duration, 3650.0),
        "century" | "centuries" => unit("centuries", Duration, 36_500.0),
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => {
            unit("km", Distance, 1.0)
        }
        "mile" | "miles" | "mi" => unit("miles", Distance, 1.609_344),
        "metre" | "metres" | "meter" | "meters" => unit("metres", Distance, 0.001),
        "m" => unit("metres", Distance, 0.001),
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => {
            unit("cm", Distance, 0.000_01)
        }
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => {
            unit("mm", Distance, 0.000_001)
        }
        "foot" | "feet" | "ft" => unit("feet", Distance, 0.000_304_8),
        "inch" | "inches" => unit("inches", Distance, 0.000_025_4),
        "yard" | "yards" => unit("yards", Distance, 0.000_914_4),
        "percent" | "pct" => unit("%", Share, 1.0),
        "dollar" | "dollars" | "usd" => unit("USD", Money, 1.0),
        "euro" | "euros" | "eur" => unit("EUR", Money, 1.0),
        "pound" | "pounds" | "sterling" | "gbp" => unit("GBP", Money, 1.0),
        "yuan" | "renminbi" | "cny" => unit("CNY", Money, 1.0),
        "yen" | "jpy" => unit("JPY", Money, 1.0),
        "rupee" | "rupees" | "inr" => unit("INR", Money, 1.0),
        "rouble" | "roubles" | "ruble" | "rubles" | "rub" => unit("RUB", Money, 1.0),
        "tenge" | "kzt" => unit("KZT", Money, 1.0),
        "franc" | "francs" | "chf" => unit("CHF", Money, 1.0),
        "lira" | "liras" | "lire" | "try" => unit("TRY", Money, 1.0),
        "rand" => unit("ZAR", Money, 1.0),
        "taka" => unit("BDT", Money, 1.0),
        "naira" => unit("NGN", Money, 1.0),
        "peso" | "pesos" => unit("MXN", Money, 1.0),
        "hryvnia" | "hryvnias" => unit("UAH", Money, 1.0),
        // Currencies world news names by word (not "won", "real" or "dong": English words
        // that follow numbers in other senses, "in 2019 won the cup").
        "rupiah" | "rupiahs" => unit("IDR", Money, 1.0),
        "ringgit" | "ringgits" => unit("MYR", Money, 1.0),
        "baht" => unit("THB", Money, 1.0),
        "shekel" | "shekels" => unit("ILS", Money, 1.0),
        "riyal" | "riyals" => unit("SAR", Money, 1.0),
        "dirham" | "dirhams" => unit("AED", Money, 1.0),
        "rial" | "rials" => unit("IRR", Money, 1.0),
        "krona" | "kronor" => unit("SEK", Money, 1.0),
        // Norway's and Denmark's krone are one unit here: a story rarely quotes both
        "krone" | "kroner" => unit("NOK", Money, 1.0),
        "zloty" | "zlotys" | "zlotych" => unit("PLN", Money, 1.0),
        "forint" | "forints" => unit("HUF", Money, 1.0),
        "reais" => unit("BRL", Money, 1.0),
        "shilling" | "shillings" => unit("KES", Money, 1.0),
        "cedi" | "cedis" => unit("GHS", Money, 1.0),
        "dinar" | "dinars" => unit("dinars", Money, 1.0),
        "tonne" | "tonnes" | "ton" | "tons" => unit("tonnes", Mass, 1.0),
        "kg" | "kilogram" | "kilograms" | "kilogramme" | "kilogrammes" => unit("kg", Mass, 0.001),
        // the pound as a weight: only where the text shows it is one ("lb", "pounds of")
        "lb" | "lbs" => unit("lb", Mass, 0.000_453_592_37),
        "hectare" | "hectares" | "ha" => unit("hectares", Area, 0.01),
        "acre" | "acres" => unit("acres", Area, 0.004_046_86),
        "mph" => unit("mph", Speed, 1.609_344),
        "magnitude" => unit("magnitude", Scale, 1.0),
        "kph" | "km/h" | "kmh" => unit("km/h", Speed, 1.0),
        // Data in gigabytes. Not "mb": weather news gives pressure in millibars.
        "gigabyte" | "gigabytes" | "gb" => unit("GB", Data, 1.0),
        "terabyte" | "terabytes" | "tb" => unit("TB", Data, 1000.0),
        "petabyte" | "petabytes" => unit("PB", Data, 1_000_000.0),
        "megabyte" | "megabytes" => unit("MB", Data, 0.001),
        "litre" | "litres" | "liter" | "liters" => unit("litres", Volume, 1.0),
        // the US gallon: English-language news that still counts in gallons is mostly American
        "gallon" | "gallons" => unit("gallons", Volume, 3.785_411_784),
        // a barrel of oil
        "barrel" | "barrels" | "bbl" => unit("barrels", Volume, 158.987_294_928),
        "celsius" | "centigrade" => CELSIUS,
        "fahrenheit" => FAHRENHEIT,
        _ => return None,
    })
}

/// "a foot of snow", "nearly a century": one large unit said as a round size, read in the
/// smaller unit the same stories count in (snow in inches, spans of time in years), as readers
/// and annotators do (the snowstorm and eruption dev sets give "a foot" as 12 inches and "nearly a
/// century" as 100 years). Other units stay one of themselves ("a mile" = 1 mile).
pub fn one_in_smaller(u: Unit) -> (f64, Unit) {
    match u.name {
        "feet" => (12.0, unit("inches", Distance, 0.000_025_4)),
        "centuries" => (100.0, unit("years", Duration, 365.0)),
        _ => (1.0, u),
    }
}

/// "140 miles per hour", "90 kilometres an hour": a distance over an hour is a speed, the same
/// as "140 mph" (a hurricane pair written for this read the miles as a distance, never meeting
/// another source's "145 mph").
pub fn per_hour(distance: Unit, first: &str, second: &str) -> Option<Unit> {
    if !matches!(first, "per" | "an" | "a") || second != "hour" {
        return None;
    }
    match distance.name {
        "miles" => unit_word("mph"),
        "km" => unit_word("km/h"),
        _ => None,
    }
}

/// Units that need a second word: "per cent", "square kilometres", "square miles".
pub fn two_word_unit(first: &str, second: &str) -> Option<Unit> {
    match (first, second) {
        // "p.c." is read as the words "p" and "c"
        ("per", "cent") | ("p", "c") => Some(unit("%", Share, 1.0)),
        ("percentage", "points" | "point") => Some(unit("points", Share, 1.0)),
        // a hundredth of a point: central banks move rates by "25 basis points" (a rates trio
        // written for this read them as a count of points)
        ("basis", "points" | "point") => Some(unit("basis points", Share, 0.01)),
        ("cubic", w) => match unit_word(w)? {
            u if u.name == "metres" => Some(unit("m³", Volume, 1000.0)),
            u if u.name == "feet" => Some(unit("cubic feet", Volume, 28.316_846_592)),
            _ => None,
        },
        ("square", w) => match unit_word(w)? {
            u if u.name == "km" => Some(unit("km²", Area, 1.0)),
            u if u.name == "miles" => Some(unit("sq miles", Area, 2.589_988)),
            _ => None,
        },
        // "40 degrees Celsius", "104 deg F"
        (d, w) if is_degrees(d) => unit_word(w)
            .filter(|u| u.dimension == Temperature)
            .or_else(|| temperature_letter(w)),
        _ => None,
    }
}

/// A currency named by its country before its word: "3 billion Australian dollars", "4.1
/// billion Swedish crowns", "2 million US dollars", "500 million Hong Kong dollars". World and
/// business news names every currency but the home one so (a results trio written for this
/// counted "Swedish crowns" as a count of crowns, and "Australian dollars" as a count of
/// dollars). Returns the unit and how many words it takes (two or three). The country must be
/// known: a dollar, peso, rupee or crown of an unknown country is no US dollar, Mexican peso,
/// Indian rupee or Swedish crown, and stays unread.
pub fn national_currency(words: [&str; 3]) -> Option<(Unit, usize)> {
    let [a, b, c] = words;
    let (country, money, taken) = match (a, b) {
        ("hong", "kong")
        | ("new", "zealand")
        | ("south", "african" | "korean")
        | ("sri", "lankan")
        | ("u", "s") => (Country::Two(a, b), c, 3),
        _ => (Country::One(a), b, 2),
    };
    let name = national_code(country, currency_word(money)?)?;
    Some((unit(name, Money, 1.0), taken))
}

/// A country's name as it stands before its currency: one word or two.
#[derive(Clone, Copy)]
enum Country<'a> {
    One(&'a str),
    Two(&'a str, &'a str),
}

/// The currencies several countries name by one word, folded over plural and spelling.
#[derive(Clone, Copy, PartialEq)]
enum CurrencyWord {
    Dollar,
    Peso,
    Rupee,
    Crown,
    Pound,
    Franc,
    Dinar,
    Riyal,
    Shilling,
    Other(&'static str),
}

fn currency_word(word: &str) -> Option<CurrencyWord> {
    use CurrencyWord::*;
    Some(match word {
        "dollar" | "dollars" => Dollar,
        "peso" | "pesos" => Peso,
        "rupee" | "rupees" => Rupee,
        "crown" | "crowns" | "krona" | "kronor" | "krone" | "kroner" | "koruna" | "korunas"
        | "koruny" => Crown,
        "pound" | "pounds" => Pound,
        "franc" | "francs" => Franc,
        "dinar" | "dinars" => Dinar,
        "riyal" | "riyals" | "rial" | "rials" => Riyal,
        "shilling" | "shillings" => Shilling,
        // a currency word of one country: after its country's name it is that currency even
        // where the bare word is too common to read as money ("won", "real", "dong")
        "won" => Other("KRW"),
        "real" | "reais" => Other("BRL"),
        "dong" => Other("VND"),
        w => Other(unit_word(w).filter(|u| u.dimension == Money)?.name),
    })
}

/// The ISO code of `money` as `country` names it, when that country issues it.
fn national_code(country: Country, money: CurrencyWord) -> Option<&'static str> {
    use CurrencyWord::*;
    let code = match (country, money) {
        (Country::One("us" | "american") | Country::Two("u", "s"), Dollar) => "USD",
        (Country::One("australian"), Dollar) => "AUD",
        (Country::One("canadian"), Dollar) => "CAD",
        (Country::One("singapore"), Dollar) => "SGD",
        (Country::One("taiwan" | "taiwanese"), Dollar) => "TWD",
        (Country::Two("hong", "kong"), Dollar) => "HKD",
        (Country::Two("new", "zealand"), Dollar) => "NZD",
        (Country::One("mexican"), Peso) => "MXN",
        (Country::One("argentine" | "argentinian"), Peso) => "ARS",
        (Country::One("chilean"), Peso) => "CLP",
        (Country::One("colombian"), Peso) => "COP",
        (Country::One("philippine"), Peso) => "PHP",
        (Country::One("indian"), Rupee) => "INR",
        (Country::One("pakistani"), Rupee) => "PKR",
        (Country::One("nepali" | "nepalese"), Rupee) => "NPR",
        (Country::Two("sri", "lankan"), Rupee) => "LKR",
        (Country::One("swedish"), Crown) => "SEK",
        (Country::One("norwegian"), Crown) => "NOK",
        (Country::One("danish"), Crown) => "DKK",
        (Country::One("czech"), Crown) => "CZK",
        (Country::One("british"), Pound) => "GBP",
        (Country::One("egyptian"), Pound) => "EGP",
        (Country::One("lebanese"), Pound) => "LBP",
        (Country::One("swiss"), Franc) => "CHF",
        (Country::One("kuwaiti"), Dinar) => "KWD",
        (Country::One("iraqi"), Dinar) => "IQD",
        (Country::One("jordanian"), Dinar) => "JOD",
        (Country::One("saudi"), Riyal) => "SAR",
        (Country::One("qatari"), Riyal) => "QAR",
        (Country::One("iranian"), Riyal) => "IRR",
        (Country::One("kenyan"), Shilling) => "KES",
        (Country::One("ugandan"), Shilling) => "UGX",
        (Country::One("tanzanian"), Shilling) => "TZS",
        (Country::One("korean") | Country::Two("south", "korean"), Other("KRW")) => "KRW",
        (Country::Two("south", "african"), Other("ZAR")) => "ZAR",
        (Country::One("brazilian"), Other("BRL")) => "BRL",
        (Country::One("vietnamese"), Other("VND")) => "VND",
        // a currency only one country issues, after that country's name or any other word
        // naming it ("Chinese yuan", "Japanese yen", "Turkish lira", "Russian roubles")
        (Country::One(_), Other(code)) if !matches!(code, "KRW" | "BRL" | "VND") => code,
        _ => return None,
    };
    Some(code)
}

/// Currency symbols written before the number, and the code each stands for ("US$" ends
/// with "$", so it reads as dollars too).
const CURRENCY_SYMBOLS: &[(char, &str)] = &[
    ('$', "USD"),
    ('€', "EUR"),
    ('£', "GBP"),
    ('¥', "JPY"),
    ('₹', "INR"),
    ('₽', "RUB"),
    ('₸', "KZT"),
];

/// A currency written as a symbol before the number: "$", "US$", "€", "£", "¥", "₹".
pub fn currency_symbol(prefix: &str) -> Option<Unit> {
    let last = prefix.trim_end().chars().next_back()?;
    let (_, name) = CURRENCY_SYMBOLS
        .iter()
        .find(|(symbol, _)| *symbol == last)?;
    Some(unit(name, Money, 1.0))
}

/// The dollars a letter prefix written against "$" names: "C$8.15" is Canadian, "A$3.02"
/// Australian, "HK$5" Hong Kong's. Markets and business news write every dollar other than
/// the US one so (the MSRP news sentences quote Toronto and Sydney prices in "C$" and "A$"),
/// and a sum in one dollar is never compared with a sum in another.
pub fn dollar_prefix(letters: &str) -> Option<Unit> {
    let name = match letters {
        "US" => "USD",
        "C" | "CA" | "Can" => "CAD",
        "A" | "AU" => "AUD",
        "NZ" => "NZD",
        "HK" => "HKD",
        "S" => "SGD",
        "NT" => "TWD",
        "R" => "BRL",
        "Mex" => "MXN",
        _ => return None,
    };
    Some(unit(name, Money, 1.0))
}

/// A currency written as a word or code before the number: "USD", "EUR", "Rs", "Tk", "Rp".
pub fn currency_code(word: &str) -> Option<Unit> {
    letter_currency(word).or_else(|| static_currency(word).map(|name| unit(name, Money, 1.0)))
}

/// The short letters South and South-East Asian and East African news writes before a sum,
/// often against the digits ("Rs500", "Rp50 million", "RM3 billion", "Tk 200", "KSh1,000").
pub fn letter_currency(word: &str) -> Option<Unit> {
    let name = match word {
        "Rs" => "INR",
        "Tk" => "BDT",
        "Rp" => "IDR",
        "RM" => "MYR",
        "KSh" | "Ksh" => "KES",
        _ => return None,
    };
    Some(unit(name, Money, 1.0))
}

/// The name used to describe a dimension's common scale in a comparison.
pub fn base_name(dimension: Dimension) -> &'static str {
    match dimension {
        Duration => "days",
        Distance => "km",
        Share => "%",
        Money => "money",
        Mass => "tonnes",
        Area => "km²",
        Speed => "km/h",
        Scale => "magnitude",
        Data => "GB",
        Volume => "litres",
        Temperature => "°C",
    }
}

/// A unit name back to its unit (names are what `Figure::unit` holds).
pub fn by_name(name: &str) -> Option<Unit> {
    match name {
        "%" => Some(unit("%", Share, 1.0)),
        "points" => Some(unit("points", Share, 1.0)),
        "basis points" => two_word_unit("basis", "points"),
        "km²" => Some(unit("km²", Area, 1.0)),
        "sq miles" => Some(unit("sq miles", Area, 2.589_988)),
        "km/h" => Some(unit("km/h", Speed, 1.0)),
        "GB" => unit_word("gigabytes"),
        "TB" => unit_word("terabytes"),
        "PB" => unit_word("petabytes"),
        "MB" => unit_word("megabytes"),
        "m³" => two_word_unit("cubic", "metres"),
        "cubic feet" => two_word_unit("cubic", "feet"),
        "°C" => Some(CELSIUS),
        "°F" => Some(FAHRENHEIT),
        n if n.len() == 3 && n.chars().all(|c| c.is_ascii_uppercase()) => {
            Some(unit(static_currency(n)?, Money, 1.0))
        }
        n => unit_word(n),
    }
}

fn static_currency(code: &str) -> Option<&'static str> {
    [
        "USD", "EUR", "GBP", "CNY", "JPY", "INR", "RUB", "KZT", "CHF", "TRY", "ZAR", "NGN", "MXN",
        "UAH", "BDT", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "BRL", "IDR", "MYR", "THB", "ILS",
        "SAR", "AED", "IRR", "SEK", "NOK", "DKK", "PLN", "HUF", "KES", "GHS", "EGP", "PKR", "KRW",
        "VND", "ARS", "CLP", "COP", "PHP", "NPR", "LKR", "CZK", "LBP", "KWD", "IQD", "JOD", "QAR",
        "UGX", "TZS",
    ]
    .into_iter()
    .find(|c| *c == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_share_a_scale_and_millibars_are_not_data() {
        let tb = unit_word("terabytes").map(|u| 1.5 * u.factor);
        let gb = unit_word("gb").map(|u| 1500.0 * u.factor);
        assert_eq!(tb, gb);
        assert_eq!(by_name("TB"), unit_word("terabyte"));
        assert_eq!(unit_word("mb"), None);
    }

    #[test]
    fn durations_share_a_scale() {
        let months = unit_word("months").map(|u| 6.0 * u.factor);
        let days = unit_word("day").map(|u| 180.0 * u.factor);
        assert_eq!(months, days);
        assert_eq!(unit_word("weeks").map(|u| u.factor), Some(7.0));
    }

    #[test]
    fn miles_convert_to_kilometres() {
        let miles = unit_word("mile").map(|u| 4_700.0 * u.factor).unwrap_or(0.0);
        assert!((miles - 7_600.0).abs() / 7_600.0 < 0.01);
        assert_eq!(unit_word("kilometer").map(|u| u.name), Some("km"));
    }

    #[test]
    fn shares_and_currencies() {
        assert_eq!(two_word_unit("per", "cent").map(|u| u.name), Some("%"));
        assert_eq!(currency_symbol("US$").map(|u| u.name), Some("USD"));
        assert_eq!(currency_symbol(" €").map(|u| u.name), Some("EUR"));
        assert_eq!(currency_symbol("£").map(|u| u.name), Some("GBP"));
        assert_eq!(currency_symbol("#"), None);
        assert_eq!(unit_word("euros").map(|u| u.dimension), Some(Money));
        assert_eq!(currency_code("USD").map(|u| u.name), Some("USD"));
        assert_eq!(currency_code("Rs").map(|u| u.name), Some("INR"));
        assert_eq!(currency_code("THE"), None);
        assert_eq!(dollar_prefix("C").map(|u| u.name), Some("CAD"));
        assert_eq!(by_name("AUD").map(|u| u.dimension), Some(Money));
        assert_eq!(dollar_prefix("The"), None);
    }

    #[test]
    fn a_foot_is_twelve_inches_and_a_century_a_hundred_years() {
        let foot = unit_word("foot").map(one_in_smaller);
        assert_eq!(foot.map(|(v, u)| (v, u.name)), Some((12.0, "inches")));
        let century = unit_word("century").map(one_in_smaller);
        assert_eq!(century.map(|(v, u)| (v, u.name)), Some((100.0, "years")));
        let mile = unit_word("mile").map(one_in_smaller);
        assert_eq!(mile.map(|(v, u)| (v, u.name)), Some((1.0, "miles")));
    }

    #[test]
    fn temperatures_convert_to_celsius_and_only_they_go_below_zero() {
        let fahrenheit = two_word_unit("degrees", "fahrenheit").expect("a scale");
        assert!((fahrenheit.to_base(77.0) - 25.0).abs() < 1e-9);
        assert!((fahrenheit.to_base(-40.0) + 40.0).abs() < 1e-9);
        assert_eq!(
            two_word_unit("degrees", "c").map(|u| u.to_base(44.0)),
            Some(44.0)
        );
        assert_eq!(temperature_letter("F"), Some(fahrenheit));
        assert_eq!(temperature_letter("k"), None);
        assert!(fahrenheit.signed());
        assert!(!unit_word("km").is_some_and(|u| u.signed()));
        // a bare "degrees" names no scale
        assert_eq!(unit_word("degrees"), None);
        assert_eq!(two_word_unit("degrees", "north"), None);
    }

    #[test]
    fn volumes_convert_to_litres() {
        let gallons = unit_word("gallons")
            .map(|u| u.to_base(50_000.0))
            .unwrap_or(0.0);
        assert!((gallons - 189_270.0).abs() < 1.0);
        let cubic = two_word_unit("cubic", "meters").map(|u| u.to_base(2.0));
        assert_eq!(cubic, Some(2000.0));
        assert_eq!(two_word_unit("cubic", "miles"), None);
    }

    #[test]
    fn names_round_trip() {
        for name in [
            "days",
            "km",
            "miles",
            "%",
            "USD",
            "EUR",
            "tonnes",
            "°C",
            "°F",
            "litres",
            "gallons",
            "barrels",
            "m³",
            "cubic feet",
            "lb",
        ] {
            assert_eq!(by_name(name).map(|u| u.name), Some(name));
        }
    }
}
