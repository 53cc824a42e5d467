//! Fast lookups into the word lists: each list becomes a hash map built once,
//! and every word's membership in the plain lists is one bit mask, so the
//! recognisers test a word against a list in a few nanoseconds.

use std::sync::OnceLock;

use super::table::WordMap;

use super::*;

/// The plain word lists, as bits of a mask.
#[derive(Clone, Copy, Debug)]
#[repr(u8)]
pub enum Set {
    /// A figure can start at this word on its own (`two`, `March`, `last`).
    StartsFigure,
    /// A qualifier can start at this word (`more`, `at`, `in`): a figure
    /// starts here only if the whole qualifier follows.
    StartsQualifier,
    /// See [`FUNCTION_WORDS`].
    FunctionWord,
    /// See [`YEAR_PREPOSITIONS`].
    YearPreposition,
    /// See [`PHRASE_STOPS`].
    PhraseStop,
    /// See [`SAY_VERBS`].
    SayVerb,
    /// See [`PLACEHOLDER_NOUNS`].
    Placeholder,
    /// See [`CONTAINER_NOUNS`].
    Container,
    /// See [`ORGANISATION_WORDS`].
    Organisation,
    /// See [`SOURCE_PRONOUNS`].
    SourcePronoun,
    /// See [`AS_OF_MARKERS`].
    AsOfMarker,
    /// See [`PERIOD_START_MARKERS`].
    PeriodStart,
    /// See [`PAST_MARKERS`].
    PastMarker,
    /// See [`FORECAST_WORDS`].
    Forecast,
    /// See [`HOLDING_VERBS`].
    HoldingVerb,
    /// A word of [`PER_PERIOD_ADJECTIVES`], and `full` (`full-year`).
    PerPeriod,
    /// See [`ABBREVIATIONS`].
    Abbreviation,
    /// See [`ANAPHORIC_DETERMINERS`].
    Anaphoric,
    /// See [`ORDINAL_SUFFIXES`].
    OrdinalSuffix,
    /// See [`AMBIGUOUS_MONTHS`].
    AmbiguousMonth,
    /// See [`LABEL_NOUNS`].
    LabelNoun,
    /// A word of [`EVENTS`].
    Event,
    /// A word of [`NOUN_CLASSES`].
    NounClass,
    /// A word of [`NATIONALITIES`].
    Nationality,
    /// `a` or `an`: starts a figure only before a scale or `dozen` (`a
    /// million`), or before a unit and `ago` (`a year ago`).
    Article,
    /// A word of a number: [`SMALL_NUMBERS`], [`TENS`], [`SCALES`], `dozen`.
    /// Number reading tests this bit before looking a word up.
    NumberWord,
    /// A word of [`SCALES`].
    Scale,
    /// A word of [`MONTHS`].
    Month,
    /// A word of [`WEEKDAYS`].
    Weekday,
    /// A word of [`SEASONS`].
    Season,
    /// A word of [`RELATIVE_DAYS`].
    RelativeDay,
    /// A word of [`TIME_UNITS`].
    TimeUnit,
    /// The first word of a spelling in [`UNITS`].
    UnitStart,
    /// A word of [`UNITS_BEFORE`].
    UnitBefore,
    /// A word of [`CURRENCY_WORDS`].
    CurrencyWord,
    /// The first word of [`PERCENT_WORDS`], [`PERCENTAGE_POINT_WORDS`] or
    /// [`BASIS_POINT_WORDS`].
    PercentStart,
    /// The first word of [`QUALIFIERS_AFTER`].
    QualifierAfterStart,
    /// The first word of [`VAGUE_AMOUNTS`].
    VagueStart,
    /// A date can start at this word: the first words of the date
    /// phrases ([`MONTHS`], [`WEEKDAYS`], [`SEASONS`], [`PERIOD_PARTS`],
    /// [`RELATIVE_SHIFTS`], [`RELATIVE_DAYS`], `earlier`/`later this`,
    /// `between` two years).
    /// Date reading tests this bit before trying each phrase.
    StartsDate,
    /// A word that may name a source after it: [`SOURCE_CUES`]. Source
    /// finding tests this bit and [`Set::SayVerb`] before reading a word.
    SourceCue,
    /// See [`DIRECTIONS`].
    Direction,
    /// A word that may end a clause before an event: [`SUBORDINATORS`] and
    /// `as` (framing reads the word only when this bit is set).
    ClauseWord,
    /// See [`PERSON_ROLES`].
    PersonRole,
    /// See [`IRREGULAR_PARTICIPLES`].
    IrregularParticiple,
    /// A word of one of the lists framing reads around some figures only
    /// ([`CAPACITY_WORDS`], [`SHORTAGE_WORDS`], [`EMPLOY_VERBS`],
    /// [`DEAL_VERBS`], [`LEVEL_VERBS`], [`ESTIMATE_VERBS`],
    /// [`VERB_MARKERS`], [`PLACE_ADVERBS`], [`PRONOUNS`]): framing tests this
    /// bit before comparing a word with a list.
    FrameCue,
    /// See [`EVENTS_WITH_OTHER_USES`].
    EventOtherUse,
    /// See [`SESSION_WORDS`]. (Not a word class: see [`WORD_CLASSES`].)
    Session,
    /// See [`OTHER_INCIDENT_WORDS`]. (Not a word class either.)
    OtherIncident,
    /// See [`NAMED_DISASTER_WORDS`]. (Not a word class either.)
    NamedDisaster,
    /// See [`FIRE_NAME_WORDS`]. (Not a word class either.)
    FireName,
    /// See [`MARKET_INDEX_WORDS`]. (Not a word class either.)
    MarketIndex,
}

impl Set {
    /// The set's bit in a word's mask.
    pub const fn bit(self) -> u64 {
        1 << self as u8
    }
}

/// The lists that say what kind of word a word is: all but
/// [`Set::Session`], [`Set::OtherIncident`], [`Set::NamedDisaster`],
/// [`Set::FireName`] and [`Set::MarketIndex`], whose words (`trading`,
/// `closed`, `separate`, `hurricane`, `fire`, `dow`) are marked for one
/// rule each. A word on none of them reads as an unlisted noun or verb.
pub const WORD_CLASSES: u64 = !(Set::Session.bit()
    | Set::OtherIncident.bit()
    | Set::NamedDisaster.bit()
    | Set::FireName.bit()
    | Set::MarketIndex.bit());

/// Whether `word` is on none of the [`WORD_CLASSES`].
pub fn unlisted(word: &str) -> bool {
    mask(word) & WORD_CLASSES == 0
}

/// The lists each word belongs to.
pub fn mask(word: &str) -> u64 {
    masks().get(word).copied().unwrap_or(0)
}

/// The lists of every listed word: the table behind [`mask`], for the lexer
/// to hold while it reads a whole text.
pub fn masks() -> &'static WordMap<u64> {
    static MASKS: OnceLock<WordMap<u64>> = OnceLock::new();
    MASKS.get_or_init(|| {
        let mut m: Vec<(&'static str, u64)> = Vec::new();
        // One call per list, not inlined: LLVM 22's loop analysis recursed
        // without end over the wasm32 build of some fifty inlined copies
        // (rustc 1.95 crashed with a stack overflow), and this runs once.
        #[inline(never)]
        fn extend(
            m: &mut Vec<(&'static str, u64)>,
            set: Set,
            words: &mut dyn Iterator<Item = &'static str>,
        ) {
            m.extend(words.map(|w| (w, set.bit())));
        }
        let mut add = |set: Set, words: &mut dyn Iterator<Item = &'static str>| {
            extend(&mut m, set, words);
        };
        add(
            Set::StartsQualifier,
            &mut QUALIFIERS_BEFORE.iter().map(|(q, _)| q[0]),
        );
        add(
            Set::StartsFigure,
            &mut VAGUE_AMOUNTS.iter().map(|(q, _, _)| q[0]),
        );
        add(
            Set::StartsFigure,
            &mut SMALL_NUMBERS.iter().map(|(w, _)| *w),
        );
        add(Set::StartsFigure, &mut TENS.iter().map(|(w, _)| *w));
        add(Set::StartsFigure, &mut ORDINALS.iter().map(|(w, _)| *w));
        add(Set::StartsFigure, &mut NEGATIVE_WORDS.iter().copied());
        add(Set::StartsFigure, &mut MONTHS.iter().map(|(w, _)| *w));
        add(Set::StartsFigure, &mut WEEKDAYS.iter().map(|(w, _)| *w));
        add(Set::StartsFigure, &mut SEASONS.iter().map(|(w, _, _)| *w));
        add(
            Set::StartsFigure,
            &mut PERIOD_PARTS.iter().map(|(q, _)| q[0]),
        );
        add(
            Set::StartsFigure,
            &mut QUARTER_NAMES.iter().map(|(q, _)| *q),
        );
        add(
            Set::StartsFigure,
            &mut RELATIVE_SHIFTS.iter().map(|(w, _)| *w),
        );
        add(
            Set::StartsFigure,
            &mut RELATIVE_DAYS.iter().map(|(w, _)| *w),
        );
        add(Set::StartsFigure, &mut TIME_WORDS.iter().map(|(w, _)| *w));
        add(
            Set::StartsFigure,
            &mut CURRENCY_WORDS
                .iter()
                .map(|(w, _)| *w)
                .filter(|w| w.len() == 3),
        );
        add(
            Set::StartsFigure,
            &mut CURRENCY_SYMBOLS
                .iter()
                .filter_map(|(w, _)| w.strip_suffix('$'))
                .filter(|w| !w.is_empty()),
        );
        add(
            Set::StartsFigure,
            &mut ["half", "between", "earlier", "later", "fy"].into_iter(),
        );
        add(
            Set::StartsFigure,
            // (Listed as written; the table is of lower-case forms, made
            // once for the life of the program.)
            &mut CURRENCY_ABBREVIATIONS
                .iter()
                .chain(CURRENCY_LETTERS)
                .map(|(a, _)| &*Box::leak(a.to_ascii_lowercase().into_boxed_str())),
        );
        add(Set::StartsDate, &mut MONTHS.iter().map(|(w, _)| *w));
        add(Set::StartsDate, &mut WEEKDAYS.iter().map(|(w, _)| *w));
        add(Set::StartsDate, &mut SEASONS.iter().map(|(w, _, _)| *w));
        add(Set::StartsDate, &mut PERIOD_PARTS.iter().map(|(q, _)| q[0]));
        add(Set::StartsDate, &mut QUARTER_NAMES.iter().map(|(q, _)| *q));
        add(
            Set::StartsDate,
            &mut RELATIVE_SHIFTS.iter().map(|(w, _)| *w),
        );
        add(Set::StartsDate, &mut RELATIVE_DAYS.iter().map(|(w, _)| *w));
        add(Set::StartsDate, &mut TIME_WORDS.iter().map(|(w, _)| *w));
        add(
            Set::StartsDate,
            &mut ["earlier", "later", "between", "fy"].into_iter(),
        );
        add(Set::FunctionWord, &mut FUNCTION_WORDS.iter().copied());
        add(Set::LabelNoun, &mut LABEL_NOUNS.iter().copied());
        add(Set::YearPreposition, &mut YEAR_PREPOSITIONS.iter().copied());
        add(Set::PhraseStop, &mut PHRASE_STOPS.iter().copied());
        add(Set::Direction, &mut DIRECTIONS.iter().copied());
        add(Set::PersonRole, &mut PERSON_ROLES.iter().copied());
        add(
            Set::IrregularParticiple,
            &mut IRREGULAR_PARTICIPLES.iter().copied(),
        );
        add(
            Set::EventOtherUse,
            &mut EVENTS_WITH_OTHER_USES.iter().copied(),
        );
        add(Set::Session, &mut SESSION_WORDS.iter().copied());
        add(
            Set::OtherIncident,
            &mut OTHER_INCIDENT_WORDS.iter().copied(),
        );
        add(
            Set::NamedDisaster,
            &mut NAMED_DISASTER_WORDS.iter().copied(),
        );
        add(Set::FireName, &mut FIRE_NAME_WORDS.iter().copied());
        add(
            Set::MarketIndex,
            &mut MARKET_INDEX_WORDS.iter().map(|(w, _)| *w),
        );
        add(
            Set::FrameCue,
            &mut [
                CAPACITY_WORDS,
                SHORTAGE_WORDS,
                TARGET_WORDS,
                AT_FIRST_WORDS,
                FIRST_SAID,
                EARLIER_SAID,
                EMPLOY_VERBS,
                DEAL_VERBS,
                LEVEL_VERBS,
                ESTIMATE_VERBS,
                VERB_MARKERS,
                PLACE_ADVERBS,
                PRONOUNS,
                JAIL_VERBS,
            ]
            .into_iter()
            .flatten()
            .copied(),
        );
        add(
            Set::ClauseWord,
            &mut SUBORDINATORS.iter().copied().chain(["as"]),
        );
        add(Set::SayVerb, &mut SAY_VERBS.iter().copied());
        add(Set::SourceCue, &mut SOURCE_CUES.iter().map(|(w, _)| *w));
        add(Set::Placeholder, &mut PLACEHOLDER_NOUNS.iter().copied());
        add(Set::Container, &mut CONTAINER_NOUNS.iter().copied());
        add(Set::Organisation, &mut ORGANISATION_WORDS.iter().copied());
        add(Set::SourcePronoun, &mut SOURCE_PRONOUNS.iter().copied());
        add(Set::AsOfMarker, &mut AS_OF_MARKERS.iter().copied());
        add(Set::PeriodStart, &mut PERIOD_START_MARKERS.iter().copied());
        add(Set::PastMarker, &mut PAST_MARKERS.iter().copied());
        add(Set::Forecast, &mut FORECAST_WORDS.iter().copied());
        add(Set::HoldingVerb, &mut HOLDING_VERBS.iter().copied());
        add(
            Set::PerPeriod,
            &mut PER_PERIOD_ADJECTIVES
                .iter()
                .map(|(w, _)| *w)
                .chain(["full"]),
        );
        add(Set::Abbreviation, &mut ABBREVIATIONS.iter().copied());
        add(Set::Anaphoric, &mut ANAPHORIC_DETERMINERS.iter().copied());
        add(Set::OrdinalSuffix, &mut ORDINAL_SUFFIXES.iter().copied());
        add(Set::AmbiguousMonth, &mut AMBIGUOUS_MONTHS.iter().copied());
        add(Set::Event, &mut EVENTS.iter().map(|(w, _)| *w));
        add(Set::NounClass, &mut NOUN_CLASSES.iter().map(|(w, _)| *w));
        add(Set::Nationality, &mut NATIONALITIES.iter().map(|(w, _)| *w));
        add(Set::Nationality, &mut country_words().map(|(w, _)| w));
        add(Set::NounClass, &mut peoples());
        add(Set::Article, &mut ["a", "an"].into_iter());
        add(Set::NumberWord, &mut SMALL_NUMBERS.iter().map(|(w, _)| *w));
        add(Set::NumberWord, &mut TENS.iter().map(|(w, _)| *w));
        add(Set::NumberWord, &mut SCALES.iter().map(|(w, _, _)| *w));
        add(Set::NumberWord, &mut ["dozen"].into_iter());
        add(Set::Scale, &mut SCALES.iter().map(|(w, _, _)| *w));
        // The value tables: a bit test before each lookup.
        add(Set::Month, &mut MONTHS.iter().map(|(w, _)| *w));
        add(Set::Weekday, &mut WEEKDAYS.iter().map(|(w, _)| *w));
        add(Set::Season, &mut SEASONS.iter().map(|(w, _, _)| *w));
        add(Set::RelativeDay, &mut RELATIVE_DAYS.iter().map(|(w, _)| *w));
        add(Set::TimeUnit, &mut TIME_UNITS.iter().map(|(w, _, _)| *w));
        add(
            Set::UnitStart,
            &mut UNITS.iter().flat_map(|u| u.names.iter().map(|n| n[0])),
        );
        add(
            Set::UnitBefore,
            &mut UNITS_BEFORE.iter().map(|(w, _, _)| *w),
        );
        add(
            Set::CurrencyWord,
            &mut CURRENCY_WORDS.iter().map(|(w, _)| *w),
        );
        add(
            Set::PercentStart,
            &mut PERCENT_WORDS
                .iter()
                .chain(PERCENTAGE_POINT_WORDS)
                .chain(BASIS_POINT_WORDS)
                .map(|s| s[0]),
        );
        add(
            Set::QualifierAfterStart,
            &mut QUALIFIERS_AFTER.iter().map(|(s, _)| s[0]),
        );
        add(
            Set::VagueStart,
            &mut VAGUE_AMOUNTS.iter().map(|(s, _, _)| s[0]),
        );
        WordMap::build(m, |a, b| a | b)
    })
}

/// Whether `word` is in list `set`.
pub fn is(set: Set, word: &str) -> bool {
    mask(word) & (1 << set as u8) != 0
}

/// Whether a figure can start at this punctuation: a currency sign or a
/// minus sign.
pub fn punct_starts_figure(p: &str) -> bool {
    matches!(p, "-" | "\u{2212}") || CURRENCY_SYMBOLS.iter().any(|(s, _)| *s == p)
}

/// Defines a lookup from a word to its value in a `(word, value)` table.
macro_rules! value_lookup {
    ($(#[$doc:meta])* $name:ident, $table:expr, $v:ty, |$e:ident| $get:expr) => {
        $(#[$doc])*
        pub fn $name(word: &str) -> Option<$v> {
            static MAP: OnceLock<WordMap<$v>> = OnceLock::new();
            // A word listed twice takes its last reading.
            MAP.get_or_init(|| WordMap::build($table.iter().map(|$e| ($e.0, $get)), |_, b| b))
                .get(word)
                .copied()
        }
    };
}

value_lookup!(
    /// The canonical event of an event word.
    event_of, EVENTS, &'static str, |e| e.1);
value_lookup!(
    /// What an incident word names ([`INCIDENTS`]).
    incident, INCIDENTS, &'static str, |e| e.1);
/// Every word of [`COUNTRIES`] (country, adjective, plural), with the
/// nationality it names.
fn country_words() -> impl Iterator<Item = (&'static str, &'static str)> {
    COUNTRIES.iter().flat_map(|&(country, adjective, plural)| {
        [country, adjective, plural].map(|w| (w, adjective))
    })
}

/// The plurals of [`COUNTRIES`] that count people: not where the plural is
/// the adjective (`Japanese soldiers`).
fn peoples() -> impl Iterator<Item = &'static str> {
    COUNTRIES
        .iter()
        .filter(|(_, adjective, plural)| adjective != plural)
        .map(|(_, _, plural)| *plural)
}

/// The class of a noun: a listed class, or `person` for the people of a
/// country (`Indians`).
pub fn class_of(word: &str) -> Option<&'static str> {
    static MAP: OnceLock<WordMap<&'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        let people = peoples().map(|plural| (plural, "person"));
        WordMap::build(NOUN_CLASSES.iter().copied().chain(people), |_, b| b)
    })
    .get(word)
    .copied()
}
value_lookup!(
    /// The period an adjective makes a rate per: `annual` → `year`.
    per_period_of, PER_PERIOD_ADJECTIVES, &'static str, |e| e.1);
/// The nationality a word names: `Russia`, `Russian` and `Russians` all
/// name `russian`.
pub fn nationality_of(word: &str) -> Option<&'static str> {
    static MAP: OnceLock<WordMap<&'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        WordMap::build(
            NATIONALITIES.iter().copied().chain(country_words()),
            |_, b| b,
        )
    })
    .get(word)
    .copied()
}
value_lookup!(
    /// The value of a number word below twenty.
    small_number, SMALL_NUMBERS, f64, |e| e.1);
value_lookup!(
    /// The value of a multiple of ten.
    tens, TENS, f64, |e| e.1);
value_lookup!(
    /// The value of a fraction word.
    fraction, FRACTIONS, f64, |e| e.1);
value_lookup!(
    /// The rank of an ordinal word.
    ordinal, ORDINALS, f64, |e| e.1);
value_lookup!(
    /// A scale word's multiplier, and whether it must be glued to digits.
    scale, SCALES, (f64, bool), |e| (e.1, e.2));
value_lookup!(
    /// The month of a month name.
    month, MONTHS, u32, |e| e.1);
value_lookup!(
    /// The weekday of a weekday name.
    weekday, WEEKDAYS, u32, |e| e.1);
value_lookup!(
    /// A season's months.
    season, SEASONS, (u32, u32), |e| (e.1, e.2));
value_lookup!(
    /// A relative day's offset.
    relative_day, RELATIVE_DAYS, i32, |e| e.1);
value_lookup!(
    /// The ISO code of a currency word.
    currency_word, CURRENCY_WORDS, &'static str, |e| e.1);
value_lookup!(
    /// The ISO designator and length in days of a time unit.
    time_unit, TIME_UNITS, (&'static str, f64), |e| (e.1, e.2));

/// A unit and one of its spellings.
pub type Spelling = (&'static Unit, &'static [&'static str]);

/// Units whose first spelling word is `word`.
pub fn units_starting(word: &str) -> &'static [Spelling] {
    static MAP: OnceLock<WordMap<Vec<Spelling>>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        let spellings = UNITS
            .iter()
            .flat_map(|u| u.names.iter().map(move |name| (name[0], vec![(u, *name)])));
        WordMap::build(spellings, |mut a, b| {
            a.extend(b);
            a
        })
    });
    map.get(word).map_or(&[], Vec::as_slice)
}

/// The qualifiers whose first word is `word`, longest first.
pub fn qualifiers_starting(
    word: &str,
) -> &'static [(&'static [&'static str], crate::mention::Approx)] {
    type Entry = (&'static [&'static str], crate::mention::Approx);
    static MAP: OnceLock<WordMap<Vec<Entry>>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        let firsts = QUALIFIERS_BEFORE
            .iter()
            .map(|(seq, a)| (seq[0], vec![(*seq, *a)]));
        WordMap::build(firsts, |mut a, b| {
            a.extend(b);
            // Longest first (a stable sort keeps the table's order otherwise).
            a.sort_by_key(|(seq, _)| std::cmp::Reverse(seq.len()));
            a
        })
    });
    map.get(word).map_or(&[], Vec::as_slice)
}

/// A currency named by a country's words and a name (see
/// [`NATIONAL_CURRENCIES`]): the rest of the country's words, the name's
/// forms and the code.
pub type NationalCurrency = (
    &'static [&'static str],
    &'static [&'static str],
    &'static str,
);

/// The currencies of [`NATIONAL_CURRENCIES`] whose country's first word is
/// `word`: one look-up instead of a walk of the list for every capitalised
/// word after an amount.
pub fn national_currencies_starting(word: &str) -> &'static [NationalCurrency] {
    static MAP: OnceLock<WordMap<Vec<NationalCurrency>>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        let firsts = NATIONAL_CURRENCIES
            .iter()
            .map(|(country, names, code)| (country[0], vec![(&country[1..], *names, *code)]));
        WordMap::build(firsts, |mut a, b| {
            a.extend(b);
            // Longest first: `South Sudanese` before `South`.
            a.sort_by_key(|(rest, _, _)| std::cmp::Reverse(rest.len()));
            a
        })
    });
    map.get(word).map_or(&[], Vec::as_slice)
}

#[cfg(test)]
mod tests {
    use super::super::table::MAX_WORD;
    use super::*;

    #[test]
    fn every_currency_written_before_an_amount_is_found_by_its_quick_test() {
        // `currency_abbreviation` turns away a word longer than three
        // letters or without a capital before reading the lists.
        for (written, code) in CURRENCY_ABBREVIATIONS.iter().chain(CURRENCY_LETTERS) {
            assert_eq!(currency_abbreviation(written), Some(*code), "{written}");
        }
    }

    #[test]
    fn no_listed_word_is_longer_than_the_mask_looks() {
        let lists: [&[&str]; 6] = [
            FUNCTION_WORDS,
            PHRASE_STOPS,
            SAY_VERBS,
            ORGANISATION_WORDS,
            LABEL_NOUNS,
            YEAR_PREPOSITIONS,
        ];
        let longest = lists
            .iter()
            .flat_map(|l| l.iter())
            .chain(EVENTS.iter().map(|(w, _)| w))
            .chain(NOUN_CLASSES.iter().map(|(w, _)| w))
            .chain(NATIONALITIES.iter().map(|(w, _)| w))
            .chain(MONTHS.iter().map(|(w, _)| w))
            .chain(QUALIFIERS_BEFORE.iter().map(|(q, _)| &q[0]))
            .map(|w| w.len())
            .max()
            .unwrap_or(0);
        assert!(longest <= MAX_WORD, "a listed word has {longest} bytes");
        assert_ne!(mask("december"), 0);
    }
}
