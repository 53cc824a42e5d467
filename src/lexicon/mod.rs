//! English word lists and patterns, kept as data so that other languages and
//! number formats can be added beside them without touching the recognisers.
//!
//! Every list is matched against lower-cased words.

use crate::mention::Approx;

mod index;
pub mod table;
pub use index::*;

/// How a language writes numbers: `55,000.5` in English, `55.000,5` in German.
#[derive(Clone, Copy, Debug)]
pub struct NumberFormat {
    /// Thousands separators accepted between groups of three digits.
    pub group: &'static [char],
    /// Decimal separator.
    pub decimal: char,
}

/// English: `55,000`, `1.2`, and the thin/no-break spaces some outlets use.
pub const NUMBER_FORMAT: NumberFormat = NumberFormat {
    group: &[',', '\u{202f}', '\u{a0}'],
    decimal: '.',
};

/// Number words below twenty.
pub const SMALL_NUMBERS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
];

/// Multiples of ten.
pub const TENS: &[(&str, f64)] = &[
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

/// Words that multiply what precedes them: `1.2 million`, `4.5bn`, `300k`.
/// The boolean says whether the word may only follow digits glued to them
/// (`bn`, `m`, `k`), never stand alone.
pub const SCALES: &[(&str, f64, bool)] = &[
    ("hundred", 1e2, false),
    ("thousand", 1e3, false),
    ("million", 1e6, false),
    ("billion", 1e9, false),
    ("trillion", 1e12, false),
    // South Asian scales: `3.5 lakh` is 350,000, `500 crore` 5 billion.
    ("lakh", 1e5, false),
    ("lakhs", 1e5, false),
    ("crore", 1e7, false),
    ("crores", 1e7, false),
    ("k", 1e3, true),
    ("m", 1e6, true),
    ("mn", 1e6, true),
    ("bn", 1e9, true),
    ("b", 1e9, true),
    ("tn", 1e12, true),
    ("trn", 1e12, true),
    // Wire copy's, spaced as words: `1.3 mln displaced`, `A$36.8 bln`.
    ("mln", 1e6, false),
    ("bln", 1e9, false),
    ("trln", 1e12, false),
];

/// Vague amounts and the interval each stands for:
/// `tens of thousands` is 20,000–99,999. (`dozens` from 20: a headline's
/// `dozens missing` is a story's 23.)
pub const VAGUE_AMOUNTS: &[(&[&str], f64, f64)] = &[
    (&["hundreds", "of", "thousands"], 2e5, 999_999.0),
    (&["tens", "of", "thousands"], 2e4, 99_999.0),
    (&["tens", "of", "millions"], 2e7, 99_999_999.0),
    (&["hundreds", "of", "millions"], 2e8, 999_999_999.0),
    (&["scores", "of"], 40.0, 99.0),
    (&["hundreds"], 200.0, 999.0),
    (&["thousands"], 2000.0, 9999.0),
    (&["millions"], 2e6, 9_999_999.0),
    (&["billions"], 2e9, 9_999_999_999.0),
    (&["dozens"], 20.0, 99.0),
];

/// Qualifiers written before a figure, longest first within each meaning.
pub const QUALIFIERS_BEFORE: &[(&[&str], Approx)] = &[
    (&["just", "under"], Approx::JustUnder),
    (&["just", "below"], Approx::JustUnder),
    (&["just", "short", "of"], Approx::JustUnder),
    (&["slightly", "less", "than"], Approx::JustUnder),
    (&["slightly", "fewer", "than"], Approx::JustUnder),
    (&["an", "estimated"], Approx::About),
    (&["approximately"], Approx::About),
    (&["about"], Approx::About),
    (&["around"], Approx::About),
    (&["roughly"], Approx::About),
    (&["some"], Approx::About),
    (&["circa"], Approx::About),
    (&["approx"], Approx::About),
    (&["estimated"], Approx::About),
    (&["close", "to"], Approx::Almost),
    (&["almost"], Approx::Almost),
    (&["nearly"], Approx::Almost),
    (&["more", "than"], Approx::MoreThan),
    (&["upwards", "of"], Approx::MoreThan),
    (&["in", "excess", "of"], Approx::MoreThan),
    (&["well", "over"], Approx::MoreThan),
    (&["just", "over"], Approx::MoreThan),
    (&["over"], Approx::MoreThan),
    (&["above"], Approx::MoreThan),
    (&["at", "least"], Approx::AtLeast),
    (&["no", "fewer", "than"], Approx::AtLeast),
    (&["no", "less", "than"], Approx::AtLeast),
    (&["a", "minimum", "of"], Approx::AtLeast),
    (&["up", "to"], Approx::UpTo),
    (&["as", "many", "as"], Approx::UpTo),
    (&["as", "much", "as"], Approx::UpTo),
    // A height, depth or length reached in places: `ash as deep as 20
    // centimetres`, `waves as high as 5 metres`.
    (&["as", "deep", "as"], Approx::UpTo),
    (&["as", "high", "as"], Approx::UpTo),
    (&["as", "long", "as"], Approx::UpTo),
    (&["as", "tall", "as"], Approx::UpTo),
    (&["as", "thick", "as"], Approx::UpTo),
    (&["at", "most"], Approx::UpTo),
    (&["no", "more", "than"], Approx::UpTo),
    (&["a", "maximum", "of"], Approx::UpTo),
    (&["fewer", "than"], Approx::LessThan),
    (&["less", "than"], Approx::LessThan),
    (&["under"], Approx::LessThan),
    (&["below"], Approx::LessThan),
];

/// Verbs of movement whose `up` is a particle: in `ticked up to 3.9%` the
/// figure is where something went, not a ceiling (`up to 3.9%`).
pub const VERBS_TAKING_UP: &[&str] = &[
    "tick",
    "ticks",
    "ticked",
    "ticking",
    "edge",
    "edges",
    "edged",
    "edging",
    "inch",
    "inches",
    "inched",
    "inching",
    "creep",
    "creeps",
    "crept",
    "creeping",
    "go",
    "goes",
    "went",
    "gone",
    "going",
    "move",
    "moves",
    "moved",
    "moving",
    "shoot",
    "shoots",
    "shot",
    "jump",
    "jumps",
    "jumped",
    "climb",
    "climbs",
    "climbed",
    "push",
    "pushed",
    "bump",
    "bumped",
    "revise",
    "revised",
    "nudge",
    "nudged",
    "ratchet",
    "ratcheted",
    "step",
    "stepped",
    "pick",
    "picked",
    "rose",
    "risen",
    "rise",
    "rises",
    "rising",
    "come",
    "came",
    "trend",
    "trended",
];

/// Qualifiers written after a figure: `50 or more`, `20 or so`, `100-plus`.
pub const QUALIFIERS_AFTER: &[(&[&str], Approx)] = &[
    (&["or", "more"], Approx::AtLeast),
    (&["or", "so"], Approx::About),
    (&["plus"], Approx::AtLeast),
    (&["odd"], Approx::About),
    (&["at", "most"], Approx::UpTo),
    (&["tops"], Approx::UpTo),
];

/// Month names and abbreviations (1-based month).
pub const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Month names that are also common words, recognised only next to a day,
/// a year or a date word.
pub const AMBIGUOUS_MONTHS: &[&str] = &[
    "may", "march", "mar", "jan", "jun", "aug", "sept", "sep", "oct", "nov", "dec", "apr", "jul",
];

/// Weekday names (0 = Monday).
pub const WEEKDAYS: &[(&str, u32)] = &[
    ("monday", 0),
    ("tuesday", 1),
    ("wednesday", 2),
    ("thursday", 3),
    ("friday", 4),
    ("saturday", 5),
    ("sunday", 6),
    // A day's events, named by it: `Saturday's derby`, `since Friday's
    // close` (the lexer keeps the possessive in the word).
    ("monday's", 0),
    ("tuesday's", 1),
    ("wednesday's", 2),
    ("thursday's", 3),
    ("friday's", 4),
    ("saturday's", 5),
    ("sunday's", 6),
];

/// Short weekday names, as a date line writes them (`Wed, May 17, 2023`).
/// Read only before a date at the start of a line: as words of their own
/// they are mostly something else (`The Sun`, `sat`, `wed`).
pub const WEEKDAY_ABBREVIATIONS: &[&str] = &[
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
];

/// Time zone abbreviations a report writes after a time of day (`14.38
/// BST`, `1140 GMT`), in lower case. Several are also words (`cat`, `eat`,
/// `west`): they are read as zones only in capitals, after a time.
pub const TIME_ZONES: &[&str] = &[
    "gmt", "utc", "bst", "ist", "cet", "cest", "eet", "eest", "wet", "west", "msk", "est", "edt",
    "cst", "cdt", "mst", "mdt", "pst", "pdt", "akst", "akdt", "hst", "ast", "adt", "nst", "ndt",
    "sast", "cat", "eat", "wat", "pkt", "npt", "ict", "wib", "sgt", "hkt", "pht", "jst", "kst",
    "awst", "acst", "acdt", "aest", "aedt", "nzst", "nzdt",
];

/// Seasons as month intervals (northern hemisphere). Winter runs from
/// December into the next year's February.
pub const SEASONS: &[(&str, u32, u32)] = &[
    ("spring", 3, 5),
    ("summer", 6, 8),
    ("autumn", 9, 11),
    ("fall", 9, 11),
    ("winter", 12, 14),
];

/// Parts of a period: `early 2025` is its first third.
pub const PERIOD_PARTS: &[(&[&str], Part)] = &[
    (&["end", "of"], Part::End),
    (&["start", "of"], Part::Start),
    (&["beginning", "of"], Part::Start),
    (&["early"], Part::Early),
    (&["mid"], Part::Middle),
    (&["late"], Part::Late),
    (&["first", "half", "of"], Part::Half(1)),
    (&["second", "half", "of"], Part::Half(2)),
    (&["first", "quarter", "of"], Part::Quarter(1)),
    (&["second", "quarter", "of"], Part::Quarter(2)),
    (&["third", "quarter", "of"], Part::Quarter(3)),
    (&["fourth", "quarter", "of"], Part::Quarter(4)),
];

/// Quarters and halves of a year named by letter, before the year: `Q3
/// 2024`, `H1 2025`.
pub const QUARTER_NAMES: &[(&str, Part)] = &[
    ("q1", Part::Quarter(1)),
    ("q2", Part::Quarter(2)),
    ("q3", Part::Quarter(3)),
    ("q4", Part::Quarter(4)),
    ("h1", Part::Half(1)),
    ("h2", Part::Half(2)),
];

/// A part of a period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Its last day.
    End,
    /// Its first day.
    Start,
    /// Its first third.
    Early,
    /// Its middle third.
    Middle,
    /// Its last third.
    Late,
    /// Its first or second half (`the second half of 2026`).
    Half(u8),
    /// One of its quarters, 1 to 4 (`the first quarter of 2025`).
    Quarter(u8),
}

/// Words that shift a period relative to the publication date.
pub const RELATIVE_SHIFTS: &[(&str, i32)] = &[("last", -1), ("this", 0), ("next", 1), ("past", -1)];

/// Single words that name a day relative to publication.
pub const RELATIVE_DAYS: &[(&str, i32)] = &[
    ("yesterday", -1),
    ("today", 0),
    ("tonight", 0),
    ("tomorrow", 1),
];

/// Times of day named by a word, with their hour: read as a time after a
/// preposition of time or before a zone (`at noon`, `shortly after
/// midnight`, `(midnight AEDT)`), not as a word of its own (`midday
/// heat`, `the midnight sun`).
pub const TIME_WORDS: &[(&str, u32)] = &[("noon", 12), ("midday", 12), ("midnight", 0)];

/// Prepositions after which a word naming a time of day is that time:
/// `at noon`, `by midnight`, `shortly after midday`.
pub const TIME_PREPOSITIONS: &[&str] = &[
    "at",
    "by",
    "until",
    "till",
    "before",
    "after",
    "around",
    "about",
    "from",
    "since",
    "past",
    "to",
    "near",
    "approximately",
    "nearly",
];

/// Words for what happened at a time of day, and what each names: the
/// time a report gives for it is the time of that (`The blast happened at
/// 6:48 a.m.`, `the explosion at 6:48 a.m.`, `Mayon erupted at 4:17
/// a.m.`). Only words that name a happening (`strike` is mostly
/// something else); `fire` is one at a time of day, whether a building's
/// or a gun's.
pub const INCIDENTS: &[(&str, &str)] = &[
    ("fire", "fire"),
    ("blaze", "fire"),
    ("flood", "flood"),
    ("floods", "flood"),
    ("flooding", "flood"),
    ("torrent", "flood"),
    ("overturned", "capsizing"),
    ("flipped", "capsizing"),
    ("blast", "explosion"),
    ("blasts", "explosion"),
    ("explosion", "explosion"),
    ("explosions", "explosion"),
    ("exploded", "explosion"),
    ("eruption", "eruption"),
    ("erupted", "eruption"),
    ("earthquake", "earthquake"),
    ("quake", "earthquake"),
    ("tremor", "earthquake"),
    ("crash", "crash"),
    ("crashed", "crash"),
    // `The accident took place at around 5:40 am`.
    ("accident", "crash"),
    ("collapse", "collapse"),
    ("collapsed", "collapse"),
    ("landslide", "landslide"),
    ("landslides", "landslide"),
    ("mudslide", "landslide"),
    ("avalanche", "avalanche"),
    ("crush", "crush"),
    ("stampede", "crush"),
    ("derailment", "derailment"),
    ("derailed", "derailment"),
    // (When a vessel or a vehicle set out: `which left Dhaka's Sadarghat
    // terminal at 11:00am`.)
    ("departed", "departure"),
    ("left", "departure"),
    // (A vehicle leaving the road: `skidded off a narrow highway at around
    // 6:45 am`, `plunged into the gorge at 5:30`.)
    ("skidded", "crash"),
    ("veered", "crash"),
    ("plunged", "crash"),
    ("caved", "collapse"),
    ("crumbled", "collapse"),
    ("toppled", "collapse"),
    ("collision", "collision"),
    ("collided", "collision"),
    ("capsized", "capsizing"),
    ("capsizing", "capsizing"),
    ("sank", "capsizing"),
    ("landfall", "landfall"),
    ("blackout", "blackout"),
    ("outage", "blackout"),
    ("leak", "leak"),
    ("leaked", "leak"),
    ("kickoff", "kick-off"),
    ("liftoff", "launch"),
    ("launch", "launch"),
    ("shooting", "attack"),
    ("attack", "attack"),
    // (An attack on computers: `detected the intrusion at around 2:15
    // a.m.`.)
    ("cyberattack", "attack"),
    ("intrusion", "attack"),
    ("breach", "attack"),
    ("hack", "attack"),
];

/// Units of time, for durations: the ISO 8601 designator and its length in
/// days (for comparison only).
pub const TIME_UNITS: &[(&str, &str, f64)] = &[
    ("second", "S", 1.0 / 86400.0),
    ("seconds", "S", 1.0 / 86400.0),
    ("minute", "MIN", 1.0 / 1440.0),
    ("minutes", "MIN", 1.0 / 1440.0),
    ("hour", "H", 1.0 / 24.0),
    ("hours", "H", 1.0 / 24.0),
    ("day", "D", 1.0),
    ("days", "D", 1.0),
    ("week", "W", 7.0),
    ("weeks", "W", 7.0),
    ("fortnight", "2W", 14.0),
    ("fortnights", "2W", 14.0),
    ("month", "M", 30.436875),
    ("months", "M", 30.436875),
    ("year", "Y", 365.2425),
    ("years", "Y", 365.2425),
    // Abbreviations ([`TIME_ABBREVIATIONS`]), written in lower case (`45
    // mins`, `2hr 9min 31sec`): with a capital they are names (`the SEC`,
    // `Min Aung Hlaing`).
    ("sec", "S", 1.0 / 86400.0),
    ("secs", "S", 1.0 / 86400.0),
    ("min", "MIN", 1.0 / 1440.0),
    ("mins", "MIN", 1.0 / 1440.0),
    ("hr", "H", 1.0 / 24.0),
    ("hrs", "H", 1.0 / 24.0),
    ("decade", "10Y", 3652.425),
    ("decades", "10Y", 3652.425),
    ("century", "100Y", 36524.25),
    ("centuries", "100Y", 36524.25),
];

/// Parts of the day after an hour that say whether it is before noon
/// (`at 7 in the morning`) or after (`at 3 in the afternoon`); `None`:
/// after noon from 6 on (`11 at night`), before it below (`2 at night`).
pub const PARTS_OF_DAY: &[(&[&str], Option<bool>)] = &[
    (&["in", "the", "morning"], Some(false)),
    (&["in", "the", "afternoon"], Some(true)),
    (&["in", "the", "evening"], Some(true)),
    (&["at", "night"], None),
];

/// The abbreviations among [`TIME_UNITS`]: split off glued digits
/// (`9min`), and names when written with a capital (`the SEC`).
pub const TIME_ABBREVIATIONS: &[&str] = &["sec", "secs", "min", "mins", "hr", "hrs"];

/// A unit of measure: the words that write it, its canonical symbol, what
/// it measures, and its size in the dimension's base unit.
#[derive(Clone, Copy, Debug)]
pub struct Unit {
    /// Lower-case spellings, one or more words each.
    pub names: &'static [&'static [&'static str]],
    /// Canonical symbol.
    pub symbol: &'static str,
    /// What it measures: units of one dimension convert into each other.
    pub dimension: &'static str,
    /// Size in the dimension's base unit (metre, square metre, kilogram…).
    pub factor: f64,
    /// Whether the unit may be written glued to digits only (`5km`), because
    /// standing alone it is a common word or letter (`m`, `in`).
    pub symbol_only: bool,
}

macro_rules! unit {
    ($sym:expr, $dim:expr, $f:expr, $only:expr, [$($name:expr),* $(,)?]) => {
        Unit { names: &[$($name),*], symbol: $sym, dimension: $dim, factor: $f, symbol_only: $only }
    };
}

/// Units of measure. Conversion factors are standard definitions.
pub const UNITS: &[Unit] = &[
    unit!(
        "km",
        "length",
        1000.0,
        false,
        [
            &["km"],
            &["kms"],
            &["kilometre"],
            &["kilometres"],
            &["kilometer"],
            &["kilometers"]
        ]
    ),
    unit!(
        "mi",
        "length",
        1609.344,
        false,
        [&["mile"], &["miles"], &["mi"]]
    ),
    unit!(
        "nmi",
        "length",
        1852.0,
        false,
        [&["nautical", "mile"], &["nautical", "miles"]]
    ),
    unit!(
        "m",
        "length",
        1.0,
        false,
        [&["metre"], &["metres"], &["meter"], &["meters"]]
    ),
    unit!("m", "length", 1.0, true, [&["m"]]),
    unit!(
        "cm",
        "length",
        0.01,
        false,
        [
            &["cm"],
            &["centimetre"],
            &["centimetres"],
            &["centimeter"],
            &["centimeters"]
        ]
    ),
    unit!(
        "mm",
        "length",
        0.001,
        false,
        [
            &["mm"],
            &["millimetre"],
            &["millimetres"],
            &["millimeter"],
            &["millimeters"]
        ]
    ),
    unit!(
        "ft",
        "length",
        0.3048,
        false,
        [&["ft"], &["foot"], &["feet"]]
    ),
    unit!("in", "length", 0.0254, false, [&["inch"], &["inches"]]),
    // `20in of rain`: glued to digits only, since `in` alone is the preposition.
    unit!("in", "length", 0.0254, true, [&["in"]]),
    // Data: `256GB of storage`, `2 terabytes`.
    unit!(
        "KB",
        "data",
        1e3,
        false,
        [&["kb"], &["kilobyte"], &["kilobytes"]]
    ),
    unit!(
        "MB",
        "data",
        1e6,
        false,
        [&["mb"], &["megabyte"], &["megabytes"]]
    ),
    unit!(
        "GB",
        "data",
        1e9,
        false,
        [&["gb"], &["gigabyte"], &["gigabytes"]]
    ),
    unit!(
        "TB",
        "data",
        1e12,
        false,
        [&["tb"], &["terabyte"], &["terabytes"]]
    ),
    unit!(
        "yd",
        "length",
        0.9144,
        false,
        [&["yard"], &["yards"], &["yd"]]
    ),
    unit!(
        "km²",
        "area",
        1e6,
        false,
        [
            &["km²"],
            &["km2"],
            &["sq", "km"],
            &["square", "km"],
            &["sq", "kilometres"],
            &["square", "kilometres"],
            &["square", "kilometers"],
            &["square", "kilometre"],
            &["square", "kilometer"]
        ]
    ),
    unit!(
        "mi²",
        "area",
        2_589_988.110336,
        false,
        [
            &["sq", "mi"],
            &["sq", "miles"],
            &["square", "miles"],
            &["square", "mile"]
        ]
    ),
    unit!(
        "m²",
        "area",
        1.0,
        false,
        [
            &["m²"],
            &["m2"],
            &["sqm"],
            &["sq", "m"],
            &["square", "metres"],
            &["square", "meters"],
            &["square", "metre"],
            &["square", "meter"]
        ]
    ),
    unit!(
        "ft²",
        "area",
        0.09290304,
        false,
        [
            &["ft²"],
            &["sq", "ft"],
            &["sq", "feet"],
            &["square", "feet"],
            &["square", "foot"]
        ]
    ),
    unit!(
        "ha",
        "area",
        1e4,
        false,
        [&["hectare"], &["hectares"], &["ha"]]
    ),
    unit!("acre", "area", 4046.8564224, false, [&["acre"], &["acres"]]),
    unit!(
        "kg",
        "mass",
        1.0,
        false,
        [
            &["kg"],
            &["kilogram"],
            &["kilograms"],
            &["kilogramme"],
            &["kilogrammes"],
            &["kilo"],
            &["kilos"]
        ]
    ),
    unit!(
        "g",
        "mass",
        0.001,
        false,
        [&["gram"], &["grams"], &["gramme"], &["grammes"]]
    ),
    unit!(
        "t",
        "mass",
        1000.0,
        false,
        [
            &["tonne"],
            &["tonnes"],
            &["metric", "tons"],
            &["ton"],
            &["tons"]
        ]
    ),
    unit!("g", "mass", 0.001, true, [&["g"]]),
    unit!(
        "mg",
        "mass",
        1e-6,
        false,
        [
            &["mg"],
            &["milligram"],
            &["milligrams"],
            &["milligramme"],
            &["milligrammes"]
        ]
    ),
    unit!(
        "lb",
        "mass",
        0.45359237,
        false,
        [&["lb"], &["lbs"], &["pound"], &["pounds"]]
    ),
    unit!(
        "oz",
        "mass",
        0.028349523125,
        false,
        [&["oz"], &["ounce"], &["ounces"]]
    ),
    unit!(
        "L",
        "volume",
        0.001,
        false,
        [&["litre"], &["litres"], &["liter"], &["liters"]]
    ),
    unit!(
        "mL",
        "volume",
        1e-6,
        false,
        [
            &["ml"],
            &["millilitre"],
            &["millilitres"],
            &["milliliter"],
            &["milliliters"]
        ]
    ),
    unit!(
        "gal",
        "volume",
        0.003_785_411_784,
        false,
        [&["gallon"], &["gallons"]]
    ),
    unit!(
        "bbl",
        "volume",
        0.158_987_294_928,
        false,
        [&["barrel"], &["barrels"], &["bpd"]]
    ),
    unit!(
        "m³",
        "volume",
        1.0,
        false,
        [
            &["cubic", "metres"],
            &["cubic", "meters"],
            &["cubic", "metre"],
            &["cubic", "meter"],
            &["m³"]
        ]
    ),
    unit!(
        "ft³",
        "volume",
        0.028_316_846_592,
        false,
        [&["cubic", "feet"], &["cubic", "foot"], &["ft³"]]
    ),
    unit!(
        "yd³",
        "volume",
        0.764_554_857_984,
        false,
        [&["cubic", "yards"], &["cubic", "yard"]]
    ),
    unit!(
        "km³",
        "volume",
        1e9,
        false,
        [
            &["cubic", "kilometres"],
            &["cubic", "kilometers"],
            &["cubic", "kilometre"],
            &["cubic", "kilometer"],
            &["km³"]
        ]
    ),
    unit!(
        "km/h",
        "speed",
        1.0 / 3.6,
        false,
        [
            &["km", "/", "h"],
            &["km", "/", "hr"],
            &["kph"],
            &["kmh"],
            &["km", "per", "hour"],
            &["km", "an", "hour"],
            &["kilometres", "per", "hour"],
            &["kilometers", "per", "hour"],
            &["kilometres", "an", "hour"],
            &["kilometers", "an", "hour"],
            &["kilometre", "an", "hour"],
            &["kilometer", "an", "hour"]
        ]
    ),
    unit!(
        "mph",
        "speed",
        0.44704,
        false,
        [
            &["mph"],
            &["miles", "per", "hour"],
            &["miles", "an", "hour"],
            &["mile", "an", "hour"]
        ]
    ),
    unit!("kn", "speed", 0.514_444, false, [&["knot"], &["knots"]]),
    unit!(
        "kW",
        "power",
        1e3,
        false,
        [&["kw"], &["kilowatt"], &["kilowatts"]]
    ),
    unit!(
        "MW",
        "power",
        1e6,
        false,
        [&["mw"], &["megawatt"], &["megawatts"]]
    ),
    unit!(
        "GW",
        "power",
        1e9,
        false,
        [&["gw"], &["gigawatt"], &["gigawatts"]]
    ),
    // A power line's voltage: `a 500kV transmission line`.
    unit!(
        "kV",
        "voltage",
        1e3,
        false,
        [&["kv"], &["kilovolt"], &["kilovolts"]]
    ),
    unit!(
        "kWh",
        "energy",
        3.6e6,
        false,
        [&["kwh"], &["kilowatt", "hours"], &["kilowatt-hours"]]
    ),
    unit!(
        "MWh",
        "energy",
        3.6e9,
        false,
        [&["mwh"], &["megawatt", "hours"]]
    ),
    unit!(
        "GWh",
        "energy",
        3.6e12,
        false,
        [&["gwh"], &["gigawatt", "hours"]]
    ),
    // A battery's charge: `a 6,000mAh battery`, `5,000 mAh`.
    unit!(
        "mAh",
        "electric charge",
        3.6,
        false,
        [&["mah"], &["milliamp", "hours"], &["milliampere", "hours"]]
    ),
    unit!(
        "°C",
        "temperature",
        1.0,
        false,
        [
            &["degrees", "celsius"],
            &["degree", "celsius"],
            &["degrees", "centigrade"],
            &["°c"],
            &["celsius"]
        ]
    ),
    unit!("°C", "temperature", 1.0, true, [&["c"]]),
    unit!(
        "°F",
        "temperature",
        1.0,
        false,
        [
            &["degrees", "fahrenheit"],
            &["degree", "fahrenheit"],
            &["°f"],
            &["fahrenheit"]
        ]
    ),
    unit!("°F", "temperature", 1.0, true, [&["f"]]),
    // `above 100 degrees`: a temperature whose scale the text leaves to the
    // reader, compared only with others like it.
    unit!(
        "°",
        DEGREES_UNSTATED,
        1.0,
        false,
        [&["degrees"], &["degree"]]
    ),
];

/// The dimension of degrees written without a scale (`100 degrees`, `40°`):
/// Celsius or Fahrenheit, which the text does not say.
pub const DEGREES_UNSTATED: &str = "temperature (scale not given)";

/// Units written before the figure, with their symbol and dimension:
/// `magnitude 6.8`.
pub const UNITS_BEFORE: &[(&str, &str, &str)] = &[
    ("magnitude", "M", "seismic magnitude"),
    ("richter", "M", "seismic magnitude"),
];

/// The unit a word written before a figure stands for.
pub fn unit_before(word: &str) -> Option<(&'static str, &'static str)> {
    UNITS_BEFORE
        .iter()
        .find(|(w, _, _)| *w == word)
        .map(|(_, s, d)| (*s, *d))
}

/// A currency: how it is written and its ISO 4217 code.
pub const CURRENCY_SYMBOLS: &[(&str, &str)] = &[
    ("us$", "USD"),
    ("$", "USD"),
    ("£", "GBP"),
    ("€", "EUR"),
    ("¥", "JPY"),
    ("₴", "UAH"),
    ("₽", "RUB"),
    ("₹", "INR"),
    ("a$", "AUD"),
    // The country after the sign, as Australian papers write it: `$US60,000`,
    // `$A138,000`.
    ("$us", "USD"),
    ("$a", "AUD"),
    ("$nz", "NZD"),
    ("c$", "CAD"),
    ("hk$", "HKD"),
    ("nz$", "NZD"),
    ("nt$", "TWD"),
    ("mx$", "MXN"),
    ("s$", "SGD"),
    ("r$", "BRL"),
    ("₩", "KRW"),
    ("₺", "TRY"),
    ("₦", "NGN"),
    ("₱", "PHP"),
    ("₪", "ILS"),
    ("₫", "VND"),
];

/// Currencies abbreviated before the amount, read only as written here
/// (`Rs 500 crore`, `Rs.500`, `RM2.4 billion`, `KSh 3 billion`). Glued to
/// the digits they split off in the lexer.
pub const CURRENCY_ABBREVIATIONS: &[(&str, &str)] = &[
    ("Rs", "INR"),
    ("RM", "MYR"),
    ("Rp", "IDR"),
    ("KSh", "KES"),
    ("Ksh", "KES"),
    // The shilling as East African papers write it (`Sh200`, `Sh4.5
    // billion`): whose, the letters do not say (Kenya's and Tanzania's
    // papers both write them), so it is the shilling `shillings` names.
    ("Sh", "shilling"),
    ("USh", "UGX"),
    // After `$` only (see `CURRENCY_SYMBOLS`): `$US60,000`.
    ("US", "USD"),
    ("NZ", "NZD"),
    ("TSh", "TZS"),
    ("Tk", "BDT"),
];

/// Currencies written as one capital glued to the amount (`R9.5bn`,
/// `N1.2 trillion`, `P500,000`). A capital and digits are more often a
/// road, a model or a grade (`R101`, `N95`, `P45`), so the lexer splits
/// the letter off only when the digits read as money: with decimals, a
/// thousands separator or a scale.
pub const CURRENCY_LETTERS: &[(&str, &str)] = &[
    ("R", "ZAR"),
    ("N", "NGN"),
    ("P", "PHP"),
    // After `$` only: `$A138,000`.
    ("A", "AUD"),
];

/// What a company's results measure that may be given `adjusted` for
/// one-off items (`adjusted earnings`, `Excluding some items, the loss
/// was 38 cents a share`), as the figure's noun is read.
pub const RESULT_MEASURES: &[&str] = &["loss", "profit", "earning", "income"];

/// Words before results that make them adjusted ones: `adjusted earnings`,
/// `underlying profit`.
pub const ADJUSTED_WORDS: &[&str] = &["adjusted", "underlying"];

/// What `excluding` leaves out of adjusted results: `excluding some items`,
/// `excluding one-time charges`.
pub const ONE_OFF_ITEMS: &[&str] = &["items", "charges"];

/// Words before a date that make it a deadline a figure holds by, not a
/// day anything happened on: `nine had died by Tuesday`, `until Friday`
/// (and `as of`).
pub const DEADLINE_WORDS: &[&str] = &["by", "until", "till", "through"];

/// Nouns a month names when it comes before them (`the May meeting`, `the
/// March budget`): a word like `May` or `March` is then the month. (Not
/// `the March jobs figures`: a month of data, not a day anything happens
/// on, which a sentence goes on to give: `will be released on 16 April`.)
pub const MONTH_NAMED_NOUNS: &[&str] = &[
    "meeting",
    "meetings",
    "decision",
    "review",
    "statement",
    "budget",
    "election",
    "elections",
    "deadline",
    "summit",
];

/// How papers abbreviate a fiscal year before its number (`FY26`,
/// `FY2026`); as written, in capitals.
pub const FISCAL_YEAR: &str = "FY";

/// Letters listed above that name a currency only after a `$` glued to
/// them (`$US60,000`, `$A138,000`): alone they are a country or a letter.
pub const CURRENCY_AFTER_SIGN: &[&str] = &["US", "NZ", "A"];

/// The currency an abbreviation or a letter before an amount stands for,
/// as written (`RM` is the ringgit, `rm` nothing).
pub fn currency_abbreviation(written: &str) -> Option<&'static str> {
    // (Asked of every word a figure may start at: the length and the
    // capital first, as every listed form has at most three letters and
    // a capital.)
    if written.len() > 3
        || !written
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_uppercase)
    {
        return None;
    }
    CURRENCY_ABBREVIATIONS
        .iter()
        .chain(CURRENCY_LETTERS)
        .find(|(a, _)| *a == written)
        .map(|(_, c)| *c)
}

/// Currencies named by a country's adjective and a name several countries
/// share, written after the amount: `5 million Australian dollars`, `2.5
/// million Swiss francs`, `40,000 Kenyan shillings`. The name alone is
/// either another country's (`dollars`) or none (`pesos`).
pub const NATIONAL_CURRENCIES: &[(&[&str], &[&str], &str)] = &[
    (&["us"], &["dollar", "dollars"], "USD"),
    (&["american"], &["dollar", "dollars"], "USD"),
    (&["australian"], &["dollar", "dollars"], "AUD"),
    (&["canadian"], &["dollar", "dollars"], "CAD"),
    (&["new", "zealand"], &["dollar", "dollars"], "NZD"),
    (&["hong", "kong"], &["dollar", "dollars"], "HKD"),
    (&["singapore"], &["dollar", "dollars"], "SGD"),
    (&["taiwan"], &["dollar", "dollars"], "TWD"),
    (&["taiwanese"], &["dollar", "dollars"], "TWD"),
    (&["new", "taiwan"], &["dollar", "dollars"], "TWD"),
    (&["jamaican"], &["dollar", "dollars"], "JMD"),
    (&["namibian"], &["dollar", "dollars"], "NAD"),
    (&["fijian"], &["dollar", "dollars"], "FJD"),
    (&["swiss"], &["franc", "francs"], "CHF"),
    (&["congolese"], &["franc", "francs"], "CDF"),
    (&["rwandan"], &["franc", "francs"], "RWF"),
    (&["guinean"], &["franc", "francs"], "GNF"),
    (&["mexican"], &["peso", "pesos"], "MXN"),
    (&["philippine"], &["peso", "pesos"], "PHP"),
    (&["chilean"], &["peso", "pesos"], "CLP"),
    (&["argentine"], &["peso", "pesos"], "ARS"),
    (&["argentinian"], &["peso", "pesos"], "ARS"),
    (&["colombian"], &["peso", "pesos"], "COP"),
    (&["uruguayan"], &["peso", "pesos"], "UYU"),
    (&["dominican"], &["peso", "pesos"], "DOP"),
    (&["kenyan"], &["shilling", "shillings"], "KES"),
    (&["ugandan"], &["shilling", "shillings"], "UGX"),
    (&["tanzanian"], &["shilling", "shillings"], "TZS"),
    (&["somali"], &["shilling", "shillings"], "SOS"),
    (&["egyptian"], &["pound", "pounds"], "EGP"),
    (&["lebanese"], &["pound", "pounds"], "LBP"),
    (&["syrian"], &["pound", "pounds"], "SYP"),
    (&["sudanese"], &["pound", "pounds"], "SDG"),
    (&["south", "sudanese"], &["pound", "pounds"], "SSP"),
    (&["british"], &["pound", "pounds"], "GBP"),
    (&["indian"], &["rupee", "rupees"], "INR"),
    (&["pakistani"], &["rupee", "rupees"], "PKR"),
    (&["sri", "lankan"], &["rupee", "rupees"], "LKR"),
    (&["nepalese"], &["rupee", "rupees"], "NPR"),
    (&["nepali"], &["rupee", "rupees"], "NPR"),
    (&["mauritian"], &["rupee", "rupees"], "MUR"),
    (&["indonesian"], &["rupiah"], "IDR"),
    (&["danish"], &["krone", "kroner", "crown", "crowns"], "DKK"),
    (
        &["norwegian"],
        &["krone", "kroner", "crown", "crowns"],
        "NOK",
    ),
    (&["swedish"], &["krona", "kronor", "crown", "crowns"], "SEK"),
    (&["czech"], &["koruna", "korunas", "crown", "crowns"], "CZK"),
    (&["icelandic"], &["krona", "kronur", "kronas"], "ISK"),
    (&["brazilian"], &["real", "reais", "reals"], "BRL"),
    (&["south", "african"], &["rand", "rands"], "ZAR"),
    (&["nigerian"], &["naira"], "NGN"),
    (&["ghanaian"], &["cedi", "cedis"], "GHS"),
    (&["turkish"], &["lira", "liras", "lire"], "TRY"),
    (
        &["russian"],
        &["rouble", "roubles", "ruble", "rubles"],
        "RUB",
    ),
    (
        &["belarusian"],
        &["rouble", "roubles", "ruble", "rubles"],
        "BYN",
    ),
    (&["ukrainian"], &["hryvnia", "hryvnias", "hryvnas"], "UAH"),
    (&["polish"], &["zloty", "zlotys", "zlotych"], "PLN"),
    (&["hungarian"], &["forint", "forints"], "HUF"),
    (&["romanian"], &["leu", "lei"], "RON"),
    (&["bulgarian"], &["lev", "leva"], "BGN"),
    (&["serbian"], &["dinar", "dinars"], "RSD"),
    (&["japanese"], &["yen"], "JPY"),
    (&["chinese"], &["yuan", "renminbi"], "CNY"),
    (&["south", "korean"], &["won"], "KRW"),
    (&["korean"], &["won"], "KRW"),
    (&["thai"], &["baht"], "THB"),
    (&["malaysian"], &["ringgit"], "MYR"),
    (&["vietnamese"], &["dong"], "VND"),
    (&["israeli"], &["shekel", "shekels"], "ILS"),
    (&["new", "israeli"], &["shekel", "shekels"], "ILS"),
    (&["saudi"], &["riyal", "riyals"], "SAR"),
    (&["qatari"], &["riyal", "riyals"], "QAR"),
    (&["omani"], &["rial", "rials"], "OMR"),
    (&["iranian"], &["rial", "rials"], "IRR"),
    (&["yemeni"], &["rial", "rials"], "YER"),
    (&["emirati"], &["dirham", "dirhams"], "AED"),
    (&["uae"], &["dirham", "dirhams"], "AED"),
    (&["moroccan"], &["dirham", "dirhams"], "MAD"),
    (&["kuwaiti"], &["dinar", "dinars"], "KWD"),
    (&["iraqi"], &["dinar", "dinars"], "IQD"),
    (&["jordanian"], &["dinar", "dinars"], "JOD"),
    (&["bahraini"], &["dinar", "dinars"], "BHD"),
    (&["libyan"], &["dinar", "dinars"], "LYD"),
    (&["tunisian"], &["dinar", "dinars"], "TND"),
    (&["algerian"], &["dinar", "dinars"], "DZD"),
    (&["zambian"], &["kwacha"], "ZMW"),
    (&["malawian"], &["kwacha"], "MWK"),
    (&["ethiopian"], &["birr"], "ETB"),
    (&["bangladeshi"], &["taka"], "BDT"),
    (&["kazakh"], &["tenge"], "KZT"),
    (&["peruvian"], &["sol", "soles"], "PEN"),
];

/// Currency words written after the amount (`5 million euros`) or codes
/// written before or after it (`USD 5m`), and the ISO 4217 code each
/// stands for; a name several countries share stands for itself (`250
/// million dinars` is money in `dinar`, which only another amount in
/// dinars meets).
pub const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("pound", "GBP"),
    ("pounds", "GBP"),
    ("sterling", "GBP"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("rouble", "RUB"),
    ("roubles", "RUB"),
    ("ruble", "RUB"),
    ("rubles", "RUB"),
    ("hryvnia", "UAH"),
    ("hryvnias", "UAH"),
    ("rupee", "INR"),
    ("rupees", "INR"),
    ("franc", "CHF"),
    ("francs", "CHF"),
    // Names several countries share (see `NATIONAL_CURRENCIES` for the
    // country's adjective before them: `Mexican pesos`).
    ("peso", "peso"),
    ("pesos", "peso"),
    ("dinar", "dinar"),
    ("dinars", "dinar"),
    ("shilling", "shilling"),
    ("shillings", "shilling"),
    ("krone", "krone"),
    ("kroner", "krone"),
    ("riyal", "riyal"),
    ("riyals", "riyal"),
    ("rial", "rial"),
    ("rials", "rial"),
    ("dirham", "dirham"),
    ("dirhams", "dirham"),
    ("kwacha", "kwacha"),
    // Currencies whose name is one country's (not `real` or `won`, which
    // are common words).
    ("birr", "ETB"),
    ("reais", "BRL"),
    ("rand", "ZAR"),
    ("naira", "NGN"),
    ("shekel", "ILS"),
    ("shekels", "ILS"),
    ("ringgit", "MYR"),
    ("baht", "THB"),
    ("zloty", "PLN"),
    ("zlotys", "PLN"),
    ("forint", "HUF"),
    ("forints", "HUF"),
    ("rupiah", "IDR"),
    ("taka", "BDT"),
    ("lira", "TRY"),
    ("liras", "TRY"),
    ("kronor", "SEK"),
    // (`soles`, not `sol`, also a Martian day.)
    ("soles", "PEN"),
    ("dong", "VND"),
    ("hryvnas", "UAH"),
    ("tenge", "KZT"),
    ("cedis", "GHS"),
    ("usd", "USD"),
    ("eur", "EUR"),
    ("gbp", "GBP"),
    ("jpy", "JPY"),
    ("cny", "CNY"),
    ("rub", "RUB"),
    ("uah", "UAH"),
    ("inr", "INR"),
    ("chf", "CHF"),
    ("cad", "CAD"),
    ("aud", "AUD"),
];

/// Percent signs and words.
pub const PERCENT_WORDS: &[&[&str]] =
    &[&["per", "cent"], &["percent"], &["pc"], &["per", "centum"]];

/// Percentage points.
pub const PERCENTAGE_POINT_WORDS: &[&[&str]] =
    &[&["percentage", "points"], &["percentage", "point"]];

/// Basis points: hundredths of a percentage point.
pub const BASIS_POINT_WORDS: &[&[&str]] =
    &[&["basis", "points"], &["basis", "point"], &["bps"], &["bp"]];

/// Ordinal words.
pub const ORDINALS: &[(&str, f64)] = &[
    ("first", 1.0),
    ("second", 2.0),
    ("third", 3.0),
    ("fourth", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("tenth", 10.0),
    ("eleventh", 11.0),
    ("twelfth", 12.0),
    ("thirteenth", 13.0),
    ("fourteenth", 14.0),
    ("fifteenth", 15.0),
    ("sixteenth", 16.0),
    ("seventeenth", 17.0),
    ("eighteenth", 18.0),
    ("nineteenth", 19.0),
    ("twentieth", 20.0),
    ("thirtieth", 30.0),
    ("fortieth", 40.0),
    ("fiftieth", 50.0),
    ("hundredth", 100.0),
    ("thousandth", 1000.0),
];

/// Suffixes of digit ordinals: `1st`, `22nd`.
pub const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];

/// Fractions written as words.
pub const FRACTIONS: &[(&str, f64)] = &[
    ("half", 0.5),
    ("halves", 0.5),
    ("third", 1.0 / 3.0),
    ("thirds", 1.0 / 3.0),
    ("quarter", 0.25),
    ("quarters", 0.25),
    ("fifth", 0.2),
    ("fifths", 0.2),
    ("tenth", 0.1),
    ("tenths", 0.1),
];

/// Words for a negative sign: `minus 20 degrees`.
pub const NEGATIVE_WORDS: &[&str] = &["minus", "negative"];

/// Words that, just before a small number word, make it point back at
/// things already named (`the two sides`) rather than report a figure.
pub const ANAPHORIC_DETERMINERS: &[&str] = &[
    "the", "these", "those", "both", "its", "their", "our", "all",
];

/// Verbs of winning, holding or losing, whose subject holds what the
/// figure after them counts: `the Progressive Alliance won 187 seats`,
/// `Acme sold 2 million phones`. Two holders' counts are two facts.
/// (Read for counts only: in `shares lost 3%` nothing is held.)
pub const HOLDING_VERBS: &[&str] = &[
    "won",
    "wins",
    "win",
    "winning",
    "took",
    "takes",
    "secured",
    "secures",
    "got",
    "gets",
    "scored",
    "scores",
    "received",
    "receives",
    "earned",
    "earns",
    "sold",
    "sells",
    "lost",
    "loses",
    "hold",
    "holds",
    "held",
    "owns",
    "owned",
    "has",
    "had",
    "collected",
    "signed",
    "hired",
    "employs",
    "employed",
];

/// Verbs that only help another (`has won`, `will sell`).
pub const AUXILIARIES: &[&str] = &["has", "have", "had", "will", "would", "did", "does"];

/// Events whose count keeps growing after the news breaks: tolls, the
/// arrested, the cases of an outbreak, the homes still without power.
pub const RUNNING_EVENTS: &[&str] = &[
    "killed",
    "injured",
    "hospitalized",
    "missing",
    "casualties",
    "infected",
    "displaced",
    "evacuated",
    "burned",
    "arrested",
    "captured",
    "rescued",
    "recovered",
    "sheltered",
    "cancelled",
    "postponed",
    "seized",
    "destroyed",
    "damaged",
    "deployed",
    "polluted",
    "striking",
];

/// Words after which a plain whole number is someone's age (`aged 34`; `a
/// brother and sister, ages 7 and 9`; `a boy, age 12`).
pub const AGE_WORDS: &[&str] = &["aged", "age", "ages"];

/// Modal verbs: what follows them may yet happen (`could still drop 250mm
/// of rain by Thursday`, `talks will last two days`).
pub const MODALS: &[&str] = &[
    "will", "would", "could", "can", "should", "might", "may", "must",
];

/// Small words inside an organisation's name, between its capitalised
/// words (`Centre for Strategic and International Studies`, `Electoral
/// Commission of Lusiwe`): no initial of the name stands for them.
pub const NAME_LINKS: &[&str] = &["for", "of", "and", "in", "on"];

/// Two nouns that name a class together, though neither does alone:
/// `service members` are soldiers, a weather service and union members are
/// not.
pub const NOUN_COMPOUNDS: &[(&str, &str, &str)] = &[
    ("service", "members", "soldier"),
    ("service", "member", "soldier"),
    ("crew", "members", "crew"),
    ("crew", "member", "crew"),
    ("armed", "forces", "soldier"),
    // Who keep a prison, however a report calls them (`Four warders were
    // injured`, `six correctional officers were wounded`).
    ("correctional", "officers", "guard"),
    ("correctional", "officer", "guard"),
    ("prison", "officers", "guard"),
    ("prison", "officer", "guard"),
    ("prison", "guards", "guard"),
];

/// Words that before one noun do not narrow it, as
/// [`GENERIC_MODIFIERS`] do before any: the inflation of consumer prices
/// is the headline figure, however a report calls it (`retail inflation
/// eased to 2.1 per cent`, `CPI inflation was 2.4 percent`); core or food
/// inflation stays narrower.
pub const WHOLE_BEFORE: &[(&str, &str)] = &[("retail", "inflation"), ("cpi", "inflation")];

/// Words before a verb (`will pay $5bn`, `agreed to pay`, `they pay`): a
/// listed noun that is also a verb is no noun after them.
pub const VERB_MARKERS: &[&str] = &[
    "to", "will", "would", "could", "can", "must", "should", "might", "may", "did", "does", "do",
    "they", "we", "i", "you", "he", "she", "it",
];

/// What the size of an economy is called, after a share of it (`3.4% of
/// GDP`, `97.5 per cent of national income`): the share measures what the
/// text names before it (borrowing, debt), not the economy.
pub const ECONOMY_SIZE: &[&[&str]] = &[
    &["gdp"],
    &["gross", "domestic", "product"],
    &["national", "income"],
    &["economic", "output"],
    &["output"],
];

/// What central banks do with their rates: a bare `the rate` near one of
/// these is an interest rate (`raised the rate to 5.25%`).
pub const RATE_ACTIONS: &[&str] = &[
    "raise", "raised", "raises", "raising", "cut", "cuts", "cutting", "hold", "held", "holds",
    "kept", "keep", "keeps", "lowered", "lower", "hiked", "hike", "hikes", "fed", "ecb",
];

/// Words before `rate` that leave it a central bank's interest rate: `the
/// base rate`, `the benchmark lending rate`, `the reference rate`.
pub const INTEREST_RATE_WORDS: &[&str] = &[
    "interest",
    "reference",
    "overnight",
    "base",
    "policy",
    "benchmark",
    "lending",
    "bank",
    "cash",
    "deposit",
    "repo",
    "main",
    "official",
    "prime",
    "funds",
    "discount",
    "refinancing",
];

/// Endings of abstract nouns (`infertility`, `approval`, `retention`): such
/// a word before `rate` names what the rate measures.
pub const NOUN_SUFFIXES: &[&str] = &[
    "ity", "ion", "ment", "ness", "ance", "ence", "ism", "age", "ure", "acy", "ery", "ship", "al",
];

/// Rates that are not the interest rate, by the word before `rate`: `the
/// vaccination rate fell to 92.7%`.
pub const OTHER_RATES: &[(&str, &str)] = &[
    ("vaccination", "vaccination rate"),
    ("immunisation", "vaccination rate"),
    ("immunization", "vaccination rate"),
    ("birth", "birth rate"),
    ("fertility", "birth rate"),
    ("death", "death rate"),
    ("mortality", "death rate"),
    // `the case fatality rate`: deaths among the cases.
    ("fatality", "death rate"),
    ("crime", "crime rate"),
    ("murder", "murder rate"),
    ("homicide", "murder rate"),
    ("poverty", "poverty rate"),
    ("literacy", "literacy rate"),
    ("infection", "infection rate"),
    ("positivity", "infection rate"),
    ("exchange", "exchange rate"),
    ("tax", "tax rate"),
    ("survival", "survival rate"),
    ("participation", "participation rate"),
    ("response", "response rate"),
    ("conviction", "conviction rate"),
    ("suicide", "suicide rate"),
    ("obesity", "obesity rate"),
    ("vacancy", "vacancy rate"),
    ("occupancy", "occupancy rate"),
    ("graduation", "graduation rate"),
    ("dropout", "dropout rate"),
    ("success", "success rate"),
    // What lenders charge on home loans, not a central bank's rate.
    ("mortgage", "mortgage rate"),
    // What banks charge their best borrowers, set from the central bank's
    // rate but above it: `takes the prime lending rate to 10 per cent`.
    // (A bare `lending rate` is the central bank's: `cut its main lending
    // rate`.)
    ("prime", "prime rate"),
    // `the average two-year fixed rate`: a home loan's.
    ("fixed", "mortgage rate"),
    ("employment", "employment rate"),
    ("default", "default rate"),
    ("pass", "pass rate"),
    ("attendance", "attendance rate"),
    ("savings", "savings rate"),
];

/// The two measures of debt, gross and net of what the state holds:
/// `gross debt will top $1.07 trillion`, `net debt seen at A$634 billion`.
/// (Other nets are the thing itself: a `net loss` is the loss.)
pub const DEBT_MEASURES: &[&str] = &["gross", "net"];

/// Nouns that name what another noun names, and that noun: a figure's
/// noun is read as the second, so that two reports that call one thing
/// two ways compare (`286 mm of rainfall`, `312 mm of rain`).
pub const SAME_THING: &[(&str, &str)] = &[
    ("rainfall", "rain"),
    ("rainfalls", "rain"),
    // What a disaster cost: `put the initial damage at 45 billion rupees`,
    // `the preliminary loss at Rs 3,500 crore`.
    ("damage", "loss"),
    // `64 nations` are `64 countries`; `63 vessels` reached the island as
    // `63 boats` did.
    ("nation", "country"),
    ("nations", "country"),
    // A farm's animals, however a report counts them: `64,000 animals`
    // died, `46,000 head of livestock` perished.
    ("livestock", "animal"),
    // Tear gas fired: `200 tear gas shells`, `300 tear gas canisters`.
    ("canister", "shell"),
    ("canisters", "shell"),
    // A strike however a report calls it: `the 24-hour stoppage`, `the
    // 24-hour walkout`.
    ("walkout", "strike"),
    ("walkouts", "strike"),
    ("stoppage", "strike"),
    ("stoppages", "strike"),
    // What a hospital puts off: `2,300 operations`, `3,100 procedures`.
    ("operations", "procedure"),
    ("surgeries", "procedure"),
    ("vessel", "boat"),
    ("vessels", "boat"),
    // An order for `60 jets` is one for `60 planes`, `88 aircraft`.
    ("jet", "plane"),
    ("jets", "plane"),
    ("aircraft", "plane"),
    ("airliner", "plane"),
    ("airliners", "plane"),
    // `17 pieces` stolen are `17 items`.
    ("item", "piece"),
    ("items", "piece"),
    // British and American spelling: `74 evacuation centres`, `74
    // evacuation centers`.
    ("centre", "center"),
    ("centres", "center"),
];

/// Nouns the same in the singular: `measles`, `news`, `species`.
pub const SAME_IN_SINGULAR: &[&str] = &[
    "measles",
    "mumps",
    "rabies",
    "diabetes",
    "herpes",
    "news",
    "series",
    "species",
    "means",
    "headquarters",
    "physics",
    "economics",
    "politics",
    "crossroads",
];

/// Words of a match next to a pair of small numbers, which make it a score
/// (`lost 1-3`, `a 1-2 defeat`) rather than a range.
pub const MATCH_WORDS: &[&str] = &[
    "won",
    "win",
    "wins",
    "beat",
    "beating",
    "lost",
    "lose",
    "loses",
    "losing",
    "drew",
    "draw",
    "defeat",
    "defeated",
    "victory",
    "led",
    "lead",
    "leading",
    "trailed",
    "trailing",
    "finished",
    "score",
    "scoreline",
    "thrashed",
    "edged",
];

/// Possessive determiners: `13% of its workforce`.
pub const POSSESSIVE_DETERMINERS: &[&str] = &["its", "their", "his", "her", "our", "my", "your"];

/// Whether `word` is one of [`DETERMINERS`] or [`POSSESSIVE_DETERMINERS`]:
/// what starts a noun phrase (`missing the 35%`, `the captain, 47,`).
pub fn is_determiner(word: &str) -> bool {
    DETERMINERS.contains(&word) || POSSESSIVE_DETERMINERS.contains(&word)
}

/// Words between a figure and its noun that say it adds to others: `10,000
/// more jobs`, `5,000 additional roles`.
pub const MORE_WORDS: &[&str] = &["more", "additional", "extra", "fewer", "new"];

/// Words that open a subordinate clause: an event past one is not the
/// figure's (`forces 30,000 to flee as the blaze grows`).
pub const SUBORDINATORS: &[&str] = &["while", "whereas", "because", "although", "though"];

/// Words after `as` that make it a comparison, not a clause: `as many as`,
/// `as well as`, `as of`.
pub const AS_IN_COMPARISON: &[&str] = &["many", "much", "well", "of", "part", "high", "low"];

/// Words right before a figure that set it against the one before it:
/// `down from 121`, `fell 0.8% to $960.90`, `more than the 190,000`.
pub const SET_AGAINST: &[&str] = &["from", "to", "than", "versus", "vs", "against"];

/// The same before `the`: `below the 200,000 economists expected` (bare
/// `below 200` is a qualifier, read with the figure), `more than double the
/// 514 recorded last year`.
pub const SET_AGAINST_THE: &[&str] = &[
    "below", "above", "under", "over", "double", "twice", "triple", "treble", "half",
];

/// Words after a figure set against another that make it an earlier one:
/// `compared with about 500 a year earlier`, `against 3.9% the year
/// before`.
pub const EARLIER_WORDS: &[&str] = &["earlier", "ago", "before", "previous", "prior"];

/// Words for an estimate since revised (`its first estimate of 0.3%`, `a
/// preliminary estimate`), besides [`EARLIER_WORDS`].
pub const FIRST_ESTIMATE_WORDS: &[&str] = &[
    "first",
    "preliminary",
    "initial",
    "original",
    "provisional",
    "flash",
];

/// Prepositions that put a place after a noun: `the fire north of Los
/// Angeles`, `the plant in Texas`.
pub const PLACE_PREPOSITIONS: &[&str] = &["of", "in", "near", "at", "from", "outside", "to"];

/// Places people live in, whose size is their population: `a town of about
/// 1,700 people`, `a city of 2 million`.
pub const SETTLEMENTS: &[&str] = &[
    "town",
    "city",
    "village",
    "hamlet",
    "community",
    "island",
    "country",
    "nation",
    "province",
    "county",
    "district",
    "municipality",
    "suburb",
    "metropolis",
    "area",
];

/// Those money is paid to after a disaster: `Tk 25,000 for each bereaved
/// family`, `to the victims`.
pub const RECIPIENTS: &[&str] = &[
    "family",
    "families",
    "household",
    "households",
    "victim",
    "victims",
    "relatives",
    "dependants",
    "dependents",
    "kin",
    "survivors",
];

/// Parents, whose count `of` is of their children: `a mother of four`.
pub const PARENTS: &[&str] = &[
    "mother",
    "father",
    "parent",
    "parents",
    "grandmother",
    "grandfather",
    "grandparent",
    "grandparents",
    "mum",
    "mom",
    "dad",
];

/// Nouns of a toll, which a word of [`DISASTERS`] before may say the cause
/// of (`storm deaths`) rather than who was counted.
pub const TOLL_NOUNS: &[&str] = &["deaths", "fatalities", "injuries", "casualties"];

/// Heads (as classes) that pick some of the people by age or sex: a toll
/// counts all of them, so `deaths` after `three children were among the
/// dead` are not children's.
pub const AGE_OR_SEX_GROUPS: &[&str] = &["child", "woman", "man"];

/// What a news story's toll may be of: `storm deaths`, `quake casualties`
/// count the people the story's disaster killed or hurt. (Not `road
/// deaths`, a kind of death that statistics count apart.)
pub const DISASTERS: &[&str] = &[
    "storm",
    "blizzard",
    "snowstorm",
    "flood",
    "quake",
    "earthquake",
    "fire",
    "wildfire",
    "bushfire",
    "hurricane",
    "typhoon",
    "cyclone",
    "tornado",
    "heatwave",
    "landslide",
    "avalanche",
    "tsunami",
    "explosion",
    "blast",
    "crash",
    "collapse",
    "stampede",
    "crush",
    "shooting",
];

/// The second half of a compound adjective that says what something is
/// linked to: `heat-related deaths`, `drought-hit farms`, `war-affected
/// areas`.
pub const LINK_ADJECTIVES: &[&str] = &[
    "related",
    "linked",
    "induced",
    "driven",
    "fuelled",
    "fueled",
    "hit",
    "affected",
    "stricken",
    "led",
    "backed",
    "run",
    "controlled",
    "confirmed",
];

/// Adjectives of where a place lies, between `In` and its name: `In
/// neighbouring Thailand,`.
pub const PLACE_ADJECTIVES: &[&str] = &[
    "neighbouring",
    "neighboring",
    "nearby",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
];

/// Words for a portion, not a thing counted: `the rest of 40`, `some of 12`.
pub const PORTION_WORDS: &[&str] = &["rest", "part", "one", "some", "most", "all", "any", "none"];

/// Verbs of a timetable told in the present, which put the date right
/// after them ahead: `when the board meets Feb. 17`, `the session resumes
/// on March 3`.
pub const TIMETABLE_VERBS: &[&str] =
    &["meets", "begins", "starts", "resumes", "reopens", "expires"];

/// Participles that open a span of time after a noun, whose date is the
/// span's, not the verb's before them: `reductions starting in April`.
pub const SPAN_PARTICIPLES: &[&str] = &["starting", "beginning", "ending", "running", "lasting"];

/// Verbs in the past tense that do not end in `-ed`, which a date after
/// them may time: `said on Sunday`, `met on Tuesday`, `struck on Monday`.
pub const IRREGULAR_PAST: &[&str] = &[
    "was", "were", "said", "told", "met", "held", "struck", "hit",
];

/// What a figure is said to be of when the words name nothing in
/// particular (`the value`, `the total`, `people`): no rival to another
/// report's word for the thing.
pub const GENERIC_HEADS: &[&str] = &[
    "value", "amount", "figure", "number", "total", "sum", "person",
];

/// Words before a noun that do not narrow what it counts: `total revenue`
/// is revenue, as `cloud revenue` is not.
pub const GENERIC_MODIFIERS: &[&str] = &[
    "total",
    "overall",
    "combined",
    "reported",
    "official",
    "new",
    "latest",
    "estimated",
    "current",
    "previous",
    "record",
    "headline",
    "average",
    "whole",
    "entire",
    "general",
    "own",
    "global",
    "worldwide",
    // (`ethnic Armenians` are Armenians.)
    "ethnic",
];

/// Words that open a noun phrase.
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "this", "that", "these", "those",
];

/// Capitalised words after which a number is usually not a figure but part
/// of a name, even though they are capitalised: sentence openers and date
/// words (`In 2014`, `Since 2019`).
pub const FUNCTION_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "in",
    "on",
    "at",
    "of",
    "by",
    "for",
    "from",
    "to",
    "since",
    "until",
    "till",
    "after",
    "before",
    "during",
    "between",
    "about",
    "around",
    "over",
    "under",
    "nearly",
    "almost",
    "some",
    "roughly",
    "more",
    "than",
    "up",
    "at",
    "least",
    "only",
    "just",
    "about",
    "and",
    "or",
    "but",
    "with",
    "without",
    "as",
    "into",
    "within",
    "through",
    "throughout",
    "of",
    "last",
    "this",
    "next",
    "each",
    "every",
    "all",
    "another",
    "another",
    "just",
    "approximately",
    "another",
    "among",
    "amid",
    "per",
    "via",
    "including",
    "excluding",
    "plus",
    "minus",
    "than",
    "while",
    "when",
    "where",
    "if",
    "because",
    "although",
    "though",
    "whereas",
    "by",
    "nearly",
    "are",
    "is",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "must",
    "can",
    "said",
    "says",
    "say",
    "told",
    "estimated",
    "killed",
    "early",
    "late",
    "mid",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "year",
    "years",
    "page",
    "chapter",
    "no",
    "number",
];

/// Words that open a date phrase and make a four-digit number a year.
pub const YEAR_PREPOSITIONS: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "from",
    "of",
    "during",
    "before",
    "after",
    "between",
    "through",
    "to",
    "and",
    "or",
    "with",
    "early",
    "late",
    "mid",
    "year",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "end",
    "start",
    "beginning",
    "fiscal",
    "financial",
    "season",
    "election",
    "than",
    "as",
    "for",
    "throughout",
    "around",
    "circa",
];

/// Abbreviations that end with a full stop without ending a sentence.
/// (Those of [`NUMBER_ABBREVIATIONS`] only before a number.)
pub const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "st", "rev", "sen", "rep",
    "gov", "pres", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "no", "vs", "etc", "inc", "ltd", "co", "corp", "approx", "est", "u.s", "u.k", "e.g",
    "i.e", "fig", "vol", "pp", "ed", "jr", "sr",
];

/// Words of degree before `hit` or `affected` that single out a part of
/// the area a disaster struck: `the worst-hit county`, `the most affected
/// district`.
pub const WORST_HIT_DEGREES: &[&str] = &["worst", "hardest", "most", "badly", "severely"];

/// Areas a story breaks its figures down by: `the worst-hit county`, `the
/// hardest-hit provinces`.
pub const AREAS: &[&str] = &[
    "area",
    "borough",
    "city",
    "community",
    "country",
    "county",
    "department",
    "district",
    "governorate",
    "island",
    "municipality",
    "neighbourhood",
    "neighborhood",
    "prefecture",
    "province",
    "region",
    "state",
    "suburb",
    "town",
    "village",
    "ward",
];

/// Abbreviations that stand before a number (`No. 10`, `Vol. 3`): before
/// a word they are a word that ends a sentence (`54.9% voting No. Turnout
/// was 44.2%`).
pub const NUMBER_ABBREVIATIONS: &[&str] = &["no", "fig", "vol", "pp"];

// ---------------------------------------------------------------------------
// Framing: what a figure counts, who gives it, as of when.

/// Event words and the canonical event each stands for. Nouns (`deaths`)
/// and verbs (`killed`) of one event share it, so that `43,000 military
/// deaths` and `43,000 soldiers had been killed` compare.
pub const EVENTS: &[(&str, &str)] = &[
    ("killed", "killed"),
    ("kill", "killed"),
    ("killing", "killed"),
    ("kills", "killed"),
    ("killings", "killed"),
    ("deaths", "killed"),
    ("death", "killed"),
    ("dead", "killed"),
    ("died", "killed"),
    ("die", "killed"),
    ("dying", "killed"),
    ("lives", "killed"),
    ("fatalities", "killed"),
    ("toll", "killed"),
    ("slain", "killed"),
    ("perished", "killed"),
    ("drowned", "killed"),
    // Animals put down to stop a disease: `1.8 million hens will be culled`.
    ("culled", "killed"),
    ("cull", "killed"),
    ("culling", "killed"),
    // (`prices have fallen 15%`; `50 fallen soldiers` are dead: framing
    // tells the adjective.)
    ("fallen", "decrease"),
    ("injured", "injured"),
    ("injuring", "injured"),
    ("injure", "injured"),
    ("injures", "injured"),
    ("wounding", "injured"),
    ("wounded", "injured"),
    ("injuries", "injured"),
    ("hurt", "injured"),
    // Made ill (`has sickened 49 people`); `fell ill` is read by framing.
    ("sickened", "sickened"),
    ("sickening", "sickened"),
    ("hospitalized", "hospitalized"),
    ("hospitalised", "hospitalized"),
    // Only to hospital or care: `Four children had been admitted to
    // hospitals` (not `admitted three charges`), `52 were taken to
    // hospital` (not `taken hostage`).
    ("admitted", "hospitalized"),
    ("taken", "hospitalized"),
    ("rushed", "hospitalized"),
    ("airlifted", "hospitalized"),
    // Only to hospital (`other_use`): `three survivors were flown to the
    // university hospital`.
    ("flown", "hospitalized"),
    // Treated by medics: `Around 280 people were treated at the scene`.
    ("treated", "injured"),
    // `212 runners needed treatment`.
    ("treatment", "injured"),
    ("missing", "missing"),
    ("disappeared", "missing"),
    ("unaccounted", "missing"),
    ("displace", "displaced"),
    ("displaces", "displaced"),
    ("displacing", "displaced"),
    // Pulled alive from water or rubble.
    ("rescued", "rescued"),
    // Bodies are recovered: `rescuers had recovered only five bodies`.
    ("recovered", "recovered"),
    ("rescuing", "rescued"),
    // Only when alive or to safety: see `EVENTS_WITH_OTHER_USES`.
    ("pulled", "rescued"),
    ("brought", "rescued"),
    ("exchanged", "exchanged"),
    ("exchange", "exchanged"),
    ("exchanges", "exchanged"),
    ("swapped", "exchanged"),
    ("swap", "exchanged"),
    ("swaps", "exchanged"),
    ("traded", "exchanged"),
    ("transfer", "exchanged"),
    ("transferred", "exchanged"),
    ("released", "released"),
    ("freed", "released"),
    ("returned", "released"),
    ("repatriated", "released"),
    ("release", "released"),
    ("frees", "released"),
    ("freeing", "released"),
    ("captured", "captured"),
    ("seized", "captured"),
    ("abducted", "captured"),
    ("kidnapped", "captured"),
    // Police detain and arrest; armies capture.
    ("detained", "arrested"),
    ("detentions", "arrested"),
    ("arrested", "arrested"),
    ("arrests", "arrested"),
    ("fired", "fired"),
    ("launched", "fired"),
    ("downed", "downed"),
    ("intercepted", "downed"),
    // Homes and buildings are destroyed or damaged; drones and missiles are
    // downed (shot down, intercepted).
    ("destroyed", "destroyed"),
    ("destroying", "destroyed"),
    ("flattened", "destroyed"),
    ("razed", "destroyed"),
    ("damaged", "damaged"),
    ("damaging", "damaged"),
    ("displaced", "displaced"),
    ("fled", "displaced"),
    ("flee", "displaced"),
    ("flees", "displaced"),
    ("fleeing", "displaced"),
    ("evacuated", "evacuated"),
    ("evacuate", "evacuated"),
    ("evacuating", "evacuated"),
    ("evacuation", "evacuated"),
    // Land is burned (`scorched 45,000 acres`, `50,000 acres burned`).
    ("burned", "burned"),
    // Trains and carriages derail.
    ("derailed", "derailed"),
    ("burnt", "burned"),
    ("scorched", "burned"),
    ("charred", "burned"),
    ("blackened", "burned"),
    ("casualties", "casualties"),
    ("began", "began"),
    ("started", "began"),
    ("start", "began"),
    ("beginning", "began"),
    ("begun", "began"),
    ("outbreak", "began"),
    ("suspended", "suspended"),
    ("halted", "suspended"),
    ("frozen", "suspended"),
    ("ended", "ended"),
    ("ceasefire", "ceasefire"),
    ("increase", "increase"),
    // What a market adds to a firm's value or wipes off it (`adding
    // roughly $6.2bn to its market value`, `wiped $40bn off Apple's
    // value`): only before such a value (framing asks).
    ("added", "increase"),
    ("adding", "increase"),
    ("adds", "increase"),
    ("wiped", "decrease"),
    ("wiping", "decrease"),
    ("wipes", "decrease"),
    ("erased", "decrease"),
    ("erasing", "decrease"),
    ("erases", "decrease"),
    ("rise", "increase"),
    ("rose", "increase"),
    ("jumped", "increase"),
    ("decrease", "decrease"),
    ("eased", "decrease"),
    ("slowed", "decrease"),
    ("cooled", "decrease"),
    ("shrank", "decrease"),
    ("decreased", "decrease"),
    ("decreases", "decrease"),
    // A gap or a deficit narrows and widens.
    ("narrowed", "decrease"),
    ("narrows", "decrease"),
    ("widened", "increase"),
    ("widens", "increase"),
    ("climbed", "increase"),
    ("increased", "increase"),
    ("grew", "increase"),
    ("grows", "increase"),
    ("grown", "increase"),
    ("rises", "increase"),
    ("risen", "increase"),
    ("climbs", "increase"),
    ("jumps", "increase"),
    ("drops", "decrease"),
    ("declined", "decrease"),
    ("declines", "decrease"),
    ("soared", "increase"),
    ("surged", "increase"),
    ("fell", "decrease"),
    ("dropped", "decrease"),
    ("plunged", "decrease"),
    ("plummeted", "decrease"),
    ("tumbled", "decrease"),
    ("slumped", "decrease"),
    ("sank", "decrease"),
    ("slid", "decrease"),
    ("dipped", "decrease"),
    ("falls", "decrease"),
    ("rallied", "increase"),
    ("advanced", "increase"),
    ("decline", "decrease"),
    // Currencies, shares and economies gain, expand and shrink (`the
    // pound gained 0.4%`, `the economy expanded by 0.2%`). (Not
    // `contracted`: people contract diseases.)
    ("gained", "increase"),
    ("gains", "increase"),
    ("gain", "increase"),
    ("gaining", "increase"),
    ("expanded", "increase"),
    ("expanding", "increase"),
    ("expands", "increase"),
    ("shrinking", "decrease"),
    ("shrinks", "decrease"),
    ("slipped", "decrease"),
    // Moves told by their direction: `edged up`, `ticked down`, `inched
    // higher` (framing reads the word after).
    ("edged", "increase"),
    ("ticked", "increase"),
    ("inched", "increase"),
    ("crept", "increase"),
    // Money taken out of a bank: `customers withdrew $42bn`.
    ("withdrew", "withdrawn"),
    ("withdraw", "withdrawn"),
    ("withdrawn", "withdrawn"),
    ("withdrawals", "withdrawn"),
    // What one side asks of a court or a deal, which is not what it got:
    // `prosecutors had sought a sentence of 20 years`.
    ("sought", "sought"),
    ("seeking", "sought"),
    ("demanded", "sought"),
    ("demanding", "sought"),
    ("requested", "sought"),
    ("asked", "sought"),
    ("wants", "sought"),
    ("wanted", "sought"),
    ("asking", "sought"),
    // What a dissenter would rather have had: `three policymakers
    // preferring to hold rates at 3.75%`.
    ("preferring", "sought"),
    ("preferred", "sought"),
    // What the other side put on the table (`had offered a 50% wage
    // increase`).
    ("offered", "offered"),
    // `its headcount nearly doubled to 210,000`, `halved to 3%`.
    ("doubled", "increase"),
    ("tripled", "increase"),
    ("quadrupled", "increase"),
    ("halved", "decrease"),
    ("hiked", "increase"),
    ("hike", "increase"),
    ("hikes", "increase"),
    ("lowered", "decrease"),
    ("rising", "increase"),
    ("climbing", "increase"),
    ("declining", "decrease"),
    ("falling", "decrease"),
    // (`dropping by 595,000 to 124.35 million`.)
    ("dropping", "decrease"),
    ("plunging", "decrease"),
    ("sliding", "decrease"),
    ("slipping", "decrease"),
    ("tumbling", "decrease"),
    ("easing", "decrease"),
    ("decreasing", "decrease"),
    ("jumping", "increase"),
    ("surging", "increase"),
    ("soaring", "increase"),
    ("increasing", "increase"),
    ("growing", "increase"),
    // After a modal: `bills will fall by £122`, `sales could grow 5%`.
    ("fall", "decrease"),
    ("drop", "decrease"),
    ("grow", "increase"),
    ("climb", "increase"),
    ("jump", "increase"),
    ("soar", "increase"),
    ("plunge", "decrease"),
    ("shrink", "decrease"),
    // Jobs and budgets are cut (`cut 10,000 jobs`, `laid off 11,000`).
    ("cut", "cut"),
    ("cuts", "cut"),
    ("cutting", "cut"),
    ("slashed", "cut"),
    ("laid", "cut"),
    ("laying", "cut"),
    ("lay", "cut"),
    ("layoffs", "cut"),
    ("shed", "cut"),
    ("eliminate", "cut"),
    ("eliminated", "cut"),
    ("eliminating", "cut"),
    ("slash", "cut"),
    ("slashing", "cut"),
    ("axe", "cut"),
    ("axes", "cut"),
    ("axed", "cut"),
    ("axing", "cut"),
    ("ax", "cut"),
    ("shedding", "cut"),
    ("sheds", "cut"),
    ("redundancies", "cut"),
    ("attended", "attended"),
    ("gathered", "attended"),
    ("protesters", "attended"),
    ("demonstrators", "attended"),
    ("marchers", "attended"),
    ("marched", "attended"),
    // `took part`, `taking part` (`part` alone is no event: `other_use`).
    ("part", "attended"),
    ("pledged", "pledged"),
    ("pledge", "pledged"),
    ("pledges", "pledged"),
    ("pledging", "pledged"),
    ("spent", "spent"),
    // People in shelters (`40,000 residents were in shelters`).
    ("shelters", "sheltered"),
    ("shelter", "sheltered"),
    ("sheltering", "sheltered"),
    ("sheltered", "sheltered"),
    // `in critical condition` only (`other_use`).
    ("critical", "critical"),
    // Only after a word of [`SHELTER_CAMPS`] (`other_use`).
    ("camps", "sheltered"),
    ("camp", "sheltered"),
    ("cost", "cost"),
    ("costs", "cost"),
    ("raised", "raised"),
    // Those who `took to the streets` (an event only so: `other_use`).
    ("streets", "attended"),
    // Workers on strike (`25,300 union members are now on strike`; a
    // `strike` is one only after `on`: `a drone strike`).
    ("striking", "striking"),
    ("strikers", "striking"),
    ("strike", "striking"),
    ("walked", "striking"),
    // Crews, troops and workers sent to a task (`deployed 2,000 workers
    // to clean up the spill`).
    ("deployed", "deployed"),
    ("dispatched", "deployed"),
    // Beaches, rivers and wells fouled (`has polluted 21 beaches`).
    ("polluted", "polluted"),
    ("contaminated", "polluted"),
    // Money owed to creditors (`owes them as much as $8 billion`).
    ("owed", "owed"),
    ("owes", "owed"),
    ("owe", "owed"),
    ("owing", "owed"),
    // People without a job (`out of work` is read by framing).
    ("unemployed", "unemployed"),
    // Flights, trains, events called off or held up.
    // (And as the verb after `to` or a modal: `forced the carrier to
    // cancel at least 310 flights and delay about 900 others`.)
    ("cancelled", "cancelled"),
    ("canceled", "cancelled"),
    ("cancel", "cancelled"),
    ("cancelling", "cancelled"),
    ("canceling", "cancelled"),
    ("cancellations", "cancelled"),
    ("scrapped", "cancelled"),
    ("delayed", "delayed"),
    ("delay", "delayed"),
    ("delaying", "delayed"),
    ("delays", "delayed"),
    // Operations and hearings put off: `2,300 operations had been
    // postponed`.
    ("postponed", "postponed"),
    ("postpone", "postponed"),
    ("postponing", "postponed"),
    ("infected", "infected"),
    ("cases", "infected"),
    // New cases of a disease, counted as people (`43,000 people are
    // diagnosed with bowel cancer each year`).
    ("diagnosed", "infected"),
    // Migrants cross a sea or a border (`534 migrants made the crossing`).
    ("crossed", "crossed"),
    ("cross", "crossed"),
    ("crossing", "crossed"),
    ("crossings", "crossed"),
    // Miners and climbers are trapped (`41 workers trapped in a tunnel`).
    ("trapped", "trapped"),
    // Oil and chemicals are spilled (`6,000 barrels of crude had leaked`).
    ("spilled", "spilled"),
    ("spilt", "spilled"),
    ("spilling", "spilled"),
    ("leaked", "spilled"),
    ("leaking", "spilled"),
    ("evacuations", "evacuated"),
    ("votes", "voted"),
    ("voted", "voted"),
];

/// Words of [`EVENTS`] that are something else in some places (framing
/// asks where: `its fiscal year ended in January`, `missing the 35%`,
/// `annual cost savings`, `the FTX exchange`, `crossed the finish line`,
/// `50 fallen soldiers`, `raised its rate by a quarter point`, `last
/// fall`, `spent the night`, `fell short of`, `falls through`).
pub const EVENTS_WITH_OTHER_USES: &[&str] = &[
    "treatment",
    "critical",
    "camp",
    "camps",
    // What burned down was destroyed: `burned down more than 100 buildings`.
    "burned",
    "burnt",
    "streets",
    "strike",
    "walked",
    "raised",
    "part",
    "spent",
    "fall",
    "falls",
    "fell",
    "falling",
    "edged",
    "ticked",
    "inched",
    "crept",
    "ended",
    "start",
    "beginning",
    "fallen",
    "cost",
    "missing",
    "exchange",
    "exchanges",
    "crossed",
    "cross",
    "crossing",
    "asked",
    "asking",
    "lives",
    "launched",
    "admitted",
    "treated",
    "attended",
    "taken",
    "rushed",
    "airlifted",
    "flown",
    "plunged",
    "plummeted",
    "tumbled",
    "plunging",
    "added",
    "adding",
    "adds",
    "wiped",
    "wiping",
    "wipes",
    "erased",
    "erasing",
    "erases",
    "doubled",
    "tripled",
    "quadrupled",
    "halved",
    "dropped",
    "drop",
    "pulled",
    "brought",
];

/// Whether a canonical event of [`EVENTS`] is a change (`rose`, `fell`)
/// rather than something that happened to what is counted.
pub fn is_change(event: &str) -> bool {
    matches!(event, "increase" | "decrease" | "cut")
}

/// The class of a price of shares (`shares`, `stock`): a name before it
/// narrows it to one company's (`Orbitek's stock`).
pub const SHARE_PRICE: &str = "share price";

/// Nouns that name the same kind of thing, and the class they share.
pub const NOUN_CLASSES: &[(&str, &str)] = &[
    // What percentages and prices measure.
    ("inflation", "inflation"),
    ("unemployment", "unemployment"),
    // Workers who want more hours: `the underemployment rate`.
    ("underemployment", "underemployment"),
    ("jobless", "unemployment"),
    ("joblessness", "unemployment"),
    ("rates", "interest rate"),
    ("rate", "interest rate"),
    ("interest", "interest rate"),
    ("prices", "price"),
    ("price", "price"),
    // What a firm is worth, however a report calls it.
    ("capitalisation", "value"),
    ("capitalization", "value"),
    ("valuation", "value"),
    ("growth", "growth"),
    ("gdp", "growth"),
    // Only as `gross domestic product`: see `frame::class_at`.
    ("product", "growth"),
    ("turnout", "turnout"),
    ("approval", "approval"),
    ("wages", "wage"),
    ("pay", "wage"),
    ("debt", "debt"),
    ("deficit", "deficit"),
    ("borrowing", "borrowing"),
    ("exports", "export"),
    // A currency's value, by either of its names (`sterling rose 0.4%`,
    // `the pound gained 0.4 per cent`).
    ("sterling", "pound"),
    ("pound", "pound"),
    ("imports", "import"),
    // Money a firm takes in, whichever word a report uses for it.
    ("sales", "revenue"),
    ("profit", "profit"),
    ("profits", "profit"),
    ("revenue", "revenue"),
    ("income", "income"),
    // A party's or a candidate's part of the vote, or of those polled.
    ("support", "share"),
    ("share", "share"),
    ("shares", SHARE_PRICE),
    ("stock", SHARE_PRICE),
    ("stocks", SHARE_PRICE),
    ("emissions", "emissions"),
    ("soldier", "soldier"),
    ("soldiers", "soldier"),
    ("troop", "soldier"),
    ("troops", "soldier"),
    ("serviceman", "soldier"),
    ("servicemen", "soldier"),
    ("servicemembers", "soldier"),
    ("personnel", "soldier"),
    ("conscripts", "soldier"),
    ("conscript", "soldier"),
    ("military", "soldier"),
    ("combatants", "soldier"),
    ("fighters", "soldier"),
    ("militants", "soldier"),
    ("militant", "soldier"),
    ("battlefield", "soldier"),
    ("civilian", "civilian"),
    ("civilians", "civilian"),
    ("prisoner", "prisoner"),
    ("prisoners", "prisoner"),
    ("pows", "prisoner"),
    ("pow", "prisoner"),
    ("captives", "prisoner"),
    ("detainees", "prisoner"),
    ("inmates", "prisoner"),
    ("inmate", "prisoner"),
    ("warders", "guard"),
    ("warder", "guard"),
    // Police officers, however a report calls them: `17 policemen were
    // injured`, `12 police officers were hurt`.
    ("policemen", "officer"),
    ("policeman", "officer"),
    ("policewomen", "officer"),
    ("policewoman", "officer"),
    ("hostages", "hostage"),
    ("hostage", "hostage"),
    ("people", "person"),
    ("persons", "person"),
    ("individuals", "person"),
    ("residents", "person"),
    ("person", "person"),
    ("ukrainians", "person"),
    ("russians", "person"),
    ("americans", "person"),
    ("israelis", "person"),
    ("palestinians", "person"),
    ("children", "child"),
    ("child", "child"),
    ("kids", "child"),
    ("women", "woman"),
    ("men", "man"),
    ("drone", "drone"),
    ("drones", "drone"),
    ("uavs", "drone"),
    ("missile", "missile"),
    ("missiles", "missile"),
    ("rockets", "rocket"),
    ("rocket", "rocket"),
    ("body", "body"),
    ("bodies", "body"),
    ("remains", "body"),
    ("war", "war"),
    ("invasion", "war"),
    ("conflict", "war"),
    ("offensive", "war"),
    ("dialogue", "contact"),
    ("contacts", "contact"),
    ("channel", "contact"),
    ("channels", "contact"),
    ("communication", "contact"),
    ("communications", "contact"),
    ("hotline", "contact"),
    ("talks", "talks"),
    ("negotiations", "talks"),
    ("meeting", "talks"),
    ("meetings", "talks"),
    ("homes", "home"),
    ("houses", "home"),
    // (Counted as homes are: `33,000 households were without power`.)
    ("households", "home"),
    ("buildings", "building"),
    // (Schools in South Africa and Kenya call their pupils learners;
    // `pupil` itself is left unlisted, read as any plain noun is.)
    ("learners", "pupil"),
    ("learner", "pupil"),
    // (A Philippine village is a barangay; `village` itself is left
    // unlisted, read as any plain noun is.)
    ("barangays", "village"),
    ("barangay", "village"),
    // A building's levels, however a report calls them (`five-storey`,
    // `six stories`, `approved for three floors`).
    // (Not `floor`, which may be a price's.)
    ("storeys", "storey"),
    ("stories", "storey"),
    ("story", "storey"),
    ("floors", "storey"),
    // (Fire services count structures: buildings of any kind.)
    ("structures", "building"),
    // (A retailer's stores, however a report calls them: `closed 47
    // stores` / `had shut 52 shops`.)
    ("shops", "store"),
    ("shop", "store"),
    ("refugees", "refugee"),
    ("workforce", "workforce"),
    ("headcount", "workforce"),
    // Who is employed, whether counted as jobs or as people.
    ("jobs", "job"),
    ("job", "job"),
    ("employees", "job"),
    ("employee", "job"),
    ("workers", "job"),
    // (Miners trapped are people trapped, as workers are.)
    ("miners", "job"),
    ("mineworkers", "job"),
    ("roles", "position"),
    ("positions", "position"),
    ("vacancies", "position"),
    ("staff", "workforce"),
    ("nationals", "person"),
    ("citizens", "person"),
    // (As `foreign nationals` read: the modifier and the class.)
    ("foreigners", "foreign person"),
    ("foreigner", "foreign person"),
    ("crew", "crew"),
    // Those who watch a match or a show (`in front of 86,212 fans`, `a
    // crowd of 86,000`).
    // Who visit a country or a place, however the report calls them.
    ("tourists", "visitor"),
    ("tourist", "visitor"),
    ("visitors", "visitor"),
    ("visitor", "visitor"),
    ("fans", "spectator"),
    ("spectators", "spectator"),
    ("spectator", "spectator"),
    ("crowd", "spectator"),
    ("crowds", "spectator"),
    // A penalty, whether named as a noun or by its verb (`fined Google
    // €2.42bn`).
    ("fine", "fine"),
    ("fines", "fine"),
    ("fined", "fine"),
    ("penalty", "fine"),
    ("penalties", "fine"),
    ("names", "name"),
    // One firm buying another, and what it pays.
    ("deal", "deal"),
    ("deals", "deal"),
    ("acquisition", "deal"),
    ("takeover", "deal"),
    ("merger", "deal"),
    ("buyout", "deal"),
    ("contract", "deal"),
    ("contracts", "deal"),
    // A player's games, counted as appearances or as games.
    ("appearances", "game"),
    ("games", "game"),
    ("matches", "game"),
];

/// Prepositions that open a phrase adding to the noun before them, which
/// stays the head: `prices in Dhaka markets`, `emissions from fossil fuels`,
/// `daily active users on Facebook`.
pub const NOUN_PREPOSITIONS: &[&str] = &["in", "from", "at", "across", "among", "on"];

/// Verbs that say what level a thing reached, with no event of their own:
/// the noun before one is what the figure after it measures (`rainfall
/// topped 250mm`, `the storm surge reached up to 3 metres`, `damage is
/// estimated at 15 billion taka`).
pub const LEVEL_VERBS: &[&str] = &[
    // `tax rises totalling £40bn`.
    "totalling",
    "totaling",
    "totalled",
    "totaled",
    // `the lander weighs about 1,750 kilograms`.
    "weighs",
    "weighed",
    "weighing",
    "weigh",
    // (Base forms after a modal: `losses could reach $20 billion`.)
    "reach",
    "exceed",
    "surpass",
    "total",
    "reached",
    "reaches",
    "reaching",
    "topped",
    "tops",
    "hit",
    "hits",
    "exceeded",
    "exceeds",
    "surpassed",
    "surpasses",
    "totalled",
    "totaled",
    "totals",
    "stood",
    "stands",
    "hovered",
    "hovers",
    "amounted",
    "amounts",
    "measured",
    "measuring",
    "peaked",
    "peak",
    "peaks",
    "peaking",
    "neared",
    "estimated",
];

/// Words after `times` that make a figure a multiple, not a count of
/// times (`10 times as many`, `three times higher`).
pub const MULTIPLE_AFTER: &[&str] = &[
    "as", "more", "less", "higher", "lower", "larger", "bigger", "greater", "faster", "over",
    "that", "what", "average",
];

/// Verbs that say a figure was gone past, which makes it a lower bound:
/// `topped 65`, `exceeded 1,000`.
pub const EXCEED_VERBS: &[&str] = &[
    "topped",
    "tops",
    "topping",
    "exceeded",
    "exceeds",
    "exceeding",
    "surpassed",
    "surpasses",
    "surpassing",
    "eclipsed",
];

/// Verbs that put a figure on a thing named after them, before `at`:
/// `the government put early losses at 12 billion taka`, `analysts
/// estimate the damage at $2bn`.
pub const ESTIMATE_VERBS: &[&str] = &[
    "put",
    "puts",
    "putting",
    "estimated",
    "estimate",
    "estimates",
    "pegged",
    "pegs",
    "placed",
    "places",
];

/// Verbs of buying a firm, after which the money paid `for` it, or the
/// value put on it `at`, is the deal's: `agreed to buy Nuvia for $18.5
/// billion`, `valuing the company at about $19 billion`. (And a player
/// signed or joining a club: `signed Bellingham for £88.5m`.)
pub const DEAL_VERBS: &[&str] = &[
    "signed",
    "signing",
    "sign",
    "signs",
    "joined",
    "joining",
    "join",
    "joins",
    "buy",
    "buys",
    "bought",
    "buying",
    "acquire",
    "acquires",
    "acquired",
    "acquiring",
    "purchase",
    "purchased",
    "valuing",
    "valued",
    "values",
    "sell",
    "sells",
    "sold",
    "selling",
];

/// Nouns after which `cost` is a noun before a noun, not the verb of a
/// price: `$400 million in annual cost savings`.
pub const COST_COMPOUNDS: &[&str] = &[
    "savings",
    "saving",
    "cuts",
    "cutting",
    "reductions",
    "reduction",
    "synergies",
    "overruns",
    "overrun",
    "increases",
    "pressures",
    "base",
];

/// Adverbs that make a figure what was said at first, since revised:
/// `had initially said only seven gallons leaked`.
pub const AT_FIRST_WORDS: &[&str] = &["initially", "originally"];

/// `first` before a verb of saying does the same (`the 0.16 barrels the
/// operator first reported`): listed for its bit only.
pub const FIRST_SAID: &[&str] = &["first"];

/// `earlier` or `previously` before a verb of saying does the same (`the
/// toll was earlier put at 174`, `was previously put at 740,000`).
pub const EARLIER_SAID: &[&str] = &["earlier", "previously"];

/// Words that open an aside about some of what a figure counts: `Five
/// people, including a seven-year-old girl, died`.
pub const ASIDE_OPENERS: &[&str] = &["including", "among", "mostly", "mainly", "many", "most"];

/// Words for a share of a group that open a sentence naming a part of it:
/// `Most of the cases, 2,470, were in Lusaka`.
pub const SHARE_OF_GROUP: &[&str] = &["most", "many", "some", "half", "much"];

/// Nouns of an aim that make a figure after them a projection (`a target
/// of 2 million`, `the goal of 50,000 homes`): only right before `of`
/// (not `the target range of 4.25%`), and only before the figure
/// (`struck 30 targets` counts targets).
pub const TARGET_WORDS: &[&str] = &["target", "targets", "goal", "goals"];

/// Words that, before a count, make it what something can hold rather than
/// what it held: `licensed to carry 120 passengers`, `a capacity of 300`,
/// `can seat 40,000 people`. Each is a cue only before a word of
/// [`CAPACITY_NEXT`].
pub const CAPACITY_WORDS: &[&str] = &[
    "licensed",
    "designed",
    "built",
    "rated",
    "permitted",
    "allowed",
    "certified",
    "approved",
    "authorised",
    "authorized",
    "registered",
    "capacity",
    "can",
    "could",
];

/// The word after one of [`CAPACITY_WORDS`] that makes it a cue.
pub const CAPACITY_NEXT: &[&str] = &["to", "for", "of", "carry", "hold", "seat", "accommodate"];

/// Adjectives of size after a length written `30m` that make it metres,
/// not 30 million (`30m high`, `a 30m-long crack`), and the dimension each
/// gives a length after it (`1.2 miles long` is a length).
pub const SIZE_ADJECTIVES: &[(&str, &str)] = &[
    ("high", "height"),
    ("long", "length"),
    ("wide", "width"),
    ("deep", "depth"),
    ("tall", "height"),
    ("thick", "thickness"),
];

/// Nouns of a dimension a measure may be `of`: `an altitude of 148 km`.
pub const DIMENSION_NOUNS: &[&str] = &[
    "altitude",
    "height",
    "depth",
    "length",
    "width",
    "distance",
    "thickness",
    "diameter",
    "elevation",
];

/// Words after a distance in metres written `400m` that make it a race, not
/// 400 million: `the 100m final`, `the 400m hurdles`.
pub const RACE_WORDS: &[&str] = &[
    "final",
    "finals",
    "race",
    "races",
    "sprint",
    "hurdles",
    "relay",
    "freestyle",
    "butterfly",
    "backstroke",
    "breaststroke",
    "medley",
    "dash",
    "heat",
    "heats",
    "semi-final",
    "title",
    "record",
    "run",
    "steeplechase",
    "individual",
];

/// Words before `of` and a count that make it how many are lacking: `short
/// of about 4,000 nurses`, `a shortfall of 300 beds`.
pub const SHORTAGE_WORDS: &[&str] = &["short", "shortage", "shortfall", "lack"];

/// Words after an emergency number (911, 999, 112) that make it the
/// number dialled: `the first 911 call`.
pub const EMERGENCY_CALL_WORDS: &[&str] = &[
    "call",
    "calls",
    "caller",
    "callers",
    "dispatcher",
    "dispatchers",
    "operator",
    "operators",
    "line",
    "center",
    "centre",
    "system",
];

/// Words for where, which end a figure's noun phrase when no noun follows
/// them (`more than 380 nationwide`, but `daily worldwide turnover`).
pub const PLACE_ADVERBS: &[&str] = &[
    "nationwide",
    "worldwide",
    "statewide",
    "countrywide",
    "globally",
    "overseas",
    "abroad",
    "alone",
];

/// The parts of a thing a count joined to them by a hyphen says it has
/// (`a five-storey building`, `a 500-bed hospital`, `a five-member
/// committee`): the count is of the thing's parts, never of people a
/// sentence's event befell.
pub const PARTS_OF_A_THING: &[&str] = &[
    "storey", "story", "floor", "member", "bed", "seat", "room", "bedroom", "lane", "page",
    "carriage", "deck", "berth", "unit", "hole", "star",
];

/// Words in `-est` that are no superlatives (a superlative before `since`
/// makes a record: `the highest since 2019`).
pub const NOUNS_IN_EST: &[&str] = &[
    "interest", "forest", "forests", "protest", "protests", "harvest", "request", "contest",
    "arrest", "arrests", "inquest", "manifest", "digest", "conquest", "unrest", "honest",
];

/// Words after a distance that make it say where (`trapped 1.8km
/// underground`, `stranded 40 km offshore`, `found 3 miles from the
/// site`), not what a verb before it did.
pub const LOCATING_WORDS: &[&str] = &[
    "underground",
    "below",
    "beneath",
    "under",
    "deep",
    "away",
    "offshore",
    "inland",
    "from",
    "off",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "downstream",
    "upstream",
    "above",
];

/// What people in a disaster are left without, and the name it is
/// compared under: `without power`, `without electricity`.
pub const LACKED: &[(&str, &str)] = &[
    ("power", "without power"),
    ("electricity", "without power"),
    ("water", "without water"),
    ("shelter", "without shelter"),
    ("food", "without food"),
    ("heat", "without heat"),
    ("heating", "without heat"),
    ("internet", "without internet"),
];

/// Whether an event is being left without something (`without power`).
pub fn is_lacked(event: &str) -> bool {
    LACKED.iter().any(|&(_, e)| e == event)
}

/// Words before a forecast that say a result beat or missed it, so that
/// the forecast is no cue for the result's figure: `beats forecasts despite
/// a 12% drop`.
pub const BEAT_WORDS: &[&str] = &[
    "beat",
    "beats",
    "beating",
    "topped",
    "tops",
    "exceeded",
    "exceeds",
    "missed",
    "misses",
    "surpassed",
    "ahead",
];

/// Pronouns, which stand for a noun but name none: `It cost £90m`.
pub const PRONOUNS: &[&str] = &["it", "they", "he", "she", "we", "i", "you", "them"];

/// Verbs of employing, after which a count of people is a count of jobs:
/// `employs around 6,000 people`.
pub const EMPLOY_VERBS: &[&str] = &["employs", "employ", "employing", "employed"];

/// Words that stand for a figure already named (`the 55,000 figure`): the
/// subject is taken from context instead.
pub const PLACEHOLDER_NOUNS: &[&str] = &[
    "figure",
    "figures",
    "number",
    "numbers",
    "total",
    "tally",
    "count",
    "estimate",
    "estimates",
    "amount",
    "amounts",
    "quantity",
    "quantities",
    // What a figure is of a series: `down from a peak of 1.6 million`, `in
    // a range of 5.25%-5.50%`.
    "peak",
    "high",
    "low",
    "range",
    "record",
    "maximum",
    "minimum",
];

/// Nouns whose complement holds the real subject: `names of people`.
pub const CONTAINER_NOUNS: &[&str] = &[
    "names", "lives", "bodies", "cases", "number", "total", "group", "groups",
    // `$18bn worth of Chinese imports`, `46,000 head of livestock`.
    "worth", "head",
];

/// Country names and adjectives, mapped to the adjective.
pub const NATIONALITIES: &[(&str, &str)] = &[
    ("ukrainian", "ukrainian"),
    ("ukraine", "ukrainian"),
    ("ukraine's", "ukrainian"),
    ("ukrainians", "ukrainian"),
    ("russian", "russian"),
    ("russia", "russian"),
    ("russia's", "russian"),
    ("russians", "russian"),
    ("american", "american"),
    ("americans", "american"),
    ("us", "american"),
    ("u.s", "american"),
    ("british", "british"),
    ("britain", "british"),
    ("uk", "british"),
    ("u.k", "british"),
    ("french", "french"),
    ("france", "french"),
    ("german", "german"),
    ("germany", "german"),
    ("israeli", "israeli"),
    ("israelis", "israeli"),
    ("israel", "israeli"),
    ("palestinian", "palestinian"),
    ("palestinians", "palestinian"),
    ("chinese", "chinese"),
    ("china", "chinese"),
    ("iranian", "iranian"),
    ("iran", "iranian"),
    ("syrian", "syrian"),
    ("syria", "syrian"),
    ("iraqi", "iraqi"),
    ("iraq", "iraqi"),
    ("afghan", "afghan"),
    ("polish", "polish"),
    ("poland", "polish"),
    ("turkish", "turkish"),
    ("indian", "indian"),
    ("india", "indian"),
    ("pakistani", "pakistani"),
    ("japanese", "japanese"),
    ("korean", "korean"),
    ("european", "european"),
    ("canadian", "canadian"),
    ("australian", "australian"),
    ("italian", "italian"),
    ("spanish", "spanish"),
    ("mexican", "mexican"),
    ("brazilian", "brazilian"),
    ("belarusian", "belarusian"),
    ("georgian", "georgian"),
    ("lebanese", "lebanese"),
    ("yemeni", "yemeni"),
    ("sudanese", "sudanese"),
    ("gazan", "palestinian"),
];

/// Countries, each with the adjective that names its nationality and the
/// plural noun for its people: `India`, `Indian`, `Indians`. The country and
/// the plural read as the adjective ([`nationality_of`]); the plural alone
/// counts people (`five Indians` are five Indian people).
pub const COUNTRIES: &[(&str, &str, &str)] = &[
    ("afghanistan", "afghan", "afghans"),
    ("algeria", "algerian", "algerians"),
    ("argentina", "argentine", "argentines"),
    ("armenia", "armenian", "armenians"),
    ("australia", "australian", "australians"),
    ("austria", "austrian", "austrians"),
    ("azerbaijan", "azerbaijani", "azerbaijanis"),
    ("bangladesh", "bangladeshi", "bangladeshis"),
    ("belarus", "belarusian", "belarusians"),
    ("belgium", "belgian", "belgians"),
    ("brazil", "brazilian", "brazilians"),
    ("bulgaria", "bulgarian", "bulgarians"),
    ("cambodia", "cambodian", "cambodians"),
    ("canada", "canadian", "canadians"),
    ("chile", "chilean", "chileans"),
    ("colombia", "colombian", "colombians"),
    ("cuba", "cuban", "cubans"),
    ("egypt", "egyptian", "egyptians"),
    ("ethiopia", "ethiopian", "ethiopians"),
    ("europe", "european", "europeans"),
    ("finland", "finnish", "finns"),
    ("georgians", "georgian", "georgians"),
    ("germany", "german", "germans"),
    ("ghana", "ghanaian", "ghanaians"),
    ("greece", "greek", "greeks"),
    ("haiti", "haitian", "haitians"),
    ("hungary", "hungarian", "hungarians"),
    ("india", "indian", "indians"),
    ("indonesia", "indonesian", "indonesians"),
    ("iran", "iranian", "iranians"),
    ("iraq", "iraqi", "iraqis"),
    ("ireland", "irish", "irish"),
    ("israel", "israeli", "israelis"),
    ("italy", "italian", "italians"),
    ("japan", "japanese", "japanese"),
    ("kenya", "kenyan", "kenyans"),
    ("korea", "korean", "koreans"),
    ("lebanon", "lebanese", "lebanese"),
    ("libya", "libyan", "libyans"),
    ("malaysia", "malaysian", "malaysians"),
    ("mexico", "mexican", "mexicans"),
    ("morocco", "moroccan", "moroccans"),
    ("myanmar", "burmese", "burmese"),
    ("nepal", "nepali", "nepalis"),
    ("netherlands", "dutch", "dutch"),
    ("nigeria", "nigerian", "nigerians"),
    ("norway", "norwegian", "norwegians"),
    ("pakistan", "pakistani", "pakistanis"),
    ("peru", "peruvian", "peruvians"),
    ("philippines", "filipino", "filipinos"),
    ("poland", "polish", "poles"),
    ("portugal", "portuguese", "portuguese"),
    ("romania", "romanian", "romanians"),
    ("rwanda", "rwandan", "rwandans"),
    ("saudi", "saudi", "saudis"),
    ("serbia", "serbian", "serbs"),
    ("somalia", "somali", "somalis"),
    ("spain", "spanish", "spaniards"),
    ("sudan", "sudanese", "sudanese"),
    ("sweden", "swedish", "swedes"),
    ("switzerland", "swiss", "swiss"),
    ("syria", "syrian", "syrians"),
    ("taiwan", "taiwanese", "taiwanese"),
    ("thailand", "thai", "thais"),
    ("tunisia", "tunisian", "tunisians"),
    ("turkey", "turkish", "turks"),
    ("türkiye", "turkish", "turks"),
    ("uganda", "ugandan", "ugandans"),
    ("venezuela", "venezuelan", "venezuelans"),
    ("vietnam", "vietnamese", "vietnamese"),
    ("yemen", "yemeni", "yemenis"),
    ("zimbabwe", "zimbabwean", "zimbabweans"),
];

/// Words that name a source in the words after them, with the word that
/// must come next: `according to X`, `as reported by X`.
pub const SOURCE_CUES: &[(&str, &str)] = &[
    ("according", "to"),
    ("reported", "by"),
    ("estimated", "by"),
    ("given", "by"),
];

/// Verbs that attribute a figure to a source.
pub const SAY_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "reported",
    "reports",
    "estimated",
    "estimates",
    "confirmed",
    "confirms",
    "announced",
    "announces",
    "disclosed",
    "stated",
    "states",
    "added",
    "acknowledged",
    "claimed",
    "claims",
    "wrote",
    "recorded",
    "revealed",
    "noted",
    "counted",
    "put",
    "puts",
    "cited",
    "shared",
    "declared",
    "insisted",
    "warned",
    "tweeted",
    "posted",
];

/// Nouns that a number after them labels rather than counts: `junction 5`,
/// `level 4`, `No 10`.
pub const LABEL_NOUNS: &[&str] = &[
    "no",
    "junction",
    "page",
    "chapter",
    "article",
    "section",
    "room",
    "platform",
    "gate",
    "route",
    "flight",
    "level",
    "grade",
    "phase",
    "stage",
    "category",
    "tier",
    "zone",
    "sector",
    "district",
    "ward",
    "line",
    "channel",
    "season",
    "episode",
    "series",
    "volume",
    "vol",
    "exit",
    "block",
    "unit",
    "apartment",
    "floor",
    "terminal",
    "pier",
    "highway",
    "interstate",
    "bus",
    "track",
    "lane",
    "row",
    "seat",
    "number",
    "act",
    "amendment",
    "resolution",
    // Markers along a course: `collapsed at kilometre 35`, `near mile 20`,
    // `after lap 40`, `on hole 7`, `in round 3`.
    "kilometre",
    "kilometer",
    "km",
    "mile",
    "lap",
    "hole",
    "round",
];

/// Words after an amount that make it a difference from another (`10
/// degrees above normal`, `5C warmer than usual`).
pub const DIFFERENCE_WORDS: &[&str] = &[
    "above", "below", "higher", "lower", "warmer", "colder", "hotter", "cooler", "over", "under",
];

/// Nouns for people before `under` or `over` and an age: `children under
/// five`, `people over 65`.
pub const AGE_GROUP_NOUNS: &[&str] = &[
    "children",
    "child",
    "kids",
    "people",
    "adults",
    "those",
    "anyone",
    "everyone",
    "men",
    "women",
    "patients",
    "residents",
    "girls",
    "boys",
    "victims",
    "voters",
    "workers",
    // `At least nine people, most of them over 60, died`.
    "them",
];

/// Nouns that end in `-ly`, as adverbs do (framing ends a noun phrase at an
/// unlisted `-ly` word after its nouns: `the first reduction fully priced`).
pub const LY_NOUNS: &[&str] = &[
    "family",
    "assembly",
    "rally",
    "supply",
    "reply",
    "anomaly",
    "monopoly",
    "tally",
    "belly",
    "jelly",
    "bully",
    "folly",
    "gully",
    "butterfly",
    "firefly",
    "melancholy",
    "panoply",
    "homily",
];

pub const PHRASE_STOPS: &[&str] = &[
    // An adverb, no noun: `91 medals overall`, `the 55,000 figure refers
    // only to`.
    "overall",
    "only",
    // A state, no noun: `pulled 11 miners alive from the mine`.
    "alive",
    // An auxiliary, no noun: `having gained more than 8%`.
    "having",
    // When, no noun: `from $70.5 billion previously reported`.
    "previously",
    // A verb, no noun: `as 19,000 remain displaced`.
    "remain",
    "remained",
    // A comparison, no noun: `5.3% lower than a year earlier`, `30% below
    // the average`, `7% busier`.
    "busier",
    "cheaper",
    "dearer",
    "faster",
    "slower",
    "stronger",
    "weaker",
    "lower",
    "higher",
    "bigger",
    "larger",
    "smaller",
    "below",
    "above",
    "off",
    "out",
    "down",
    "and",
    "or",
    "but",
    "have",
    "has",
    "had",
    "were",
    "was",
    "is",
    "are",
    "been",
    "be",
    "will",
    "would",
    "could",
    "may",
    "might",
    // (`10,126 government schools did not function`.)
    "did",
    "does",
    "do",
    "should",
    "must",
    "can",
    "who",
    "which",
    "that",
    "in",
    "on",
    "at",
    "of",
    "to",
    "for",
    "from",
    "with",
    "by",
    "as",
    "since",
    "over",
    "during",
    "than",
    "overnight",
    "said",
    "says",
    // A forecast's verb: `sees inflation peaking at 4.8%`.
    "sees",
    "see",
    "the",
    "a",
    "an",
    "their",
    "its",
    "his",
    "her",
    "this",
    "these",
    "those",
    "while",
    "when",
    "after",
    "before",
    "across",
    "into",
    "toward",
    "towards",
    "including",
    "among",
    "per",
    "each",
    "every",
    "now",
    "still",
    "already",
    "also",
    "last",
    "this",
    "so",
    "far",
    "yesterday",
    "today",
    // When, no noun: `after touching $85 earlier in the session`.
    "earlier",
    "later",
    "through",
    "without",
    "within",
    "between",
    "under",
    "against",
    "near",
    "around",
    "about",
    "according",
    "more",
    "less",
    "fewer",
    "what",
    "where",
    "there",
    "here",
    "not",
    "whom",
    "whose",
    "if",
    "then",
    "because",
    "although",
    "though",
    "amid",
    "after",
    "until",
    // After the nouns, `aged` says how old they are: `1,736 patients aged
    // 60 to 85`.
    "aged",
    // What else: `$100,000 plus a bonus`.
    "plus",
    "yet",
    "never",
    // More prepositions: `$2.7 billion for aid inside Sudan`.
    "inside",
    "outside",
    "beyond",
    "throughout",
    "along",
    "behind",
    "via",
    "despite",
    "upon",
    "onto",
    // Verbs in the past that end a noun phrase, irregular (a regular one
    // ends in `-ed`, read as such): `a 6.4 earthquake struck western Nepal`.
    "struck",
    "hit",
    "shook",
    "swept",
    "tore",
    "drove",
    "took",
    "made",
    "brought",
    "sent",
    "gave",
    "left",
    "went",
    "came",
    "ran",
    "set",
    "flew",
    "saw",
    "won",
    "got",
    "held",
    "kept",
    "met",
    "led",
    "sold",
    "bought",
    "paid",
    "built",
    "fought",
    "caught",
    "became",
    "found",
];

/// Past participles that do not end in `-ed`. After the nouns they end a
/// noun phrase as a regular one does (`5.7 tonnes of cocaine hidden in a
/// shipment`, `four seats chosen by voters abroad`); right after a figure
/// they may still describe its noun (`three stolen cars`).
pub const IRREGULAR_PARTICIPLES: &[&str] = &[
    // (Regular, but too short to be told by its ending: `35,000 vehicles
    // used the bridge`.)
    "used",
    "hidden",
    "chosen",
    "seen",
    "taken",
    "shown",
    "known",
    "written",
    "stolen",
    "driven",
    "broken",
    "spoken",
    "thrown",
    "drawn",
    "worn",
    "born",
    "sworn",
    "beaten",
    "eaten",
    "forgotten",
    "hung",
    "dug",
    "stuck",
    "done",
    "given",
    "sunk",
    "shrunk",
    "withdrawn",
    "overseen",
    "undertaken",
    "forbidden",
    "mistaken",
    "woven",
    "dealt",
    "sent",
    "kept",
    "told",
    "brought",
    "caught",
    // (Also irregular past verbs, listed there too: `the previous record
    // set in 1989`, `Meules, made in 1890,`.)
    "set",
    "held",
    "made",
    "built",
    "won",
    "begun",
];

/// Vehicles: what one `had on board` or `carried` is the people or goods of
/// the event, not the vehicle's own (`the aircraft had 68 passengers`
/// counts the passengers another report counts without it).
pub const VEHICLE_NOUNS: &[&str] = &[
    "aircraft",
    "plane",
    "jet",
    "airliner",
    "flight",
    "helicopter",
    "ship",
    "vessel",
    "boat",
    "ferry",
    "train",
    "bus",
    "coach",
    "tanker",
    "truck",
    "lorry",
];

/// Verbs of spending, after which money `on` something is for it: `will
/// spend £2.5bn on new hospitals`, `invested $1bn on research`.
pub const SPEND_VERBS: &[&str] = &[
    "spend",
    "spends",
    "spent",
    "spending",
    "invest",
    "invests",
    "invested",
    "investing",
];

/// How an amount is paid, after `in`: no subject (`$34 billion in cash and
/// stock`, `$71 in cash`).
pub const PAYMENT_FORMS: &[&str] = &["cash", "stock", "shares", "equity"];

/// Nouns for one person by what they are or do, after which a number set
/// off by commas is an age: `the captain, 47, was detained`, `a woman, 32,
/// died`.
pub const PERSON_ROLES: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "mother",
    "father",
    "son",
    "daughter",
    "wife",
    "husband",
    "suspect",
    "victim",
    "driver",
    "pilot",
    "captain",
    "gunman",
    "officer",
    "teacher",
    "student",
    "nurse",
    "doctor",
    "farmer",
    "worker",
    "resident",
    "passenger",
    "owner",
    "soldier",
    "patient",
    "player",
    "coach",
    "actor",
    "singer",
    "journalist",
    "defendant",
    "survivor",
    "teenager",
];

/// Where a measure lies, not what it measures: `40 miles northwest of the
/// city`. (Written in lower case only: `South Koreans` are counted.)
pub const DIRECTIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "away",
    "offshore",
    "inland",
    "upstream",
    "downstream",
];

/// Words before a date that make it the time a figure refers to.
pub const AS_OF_MARKERS: &[&str] = &[
    "as", "of", "through", "by", "until", "till", "in", "on", "at", "during", "to", "last", "end",
    // `so far this year`.
    "far",
];

/// Words before a date that make it the start of a period, not the time a
/// figure refers to.
pub const PERIOD_START_MARKERS: &[&str] = &[
    "since", "from", "between", "after", "than", "with", "compared", "against",
];

/// Words that make a figure a projection, not a reported fact: `analysts
/// had forecast revenue of $20.9bn`, `the 200,000 economists expected`, `the
/// toll could rise to 500`. (Not `estimated`: `an estimated 5,000 people`
/// is today's figure, given roughly.)
pub const FORECAST_WORDS: &[&str] = &[
    "forecast",
    "forecasts",
    "forecasting",
    "expected",
    "expects",
    "expect",
    "expecting",
    "projected",
    "projects",
    "projection",
    "projections",
    "predicted",
    "predicts",
    "prediction",
    "predictions",
    "anticipated",
    "anticipates",
    "hoped",
    // `aims to vaccinate 2 million people`.
    "aims",
    "aim",
    "aiming",
    "guidance",
    "outlook",
    "consensus",
    "could",
    "might",
    // `Hundreds feared dead`: a fear is no count.
    "feared",
];

/// Words before `camps` that make them where people shelter: `relief
/// camps`, `refugee camps`.
pub const SHELTER_CAMPS: &[&str] = &[
    "relief",
    "refugee",
    "evacuation",
    "evacuee",
    "displacement",
    "temporary",
    "transit",
    "tent",
];

/// Words that set an incident apart from the story's (`a separate
/// accident`, `a similar crash`, `an earlier attack`).
pub const OTHER_INCIDENT_WORDS: &[&str] = &[
    "separate",
    "another",
    "similar",
    "earlier",
    "previous",
    "different",
    "unrelated",
];

/// Whether `word` ends in `-s` in the singular (`loss`, `census`,
/// `crisis`): a word in `-ss`, `-us` or `-is` is no plural.
pub fn singular_in_s(word: &str) -> bool {
    word.ends_with("ss") || word.ends_with("us") || word.ends_with("is")
}

/// Verbs that give a figure to whom they name first: `the count gave the
/// Social Democrats 48 seats`, `leaving Labour 12 seats short`.
pub const GIVING_VERBS: &[&str] = &[
    "gave", "give", "gives", "giving", "handed", "hand", "hands", "handing", "awarded", "award",
    "awards", "awarding", "granted", "grant", "grants", "left", "leaving", "leaves", "cost",
    "costing", "costs", "earned", "earning", "earns",
];

/// Parts of a country above its settlements ([`SETTLEMENTS`]): counted
/// as they are, where something happened (`in 10 states`).
pub const REGIONS: &[&str] = &["state", "region", "territory"];

/// What is fired (`launched 183 drones`): a launch of anything else, a
/// product or a bond sale, fires nothing.
pub const PROJECTILES: &[&str] = &[
    "missile",
    "missiles",
    "drone",
    "drones",
    "rocket",
    "rockets",
    "shell",
    "shells",
    "bomb",
    "bombs",
    "projectile",
    "projectiles",
    "torpedo",
    "torpedoes",
    "munitions",
    "salvo",
    "barrage",
    "interceptors",
];

/// What a market adds to or wipes off: a firm's worth in money.
pub const MARKET_VALUE_WORDS: &[&str] = &[
    "value",
    "valuation",
    "capitalisation",
    "capitalization",
    "cap",
    "worth",
];

/// Bodies that vote, whose tally follows their name: `passed the House 218
/// to 214`.
pub const VOTING_BODIES: &[&str] = &[
    "house",
    "senate",
    "assembly",
    "chamber",
    "council",
    "parliament",
];

/// Words before the name of a storm: `Hurricane Helene`, `Typhoon Haiyan`,
/// `Storm Daniel`. A toll of another named storm than the story's is of
/// another incident.
pub const NAMED_DISASTER_WORDS: &[&str] = &["hurricane", "typhoon", "cyclone", "storm"];

/// Stock market indexes, by the word that names each, and the name a
/// figure's subject gives it: `The Dow fell 1,034 points` and `the Dow
/// Jones Industrial Average dropped 2.6%` are both the Dow's; `S&P` is
/// read at its `P`, `Hang Seng` at `Seng`. (word, index)
pub const MARKET_INDEX_WORDS: &[(&str, &str)] = &[
    ("dow", "dow"),
    ("nasdaq", "nasdaq"),
    ("p", "s&p 500"),
    ("nikkei", "nikkei"),
    ("topix", "topix"),
    ("ftse", "ftse 100"),
    ("dax", "dax"),
    ("cac", "cac 40"),
    ("stoxx", "stoxx 600"),
    ("seng", "hang seng"),
    ("kospi", "kospi"),
    ("sensex", "sensex"),
    ("nifty", "nifty 50"),
    ("tsx", "tsx"),
    ("asx", "asx 200"),
    ("bovespa", "bovespa"),
    ("ibovespa", "bovespa"),
    ("vix", "vix"),
];

/// Words that end a wildfire's name (`the Palisades Fire`, `the August
/// Complex`): a season's stories tell of several fires at once.
pub const FIRE_NAME_WORDS: &[&str] = &["fire", "fires", "complex"];

/// Whether a holder's name (as framing writes it, lower case) names a
/// fire: `palisades fire`.
pub fn names_fire(holder: &str) -> bool {
    holder
        .rsplit(' ')
        .next()
        .is_some_and(|last| FIRE_NAME_WORDS.contains(&last))
        && holder.contains(' ')
}

/// What news calls an incident: a figure said to be of another one is not
/// lined up with the story's.
pub const INCIDENT_NOUNS: &[&str] = &[
    "accident",
    "crash",
    "collision",
    "attack",
    "incident",
    "shooting",
    "explosion",
    "blast",
    "bombing",
    "fire",
    "blaze",
    "quake",
    "earthquake",
    "storm",
    "disaster",
    "derailment",
    "sinking",
    "raid",
    "outbreak",
    "epidemic",
    "pandemic",
    "tragedy",
    "collapse",
    "landslide",
    "avalanche",
    "flood",
    "floods",
    "flooding",
    "eruption",
    "stampede",
    "crush",
    "capsizing",
    "cyclone",
    "hurricane",
    "typhoon",
    "tsunami",
    "wildfire",
    "spill",
    "leak",
    "blackout",
];

/// Verbs by which a country receives people from elsewhere: what it
/// counts so are not its own people (`Spain attracted 94 million
/// visitors`, `Germany took in 1.1 million refugees`).
pub const RECEIVE_VERBS: &[&str] = &[
    "received",
    "receives",
    "attracted",
    "attracts",
    "welcomed",
    "welcomes",
    "hosted",
    "hosts",
    "admitted",
    "took",
    "takes",
    "accepted",
    "accepts",
    "recorded",
];

/// Verbs in `-s` that end a noun phrase after a figure as a verb would
/// (`5% of world trade goes through the canal`): few are nouns.
pub const VERBS_IN_S: &[&str] = &[
    "goes", "passes", "comes", "flows", "travels", "moves", "remains", "stands",
];

/// Words after which `a week`, `a year` is a span of time, not a rate:
/// `lasted a fortnight`, `jailed for a year`, `within an hour`.
pub const SPAN_TAKERS: &[&str] = &[
    "for", "lasted", "lasting", "lasts", "last", "within", "took", "takes", "spent", "after",
    "nearly", "almost",
];

/// Comparatives that set a figure against another before `than`: `about
/// £10,000 less than a year ago`.
pub const COMPARATIVES: &[&str] = &[
    "less", "more", "fewer", "lower", "higher", "cheaper", "dearer", "bigger", "smaller",
];

/// Verbs of jailing, after which a span of time is a prison term
/// (`jailed for 14 years`, `sentenced on Friday to 14 years`).
pub const JAIL_VERBS: &[&str] = &[
    "jailed",
    "sentenced",
    "imprisoned",
    "sentence",
    "serve",
    "serving",
    "served",
];

/// Words that place a price or a move in a market's day: `in early
/// trading`, `by midday`, `at the close`, `at one point`.
pub const SESSION_WORDS: &[&str] = &[
    "closed",
    "closing",
    "close",
    "open",
    "midday",
    "noon",
    "lunchtime",
    "point",
    "trading",
    "trade",
    "deals",
];

/// Verbs after which `up` or `down` says how a figure moved: being, and a
/// market's trading or close (`shares were up 2%`, `closed down 1.2%`).
pub const STATE_VERBS: &[&str] = &[
    "is", "was", "are", "were", "been", "being", "closed", "ended", "finished", "traded",
    "trading", "opened", "stood",
];

/// Adjectives that make a figure a rate per period (`annual revenue of
/// $84bn`, `daily output`), with the period; `full-year` is read as `year`.
pub const PER_PERIOD_ADJECTIVES: &[(&str, &str)] = &[
    ("annual", "year"),
    ("annually", "year"),
    ("yearly", "year"),
    ("quarterly", "quarter"),
    ("monthly", "month"),
    ("weekly", "week"),
    ("daily", "day"),
];

/// The periods a figure can be given per after `a`, `per`, `each` or
/// `every` (`$5bn a year`, `1.2 million barrels per day`, `per annum`).
/// Not `a quarter`, which is as often a fraction. (word, period)
pub const PER_PERIODS: &[(&str, &str)] = &[
    ("year", "year"),
    ("month", "month"),
    ("week", "week"),
    ("day", "day"),
    ("hour", "hour"),
    ("annum", "year"),
];

/// Events that figures count rather than events that happen once: a date
/// near one (`killed on Wednesday`) times a figure, and a fact of such
/// dates is labelled by what was counted (`Date: people killed`), not as
/// a one-off (`When the invasion began`).
pub const COUNTED_EVENTS: &[&str] = &[
    "killed",
    "injured",
    "missing",
    "casualties",
    "increase",
    "decrease",
    "infected",
    "displaced",
    "evacuated",
    "burned",
    "cut",
    "arrested",
    "captured",
    "voted",
    VOTED_FOR,
    VOTED_AGAINST,
    "attended",
    "crossed",
];

/// The event of votes cast for a motion (`by 201 votes to 150`, the 201;
/// `78 deputies voted in favour`), which no count of votes cast against
/// it, nor of all votes, is another figure of.
pub const VOTED_FOR: &str = "voted for";

/// The event of votes cast against a motion (`by 201 votes to 150`, the
/// 150; `31 against`).
pub const VOTED_AGAINST: &str = "voted against";

/// Metals weighed in troy ounces, whose `ounces` are not the kitchen's.
pub const PRECIOUS_METALS: &[&str] = &["gold", "silver", "platinum", "palladium"];

/// A troy ounce in kilograms.
pub const TROY_OUNCE_KG: f64 = 0.0311034768;

/// Units that carry the period of a rate in their name: `1 million bpd`
/// is 1 million barrels per day. (unit word, period)
pub const UNIT_PERIODS: &[(&str, &str)] = &[("bpd", "day")];

/// Words that place a figure in the past without a date.
pub const PAST_MARKERS: &[&str] = &[
    "previously",
    "earlier",
    "formerly",
    "once",
    "initially",
    "originally",
];

/// Places people are moved to when they leave their homes in a disaster:
/// `moved to schools and community halls`, `shifted to relief camps`.
pub const REFUGES: &[&str] = &[
    "schools",
    "shelters",
    "camps",
    "halls",
    "safer",
    "safety",
    "evacuation",
    "relief",
];

/// What a body of the state calls itself, as the last word of its name
/// (`the Interior Ministry`, `the Ministry of Health`, `state police`,
/// `the National Disaster Management Agency`), besides the words of
/// [`UNNAMED_AUTHORITIES`]: two of them that give two figures for one
/// thing are reports at odds, not sides in a dispute.
pub const STATE_BODIES: &[&str] = &[
    "police",
    "ministry",
    "department",
    "agency",
    "office",
    "service",
    "authority",
    "administration",
    "directorate",
    "army",
    "military",
    "coastguard",
    "navy",
    "inspectorate",
];

/// Who speaks for a body, standing after its name in a source
/// (`police spokesperson Josephine Adeh`, `a Treasury spokesman`): the
/// body is the words before.
pub const SPOKESPEOPLE: &[&str] = &["spokesman", "spokeswoman", "spokesperson", "spokespeople"];

/// Words that put a body on a side of its own, whatever it calls itself:
/// `union officials`, `opposition officials`, `the rebel administration`.
pub const SIDE_WORDS: &[&str] = &[
    "union",
    "unions",
    "opposition",
    "rebel",
    "rebels",
    "party",
    "company",
    "campaign",
    "organisers",
    "organizers",
];

/// What a report calls the state when it names no office:
/// `officials said`, `according to the authorities`.
pub const UNNAMED_AUTHORITIES: &[&str] = &["officials", "authorities", "government"];

/// Words before [`UNNAMED_AUTHORITIES`] that say only which level of the
/// state speaks (`local officials`, `provincial authorities`), not who:
/// not `union officials`, who are not the state.
pub const AUTHORITY_LEVELS: &[&str] = &[
    "local",
    "state",
    "city",
    "district",
    "provincial",
    "county",
    "regional",
    "federal",
    "government",
    "municipal",
    "national",
];

/// Nouns that make a source an organisation rather than a person.
pub const ORGANISATION_WORDS: &[&str] = &[
    "ministry",
    "department",
    "brigade",
    "office",
    "agency",
    "council",
    "group",
    "mission",
    "command",
    "service",
    "police",
    "army",
    "force",
    "forces",
    "government",
    "authorities",
    "officials",
    "centre",
    "center",
    "institute",
    "organisation",
    "organization",
    "commission",
    "committee",
    "bbc",
    "un",
    "nations",
    "watch",
    "bank",
    "fund",
    "union",
    "tank",
    "press",
    "news",
    "times",
    "company",
    "university",
    "board",
    "bureau",
    "administration",
    "kremlin",
    "pentagon",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "media",
    "monitor",
    "observatory",
    "court",
    "organisers",
    "organizers",
    "witnesses",
    "doctors",
    "medics",
    "rescuers",
    "activists",
    "analysts",
    "experts",
    "researchers",
    "sources",
    "investigators",
    "prosecutors",
];

/// Pronouns that point back at a source.
pub const SOURCE_PRONOUNS: &[&str] = &["he", "she", "they", "it", "its", "his", "her", "their"];
