//! General-English news vocabulary folded onto one term per concept: the synonyms reporters
//! choose between ("detained" / "arrested"), the euphemisms officials use ("liquidated"), and
//! the substitutes article spinners insert ("gasoline costs" for "fuel prices"). Never
//! event-specific: each group would read the same in a report on a flood, a strike or a vote.
//!
//! Words are compared by stem, so one entry covers its inflections ("storm", "stormed",
//! "storming").
//!
//! Measured with the pair-evidence harness, leave-one-set-out on the four real news clusters of
//! ../shared/dev-sets: with the lexicon, mean pair F1 0.395; without it, 0.377 (our sets 0.75
//! vs 0.70). Substitutes that only an article spinner writes ("pointy" for sharp, "hearth"
//! for fire, "tackle" for address, "query", "movies", "models" for troops, "prone") were
//! taken out: without them the real clusters score 0.397 and our sets 0.748 — they were
//! copied from our own articles, not general language.
//!
//! General resources in its place were measured the same way (pair-evidence harness, decision
//! refitted, leave-one-set-out mean pair F1 on the real clusters, 0.463 as shipped):
//! - WordNet synonyms as one more evidence value: 0.445. WordNet is broad ("said" ~
//!   "aforesaid") and misses news usage ("pot" is not listed with "marijuana").
//! - A static word-vector table distilled from the sentence model all-MiniLM-L6-v2 (each word
//!   of the corpus embedded alone): an IDF-weighted soft word match between the two passages
//!   0.451, the same only for words without an exact match 0.452, the cosine of IDF-weighted
//!   mean vectors 0.463. Even the full model's sentence cosine as a value adds 0.007 (0.470),
//!   within what one set's noise moves.
//!
//! So the measurement keeps this short list of news equivalences, and no table is shipped.

use crate::language::text::stem;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Each group folds onto its first word.
const CONCEPTS: &[&[&str]] = &[
    // Harm to people.
    &[
        "killed",
        "dead",
        "died",
        "deaths",
        "death",
        "slain",
        "perished",
        "die",
        "liquidated",
        "fatalities",
        "fatality",
        "casualties",
        "bodies",
        "massacre",
        "massacred",
    ],
    &[
        "injured",
        "wounded",
        "hurt",
        "injuries",
        "hospitalised",
        "hospitalized",
    ],
    &[
        "arrested",
        "detained",
        "detention",
        "detentions",
        "apprehended",
        "custody",
        "jailed",
    ],
    &["missing", "unaccounted"],
    &[
        "evacuated",
        "evacuation",
        "evacuees",
        "fled",
        "flee",
        "fleeing",
        "displaced",
        "homeless",
    ],
    &[
        "rescuers",
        "rescue",
        "firefighters",
        "firemen",
        "fireman",
        "responders",
    ],
    // Protest, violence, damage.
    &[
        "protests",
        "demonstrations",
        "rallies",
        "protesters",
        "demonstrators",
        "rallied",
    ],
    &[
        "unrest", "riots", "turmoil", "clashes", "violence", "upheaval",
    ],
    &[
        "attacked",
        "stormed",
        "storming",
        "seized",
        "ransacked",
        "looted",
        "vandalized",
        "vandalised",
        "torched",
        "raided",
    ],
    &[
        "destroyed",
        "razed",
        "flattened",
        "demolished",
        "wrecked",
        "damaged",
        "broken",
        "collapsed",
    ],
    &[
        "fire", "blaze", "flames", "burning", "burned", "burnt", "ablaze", "wildfire", "inferno",
    ],
    &[
        "crackdown",
        "suppress",
        "suppression",
        "quell",
        "subdue",
        "disperse",
    ],
    // Security forces.
    &[
        "troops",
        "soldiers",
        "military",
        "army",
        "forces",
        "units",
        "reinforcements",
        "contingent",
        "peacekeepers",
        "peacekeeping",
    ],
    &["police", "policeman", "policemen", "cops"],
    &["security", "safety"],
    // Government and politics.
    &[
        "government",
        "administration",
        "cabinet",
        "regime",
        "ministers",
    ],
    &["officials", "authorities"],
    &[
        "resign",
        "resignation",
        "resigned",
        "quit",
        "dismissed",
        "sacked",
        "ousted",
    ],
    &["president", "leader"],
    &["election", "elections", "vote", "ballot", "poll", "polls"],
    &["opposition", "dissidents", "dissent"],
    &["irregularities", "violations", "breaches"],
    &["victory", "win", "wins", "won", "winning"],
    &[
        "corruption",
        "nepotism",
        "graft",
        "cronyism",
        "bribery",
        "bribes",
        "kickbacks",
    ],
    &["announced", "declared", "imposed", "introduced", "unveiled"],
    &["asked", "request", "requested", "appealed", "demanded"],
    &["emergency", "curfew"],
    &["temporary", "brief", "limited", "interim"],
    &["influence", "grip", "dominance"],
    // Economy.
    &["prices", "price", "costs", "cost", "value", "worth"],
    &["fuel", "gasoline", "petrol", "gas", "diesel", "lpg"],
    &[
        "cap",
        "ceiling",
        "regulate",
        "regulated",
        "freeze",
        "moratorium",
    ],
    &[
        "rise", "risen", "raise", "raised", "hike", "increase", "surge", "jump", "doubling",
        "doubled", "soared",
    ],
    &[
        "discontent",
        "dissatisfaction",
        "grievances",
        "anger",
        "angry",
        "indignant",
        "furious",
        "outrage",
        "frustration",
    ],
    &["poverty", "poor", "inequality", "hardship"],
    &["wealth", "rich", "wealthy", "riches"],
    &["workers", "employees", "staff", "workforce"],
    &["wages", "salaries", "salary"],
    &["strike", "walkout", "stoppage"],
    // Places and things.
    &["city", "metropolis", "town"],
    &["country", "nation"],
    &["cars", "automobiles", "automobile", "vehicles", "vehicle"],
    &["internet", "web", "online", "connectivity"],
    &[
        "blackout",
        "blackouts",
        "outage",
        "outages",
        "shutdown",
        "interruptions",
        "disruption",
    ],
    &["closed", "blocked", "shut"],
    &[
        "home",
        "homes",
        "residence",
        "house",
        "houses",
        "dwellings",
        "property",
        "properties",
    ],
    &["business", "commercial", "industrial"],
    &["large", "huge", "big", "giant", "massive", "major"],
    &["foreign", "overseas"],
    &["law", "legislation"],
    &[
        "people",
        "individuals",
        "persons",
        "folks",
        "residents",
        "citizens",
    ],
    &["started", "began", "begin", "start", "erupted", "sparked"],
    &["address", "speech"],
    &["sharp", "steep"],
    &["quake", "earthquake", "tremor"],
    &["wind", "winds", "gusts", "gusting", "gale"],
    &["aircraft", "aircrafts", "plane", "planes", "airplanes"],
    &["ships", "vessels", "boats"],
    &["hotel", "hotels", "inn", "inns", "hostel"],
    &["beach", "seashore", "seaside", "shore"],
    &["village", "villages", "hamlet", "hamlets", "settlement"],
    &["traders", "merchants", "shopkeepers", "dealers", "vendors"],
    &["shops", "shop", "stores"],
    &["passengers", "travellers", "travelers", "commuters"],
    &[
        "talks",
        "dialogue",
        "negotiations",
        "negotiate",
        "negotiating",
    ],
    &[
        "reversed",
        "reverse",
        "withdrawn",
        "scrapped",
        "revoked",
        "rescinded",
    ],
    &["investigation", "inquiry", "probe", "investigators"],
    &["charged", "indicted", "accused", "charges"],
    &["prosecutors", "prosecutor", "prosecution"],
    &["court", "tribunal"],
    &["intervention", "intervene", "intervened", "interference"],
    // General synonyms that rewriting tools swap in ("scenario" for "situation").
    &["situation", "scenario", "circumstances", "conditions"],
    &["attempt", "try", "bid"],
    &["reports", "studies"],
    &["videos", "video", "footage", "clips"],
    &["crowd", "crowds", "mob", "throng"],
    &["economic", "financial"],
    &["help", "assist", "aid"],
    &["restore", "revive", "reinstate"],
    &["trigger", "triggered", "cause", "caused"],
    &["family", "household", "relatives"],
    &["unite", "unify"],
    &["rule", "ruled", "reign", "reigned", "governed"],
    &[
        "building",
        "buildings",
        "construct",
        "constructing",
        "construction",
    ],
    &["access", "entry"],
    &["mobile", "cell", "cellular"],
    &["promises", "guarantees", "pledges"],
    &["autocrats", "dictators", "strongmen"],
    &["discourage", "deter"],
    &["km", "kilometre", "kilometres", "kilometer", "kilometers"],
];

fn table() -> &'static HashMap<String, String> {
    static TABLE: OnceLock<HashMap<String, String>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = HashMap::new();
        for group in CONCEPTS {
            let head = stem(group[0]);
            for word in *group {
                // The first group to claim a stem keeps it.
                map.entry(stem(word)).or_insert_with(|| head.clone());
            }
        }
        map
    })
}

/// The concept term of a stem: its group's head stem, or the stem itself.
pub fn concept(stemmed: String) -> String {
    match table().get(&stemmed) {
        Some(head) => head.clone(),
        None => stemmed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(word: &str) -> String {
        concept(stem(word))
    }

    #[test]
    fn inflections_and_synonyms_meet() {
        assert_eq!(c("stormed"), c("storming"));
        assert_eq!(c("stormed"), c("looted"));
        assert_eq!(c("detained"), c("arrests"));
        assert_eq!(c("liquidated"), c("killed"));
        assert_eq!(c("gasoline"), c("fuel"));
        assert_eq!(c("metropolis"), c("city"));
        assert_eq!(c("firemen"), c("firefighters"));
        assert_eq!(c("gusting"), c("winds"));
        assert_eq!(c("scenario"), c("situation"));
    }

    #[test]
    fn unrelated_words_stay_apart() {
        assert_ne!(c("killed"), c("arrested"));
        assert_ne!(c("fuel"), c("price"));
        assert_eq!(c("zhanaozen"), "zhanaozen");
    }
}
