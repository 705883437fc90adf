//! `--strictness`: how sure a match must be before two passages count as the same fact, for
//! the commands that print groups or corroboration (and the reader, where `S` moves it).

use crossread::align::Strictness;

/// The values `--strictness` takes, as the config file spells them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum StrictnessArg {
    /// More corroboration, more of it wrong.
    Lenient,
    /// The threshold that scored best over the annotated sets.
    Balanced,
    /// Fewer pairs, most of them right.
    Strict,
}

impl From<StrictnessArg> for Strictness {
    fn from(arg: StrictnessArg) -> Strictness {
        match arg {
            StrictnessArg::Lenient => Strictness::Lenient,
            StrictnessArg::Balanced => Strictness::Balanced,
            StrictnessArg::Strict => Strictness::Strict,
        }
    }
}

/// The strictness in force: the option's, else the config file's, else the default.
pub fn resolve(arg: Option<StrictnessArg>) -> anyhow::Result<Strictness> {
    match arg {
        Some(arg) => Ok(arg.into()),
        None => Ok(crossread::config::load()?.align.strictness),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::ValueEnum;

    #[test]
    fn each_value_is_spelled_as_in_the_config_file() {
        for arg in StrictnessArg::value_variants() {
            let name = arg
                .to_possible_value()
                .expect("named")
                .get_name()
                .to_string();
            assert_eq!(name, Strictness::from(*arg).name());
        }
    }
}
