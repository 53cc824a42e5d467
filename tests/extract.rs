//! Extraction, specified construct by construct with phrasing from news
//! reports. Each row: the text, the figure's exact span, its kind, and its
//! value (a number, or the ISO string for dates and durations).
#![cfg(not(target_arch = "wasm32"))]

use factcheck::{Kind, Options, Value, extract};

enum V {
    N(f64),
    S(&'static str),
}

fn check(rows: &[(&str, &str, Kind, V)], date: Option<&str>) {
    let opts = Options {
        date: date.map(str::to_string),
    };
    for (text, span, kind, value) in rows {
        let found = extract(text, &opts);
        let m = found.iter().find(|m| m.text == *span).unwrap_or_else(|| {
            panic!(
                "{text:?}: no mention {span:?} in {:?}",
                found.iter().map(|m| &m.text).collect::<Vec<_>>()
            )
        });
        assert_eq!(m.kind, *kind, "{text:?}: kind of {span:?}");
        match value {
            V::N(n) => assert_eq!(m.value.as_number(), Some(*n), "{text:?}: value of {span:?}"),
            V::S(s) => assert_eq!(m.value.as_text(), Some(*s), "{text:?}: value of {span:?}"),
        }
    }
}

#[test]
fn counts_in_digits_and_words() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "Officials said 1,240 homes were destroyed.",
                "1,240",
                Count,
                N(1240.0),
            ),
            (
                "Forty-two people were rescued.",
                "Forty-two",
                Count,
                N(42.0),
            ),
            (
                "one hundred and twenty-five cases were confirmed",
                "one hundred and twenty-five",
                Count,
                N(125.0),
            ),
            (
                "Three million people live in the region.",
                "Three million",
                Count,
                N(3e6),
            ),
            // A decimal said in words, as a broadcast script writes it.
            (
                "Inflation rose to two point five percent.",
                "two point five percent",
                Percent,
                N(2.5),
            ),
            (
                "The council approved the one-point-four-two-billion-dollar plan.",
                "one-point-four-two-billion-dollar",
                Money,
                N(1.42e9),
            ),
            (
                "some 1.2 million refugees have fled",
                "some 1.2 million",
                Count,
                N(1.2e6),
            ),
            (
                "a dozen journalists were detained",
                "a dozen",
                Count,
                N(12.0),
            ),
            (
                "half a million voters stayed at home",
                "half a million",
                Count,
                N(5e5),
            ),
        ],
        None,
    );
}

#[test]
fn years_against_counts() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "the law passed in 1998 after a long fight",
                "1998",
                Date,
                S("1998"),
            ),
            (
                "2000 troops were deployed to the border",
                "2000",
                Count,
                N(2000.0),
            ),
            ("the 2024 election", "2024", Date, S("2024")),
            (
                "a 2,000-year-old temple was found",
                "2,000-year-old",
                Duration,
                S("P2000Y"),
            ),
        ],
        None,
    );
}

#[test]
fn ordinals_against_durations() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "for a second day, protesters marched",
                "second",
                Ordinal,
                N(2.0),
            ),
            (
                "the blast lasted two seconds",
                "two seconds",
                Duration,
                S("PT2S"),
            ),
            ("the 3rd round of talks", "3rd", Ordinal, N(3.0)),
            (
                "its fifth consecutive month of growth",
                "fifth",
                Ordinal,
                N(5.0),
            ),
        ],
        None,
    );
}

#[test]
fn negative_numbers_and_measures() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "temperatures fell to minus 12 degrees Celsius",
                "minus 12 degrees Celsius",
                Measure,
                N(-12.0),
            ),
            ("It was -4C in Kyiv overnight.", "-4C", Measure, N(-4.0)),
            ("a 120-mile convoy", "120-mile", Measure, N(120.0)),
            (
                "some 45 square kilometres of forest",
                "some 45 square kilometres",
                Measure,
                N(45.0),
            ),
            ("the river rose 2.5 metres", "2.5 metres", Measure, N(2.5)),
        ],
        None,
    );
}

#[test]
fn money_and_percentages() {
    use Kind::*;
    use V::*;
    check(
        &[
            ("a £300m package", "£300m", Money, N(3e8)),
            ("US$1.5bn in loans", "US$1.5bn", Money, N(1.5e9)),
            ("10 billion roubles", "10 billion roubles", Money, N(1e10)),
            (
                "turnout was 61.2 per cent",
                "61.2 per cent",
                Percent,
                N(61.2),
            ),
            (
                "a rise of 3 percentage points",
                "3 percentage points",
                Percent,
                N(3.0),
            ),
        ],
        None,
    );
}

#[test]
fn ranges_and_fractions() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "between 40 and 50 people were hurt",
                "between 40 and 50",
                Count,
                N(40.0),
            ),
            ("20-25 vehicles were hit", "20-25", Count, N(20.0)),
            // The second end's degrees are the range's.
            ("highs of 41°C to 43°C", "41°C to 43°C", Measure, N(41.0)),
            // A fraction of a group is its share, in per cent.
            (
                "two-thirds of the town",
                "two-thirds",
                Percent,
                N(2.0 / 3.0 * 100.0),
            ),
        ],
        None,
    );
}

#[test]
fn dates_relative_to_publication_across_a_year_boundary() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "talks broke down last month",
                "last month",
                Date,
                S("2025-12"),
            ),
            (
                "the strike began on Monday",
                "Monday",
                Date,
                S("2026-01-05"),
            ),
            ("prices rose last year", "last year", Date, S("2025")),
            (
                "the deal signed last December",
                "last December",
                Date,
                S("2025-12"),
            ),
            ("three weeks ago", "three weeks ago", Duration, S("P3W")),
            (
                "the plant closed a year and a half ago",
                "a year and a half ago",
                Duration,
                S("P1.5Y"),
            ),
            (
                "unions began a week-long strike",
                "week-long",
                Duration,
                S("P1W"),
            ),
            (
                "the repair takes an hour and a half",
                "an hour and a half",
                Duration,
                S("PT1.5H"),
            ),
            ("the vote expected in March", "March", Date, S("2026-03")),
        ],
        Some("2026-01-07"),
    );
}

#[test]
fn a_say_verb_inside_a_name_is_no_source() {
    let text = "Cases in the United States rose to 607, the Centers for Disease Control and Prevention said.";
    let found = extract(text, &Options::default());
    let count = found.iter().find(|m| m.text == "607").expect("607");
    assert_eq!(
        count.source.as_deref(),
        Some("the Centers for Disease Control and Prevention")
    );
}

#[test]
fn the_date_in_a_byline_or_dateline_resolves_the_weekdays_of_the_story() {
    // No date given with the text: the one its header states is the
    // publication date, so `Tuesday` is the Tuesday before it.
    for header in [
        "Floods in the north\nBy Maria Rossi, 17 May 2023",
        "Floods in the north\nMaria Rossi | Reuters | Wed, May 17, 2023",
        "Floods in the north\nUpdated: 3:45 PM EDT, May 17, 2023",
        "LONDON, May 17, 2023 (Reuters) -",
        "Floods in the north\nBy Maria Rossi\nMay 17, 2023 (Reuters) - Rescuers searched.",
    ] {
        let text = format!("{header}\n\nAt least 14 people died on Tuesday, officials said.");
        let found = extract(&text, &Options::default());
        let tuesday = found
            .iter()
            .find(|m| m.text == "Tuesday")
            .expect("Tuesday is a figure");
        assert_eq!(tuesday.value.as_text(), Some("2023-05-16"), "{header:?}");
    }
}

#[test]
fn a_rate_is_about_what_it_measures() {
    for (text, subject) in [
        (
            "The unemployment rate ticked up to 3.9% in March.",
            "unemployment",
        ),
        // Fell *to*: the level reached, as `inflation was 2.1%` gives it.
        ("The inflation rate fell to 2.1%.", "inflation"),
        ("The inflation rate fell by 0.4%.", "inflation decrease"),
        ("The central bank kept its rate at 5.25%.", "interest rate"),
        // Other rates are not the interest rate.
        ("The vaccination rate fell to 92.7%.", "vaccination rate"),
        ("The birth rate was 1.4%.", "birth rate"),
    ] {
        let found = extract(text, &Options::default());
        let rate = found
            .iter()
            .find(|m| m.kind == Kind::Percent)
            .expect("a percentage");
        assert_eq!(rate.subject.as_deref(), Some(subject), "{text:?}");
    }
}

/// Each row: a text, a figure in it, and the subject `extract` must give it.
fn assert_subjects(rows: &[(&str, &str, Option<&str>)]) {
    for (text, figure, subject) in rows {
        assert_eq!(
            subject_of(text, figure).as_deref(),
            *subject,
            "{text:?}: {figure:?}"
        );
    }
}

/// The subject `extract` gives the figure `figure` in `text`.
fn subject_of(text: &str, figure: &str) -> Option<String> {
    figure_in(text, figure).subject
}

/// The mention `extract` finds for the figure `figure` in `text`.
fn figure_in(text: &str, figure: &str) -> factcheck::Mention {
    extract(text, &Options::default())
        .into_iter()
        .find(|m| m.text == figure)
        .unwrap_or_else(|| panic!("{text:?}: no figure {figure:?}"))
}

/// Asserts that `figure` in `text` is of `kind`, in `unit`, worth `value`.
fn assert_amount(kind: Kind, text: &str, figure: &str, unit: &str, value: f64) {
    let m = figure_in(text, figure);
    assert_eq!(m.kind, kind, "{text:?}");
    assert_eq!(m.unit.as_deref(), Some(unit), "{text:?}");
    assert_eq!(m.value.as_number(), Some(value), "{text:?}");
}

#[test]
fn what_a_figure_counts_in_news_of_other_kinds() {
    assert_subjects(&[
        // Personnel alone are troops; police personnel are police officers.
        (
            "About 1,200 police personnel were deployed at the fair.",
            "About 1,200",
            Some("officer deployed"),
        ),
        // The verb the figure is the object of binds tighter than an event
        // further on, and the noun before that verb is its agent.
        (
            "The quake struck on Friday, killing at least 1,200 people and injuring more than 3,500.",
            "at least 1,200",
            Some("person killed"),
        ),
        (
            "The quake struck on Friday, killing at least 1,200 people and injuring more than 3,500.",
            "more than 3,500",
            Some("person injured"),
        ),
        (
            "Powerful earthquake kills at least 1,200 in western Nepal",
            "at least 1,200",
            Some("person killed"),
        ),
        (
            "Two earthquakes killed about 9,000 people and destroyed more than half a million homes.",
            "about 9,000",
            Some("person killed"),
        ),
        // A new clause says nothing of the figure before it.
        (
            "Sales doubled to 2.4 million units, while costs rose threefold.",
            "2.4 million",
            Some("unit"),
        ),
        // Homes are destroyed or damaged, not shot down.
        (
            "Around 8,000 homes were destroyed.",
            "Around 8,000",
            Some("home destroyed"),
        ),
        (
            "Officials said 2,500 houses were damaged.",
            "2,500",
            Some("home damaged"),
        ),
        // A change has no object: the river is what rose.
        (
            "The river rose 26 feet in 45 minutes.",
            "26 feet",
            Some("river increase"),
        ),
        // Rose *to*: the level reached.
        (
            "Revenue rose to $21.3 billion.",
            "$21.3 billion",
            Some("revenue"),
        ),
        (
            "Revenue rose 12% to $21.3 billion.",
            "12%",
            Some("revenue increase"),
        ),
        // Projections are not reported facts.
        (
            "Analysts had forecast revenue of $20.9 billion.",
            "$20.9 billion",
            Some("revenue forecast"),
        ),
        // (Past an ordinal in a compound, which owns no words.)
        (
            "Novaline forecast first-quarter revenue of between $17.6bn and $18bn.",
            "between $17.6bn and $18bn",
            Some("revenue forecast per quarter"),
        ),
        // A conversion is its amount's, also when that is a change's level.
        (
            "Profits rose 14 per cent to $3.1bn (£2.5bn).",
            "£2.5bn",
            Some("profit"),
        ),
        // A forecast set against the result is a forecast of the same thing.
        (
            "The economy added 150,000 jobs, below the 200,000 economists expected.",
            "200,000",
            Some("job forecast"),
        ),
        (
            "Officials fear the toll could rise to 5,000.",
            "5,000",
            Some("person killed forecast"),
        ),
        (
            "Employers added 272,000 jobs, more than the 190,000 economists had expected.",
            "190,000",
            Some("job forecast"),
        ),
        (
            "Revenue grew 5%, as expected.",
            "5%",
            Some("revenue increase"),
        ),
        (
            "Revenue grew 5% more than expected.",
            "5%",
            Some("revenue increase"),
        ),
        // `an estimated` gives today's figure roughly.
        (
            "An estimated 5,000 people attended the rally.",
            "An estimated 5,000",
            Some("person attended"),
        ),
        // Rates per period.
        (
            "The company expects full-year revenue of $84 billion.",
            "$84 billion",
            Some("revenue forecast per year"),
        ),
        (
            "Annual revenue was $84 billion.",
            "$84 billion",
            Some("revenue per year"),
        ),
        (
            "Research costs $5 billion a year.",
            "$5 billion",
            Some("research cost per year"),
        ),
        (
            "Revenue was up 12% from a year earlier.",
            "12%",
            Some("revenue increase per year"),
        ),
        // Who holds what is counted: one party's seats are not another's.
        (
            "The Progressive Alliance won 187 of the 350 seats.",
            "187",
            Some("progressive alliance seat"),
        ),
        (
            "Elena Vasquez's Progressive Alliance has secured 185 seats.",
            "185",
            Some("progressive alliance seat"),
        ),
        (
            "The main opposition party took 98 seats.",
            "98",
            Some("main opposition party seat"),
        ),
        // Claiming a figure is saying it, not holding it.
        (
            "Organisers claimed 3.5 million protesters.",
            "3.5 million",
            Some("person attended"),
        ),
        (
            "Some 457 people were detained.",
            "Some 457",
            Some("person arrested"),
        ),
        // Not a pronoun, and a country is a nationality.
        ("It won 187 seats.", "187", Some("seat")),
        (
            "If you have had two doses, you are well protected.",
            "two",
            Some("dose"),
        ),
        ("Russia lost 300 tanks.", "300", Some("russian tank")),
        (
            "Russia suffered 325,000 troop deaths.",
            "325,000",
            Some("russian soldier killed"),
        ),
        // A country that reports a figure is its source, not whose it is.
        ("The US said 40 people died.", "40", Some("person killed")),
        // A part counts what its whole counts.
        ("Doctors treated 12 of 40 patients.", "12", Some("patient")),
        // Service members are soldiers; union members and a weather
        // service are not (the 48 hours are the storm's: it lasted them).
        (
            "Five US service members were killed.",
            "Five",
            Some("american soldier killed"),
        ),
        (
            "The union has 5,000 members.",
            "5,000",
            Some("union member"),
        ),
        (
            "The National Weather Service said the storm lasted 48 hours.",
            "48 hours",
            Some("storm"),
        ),
        // Nouns the same in the singular.
        (
            "The CDC has recorded 622 measles cases.",
            "622",
            Some("measles infected"),
        ),
        // Nouns that are also verbs.
        ("The death toll remains at 23.", "23", Some("person killed")),
        ("The firm will pay $5 billion.", "$5 billion", None),
        ("Average pay rose 5%.", "5%", Some("wage increase")),
    ]);
}

#[test]
fn a_figure_does_not_run_into_the_next_paragraph_or_date_line() {
    for text in [
        "Karla death toll rises to 21\n\nJanuary 14, 2025\n\nThe storm hit on Monday.",
        "Karla death toll rises to 21\nJanuary 14, 2025\n\nThe storm hit on Monday.",
    ] {
        let found = extract(text, &Options::default());
        let texts: Vec<&str> = found.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(&texts[..2], ["21", "January 14, 2025"], "{text:?}");
        // The date line is the publication date: Monday is the 13th.
        let monday = found.iter().find(|m| m.text == "Monday").expect("Monday");
        assert_eq!(monday.value.as_text(), Some("2025-01-13"));
    }
    // Text wrapped at a fixed width keeps its figures whole.
    let found = extract(
        "The river burst its banks on May\n17, 2023, officials said.",
        &Options::default(),
    );
    assert_eq!(found[0].value.as_text(), Some("2023-05-17"));
}

#[test]
fn shares_and_south_asian_scales() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "One in five adults smokes.",
                "One in five",
                Percent,
                N(20.0),
            ),
            (
                "Nearly one in three adults smoke.",
                "Nearly one in three",
                Percent,
                N(33.3),
            ),
            (
                "One in every 10 voters backed him.",
                "One in every 10",
                Percent,
                N(10.0),
            ),
            ("3 in 4 people agree.", "3 in 4", Percent, N(75.0)),
            // A count in a time, or in a year, is no share.
            ("He scored 5 in 10 minutes.", "5", Number, N(5.0)),
            (
                "India recorded 3.5 lakh cases.",
                "3.5 lakh",
                Count,
                N(350_000.0),
            ),
            (
                "The bill came to 500 crore rupees.",
                "500 crore rupees",
                Money,
                N(5e9),
            ),
            (
                "The project will cost Rs 500 crore.",
                "Rs 500 crore",
                Money,
                N(5e9),
            ),
            ("Tickets cost Rs.450 each.", "Rs.450", Money, N(450.0)),
            // Crores of lakhs or thousands.
            (
                "Its market value rose to Rs 1.05 lakh crore.",
                "Rs 1.05 lakh crore",
                Money,
                N(1.05e12),
            ),
            (
                "The state spent 2 thousand crore rupees.",
                "2 thousand crore rupees",
                Money,
                N(2e10),
            ),
            // Wire copy's scales, spaced as words.
            (
                "Floods kill 241 as 1.3 mln displaced",
                "1.3 mln",
                Count,
                N(1.3e6),
            ),
            (
                "The deficit will be A$36.8 bln.",
                "A$36.8 bln",
                Money,
                N(3.68e10),
            ),
        ],
        None,
    );
}

#[test]
fn magnitudes_written_before_or_after_the_figure() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "A magnitude 6.4 earthquake struck.",
                "magnitude 6.4",
                Measure,
                N(6.4),
            ),
            (
                "A magnitude-7.8 earthquake struck.",
                "magnitude-7.8",
                Measure,
                N(7.8),
            ),
            (
                "A 5.6-magnitude earthquake struck.",
                "5.6-magnitude",
                Measure,
                N(5.6),
            ),
            (
                "A 7.8 magnitude quake struck.",
                "7.8 magnitude",
                Measure,
                N(7.8),
            ),
            // A hyphen glued to a word is otherwise a name: `F-16`.
            ("It flew 20 F-16 jets.", "20", Count, N(20.0)),
        ],
        None,
    );
}

#[test]
fn times_of_day() {
    use Kind::*;
    use V::*;
    check(
        &[
            ("the blast at 7.45pm", "7.45pm", Time, S("19:45")),
            ("curfew from 22:00", "22:00", Time, S("22:00")),
            // A point between hour and minutes with a zone after it, as
            // British papers write the time (`14.38` alone is a number).
            // The zone is part of the time, as in `0330 GMT`.
            ("the update at 14.38 BST", "14.38 BST", Time, S("14:38")),
            ("The ratio was 14.38.", "14.38", Number, N(14.38)),
            // (Only a zone in capitals: `West` is no time.)
            (
                "The ratio was 9.05 West of the river.",
                "9.05",
                Count,
                N(9.05),
            ),
            ("at 0330 GMT", "0330 GMT", Time, S("03:30")),
            // Or before `local time`, which stays out of the span.
            (
                "It capsized at about 1740 local time on Friday.",
                "about 1740",
                Time,
                S("17:40"),
            ),
            // An hour with the part of the day, after a word that puts it
            // in time.
            (
                "We got a call at 7 in the morning.",
                "7 in the morning",
                Time,
                S("07:00"),
            ),
            (
                "The blast happened at 3 in the afternoon.",
                "3 in the afternoon",
                Time,
                S("15:00"),
            ),
            (
                "Rescuers arrived at about 11 at night.",
                "about 11 at night",
                Time,
                S("23:00"),
            ),
            ("It began at 2 at night.", "2 at night", Time, S("02:00")),
            // (Not a count of what happened in the morning.)
            (
                "The gunmen killed 7 in the morning attack.",
                "7",
                Count,
                N(7.0),
            ),
        ],
        None,
    );
}

#[test]
fn labels_scores_and_names_are_not_amounts() {
    for text in [
        "She spoke from No 10 Downing Street.",
        "Arsenal won 3-1 at home.",
        // A tie, and a pair next to a word of a match, whichever is larger.
        "It ended in a 3-3 draw.",
        "They lost 1-3 at home.",
        "a 1-2 defeat",
        "The iPhone 15 launched.",
        "a crash near junction 5 of the M1",
        "the region moved to level 4",
        "a category 5 hurricane",
        "COVID-19 cases",
        // A marker along a course.
        "He suffered a cardiac arrest at kilometre 35 and died.",
        "She led after lap 40.",
    ] {
        let found = extract(text, &Options::default());
        assert!(
            found
                .iter()
                .all(|m| m.kind == Kind::Date || m.kind == Kind::Money),
            "{text:?} gave {:?}",
            found.iter().map(|m| &m.text).collect::<Vec<_>>()
        );
    }
    // A rising pair is a range, not a score.
    let found = extract("20-25 vehicles were hit", &Options::default());
    assert_eq!(found[0].text, "20-25");
}

#[test]
fn what_fires_crashes_and_fines_count() {
    assert_subjects(&[
        // Land burned, whichever verb burned it.
        (
            "The wildfire had scorched more than 45,000 acres by Tuesday.",
            "more than 45,000 acres",
            Some("burned"),
        ),
        (
            "Canyon Fire: 50,000 acres burned.",
            "50,000 acres",
            Some("burned"),
        ),
        // People who flee or are told to evacuate.
        (
            "The wildfire forces 30,000 to flee.",
            "30,000",
            Some("person displaced"),
        ),
        (
            "It forced about 30,000 residents to evacuate.",
            "about 30,000",
            Some("person evacuated"),
        ),
        // What happens to people does not happen to a measure, across a
        // subordinate clause.
        (
            "It forces 30,000 to flee as the blaze grows to 45,000 acres.",
            "45,000 acres",
            Some("blaze"),
        ),
        // A name after a preposition is no head: the fire grew, not `Angeles`;
        // a name that is the noun phrase keeps its noun.
        (
            "The Canyon Fire north of Los Angeles grew to 50,000 acres.",
            "50,000 acres",
            Some("fire"),
        ),
        (
            "The Guadalupe River rose 26 feet.",
            "26 feet",
            Some("river increase"),
        ),
        // A verb in the past ends the noun phrase.
        (
            "Two firefighters suffered minor injuries.",
            "Two",
            Some("firefighter injured"),
        ),
        (
            "A magnitude 6.4 earthquake struck western Nepal.",
            "magnitude 6.4",
            Some("earthquake"),
        ),
        // A direction says where, not what.
        (
            "The town lies about 40 miles northwest of the city.",
            "about 40 miles",
            None,
        ),
        // The verb of the amount right after is not this figure's.
        (
            "The fire, 40 miles (64 kilometers) away, has cost $15 million.",
            "64 kilometers",
            None,
        ),
        // Plurals in `-es`.
        (
            "Nepal has had 42 fatal air crashes since 1946.",
            "42",
            Some("nepali crash"),
        ),
        // Crews, the people of a country, and people on board.
        (
            "It carried 68 passengers and four crew members.",
            "four",
            Some("crew"),
        ),
        (
            "Fifteen were foreigners, including five Indians.",
            "five",
            Some("indian person (part)"),
        ),
        (
            "They included two South Koreans.",
            "two",
            Some("south korean person"),
        ),
        (
            "Five Indian nationals were on the flight.",
            "Five",
            Some("indian person"),
        ),
        (
            "Nepal plane crash: 72 on board.",
            "72",
            Some("person aboard"),
        ),
        // A fine, as a noun or by its verb; a reason is not what the money is.
        (
            "The EU fined Google a record €2.42bn for abusing its dominance.",
            "€2.42bn",
            Some("fine"),
        ),
        (
            "Google hit with $2.7 billion EU fine.",
            "$2.7 billion",
            Some("fine"),
        ),
        // A participle after the figure is no noun.
        (
            "It doubles the fine of €1.06bn levied on Intel.",
            "€1.06bn",
            Some("fine"),
        ),
        // The noun a figure is `of`.
        (
            "Google holds a market share of more than 90% in search.",
            "more than 90%",
            Some("share"),
        ),
        // A possessive determines the phrase after it.
        (
            "Penalties reach 5% of Alphabet's average daily turnover.",
            "5%",
            Some("turnover"),
        ),
        // `more` between the figure and its noun; a possessive after `of`.
        ("Meta will cut 10,000 more jobs.", "10,000", Some("job cut")),
        (
            "It cut 10,000 jobs, or about 13% of its workforce.",
            "about 13%",
            Some("workforce cut"),
        ),
        // Jobs are cut, whether counted as jobs or as people laid off.
        ("It laid off 11,000 employees.", "11,000", Some("job cut")),
        ("Novaline to axe 7,200 jobs.", "7,200", Some("job cut")),
        ("The firm is slashing 500 jobs.", "500", Some("job cut")),
        // A classed noun between the verb and the figure is what is counted.
        (
            "The Bank of England cut interest rates to 4.25%.",
            "4.25%",
            Some("interest rate"),
        ),
        // An unlisted noun before a classed one narrows it.
        (
            "Cloud revenue climbed 31% to $7.6 billion.",
            "$7.6 billion",
            Some("cloud revenue"),
        ),
        ("Total revenue rose 5%.", "5%", Some("revenue increase")),
    ]);
}

#[test]
fn a_figure_set_against_another_is_about_the_same_thing() {
    assert_subjects(&[
        (
            "The main opposition party took 98 seats, down from 121.",
            "121",
            Some("main opposition party seat"),
        ),
        (
            "Its shares fell 0.8% to $960.90.",
            "$960.90",
            Some("share price"),
        ),
        (
            "Protests against raising the retirement age from 62 to 64 went on.",
            "64",
            Some("age"),
        ),
        (
            "Cases rose to 622 this year, more than double last year's total of 285.",
            "285",
            Some("infected"),
        ),
        (
            "Between 200 and 300 people gathered; hundreds more watched online.",
            "hundreds",
            Some("person attended"),
        ),
        (
            "Power is out for 1.1 million homes, down from a peak of 1.6 million.",
            "1.6 million",
            Some("home"),
        ),
        // Not across a subordinate clause, and `to` alone is no comparison.
        (
            "It forced 30,000 to flee.",
            "30,000",
            Some("person displaced"),
        ),
    ]);
}

#[test]
fn a_range_of_ages_is_no_time_of_what_happened() {
    // `aged between 7 and 15` says how old the children are; the two hours
    // after it are how long until they fell ill.
    let text = "The children, aged between 7 and 15, began complaining of nausea within two hours of eating.";
    assert_subjects(&[
        (text, "between 7 and 15", Some("child")),
        (text, "two hours", Some("child began")),
        (
            "Unemployment among people aged 16 to 24 years rose to 14.5%.",
            "16 to 24 years",
            Some("person"),
        ),
    ]);
}

#[test]
fn ages_and_unstated_degrees() {
    use Kind::*;
    use V::*;
    check(
        &[
            ("The man, aged 41, was held.", "41", Duration, S("P41Y")),
            // After `age` and `ages` too, and each age of a list.
            (
                "Four of the dead were children, among them a brother and sister, ages 7 and 9.",
                "9",
                Duration,
                S("P9Y"),
            ),
            (
                "The youngest victim, a boy, age 12, was named.",
                "12",
                Duration,
                S("P12Y"),
            ),
            (
                "Prime Minister Elena Vasquez, 52, said the result was a mandate.",
                "52",
                Duration,
                S("P52Y"),
            ),
            (
                "Vasquez, 53, has led since 2021.",
                "53",
                Duration,
                S("P53Y"),
            ),
            // A list of places and counts is no list of ages.
            (
                "Cases rose in Texas, 499, and New Mexico, 57.",
                "499",
                Count,
                N(499.0),
            ),
            (
                "Temperatures topped 100 degrees.",
                "100 degrees",
                Measure,
                N(100.0),
            ),
            (
                "It reached 104 degrees Fahrenheit.",
                "104 degrees Fahrenheit",
                Measure,
                N(104.0),
            ),
        ],
        None,
    );
    // Ages after `aged` may be a range, and follow a person named by a role.
    check(
        &[
            (
                "The study enrolled 1,736 patients aged 60 to 85.",
                "60 to 85",
                Duration,
                S("P60Y"),
            ),
            ("Those aged 18-24 voted.", "18-24", Duration, S("P18Y")),
            (
                "Police detained the captain, 47, for questioning.",
                "47",
                Duration,
                S("P47Y"),
            ),
            // (Not any number after a noun and a comma: 15 of the boats.)
            (
                "Of the boats, 15 were lost, officials said.",
                "15",
                Count,
                N(15.0),
            ),
        ],
        None,
    );
    // A temperature without its scale is compared only with others like it.
    let found = extract(
        "Temperatures topped 100 degrees, or 38C.",
        &Options::default(),
    );
    let units: Vec<_> = found.iter().map(|m| m.unit.as_deref()).collect();
    assert_eq!(units, [Some("°"), Some("°C")]);
}

#[test]
fn deals_disasters_and_trials_count() {
    assert_subjects(&[
        // `aged` after the nouns says how old they are, not what is counted.
        (
            "The study enrolled 1,736 patients aged 60 to 85.",
            "1,736",
            Some("patient"),
        ),
        // The plural of a people counts people.
        (
            "Nearly 7 million Americans have the disease.",
            "Nearly 7 million",
            Some("american person"),
        ),
        // `missing` with an object is a verb, not people missing (nor are
        // the analysts who hoped for it what it counts).
        (
            "The drug slowed decline by 27%, missing the 35% analysts had hoped for.",
            "35%",
            None,
        ),
        // A participle after a span of time is no event of the figure.
        (
            "It reported revenue of $2.1 billion for its fiscal year ended in January.",
            "$2.1 billion",
            Some("revenue"),
        ),
        // Sales are revenue by another name; stock is the share price, of
        // the name that holds it.
        (
            "Nuvia had sales of $2.1 billion.",
            "$2.1 billion",
            Some("revenue"),
        ),
        (
            "Veridian's stock climbed 18% to $74.20.",
            "18%",
            Some("veridian share price increase"),
        ),
        (
            "The deal was announced as Orbitek's stock fell 3.1%.",
            "3.1%",
            Some("orbitek share price decrease"),
        ),
        // What a firm is bought for, or valued at, is the deal's worth.
        (
            "Orbitek agreed to buy Nuvia Systems for $18.5 billion.",
            "$18.5 billion",
            Some("deal"),
        ),
        (
            "It is a cash-and-stock deal valuing the software maker at about $18.5 billion.",
            "about $18.5 billion",
            Some("deal"),
        ),
        (
            "Shareholders will receive $142 a share.",
            "$142",
            Some("price per share"),
        ),
        // `annual` says per what; `cost` before `savings` is no verb.
        (
            "It expects to yield $400 million in annual cost savings by 2027.",
            "$400 million",
            Some("saving forecast per year"),
        ),
        (
            "Nuvia employs around 6,000 people.",
            "around 6,000",
            Some("nuvia job"),
        ),
        // What a vessel may carry is its capacity, not who was aboard.
        (
            "The vessel was licensed to carry 120 passengers.",
            "120",
            Some("passenger capacity"),
        ),
        (
            "The boat was authorised to carry no more than 60 passengers.",
            "no more than 60",
            Some("passenger capacity"),
        ),
        (
            "The KM Lestari Maju was carrying 185 passengers.",
            "185",
            Some("passenger"),
        ),
        (
            "In 2018, more than 160 people drowned.",
            "more than 160",
            Some("person killed"),
        ),
        (
            "\"We have rescued 139 people alive,\" he said.",
            "139",
            Some("person rescued"),
        ),
        // `others` are more of what is counted.
        (
            "At least 31 people died and 27 others were missing.",
            "27",
            Some("person missing"),
        ),
        // The noun of the event reaches back over the words after it.
        (
            "The death toll from the sinking of a ferry off Sulawesi rose to 34 on Sunday.",
            "34",
            Some("person killed"),
        ),
        // A settlement beside the name it follows counts its people,
        // whatever the sentence says after it.
        (
            "Most cases are in Sawtell County, a farming area of about 22,000 people roughly 130 miles southeast of Boise, but infections have spread.",
            "about 22,000",
            Some("sawtell county population"),
        ),
        // An amount stands for a figure and names nothing: what the verb
        // after it says is what is measured.
        (
            "The railroad put the amount spilled at more than 21,000 gallons.",
            "more than 21,000 gallons",
            Some("spilled"),
        ),
        // An adjective of size after the noun says how big, not what.
        ("The train was 118 cars long.", "118", Some("car")),
        // A word before `by` is a participle, whatever its form; not a
        // plural, a name or one before a time.
        (
            "Families were moved into 2,150 camps run by provincial authorities.",
            "2,150",
            Some("camp"),
        ),
        (
            "The project is expected to create 1,800 permanent jobs by 2031.",
            "1,800",
            Some("permanent job forecast"),
        ),
        // Money to families or victims is compensation, whatever it is
        // to cover.
        (
            "The district administration will pay 20,000 taka ($165) to each bereaved family for funeral expenses.",
            "20,000 taka",
            Some("compensation"),
        ),
        (
            "The administration has announced Tk 25,000 for each bereaved family to cover burial costs.",
            "Tk 25,000",
            Some("compensation"),
        ),
        // The time a vehicle left the road is the time of the crash,
        // whatever verb comes after it.
        (
            "The bus skidded off a narrow highway at around 6:45 am and fell 147 metres.",
            "around 6:45 am",
            Some("crash"),
        ),
        // The time a vessel left is the time of its departure.
        (
            "The ferry, which left Dhaka's Sadarghat terminal at 11:00am on Thursday, was carrying over 250 passengers.",
            "11:00am",
            Some("departure"),
        ),
        // An intrusion into computers is an attack.
        (
            "The company said it detected the intrusion at around 2:15 a.m. on Sunday.",
            "around 2:15 a.m.",
            Some("attack"),
        ),
        // Learners are pupils.
        (
            "Over 23,000 public schools remain closed, affecting about 9.6 million learners.",
            "about 9.6 million",
            Some("pupil"),
        ),
        // A Philippine village is a barangay.
        (
            "Authorities ordered 26 barangays evacuated.",
            "26",
            Some("village evacuated"),
        ),
        // A parent's count is of children: the parent's own, held by the
        // parent's name when it is given.
        (
            "Marites Oñate, a mother of four, said she had barely slept.",
            "four",
            Some("marites oñate child"),
        ),
        (
            "The victim, a father of two from Leeds, was named on Monday.",
            "two",
            Some("father child"),
        ),
        // However long what its prepositions add, and past a figure in
        // a compound inside it: a toll heads its phrase.
        (
            "The death toll from the collapse of an eight-story garment factory building outside Dhaka climbed to 58 on Wednesday.",
            "58",
            Some("person killed"),
        ),
        (
            "The death toll from the collapse of the old garment factory building stood at 63.",
            "63",
            Some("person killed"),
        ),
        // A figure in a compound is part of the phrase, and does not cut
        // the sentence's subject off from the figure after it.
        (
            "Gross debt, most of it tied to the redevelopment of the 52,381-capacity stadium, was £245m.",
            "£245m",
            Some("gross debt"),
        ),
        // A part of a whole with a possessive between them.
        (
            "Red alerts were in force in 11 of Italy's 27 largest cities.",
            "11",
            Some("city"),
        ),
        (
            "Alerts covered 11 of the country's 27 largest cities.",
            "27",
            Some("city"),
        ),
        // A figure set against another, outright, is about the same thing.
        (
            "The heat has claimed more than 1,100 lives, the ministry said, compared with about 500 a year earlier.",
            "about 500",
            Some("person killed"),
        ),
        (
            "1,180 deaths had been attributed to the heat since the start of June, more than double the 514 recorded over the same period last year.",
            "514",
            Some("person killed"),
        ),
    ]);
    // A span of time takes no event from the next figure's words.
    let years = figure_in(
        "It expects to add to earnings within two years and to yield $400 million in annual cost savings by 2027.",
        "two years",
    );
    assert_eq!(years.subject, None);
}

#[test]
fn race_times_and_spans_in_several_units() {
    use Kind::*;
    use V::*;
    check(
        &[
            // Hours, minutes and seconds on a clock are a span, not a time
            // of day; so are minutes and seconds with a fraction.
            (
                "He ran 2:01:09 in Berlin.",
                "2:01:09",
                Duration,
                S("PT2H1M9S"),
            ),
            ("She won in 3:43.13.", "3:43.13", Duration, S("PT3M43.13S")),
            ("We met at 2:04 pm.", "2:04 pm", Time, S("14:04")),
            // A span written in several units is one span.
            (
                "He finished in 2 hours, 0 minutes and 35 seconds.",
                "2 hours, 0 minutes and 35 seconds",
                Duration,
                S("PT2H0M35S"),
            ),
            (
                "It took three years and six months.",
                "three years and six months",
                Duration,
                S("P3Y6M"),
            ),
            // (Not when the second unit is no smaller.)
            (
                "It took two days and three weeks.",
                "two days",
                Duration,
                S("P2D"),
            ),
            // A distance run is in metres; money in millions stays money.
            ("She won the 400m hurdles.", "400m", Measure, N(400.0)),
            ("He won the 5,000m.", "5,000m", Measure, N(5000.0)),
            ("It cost £90m.", "£90m", Money, N(90_000_000.0)),
            (
                "About 100m people live there.",
                "About 100m",
                Count,
                N(100_000_000.0),
            ),
        ],
        None,
    );
    // An emergency number dialled is no count of calls.
    let found = extract(
        "Officers arrived within three minutes of the first 911 call.",
        &Options::default(),
    );
    assert!(found.iter().all(|m| m.text != "911"), "{found:?}");
}

#[test]
fn rates_shortages_and_asides() {
    assert_subjects(&[
        // The noun before an aside between commas is the subject.
        (
            "Core inflation, which excludes energy, food, alcohol and tobacco, eased to 4.2% from 4.5%.",
            "4.2%",
            Some("core inflation"),
        ),
        (
            "Services inflation, closely watched by the Bank of England, slowed to 6.0% from 6.1%.",
            "6.1%",
            Some("services inflation"),
        ),
        (
            "Services inflation edged down to 6 percent.",
            "6 percent",
            Some("services inflation"),
        ),
        // A reported clause has a subject of its own, narrowed as a
        // sentence's is.
        (
            "The bank said core inflation was 5.2% in March.",
            "5.2%",
            Some("core inflation"),
        ),
        (
            "Officials said that services inflation edged down to 6%.",
            "6%",
            Some("services inflation"),
        ),
        // A forecast right after the figure is not what it counts.
        (
            "It was slightly above the 3.1 percent forecast by economists.",
            "3.1 percent",
            None,
        ),
        (
            "The union says the public health system is short of about 4,000 nurses.",
            "about 4,000",
            Some("nurse shortage"),
        ),
        // A place after the figure is no noun of it (the figure counts
        // what the one it is joined to does), but a noun after the place
        // word is.
        (
            "The archive counted 37 mass shootings in Ohio, and more than 380 nationwide.",
            "more than 380",
            Some("shooting"),
        ),
        (
            "Penalties reach 5% of the average daily worldwide turnover.",
            "5%",
            Some("turnover"),
        ),
        // A pronoun names nothing.
        ("It cost £90 million.", "£90 million", Some("cost")),
        // A rate said by an adverb after the figure.
        (
            "The government offered a pay rise of 1 percent annually.",
            "1 percent",
            Some("wage offered per year"),
        ),
    ]);
    // After `Of the wounded,` a count is a part of them; but a state of its
    // own says what it counts, all of it (as `Of the injured, 47 were taken
    // to hospitals` are all the hospitalized).
    assert_subjects(&[
        (
            "Of the wounded, four were taken to hospital.",
            "four",
            Some("person hospitalized"),
        ),
        (
            "Of the wounded, four were in critical condition.",
            "four",
            Some("person critical"),
        ),
    ]);
}

#[test]
fn floods_and_refugees_count() {
    assert_subjects(&[
        // Driven from their homes is displaced, whatever the verb.
        (
            "Floods have killed at least 78 people and forced more than 115,000 from their homes.",
            "more than 115,000",
            Some("person displaced"),
        ),
        (
            "The war has driven 7.4 million people from their homes.",
            "7.4 million",
            Some("person displaced"),
        ),
        (
            "Floods displace 115,000.",
            "115,000",
            Some("person displaced"),
        ),
        // Who are left without something are counted for that.
        (
            "About 842,000 people were without running water.",
            "About 842,000",
            Some("person without water"),
        ),
        (
            "Around 1 million people were without water and more than 400,000 without power.",
            "more than 400,000",
            Some("person without power"),
        ),
        (
            "Strikes have left thousands without electricity.",
            "thousands",
            Some("person without power"),
        ),
        // ... and a measure is not: nor does it stand for a count.
        (
            "Strikes left thousands without electricity, with temperatures as low as minus 20 degrees Celsius.",
            "minus 20 degrees Celsius",
            None,
        ),
        // A pronoun names nothing; a preposition ends the noun phrase.
        ("Chad hosts some 500,000 of them.", "some 500,000", None),
        (
            "The U.N. asked donors for $2.7 billion for aid inside Sudan.",
            "$2.7 billion",
            Some("aid"),
        ),
        (
            "It surpassed the previous high of 4.76 meters set during a flood in 1941.",
            "4.76 meters",
            None,
        ),
    ]);
    // A currency named by a word of its own.
    let found = extract(
        "Rebuilding would cost at least 19 billion reais ($3.7 billion).",
        &Options::default(),
    );
    let reais = found
        .iter()
        .find(|m| m.text == "at least 19 billion reais")
        .unwrap();
    assert_eq!(reais.kind, Kind::Money);
    assert_eq!(reais.unit.as_deref(), Some("BRL"));
}

#[test]
fn quarterly_and_yearly_results() {
    assert_subjects(&[
        // The period an amount is for, said before it, after it or at the
        // head of its sentence.
        (
            "Nike reported fourth-quarter revenue of $11.10 billion on Thursday.",
            "$11.10 billion",
            Some("revenue per quarter"),
        ),
        (
            "Revenue dropped 12% to $11.1 billion in the three months ended May 31.",
            "$11.1 billion",
            Some("revenue per quarter"),
        ),
        (
            "For the full fiscal year, revenue declined 10% to $46.3 billion.",
            "$46.3 billion",
            Some("revenue per year"),
        ),
        // Net income is profit.
        (
            "Net income plunged to $211 million.",
            "$211 million",
            Some("net profit"),
        ),
        // A forecast beaten says nothing of the figure after it; an
        // estimate of the street is a forecast.
        (
            "Nike beats forecasts despite 12% revenue drop",
            "12%",
            Some("revenue decrease"),
        ),
        (
            "Revenue of $11.10 billion was ahead of Wall Street estimates of $10.7 billion.",
            "$10.7 billion",
            Some("revenue forecast"),
        ),
        // A region of sales is said where it applies; it does not spread
        // to the next amount as a nationality of people does.
        (
            "Sales in Greater China fell 21% to $1.48 billion. \n\nFor the full fiscal year, revenue declined 10% to $46.3 billion.",
            "10%",
            Some("revenue decrease per year"),
        ),
    ]);
}

#[test]
fn poll_shares_fractions_and_markets() {
    assert_subjects(&[
        // A party's share, named before `on` or after `for`.
        (
            "The poll put Labour on 40%, the Conservatives on 20% and Nigel Farage's Reform UK on 17%.",
            "17%",
            Some("reform uk share"),
        ),
        (
            "Reform UK was third on 18%, with the Liberal Democrats on 13%.",
            "18%",
            Some("reform uk share"),
        ),
        (
            "Labour had 39% support against 20% for the Conservatives.",
            "20%",
            Some("conservatives share"),
        ),
        // (Not a sentence's first word alone before `at`: no party's
        // share, but the level containment stood at.)
        ("Containment stood at 10%.", "10%", Some("containment")),
        // A market is no exchange of prisoners.
        (
            "He stole $8 billion from customers of the FTX exchange on Thursday.",
            "$8 billion",
            None,
        ),
    ]);
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "His lawyers asked for no more than 6-1/2 years.",
                "no more than 6-1/2 years",
                Duration,
                S("P6.5Y"),
            ),
            ("It took 2 1/2 hours.", "2 1/2 hours", Duration, S("PT2.5H")),
        ],
        None,
    );
}

#[test]
fn hostages_freed_seized_and_yet_to_be_returned() {
    assert_subjects(&[
        (
            "Hamas frees 20 living hostages.",
            "20",
            Some("living hostage released"),
        ),
        (
            "Israel began freeing 1,968 Palestinian prisoners under a ceasefire deal.",
            "1,968",
            Some("palestinian prisoner released"),
        ),
        (
            "Of the 251 people seized in the attack, 48 remained in Gaza.",
            "251",
            Some("person captured"),
        ),
        // A truce happens to nothing counted.
        (
            "Some 300 trucks entered under the ceasefire.",
            "Some 300",
            Some("truck"),
        ),
        // An event denied is not the figure's.
        (
            "The bodies of 24 captives are yet to be returned.",
            "24",
            Some("prisoner"),
        ),
        (
            "About 40 detainees had not been released.",
            "About 40",
            Some("prisoner"),
        ),
    ]);
}

#[test]
fn halves_and_quarters_of_a_period() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "The deal is expected to close in the second half of 2026.",
                "second half of 2026",
                Date,
                S("2026-07/2026-12"),
            ),
            (
                "Revenue rose 5% in the first quarter of 2025.",
                "first quarter of 2025",
                Date,
                S("2025-01/2025-03"),
            ),
            (
                "The first half of March was wet.",
                "first half of March",
                Date,
                S("2025-03-01/2025-03-15"),
            ),
            // Without a period after it, `fourth` stays an ordinal.
            (
                "In the fourth quarter, profit fell.",
                "fourth",
                Ordinal,
                N(4.0),
            ),
        ],
        Some("2025-06-26"),
    );
}

#[test]
fn spills_outbreaks_and_crossings_count() {
    assert_subjects(&[
        // What is spilled and who cross a sea are counted for it.
        (
            "About 6,000 barrels of crude had leaked into the Pacific.",
            "About 6,000 barrels",
            Some("crude spilled"),
        ),
        (
            "On Saturday alone, 534 migrants crossed the Channel in 10 boats.",
            "534",
            Some("migrant crossed"),
        ),
        // ... but a line or a level crossed is no crossing.
        (
            "She crossed the finish line after 2 hours and 9 minutes.",
            "2 hours and 9 minutes",
            None,
        ),
        // A rate is named by the word before it: a case fatality rate is a
        // death rate, not an interest rate.
        (
            "The case fatality rate stood at 2.1%.",
            "2.1%",
            Some("death rate"),
        ),
        // An aim is a projection: after `aims`, or a target `of` before it
        // (but not a target range, and not targets counted).
        (
            "The ministry aims to vaccinate 2 million people in Lusaka.",
            "2 million",
            Some("person forecast"),
        ),
        (
            "The government set a target of 300,000 new homes.",
            "300,000",
            Some("home forecast"),
        ),
        (
            "The Fed held its target range of 4.25% to 4.5%, and its rate.",
            "4.25% to 4.5%",
            None,
        ),
        ("Drones struck 30 targets overnight.", "30", Some("target")),
        // A sentence that opens `Most of the cases,` names a part of them.
        (
            "Most of the cases, 2,470, have been recorded in the capital.",
            "2,470",
            Some("infected (part)"),
        ),
        // The verb after an aside between commas, past the aside's figure.
        (
            "Five people, including a seven-year-old girl, died on Tuesday.",
            "Five",
            Some("person killed"),
        ),
        // Two words coordinated before one noun modify it; two nouns do not.
        (
            "Hackers stole the details of 9.7 million current and former customers.",
            "9.7 million",
            Some("customer"),
        ),
        (
            "The aircraft was carrying 68 passengers and four crew members.",
            "68",
            Some("passenger"),
        ),
        // A short word inside a compound belongs to it.
        (
            "The chancellor set out £1.2 trillion of day-to-day spending.",
            "£1.2 trillion",
            Some("spending"),
        ),
        // Figures of one kind share a noun in coordination; a measure takes
        // none from a count.
        (
            "Repsol deployed 1,000 workers and recovered 2,100 barrels.",
            "2,100 barrels",
            Some("recovered"),
        ),
        // A dateline's date is when the report was filed.
        (
            "LIMA, Jan 20 (AP) — Oil spilled from a tanker has spread to 21 beaches.",
            "Jan 20",
            None,
        ),
        (
            "LUSAKA, Jan 8 - A cholera outbreak has killed 64 people.",
            "Jan 8",
            None,
        ),
    ]);
    // Currencies of one country, by name.
    for (text, unit) in [
        ("Losses of 3 million soles ($780,000) a week.", "PEN"),
        ("A fine of 2,000 cedis.", "GHS"),
        ("It cost 500 billion dong.", "VND"),
    ] {
        let found = extract(text, &Options::default());
        let money = found
            .iter()
            .find(|m| m.kind == Kind::Money)
            .unwrap_or_else(|| panic!("{text:?}: no money"));
        assert_eq!(money.unit.as_deref(), Some(unit), "{text:?}");
    }
}

#[test]
fn tunnels_censuses_and_house_prices() {
    assert_subjects(&[
        // Who are trapped are counted for it.
        (
            "Rescuers raced to reach 41 labourers trapped in a collapsed tunnel.",
            "41",
            Some("labourer trapped"),
        ),
        // A verb in `-ing` with its object ends the noun phrase...
        (
            "Crews cleared 24 metres of an estimated 57 metres of debris blocking the tunnel.",
            "an estimated 57 metres",
            Some("debris"),
        ),
        // ... but a noun in `-ing` is one.
        (
            "It was the 38th mass shooting in Ohio this year.",
            "38th",
            Some("shooting"),
        ),
        // A lender's rate is no central bank's.
        (
            "The average two-year fixed mortgage rate stood at 6.69%.",
            "6.69%",
            Some("mortgage rate"),
        ),
        // Debt gross and net are two measures of it.
        (
            "Net debt seen at A$634 billion, or 21.8% of GDP.",
            "A$634 billion",
            Some("net debt"),
        ),
        (
            "Gross debt will top $1.07 trillion.",
            "$1.07 trillion",
            Some("gross debt"),
        ),
        (
            "Net debt will reach 22%, while gross debt will top $1.07 trillion.",
            "$1.07 trillion",
            Some("gross debt"),
        ),
        // Head of livestock are animals.
        (
            "More than 46,000 head of livestock have perished.",
            "More than 46,000",
            Some("animal killed"),
        ),
        // What is foreseen is a forecast, and `sees` is no noun.
        (
            "BoE hikes rates to 4%, sees inflation peaking at 4.8%",
            "4.8%",
            Some("inflation forecast"),
        ),
        (
            "Futures showed traders see Bank Rate peaking between 4.25% and 4.5% by year-end.",
            "between 4.25% and 4.5%",
            Some("interest rate forecast"),
        ),
        // So is what a figure is seen at.
        (
            "Analysts see the reference rate at 3.75 percent by December.",
            "3.75 percent",
            Some("interest rate forecast"),
        ),
        (
            "The council lowered the reference rate to 4.50% from 4.75%.",
            "4.50%",
            Some("interest rate"),
        ),
        // What a dissenter preferred is no decision.
        (
            "Members voted six to three, with three preferring to hold rates at 3.75%.",
            "3.75%",
            Some("interest rate sought"),
        ),
        (
            "The cut takes the prime lending rate to 10 per cent.",
            "10 per cent",
            Some("prime rate"),
        ),
        // (A bare lending rate is the central bank's.)
        (
            "The Reserve Bank has cut its main lending rate by 125 basis points.",
            "125 basis points",
            Some("interest rate cut"),
        ),
        // A comparison after a figure is no noun.
        (
            "Mortgage approvals were about 30% below their average.",
            "about 30%",
            None,
        ),
        // The level a change reached is no change, past `a record`.
        (
            "Foreign residents rose by 243,000 to a record 3.16 million.",
            "3.16 million",
            Some("foreign person"),
        ),
    ]);
    // Two figures far apart joined by `to` are a change and a level, not a
    // range; ranges news gives stay ranges.
    let found = extract(
        "Japan's population fell by 595,000 to 124.35 million. \
         Prices will fall by 3% to 5%. In all, 35 to 45 million people voted.",
        &Options::default(),
    );
    let texts: Vec<&str> = found.iter().map(|m| m.text.as_str()).collect();
    assert!(texts.contains(&"595,000"), "{texts:?}");
    assert!(texts.contains(&"124.35 million"), "{texts:?}");
    assert!(texts.contains(&"3% to 5%"), "{texts:?}");
    assert!(texts.contains(&"35 to 45 million"), "{texts:?}");
}

#[test]
fn wildfires_and_strikes_count() {
    assert_subjects(&[
        // The verb after an aside that is a figure of its own.
        (
            "Some 1.7 million people, about three-quarters of Gaza's population, have been displaced.",
            "Some 1.7 million",
            Some("person displaced"),
        ),
        // A part with no noun counts what its group is.
        (
            "Of the active fires, 23 were considered out of control.",
            "23",
            Some("fire (part)"),
        ),
        // Out of their homes is displaced, past a verb; `remain` is no noun.
        (
            "About 19,000 Albertans remained out of their homes on Monday.",
            "About 19,000",
            Some("albertan displaced"),
        ),
        (
            "Evacuation orders were lifted as 19,000 remain displaced.",
            "19,000",
            Some("person displaced"),
        ),
        // A plural in `-zes` of a noun in `-ze`.
        ("Crews battled 91 active blazes.", "91", Some("blaze")),
        // An adverb after the noun is none.
        (
            "China won 40 golds and 91 medals overall.",
            "91",
            Some("chinese medal"),
        ),
        // Militants are fighters.
        (
            "The military said it had targeted 20 to 30 militants.",
            "20 to 30",
            Some("soldier"),
        ),
    ]);
}

#[test]
fn grades_and_values() {
    assert_subjects(&[
        // Back over a participle to the noun before a verb of change.
        (
            "The proportion of A* and A grades awarded in the UK fell to 27.2%.",
            "27.2%",
            Some("grade"),
        ),
        // What something is worth is its value.
        (
            "Police seized 5.7 tonnes of cocaine worth about A$760 million.",
            "about A$760 million",
            Some("value"),
        ),
        (
            "The average home is now worth £265,074.",
            "£265,074",
            Some("value"),
        ),
        // (A listed event stays one: `the number of people killed rose`.)
        (
            "The number of people killed rose to 52.",
            "52",
            Some("person killed"),
        ),
    ]);
}

#[test]
fn oil_markets_rates_and_ferries() {
    assert_subjects(&[
        // A unit that says its period: `bpd` is barrels per day.
        (
            "OPEC+ agreed to cut output by 1.2 million bpd.",
            "1.2 million bpd",
            Some("cut per day"),
        ),
        // A figure that has fallen decreased; the fallen of a war died.
        (
            "Prices have fallen about 15% since September.",
            "about 15%",
            Some("price decrease"),
        ),
        (
            "The families of 50 fallen soldiers gathered.",
            "50",
            Some("person killed"),
        ),
        // A figure inside a relative clause takes no verb from after it.
        (
            "The group, which pumps about 40% of the world's oil, has now pledged cuts.",
            "about 40%",
            Some("oil"),
        ),
        // Nor one from a subordinate clause after it...
        (
            "The Bank of England held rates at 5.25% as inflation fell.",
            "5.25%",
            Some("interest rate"),
        ),
        // ... unless `as` says what it was recorded as.
        (
            "The ministry recorded more than 70,000 people as officially missing.",
            "more than 70,000",
            Some("person missing"),
        ),
        // An adverb in `-ly` ends a noun phrase, and `earlier` is none.
        (
            "Markets price the first reduction fully for June.",
            "first",
            Some("reduction"),
        ),
        ("Brent touched $85 earlier in the session.", "$85", None),
        // `, up 12%` after a figure is how much it changed.
        (
            "Acme reported a net profit of $4.2 billion, up 12% from a year earlier.",
            "12%",
            Some("profit increase per year"),
        ),
        // A capacity is of people unless it says what it holds.
        (
            "The ferry had an official capacity of 150.",
            "150",
            Some("person capacity"),
        ),
        // The end of a span of time is no time of the event.
        (
            "The Bank raised rates 14 times between December 2021 and August 2023.",
            "August 2023",
            None,
        ),
        (
            "The Bank raised rates 14 times between December 2021 and August 2023.",
            "December 2021",
            Some("interest rate raised"),
        ),
    ]);
    let m = figure_in("Russia will cut exports by 500,000 bpd.", "500,000 bpd");
    assert_eq!((m.kind, m.unit.as_deref()), (Kind::Measure, Some("bbl")));
}

#[test]
fn amounts_joined_by_hyphens_and_converted_in_brackets() {
    // A scale word and a currency joined by hyphens are one amount.
    for (text, figure, value) in [
        (
            "Madrid announced a 2.2-billion-euro package.",
            "2.2-billion-euro",
            2.2e9,
        ),
        (
            "They signed a 10-million-dollar deal.",
            "10-million-dollar",
            1e7,
        ),
        (
            "A $1.5-billion package was approved.",
            "$1.5-billion",
            1.5e9,
        ),
    ] {
        let m = figure_in(text, figure);
        assert_eq!(
            (m.kind, m.value.as_number()),
            (Kind::Money, Some(value)),
            "{text:?}"
        );
    }
    assert_subjects(&[
        // An amount and its conversion in brackets are of the same thing.
        (
            "The government approved 2.2 billion euros ($2.4 billion) in aid.",
            "2.2 billion euros",
            Some("aid"),
        ),
        (
            "The government approved 2.2 billion euros ($2.4 billion) in aid.",
            "$2.4 billion",
            Some("aid"),
        ),
        (
            "Temperatures climbed to 44.6 degrees Celsius (112.3 degrees Fahrenheit) in Cordoba.",
            "112.3 degrees Fahrenheit",
            Some("temperature"),
        ),
        // (And the verb after it is still not theirs.)
        (
            "The blaze, about 40 miles (64 kilometers) northwest of Los Angeles, has cost $15 million to fight.",
            "about 40 miles",
            Some("los angeles distance"),
        ),
        // What something is worth: a container before `of`, another
        // figure after it.
        (
            "It put tariffs on $18bn worth of Chinese imports.",
            "$18bn",
            Some("chinese import"),
        ),
        // (Goods seized by weight are seized, not people captured.)
        (
            "Police seized 5.7 tonnes of cocaine worth about A$760 million.",
            "5.7 tonnes",
            Some("cocaine seized"),
        ),
        // A difference between temperatures is none.
        (
            "Temperatures were 10 to 15 degrees above normal.",
            "10 to 15 degrees",
            None,
        ),
        // How old something is.
        ("The aircraft was 15 years old.", "15 years", Some("age")),
        // The remaining ones are a part; one each of several, no count.
        (
            "Rescuers were searching for the remaining three people.",
            "three",
            Some("person (part)"),
        ),
        (
            "Among them were two South Koreans and one each from Argentina and France.",
            "one",
            None,
        ),
        // Foreigners are foreign nationals.
        (
            "The plane carried 15 foreigners.",
            "15",
            Some("foreign person"),
        ),
        (
            "The plane carried 15 foreign nationals.",
            "15",
            Some("foreign person"),
        ),
    ]);
}

#[test]
fn doses_a_year_and_age_groups() {
    assert_subjects(&[
        // A rate's adverb after its noun ends the noun phrase.
        (
            "The institute plans to produce 200 million doses annually.",
            "200 million",
            Some("dose per year"),
        ),
        (
            "Penalties reach 5% of the average daily worldwide turnover.",
            "5%",
            Some("turnover"),
        ),
    ]);
    // The bound of an age group is an age, not a count; a count qualified
    // the same way stays one.
    for (text, figure, kind) in [
        (
            "Most of them were children under five.",
            "under five",
            Kind::Duration,
        ),
        (
            "People over 65 were offered a booster.",
            "over 65",
            Kind::Duration,
        ),
        ("Police arrested over 65 people.", "over 65", Kind::Count),
        (
            "At least nine people, most of them over 60, died.",
            "over 60",
            Kind::Duration,
        ),
        (
            "The dead ranged in age from 15 to 34.",
            "15",
            Kind::Duration,
        ),
        (
            "The dead ranged in age from 15 to 34.",
            "34",
            Kind::Duration,
        ),
        (
            "The reform raises the retirement age from 62 to 64.",
            "62",
            Kind::Count,
        ),
    ] {
        let m = figure_in(text, figure);
        assert_eq!(m.kind, kind, "{text:?}");
    }
}

#[test]
fn a_share_of_a_group_is_a_part() {
    assert_subjects(&[
        (
            "Men made up 78% of road deaths.",
            "78%",
            Some("road killed (part)"),
        ),
        (
            "Lusaka accounts for about 80% of cases.",
            "about 80%",
            Some("infected (part)"),
        ),
        // (Not a change of the whole, nor a share said without a verb of
        // sharing: `up to 5% of turnover` is a cap on it.)
        ("Road deaths fell 1% last year.", "1%", Some("road killed")),
        (
            "Fines can reach up to 5% of turnover.",
            "up to 5%",
            Some("turnover"),
        ),
    ]);
}

#[test]
fn speeds_are_read_whole_and_share_their_conversion() {
    let text = "Cyclone Mira struck with sustained winds of 150 km/h (93 mph), and gusts of up to 180km/h.";
    for (figure, unit) in [
        ("150 km/h", "km/h"),
        ("93 mph", "mph"),
        ("up to 180km/h", "km/h"),
    ] {
        let m = figure_in(text, figure);
        assert_eq!(m.kind, Kind::Measure, "{figure:?}");
        assert_eq!(m.unit.as_deref(), Some(unit), "{figure:?}");
    }
    assert_subjects(&[
        (text, "150 km/h", Some("wind")),
        (text, "93 mph", Some("wind")),
    ]);
}

#[test]
fn a_level_reached_is_about_the_noun_before_its_verb() {
    assert_subjects(&[
        (
            "Rainfall topped 250mm in 24 hours, the meteorological department said.",
            "250mm",
            Some("rain"),
        ),
        (
            "The storm surge reached up to 3 metres in parts of Khulna.",
            "up to 3 metres",
            Some("surge"),
        ),
        (
            "Damage is estimated at 15 billion taka, the ministry said.",
            "15 billion taka",
            Some("loss"),
        ),
        // A verb of estimating names the thing before `at`.
        (
            "The government put early losses at 12 billion taka.",
            "12 billion taka",
            Some("loss"),
        ),
        // Back over what a preposition adds to the noun (which names the
        // place whose prices they are).
        (
            "Rice prices in Dhaka markets jumped 8% overnight.",
            "8%",
            Some("dhaka rice price increase"),
        ),
        (
            "Carbon dioxide emissions from fossil fuels reached 37.4bn tonnes in 2024.",
            "37.4bn tonnes",
            Some("dioxide emissions"),
        ),
        // A pronoun names nothing; an adverb is no noun. (A bare `the
        // rate` with no word of banks near is no interest rate.)
        (
            "It was the first time the rate has hit 4% since 2022, and the first time it has hit 4% this year.",
            "4%",
            Some("rate"),
        ),
        (
            "Inflation rose, the first time it has hit 4% since 2022.",
            "4%",
            None,
        ),
        (
            "The VIX volatility index briefly topped 65.",
            "65",
            Some("index"),
        ),
        // Nor is a noun that is a verb after a modal.
        (
            "Wealthy countries will channel $300bn a year to developing nations.",
            "$300bn",
            None,
        ),
        // Money a year `in` something is for it.
        (
            "Nations pledge $300 billion a year in climate finance.",
            "$300 billion",
            Some("finance pledged per year"),
        ),
        // `at the start` is a point in time, not a beginning counted.
        (
            "Temperatures hovered around 11 degrees Celsius at the start.",
            "around 11 degrees Celsius",
            None,
        ),
    ]);
}

#[test]
fn a_figure_gone_past_is_a_lower_bound() {
    for text in [
        "The VIX volatility index briefly topped 65.",
        "Deaths have exceeded 65 in the region.",
    ] {
        let m = figure_in(text, "65");
        assert_eq!(m.approx, factcheck::Approx::MoreThan, "{text:?}");
        assert_eq!(m.low, Some(factcheck::Value::Number(65.0)), "{text:?}");
        assert_eq!(m.high, None, "{text:?}");
    }
    // Reached is no more than the figure.
    let m = figure_in("The index reached 65.", "65");
    assert_eq!(m.approx, factcheck::Approx::Exact);
}

#[test]
fn fractions_of_a_group_and_multiples() {
    for (text, figure, value, subject) in [
        // A share of the group, in per cent: it meets `25% of homes`.
        (
            "A quarter of homes in the villages had been flattened.",
            "A quarter",
            25.0,
            "home destroyed",
        ),
        (
            "Half of the 4.5 million customers had power again.",
            "Half",
            50.0,
            "customer",
        ),
        (
            "About a third of the country's wheat crop was lost.",
            "About a third",
            1.0 / 3.0 * 100.0,
            "crop",
        ),
    ] {
        let m = figure_in(text, figure);
        assert_eq!(m.kind, Kind::Percent, "{text:?}");
        assert_eq!(m.value, factcheck::Value::Number(value), "{text:?}");
        assert_eq!(m.subject.as_deref(), Some(subject), "{text:?}");
    }
    // Not a part of a span of time (that is a span itself) or of
    // something ranked.
    let m = figure_in(
        "The talks lasted a quarter of an hour.",
        "a quarter of an hour",
    );
    assert_eq!(
        (m.kind, m.subject.as_deref()),
        (Kind::Duration, Some("talks"))
    );
    let text = "He scored in the second half of the match.";
    let found = extract(text, &Options::default());
    assert!(
        found.iter().all(|m| m.text != "half"),
        "{text:?}: {found:?}"
    );
    // A multiple counts nothing: no `time` is counted.
    let m = figure_in(
        "The figure is three times the old target of $100bn a year.",
        "three",
    );
    assert_eq!(m.kind, Kind::Number);
    assert_eq!(m.subject, None);
}

#[test]
fn a_rate_per_head_names_its_population_which_is_no_figure() {
    assert_subjects(&[
        (
            "Sweden recorded 22 road deaths per million inhabitants last year.",
            "22",
            Some("road killed per million"),
        ),
        (
            "The murder rate rose to 6.8 per 100,000 residents.",
            "6.8",
            Some("murder rate per 100,000"),
        ),
        (
            "The country has 2.5 doctors for every 1,000 people.",
            "2.5",
            Some("country doctor per 1,000"),
        ),
    ]);
    for text in [
        "The murder rate rose to 6.8 per 100,000 residents.",
        "The country has 2.5 doctors for every 1,000 people.",
    ] {
        let found = extract(text, &Options::default());
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
    }
    // A count after `per` with no rate before it is still a figure.
    let found = extract("Tickets cost $5 per 100 grams.", &Options::default());
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn times_halves_and_the_words_around_an_amount() {
    // A qualifier before a clock time qualifies the time; `and a half`,
    // with spaces or hyphens, is part of its number.
    for (text, figure, kind, value) in [
        (
            "The train was hit at around 9am local time.",
            "around 9am",
            Kind::Time,
            "09:00",
        ),
        (
            "The blast happened at about 10:30 a.m. on Friday.",
            "about 10:30 a.m.",
            Kind::Time,
            "10:30",
        ),
        (
            "His lawyers asked for no more than six and a half years.",
            "no more than six and a half years",
            Kind::Duration,
            "P6.5Y",
        ),
        (
            "The defence argued for a term of five to six-and-a-half years.",
            "five to six-and-a-half years",
            Kind::Duration,
            "P5Y",
        ),
    ] {
        let m = figure_in(text, figure);
        assert_eq!(m.kind, kind, "{text:?}");
        assert_eq!(m.value, factcheck::Value::Text(value.into()), "{text:?}");
    }
    // `over` before an amount used as an adjective is a preposition.
    let m = figure_in(
        "He was jailed for 25 years over $8 billion fraud.",
        "$8 billion",
    );
    assert_eq!(m.approx, factcheck::Approx::Exact);
    let m = figure_in("Losses were over $8 billion in total.", "over $8 billion");
    assert_eq!(m.approx, factcheck::Approx::MoreThan);
    assert_subjects(&[
        // A forecast said once.
        (
            "Growth beat economists' forecasts of 2.6% in a Reuters poll.",
            "2.6%",
            Some("forecast"),
        ),
        // `of` after a listed noun: the noun before it is the head.
        (
            "The average price of a home reached 268,144 pounds.",
            "268,144 pounds",
            Some("price"),
        ),
        // A month holds nothing.
        (
            "He was convicted in November on seven counts of fraud.",
            "seven",
            Some("count"),
        ),
        // A verb of losing ends the noun phrase; lost power is being
        // without it.
        (
            "More than 1 million customers lost access to their funds.",
            "More than 1 million",
            Some("customer"),
        ),
        (
            "At the peak, some 1.6 million customers lost power.",
            "some 1.6 million",
            Some("customer without power"),
        ),
        // A rate per day with more after it.
        (
            "Indian Railways carries some 13 million passengers a day on a network of 68,000 km.",
            "some 13 million",
            Some("passenger per day"),
        ),
        // A rate per hour with the day after it: not `a year on`.
        (
            "The Danube was falling by about 5 cm an hour on Monday morning.",
            "about 5 cm",
            Some("danube decrease per hour"),
        ),
        (
            "The river rose 20 cm an hour on 3 June.",
            "20 cm",
            Some("river increase per hour"),
        ),
    ]);
}

#[test]
fn wire_times_and_measures_of_two_dimensions() {
    // Four digits before a time zone are a time of day; before an era, not.
    let text = "The train was hit at around 9am local time (0330 GMT), in 2200 BC.";
    let m = figure_in(text, "0330 GMT");
    assert_eq!(m.kind, Kind::Time);
    assert_eq!(m.value, factcheck::Value::Text("03:30".into()));
    assert_ne!(figure_in(text, "2200").kind, Kind::Time);
    // A speed joined to an altitude by `and` is no altitude: a speed.
    assert_subjects(&[
        (
            "Starship flew for an hour, at a peak altitude of around 190 kilometres and travelling at more than 27,000km/h.",
            "more than 27,000km/h",
            Some("speed"),
        ),
        (
            "Real Madrid won in front of 86,212 fans at Wembley.",
            "86,212",
            Some("spectator"),
        ),
        (
            "Real beat Dortmund in front of a crowd of 86,000.",
            "86,000",
            Some("spectator"),
        ),
    ]);
}

#[test]
fn a_span_of_time_after_a_name_or_a_label_is_a_span() {
    for (text, figure) in [
        ("He crossed the line 41 seconds clear.", "41 seconds"),
        (
            "He finished at the Opera House 41 seconds clear.",
            "41 seconds",
        ),
        (
            "It reopened about an hour later than planned.",
            "about an hour",
        ),
    ] {
        assert_eq!(figure_in(text, figure).kind, Kind::Duration, "{text:?}");
    }
    // A name or a label with a number is still no figure.
    for text in ["Take exit 5 north.", "Apollo 11 landed."] {
        assert!(extract(text, &Options::default()).is_empty(), "{text:?}");
    }
}

#[test]
fn may_and_march_as_months_by_what_surrounds_them() {
    for (text, figure) in [
        ("Rates could fall as early as May.", "May"),
        ("All eyes are on the Reserve Bank's May meeting.", "May"),
        ("Its March policy review is due.", "March"),
    ] {
        assert_eq!(figure_in(text, figure).kind, Kind::Date, "{text:?}");
    }
    for text in [
        "Theresa May said the meeting went well.",
        "Prices may rise as early as today.",
        "The March labour force figures will be released on 16 April.",
    ] {
        let months: Vec<_> = extract(text, &Options::default())
            .into_iter()
            .filter(|m| m.text == "May" || m.text == "may" || m.text == "March")
            .collect();
        assert!(months.is_empty(), "{text:?}: {months:?}");
    }
}

#[test]
fn fiscal_years_written_fy() {
    let text = "Profit rose 65% to Rs 1,236 crore in FY26 from FY25; it targets 2.5 crore passengers in FY2027.";
    for (figure, year) in [("FY26", "2026"), ("FY25", "2025"), ("FY2027", "2027")] {
        let m = figure_in(text, figure);
        assert_eq!(m.kind, Kind::Date, "{figure}");
        assert_eq!(m.value.as_text(), Some(year), "{figure}");
    }
    assert_eq!(figure_in(text, "2.5 crore").as_of.as_deref(), Some("2027"));
    // Not a word that starts with the letters, nor other digits.
    for text in ["FYI, the FY ends soon.", "Form FY1 is due.", "Call FY123."] {
        let dates: Vec<_> = extract(text, &Options::default())
            .into_iter()
            .filter(|m| m.kind == Kind::Date)
            .collect();
        assert!(dates.is_empty(), "{text:?}: {dates:?}");
    }
}

#[test]
fn a_year_and_the_next_written_with_a_slash_are_one_span() {
    let text =
        "In fiscal year 2024/25, 2,380 people died on the roads. The 2025/2026 season opens soon.";
    for (figure, span) in [("2024/25", "2024/2025"), ("2025/2026", "2025/2026")] {
        let m = figure_in(text, figure);
        assert_eq!(m.kind, Kind::Date, "{figure}");
        assert_eq!(m.value.as_text(), Some(span), "{figure}");
    }
    // The count belongs to that year, so a report's toll of this year
    // cannot meet it.
    assert_eq!(figure_in(text, "2,380").as_of.as_deref(), Some("2024/2025"));
    // Years further apart with a slash are two figures, not a span.
    let apart = extract("Scores were 1990/2000 in the test.", &Options::default());
    assert!(apart.iter().all(|m| m.text != "1990/2000"), "{apart:?}");
}

#[test]
fn areas_in_the_ways_papers_write_them() {
    for (text, figure, unit, value) in [
        (
            "A slick covering some 120 square km.",
            "some 120 square km",
            "km²",
            120.0,
        ),
        ("The zone spans 5 km2.", "5 km2", "km²", 5.0),
        ("Fire burned 30 sq miles.", "30 sq miles", "mi²", 30.0),
        ("A 450 sqm flat.", "450 sqm", "m²", 450.0),
        (
            "The house has 3,000 square feet.",
            "3,000 square feet",
            "ft²",
            3000.0,
        ),
        ("A 1,200 sq ft shop.", "1,200 sq ft", "ft²", 1200.0),
    ] {
        assert_amount(Kind::Measure, text, figure, unit, value);
    }
}

#[test]
fn modals_place_adverbs_and_parts_said_with_alone() {
    assert_subjects(&[
        // A modal is no noun.
        (
            "Farmers must cut irrigation by 80%.",
            "80%",
            Some("farmer cut"),
        ),
        // `worldwide` before a preposition ends the noun phrase.
        (
            "The update crashed about 8.5 million Windows computers worldwide on Friday.",
            "about 8.5 million",
            Some("computer"),
        ),
        // `alone`: a part of all that were.
        (
            "Delta Air Lines cancelled about 1,000 flights alone.",
            "about 1,000",
            Some("flight cancelled (part)"),
        ),
        // Money taken off something is of it.
        (
            "Shares fell 11%, wiping about $9 billion off its market value.",
            "about $9 billion",
            Some("value decrease"),
        ),
    ]);
}

#[test]
fn a_change_and_a_level_in_other_units_are_no_range_and_vague_amounts_follow_years() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "The bank increased rates by 0.25 percentage points to 4.5 per cent.",
                "4.5 per cent",
                Percent,
                N(4.5),
            ),
            (
                "The bank increased rates by 0.25 percentage points to 4.5 per cent.",
                "0.25 percentage points",
                Percent,
                N(0.25),
            ),
            (
                "Prices may fall by 3% to 5% this year.",
                "3% to 5%",
                Percent,
                N(3.0),
            ),
            ("a queue of 5 to 10 km", "5 to 10 km", Measure, N(5.0)),
            (
                "3 August 2027\n\nTens of thousands of residents were ordered to leave.",
                "Tens of thousands",
                Count,
                N(20000.0),
            ),
            ("In 2027 dozens of people left.", "dozens", Count, N(20.0)),
        ],
        None,
    );
}

#[test]
fn a_fraction_of_one_unit_is_a_figure_in_that_unit() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "The bank raised its rate by a quarter of a percentage point.",
                "a quarter of a percentage point",
                Percent,
                N(0.25),
            ),
            (
                "Rates rose by half a percentage point.",
                "half a percentage point",
                Percent,
                N(0.5),
            ),
            (
                "a cut of three-quarters of a percentage point",
                "three-quarters of a percentage point",
                Percent,
                N(0.75),
            ),
            (
                "Police arrived half an hour later.",
                "half an hour",
                Duration,
                S("PT0.5H"),
            ),
            (
                "The fire came within a third of a mile of the school.",
                "a third of a mile",
                Measure,
                N(1.0 / 3.0),
            ),
            // Still a share of a group, or a number.
            ("half of the town", "half", Percent, N(50.0)),
            (
                "Half a million people left.",
                "Half a million",
                Count,
                N(500_000.0),
            ),
        ],
        None,
    );
}

#[test]
fn a_forecast_deadline_looks_ahead_and_money_raised_is_no_change() {
    let opts = Options {
        date: Some("2027-03-19".into()),
    };
    let month = |text: &str| {
        extract(text, &opts)
            .into_iter()
            .find(|m| m.text == "December")
            .and_then(|m| m.value.as_text().map(str::to_string))
    };
    assert_eq!(
        month("The bank forecast that inflation would fall to 3 per cent by December.").as_deref(),
        Some("2027-12")
    );
    assert_eq!(
        month("By December, 500 people had died.").as_deref(),
        Some("2026-12")
    );
    assert_eq!(
        month("In December, the minister said he would resign.").as_deref(),
        Some("2026-12")
    );
    assert_eq!(
        subject_of("The charity raised $5m last year.", "$5m").as_deref(),
        Some("raised")
    );
    assert_eq!(
        subject_of("The pound gained 0.4 per cent.", "0.4 per cent").as_deref(),
        Some("pound increase")
    );
    assert_eq!(
        subject_of("The economy expanded by just 0.2 per cent.", "0.2 per cent").as_deref(),
        Some("growth increase")
    );
    assert_eq!(
        subject_of("Joblessness rose to 4.2 per cent.", "4.2 per cent").as_deref(),
        Some("unemployment")
    );
}

#[test]
fn a_distance_in_an_aside_takes_no_verb_of_the_amount_after_it() {
    let text = "The blaze, which broke out near the village of Varnavas, some 35 kilometres \
                (22 miles) from Athens, had burned through roughly 10,000 hectares by Sunday.";
    assert_eq!(
        subject_of(text, "some 35 kilometres").as_deref(),
        Some("athens distance")
    );
    assert_eq!(
        subject_of(text, "roughly 10,000 hectares").as_deref(),
        Some("burned")
    );
    // (A verb with two amounts joined by `and` is the first one's.)
    assert_eq!(
        subject_of(
            "Almost 15,000 civilians have been killed and more than 40,000 injured.",
            "Almost 15,000"
        )
        .as_deref(),
        Some("civilian killed")
    );
}

#[test]
fn a_forecast_missed_is_no_one_missing_and_laying_off_is_a_cut() {
    let text = "Revenue rose 1% to $76.05 billion, missing analysts' average estimate of \
                $76.53 billion.";
    assert_eq!(
        subject_of(text, "$76.05 billion").as_deref(),
        Some("revenue")
    );
    assert_ne!(
        subject_of(text, "$76.53 billion").as_deref(),
        Some("missing")
    );
    assert_eq!(
        subject_of("Alphabet is laying off 12,000 employees.", "12,000").as_deref(),
        Some("job cut")
    );
    // Small moves say their way by the word after them.
    let text = "Sales edged up 1 per cent to $76bn.";
    assert_eq!(
        subject_of(text, "1 per cent").as_deref(),
        Some("revenue increase")
    );
    assert_eq!(subject_of(text, "$76bn").as_deref(), Some("revenue"));
    assert_eq!(
        subject_of("Inflation ticked down 0.2% in May.", "0.2%").as_deref(),
        Some("inflation decrease")
    );
}

#[test]
fn a_share_of_the_economy_measures_what_comes_before_it() {
    let text = "Borrowing is set to reach £87bn this financial year, or 3.4% of GDP, before \
                falling to £49bn by 2029-30.";
    assert_eq!(
        subject_of(text, "£87bn").as_deref(),
        Some("borrowing forecast")
    );
    assert_eq!(
        subject_of(text, "3.4%").as_deref(),
        Some("borrowing forecast")
    );
    // The economy itself is not what falls to £49bn.
    assert_ne!(subject_of(text, "£49bn").as_deref(), Some("growth"));
    let text = "Borrowing is expected to be £87.2 billion this year (3.4 per cent of GDP).";
    assert_eq!(
        subject_of(text, "3.4 per cent").as_deref(),
        Some("borrowing forecast")
    );
    assert_eq!(
        subject_of(
            "Debt is forecast to peak at 97.5% of GDP in 2027-28.",
            "97.5%"
        )
        .as_deref(),
        Some("debt forecast")
    );
    // Growth is still growth.
    assert_eq!(
        subject_of("GDP grew 0.2%.", "0.2%").as_deref(),
        Some("growth increase")
    );
}

#[test]
fn doses_in_milligrams_and_changes_by_a_fraction() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "The daily 75mg dose costs less than 2p.",
                "75mg",
                Measure,
                N(75.0),
            ),
            (
                "They took 75 milligrams of aspirin.",
                "75 milligrams",
                Measure,
                N(75.0),
            ),
            ("a 500ml bottle", "500ml", Measure, N(500.0)),
            ("500g of gold", "500g", Measure, N(500.0)),
            ("a 12-ounce steak", "12-ounce", Measure, N(12.0)),
            ("Sales fell by half.", "half", Percent, N(50.0)),
            (
                "The risk fell by almost a third.",
                "almost a third",
                Percent,
                N(33.3),
            ),
            (
                "It cut the chances by a quarter.",
                "a quarter",
                Percent,
                N(25.0),
            ),
            ("Costs rose by two-thirds.", "two-thirds", Percent, N(66.7)),
        ],
        None,
    );
    // `5G` is a mobile network, not five grams.
    let found = extract("The 5G network covers 90% of homes.", &Options::default());
    assert!(found.iter().all(|m| !m.text.starts_with('5')), "{found:?}");
    // New cases, counted as people.
    assert_eq!(
        subject_of(
            "Diagnoses: 43,000 people are diagnosed with bowel cancer.",
            "43,000"
        )
        .as_deref(),
        Some("person infected")
    );
}

#[test]
fn basis_points_and_quarter_points_are_percentage_points() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "The Fed cut rates by 25 basis points.",
                "25 basis points",
                Percent,
                N(0.25),
            ),
            ("The yield rose 12bps to 4.1%.", "12bps", Percent, N(0.12)),
            (
                "The Fed cut its rate by a quarter point.",
                "a quarter point",
                Percent,
                N(0.25),
            ),
            (
                "The Fed delivered a quarter-point cut.",
                "a quarter-point",
                Percent,
                N(0.25),
            ),
            (
                "The bank made a half-point rise.",
                "a half-point",
                Percent,
                N(0.5),
            ),
        ],
        None,
    );
    let m = figure_in("The Fed cut rates by 25 basis points.", "25 basis points");
    assert_eq!(m.unit.as_deref(), Some("pp"));
}

#[test]
fn pence_cents_and_the_richter_scale() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "Fuel costs 142.5 pence a litre.",
                "142.5 pence",
                Money,
                N(1.425),
            ),
            ("Fuel was 142.5p a litre.", "142.5p", Money, N(1.425)),
            ("A pint costs 2p more.", "2p", Money, N(0.02)),
            ("A stamp costs 85 cents.", "85 cents", Money, N(0.85)),
            (
                "The quake measured 6.1 on the Richter scale.",
                "6.1 on the Richter scale",
                Measure,
                N(6.1),
            ),
        ],
        None,
    );
    assert_eq!(
        figure_in("A pint costs 2p more.", "2p").unit.as_deref(),
        Some("GBP")
    );
    // `5p.m.` is a time.
    let found = extract("We met at 5p.m. on Friday.", &Options::default());
    assert!(found.iter().all(|m| m.kind != Kind::Money), "{found:?}");
    assert_eq!(
        subject_of(
            "The quake measured 6.1 on the Richter scale.",
            "6.1 on the Richter scale"
        )
        .as_deref(),
        Some("earthquake")
    );
}

#[test]
fn sizes_in_metres_and_shares_out_of_a_whole() {
    use Kind::*;
    use V::*;
    check(
        &[
            ("The bridge is 30m high.", "30m", Measure, N(30.0)),
            ("A 30m-long crack opened.", "30m", Measure, N(30.0)),
            ("They raised 30m last year.", "30m", Count, N(30_000_000.0)),
            (
                "Nine out of 10 doctors agreed.",
                "Nine out of 10",
                Percent,
                N(90.0),
            ),
        ],
        None,
    );
}

#[test]
fn dates_with_slashes_and_spans_of_days_in_one_month() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "Christmas falls on 25/12/2026.",
                "25/12/2026",
                Date,
                S("2026-12-25"),
            ),
            (
                "Christmas falls on 12/25/2026.",
                "12/25/2026",
                Date,
                S("2026-12-25"),
            ),
            // Either 1 April or 4 January: the span between rules out neither.
            (
                "The law takes effect on 1/4/2027.",
                "1/4/2027",
                Date,
                S("2027-01-04/2027-04-01"),
            ),
            (
                "The summit runs from 3 to 5 June 2026.",
                "3 to 5 June 2026",
                Date,
                S("2026-06-03/2026-06-05"),
            ),
            (
                "The festival ran 12-14 July 2025.",
                "12-14 July 2025",
                Date,
                S("2025-07-12/2025-07-14"),
            ),
        ],
        None,
    );
    // The parts of a slashed date are no figures of their own.
    let found = extract("The law takes effect on 1/4/2027.", &Options::default());
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn the_periods_a_change_compares_are_not_what_changed() {
    assert_eq!(
        subject_of("Prices fell 0.5 per cent month-on-month.", "0.5 per cent").as_deref(),
        Some("price decrease per month")
    );
    assert_eq!(
        subject_of("Sales grew 8% year over year.", "8%").as_deref(),
        Some("revenue increase per year")
    );
    assert_eq!(
        subject_of("Hospital admissions rose 12% week on week.", "12%").as_deref(),
        Some("admission increase per week")
    );
}

#[test]
fn last_this_and_next_season_from_the_day_of_the_report() {
    use Kind::*;
    use V::*;
    let june = Some("2026-06-01");
    check(
        &[
            // Not in progress: last autumn is the one that ended in November.
            (
                "Last autumn 300 people were hurt.",
                "Last autumn",
                Date,
                S("2025-09/2025-11"),
            ),
            // In progress: last summer is the year before's.
            (
                "Last summer was hot.",
                "Last summer",
                Date,
                S("2025-06/2025-08"),
            ),
            (
                "This summer is hot.",
                "This summer",
                Date,
                S("2026-06/2026-08"),
            ),
            (
                "This autumn it will rain.",
                "This autumn",
                Date,
                S("2026-09/2026-11"),
            ),
            (
                "Next summer it will shine.",
                "Next summer",
                Date,
                S("2027-06/2027-08"),
            ),
            // `the fall in prices` is no season, and `fall` after a modal a change.
            (
                "Last fall 300 people were hurt.",
                "Last fall",
                Date,
                S("2025-09/2025-11"),
            ),
        ],
        june,
    );
    check(
        &[(
            "Last winter it snowed.",
            "Last winter",
            Date,
            S("2024-12/2025-02"),
        )],
        Some("2026-01-10"),
    );
    assert_eq!(
        subject_of("Energy bills will fall by £122 a year.", "£122").as_deref(),
        Some("bill decrease per year")
    );
    // `in the fall`, `during the summer`: the nearer one, as `this`.
    let march = Some("2026-03-06");
    check(
        &[
            (
                "89 percent of kindergartners were fully vaccinated in the fall.",
                "fall",
                Date,
                S("2025-09/2025-11"),
            ),
            (
                "Sales will rise 4% during the summer.",
                "summer",
                Date,
                S("2026-06/2026-08"),
            ),
        ],
        march,
    );
    // A fall someone was hurt in, a fall of something, a fall in prices.
    for text in [
        "The climber was injured in the fall.",
        "Exports rose since the fall of the regime.",
        "Exports slowed in the fall in prices.",
    ] {
        let found = extract(
            text,
            &Options {
                date: march.map(String::from),
            },
        );
        assert!(
            found.iter().all(|m| m.text != "fall"),
            "{text:?}: {found:?}"
        );
    }
}

#[test]
fn a_key_point_is_about_the_label_of_its_line() {
    let text = "Budget at a glance\n\n\
                - Minimum wage: up 6.7 per cent to £12.21 per hour from April.\n\
                - Spending: an additional £30 billion, with the NHS getting £6 billion.\n\
                Published: Feb 5, 2026 07:45 pm\n";
    assert_eq!(
        subject_of(text, "6.7 per cent").as_deref(),
        Some("wage increase")
    );
    assert_eq!(subject_of(text, "£12.21").as_deref(), Some("wage per hour"));
    assert_eq!(subject_of(text, "£30 billion").as_deref(), Some("spending"));
    // Only the line's first figure: the NHS's £6 billion is a part.
    assert_ne!(subject_of(text, "£6 billion").as_deref(), Some("spending"));
}

#[test]
fn storms_leave_homes_without_power_and_people_in_shelters() {
    let text = "The storm hit, killing at least 14 people and leaving more than 2.1 million \
                homes and businesses without power.";
    assert_eq!(
        subject_of(text, "at least 14").as_deref(),
        Some("person killed")
    );
    assert_eq!(
        subject_of(text, "more than 2.1 million").as_deref(),
        Some("home without power")
    );
    assert_eq!(
        subject_of(
            "Some 38,000 people spent the night in emergency shelters.",
            "Some 38,000"
        )
        .as_deref(),
        Some("person sheltered")
    );
    assert_eq!(
        subject_of("About 40,000 residents were in shelters.", "About 40,000").as_deref(),
        Some("person sheltered")
    );
    assert_eq!(
        subject_of("The city spent $5m on repairs.", "$5m").as_deref(),
        Some("repair spent")
    );
    assert_eq!(
        subject_of("Insured losses could reach $20 billion.", "$20 billion").as_deref(),
        Some("loss forecast")
    );
    assert_eq!(
        subject_of(
            "Nearly 1.8 million customers were still without electricity on Friday.",
            "Nearly 1.8 million"
        )
        .as_deref(),
        Some("customer without power")
    );
}

#[test]
fn an_irregular_verb_in_the_past_ends_the_noun_phrase() {
    assert_eq!(
        subject_of("Its fleet of 180 aircraft flew 32,000 flights.", "180").as_deref(),
        Some("plane")
    );
    assert_eq!(
        subject_of("About 2,000 homes sold last month.", "About 2,000").as_deref(),
        Some("home")
    );
}

#[test]
fn more_currencies_and_ranges_with_the_sign_twice() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "Costs are put at £1.5bn-£2bn.",
                "£1.5bn-£2bn",
                Money,
                N(1.5e9),
            ),
            ("Profits of NZ$45m.", "NZ$45m", Money, N(45e6)),
            (
                "Seoul pledged ₩1.2 trillion.",
                "₩1.2 trillion",
                Money,
                N(1.2e12),
            ),
            ("The fee is NT$500.", "NT$500", Money, N(500.0)),
        ],
        None,
    );
    let m = figure_in("Costs are put at £1.5bn-£2bn.", "£1.5bn-£2bn");
    assert_eq!(m.high.and_then(|v| v.as_number()), Some(2e9));
    assert_eq!(
        figure_in("Profits of NZ$45m.", "NZ$45m").unit.as_deref(),
        Some("NZD")
    );
}

#[test]
fn currencies_named_by_their_country_or_written_in_letters() {
    // A country's adjective names whose dollars, francs or shillings.
    for (text, figure, unit, value) in [
        (
            "It raised 300 million Hong Kong dollars.",
            "300 million Hong Kong dollars",
            "HKD",
            3e8,
        ),
        (
            "a fine of 2.5 million Swiss francs",
            "2.5 million Swiss francs",
            "CHF",
            2.5e6,
        ),
        (
            "He owes 40,000 Kenyan shillings.",
            "40,000 Kenyan shillings",
            "KES",
            4e4,
        ),
        (
            "wages of 2,000 South African rand",
            "2,000 South African rand",
            "ZAR",
            2e3,
        ),
        (
            "a loan of 5 million Australian dollars",
            "5 million Australian dollars",
            "AUD",
            5e6,
        ),
        ("fined 700 US dollars", "700 US dollars", "USD", 700.0),
        // A name several countries share, with no country, is itself.
        (
            "an initial 250 million dinars ($81 million) in relief",
            "250 million dinars",
            "dinar",
            2.5e8,
        ),
        (
            "damage put at 1.6 billion pesos",
            "1.6 billion pesos",
            "peso",
            1.6e9,
        ),
        // Letters before the amount, as written, glued or not.
        ("KSh3 billion", "KSh3 billion", "KES", 3e9),
        ("RM2.4 billion", "RM2.4 billion", "MYR", 2.4e9),
        ("Rp 5 trillion", "Rp 5 trillion", "IDR", 5e12),
        ("Rs500 each", "Rs500", "INR", 500.0),
        ("Fees of S$1,200 a month.", "S$1,200", "SGD", 1200.0),
        // One capital glued to money: decimals, a separator or a scale.
        ("The project will cost R9.5bn.", "R9.5bn", "ZAR", 9.5e9),
        ("Petrol rises to R28.79 a litre.", "R28.79", "ZAR", 28.79),
        ("a reward of N5 million", "N5 million", "NGN", 5e6),
        ("It lost P1.5 billion.", "P1.5 billion", "PHP", 1.5e9),
        // A scale joined by a hyphen, as South African papers write it;
        // an amount per a span of time.
        ("Taxes will raise R15-billion.", "R15-billion", "ZAR", 15e9),
        ("The grant stays at R370 a month.", "R370", "ZAR", 370.0),
        ("Fees of N250 per day apply.", "N250", "NGN", 250.0),
        // An amount said to be about so much: no road is about its number.
        (
            "It trims repayments by about R166.",
            "about R166",
            "ZAR",
            166.0,
        ),
    ] {
        assert_amount(Kind::Money, text, figure, unit, value);
    }
    // A capital and digits that read as no money stay a name: a road, a
    // mask, a form.
    for text in [
        "Take the R101 north.",
        "Wear N95 masks.",
        "He got his P45.",
        "Police closed the N1 a day after the crash.",
    ] {
        assert!(extract(text, &Options::default()).is_empty(), "{text:?}");
    }
    // `pounds of` weigh, whoever's pounds they are.
    let m = figure_in("It sold 12 Egyptian pounds of flour.", "12");
    assert_ne!(m.kind, Kind::Money);
}

#[test]
fn last_night_this_morning_and_the_day_before_yesterday() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "Last night 3 people died.",
                "Last night",
                Date,
                S("2026-06-09"),
            ),
            (
                "This morning, 40 people were hurt.",
                "This morning",
                Date,
                S("2026-06-10"),
            ),
            (
                "The trial opened the day before yesterday.",
                "the day before yesterday",
                Date,
                S("2026-06-08"),
            ),
            (
                "Talks resume the day after tomorrow.",
                "the day after tomorrow",
                Date,
                S("2026-06-12"),
            ),
        ],
        Some("2026-06-10"),
    );
}

#[test]
fn the_past_year_is_the_span_up_to_the_report() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "In the past year 40 people died.",
                "past year",
                Date,
                S("2025-06-10/2026-06-10"),
            ),
            (
                "Over the past decade, emissions fell 20%.",
                "past decade",
                Date,
                S("2016-06-10/2026-06-10"),
            ),
            // The calendar year before is `last year`.
            ("Last year 40 people died.", "Last year", Date, S("2025")),
        ],
        Some("2026-06-10"),
    );
}

#[test]
fn an_age_by_its_decade() {
    use Kind::*;
    use V::*;
    check(
        &[
            ("The victim was in his 60s.", "60s", Duration, S("P60Y")),
            (
                "Both men were in their early 30s.",
                "30s",
                Duration,
                S("P30Y"),
            ),
            ("She is in her mid-40s.", "40s", Duration, S("P40Y")),
        ],
        None,
    );
    let m = figure_in("The victim was in his 60s.", "60s");
    assert_eq!(m.high.as_ref().and_then(|v| v.as_text()), Some("P69Y"));
}

#[test]
fn irregular_participles_end_a_noun_phrase_as_regular_ones_do() {
    assert_subjects(&[
        (
            "Police seized 5.7 tonnes of cocaine hidden in a shipment of bananas.",
            "5.7 tonnes",
            Some("cocaine seized"),
        ),
        (
            "Four seats chosen by voters abroad will be counted later.",
            "Four",
            Some("seat"),
        ),
        // Right after the figure, one still describes the noun.
        (
            "Police recovered three stolen cars.",
            "three",
            Some("car recovered"),
        ),
    ]);
}

#[test]
fn every_age_of_a_list_after_aged_is_an_age() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "Three men, aged 28, 34 and 51, were arrested.",
                "34",
                Duration,
                S("P34Y"),
            ),
            (
                "Three men, aged 28, 34 and 51, were arrested.",
                "51",
                Duration,
                S("P51Y"),
            ),
            (
                "Two men, aged 28 and 34, have been arrested.",
                "34",
                Duration,
                S("P34Y"),
            ),
            // A count after a list of counts is no age.
            (
                "Police arrested 28, 34 and 51 people on three days.",
                "51",
                Count,
                N(51.0),
            ),
        ],
        None,
    );
}

#[test]
fn deals_fees_and_prices_per_share() {
    assert_subjects(&[
        // How it is paid is not what it is.
        (
            "Vantage agreed to buy Altera for $34 billion in cash and stock.",
            "$34 billion",
            Some("deal"),
        ),
        (
            "Holders will receive $71 in cash and 0.52 Vantage shares for each share.",
            "$71",
            None,
        ),
        // Money still goes to what follows `in` otherwise.
        ("The EU sent $2.5bn in aid.", "$2.5bn", Some("aid")),
        // An offer of so much a share is a price per share.
        (
            "The offer of $142 a share values Altera at a premium.",
            "$142",
            Some("price per share"),
        ),
        // A deal that falls through, a target fallen short of: no decrease.
        (
            "Altera would have to pay a breakup fee of $1.2 billion if the deal falls through.",
            "$1.2 billion",
            Some("fee"),
        ),
        (
            "The alliance fell well short of the 116 seats needed for a majority.",
            "116",
            Some("seat"),
        ),
        // (A shortage is still one.)
        (
            "The hospital is short of about 400 nurses.",
            "about 400",
            Some("nurse shortage"),
        ),
        // A fall is still one.
        (
            "Vantage shares fell 3.5% to $64.",
            "3.5%",
            Some("vantage share price decrease"),
        ),
    ]);
}

#[test]
fn a_figure_glued_to_a_noun_counts_that_noun_of_what_follows() {
    assert_subjects(&[
        (
            "The 230-seat parliament met on Monday.",
            "230",
            Some("parliament seat"),
        ),
        ("Parliament has 230 seats.", "230", Some("parliament seat")),
        ("A 12-member panel will decide.", "12", Some("panel member")),
        // Units and spans of time glued so are measures and durations.
        (
            "They fought along a 600-mile front.",
            "600-mile",
            Some("front"),
        ),
    ]);
}

#[test]
fn goods_seized_by_weight_are_seized_not_captured() {
    assert_subjects(&[
        (
            "Customs officers intercepted 46 tonnes of cocaine in 2023.",
            "46 tonnes",
            Some("cocaine seized"),
        ),
        (
            "Last year 46,000kg of cocaine was seized at the port.",
            "46,000kg",
            Some("cocaine seized"),
        ),
        // Drones are still downed, and people captured.
        (
            "Officials said 300 drones were intercepted overnight.",
            "300",
            Some("drone downed"),
        ),
        ("Rebels seized 20 hostages.", "20", Some("hostage captured")),
    ]);
}

#[test]
fn irregular_plurals_are_nouns_not_modifiers() {
    assert_subjects(&[
        (
            "A fishing ban affects 4,500 fishermen and shellfish gatherers.",
            "4,500",
            Some("fisherman"),
        ),
        (
            "About 4,500 fishermen are affected.",
            "About 4,500",
            Some("fisherman"),
        ),
    ]);
}

#[test]
fn a_date_times_figures_listed_together_past_a_conversion() {
    // The day of landfall times the winds and the gusts listed after it,
    // the winds' conversion in brackets between them.
    let text = "date 2026-10-20\nThe typhoon made landfall at 11:40pm on Sunday with maximum \
                sustained winds of 185 km per hour (115 mph) and gusts of up to 260 kph.";
    assert_eq!(
        figure_in(text, "up to 260 kph").as_of.as_deref(),
        Some("2026-10-18")
    );
}

#[test]
fn a_date_in_a_relative_clause_times_that_clause_only() {
    let text = "The firm, which cut 2,000 jobs in 2023, now employs 61,000 people.";
    assert_eq!(figure_in(text, "2,000").as_of.as_deref(), Some("2023"));
    assert_eq!(figure_in(text, "61,000").as_of, None);
    let text = "The deal, which is expected to close in the first half of 2025, \
                would create a company with 61,000 employees.";
    assert_eq!(figure_in(text, "61,000").as_of, None);
    // Nor does a date past the clause the figure stands in time it.
    let text = "date 2026-03-05\nThe museum, which draws about 1.2 million visitors a year, \
                was closed on Sunday.";
    assert_eq!(figure_in(text, "about 1.2 million").as_of, None);
    // Russian air defences downed 95 drones over Crimea, which Russia
    // annexed in 2014: the drones are not 2014's.
    let text = "Air defences downed 95 drones over Crimea, which Russia annexed in 2014, the ministry said.";
    assert_eq!(figure_in(text, "95").as_of, None);
    // A participle's aside too, unless it is the figure's own.
    let text = "Meules, painted in 1890, sold for more than double its estimated price of $55m.";
    assert_eq!(figure_in(text, "$55m").as_of, None);
    let text = "It beat the previous record, 38.7C, recorded in 2019 at Cambridge.";
    assert_eq!(figure_in(text, "38.7C").as_of.as_deref(), Some("2019"));
    // (A clause of a dozen words too.)
    let text =
        "Bellingham, who joined Dortmund from Birmingham City for £25m in 2020, scored 14 goals.";
    assert_eq!(figure_in(text, "14").as_of, None);
}

#[test]
fn a_place_below_the_country_in_the_noun_phrase_of_a_rate_holds_it() {
    assert_subjects(&[
        (
            "The unemployment rate in Sao Paulo state fell to 6.3 percent.",
            "6.3 percent",
            Some("sao paulo unemployment"),
        ),
        (
            "Turnout in Dublin Central was 38.5%.",
            "38.5%",
            Some("dublin central turnout"),
        ),
        // A country is the story's own; a time is no place; shares are a
        // company's.
        (
            "Unemployment in Brazil fell to 6.3 percent.",
            "6.3 percent",
            Some("unemployment"),
        ),
        (
            "Growth in the December quarter was revised up to 0.6%.",
            "0.6%",
            Some("growth"),
        ),
        (
            "Shares in CrowdStrike ended the day 11.1% lower.",
            "11.1%",
            Some("crowdstrike share price decrease"),
        ),
    ]);
}

#[test]
fn a_verb_of_what_happened_after_an_aside_is_the_sentence_s_verb_not_a_participle_s_clause() {
    // `killed 78 people` takes the figure as its object, which no
    // participle's clause does: the date that opens the sentence dates it.
    let xiangshui = "In March 2019, an explosion at a chemical plant in Xiangshui county, \
                     also in Yancheng, killed 78 people and injured hundreds, prompting the \
                     closure of the park.";
    let nightclub = "In 2015, a fire at a nightclub in the capital, near the old market, \
                     killed at least 64 people, prompting protests.";
    for (text, figure, year) in [
        (xiangshui, "78", "2019-03"),
        (xiangshui, "hundreds", "2019-03"),
        (nightclub, "at least 64", "2015"),
    ] {
        assert_eq!(
            figure_in(text, figure).as_of.as_deref(),
            Some(year),
            "{text}: {figure}"
        );
    }
    // A participle's clause keeps its date to itself.
    let text = "The ferry, sunk in 2019 by a storm, carried 300 passengers, ministers said.";
    assert_eq!(figure_in(text, "300").as_of, None);
}

#[test]
fn a_participle_before_an_event_is_no_noun() {
    assert_subjects(&[
        (
            "Plane crash kills 68, two feared missing.",
            "two",
            // (A fear is compared with forecasts, not with counts.)
            Some("person missing forecast"),
        ),
        ("There were 68 confirmed dead.", "68", Some("person killed")),
        ("There are 300 confirmed cases.", "300", Some("infected")),
    ]);
}

#[test]
fn what_a_vehicle_carries_is_not_the_vehicle_s_own() {
    assert_subjects(&[
        (
            "The ATR 72 aircraft had 68 passengers and four crew on board.",
            "68",
            Some("passenger"),
        ),
        // A party or a company still holds what it has.
        (
            "The company has 61,000 employees.",
            "61,000",
            Some("company job"),
        ),
    ]);
}

#[test]
fn a_relative_clause_may_run_to_the_end_of_the_sentence() {
    let text = "The plane crashed about 1.5km from the new airport, which opened on 1 January.";
    let m = extract(
        text,
        &Options {
            date: Some("2023-01-16".into()),
        },
    )
    .into_iter()
    .find(|m| m.text == "about 1.5km")
    .expect("the distance");
    assert_eq!(m.as_of, None);
}

#[test]
fn one_unit_ago_spans_of_days_and_margins() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "Labour led by 17 points a month ago.",
                "a month ago",
                Duration,
                S("P1M"),
            ),
            ("It happened a year ago.", "a year ago", Duration, S("P1Y")),
            (
                "The survey was carried out on Sept. 27-28.",
                "Sept. 27-28",
                Date,
                S("2023-09-27/2023-09-28"),
            ),
            (
                "YouGov questioned 2,112 people on 27 and 28 September.",
                "27 and 28 September",
                Date,
                S("2023-09-27/2023-09-28"),
            ),
            (
                "Talks run from June 3 to 5, 2024.",
                "June 3 to 5, 2024",
                Date,
                S("2024-06-03/2024-06-05"),
            ),
            // A margin of error has no sign.
            (
                "It has a margin of error of plus or minus 2 percentage points.",
                "2 percentage points",
                Percent,
                N(2.0),
            ),
            (
                "Temperatures fell to minus 20.",
                "minus 20",
                Count,
                N(-20.0),
            ),
        ],
        Some("2023-10-02"),
    );
    // A day after a month and `and` is no span: `On June 3 and 5 people`.
    let ms = extract(
        "On June 3 and 5 people died.",
        &Options {
            date: Some("2023-10-02".into()),
        },
    );
    assert!(ms.iter().any(|m| m.text == "June 3"), "{ms:?}");
}

#[test]
fn what_a_change_is_in_and_earnings_per_share() {
    assert_subjects(&[
        // A change says in what after it.
        (
            "Meta has reported a 35% jump in profits.",
            "35%",
            Some("profit increase"),
        ),
        // (Even a noun of an event: the change stays the event.)
        (
            "There was a 35% jump in deaths.",
            "35%",
            Some("death increase"),
        ),
        (
            "The airline reported a 12% fall in the number of passengers.",
            "12%",
            Some("passenger decrease"),
        ),
        // A noun's place on a site stays its place: the users are counted.
        (
            "Daily active users on Facebook reached 2.09 billion.",
            "2.09 billion",
            Some("user per day"),
        ),
        // After `, or`, an amount per share restates the one before it.
        (
            "Net income rose to $15.69 billion, or $6.03 per share, in the quarter ended Sept. 30.",
            "$6.03",
            Some("net profit per share"),
        ),
        (
            "Vantage will pay $142 per share.",
            "$142",
            Some("price per share"),
        ),
    ]);
}

#[test]
fn a_transfer_s_fee_contract_and_games() {
    assert_subjects(&[
        // A player signed or joining for an amount: the deal's.
        (
            "Real Madrid have completed the signing of Jude Bellingham from Borussia Dortmund for an initial £88.5m.",
            "£88.5m",
            Some("deal"),
        ),
        (
            "He joined the German club from Birmingham City in 2020 for 25 million pounds.",
            "25 million pounds",
            Some("deal"),
        ),
        // (Not past another amount: the £5m are no deal.)
        (
            "He signed 12 players, paying £5m for the last one.",
            "£5m",
            None,
        ),
        // A contract is a deal, said as a span of time too.
        ("He has signed a six-year deal.", "six-year", Some("deal")),
        (
            "He agreed a six-year contract running until June 2029.",
            "six-year",
            Some("deal"),
        ),
        // Appearances are games.
        (
            "He scored 14 goals in 42 appearances last season.",
            "42",
            Some("game"),
        ),
        // Who scored, past an aside about him.
        (
            "Bellingham, who joined Dortmund from Birmingham for £25m in 2020, scored 14 goals.",
            "14",
            Some("bellingham goal"),
        ),
    ]);
}

#[test]
fn a_date_after_a_figure_compared_with_is_that_figure_s() {
    let text = "The total for the year so far stands at 25,065, compared with 28,526 in the whole of 2021.";
    assert_eq!(figure_in(text, "25,065").as_of, None);
    assert_eq!(figure_in(text, "28,526").as_of.as_deref(), Some("2021"));
    // A span of time before a verb of level says when, not what.
    assert_eq!(subject_of(text, "25,065"), None);
    let text = "Sales reached $5bn, against $4bn in 2023.";
    assert_eq!(figure_in(text, "$5bn").as_of, None);
}

#[test]
fn a_jobs_report_and_a_march() {
    assert_subjects(&[
        // Taking part is attending; a part is not.
        (
            "The interior ministry said 1.27 million people took part nationwide.",
            "1.27 million",
            Some("person attended"),
        ),
        // A beginning happens to nothing counted.
        (
            "The outbreak has spread to all of the country's 28 districts.",
            "28",
            Some("district"),
        ),
        (
            "They made up part of the 300 troops.",
            "300",
            Some("soldier"),
        ),
        (
            "Police counted 87,000 demonstrators in Paris.",
            "87,000",
            Some("person attended"),
        ),
        // Where a change starts is where things stand, not a forecast.
        (
            "The economy added 150,000 jobs, well below the 170,000 economists had expected and down from 297,000 in September.",
            "297,000",
            Some("job"),
        ),
        (
            "The economy added 150,000 jobs, well below the 170,000 economists had expected.",
            "170,000",
            Some("job forecast"),
        ),
    ]);
    // A month after a forecast that was (`had expected and`) is this year's.
    let m = extract(
        "The economy added 150,000 jobs, well below the 170,000 economists had expected and down from 297,000 in September.",
        &Options { date: Some("2023-11-03".into()) },
    )
    .into_iter()
    .find(|m| m.text == "September")
    .expect("the month");
    assert_eq!(m.value.as_text(), Some("2023-09"));
    // (A month after `expected` before its time still looks ahead.)
    let m = extract(
        "A decision is expected in March.",
        &Options {
            date: Some("2023-11-03".into()),
        },
    )
    .into_iter()
    .find(|m| m.text == "March")
    .expect("the month");
    assert_eq!(m.value.as_text(), Some("2024-03"));
}

#[test]
fn wages_per_hour_sizes_and_money_spent_on_something() {
    assert_subjects(&[
        (
            "The minimum wage will rise by 9.8% to £10.42 an hour from April.",
            "£10.42",
            Some("wage per hour"),
        ),
        (
            "The bridge, which is 1.2 miles long, carries 80,000 vehicles a day.",
            "1.2 miles",
            Some("length"),
        ),
        ("The wave was 30m high.", "30m", Some("height")),
        (
            "The government will spend £2.5bn on new hospitals over the next five years.",
            "£2.5bn",
            Some("hospital"),
        ),
        // (Not a day it was spent on.)
        ("The firm spent $5m on Monday.", "$5m", Some("spent")),
        // (Nor money moved `on` a day without spending.)
        ("Brent rose $2 on the day.", "$2", Some("brent increase")),
    ]);
}

#[test]
fn levels_past_a_record_and_events_of_travel() {
    assert_subjects(&[
        // A level past a low or a high it is, and past a span of time.
        (
            "Inflation rose to a 40-year high of 9.1%.",
            "9.1%",
            Some("inflation"),
        ),
        (
            "Unemployment fell to a 50-year low of 3.5% in September.",
            "3.5%",
            Some("unemployment"),
        ),
        (
            "The fund has grown tenfold since 2010 to $1.4 trillion.",
            "$1.4 trillion",
            Some("fund"),
        ),
        // (A share of something is no level.)
        ("They won 10 of 12 seats.", "12", Some("seat")),
        // Flights cancelled and delayed; what a verb in `-ing` takes is
        // not what was cancelled.
        (
            "More than 1,200 flights were cancelled on Monday.",
            "More than 1,200",
            Some("flight cancelled"),
        ),
        (
            "Some 2,000 flights were cancelled, affecting about 300,000 passengers.",
            "about 300,000",
            Some("passenger"),
        ),
        (
            "Hundreds of people gathered outside the court.",
            "Hundreds",
            Some("person attended"),
        ),
    ]);
}

#[test]
fn workers_killed_are_people_and_claims_are_nouns() {
    assert_subjects(&[
        (
            "Six construction workers were presumed dead.",
            "Six",
            Some("person killed"),
        ),
        // (Workers employed are still jobs.)
        (
            "The plant employs 3,000 workers.",
            "3,000",
            Some("plant job"),
        ),
        (
            "There were 1.5 million people out of work.",
            "1.5 million",
            Some("person unemployed"),
        ),
        (
            "Hackers stole data including 480,000 health claims.",
            "480,000",
            Some("claim (part)"),
        ),
        (
            "Police received 200 reports of looting.",
            "200",
            Some("police report"),
        ),
    ]);
    // A length converted in brackets is metres, not millions.
    let m = figure_in(
        "The 948ft (289m) Dali container ship hit the bridge.",
        "289m",
    );
    assert_eq!(m.kind, Kind::Measure);
    assert_eq!(m.value.as_number(), Some(289.0));
}

#[test]
fn a_figure_named_as_a_figure_is_the_one_given_before() {
    let text = "Zelensky said 55,000 Ukrainian soldiers have been killed. \
                He said the 55,000 figure refers only to confirmed battlefield deaths.";
    let ms = extract(text, &Options::default());
    let subjects: Vec<_> = ms
        .iter()
        .filter(|m| m.text == "55,000")
        .map(|m| m.subject.as_deref())
        .collect();
    assert_eq!(subjects, [Some("ukrainian soldier killed"); 2]);
    // (Only a figure of the same value: `the 2,000 figure` is not 55,000.)
    let text = "Zelensky said 55,000 soldiers were killed. Critics said the 2,000 figure was low.";
    assert_ne!(subject_of(text, "2,000").as_deref(), Some("soldier killed"));
}

#[test]
fn a_part_said_of_them_counts_what_the_figure_before_does() {
    let text = "The quake killed 2,012 people and injured 2,059 others, 1,404 of them critically.";
    let m = figure_in(text, "1,404");
    assert_eq!(m.subject.as_deref(), Some("person injured (part)"));
    // (Not a figure of another kind before it.)
    let text = "The storm dumped 30cm of snow, 12 of them in one hour.";
    assert_ne!(subject_of(text, "12").as_deref(), Some("snow (part)"));
}

#[test]
fn a_record_set_in_a_year_and_a_place_home_to_people() {
    let text = "Canada has had 15.3 million hectares burned so far, more than double the previous record set in 1989.";
    assert_eq!(figure_in(text, "15.3 million hectares").as_of, None);
    // (A record's own figure keeps its year.)
    let text = "It beat the previous record of 38.7C set in 2019.";
    assert_eq!(figure_in(text, "38.7C").as_of.as_deref(), Some("2019"));
    assert_subjects(&[
        (
            "More than 230 wildfires are burning in the territory, home to some 45,000 people.",
            "some 45,000",
            Some("population"),
        ),
        (
            "The territory has a population of about 46,000.",
            "about 46,000",
            Some("population"),
        ),
    ]);
}

#[test]
fn years_between_two_years_are_a_span() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "The recall affects 50 models made between 2020 and 2022.",
                "between 2020 and 2022",
                Date,
                S("2020/2022"),
            ),
            // (People between two numbers are people.)
            (
                "Between 2000 and 3000 people attended.",
                "Between 2000 and 3000",
                Count,
                N(2000.0),
            ),
        ],
        None,
    );
}

#[test]
fn a_pronoun_estimated_stands_for_the_figure_before() {
    assert_subjects(&[(
        "Police estimated the crowd at 50,000, while organisers put it at 250,000.",
        "250,000",
        Some("spectator"),
    )]);
    // (A pronoun names nothing on its own: no verb becomes the noun.)
    assert_ne!(
        subject_of("Organisers put it at 250,000.", "250,000").as_deref(),
        Some("put")
    );
}

#[test]
fn a_share_of_the_economy_set_off_by_a_comma_restates_the_amount() {
    assert_subjects(&[(
        "Britain's debt rose to £2.6 trillion, about 98% of GDP.",
        "about 98%",
        Some("debt"),
    )]);
}

#[test]
fn a_verb_of_the_figure_s_own_after_and_keeps_the_event_before_away() {
    assert_subjects(&[
        (
            "The project will cost £100bn and create 30,000 jobs.",
            "30,000",
            Some("job"),
        ),
        (
            "The company cut 300 jobs and closed 12 stores.",
            "12",
            Some("store"),
        ),
        // (Figures listed with one verb still share it.)
        (
            "At least 5 people were killed and another 10 injured.",
            "10",
            Some("person injured"),
        ),
        (
            "The fire killed 15,000 civilians and 40,000 soldiers.",
            "40,000",
            Some("soldier killed"),
        ),
        // What one was fined for is no noun of the fine.
        (
            "The bank was fined $1.9 billion for money laundering.",
            "$1.9 billion",
            Some("fine"),
        ),
    ]);
}

#[test]
fn inches_glued_to_digits_and_pounds_of_goods_are_measures() {
    let m = figure_in(
        "Up to 20in (50cm) of rain could fall in some areas.",
        "Up to 20in",
    );
    assert_eq!((m.kind, m.unit.as_deref()), (Kind::Measure, Some("in")));
    assert_eq!(m.subject.as_deref(), Some("rain"));
    let m = figure_in("Police found 5 pounds of cocaine.", "5 pounds");
    assert_eq!((m.kind, m.unit.as_deref()), (Kind::Measure, Some("lb")));
    assert_eq!(m.subject.as_deref(), Some("cocaine"));
    // (`in` apart from the digits is the preposition; `pounds` alone are
    // money.)
    assert!(
        !extract("Rain fell 20 in the morning.", &Options::default())
            .iter()
            .any(|m| m.kind == Kind::Measure)
    );
    assert_eq!(
        figure_in("He paid 50 pounds.", "50 pounds").kind,
        Kind::Money
    );
    // A currency word before `of` is money all the same.
    let m = figure_in("The EU sent 500 million euros of aid.", "500 million euros");
    assert_eq!((m.kind, m.subject.as_deref()), (Kind::Money, Some("aid")));
}

#[test]
fn what_falls_from_the_sky_does_not_decrease() {
    assert_subjects(&[
        (
            "About 30cm of snow fell overnight.",
            "About 30cm",
            Some("snow"),
        ),
        (
            "Up to 20in of rain could fall over two days.",
            "Up to 20in",
            Some("rain forecast"),
        ),
        // (`military` before a noun says whose.)
        (
            "The EU sent 2 billion euros ($2.4 billion) of military aid.",
            "$2.4 billion",
            Some("aid"),
        ),
    ]);
}

#[test]
fn a_market_s_move_said_by_up_or_down_and_a_change_past_the_amount_s_time() {
    assert_subjects(&[
        (
            "Shares in the company were up 2% by midday in New York.",
            "2%",
            Some("share price increase"),
        ),
        (
            "Its shares closed down 4.5% on Friday.",
            "4.5%",
            Some("share price decrease"),
        ),
        (
            "The company reported revenue of $51.9 billion last year, up 18% from 2021.",
            "18%",
            Some("revenue increase"),
        ),
        (
            "Sales were $4.1bn in 2023, down 3% from a year earlier.",
            "3%",
            Some("revenue decrease per year"),
        ),
    ]);
}

#[test]
fn doubling_staff_counted_and_the_value_a_noun_has() {
    assert_subjects(&[
        (
            "During the pandemic its headcount nearly doubled to 210,000.",
            "210,000",
            Some("job"),
        ),
        // (A lead doubled is no figure that rose.)
        (
            "Saka struck after 13 minutes and Martinelli doubled the lead on 37 minutes.",
            "13 minutes",
            None,
        ),
        // Staff counted are employees; a share of the staff is of the
        // workforce.
        (
            "Zentro is cutting 11,000 staff, about 5% of its workforce.",
            "11,000",
            Some("job cut"),
        ),
        (
            "The layoffs would result in charges of $1.2bn.",
            "$1.2bn",
            Some("charge"),
        ),
    ]);
}

#[test]
fn a_record_time_and_an_age_standing_for_someone() {
    assert_subjects(&[
        (
            "He broke Kipchoge's record of 2:01:09.",
            "2:01:09",
            Some("record"),
        ),
        (
            "Kiptum set a world record of two hours and 35 seconds.",
            "two hours and 35 seconds",
            Some("record"),
        ),
        (
            "The 23-year-old beat the previous mark of 2:01:09 by 34 seconds.",
            "23-year-old",
            None,
        ),
        (
            "The 23-year-old beat the previous mark of 2:01:09 by 34 seconds.",
            "2:01:09",
            Some("mark"),
        ),
    ]);
}

#[test]
fn a_pronoun_that_moved_to_a_figure_stands_for_what_was_named() {
    assert_subjects(&[
        (
            "The Bank raised interest rates for the 14th time, taking them to 5.25%.",
            "5.25%",
            Some("interest rate"),
        ),
        (
            "Inflation dropped to 7.9% in June, down from 8.7% in May. \
             The Bank predicts it will fall to about 5% by the end of 2023.",
            "about 5%",
            Some("inflation forecast"),
        ),
    ]);
}

#[test]
fn a_prison_term_and_what_was_sought() {
    assert_subjects(&[
        (
            "Former bank boss jailed for 14 years over $2bn fraud",
            "14 years",
            Some("sentence"),
        ),
        (
            "He was sentenced on Friday to 14 years in prison.",
            "14 years",
            Some("sentence"),
        ),
        ("Hale gets a 14-year sentence.", "14-year", Some("sentence")),
        // What prosecutors asked for is not what was given.
        (
            "Prosecutors had sought a sentence of 20 years.",
            "20 years",
            Some("sentence sought"),
        ),
        (
            "The hackers had demanded $10 million from the firm.",
            "$10 million",
            Some("sought"),
        ),
        // (Only `asked for` asks: `1,000 people asked` were polled.)
        (
            "Of 1,000 voters asked, 52% backed the plan.",
            "1,000",
            Some("voter"),
        ),
    ]);
}

#[test]
fn what_a_verb_in_ing_or_with_has_does_not_rise_or_fall() {
    assert_subjects(&[
        (
            "A ferry carrying at least 40 passengers sank off the island.",
            "at least 40",
            Some("passenger"),
        ),
        ("A boat with 40 passengers sank.", "40", Some("passenger")),
        // (But a part listed after `including` shares its whole's event.)
        (
            "Five people were killed, including 3 children.",
            "3",
            Some("child killed (part)"),
        ),
    ]);
}

#[test]
fn weights_in_pounds_and_a_difference_from_a_year_ago() {
    let m = figure_in(
        "The lander weighs about 1,750 kilograms (3,860 pounds).",
        "3,860 pounds",
    );
    assert_eq!((m.kind, m.unit.as_deref()), (Kind::Measure, Some("lb")));
    assert_subjects(&[(
        "The lander weighs about 1,750 kilograms (3,860 pounds).",
        "about 1,750 kilograms",
        Some("lander"),
    )]);
    // The year ago is when the difference is measured from, not the
    // price's time.
    let text = "The average UK property now costs £260,828, about £10,000 less than a year ago.";
    assert_eq!(figure_in(text, "£260,828").as_of, None);
    assert!(
        !extract(text, &Options::default())
            .iter()
            .any(|m| m.text.starts_with("less than")),
        "`less than` after a figure qualifies nothing after it"
    );
    // (A sentence that opens `More than` is qualified all the same.)
    assert_eq!(
        figure_in(
            "Deaths passed 1,000. More than 1,000 people have died.",
            "More than 1,000"
        )
        .approx,
        factcheck::Approx::MoreThan
    );
}

#[test]
fn what_one_wants_is_sought_and_one_who_wants_seeks_nothing() {
    assert_subjects(&[
        (
            "The union wants a pay rise of 7% or more.",
            "7% or more",
            Some("wage sought"),
        ),
        (
            "Seven members voted for the rise, while two wanted to keep rates on hold.",
            "two",
            None,
        ),
    ]);
}

#[test]
fn a_bank_run_and_an_outbreak() {
    assert_subjects(&[
        (
            "Shares of the lender's parent company had plunged 60% on Thursday.",
            "60%",
            Some("share price decrease"),
        ),
        (
            "The Dow fell sharply, with the index falling 2,231 points on Friday.",
            "2,231",
            Some("point decrease"),
        ),
        (
            "Customers tried to withdraw $42 billion on Thursday alone.",
            "$42 billion",
            Some("withdrawn"),
        ),
        (
            "There were 127,350 cases of measles in Europe in 2024.",
            "127,350",
            Some("measles infected"),
        ),
        (
            "Europe recorded 127,350 measles cases in 2024.",
            "127,350",
            Some("measles infected"),
        ),
    ]);
}

#[test]
fn a_budget_a_crime_report_and_a_tourism_record() {
    assert_subjects(&[
        // An unlisted noun keeps the word that narrows it, so two crimes
        // are two facts, also when the second shares the first's verb.
        (
            "Violent crime overall dropped 3%, while property crime fell 2.4%.",
            "3%",
            Some("violent crime decrease"),
        ),
        (
            "Violent crime fell by 3% and property crime by 2.4%.",
            "2.4%",
            Some("property crime decrease"),
        ),
        (
            "The chancellor has announced tax rises totalling £40bn.",
            "£40bn",
            Some("tax increase"),
        ),
        (
            "The minimum wage will rise 6.7% to 12.21 pounds an hour.",
            "6.7%",
            Some("wage increase"),
        ),
        (
            "About 35,000 homes were destroyed or damaged.",
            "About 35,000",
            Some("home damaged"),
        ),
        (
            "Reports came from more than 16,000 agencies covering about 94% of the population.",
            "more than 16,000",
            Some("agency"),
        ),
        // A country that receives visitors gives them no nationality, and
        // tourists are visitors, international ones foreign.
        (
            "Spain attracted 94 million international visitors last year.",
            "94 million",
            Some("foreign visitor"),
        ),
        (
            "Spain received 93.8 million foreign tourists in 2024, up 10% from the year before.",
            "10%",
            Some("foreign visitor increase per year"),
        ),
        (
            "- Employer National Insurance: up from 13.8% to 15% from April 2025",
            "15%",
            Some("insurance"),
        ),
        (
            "- NHS: £22.6bn extra for day-to-day spending over two years",
            "£22.6bn",
            Some("spending"),
        ),
    ]);
    // The year after `more than` is the difference's, not the amount's.
    assert_eq!(
        figure_in(
            "Tourists spent 126 billion euros during their visits, 16% more than in 2023.",
            "126 billion euros"
        )
        .as_of,
        None
    );
    assert_eq!(
        figure_in(
            "The minimum wage will rise 6.7% to 12.21 pounds an hour.",
            "12.21 pounds"
        )
        .kind,
        Kind::Money
    );
}

#[test]
fn a_phone_launch_a_canal_and_a_nurses_strike() {
    let m = figure_in("The Pro Max comes with 256GB of storage.", "256GB");
    assert_eq!((m.kind, m.unit.as_deref()), (Kind::Measure, Some("GB")));
    assert_eq!(m.subject.as_deref(), Some("storage"));
    assert_eq!(
        figure_in("It comes with 256 gigabytes of storage.", "256 gigabytes")
            .unit
            .as_deref(),
        Some("GB")
    );
    assert_subjects(&[
        (
            "Apple's share price fell by almost 2% during the launch.",
            "almost 2%",
            Some("apple share price decrease"),
        ),
        // A verb in `-s` ends the noun phrase.
        (
            "Around 5% of world maritime trade goes through the waterway.",
            "Around 5%",
            Some("trade"),
        ),
        // A span written as an adjective is of the noun after it.
        (
            "Nurses will strike for the first time in the union's 106-year history, after members voted.",
            "106-year",
            Some("history"),
        ),
        (
            "A 23-year-old man was arrested on Friday.",
            "23-year-old",
            Some("man arrested"),
        ),
        // An index's initials narrow what it measures: RPI is not CPI.
        (
            "The RCN wants a pay rise 5% above RPI inflation, currently 14.2%.",
            "14.2%",
            Some("rpi inflation"),
        ),
    ]);
}

#[test]
fn a_level_reached_past_a_new_record_of() {
    assert_subjects(&[
        (
            "The waiting list for hospital treatment has reached a new record of 7.8 million.",
            "7.8 million",
            Some("treatment"),
        ),
        (
            "Demand peaked at an all-time high of 8,900 MW.",
            "8,900 MW",
            Some("demand"),
        ),
        // Money brought in is a level the noun before reached.
        (
            "Overall, the evening sale brought in £178.2 million with fees.",
            "£178.2 million",
            Some("sale"),
        ),
        // Names after a participle are its object, not what a verb after
        // them says of: the noun before the participle is.
        (
            "The rail line linking Liverpool, Manchester and Leeds will cost £27.6bn.",
            "£27.6bn",
            Some("line cost"),
        ),
        // What people were without, past places counted; a utility's
        // consumers are its customers.
        (
            "Nearly 19 lakh consumers in nine districts were without electricity on Friday.",
            "Nearly 19 lakh",
            Some("customer without power"),
        ),
        // One name for one thing called two ways.
        (
            "Gopalpur recorded 286 mm of rainfall.",
            "286 mm",
            Some("rain"),
        ),
        (
            "It dumped 312 mm of rain on the town.",
            "312 mm",
            Some("rain"),
        ),
        (
            "Officials put the initial damage at about 45 billion rupees.",
            "about 45 billion rupees",
            Some("loss"),
        ),
        // The place the figure before is in is not the next one's.
        (
            "The airline flies to 41 destinations in Canada and 14 in the United States.",
            "14",
            Some("destination"),
        ),
        // A noun of an event before a plural noun is its modifier.
        ("They set up 23 evacuation centres.", "23", Some("center")),
        (
            "Some 40 rescue teams were deployed.",
            "Some 40",
            Some("team deployed"),
        ),
        // A size in the qualifier says what a length measures.
        (
            "Residents reported ash as deep as 20 centimetres in places.",
            "as deep as 20 centimetres",
            Some("depth"),
        ),
        (
            "Waves as high as 5 metres hit the coast.",
            "as high as 5 metres",
            Some("height"),
        ),
        // Flights scrapped are cancelled.
        (
            "62 flights were cancelled on Wednesday, and a further 41 had been scrapped by Thursday.",
            "41",
            Some("flight cancelled (part)"),
        ),
        // A short verb in `-ied` ends the noun phrase after a count.
        (
            "At least seven bidders vied for the picture.",
            "At least seven",
            Some("bidder"),
        ),
    ]);
}

#[test]
fn a_point_said_is_no_decimal_point_in_at_one_point() {
    let found = extract("At one point five people were hurt.", &Options::default());
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].text, "five");
}

#[test]
fn the_span_a_change_is_spread_over_is_no_lower_bound() {
    let m = figure_in(
        "The union is seeking a 42 percent raise over four years.",
        "four years",
    );
    assert_eq!(m.approx, factcheck::Approx::Exact);
    // Elsewhere `over` is more than.
    let m = figure_in("He was jailed for over four years.", "over four years");
    assert_eq!(m.approx, factcheck::Approx::MoreThan);
}

#[test]
fn the_one_of_someone_quoted_without_a_name_counts_nothing() {
    for text in [
        "\"We waited for hours,\" one commuter told GBN.",
        "One resident said the water was gone.",
        "one senior official said talks would resume.",
    ] {
        let found = extract(text, &Options::default());
        assert!(found.is_empty(), "{text:?}: {found:?}");
    }
    // One of a group that something happened to is a count.
    assert_eq!(
        figure_in("One man was told to leave.", "One").kind,
        Kind::Count
    );
}

#[test]
fn quarters_and_halves_named_by_letter() {
    let m = figure_in("Profit fell in Q3 2024.", "Q3 2024");
    assert_eq!(m.kind, Kind::Date);
    assert_eq!(m.value.as_text(), Some("2024-07/2024-09"));
    assert_eq!(
        figure_in("Sales rose in H1 2025.", "H1 2025")
            .value
            .as_text(),
        Some("2025-01/2025-06")
    );
}

#[test]
fn a_date_glued_to_the_figure_before_and_a_date_of_a_clause_ended_by_and() {
    let text = "Inflation fell from 11.1% in October 2022 to 4.6% in October.";
    let ms = extract(
        text,
        &Options {
            date: Some("2023-12-22".into()),
        },
    );
    let as_of = |fig: &str| {
        ms.iter()
            .find(|m| m.text == fig)
            .and_then(|m| m.as_of.clone())
    };
    assert_eq!(as_of("11.1%").as_deref(), Some("2022-10"));
    assert_eq!(as_of("4.6%").as_deref(), Some("2023-10"));
    assert_eq!(
        figure_in(
            "The company was founded in 1990 and has sold more than 40 million robots.",
            "more than 40 million"
        )
        .as_of,
        None
    );
    // Nor one after it in a clause with a subject of its own.
    assert_eq!(
        figure_in(
            "The cost has soared to £28.9bn, and the line will not open until 2039.",
            "£28.9bn"
        )
        .as_of,
        None
    );
}

#[test]
fn a_level_in_per_cent_is_no_rate_per_quarter_and_an_average_is_no_noun() {
    assert_subjects(&[
        (
            "Unemployment rose to 4.3% in the three months to June.",
            "4.3%",
            Some("unemployment"),
        ),
        (
            "Ticket prices will rise by an average of 4.9% from March.",
            "4.9%",
            Some("ticket price increase"),
        ),
        // A country things go to is not theirs.
        (
            "Exports to China jumped 14% to $42bn in the first half.",
            "14%",
            Some("export increase"),
        ),
    ]);
}

#[test]
fn one_unit_of_time_after_a_word_that_takes_a_span() {
    for (text, figure, iso) in [
        ("The war has lasted a fortnight.", "a fortnight", "P2W"),
        ("He was jailed for a year.", "a year", "P1Y"),
        (
            "Talks went on for more than a decade.",
            "more than a decade",
            "P10Y",
        ),
        ("It struck within an hour of the quake.", "an hour", "PT1H"),
    ] {
        let m = figure_in(text, figure);
        assert_eq!(
            (m.kind, m.value.as_text()),
            (Kind::Duration, Some(iso)),
            "{text}"
        );
    }
    // Rates and ranks are not spans: `once a week`, `$5bn a year`, `for a
    // second day`.
    for text in [
        "They meet once a week.",
        "Revenue is $5bn a year.",
        "Fighting raged for a second day.",
    ] {
        assert!(
            !extract(text, &Options::default())
                .iter()
                .any(|m| m.kind == Kind::Duration),
            "{text}"
        );
    }
    // `could have been` guesses at the past: no projection.
    assert_eq!(
        subject_of(
            "There could have been as many as 750 people on board, survivors said.",
            "as many as 750"
        )
        .as_deref(),
        Some("person aboard")
    );
}

#[test]
fn changes_told_in_ing() {
    assert_subjects(&[
        (
            "Economists had forecast payrolls increasing by 180,000 jobs.",
            "180,000",
            Some("job increase forecast"),
        ),
        (
            "Its shares were sliding 3% in early trading.",
            "3%",
            Some("share price decrease"),
        ),
    ]);
}

#[test]
fn lives_lived_and_rates_of_other_things() {
    assert!(
        !subject_of(
            "Roughly one in six people experience infertility at some point in their lives.",
            "Roughly one in six"
        )
        .is_some_and(|s| s.contains("killed"))
    );
    assert_subjects(&[
        (
            "The flood cost the lives of 120 people.",
            "120",
            Some("person killed"),
        ),
        // An abstract noun before `rates` names what they measure; a verb
        // before them leaves a central bank's rate.
        (
            "The analysis found infertility rates of 17.8% in richer countries.",
            "17.8%",
            Some("rate"),
        ),
        (
            "Bank of England lifts rates to 4.5%.",
            "4.5%",
            Some("interest rate"),
        ),
    ]);
}

#[test]
fn long_odds_and_matches_played() {
    let m = figure_in(
        "The odds of winning the jackpot are 1 in 292.2 million.",
        "1 in 292.2 million",
    );
    assert_eq!(m.kind, Kind::Percent);
    let v = m.value.as_number().unwrap();
    assert!((v - 100.0 / 292.2e6).abs() < 1e-12, "{v}");
    // (Not a count in a year.)
    assert!(
        !extract("He scored 2 in 2023.", &Options::default())
            .iter()
            .any(|m| m.kind == Kind::Percent)
    );
    assert_subjects(&[("He has played 25 World Cup matches.", "25", Some("game"))]);
}

#[test]
fn homes_and_businesses_that_were_without_power() {
    assert_subjects(&[(
        "About 1.2 million homes and businesses were without power on Sunday night.",
        "About 1.2 million",
        Some("home without power"),
    )]);
}

#[test]
fn a_part_s_own_verb_before_it_wins_over_its_whole_s() {
    assert_subjects(&[
        (
            "The air force said it had destroyed 36 of 40 drones launched by Russia.",
            "36",
            Some("drone destroyed"),
        ),
        (
            "The air force said it had destroyed 36 of 40 drones launched by Russia.",
            "40",
            Some("drone fired"),
        ),
    ]);
}

#[test]
fn markets_name_the_shares_and_say_how_they_closed() {
    assert_subjects(&[
        // Shares `in` or `of` a name are that name's, as `CrowdStrike
        // shares` are.
        (
            "Shares in CrowdStrike sank 11% on Friday.",
            "11%",
            Some("crowdstrike share price decrease"),
        ),
        (
            "Shares of Novo Nordisk soared 16% on Tuesday.",
            "16%",
            Some("novo share price increase"),
        ),
        // The comparative after a percentage says which way it moved.
        (
            "Shares closed 11.1% lower on Friday.",
            "11.1%",
            Some("share price decrease"),
        ),
        (
            "The stock ended the day 3% higher.",
            "3%",
            Some("share price increase"),
        ),
        // Unless it compares with something else than an earlier time.
        ("Its fees are 20% lower than its rivals' fees.", "20%", None),
        // Money added `to` something is of it; a high reached before a
        // comma stands for nothing after it.
        (
            "Wegovy has a list price of about $1,349 a month. Novo shares jumped 17% to a record high, adding about $60 billion to its market value.",
            "about $60 billion",
            Some("value increase"),
        ),
        // Those who drop out quit: nothing decreased.
        (
            "Some 17% of patients dropped out of the trial.",
            "Some 17%",
            Some("patient"),
        ),
    ]);
}

#[test]
fn a_change_compared_with_a_period_before_is_a_change_over_that_period() {
    assert_subjects(&[
        (
            "Compared with a year earlier, GDP was 1.1% higher.",
            "1.1%",
            Some("growth increase per year"),
        ),
        (
            "GDP was 1.1% bigger than in the same period last year.",
            "1.1%",
            Some("growth increase per year"),
        ),
        (
            "GDP grew 0.5% on the previous quarter.",
            "0.5%",
            Some("growth increase per quarter"),
        ),
        // So is a change in a count; a level reached is none.
        (
            "Compared with a year earlier, employment rose by 389,000.",
            "389,000",
            Some("employment increase per year"),
        ),
        (
            "Car sales fell by 12,000 from a year earlier to 140,000.",
            "12,000",
            Some("car revenue decrease per year"),
        ),
        (
            "Car sales fell by 12,000 from a year earlier to 140,000.",
            "140,000",
            Some("car revenue"),
        ),
        (
            "Car sales fell 8% from a year earlier to 140,000.",
            "140,000",
            Some("car revenue"),
        ),
        // Only within the figure's clause.
        (
            "Net income fell to $13.6 billion from $20.6 billion a year earlier, while revenue rose 1% to $76.05 billion.",
            "1%",
            Some("revenue increase"),
        ),
        // The economy that grows is GDP; one that pays or holds is not.
        ("The economy grew 0.2%.", "0.2%", Some("growth increase")),
        (
            "The walkouts could cost the economy £91m a day.",
            "£91m",
            Some("strike cost forecast per day"),
        ),
        (
            "Tourism accounts for about 12% of Spain's economy.",
            "about 12%",
            Some("economy (part)"),
        ),
    ]);
}

#[test]
fn sizes_and_speeds() {
    assert_subjects(&[
        // A size is of the noun right before it.
        (
            "A fissure about 3.5 km long opened north of the town.",
            "about 3.5 km",
            Some("fissure length"),
        ),
        (
            "The fissure grew to nearly 3 kilometers in length.",
            "nearly 3 kilometers",
            Some("length"),
        ),
        // A rate in units of speed is no interest rate, but a speed; so is
        // one something moves at.
        (
            "Lava was advancing at a rate of about 1 km per hour.",
            "about 1 km per hour",
            Some("speed"),
        ),
        (
            "The train was going 47 mph, just under the limit.",
            "47 mph",
            Some("speed"),
        ),
        // Not one of nothing moving.
        ("Winds gusted up to 40 mph.", "up to 40 mph", None),
    ]);
    for (text, figure, unit) in [
        (
            "Lava was advancing at a rate of about 1 km per hour.",
            "about 1 km per hour",
            "km/h",
        ),
        (
            "The storm was moving at 15 miles an hour.",
            "15 miles an hour",
            "mph",
        ),
        (
            "Lava flowed at up to 1 kilometer an hour.",
            "up to 1 kilometer an hour",
            "km/h",
        ),
    ] {
        assert_eq!(
            figure_in(text, figure).unit.as_deref(),
            Some(unit),
            "{text:?}"
        );
    }
}

#[test]
fn a_part_is_told_apart_by_its_place_or_its_name() {
    assert_subjects(&[
        (
            "In the US, 2,100 flights were cancelled.",
            "2,100",
            Some("american flight cancelled (part)"),
        ),
        // Listed after `including`, with no noun of its own.
        (
            "More than 3,300 flights were cancelled worldwide by 1700 GMT, according to FlightAware, including about 1,500 in the United States.",
            "about 1,500",
            Some("american flight cancelled (part)"),
        ),
        (
            "Delta Air Lines alone cancelled more than 1,000 flights.",
            "more than 1,000",
            Some("delta air lines flight cancelled (part)"),
        ),
        // A region keeps its own name, not its country's.
        (
            "In India's West Bengal state, about 2,500 homes were damaged.",
            "about 2,500",
            Some("west bengal home damaged (part)"),
        ),
        // A part of a part is not the part.
        (
            "In the US, 2,100 flights were cancelled, with Delta accounting for about 1,200 of them.",
            "about 1,200",
            Some("flight cancelled (part)"),
        ),
    ]);
}

#[test]
fn a_weekday_before_the_verb_is_no_source() {
    let source = |text: &str, figure: &str| figure_in(text, figure).source;
    assert_eq!(
        source(
            "The chancellor on Wednesday announced an extra £30bn of spending.",
            "£30bn"
        ),
        None
    );
    assert_eq!(
        source(
            "The Treasury on Wednesday said debt rose to 98% of GDP.",
            "98%"
        )
        .as_deref(),
        Some("The Treasury")
    );
}

#[test]
fn pulled_alive_or_brought_to_safety_is_rescued() {
    assert_subjects(&[
        (
            "Rescuers pulled 11 miners alive from the mine.",
            "11",
            Some("person rescued"),
        ),
        (
            "Rescuers pulled 12 people from the rubble.",
            "12",
            Some("person rescued"),
        ),
        (
            "Five were brought to safety.",
            "Five",
            Some("person rescued"),
        ),
        // The time workers were trapped is of people, not of jobs.
        (
            "Eleven of 22 workers trapped in a gold mine for 14 days were freed.",
            "14 days",
            Some("person trapped"),
        ),
        // Not what is pulled or brought otherwise.
        (
            "The firm pulled 40 products from sale.",
            "40",
            Some("product"),
        ),
    ]);
}

#[test]
fn derailments_fines_and_exoduses() {
    assert_subjects(&[
        (
            "About 50 cars of a freight train derailed on Friday night.",
            "About 50",
            Some("car derailed"),
        ),
        // What would have been, and was not, is compared with forecasts.
        (
            "The base fine alone would have been about €40m.",
            "about €40m",
            Some("fine forecast"),
        ),
        // With a hedge between too.
        (
            "Without the holiday, household consumption would probably have grown 4.6%.",
            "4.6%",
            Some("consumption increase forecast"),
        ),
        // `ethnic Armenians` are Armenians.
        (
            "More than 100,000 ethnic Armenians have fled the region.",
            "More than 100,000",
            Some("armenian person displaced"),
        ),
    ]);
}

#[test]
fn people_told_to_leave_or_moved_to_shelter_were_evacuated() {
    assert_subjects(&[
        (
            "Some 310,000 people had been ordered to leave their homes.",
            "Some 310,000",
            Some("person evacuated"),
        ),
        // Told before the figure, past a holder with a figure of its own.
        (
            "Authorities ordered some 2,100 residents of five neighborhoods to leave their homes.",
            "some 2,100",
            Some("person evacuated"),
        ),
        // Moved to where people shelter, past a holder that lists places.
        (
            "About 2,500 residents of Kesar, Ambheta and Navagam villages had been moved to \
             schools and community halls.",
            "About 2,500",
            Some("person evacuated"),
        ),
        (
            "About 250,000 residents of six coastal counties were under mandatory evacuation \
             orders.",
            "About 250,000",
            Some("person evacuated"),
        ),
        // Not patients moved to another hospital.
        (
            "About 40 patients were moved to other hospitals.",
            "About 40",
            Some("patient"),
        ),
    ]);
}

#[test]
fn a_range_may_be_about_so_many_to_so_many() {
    let m = figure_in(
        "Roughly 1,500 to 2,000 people were told to leave their homes.",
        "Roughly 1,500 to 2,000",
    );
    assert_eq!(m.kind, Kind::Count);
    assert_eq!(m.low, Some(factcheck::Value::Number(1500.0)));
    assert_eq!(m.high, Some(factcheck::Value::Number(2000.0)));
    // After a bound, `to` starts the level a change reached.
    let found = extract(
        "Sales rose by more than 3% to 4,500 units.",
        &Options::default(),
    );
    let texts: Vec<&str> = found.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, ["more than 3%", "4,500"]);
}

#[test]
fn gaps_narrow_fears_are_no_counts_and_ages_run_on() {
    assert_subjects(&[
        // A deficit narrows and widens; what decreased decreased.
        (
            "The U.S. trade deficit narrowed 9.1% to $64.2 billion in March.",
            "9.1%",
            Some("trade deficit decrease"),
        ),
        (
            "The U.S. trade deficit narrowed 9.1% to $64.2 billion in March.",
            "$64.2 billion",
            Some("trade deficit"),
        ),
        (
            "Imports decreased 0.5% to $320.4bn.",
            "0.5%",
            Some("import decrease"),
        ),
        // A fear is compared with forecasts only.
        (
            "Hundreds feared dead after migrant boat sinks off Greece.",
            "Hundreds",
            Some("person killed forecast"),
        ),
        // A distance that says where is no change: how far from a place.
        (
            "It sank about 47 nautical miles southwest of Pylos.",
            "about 47 nautical miles",
            Some("pylos distance"),
        ),
        // An adverb is no noun.
        (
            "The figure was revised up from $70.5 billion previously reported.",
            "$70.5 billion",
            None,
        ),
        // So many fewer of what the amount before counted, and whose.
        (
            "Japanese citizens numbered 122.03 million, down 750,000.",
            "750,000",
            Some("japanese person decrease"),
        ),
        // A country's own population is no nationality's.
        (
            "Japan population shrinks by record 556,000.",
            "556,000",
            Some("population decrease"),
        ),
    ]);
    // `ranged from 400 to 750` is a range; `rose from 400 to 750` a change.
    assert_eq!(
        figure_in(
            "Estimates of how many people were on board ranged from 400 to 750.",
            "400 to 750"
        )
        .approx,
        factcheck::Approx::Range
    );
    let found = extract("Prices rose from 400 to 750.", &Options::default());
    assert_eq!(found.len(), 2, "{found:?}");
    // Ages: a range after `aged`, and an age with all above it.
    for (text, figure) in [
        (
            "Nine men, aged between 20 and 40, were arrested.",
            "between 20 and 40",
        ),
        ("Almost 30% of people in Japan are 65 or older.", "65"),
    ] {
        assert_eq!(figure_in(text, figure).kind, Kind::Duration, "{text:?}");
    }
}

#[test]
fn a_deficit_with_a_country_is_that_country_s() {
    assert_subjects(&[(
        "The goods trade deficit with China fell to $15.5 billion, its lowest level since 2009.",
        "$15.5 billion",
        Some("chinese trade deficit"),
    )]);
}

#[test]
fn the_noun_before_an_aside_with_figures_of_its_own() {
    assert_subjects(&[(
        "Its shares, which have lost almost a third of their value in the past year, climbed 2.5 per cent after the announcement.",
        "2.5 per cent",
        Some("share price increase"),
    )]);
    // (Not a dateline's place before its comma.)
    let text = "TOKYO, April 12 (Reuters) - Japan's population fell for a 13th consecutive year in 2023, dropping by 595,000 to 124.35 million.";
    for figure in ["595,000", "124.35 million"] {
        let subject = subject_of(text, figure).unwrap_or_default();
        assert!(!subject.contains("tokyo"), "{figure}: {subject}");
    }
}

#[test]
fn survivors_are_people_rescued_and_a_model_number_is_part_of_its_name() {
    assert_subjects(&[
        (
            "104 survivors were taken to the port of Kalamata.",
            "104",
            Some("person rescued"),
        ),
        (
            "Britain has pledged 14 Challenger 2 tanks.",
            "14",
            Some("british tank pledged"),
        ),
        (
            "SpaceX launched 3 Falcon 9 rockets this month.",
            "3",
            Some("rocket fired"),
        ),
    ]);
}

#[test]
fn what_goes_to_a_place_beside_the_whole_is_a_part() {
    assert_subjects(&[
        // Beside the whole: a part, for that place.
        (
            "Passenger numbers rose 3%. Passenger numbers to North America rose 7%.",
            "7%",
            Some("north america passenger increase (part)"),
        ),
        // Alone, the place's own whole.
        (
            "Net migration to the UK rose 20% last year.",
            "20%",
            Some("british migration increase"),
        ),
        // The noun before a word that stands for a figure.
        (
            "Passenger numbers rose 7%.",
            "7%",
            Some("passenger increase"),
        ),
        // `more` or `less` than a time a year before; not `less likely`.
        (
            "Prices were 4% higher than last year.",
            "4%",
            Some("price increase per year"),
        ),
        (
            "Those who took aspirin were 24 per cent less likely to develop the disease.",
            "24 per cent",
            None,
        ),
    ]);
}

#[test]
fn a_change_by_so_much_to_a_level_far_above_is_no_range() {
    let found = extract(
        "Saudi Arabia will cut its output by 526,000 bpd to 10.48 million bpd.",
        &Options::default(),
    );
    let texts: Vec<&str> = found.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, ["526,000 bpd", "10.48 million bpd"]);
    // Close together they are one: `fall by 3% to 5%`.
    assert_eq!(
        figure_in("Sales could fall by 3% to 5%.", "3% to 5%").approx,
        factcheck::Approx::Range
    );
    // `having` is no noun.
    assert_eq!(
        subject_of(
            "Brent crude futures rose 1.7% to $93.37 a barrel, having gained more than 8% over the past three sessions.",
            "more than 8%"
        )
        .as_deref(),
        Some("future increase")
    );
}

#[test]
fn a_places_size_is_its_population_and_a_venues_its_capacity() {
    assert_subjects(&[
        // A town, city or country `of` so many, named beside it or by the
        // clause it opens.
        (
            "Rolling Fork, a town of about 1,700 people, was among the hardest hit.",
            "about 1,700",
            Some("rolling fork population"),
        ),
        (
            "In Rolling Fork, a town of 1,700, roughly 300 homes were destroyed.",
            "1,700",
            Some("rolling fork population"),
        ),
        (
            "The quake struck near a city of 2 million.",
            "2 million",
            Some("population"),
        ),
        // What a place holds or seats; not the seats a party holds.
        (
            "The stadium seats 38,000.",
            "38,000",
            Some("person capacity"),
        ),
        ("It holds 20,000 people.", "20,000", Some("person capacity")),
        ("The party holds 187 seats.", "187", Some("party seat")),
    ]);
}

#[test]
fn debts_tolls_and_those_among_them() {
    assert_subjects(&[
        // Money owed; a count beside it is owed nothing.
        (
            "The firm owes creditors as much as $8 billion.",
            "as much as $8 billion",
            Some("firm owed"),
        ),
        (
            "Kestrel had more than 1 million customers and owed them as much as $8 billion.",
            "more than 1 million",
            Some("kestrel customer"),
        ),
        // An exchange someone founded is a market, not a swap.
        (
            "Sam Reyes, who founded the exchange in 2019, stepped down.",
            "2019",
            None,
        ),
        // `Among the dead` opens a part; the toll after it counts people,
        // not the part's children; and what it was revised to is the toll.
        (
            "Among the dead were 32 children.",
            "32",
            Some("child killed (part)"),
        ),
        (
            "Among the dead were 32 children. The death toll was earlier put at 174 but was revised down to 125.",
            "174",
            Some("person killed"),
        ),
        (
            "Among the dead were 32 children. The death toll was earlier put at 174 but was revised down to 125.",
            "125",
            Some("person killed"),
        ),
    ]);
}

#[test]
fn a_toll_counts_everyone_not_the_children_counted_before_it() {
    // Children (or women, or men) named among the dead are some of them; a
    // toll after them, in deaths or as a toll, is of all the people.
    assert_subjects(&[
        (
            "The coastguard said three children were among the dead. The agency said at least 680 deaths had been recorded on the route.",
            "at least 680",
            Some("person killed"),
        ),
        (
            "Three children were killed. The death toll rose to 9 on Tuesday.",
            "9",
            Some("person killed"),
        ),
        (
            "Two women were killed in the crush. Police said there were 14 fatalities.",
            "14",
            Some("person killed"),
        ),
        // What is no toll still goes on about them.
        (
            "Three children were killed. Two more died in hospital.",
            "Two",
            Some("child killed (part)"),
        ),
    ]);
}

#[test]
fn the_day_something_began_is_of_what_began() {
    // Two reports' days of beginnings are one fact only when the same
    // thing began: the season's October is not the culling's Monday.
    assert_subjects(&[
        (
            "Since the season began in October, about 750,000 birds have been culled.",
            "October",
            Some("season began"),
        ),
        (
            "Culling at Kootwijkerbroek began on Monday morning.",
            "Monday",
            Some("culling began"),
        ),
        (
            "The strike, which began on Wednesday, has closed all four lines.",
            "Wednesday",
            Some("strike began"),
        ),
        (
            "Evacuations had already started on Tuesday.",
            "Tuesday",
            Some("evacuation began"),
        ),
        // A pronoun names nothing.
        ("It began on Monday.", "Monday", Some("began")),
        // A time of day stays the story's: times are joined whatever began.
        ("The release began at 7 p.m.", "7 p.m.", Some("began")),
    ]);
}

#[test]
fn the_injured_who_died_are_dead() {
    assert_subjects(&[
        (
            "The toll rose to eight after two critically injured persons succumbed at a burn centre.",
            "two",
            Some("person killed"),
        ),
        ("Two injured people died.", "Two", Some("person killed")),
        (
            "Two injured workers later died.",
            "Two",
            Some("person killed"),
        ),
        // Wounded and moved are still wounded; and `succumbed` is a death
        // only of the injured.
        (
            "Three wounded soldiers were evacuated.",
            "Three",
            Some("soldier injured"),
        ),
        (
            "The bank succumbed to pressure and cut rates by 0.5%.",
            "0.5%",
            Some("interest rate cut"),
        ),
    ]);
}

#[test]
fn a_count_lost_is_a_fall_in_it() {
    assert_subjects(&[
        (
            "The gain followed a loss of nearly 10,000 jobs in January.",
            "nearly 10,000",
            Some("job decrease"),
        ),
        (
            "Manufacturing gained 13,100 jobs.",
            "13,100",
            Some("job increase"),
        ),
    ]);
}

#[test]
fn storms_outages_and_damages() {
    assert_subjects(&[
        // Without power past a place after the noun.
        (
            "About 4,000 customers in Erie County were still without electricity on Monday.",
            "About 4,000",
            Some("customer without power"),
        ),
        (
            "More than 1.5 million homes and businesses across the United States lost power.",
            "More than 1.5 million",
            Some("home without power"),
        ),
        // Left without it.
        (
            "Thousands of people were left without water after the pipe burst.",
            "Thousands",
            Some("person without water"),
        ),
        // Initials that name a country.
        (
            "More than 2,700 U.S. flights were canceled on Monday.",
            "More than 2,700",
            Some("american flight cancelled"),
        ),
        // What caused deaths is not who died.
        (
            "Buffalo storm deaths rise to 28.",
            "28",
            Some("person killed"),
        ),
        (
            "Civilian deaths rose to 300.",
            "300",
            Some("civilian killed"),
        ),
        ("Road deaths rose to 1,700.", "1,700", Some("road killed")),
        // A sentence's first word before `of`.
        (
            "Gusts of up to 79 mph were recorded.",
            "up to 79 mph",
            Some("gust"),
        ),
        // So much per one of those it is shared among.
        (
            "The hackers asked for a ransom of about $9.7 million, or $1 per customer.",
            "$1",
            Some("ransom per person"),
        ),
        // One noun narrowed two ways after `in`.
        (
            "The award includes $2 billion in punitive damages and $250 million in compensatory damages.",
            "$2 billion",
            Some("punitive damage"),
        ),
        (
            "The award includes $2 billion in punitive damages and $250 million in compensatory damages.",
            "$250 million",
            Some("compensatory damage"),
        ),
        // A participle before its noun.
        (
            "Rescuers freed 11 of the 22 trapped miners.",
            "22",
            Some("person trapped"),
        ),
        (
            "Of the members, 40% pledged nothing.",
            "40%",
            Some("pledged"),
        ),
        // A wider scope than the story's place.
        (
            "At least 28 people have died in Erie County. Nationwide, at least 60 people have died.",
            "at least 60",
            Some("nationwide person killed"),
        ),
        (
            "Across the country, 1,200 flights were cancelled.",
            "1,200",
            Some("nationwide flight cancelled"),
        ),
    ]);
}

#[test]
fn crews_deployed_beaches_polluted_and_all_of_a_whole() {
    assert_subjects(&[
        // Workers sent to a task are people, not jobs.
        (
            "Repsol has deployed 2,000 workers to clean up the spill.",
            "2,000",
            Some("person deployed"),
        ),
        (
            "The spill has polluted 21 beaches along the coast.",
            "21",
            Some("beach polluted"),
        ),
        // All of them is the whole, no part.
        (
            "The outbreak had spread to all 29 of the country's districts.",
            "29",
            Some("district"),
        ),
        (
            "The outbreak had spread to 12 of the country's districts.",
            "12",
            Some("district (part)"),
        ),
    ]);
}

#[test]
fn home_sales_and_changes_from_a_year_ago() {
    assert_subjects(&[
        // `of` after a listed noun, past an adverb and initials.
        (
            "Sales of previously owned U.S. homes fell 0.7% in August.",
            "0.7%",
            Some("revenue decrease"),
        ),
        // A change from a year ago, past the span the words are.
        (
            "The median sales price rose 3.9% from a year ago to $407,100.",
            "3.9%",
            Some("price increase per year"),
        ),
        // But a rate a year ago is when it was so.
        (
            "Price rises have slowed sharply from a peak of 11.1% a year ago to 4.6% in October.",
            "4.6%",
            Some("price"),
        ),
    ]);
}

#[test]
fn strikes_and_the_span_since_the_last_such() {
    assert_subjects(&[
        // On strike and walked out; `a drone strike` is no walkout.
        (
            "About 25,300 union members are now on strike.",
            "About 25,300",
            Some("member striking"),
        ),
        (
            "Around 40,000 rail workers walked out on Tuesday.",
            "Around 40,000",
            Some("rail job striking"),
        ),
        (
            "A drone strike killed 12 people.",
            "12",
            Some("person killed"),
        ),
        // The span since the last time it was so is no time of the story.
        (
            "Around 40,000 rail workers walked out in Britain's biggest rail strike in three decades.",
            "three decades",
            None,
        ),
        (
            "The crash killed 68 people, Nepal's deadliest air accident in 30 years.",
            "30 years",
            None,
        ),
        // What is no event there names what cost so much.
        (
            "Ford said the strike had cost it about $600 million.",
            "about $600 million",
            Some("strike cost"),
        ),
    ]);
}

#[test]
fn a_measure_of_a_named_dimension_is_that_dimension() {
    assert_subjects(&[
        (
            "The ship climbed to an altitude of roughly 148 kilometres.",
            "roughly 148 kilometres",
            Some("altitude"),
        ),
        (
            "The upper stage reached an altitude of about 150 km.",
            "about 150 km",
            Some("altitude"),
        ),
    ]);
}

#[test]
fn so_many_more_than_another_time_is_a_change() {
    assert_subjects(&[
        (
            "There were an estimated 249 million malaria cases in 2022, 5 million more than in 2021.",
            "5 million",
            Some("increase"),
        ),
        (
            "More than 5 million people attended.",
            "More than 5 million",
            Some("person attended"),
        ),
    ]);
}

#[test]
fn crowds_in_the_streets_and_those_of_whom() {
    assert_subjects(&[
        // Those who took to the streets attended; those who marched are
        // people, whether the text says so or not.
        (
            "More than 1.28 million people took to the streets across France on Tuesday.",
            "More than 1.28 million",
            Some("person attended"),
        ),
        (
            "In Paris, the CGT counted 700,000 protesters.",
            "700,000",
            Some("paris person attended (part)"),
        ),
        ("Some 300 streets were flooded.", "Some 300", Some("street")),
        // `of whom` opens a part.
        (
            "Egypt accounted for at least 658 of the deaths, of whom 630 were unregistered pilgrims.",
            "630",
            Some("person killed (part)"),
        ),
    ]);
}

#[test]
fn bodies_forecasts_records_and_multiples() {
    assert_subjects(&[
        // Bodies pulled from the rubble are recovered.
        (
            "Rescuers have pulled 45 bodies from the rubble so far.",
            "45",
            Some("body recovered"),
        ),
        // Where a forecast started is a forecast.
        (
            "The World Bank cut its global growth forecast to 2.4% from 2.7%.",
            "2.7%",
            Some("growth forecast"),
        ),
        // But not a figure the text sets against another before it.
        (
            "The US economy added 150,000 jobs last month, well below the 170,000 economists had expected and down from 297,000 in September.",
            "297,000",
            Some("job"),
        ),
        // Which of them: `of its last 15`.
        (
            "The team has won 14 of its last 15 games.",
            "14",
            Some("team game"),
        ),
        // A multiple of an average counts nothing.
        (
            "The average house price is now 8.3 times average earnings.",
            "8.3",
            None,
        ),
        // A forecast beaten `of` so much is that forecast.
        (
            "Retail sales rose 0.6% in March from February, beating forecasts of a 0.3% gain.",
            "0.3%",
            Some("retail revenue increase forecast"),
        ),
        // Another figure's noun before `and` is not what costs.
        (
            "The project is expected to create 5,000 jobs and cost $3 billion.",
            "$3 billion",
            Some("cost"),
        ),
    ]);
}

#[test]
fn fewer_ends_a_noun_phrase() {
    // `fewer` is no noun: `5% fewer than in 2019` counts no `fewer`.
    assert_eq!(
        subject_of(
            "The airport handled 79.2 million passengers last year, 5% fewer than in 2019.",
            "5%"
        ),
        None
    );
}

#[test]
fn of_which_and_a_bare_figure_someone_else_said() {
    assert_subjects(&[
        (
            "The hospital has 450 beds, of which 120 are in intensive care.",
            "120",
            Some("hospital bed (part)"),
        ),
        (
            "Police estimated the crowd at 15,000; organisers said 40,000.",
            "40,000",
            Some("spectator"),
        ),
        (
            "In Paris, the CGT counted 700,000 protesters; police said 81,000.",
            "81,000",
            Some("paris person attended (part)"),
        ),
    ]);
}

#[test]
fn a_part_listed_in_an_aside_shares_the_event_and_is_skipped_by_coordination() {
    let text = "The attack killed 29 people, including 11 children, and wounded more than 50.";
    assert_subjects(&[
        (text, "11", Some("child killed (part)")),
        (text, "more than 50", Some("person injured")),
        // A compound that says what something is linked to names nothing.
        (
            "The county has recorded 42 heat-related deaths so far this summer.",
            "42",
            Some("person killed"),
        ),
        // `of them` with an event of its own takes the whole's noun.
        (
            "Officials said 2,500 homes had been damaged, 400 of them destroyed.",
            "400",
            Some("home destroyed (part)"),
        ),
    ]);
}

#[test]
fn distances_from_a_named_place_are_how_far_it_lies() {
    assert_subjects(&[
        // With the unit converted in brackets: both are the distance.
        (
            "The town is 100 km (62 miles) east of the capital Skopje.",
            "100 km",
            Some("skopje distance"),
        ),
        (
            "The town is 100 km (62 miles) east of the capital Skopje.",
            "62 miles",
            Some("skopje distance"),
        ),
        (
            "The dam, 38 kilometers north of Port Sudan, gave way.",
            "38 kilometers",
            Some("port sudan distance"),
        ),
        (
            "The crash site is 30 km from Kyiv.",
            "30 km",
            Some("kyiv distance"),
        ),
        // A possessive ends the name.
        (
            "The plane came down about 1.5km from Pokhara's new airport.",
            "about 1.5km",
            Some("pokhara distance"),
        ),
        // No name, no distance from it.
        (
            "The town lies about 40 miles northwest of the city.",
            "about 40 miles",
            None,
        ),
    ]);
}

#[test]
fn volumes_in_cubic_feet_and_cubic_kilometres() {
    let m = figure_in(
        "The dam could hold 25 million cubic meters (880 million cubic feet) of water.",
        "880 million cubic feet",
    );
    assert_eq!(m.kind, Kind::Measure);
    assert_eq!(m.unit.as_deref(), Some("ft³"));
    let m = figure_in(
        "The lake holds 2.5 cubic kilometres of water.",
        "2.5 cubic kilometres",
    );
    assert_eq!(m.unit.as_deref(), Some("km³"));
}

#[test]
fn towns_tolls_and_compounds_of_what_something_does() {
    assert_subjects(&[
        // A town named by `the`: its population all the same.
        (
            "The town of about 25,000 people is 100 km east of Skopje.",
            "about 25,000",
            Some("population"),
        ),
        // What a compound says something does names nothing counted.
        (
            "About 1.8 million egg-laying hens will be culled.",
            "About 1.8 million",
            Some("hen killed"),
        ),
        (
            "Oil-producing countries agreed to cut output by 2 million barrels a day.",
            "2 million barrels",
            Some("country cut per day"),
        ),
        // A part of a group named by what happened to it, with a verb of
        // its own, had that happen to it.
        (
            "Two of the injured died in hospital.",
            "Two",
            Some("person killed (part)"),
        ),
        (
            "Three of the injured were children.",
            "Three",
            Some("child injured (part)"),
        ),
        // The noun before a change verb, past an aside: no cost rose.
        (
            "Core prices, which exclude volatile food and energy costs, rose 3.3% from a year earlier.",
            "3.3%",
            Some("core price increase per year"),
        ),
        // A figure joined by `and` past the time of the one before it.
        (
            "Car insurance costs rose 1.2% from August and 16.3% from a year ago.",
            "16.3%",
            Some("insurance cost"),
        ),
        (
            "Sales rose 5% in May and 7% in June.",
            "7%",
            Some("revenue increase"),
        ),
        // (`but` past a time joins no figure: the 54,000 are another group.)
        (
            "It has settled nearly 100,000 claims since 2020, but about 54,000 remain unresolved.",
            "about 54,000",
            None,
        ),
    ]);
}

#[test]
fn a_quake_s_magnitude_however_it_is_written() {
    assert_subjects(&[
        (
            "The magnitude 7.6 quake struck the Noto peninsula.",
            "magnitude 7.6",
            Some("earthquake"),
        ),
        (
            "The strongest quake, with a magnitude of 7.5, struck at 4:10 p.m.",
            "magnitude of 7.5",
            Some("earthquake"),
        ),
        // An aftershock's is its own.
        (
            "The strongest aftershock had a magnitude of 6.2.",
            "magnitude of 6.2",
            Some("aftershock"),
        ),
        // Buildings burned down were destroyed; households are homes.
        (
            "A fire in Wajima burned down more than 100 buildings.",
            "more than 100",
            Some("building destroyed"),
        ),
        (
            "The fire burned 10,000 acres.",
            "10,000 acres",
            Some("burned"),
        ),
        (
            "About 33,000 households were without power on Tuesday.",
            "About 33,000",
            Some("home without power"),
        ),
    ]);
    let m = figure_in("The quake had a magnitude of 7.5.", "magnitude of 7.5");
    assert_eq!(m.kind, Kind::Measure);
    assert_eq!(m.unit.as_deref(), Some("M"));
}

#[test]
fn what_is_planned_and_others_of_a_group_of_people() {
    assert_subjects(&[
        // What is to be done is a projection, not what happened.
        (
            "During the first phase, 33 hostages are to be released.",
            "33",
            Some("hostage released forecast"),
        ),
        (
            "On Sunday, 33 hostages were released.",
            "33",
            Some("hostage released"),
        ),
        // Others of a group of people are people; of things, more of them.
        (
            "The gunman killed two students and two teachers and wounded nine others.",
            "nine",
            Some("person injured"),
        ),
        (
            "The army lost three tanks and 12 others were damaged.",
            "12",
            Some("tank damaged"),
        ),
    ]);
}

#[test]
fn depths_below_the_surface_and_tallies_of_a_house() {
    assert_subjects(&[
        (
            "A 6.2-magnitude earthquake struck 10 km (6 miles) below the surface.",
            "10 km",
            Some("depth"),
        ),
        (
            "A 6.2-magnitude earthquake struck 10 km (6 miles) below the surface.",
            "6 miles",
            Some("depth"),
        ),
        (
            "The miners were trapped 350 metres underground.",
            "350 metres",
            Some("depth"),
        ),
        // A size is no change, whatever the verb.
        (
            "The ship sank in waters about 5,000 metres deep.",
            "about 5,000 metres",
            Some("depth"),
        ),
    ]);
    // A tally after the body that voted is no name's number.
    let found = extract("The bill passed the House 218 to 214.", &Options::default());
    assert!(found.iter().any(|m| m.text == "218"), "{found:?}");
    // (A capitalised word before a number is still a name: `France 2`.)
    let found = extract("He told France 2 that he would stay.", &Options::default());
    assert!(found.iter().all(|m| m.text != "2"), "{found:?}");
}

#[test]
fn parts_of_a_decade_and_totals_after_new_cases() {
    check(
        &[
            (
                "The population will peak in the mid-2080s.",
                "mid-2080s",
                Kind::Date,
                V::S("2083-05-02/2086-09-01"),
            ),
            (
                "Prices rose in the late 1990s.",
                "late 1990s",
                Kind::Date,
                V::S("1996-09-01/1999-12-31"),
            ),
            (
                "Prices rose in late 1999.",
                "late 1999",
                Kind::Date,
                V::S("1999-09/1999-12"),
            ),
        ],
        None,
    );
    // `new` is no noun: the total counts cases, as the new ones do.
    assert_eq!(
        subject_of(
            "Officials confirmed 17 new cases, bringing the total to 212.",
            "212"
        )
        .as_deref(),
        Some("infected")
    );
}

#[test]
fn a_verb_shared_by_two_amounts_is_no_noun_of_the_second() {
    assert_subjects(&[
        (
            "Ticket prices start at £45 and rise to £250.",
            "£250",
            Some("ticket price"),
        ),
        // (A noun of its own still is: `property crime`.)
        (
            "Violent crime fell by 3% and property crime by 2.4%.",
            "2.4%",
            Some("property crime decrease"),
        ),
    ]);
}

#[test]
fn clauses_of_their_own_lend_no_event() {
    assert_subjects(&[
        // A clause opened by `, where` is about the place.
        (
            "Officials counted 300 homes in the valley, where the river destroyed roads.",
            "300",
            Some("home"),
        ),
        // Nor does a toll after `as`; the toll is of people.
        (
            "Spain sends 10,000 troops to Valencia as toll tops 200",
            "10,000",
            Some("spanish soldier"),
        ),
        (
            "Spain sends 10,000 troops to Valencia as toll tops 200",
            "200",
            Some("person killed"),
        ),
        // (`as` before what a figure is recorded as still joins it.)
        (
            "Officials listed 70,000 people as missing.",
            "70,000",
            Some("person missing"),
        ),
        // What an amount is of, per share.
        (
            "The company expects to report a loss of $9.97 per share for the quarter.",
            "$9.97",
            Some("loss per share forecast"),
        ),
    ]);
}

#[test]
fn what_befell_protesters_and_strikers_is_what_they_count() {
    assert_subjects(&[
        (
            "At least 476 protesters, including 64 minors, have been killed by security forces.",
            "At least 476",
            Some("person killed"),
        ),
        (
            "Police arrested 200 protesters.",
            "200",
            Some("person arrested"),
        ),
        (
            "Some 300 strikers were detained.",
            "Some 300",
            Some("person arrested"),
        ),
        // Who they are, with nothing befalling them.
        (
            "About 700,000 protesters marched in Paris.",
            "About 700,000",
            Some("person attended"),
        ),
    ]);
}

#[test]
fn gross_domestic_product_and_a_population_counted_in_people() {
    assert_subjects(&[
        (
            "Gross domestic product grew 5.2% last year.",
            "5.2%",
            Some("growth increase"),
        ),
        // (Another product is the product.)
        (
            "The product sold 5 million units.",
            "5 million",
            Some("product unit"),
        ),
        (
            "The population fell by 2.08 million people to 1.409 billion.",
            "2.08 million",
            Some("population decrease"),
        ),
        (
            "The state's population grew by 470,000 people last year to 30.5 million.",
            "30.5 million",
            Some("population"),
        ),
        // (People who moved are people.)
        (
            "About 470,000 people moved to the state last year.",
            "About 470,000",
            Some("person"),
        ),
    ]);
}

#[test]
fn spans_of_days_temperatures_apart_and_homes_one_was_forced_from() {
    check(
        &[
            // A span of days after `between`, with a year known or not.
            (
                "Portugal reported 659 deaths between July 7 and 13.",
                "July 7 and 13",
                Kind::Date,
                V::S("--07-07/--07-13"),
            ),
            (
                "Temperatures rose above 45 C (113 F) on Monday.",
                "above 45 C",
                Kind::Measure,
                V::N(45.0),
            ),
            (
                "Temperatures rose above 45 C (113 F) on Monday.",
                "113 F",
                Kind::Measure,
                V::N(113.0),
            ),
        ],
        None,
    );
    let found = extract(
        "Portugal reported 659 deaths between July 7 and 13, 2025.",
        &Options::default(),
    );
    assert!(found.iter().all(|m| m.text != "13"), "{found:?}");
    // (A capital letter with a word after it is no unit: `5 C students`.)
    let found = extract("He said 5 C students failed.", &Options::default());
    assert!(found.iter().all(|m| m.kind != Kind::Measure), "{found:?}");
    assert_subjects(&[(
        "In total, around 8.5 million people have been forced from their homes.",
        "around 8.5 million",
        Some("person displaced"),
    )]);
}

#[test]
fn each_half_of_a_divided_land_is_a_nationality_of_its_own() {
    assert_subjects(&[
        (
            "The passengers included 173 South Koreans.",
            "173",
            Some("south korean person"),
        ),
        (
            "Some 10,000 North Korean troops were deployed.",
            "Some 10,000",
            Some("north korean soldier deployed"),
        ),
        (
            "The passengers included two Thai nationals and 12 Koreans.",
            "12",
            Some("korean person"),
        ),
    ]);
}

#[test]
fn outbreaks_fires_and_yearly_changes() {
    assert_subjects(&[
        // Made ill, and taken to hospital, are events of their own.
        (
            "The outbreak has sickened 49 people in 10 states.",
            "49",
            Some("person sickened"),
        ),
        (
            "One person has died and 49 people have fallen ill.",
            "49",
            Some("person sickened"),
        ),
        (
            "Ten people have been hospitalized.",
            "Ten",
            Some("person hospitalized"),
        ),
        // Admitted to hospital or to care is hospitalized; admitting to
        // anything else is not.
        (
            "Four children had been admitted to hospitals as of Thursday.",
            "Four",
            Some("child hospitalized"),
        ),
        (
            "Twelve patients were admitted to intensive care.",
            "Twelve",
            Some("person hospitalized"),
        ),
        (
            "He admitted three charges of fraud.",
            "three",
            Some("charge"),
        ),
        (
            "Around 280 people were treated by medics and 52 were taken to hospital.",
            "52",
            Some("person hospitalized"),
        ),
        (
            "Around 280 people were treated by medics and 52 were taken to hospital.",
            "Around 280",
            Some("person injured"),
        ),
        ("Gunmen had taken 40 hostages.", "40", Some("hostage")),
        // A verb of another event after a part of a group says what it
        // counts, all of it; without one, it is a part of the group, of
        // what it is said to be (as `Nine of the dead were children`).
        (
            "Of the injured, 47 were taken to hospitals.",
            "47",
            Some("person hospitalized"),
        ),
        (
            "Of the dead, 12 were children.",
            "12",
            Some("child killed (part)"),
        ),
        (
            "In the trial, 62 patients were treated with the drug.",
            "62",
            Some("patient"),
        ),
        // Money spent doing something is spent, not the doing.
        (
            "The county spent about $450,000 responding to the outbreak.",
            "about $450,000",
            Some("spent"),
        ),
        // After a figure, `states` is a noun, not a verb of saying.
        (
            "The outbreak has sickened 49 people in 10 states.",
            "10",
            Some("state"),
        ),
        // How far along a state is no change by the clause's verb, and
        // lends nothing to the next figure.
        (
            "The fire has burned 23,713 acres and was 13% contained.",
            "13%",
            Some("contained"),
        ),
        (
            "The fire was 13% contained. The fire has burned 5,000 acres.",
            "5,000 acres",
            Some("burned"),
        ),
        // Some more of a part, in another place, are a part too.
        (
            "Sixteen of the deaths were in the Eaton Fire zone and eight in the Palisades area.",
            "eight",
            Some("person killed (part)"),
        ),
        // A short past verb ends the noun phrase; `every day` is a rate.
        (
            "About 35,000 vehicles used the bridge every day.",
            "About 35,000",
            Some("vehicle per day"),
        ),
        // A year's change, said by the months it spans.
        (
            "In the 12 months through September, wages increased 4.0%.",
            "4.0%",
            Some("wage increase per year"),
        ),
        (
            "Prices have risen 5.2% over the past 12 months.",
            "5.2%",
            Some("price increase per year"),
        ),
        (
            "House prices drop 3.8% in a year, says Nationwide",
            "3.8%",
            Some("house price decrease per year"),
        ),
        (
            "Consumer prices rose 2.9% in the year to March.",
            "2.9%",
            Some("consumer price increase per year"),
        ),
        // Not a year's change: one month's.
        (
            "Wages rose 0.4% in September.",
            "0.4%",
            Some("wage increase"),
        ),
        // A forecast of two figures is a forecast of both.
        (
            "Economists had forecast the CPI gaining 0.1% and rising 2.3% year-on-year.",
            "2.3%",
            Some("cpi increase forecast per year"),
        ),
    ]);
    // `fell ill` is no decrease.
    assert_ne!(
        subject_of("Prices fell 2% as 30 people fell ill.", "30").as_deref(),
        Some("person decrease")
    );
}

#[test]
fn a_named_fire_holds_what_it_burned() {
    assert_subjects(&[
        (
            "The Eaton Fire near Altadena has burned 14,000 acres.",
            "14,000 acres",
            Some("eaton fire burned"),
        ),
        (
            "The Palisades Fire has burned 23,713 acres and was 13% contained.",
            "13%",
            Some("palisades fire contained"),
        ),
        // An agency is no fire, nor is a place named after one.
        (
            "Cal Fire said the blaze has burned 5,000 acres.",
            "5,000 acres",
            Some("burned"),
        ),
        (
            "Sixteen people died in the Eaton Fire zone and 5,000 acres burned.",
            "5,000 acres",
            Some("burned"),
        ),
    ]);
}

#[test]
fn a_market_index_moves_by_points_and_per_cent_to_a_level() {
    assert_subjects(&[
        (
            "The Dow fell 1,033.99 points, or 2.6%, to 38,703.27.",
            "1,033.99",
            Some("dow point decrease"),
        ),
        (
            "The Dow fell 1,033.99 points, or 2.6%, to 38,703.27.",
            "2.6%",
            Some("dow decrease"),
        ),
        (
            "The Dow fell 1,033.99 points, or 2.6%, to 38,703.27.",
            "38,703.27",
            Some("dow level"),
        ),
        (
            "The Dow Jones index fell by 5.5%, or more than 2,200 points.",
            "more than 2,200",
            Some("dow point decrease"),
        ),
        (
            "The Dow Jones Industrial Average dropped 1,034 points.",
            "1,034",
            Some("dow point decrease"),
        ),
        (
            "The S&P 500 fell 3% for its worst day since 2022.",
            "3%",
            Some("s&p 500 decrease"),
        ),
        (
            "Japan's Nikkei share average plunged 12.4%.",
            "12.4%",
            Some("nikkei decrease"),
        ),
        (
            "In Tokyo, the Nikkei 225 lost 4,451 points to 31,458.42.",
            "4,451",
            Some("nikkei point decrease"),
        ),
        // Another figure of the clause is no index's, nor is a company's.
        (
            "The Dow fell 1,000 points as oil prices jumped 5%.",
            "5%",
            Some("oil price increase"),
        ),
        ("Nvidia dropped 6.4%.", "6.4%", Some("nvidia decrease")),
        ("Dow Chemical shed 2,000 jobs.", "2,000", Some("job cut")),
    ]);
}

#[test]
fn changes_levels_forecasts_and_places_in_company_and_disaster_news() {
    // A change in per cent and the level it reached are two figures.
    let found = extract(
        "For the full year, deliveries fell 1.1% to 1.79 million vehicles.",
        &Options::default(),
    );
    let texts: Vec<&str> = found.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, ["1.1%", "1.79 million"], "{found:?}");
    assert_subjects(&[
        // A possessive's apostrophe hides no forecast.
        (
            "The company delivered 495,570 vehicles, below analysts' estimate of 506,764 vehicles.",
            "506,764",
            Some("vehicle forecast"),
        ),
        // A place after an adjective of where it lies.
        (
            "In neighbouring Thailand, the quake brought down a building, killing at least 10 people.",
            "at least 10",
            Some("thai person killed (part)"),
        ),
        // Half of a compound adjective names nothing counted.
        (
            "The toll rose to 1,644, the military-led government said, with 3,408 injured and 139 missing.",
            "3,408",
            Some("person injured"),
        ),
    ]);
}

#[test]
fn the_figure_goes_on_about_the_sentence_before() {
    let text = "Net migration hit a record 906,000 in the year to June 2023. The figure, which is the difference between arrivals and departures, was previously put at 740,000.";
    assert_eq!(subject_of(text, "740,000").as_deref(), Some("migration"));
    // (`The total` may be of what nothing counted yet.)
    let text = "They arrived in 27 boats. The total for the year so far stands at 25,065.";
    assert_eq!(subject_of(text, "25,065"), None);
}

#[test]
fn falling_ill_or_sick_is_no_fall() {
    assert_subjects(&[
        ("Ten fell sick.", "Ten", Some("person sickened")),
        (
            "One person has died and 49 people have fallen ill.",
            "One",
            Some("person killed"),
        ),
    ]);
}

#[test]
fn records_ranks_and_yearly_changes_in_results_and_statistics() {
    // A date past a record is the record's, not the figure's.
    let text = "The river reached 5.3 meters, surpassing the previous high of 4.76 meters during historic floods in 1941.";
    assert_eq!(figure_in(text, "5.3 meters").as_of, None);
    assert_eq!(
        figure_in(text, "4.76 meters").as_of.as_deref(),
        Some("1941")
    );
    let text = "Organizers reported selling about 9.5 million tickets, beating the record set at the 1996 Atlanta Games.";
    assert_eq!(figure_in(text, "about 9.5 million").as_of, None);
    assert_subjects(&[
        // A change said after the amount, over the year it names.
        (
            "Daily active users reached 2.09 billion, up 3% from a year earlier.",
            "3%",
            Some("user increase per year"),
        ),
        (
            "Sales fell 5.4% compared with June last year.",
            "5.4%",
            Some("revenue decrease per year"),
        ),
        // Whose a tally is, past `with` and a rank, and on to the next.
        (
            "China finished with 40 golds and 91 medals overall.",
            "91",
            Some("chinese medal"),
        ),
        (
            "Hosts France came fifth with 16 golds and 64 medals.",
            "16",
            Some("french gold"),
        ),
    ]);
}

#[test]
fn a_rise_asked_for_or_offered_is_not_one_made() {
    assert_subjects(&[
        (
            "The union is seeking a 77% pay rise over six years.",
            "77%",
            Some("wage sought"),
        ),
        (
            "The employers said they had offered a 50% wage increase.",
            "50%",
            Some("wage offered"),
        ),
        (
            "The union is asking for a 77% raise.",
            "77%",
            Some("raise sought"),
        ),
        // A pay rise given is one.
        ("Nurses got a 5% pay rise.", "5%", Some("wage increase")),
    ]);
    // An offering of shares offers nothing.
    assert_eq!(
        subject_of(
            "Arm priced its initial public offering at $51 per share.",
            "$51"
        )
        .as_deref(),
        Some("price per share")
    );
}

#[test]
fn last_year_says_when_and_a_part_is_what_it_is_said_to_be() {
    let opts = Options {
        date: Some("2024-06-05".into()),
    };
    let at = |text: &str, figure: &str| {
        extract(text, &opts)
            .into_iter()
            .find(|m| m.text == figure)
            .and_then(|m| m.as_of)
    };
    // `last year` with no word before it times the clause.
    assert_eq!(
        at(
            "More than 4,600 people were killed on Kenya's roads last year.",
            "More than 4,600"
        )
        .as_deref(),
        Some("2023")
    );
    // Not when it is a month's year: `since March last year` starts a span.
    assert_ne!(
        at(
            "The outbreak has killed 1,002 people since March last year.",
            "1,002"
        )
        .as_deref(),
        Some("2023")
    );
    assert_subjects(&[(
        "At least 21 people were killed. Nine of the dead were children.",
        "Nine",
        Some("child killed (part)"),
    )]);
}

#[test]
fn a_party_holds_its_seats() {
    assert_subjects(&[(
        "Republicans will hold 53 seats in the Senate.",
        "53",
        Some("republicans seat"),
    )]);
}

#[test]
fn an_incident_s_date_and_who_says_so_inside_a_part() {
    let opts = Options {
        date: Some("2024-08-15".into()),
    };
    let m = extract(
        "Hamas' Oct. 7 attack killed some 1,200 people, mostly civilians.",
        &opts,
    )
    .into_iter()
    .find(|m| m.text == "some 1,200")
    .expect("the toll");
    assert_eq!(m.as_of.as_deref(), Some("2023-10-07"));
    assert_subjects(&[(
        "About 111 hostages remain in Gaza, of whom Israel says 39 are dead.",
        "39",
        Some("hostage killed (part)"),
    )]);
}

#[test]
fn care_in_hospital_is_no_injury_count() {
    assert_subjects(&[
        (
            "Three teachers were treated at a hospital after officers fired tear gas.",
            "Three",
            Some("teacher hospitalized"),
        ),
        (
            "Twelve people were treated in hospital for smoke inhalation.",
            "Twelve",
            Some("person hospitalized"),
        ),
        // (Treated where they fell is an injury count, as before.)
        (
            "Around 280 people were treated at the scene.",
            "Around 280",
            Some("person injured"),
        ),
        // Attended to is cared for; attended is there.
        (
            "Medics attended to 1,430 runners over the course of the day.",
            "1,430",
            Some("runner injured"),
        ),
        (
            "About 35,000 runners attended the race.",
            "About 35,000",
            Some("runner attended"),
        ),
    ]);
}

#[test]
fn so_many_more_of_a_running_count_are_a_part_of_it() {
    assert_subjects(&[
        // With no toll before it in the story, which the other report may
        // give.
        (
            "Rescuers recovered five more bodies from the rubble on Friday, police said.",
            "five",
            Some("body recovered (part)"),
        ),
        // Not after another count in its sentence: others besides.
        (
            "One runner has died and dozens more have been taken to hospital.",
            "dozens",
            Some("runner hospitalized"),
        ),
        // Nor more of what is no running count: a cut of its own.
        ("Meta will cut 10,000 more jobs.", "10,000", Some("job cut")),
    ]);
}

#[test]
fn a_date_in_the_possessive_dates_the_figure_after_it() {
    let opts = Options {
        date: Some("2026-03-11".into()),
    };
    for text in [
        "Spending will rise 3.9 per cent, after last year's 3.1 per cent rise.",
        "That is a smaller jump than last year's 3.1 per cent rise, which drew protesters.",
    ] {
        let m = extract(text, &opts)
            .into_iter()
            .find(|m| m.text == "3.1 per cent")
            .expect("last year's rise");
        assert_eq!(m.as_of.as_deref(), Some("2025"), "{text}");
    }
}

#[test]
fn those_still_without_something_are_what_is_left_of_them() {
    assert_subjects(&[(
        "At the height of the storms, about 185,000 homes and businesses lost electricity. By Thursday morning, fewer than 9,000 were still without power.",
        "fewer than 9,000",
        Some("home without power (part)"),
    )]);
}

#[test]
fn an_outbreak_named_by_its_years_dates_its_toll() {
    // (`outbreak` and `epidemic` read as beginnings elsewhere: `the
    // outbreak began in 2022`.)
    let opts = Options {
        date: Some("2026-03-11".into()),
    };
    for (text, figure) in [
        (
            "Malawi's 2022-2023 outbreak, the deadliest in the country's history, killed more than 1,770 people.",
            "more than 1,770",
        ),
        (
            "The 2022-23 epidemic, the worst in its history, infected more than 59,000 people.",
            "more than 59,000",
        ),
    ] {
        let m = extract(text, &opts)
            .into_iter()
            .find(|m| m.text == figure)
            .expect("the toll");
        assert_eq!(m.as_of.as_deref(), Some("2022/2023"), "{text}");
    }
    // A date the outbreak began at is no as-of of the toll since.
    let m = extract(
        "The outbreak began in 2022 and has killed 41 people.",
        &opts,
    )
    .into_iter()
    .find(|m| m.text == "41")
    .expect("the toll");
    assert_eq!(m.as_of, None);
}

#[test]
fn an_incident_compared_with_is_dated_by_its_year_in_the_clause_that_tells_of_it() {
    // (A date after `with`, `than` or `compared` is mostly the base of a
    // comparison: `up 20% compared with 2019`.)
    let opts = Options {
        date: Some("2026-03-17".into()),
    };
    for (text, figure, year) in [
        (
            "The disaster drew comparisons with the 2007 collapse of a bridge in Minneapolis, which killed 13 people and injured 145.",
            "13",
            "2007",
        ),
        (
            "The disaster drew comparisons with the 2007 collapse of a bridge in Minneapolis, which killed 13 people and injured 145.",
            "145",
            "2007",
        ),
        (
            "Cases are up 20% compared with the 2019 outbreak, which killed 40 people.",
            "40",
            "2019",
        ),
        // Past the words that name it.
        (
            "The blast drew comparisons with the June 2014 GAIL pipeline fire at Nagaram, which killed more than 20 people.",
            "more than 20",
            "2014-06",
        ),
        // In a clause without commas.
        (
            "The disaster came six years after the July 2020 landslide in Hpakant that killed more than 170 people.",
            "more than 170",
            "2020-07",
        ),
    ] {
        let m = extract(text, &opts)
            .into_iter()
            .find(|m| m.text == figure)
            .expect("the toll");
        assert_eq!(m.as_of.as_deref(), Some(year), "{text}: {figure}");
    }
    // The figure before the comparison is not the incident's.
    let m = extract(
        "Cases are up 20% compared with the 2019 outbreak, which killed 40 people.",
        &opts,
    )
    .into_iter()
    .find(|m| m.text == "20%")
    .expect("the rise");
    assert_eq!(m.as_of, None);
}

#[test]
fn money_of_a_whole_is_a_part_and_a_confirmed_case_is_a_case() {
    assert_subjects(&[
        (
            "Ofwat fined Thames Water £122.7m. Ofwat said £104.5m of the penalty related to sewage.",
            "£104.5m",
            Some("fine (part)"),
        ),
        (
            "There were 2,911 laboratory-confirmed measles cases in England.",
            "2,911",
            Some("measles infected"),
        ),
    ]);
}

#[test]
fn a_bare_rate_is_a_bank_s_only_among_words_of_banks() {
    // In an inflation story, `the rate` is inflation's: no interest rate.
    let inflation = subject_of(
        "Economists polled by Reuters had expected the rate to come in at 2.6%.",
        "2.6%",
    );
    assert!(
        !inflation
            .as_deref()
            .is_some_and(|s| s.contains("interest rate")),
        "{inflation:?}"
    );
    // Near a bank or what banks do with rates, it is the interest rate.
    assert_subjects(&[
        (
            "The Bank of England held the rate at 4.75%.",
            "4.75%",
            Some("interest rate"),
        ),
        (
            "It raised the rate to 5.25%.",
            "5.25%",
            Some("interest rate"),
        ),
        // A rate in units of speed is a speed.
        (
            "Lava was advancing at a rate of about 1 km per hour.",
            "about 1 km per hour",
            Some("speed"),
        ),
    ]);
}

#[test]
fn falling_before_a_noun_describes_it() {
    assert_subjects(&[
        (
            "Six villages were hit by falling rocks.",
            "Six",
            Some("village"),
        ),
        (
            "Exports were falling 5% a year.",
            "5%",
            Some("export decrease per year"),
        ),
    ]);
}

#[test]
fn a_capital_before_a_number_is_a_name_only_when_it_is_one() {
    // A model's name keeps its number out of the figures.
    for text in [
        "Boeing 737 jets were grounded.",
        "Windows 11 users complained.",
    ] {
        let found = extract(text, &Options::default());
        assert!(found.is_empty(), "{text:?} gave {found:?}");
    }
    // A determiner opening a sentence names nothing, and what a verb of
    // giving gives to is who holds the figure.
    assert_subjects(&[
        ("Its 23 crew were rescued.", "23", Some("crew rescued")),
        ("These 40 homes burned.", "40", Some("home burned")),
        (
            "The final count gave the Social Democrats 48 seats, one more than expected.",
            "48",
            Some("social democrats seat"),
        ),
        (
            "Voters handed Labour 411 seats.",
            "411",
            Some("labour seat"),
        ),
    ]);
}

#[test]
fn possessives_and_verbs_in_s_end_what_a_figure_describes() {
    assert_subjects(&[
        // A plural possessive after a span of time: the strike lasts.
        (
            "It was the five-day resident doctors' strike.",
            "five-day",
            Some("strike"),
        ),
        // After a count, the count is of the possessors.
        ("The 40 victims' families sued.", "40", Some("victim")),
        // A verb in `-s` before its object ends the noun phrase.
        (
            "The 15-day fishing ban affects nearly 1,200 licensed fishermen.",
            "15-day",
            Some("ban"),
        ),
        // But a plural before `in` is still the noun.
        (
            "He scored 29 league goals in 33 appearances.",
            "29",
            Some("goal"),
        ),
    ]);
}

#[test]
fn spans_of_time_in_abbreviations_and_several_units() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "The match was stopped for 45 mins.",
                "45 mins",
                Duration,
                S("PT45M"),
            ),
            ("a 90 min delay", "90 min", Duration, S("PT90M")),
            (
                "He lowered the record to 2hr 9min 31sec.",
                "2hr 9min 31sec",
                Duration,
                S("PT2H9M31S"),
            ),
            ("and won by 3min 4sec.", "3min 4sec", Duration, S("PT3M4S")),
            // A qualifier covers every unit of the span.
            (
                "She averaged just under 4min 57sec per mile.",
                "just under 4min 57sec",
                Duration,
                S("PT4M57S"),
            ),
            (
                "It took about 4 minutes 57 seconds.",
                "about 4 minutes 57 seconds",
                Duration,
                S("PT4M57S"),
            ),
        ],
        None,
    );
    // With a capital an abbreviation is a name: `SEC` is no second.
    let found = extract("It filed 5 SEC reports.", &Options::default());
    assert!(found.iter().all(|m| m.kind != Duration), "{found:?}");
}

#[test]
fn what_markets_add_to_a_firm_s_value_or_wipe_off_it() {
    assert_subjects(&[
        (
            "Shares closed 27% higher, adding roughly $6.2bn to its market value.",
            "roughly $6.2bn",
            Some("value increase"),
        ),
        (
            "CrowdStrike shares closed down 11%, wiping about $9 billion off its market value.",
            "about $9 billion",
            Some("value decrease"),
        ),
        // A firm's worth by any name is its value.
        (
            "It became Europe's second most valuable company with a market capitalisation of about $370 billion.",
            "about $370 billion",
            Some("value"),
        ),
        // Not other things added or wiped out, nor words added.
        (
            "The economy added 256,000 jobs in December.",
            "256,000",
            Some("job"),
        ),
        ("He added that 12 people died.", "12", Some("person killed")),
        // A bare rise in a later sentence is of the last rise of its kind.
        (
            "Shares closed 27% higher, adding $6.2bn to its market value. The stock ended the day at $84.07, having risen as much as 36% in early trading.",
            "as much as 36%",
            Some("share price increase"),
        ),
        // A rate in money is pay or a price, not an interest rate.
        (
            "The hourly rate rises to R30.75 from R28.79.",
            "R30.75",
            Some("rate"),
        ),
        // Money `for` or `in` something is for it, unless what it is of
        // is named already, or the something is a name (a place).
        (
            "Police offered a reward of $5 million for information.",
            "$5 million",
            Some("reward"),
        ),
        (
            "The EU approved a grant of €40m for flood defences.",
            "€40m",
            Some("grant"),
        ),
        (
            "The court ordered a total of $5bn in damages.",
            "$5bn",
            Some("damage"),
        ),
        (
            "The firm reported sales of $5bn in Asia.",
            "$5bn",
            Some("revenue"),
        ),
        // A conversion in brackets is what its amount is, whatever follows.
        (
            "It offered a reward of N5 million (about $3,200) for information leading to an arrest.",
            "about $3,200",
            Some("reward"),
        ),
        // An aside between dashes is passed over, as one between commas.
        (
            "Underlying inflation — its preferred measure — rose to 5.2%.",
            "5.2%",
            Some("underlying inflation"),
        ),
    ]);
}

#[test]
fn what_happened_before_or_after_and_where_is_not_the_figure_s() {
    assert_subjects(&[
        // An event after `after` is another's.
        (
            "Corvia has ordered up to 200 aircraft from Airbus after reporting a sharp rise in profits.",
            "up to 200",
            Some("plane"),
        ),
        (
            "The storm came two weeks after Hurricane Helene killed more than 230 people.",
            "two weeks",
            None,
        ),
        // Places counted `in` or `across` are where it happened.
        (
            "One person has died and 49 people have fallen ill in 10 states after eating contaminated burgers.",
            "10",
            Some("state"),
        ),
        (
            "Some 5.9 million people were under evacuation orders across 15 counties.",
            "15",
            Some("county"),
        ),
        // A singular in `-us` makes its own plural.
        ("It sold 2000 buses.", "2000", Some("bus")),
        ("There were 30 causes.", "30", Some("cause")),
    ]);
    // A year before a singular in `-s` is a year.
    let census = figure_in("It compares with 37 million in the 2021 census.", "2021");
    assert_eq!(census.kind, Kind::Date);
}

#[test]
fn so_many_more_than_before_and_age_groups() {
    assert_subjects(&[
        // After a comma, so many more than at an earlier time is how the
        // figure before changed (over a year: a change on a year earlier).
        (
            "Nearly 49 million passengers flew with the airline in the quarter, 4.8 million more than a year earlier.",
            "4.8 million",
            Some("passenger increase per year"),
        ),
        (
            "The average UK property now costs £260,828, about £10,000 less than a year ago.",
            "about £10,000",
            Some("property decrease"),
        ),
        // Not more than something else.
        (
            "It has 40 stores, 20 more than its rivals.",
            "20",
            Some("store"),
        ),
        // An age group stands between a noun and its verb.
        (
            "The number of people aged 85 and older rose by 16% to nearly one million.",
            "16%",
            Some("person increase"),
        ),
        (
            "Unemployment among people aged 16 to 24 rose to 14.5%.",
            "14.5%",
            Some("unemployment"),
        ),
    ]);
}

#[test]
fn a_verb_after_two_counts_and_tolls_that_grow() {
    assert_subjects(&[
        // A verb after two counts joined by `and` is both counts'.
        (
            "Federal officials say 263 passengers and 31 crew members were sickened by norovirus.",
            "263",
            Some("passenger sickened"),
        ),
        (
            "More than 200 passengers and 18 crew members have fallen ill aboard the ship.",
            "More than 200",
            Some("passenger sickened"),
        ),
        // Not across a place of the first: the 40 were injured.
        (
            "Israel killed 12 people in Gaza and 40 were injured.",
            "12",
            Some("israeli person killed"),
        ),
        // The disaster of a toll names no one.
        ("Assam flood toll rises to 52.", "52", Some("person killed")),
        // So many more of a larger toll said shortly before are a part of it.
        (
            "The toll climbed to 52 on Wednesday after three more people drowned.",
            "three",
            Some("person killed (part)"),
        ),
        (
            "The toll rose to 40. Another 12 people died on Monday.",
            "12",
            Some("person killed (part)"),
        ),
        // So are those the sentence takes to a larger total.
        (
            "Another 2,016 people were admitted to hospital, taking the number of \
             hospitalisations this year to 70,446.",
            "2,016",
            Some("person hospitalized (part)"),
        ),
        // Of another event they are a group of their own.
        (
            "At least 20 people died and another 50 were injured.",
            "50",
            Some("person injured"),
        ),
    ]);
    // And the same number again is the same group.
    let found = extract(
        "LA fires: 24 dead, 16 missing\n\nAt least 24 people have been killed, officials said, and 16 more are missing.",
        &Options::default(),
    );
    let again = found
        .iter()
        .rfind(|m| m.text == "16")
        .expect("the body's 16");
    assert_eq!(again.subject.as_deref(), Some("person missing"));
}

#[test]
fn rates_per_adult_child_or_household_and_names_with_event_words() {
    assert_subjects(&[
        (
            "Evacuees can apply for payments of $1,250 per adult and $500 per dependent child.",
            "$1,250",
            Some("payment per adult"),
        ),
        (
            "Evacuees can apply for payments of $1,250 per adult and $500 per dependent child.",
            "$500",
            Some("payment per child"),
        ),
        (
            "It costs $300 per household.",
            "$300",
            Some("cost per household"),
        ),
        // A word of an event inside a name is the name's.
        (
            "Southern Cross agreed to buy Harbour Mutual for about A$4.8 billion.",
            "about A$4.8 billion",
            Some("deal"),
        ),
        (
            "Some 534 migrants crossed the Channel.",
            "Some 534",
            Some("migrant crossed"),
        ),
    ]);
}

#[test]
fn only_weapons_launched_are_fired() {
    assert_subjects(&[
        (
            "Hamas launched 3,000 rockets.",
            "3,000",
            Some("rocket fired"),
        ),
        (
            "Russia launched a barrage of 90 missiles.",
            "90",
            Some("missile fired"),
        ),
        (
            "The company launched 12 new products.",
            "12",
            Some("product"),
        ),
        (
            "Novaro launched its X9 flagship on Wednesday, pricing it at 5,999 yuan.",
            "5,999 yuan",
            None,
        ),
    ]);
}

#[test]
fn revisions_and_openings_from_a_year_earlier() {
    // `up` after what was revised is the revision's, no ceiling.
    let revised = figure_in(
        "INEGI revised first-quarter growth up to 0.3% from 0.2% previously.",
        "0.3%",
    );
    assert_eq!(revised.approx, factcheck::Approx::Exact);
    assert_subjects(&[(
        "From a year earlier, gross domestic product expanded 1.4% in seasonally adjusted terms.",
        "1.4%",
        Some("growth increase per year"),
    )]);
}

#[test]
fn what_plunges_into_water_falls_and_nothing_decreases() {
    assert_subjects(&[
        (
            "At least eight vehicles plunged roughly 15 metres into the water.",
            "At least eight",
            Some("vehicle"),
        ),
        (
            "The bus plunged 15 metres into a ravine.",
            "15 metres",
            None,
        ),
        (
            "Shares plunged 15% on Monday.",
            "15%",
            Some("share price decrease"),
        ),
    ]);
}

#[test]
fn money_and_counts_lend_each_other_no_noun() {
    assert_subjects(&[
        // Money released after inmates released is no inmate.
        (
            "Gunmen freed 224 inmates. The minister said 1.2 billion naira would be released to repair the walls.",
            "1.2 billion naira",
            Some("released"),
        ),
        // Another figure's noun holds nothing.
        (
            "Nigeria's more than 240 custodial centers hold over 80,000 inmates.",
            "over 80,000",
            Some("prisoner"),
        ),
    ]);
}

#[test]
fn a_battery_s_charge_is_a_measure() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "It packs a 6,000mAh battery.",
                "6,000mAh",
                Measure,
                N(6000.0),
            ),
            (
                "It has a 5,000 mAh battery.",
                "5,000 mAh",
                Measure,
                N(5000.0),
            ),
        ],
        None,
    );
}

#[test]
fn a_conversion_in_brackets_bounds_what_its_figure_bounds() {
    let gust = figure_in("Gusts reached up to 230 kph (143 mph).", "143 mph");
    assert_eq!(gust.approx, factcheck::Approx::UpTo);
    let far = figure_in(
        "It lies more than 100 km (62 miles) east of the capital.",
        "62 miles",
    );
    assert_eq!(far.approx, factcheck::Approx::MoreThan);
    // A rounded conversion gives its own rounding.
    let front = figure_in("the roughly 1,000km (600-mile) front line", "600-mile");
    assert_eq!(front.approx, factcheck::Approx::Exact);
}

#[test]
fn a_multiple_counts_nothing_and_nothing_happens_to_it() {
    let faster = figure_in(
        "Shipments grew nearly three times as fast as the market.",
        "nearly three",
    );
    assert_eq!(faster.kind, Kind::Number);
    assert_eq!(faster.subject, None);
    // A count of times is still a count (here of times in a year).
    assert_subjects(&[(
        "Prices rose 3 times in a year.",
        "3",
        Some("time increase per year"),
    )]);
}

#[test]
fn a_level_something_will_reach_is_a_forecast() {
    assert_subjects(&[
        (
            "The bank warned that inflation will climb to 4.6% this summer.",
            "4.6%",
            Some("inflation forecast"),
        ),
        (
            "It said unemployment would likely peak at 5.4% next year.",
            "5.4%",
            Some("unemployment forecast"),
        ),
        // A headline drops the verb before `set to`.
        (
            "Inflation set to hit 4.6% as energy bills soar",
            "4.6%",
            Some("inflation forecast"),
        ),
        // Where things stand is no forecast.
        (
            "Inflation climbed to 3.9% in March.",
            "3.9%",
            Some("inflation"),
        ),
        // Nor is money that will rise or fall, which was mostly decided.
        (
            "The minimum wage will rise to £10 an hour in April.",
            "£10",
            Some("wage per hour"),
        ),
        // Nor is what a thing will cost.
        ("The line will cost £27.6bn.", "£27.6bn", Some("line cost")),
    ]);
}

#[test]
fn a_year_to_a_month_is_as_of_that_month() {
    let cpi = figure_in(
        "date 2026-05-07\nConsumer price inflation was 3.9 percent in the year to March.",
        "3.9 percent",
    );
    assert_eq!(cpi.as_of.as_deref(), Some("2026-03"));
    // Not a verb after `to`.
    let m = extract(
        "date 2026-05-07\nThousands plan to march on Saturday.",
        &Options::default(),
    );
    assert!(m.iter().all(|m| m.text != "march"), "{m:?}");
}

#[test]
fn a_part_said_to_be_in_a_place_is_that_place_s() {
    assert_subjects(&[
        (
            "Around 540,000 of the vehicles are in the United States.",
            "Around 540,000",
            Some("american vehicle (part)"),
        ),
        (
            "Roughly 210,000 of the recalled cars are registered in Germany.",
            "Roughly 210,000",
            Some("german car (part)"),
        ),
        // A place the words after the verb do not put the part in.
        (
            "Around 540,000 of the vehicles are fitted with the part.",
            "Around 540,000",
            Some("vehicle (part)"),
        ),
    ]);
}

#[test]
fn a_count_whose_noun_is_left_out_counts_what_the_count_before_it_counts() {
    assert_subjects(&[
        (
            "Around 540,000 of the vehicles are in the United States, and roughly 210,000 \
             are registered in Germany.",
            "roughly 210,000",
            Some("german vehicle (part)"),
        ),
        // What befell it, if it says.
        (
            "About 9,000 of the phones were sold in Canada, while 4,300 were damaged.",
            "4,300",
            Some("phone damaged (part)"),
        ),
        // With no place of its own, not the other's place.
        (
            "Some 9,000 of the phones are in Canada, and 4,300 are faulty.",
            "4,300",
            Some("phone (part)"),
        ),
        // Not a count of another sentence.
        (
            "About 9,000 phones were sold in Canada. And 4,300 were damaged.",
            "4,300",
            Some("damaged"),
        ),
    ]);
}

#[test]
fn a_when_clause_that_opens_a_sentence_times_what_follows_it() {
    let text = "date 2026-06-16\nWhen the regulator began looking into the problem in January, \
                four injuries had been reported. Kessler knew of seven injuries, including a \
                woman in Phoenix who was cut in a crash last August. Police said 55 people who \
                died on Monday were identified.";
    let m = extract(text, &Options::default());
    let as_of = |figure: &str| m.iter().find(|m| m.text == figure).unwrap().as_of.clone();
    assert_eq!(as_of("four").as_deref(), Some("2026-01"));
    // A relative clause of another noun times that noun only.
    assert_eq!(as_of("seven"), None);
    // One of the figure's own noun times the figure.
    assert_eq!(as_of("55").as_deref(), Some("2026-06-15"));
}

#[test]
fn a_distance_that_says_where_is_no_object_of_the_verb_before_it() {
    assert_subjects(&[
        (
            "23 miners remain trapped 1.8km underground.",
            "23",
            Some("person trapped"),
        ),
        (
            "Four people were trapped 40 km from the nearest road.",
            "Four",
            Some("person trapped"),
        ),
        // One that is the verb's object is.
        (
            "The fire burned 35 kilometres of forest.",
            "35 kilometres",
            Some("forest burned"),
        ),
    ]);
}

#[test]
fn a_count_in_brackets_after_a_name_is_that_name_s() {
    assert_subjects(&[
        (
            "The worst-hit states are Bihar (23 deaths), Rajasthan (14) and Odisha (9).",
            "23",
            Some("bihar person killed (part)"),
        ),
        (
            "The worst-hit states are Bihar (23 deaths), Rajasthan (14) and Odisha (9).",
            "14",
            Some("rajasthan person killed (part)"),
        ),
        // Not a month's.
        (
            "Deaths rose in March (14 more than in February).",
            "14",
            Some("increase"),
        ),
    ]);
}

#[test]
fn a_count_in_the_area_worst_hit_is_that_area_s_part() {
    assert_subjects(&[
        // Named before the words that single it out, or after them.
        (
            "Worcestershire has been the worst-hit county, with 34 cases, followed by Hampshire.",
            "34",
            Some("worcestershire infected (part)"),
        ),
        (
            "Sindh, the hardest-hit province, reported 120 deaths.",
            "120",
            Some("sindh person killed (part)"),
        ),
        (
            "The hardest-hit province was Sindh, with 120 deaths.",
            "120",
            Some("sindh person killed (part)"),
        ),
        (
            "In the most affected district of Kohistan, 40 people died.",
            "40",
            Some("kohistan person killed (part)"),
        ),
        // Unnamed, still a part.
        (
            "In the worst-hit areas, 300 homes were destroyed.",
            "300",
            Some("home destroyed (part)"),
        ),
        // The story's own toll is no part.
        (
            "At least 40 people died in the storm, which hit the county hardest.",
            "At least 40",
            Some("person killed"),
        ),
    ]);
}

#[test]
fn so_many_of_them_to_which_something_else_befell_are_all_of_those() {
    assert_subjects(&[
        (
            "More than 300 houses were damaged, and 46 of them were destroyed completely.",
            "46",
            Some("home destroyed"),
        ),
        // People who died among the injured may be some of the dead.
        (
            "Some 300 people were injured and 46 of them later died.",
            "46",
            Some("person killed (part)"),
        ),
        // Nothing else befell them.
        (
            "At least 40 people died, and 12 of them were children.",
            "12",
            Some("child killed (part)"),
        ),
    ]);
}

#[test]
fn a_count_after_when_takes_no_event_from_before_it() {
    assert_subjects(&[
        (
            "Six people were killed when more than 70 vehicles crashed into one another.",
            "more than 70",
            Some("vehicle"),
        ),
        (
            "At least six people were killed and 38 injured on Monday when more than 70 vehicles crashed.",
            "more than 70",
            Some("vehicle"),
        ),
        // Its own event still counts.
        (
            "The strike began on Monday, when 4,000 workers were arrested.",
            "4,000",
            Some("person arrested"),
        ),
    ]);
}

#[test]
fn a_time_set_against_now_dates_the_when_clause_after_it() {
    let opts = Options {
        date: Some("2026-11-28".into()),
    };
    let text =
        "The vote was more divided than a year earlier, when the budget passed by 82 votes to 25.";
    let m = extract(text, &opts)
        .into_iter()
        .find(|m| m.text == "82")
        .expect("the vote");
    assert!(
        m.as_of.as_deref().is_some_and(|d| d.starts_with("2025")),
        "{:?}",
        m.as_of
    );
    // `a year earlier` alone counts back from a time the text gives, not
    // from the report's day.
    let text = "Sales were 40,000, up from 35,000 a year earlier.";
    let m = extract(text, &opts)
        .into_iter()
        .find(|m| m.text == "40,000")
        .expect("the sales");
    assert_eq!(m.as_of, None);
}

#[test]
fn the_sides_of_a_vote_are_told_apart() {
    assert_subjects(&[
        // `by X votes to Y`: X for, Y against.
        (
            "The bill was defeated by 201 votes to 150.",
            "201",
            Some("voted for"),
        ),
        (
            "The bill was defeated by 201 votes to 150.",
            "150",
            Some("voted against"),
        ),
        // The side after the count's noun and verb, also along a list.
        (
            "Seven members voted for the rise, while two wanted to keep rates on hold.",
            "Seven",
            Some("member voted for"),
        ),
        (
            "The budget passed with 78 votes in favour, 31 against and 9 abstentions.",
            "31",
            Some("voted against"),
        ),
        // `voted X to Y`, with who voted before the verb.
        (
            "Lawmakers voted 78 to 31, with 9 abstentions.",
            "78",
            Some("lawmaker voted for"),
        ),
        (
            "Lawmakers voted 78 to 31, with 9 abstentions.",
            "31",
            Some("lawmaker voted against"),
        ),
        // A tally with no verb of voting: the side in favour says so, and
        // its voters are the other side's.
        (
            "It passed on Saturday, with 81 lawmakers in favour, 31 against and six abstentions.",
            "81",
            Some("lawmaker voted for"),
        ),
        (
            "It passed on Saturday, with 81 lawmakers in favour, 31 against and six abstentions.",
            "31",
            Some("lawmaker voted against"),
        ),
        // `against` alone is no side.
        ("The team won 3 against 1 last season.", "1", None),
        // No side, all who voted.
        (
            "More than 1.2 million people voted.",
            "More than 1.2 million",
            Some("person voted"),
        ),
    ]);
}

#[test]
fn money_after_a_form_of_be_is_the_noun_s_before_it() {
    assert_subjects(&[
        ("The ransom was $5 million.", "$5 million", Some("ransom")),
        (
            "He said the total prize purse this year was R2.4 million.",
            "R2.4 million",
            Some("purse"),
        ),
        ("The shortfall was $50,000.", "$50,000", Some("shortfall")),
        // Not a count, which may be an age or a score: `The victim was 34`.
        ("The shortfall was 50,000.", "50,000", None),
    ]);
}

#[test]
fn treatment_needed_or_given_is_an_injury() {
    assert_subjects(&[
        (
            "Medical staff said 212 runners needed treatment.",
            "212",
            Some("runner injured"),
        ),
        (
            "About 300 patients are receiving treatment for cancer.",
            "About 300",
            Some("patient"),
        ),
    ]);
}

#[test]
fn a_named_places_body_in_lower_case_is_the_source() {
    let source = |text: &str, figure: &str| figure_in(text, figure).source;
    assert_eq!(
        source(
            "About 120 firefighters were sent, according to the Istanbul fire brigade.",
            "About 120"
        )
        .as_deref(),
        Some("the Istanbul fire brigade")
    );
    assert_eq!(
        source(
            "Twelve survivors were treated, according to the North West health department.",
            "Twelve"
        )
        .as_deref(),
        Some("the North West health department")
    );
    // Lower-case words that name no body are no part of it.
    assert_eq!(
        source(
            "About 40 were hurt, according to Reuters reporters at the scene.",
            "About 40"
        )
        .as_deref(),
        Some("Reuters")
    );
}

#[test]
fn what_claims_lives_is_no_source() {
    let source = |text: &str, figure: &str| figure_in(text, figure).source;
    assert_eq!(source("Dengue claimed 11 lives on Tuesday.", "11"), None);
    assert_eq!(
        source("Cholera has claimed the lives of 40 people.", "40"),
        None
    );
    // Who claims a figure still gives it.
    assert_eq!(
        source("Hamas claimed 40 soldiers were killed.", "40").as_deref(),
        Some("Hamas")
    );
}

#[test]
fn a_currency_s_letters_after_a_say_verb_are_no_source() {
    let source = |text: &str, figure: &str| figure_in(text, figure).source;
    assert_eq!(
        source(
            "The district has announced Tk 25,000 for each family.",
            "Tk 25,000"
        ),
        None
    );
    assert_eq!(
        source(
            "The firm announced RM2 billion in investment.",
            "RM2 billion"
        ),
        None
    );
    // A name after the verb still is.
    assert_eq!(
        source("The toll is 40, announced Reuters.", "40").as_deref(),
        Some("Reuters")
    );
}

#[test]
fn a_total_since_a_date_years_ago_runs_from_it_to_now() {
    let as_of = |text: &str, figure: &str| figure_in(text, figure).as_of;
    assert_eq!(
        as_of(
            "date 2026-03-14\nMore than 1,300 people have died in accidents on the waterways since 2019.",
            "More than 1,300"
        )
        .as_deref(),
        Some("2019-01-01/2026-03-14")
    );
    // Not the year so far, nor a first or a record since then, which are now.
    assert_eq!(
        as_of(
            "date 2026-03-14\nSome 400 people have died since January.",
            "Some 400"
        ),
        None
    );
    assert_eq!(
        as_of(
            "date 2026-03-14\nThe bank raised rates to 4% for the first time since 2023.",
            "4%"
        ),
        None
    );
    // Nor a date in another clause.
    assert_eq!(
        as_of(
            "date 2026-03-14\nIt settled 100,000 claims since 2020, but about 54,000 remain open.",
            "about 54,000"
        ),
        None
    );
}

#[test]
fn miners_nations_and_vessels_are_named_as_their_kind_is() {
    assert_subjects(&[
        ("23 miners remain trapped.", "23", Some("person trapped")),
        (
            "Vaalrand employs 4,800 miners.",
            "4,800",
            Some("vaalrand job"),
        ),
        ("Runners came from 64 nations.", "64", Some("country")),
        ("63 vessels reached the island.", "63", Some("boat")),
        ("The airline ordered 60 jets.", "60", Some("plane")),
        ("The airline operates 88 aircraft.", "88", Some("plane")),
        ("Seventeen items were stolen.", "Seventeen", Some("piece")),
        (
            "Some 74 evacuation centres were open.",
            "Some 74",
            Some("center"),
        ),
    ]);
}

#[test]
fn a_count_of_a_thing_s_parts_is_no_toll() {
    assert_subjects(&[
        (
            "At least 17 people have died after a six-storey building collapsed.",
            "six",
            Some("building storey"),
        ),
        (
            "At least 17 people have died after a six-storey building collapsed.",
            "At least 17",
            Some("person killed"),
        ),
    ]);
}

#[test]
fn a_total_since_years_back_spans_every_figure_of_its_clause() {
    let text = "date 2026-06-09\nOver 180 people have died in at least 62 collapses since 2020.";
    for figure in ["Over 180", "at least 62"] {
        assert_eq!(
            figure_in(text, figure).as_of.as_deref(),
            Some("2020-01-01/2026-06-09"),
            "{figure}"
        );
    }
}

#[test]
fn a_day_named_by_its_possessive_is_a_date() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "date 2026-03-09\nInterest in Saturday's derby had soared.",
                "Saturday's",
                Date,
                S("2026-03-07"),
            ),
            (
                "date 2026-03-09\nBrent was up 5.4% from Friday\u{2019}s close of $79.43.",
                "Friday\u{2019}s",
                Date,
                S("2026-03-06"),
            ),
            // Without a date to resolve it, the day, not its possessive.
            (
                "Sunday's failure could delay the mission.",
                "Sunday's",
                Date,
                S("sunday"),
            ),
        ],
        None,
    );
}

#[test]
fn a_headline_in_capitals_keeps_its_figures() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "Sarvana Pharma Jumps 18% as Obesity Pill Succeeds",
                "18%",
                Percent,
                N(18.0),
            ),
            (
                "Shares Slump After Jet Overruns Sydney Runway, Injuring 11",
                "11",
                Count,
                N(11.0),
            ),
        ],
        None,
    );
    // A name with a number is still a name.
    for text in ["A Boeing 737 crashed.", "Apollo 11 landed on the Moon."] {
        let found = extract(text, &Options::default());
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn an_adverb_opening_a_sentence_is_no_name_before_its_figure() {
    // `Apollo 11` is a name; `Barely 40` is a count said to be small.
    for (text, figure) in [
        ("Barely 40 people came to the rally.", "40"),
        ("Initially 12 were reported dead.", "12"),
    ] {
        let m = figure_in(text, figure);
        assert_eq!(m.kind, Kind::Count, "{text}");
    }
}

#[test]
fn a_clause_of_harm_after_a_comma_counts_people() {
    assert_subjects(&[
        (
            "Shares slump after a jet overruns a runway, injuring 11.",
            "11",
            Some("person injured"),
        ),
        (
            "Gunmen opened fire on the market, killing 11.",
            "11",
            Some("person killed"),
        ),
        // Its own noun says what it counts.
        (
            "The storm hit the coast, killing 40 cattle.",
            "40",
            Some("cattle killed"),
        ),
    ]);
}

#[test]
fn shillings_cents_paise_and_us_dollars() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "I lost goods worth Sh80,000.",
                "Sh80,000",
                Money,
                N(80_000.0),
            ),
            (
                "The bill seeks to raise Sh346 billion.",
                "Sh346 billion",
                Money,
                N(346e9),
            ),
            ("He paid TSh2 million.", "TSh2 million", Money, N(2e6)),
            (
                "The Australian dollar bought 63.12 US cents.",
                "63.12 US cents",
                Money,
                N(0.6312),
            ),
            (
                "It cost 80 Australian cents.",
                "80 Australian cents",
                Money,
                N(0.8),
            ),
            ("It cost 20 euro cents.", "20 euro cents", Money, N(0.2)),
            (
                "It paid 167,000 U.S. dollars in fines.",
                "167,000 U.S. dollars",
                Money,
                N(167_000.0),
            ),
            (
                "The rupee fell 31 paise to 87.62.",
                "31 paise",
                Money,
                N(0.31),
            ),
            // A change in pence and the level it reached, not a range.
            ("Petrol rose 5p to 142.5p.", "142.5p", Money, N(1.425)),
            ("It costs 10p.", "10p", Money, N(0.1)),
            // A range in hundredths, said once or at both ends.
            ("Prices ranged from 5p to 10p.", "5p to 10p", Money, N(0.05)),
            ("It costs 5-10 cents.", "5-10 cents", Money, N(0.05)),
            (
                "Rates will rise 20-25 basis points.",
                "20-25 basis points",
                Percent,
                N(0.2),
            ),
        ],
        None,
    );
    for (text, figure, unit) in [
        ("I lost goods worth Sh80,000.", "Sh80,000", "shilling"),
        ("He paid TSh2 million.", "TSh2 million", "TZS"),
        ("It cost 80 Australian cents.", "80 Australian cents", "AUD"),
        ("The rupee fell 31 paise to 87.62.", "31 paise", "INR"),
        (
            "It paid 167,000 U.S. dollars in fines.",
            "167,000 U.S. dollars",
            "USD",
        ),
    ] {
        assert_eq!(
            figure_in(text, figure).unit.as_deref(),
            Some(unit),
            "{text}"
        );
    }
    let range = figure_in("Prices ranged from 5p to 10p.", "5p to 10p");
    assert_eq!(range.high.and_then(|v| v.as_number()), Some(0.1));
}

#[test]
fn voltages_noon_and_midnight() {
    use Kind::*;
    use V::*;
    check(
        &[
            ("A fault on a 500kV line.", "500kV", Measure, N(500.0)),
            ("a 500-kilovolt line", "500-kilovolt", Measure, N(500.0)),
            ("They met at noon on Sunday.", "noon", Time, S("12:00")),
            (
                "Nine deaths had been reported by midnight.",
                "midnight",
                Time,
                S("00:00"),
            ),
            (
                "It kicked off at 8pm (midnight AEDT).",
                "midnight",
                Time,
                S("00:00"),
            ),
        ],
        None,
    );
    // A word of the time of day with no preposition or zone is no time.
    for text in ["The midday heat was fierce.", "The midnight sun rose."] {
        let found = extract(text, &Options::default());
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn no_one_and_first_as_an_adverb_are_no_figures() {
    for text in [
        "No-one should have to go through that.",
        "No-one was hurt.",
        "Police first fired tear gas in the square.",
        "The virus was first reported by doctors.",
        "The plants were among the first to return.",
    ] {
        let found = extract(text, &Options::default());
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    // A rank has its determiner.
    assert_eq!(
        figure_in("She is the first elected mayor of the city.", "first").kind,
        Kind::Ordinal
    );
}

#[test]
fn a_time_keeps_its_zone_and_an_incident_s_time_is_its_own() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "Footage spread at about 3am AEDT.",
                "about 3am AEDT",
                Time,
                S("03:00"),
            ),
            (
                "It erupted at 4.17am (21.17 BST on Wednesday).",
                "21.17 BST",
                Time,
                S("21:17"),
            ),
        ],
        None,
    );
    assert_subjects(&[
        (
            "The blast happened at 6:48 a.m. in the unit.",
            "6:48 a.m.",
            Some("explosion"),
        ),
        (
            "The eruption began at 4:17 a.m. local time.",
            "4:17 a.m.",
            Some("eruption"),
        ),
        // Not the time of something else said of it, nor a conversion.
        (
            "Footage of the crush began circulating at about 3am.",
            "about 3am",
            Some("began"),
        ),
        (
            "Mayon erupted at 4.17am (21.17 BST on Wednesday).",
            "21.17 BST",
            None,
        ),
    ]);
}

#[test]
fn a_rate_is_narrowed_and_an_owner_s_figure_borrows_the_noun_it_leaves_out() {
    assert_subjects(&[
        (
            "The youth unemployment rate climbed to 9.8 per cent.",
            "9.8 per cent",
            Some("youth unemployment"),
        ),
        (
            "Youth unemployment jumped to 9.8 percent.",
            "9.8 percent",
            Some("youth unemployment"),
        ),
        (
            "The underemployment rate rose to 6.2 percent.",
            "6.2 percent",
            Some("underemployment"),
        ),
        (
            "The jobless rate was 4.1 per cent, while Victoria's rose to 4.6 per cent.",
            "4.6 per cent",
            Some("victoria unemployment"),
        ),
        (
            "Victoria's jobless rate rose to 4.6 percent.",
            "4.6 percent",
            Some("victoria unemployment"),
        ),
    ]);
}

#[test]
fn a_past_incident_and_a_country_s_size_are_not_the_story_s_toll() {
    // An incident named with its date is that date's.
    assert_eq!(
        figure_in(
            "date 2026-03-10\nThe disaster echoes the March 2024 collapse of a bridge in \
             Baltimore after it was struck by a ship, which killed six road workers.",
            "six"
        )
        .as_of
        .as_deref(),
        Some("2024-03")
    );
    assert_subjects(&[(
        "Bangladesh, a low-lying delta nation of about 170 million people, has sharply \
         reduced cyclone deaths.",
        "about 170 million",
        Some("population"),
    )]);
}

#[test]
fn people_in_relief_camps_are_sheltered_and_a_village_s_residents_its_population() {
    assert_subjects(&[
        (
            "About 1,200 residents of nearby hamlets have been moved to relief camps.",
            "About 1,200",
            Some("person sheltered"),
        ),
        // Not a camp of another kind.
        ("The army camp housed 300 soldiers.", "300", Some("soldier")),
    ]);
    let village = subject_of(
        "The village, about 48 km from the town, had around 450 residents, most of them farmers.",
        "around 450",
    );
    assert!(
        village
            .as_deref()
            .is_some_and(|s| s.ends_with("population")),
        "{village:?}"
    );
}

#[test]
fn in_critical_condition_is_a_state_of_the_people_before_it() {
    assert_subjects(&[
        (
            "Of the 23 injured, four were in critical condition, officials said.",
            "four",
            Some("person critical"),
        ),
        (
            "Two remain in a critical condition in hospital.",
            "Two",
            Some("person critical"),
        ),
        // Not of a figure after it with a verb of its own.
        (
            "Four were in critical condition and nine had been flown to a burn centre.",
            "nine",
            None,
        ),
        // Nor a critical time.
        ("It is a critical time for 40 firms.", "40", Some("firm")),
    ]);
}

#[test]
fn half_a_dozen_is_six() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "They are being treated at half a dozen hospitals.",
                "half a dozen",
                Count,
                N(6.0),
            ),
            ("a dozen hospitals", "a dozen", Count, N(12.0)),
        ],
        None,
    );
}

#[test]
fn a_share_of_a_group_is_of_what_its_verb_says_they_did() {
    assert_subjects(&[
        (
            "Just 59.8% of patients had been waiting less than 18 weeks.",
            "59.8%",
            Some("patient waiting"),
        ),
        (
            "Only 73.4 per cent of patients were dealt with inside four hours.",
            "73.4 per cent",
            Some("patient dealt"),
        ),
        (
            "About 62% of adults are vaccinated.",
            "About 62%",
            Some("adult vaccinated"),
        ),
        // A verb of saying says nothing of them.
        (
            "Some 45% of voters said they would back him.",
            "Some 45%",
            Some("voter"),
        ),
    ]);
}

#[test]
fn a_year_earlier_and_about_a_mile_are_figures() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "Revenue rose to $3bn from $2.6 billion a year earlier.",
                "a year earlier",
                Duration,
                S("P1Y"),
            ),
            (
                "She had left three years earlier.",
                "three years earlier",
                Duration,
                S("P3Y"),
            ),
            (
                "She lives about a mile from the refinery.",
                "about a mile",
                Measure,
                N(1.0),
            ),
            (
                "Visibility is less than a metre.",
                "less than a metre",
                Measure,
                N(1.0),
            ),
        ],
        None,
    );
    // A length needs its qualifier: `a mile-long queue` is said of the
    // queue, and `a metre` alone may be anything.
    let found = extract("He walked a mile.", &Options::default());
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_currency_after_its_sign_and_a_place_that_ends_a_clause() {
    use Kind::*;
    use V::*;
    check(
        &[
            (
                "Kipruto collects $US60,000 for the win.",
                "$US60,000",
                Money,
                N(60_000.0),
            ),
            (
                "His pay came to $US90,000 (about $A138,000).",
                "about $A138,000",
                Money,
                N(138_000.0),
            ),
            ("He finished second.", "second", Ordinal, N(2.0)),
            ("Haile came third.", "third", Ordinal, N(3.0)),
            (
                "She lost almost an acre of groundnuts.",
                "almost an acre",
                Measure,
                N(1.0),
            ),
        ],
        None,
    );
    assert_eq!(
        figure_in(
            "His pay came to $US90,000 (about $A138,000).",
            "about $A138,000"
        )
        .unit
        .as_deref(),
        Some("AUD")
    );
    // The letters alone are a country or a letter, no currency.
    for text in ["The US 500 index rose.", "An A380 landed."] {
        let found = extract(text, &Options::default());
        assert!(
            found.iter().all(|m| m.kind != Kind::Money),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_count_takes_its_verb_past_an_aside_that_lists() {
    assert_subjects(&[(
        "Prosecutors said five people, including the owner, the night manager and a \
         building inspector, had been detained.",
        "five",
        Some("person arrested"),
    )]);
}

#[test]
fn members_of_a_group_told_by_origin_are_its_parts_and_suspects_are_people() {
    assert_subjects(&[
        (
            "Police arrested four men. The arrested men, three from Rajasthan and one from \
             Haryana, were produced in court.",
            "three",
            Some("rajasthan man arrested (part)"),
        ),
        (
            "Police arrested four suspects on Friday.",
            "four",
            Some("person arrested"),
        ),
    ]);
}

#[test]
fn survivors_flown_to_hospital_are_hospitalized() {
    assert_subjects(&[
        (
            "Six were pulled out alive, and three survivors were flown to the university \
             hospital in Innsbruck.",
            "three",
            Some("person hospitalized"),
        ),
        // Flown elsewhere is no care.
        (
            "He was flown to London on Friday with 20 aides.",
            "20",
            Some("aide"),
        ),
    ]);
}

#[test]
fn a_part_of_a_group_that_gives_its_size_is_what_it_is_said_to_be() {
    assert_subjects(&[
        (
            "Of the about 640 people who fell ill, 143 were children, she said.",
            "143",
            Some("child sickened (part)"),
        ),
        (
            "Of the 87 cases, 61 are children, according to the department.",
            "61",
            Some("child infected (part)"),
        ),
        // A figure past another in the sentence is not the group's part.
        (
            "Of the injured, 27 were in a critical condition at six hospitals.",
            "six",
            Some("hospital"),
        ),
    ]);
}

#[test]
fn a_count_takes_its_verb_past_a_modifier_in_ing_that_holds_a_figure() {
    assert_subjects(&[
        (
            "More than 4,600 residents living within 3 kilometers of the plant were \
             evacuated to schools.",
            "More than 4,600",
            Some("person evacuated"),
        ),
        // The figure in the modifier takes no part in the verb.
        (
            "More than 4,600 residents living within 3 kilometers of the plant were \
             evacuated to schools.",
            "3 kilometers",
            Some("plant"),
        ),
        // Nor does a verb of another clause: the modifier holds no mark.
        (
            "About 200 people living near the river, most of them farmers, were unhurt.",
            "About 200",
            Some("person"),
        ),
    ]);
}

#[test]
fn a_month_of_last_year_is_one_date() {
    let text = "date 2026-05-02\nShe joined the company in January last year and will leave \
                in March next year. It opens on March 4 next year.";
    let date = |figure: &str| figure_in(text, figure).value;
    assert_eq!(date("January last year"), Value::Text("2025-01".into()));
    assert_eq!(date("March next year"), Value::Text("2027-03".into()));
    assert_eq!(date("March 4 next year"), Value::Text("2027-03-04".into()));
    // Not a month word read as a verb: `may this year`.
    let m = extract(
        "date 2026-05-02\nPrices may this year rise.",
        &Options::default(),
    );
    assert!(m.iter().all(|m| m.text != "may this year"), "{m:?}");
}

#[test]
fn a_small_number_word_that_points_back_is_no_figure_but_all_of_a_group_is() {
    let texts = |text: &str| -> Vec<String> {
        extract(text, &Options::default())
            .into_iter()
            .map(|m| m.text)
            .collect()
    };
    // `the two sides` names a pair the story has spoken of.
    assert!(!texts("The two sides met again on Monday.").contains(&"two".to_string()));
    // `all four of its schools` counts the schools, all of them.
    let m = figure_in(
        "The district canceled classes at all four of its schools.",
        "four",
    );
    assert_eq!(m.value, Value::Number(4.0));
    assert_eq!(m.subject.as_deref(), Some("school cancelled"));
}

#[test]
fn the_time_of_an_incident_named_well_before_it() {
    // The place and its operator may stand between the incident and its
    // time.
    assert_subjects(&[
        (
            "The explosion ripped through the Big Laurel No. 4 mine, run by Allegheny \
             Ridge Coal Co, at around 11.20pm on Tuesday.",
            "around 11.20pm",
            Some("explosion"),
        ),
        (
            "A massive fire broke out at the solvent storage facility of Narmada \
             Petrochem Ltd in the Dahej industrial estate around 10:40 pm on Wednesday, \
             forcing the district administration to evacuate villages.",
            "around 10:40 pm",
            Some("fire"),
        ),
        // A boat that flipped capsized.
        (
            "The boat flipped around 7:15 a.m. some 400 meters from the port.",
            "around 7:15 a.m.",
            Some("capsizing"),
        ),
    ]);
}

#[test]
fn those_aboard_a_workforce_and_patients_in_hospital_are_counted_as_their_peers() {
    assert_subjects(&[
        // People on board or carried, however a report says it.
        (
            "The coast guard said 92 people were on board the ferry.",
            "92",
            Some("person aboard"),
        ),
        (
            "The vessel had been carrying about 90 people.",
            "about 90",
            Some("person aboard"),
        ),
        // (What it may carry is no one aboard.)
        (
            "The ferry was licensed to carry 60 people.",
            "60",
            Some("person capacity"),
        ),
        // (Passengers are a count already.)
        (
            "The vessel had been carrying 185 passengers.",
            "185",
            Some("passenger"),
        ),
        // A workforce is the people employed.
        (
            "Brackwell & Stone has a workforce of roughly 38,000.",
            "roughly 38,000",
            Some("job"),
        ),
        (
            "It employs about 38,000 people in the UK.",
            "about 38,000",
            Some("job"),
        ),
        // Patients admitted to hospital are people hospitalised.
        (
            "Nine patients have been admitted to hospital since the outbreak began.",
            "Nine",
            Some("person hospitalized"),
        ),
        (
            "Nine people have been hospitalized since the outbreak began.",
            "Nine",
            Some("person hospitalized"),
        ),
        // Shops are stores.
        (
            "It had shut 52 shops in the three months to December.",
            "52",
            Some("store"),
        ),
        // The bare verb after `to` is the event.
        (
            "The failure forced the carrier to cancel at least 310 flights.",
            "at least 310",
            Some("flight cancelled"),
        ),
    ]);
}

#[test]
fn a_forecast_noun_that_ends_the_clause_before_and_is_no_cue() {
    let m = figure_in(
        "The retailer cut its full-year profit forecast and said it would shed about \
         1,900 jobs.",
        "about 1,900",
    );
    assert_eq!(m.subject.as_deref(), Some("job cut"));
    // (A forecast said of the figure still is one.)
    let m = figure_in(
        "Analysts forecast revenue of $20.9bn for the quarter.",
        "$20.9bn",
    );
    assert!(
        m.subject.as_deref().is_some_and(|s| s.contains("forecast")),
        "{m:?}"
    );
}

#[test]
fn a_time_after_the_incident_is_its_time_though_a_count_before_has_its_own_verb() {
    assert_subjects(&[(
        "Two workers were killed and 11 others injured after a massive fire broke out at \
         the plant around 10:40 pm on Wednesday, forcing officials to evacuate villages.",
        "around 10:40 pm",
        Some("fire"),
    )]);
}

#[test]
fn a_span_of_time_taken_is_of_what_it_was_taken_to_do() {
    assert_subjects(&[
        (
            "It took nearly seven hours to bring the fire under control, the fire chief said.",
            "nearly seven hours",
            Some("fire"),
        ),
        (
            "Firefighters needed about 11 hours to bring the blaze under control.",
            "about 11 hours",
            Some("fire"),
        ),
        // (Not a span up to a time.)
        ("The plan runs for five years to 2030.", "five years", None),
    ]);
}

#[test]
fn a_share_full_inmates_and_an_auxiliary_after_the_noun() {
    assert_subjects(&[
        // A reservoir `18% full` holds a share of its capacity.
        (
            "Lake Tandara was just over 18% full when the measures were announced.",
            "just over 18%",
            Some("capacity"),
        ),
        // Inmates are prisoners.
        (
            "Nearly 120 inmates escaped after gunmen stormed the prison.",
            "Nearly 120",
            Some("prisoner"),
        ),
        // Warders and correctional officers keep the prison.
        (
            "Four warders were injured in the attack, he said.",
            "Four",
            Some("guard injured"),
        ),
        (
            "Six correctional officers were wounded, the service said.",
            "Six",
            Some("guard injured"),
        ),
        // `did` is no noun: `schools did not function`.
        (
            "Officials said 10,126 government schools did not function on Wednesday.",
            "10,126",
            Some("school"),
        ),
    ]);
}

#[test]
fn a_span_of_time_something_lasted_is_that_thing_s() {
    assert_subjects(&[
        (
            "The outage lasted about 14 hours.",
            "about 14 hours",
            Some("outage"),
        ),
        // The head of the phrase, not what a preposition adds to it.
        (
            "In 2021 a strike over salary anomalies lasted more than 100 days.",
            "more than 100 days",
            Some("strike"),
        ),
        (
            "The walkout is due to last 48 hours.",
            "48 hours",
            Some("strike"),
        ),
        // `last` is the verb only after a modal or `to`.
        ("In the last 24 hours, 12 people died.", "24 hours", None),
    ]);
}

#[test]
fn the_reason_a_source_gives_after_a_comma_is_not_what_happened_to_the_figure() {
    assert_subjects(&[
        (
            "The bank cut its repo rate by 25 basis points to 5.25 per cent from 5.50 per cent, citing a sharp fall in inflation.",
            "5.50 per cent",
            Some("interest rate"),
        ),
        (
            "The lender held its rate at 4.5%, citing an increase in prices.",
            "4.5%",
            Some("interest rate"),
        ),
        (
            "Unemployment stood at 4.1%, the agency said, noting a rise in hiring.",
            "4.1%",
            Some("unemployment"),
        ),
    ]);
}

#[test]
fn a_rate_named_before_was_is_what_its_share_of_a_base_measures() {
    assert_subjects(&[
        (
            "Turnout was 71.4 per cent of the 1.86 million registered voters.",
            "71.4 per cent",
            Some("turnout"),
        ),
        (
            "Unemployment was 4% of the labour force.",
            "4%",
            Some("unemployment"),
        ),
        // (A share of a group named first is the group's: not a rate.)
        (
            "About 40% of the voters were women.",
            "About 40%",
            Some("voter"),
        ),
    ]);
}

#[test]
fn a_weekday_a_modal_looks_ahead_to_is_the_coming_one() {
    let text = "The Meridian Standard | Published 16 September 2026, 12:05 BST\n\nForecasters said the storm could still drop 250mm of rain by Thursday.\n\nOfficials said 40 people had died by Thursday.";
    let found = extract(text, &Options::default());
    let thursdays: Vec<_> = found
        .iter()
        .filter(|m| m.text == "Thursday")
        .map(|m| m.value.as_text().map(str::to_owned))
        .collect();
    // A forecast's deadline is the Thursday to come; a toll's, the one
    // gone by.
    assert_eq!(
        thursdays,
        [Some("2026-09-17".to_owned()), Some("2026-09-10".to_owned())]
    );
}

#[test]
fn a_day_someone_said_something_would_happen_on_is_the_coming_one() {
    let text = "The Meridian Standard | Published 16 September 2026, 12:05 BST\n\nThe president's office said a national day of mourning would be held on Sunday.\n\nThe union's council would meet on Thursday, she said.\n\nThe council met on Thursday.\n\nThe firm said sales would have risen on Thursday without the outage.";
    let found = extract(text, &Options::default());
    let days: Vec<_> = found
        .iter()
        .filter(|m| m.kind == Kind::Date && !m.text.contains("2026"))
        .map(|m| (m.text.clone(), m.value.as_text().map(str::to_owned)))
        .collect();
    // What would happen is ahead of the report (16 September 2026 is a
    // Wednesday); what happened, or would have, is behind it.
    let day = |d: &str| Some(d.to_owned());
    assert_eq!(
        days,
        [
            ("Sunday".to_owned(), day("2026-09-20")),
            ("Thursday".to_owned(), day("2026-09-17")),
            ("Thursday".to_owned(), day("2026-09-10")),
            ("Thursday".to_owned(), day("2026-09-10")),
        ]
    );
}
