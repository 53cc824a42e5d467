//! Reconciliation, specified by small multi-report cases written from real
//! news phrasing.
#![cfg(not(target_arch = "wasm32"))]

use factcheck::{Document, Options, Status, reconcile};

fn doc(id: &str, date: &str, text: &str) -> Document {
    Document {
        id: id.into(),
        text: text.into(),
        date: Some(date.into()),
        ..Document::default()
    }
}

/// Two reports, `a` and `b`, published on the same `date`.
fn two(date: &str, a: &str, b: &str) -> [Document; 2] {
    [doc("a", date, a), doc("b", date, b)]
}

fn statuses(docs: &[Document]) -> Vec<(String, Status, usize)> {
    reconcile(docs, &Options::default())
        .facts
        .into_iter()
        .filter(|f| f.status != Status::Single)
        .map(|f| (f.label, f.status, f.claims.len()))
        .collect()
}

/// The status of the fact that holds claim `a` of the first document and
/// claim `b` of the second, if one does.
fn pair_status(docs: &[Document], a: &str, b: &str) -> Option<Status> {
    let (first, second) = (&docs[0].id, &docs[1].id);
    reconcile(docs, &Options::default())
        .facts
        .iter()
        .find(|f| {
            f.claims.iter().any(|c| &c.doc == first && c.text == a)
                && f.claims.iter().any(|c| &c.doc == second && c.text == b)
        })
        .map(|f| f.status)
}

/// Asserts that no fact of `docs` is a conflict.
fn assert_no_conflict(docs: &[Document]) {
    let all = statuses(docs);
    assert!(
        all.iter().all(|(_, status, _)| *status != Status::Conflict),
        "{all:?}"
    );
}

/// The label of the fact that holds a claim written `text`.
fn label_of(docs: &[Document], text: &str) -> String {
    reconcile(docs, &Options::default())
        .facts
        .into_iter()
        .find(|f| f.claims.iter().any(|c| c.text == text))
        .unwrap_or_else(|| panic!("no fact holds {text:?}"))
        .label
}

#[test]
fn a_death_toll_rising_over_days_is_a_revision() {
    let docs = [
        doc(
            "mon",
            "2026-03-02",
            "Officials said 30 people were killed in the earthquake.",
        ),
        doc(
            "tue",
            "2026-03-03",
            "The number of people killed in the earthquake rose to 52, officials said.",
        ),
    ];
    let s = statuses(&docs);
    assert!(
        s.iter()
            .any(|(_, st, n)| *st == Status::Revision && *n == 2),
        "{s:?}"
    );
}

#[test]
fn a_total_said_to_run_to_its_day_is_revised_by_a_later_report() {
    // Passengers carried are no toll, but a total `since the strike
    // began` (or `so far`, `to date`) runs up to the day it is given, and a
    // later report's higher one is an update.
    let wednesday = "Strike\n\nThe ferry company said it had carried about 42,000 extra \
                     passengers by early afternoon on Wednesday.";
    for thursday in [
        "Strike\n\nFerry operators said they had carried an extra 71,000 passengers since \
         the strike began.",
        "Strike\n\nFerry operators said they had carried an extra 71,000 passengers so far.",
    ] {
        let docs = [
            doc("wed", "2026-03-18", wednesday),
            doc("thu", "2026-03-19", thursday),
        ];
        assert_eq!(
            pair_status(&docs, "about 42,000", "71,000"),
            Some(Status::Revision),
            "{thursday}"
        );
    }
    // So does a total since the incident itself, and a count said to have
    // risen.
    for (monday, tuesday, a, b) in [
        (
            "Quake\n\nMore than 120 aftershocks have been recorded, officials said.",
            "Quake\n\nThe agency has recorded 178 aftershocks since the main quake.",
            "More than 120",
            "178",
        ),
        (
            "Strike\n\nThe airline said about 85,000 passengers had been affected.",
            "Strike\n\nThe number of passengers affected had risen to more than 160,000, \
             the airline said.",
            "about 85,000",
            "more than 160,000",
        ),
    ] {
        let docs = [
            doc("mon", "2026-03-09", monday),
            doc("tue", "2026-03-10", tuesday),
        ];
        assert_eq!(
            pair_status(&docs, a, b),
            Some(Status::Revision),
            "{tuesday}"
        );
    }
    // Without such words the two are counts of two days that do not run
    // on: which is right?
    let docs = [
        doc("wed", "2026-03-18", wednesday),
        doc(
            "thu",
            "2026-03-19",
            "Strike\n\nFerry operators said they had carried an extra 71,000 passengers on \
             Wednesday.",
        ),
    ];
    assert_eq!(
        pair_status(&docs, "about 42,000", "71,000"),
        Some(Status::Conflict)
    );
}

#[test]
fn the_same_day_with_different_tolls_is_a_conflict() {
    let docs = [
        doc(
            "a",
            "2026-03-02",
            "At least 30 people were killed in the blast.",
        ),
        doc("b", "2026-03-02", "Twelve people were killed in the blast."),
    ];
    let s = statuses(&docs);
    assert!(s.iter().any(|(_, st, _)| *st == Status::Conflict), "{s:?}");
}

#[test]
fn police_and_organisers_counting_a_crowd_are_disputed() {
    let docs = two(
        "2026-03-02",
        "Police said 10,000 protesters marched through the capital.",
        "Organisers said 50,000 protesters marched through the capital.",
    );
    let s = statuses(&docs);
    assert!(s.iter().any(|(_, st, _)| *st == Status::Disputed), "{s:?}");
}

#[test]
fn two_bodies_of_the_state_at_odds_are_a_conflict_not_a_dispute() {
    // A ministry and the police are no sides: the reports are at odds.
    let docs = two(
        "2026-03-02",
        "Floods\n\nThe Interior Ministry said 86 people had been rescued by Monday night.",
        "Floods\n\nPolice said 68 people had been rescued by Monday night.",
    );
    assert_eq!(pair_status(&docs, "86", "68"), Some(Status::Conflict));
    // Nor are the Ministry of Health and a disaster agency.
    let docs = two(
        "2026-03-02",
        "Floods\n\nThe Ministry of Health said 86 people had been rescued by Monday night.",
        "Floods\n\nThe national disaster agency said 68 people had been rescued by Monday \
         night.",
    );
    assert_eq!(pair_status(&docs, "86", "68"), Some(Status::Conflict));
    // A union's officials are a side of their own.
    let docs = two(
        "2026-03-02",
        "Mine\n\nThe Mine Safety and Health Administration said it cited the mine for 146 \
         violations in 2025.",
        "Mine\n\nUnion officials said the mine was cited for 112 violations in 2025.",
    );
    assert_eq!(pair_status(&docs, "146", "112"), Some(Status::Disputed));
}

#[test]
fn a_voice_whose_body_the_report_does_not_name_takes_no_side() {
    // A person named by a last name may well be the police chief.
    let docs = two(
        "2026-03-02",
        "Floods\n\nPolice said 86 people had been rescued by Monday night.",
        "Floods\n\nRamesh Thapa said 68 people had been rescued by Monday night.",
    );
    assert_eq!(pair_status(&docs, "86", "68"), Some(Status::Conflict));
    // A spokeswoman of no one named speaks for the body the story is about.
    let docs = two(
        "2026-03-02",
        "Floods\n\nThe Red Cross said 86 people had been rescued by Monday night.",
        "Floods\n\nA spokeswoman said 68 people had been rescued by Monday night.",
    );
    assert_eq!(pair_status(&docs, "86", "68"), Some(Status::Conflict));
    // A spokesperson's body is named before the role: an agency is the state.
    let docs = two(
        "2026-03-02",
        "Floods\n\nOfficials said 86 people had been rescued by Monday night.",
        "Floods\n\nAgency spokesperson Halima Yusuf said 68 people had been rescued by \
         Monday night.",
    );
    assert_eq!(pair_status(&docs, "86", "68"), Some(Status::Conflict));
    // Residents are a side, not a person called Residents.
    let docs = two(
        "2026-03-02",
        "Floods\n\nOfficials said 86 people had been rescued by Monday night.",
        "Floods\n\nResidents said 68 people had been rescued by Monday night.",
    );
    assert_eq!(pair_status(&docs, "86", "68"), Some(Status::Disputed));
    // And a union against a police spokesperson still disputes the figure.
    let docs = two(
        "2026-03-02",
        "Strike\n\nThe union said 86 workers had been arrested by Monday night.",
        "Strike\n\nPolice spokesperson Josephine Adeh said 68 workers had been arrested by \
         Monday night.",
    );
    assert_eq!(pair_status(&docs, "86", "68"), Some(Status::Disputed));
}

#[test]
fn a_share_given_to_a_tenth_is_one_figure_in_other_words() {
    // `4.6%` is as rare a figure as `46%`: each report gives it once, so it
    // is one figure, however each names what rose.
    let docs = two(
        "2026-03-18",
        "Inflation\n\nFood and non-alcoholic drink prices rose 4.6% in the year to February.",
        "Inflation\n\nFood inflation climbed to 4.6 per cent in February.",
    );
    assert_eq!(
        pair_status(&docs, "4.6%", "4.6 per cent"),
        Some(Status::Agree)
    );
    // A whole share under ten is given for many things: words still matter.
    let docs = two(
        "2026-03-18",
        "Pay\n\nWages rose 4% in the year to February.",
        "Pay\n\nRents climbed 4 per cent in February.",
    );
    assert_eq!(pair_status(&docs, "4%", "4 per cent"), None);
}

#[test]
fn a_figure_split_off_a_shared_one_may_still_join_its_match() {
    // Both give the budget, €18.4bn; a's other budget figure, €16.9bn, is
    // no conflict with it but the opposition's, which b gives too.
    let docs = two(
        "2026-12-03",
        "Budget\n\nParliament approved a defence budget of €18.4bn on Thursday. His party had \
         proposed an alternative budget of €16.9bn, which was defeated.",
        "Budget\n\nThe 18.4 billion euro budget passed. An opposition amendment to cut the \
         total to 16.9 billion euros was rejected.",
    );
    assert_eq!(
        pair_status(&docs, "€18.4bn", "18.4 billion euro"),
        Some(Status::Agree)
    );
    assert_eq!(
        pair_status(&docs, "€16.9bn", "16.9 billion euros"),
        Some(Status::Agree)
    );
}

#[test]
fn whose_a_figure_is_said_in_one_report_only_tells_nothing_apart() {
    // One report says whose the distance is; the other leaves it unsaid.
    let docs = two(
        "2026-04-14",
        "Jailbreak\n\nThe facility, located about 40 km from Akure, housed 412 inmates.",
        "Jailbreak\n\nThe prison, about 25 miles from the state capital, held 400 inmates.",
    );
    assert_eq!(
        pair_status(&docs, "about 40 km", "about 25 miles"),
        Some(Status::Agree)
    );
    // Not a figure under ten: a mother's four children are hers.
    let docs = two(
        "2026-03-10",
        "Cholera\n\nMercy Kalua, a mother of four, walked to the clinic.",
        "Cholera\n\nThe toll rose to 41, four more than a day earlier.",
    );
    assert_eq!(pair_status(&docs, "four", "four"), None);
    // Nor a slip of the keyboard, which would make a conflict: Donegal's
    // turnout is not the national one.
    let docs = two(
        "2026-03-10",
        "Referendum\n\nTurnout in Donegal was 44.2%, the lowest in the country.",
        "Referendum\n\nTurnout was well up on the referendums of March 2024, when 44.4 per cent \
         voted.",
    );
    assert_eq!(pair_status(&docs, "44.2%", "44.4 per cent"), None);
}

#[test]
fn rounding_and_qualifiers_agree() {
    let docs = [
        doc(
            "a",
            "2026-03-02",
            "Around 1,200 people were evacuated from the town.",
        ),
        doc(
            "b",
            "2026-03-02",
            "Nearly 1,250 people were evacuated from the town.",
        ),
        doc(
            "c",
            "2026-03-02",
            "1.2 thousand people were evacuated from the town.",
        ),
    ];
    let s = statuses(&docs);
    assert!(
        s.iter().any(|(_, st, n)| *st == Status::Agree && *n >= 2),
        "{s:?}"
    );
    assert!(!s.iter().any(|(_, st, _)| *st == Status::Conflict), "{s:?}");
}

#[test]
fn money_at_different_scales_compares() {
    let docs = [
        doc(
            "a",
            "2026-03-02",
            "The EU pledged €4.5bn to rebuild the grid.",
        ),
        doc(
            "b",
            "2026-03-02",
            "The EU pledged 4.5 billion euros to rebuild the grid.",
        ),
        doc(
            "c",
            "2026-03-02",
            "The EU pledged €5bn to rebuild the grid.",
        ),
    ];
    let s = statuses(&docs);
    assert!(
        s.iter()
            .any(|(_, st, n)| *st == Status::Conflict && *n == 3),
        "{s:?}"
    );
}

#[test]
fn a_round_figure_covers_a_twentieth_of_itself_at_most() {
    let capacity =
        |figure: &str| format!("The stadium, which has a capacity of {figure}, was full.");
    let docs = two("2026-03-02", &capacity("20,000"), &capacity("22,000"));
    assert_eq!(
        pair_status(&docs, "20,000", "22,000"),
        Some(Status::Conflict),
        "{:?}",
        statuses(&docs)
    );
    let docs = two("2026-03-02", &capacity("20,000"), &capacity("20,500"));
    assert_eq!(pair_status(&docs, "20,000", "20,500"), Some(Status::Agree));
}

#[test]
fn the_day_of_the_story_and_the_time_of_a_toll_are_facts_both_reports_give() {
    let docs = two(
        "2026-02-04",
        "An avalanche swept a ski run on Tuesday afternoon, burying skiers. \
         Rescuers searched through Tuesday night.",
        "The avalanche struck the Alpine resort at 1:15pm on Tuesday.",
    );
    assert_eq!(
        pair_status(&docs, "Tuesday", "Tuesday"),
        Some(Status::Agree),
        "{:?}",
        statuses(&docs)
    );
    // A day that says when a toll holds is still the day of the story.
    let docs = two(
        "2026-02-04",
        "Five people were killed in the avalanche on Tuesday, police said on Wednesday.",
        "Four skiers died in the avalanche on Tuesday.",
    );
    assert_eq!(
        pair_status(&docs, "Tuesday", "Tuesday"),
        Some(Status::Agree),
        "{:?}",
        statuses(&docs)
    );
    // Labelled by what was counted, not as a one-off (`When the invasion
    // began`).
    assert_eq!(label_of(&docs, "Tuesday"), "Date: people killed");
    // So is the time of day two tolls are given for: they are of one
    // moment.
    let docs = two(
        "2026-02-04",
        "The toll stood at 41 by 8am on Monday, officials said.",
        "As of 08:00 on Monday, officials had confirmed 46 deaths.",
    );
    assert_eq!(
        pair_status(&docs, "8am", "08:00"),
        Some(Status::Agree),
        "{:?}",
        statuses(&docs)
    );
    assert!(
        label_of(&docs, "8am").starts_with("Time of day: "),
        "{}",
        label_of(&docs, "8am")
    );
    // The day a report is published, said of nothing, is no fact.
    let docs = two(
        "2026-02-04",
        "Published 4 February 2026\n\nFive people were killed in an avalanche.",
        "Four skiers were killed in an avalanche today.",
    );
    assert_eq!(
        pair_status(&docs, "4 February 2026", "today"),
        None,
        "{:?}",
        statuses(&docs)
    );
}

#[test]
fn adjusted_results_are_another_measure_than_those_reported() {
    let docs = two(
        "2026-08-01",
        "Excluding some items, the loss was 38 cents a share.",
        "The net loss narrowed to $312m, or 51 cents a share.",
    );
    assert_no_conflict(&docs);
    assert_eq!(
        label_of(&docs, "38 cents"),
        "Adjusted loss per share (money)"
    );
    // Adjusted on both sides is one measure.
    let docs = two(
        "2026-08-01",
        "Adjusted earnings were $1.20 a share.",
        "Excluding one-time charges, earnings were $1.25 a share.",
    );
    assert_eq!(
        pair_status(&docs, "$1.20", "$1.25"),
        Some(Status::Conflict),
        "{:?}",
        statuses(&docs)
    );
}

#[test]
fn ounces_of_gold_are_troy_ounces() {
    let docs = two(
        "2026-03-02",
        "The mine produced 6.1 tonnes of gold last year.",
        "The mine produced about 196,000 ounces of gold last year.",
    );
    assert_eq!(
        pair_status(&docs, "6.1 tonnes", "about 196,000 ounces"),
        Some(Status::Agree),
        "{:?}",
        statuses(&docs)
    );
    // Ounces of anything else are the avoirdupois ounce.
    let flour = factcheck::extract("The bakery used 500 ounces of flour.", &Options::default());
    assert_eq!(flour[0].unit.as_deref(), Some("oz"), "{flour:?}");
}

#[test]
fn weekdays_in_articles_published_on_different_days_meet_on_one_date() {
    let docs = [
        doc(
            "a",
            "2026-02-05",
            "The war began on 24 February 2022. Talks began on Wednesday in Geneva.",
        ),
        doc(
            "b",
            "2026-02-06",
            "The war began on 24 February 2022. Talks began on Wednesday in Geneva.",
        ),
    ];
    let report = reconcile(&docs, &Options::default());
    let talks = report
        .facts
        .iter()
        .find(|f| f.claims.iter().any(|c| c.text == "Wednesday"))
        .expect("a fact for the talks");
    assert_eq!(talks.status, Status::Agree, "{}", talks.explanation);
    assert!(
        talks
            .claims
            .iter()
            .all(|c| c.value.as_text() == Some("2026-02-04"))
    );
}

#[test]
fn civilians_and_soldiers_are_different_facts() {
    let docs = two(
        "2026-03-02",
        "Almost 15,000 Ukrainian civilians have been killed.",
        "55,000 Ukrainian soldiers have been killed.",
    );
    assert!(statuses(&docs).is_empty());
}

#[test]
fn one_report_that_contradicts_itself_is_caught() {
    let docs = [doc(
        "a",
        "2026-03-02",
        "Officials said 40 people were killed in the flood. Later in the day, officials said 25 people were killed in the flood.",
    )];
    let s = statuses(&docs);
    assert!(s.iter().any(|(_, st, _)| *st == Status::Conflict), "{s:?}");
    // The explanation says it is the report against itself, not two
    // reports against each other.
    let report = reconcile(&docs, &Options::default());
    let conflict = report
        .facts
        .iter()
        .find(|f| f.status == Status::Conflict)
        .expect("a conflict");
    assert_eq!(
        conflict.explanation,
        "a contradicts itself: it gives 40 and 25."
    );
}

#[test]
fn duplicate_ids_are_refused_with_a_reason() {
    let docs = [
        doc("a", "2026-03-02", "1 person"),
        doc("a", "2026-03-02", "2 people"),
    ];
    let err = factcheck::try_reconcile(&docs, &Options::default()).unwrap_err();
    assert!(err.to_string().contains("\"a\""));
}

#[test]
fn a_part_is_checked_against_its_whole() {
    let docs = [doc(
        "a",
        "2026-03-02",
        "Witkoff said 314 prisoners were exchanged. Zelensky said 157 Ukrainians were among those released. \
         The flood displaced 2,000 people, including 3,500 children.",
    )];
    let report = reconcile(&docs, &Options::default());
    let parts: Vec<_> = report
        .checks
        .iter()
        .filter(|c| c.kind == "part-whole")
        .map(|c| (c.a.text.as_str(), c.b.text.as_str(), c.holds))
        .collect();
    assert_eq!(parts, [("314", "157", true), ("2,000", "3,500", false)]);
}

#[test]
fn two_days_of_flood_coverage_line_up() {
    let docs = [
        doc(
            "a",
            "2025-07-14",
            "At least 27 people have died after flash floods swept through the region on Friday, the governor said. \
             The river rose 26 feet in 45 minutes. Officials said 41 people remain missing. \
             The state has requested $2.5 billion in federal aid.",
        ),
        doc(
            "b",
            "2025-07-15",
            "The death toll from the floods has risen to 32, authorities said on Monday. \
             The Guadalupe River rose by 26ft within 45 minutes on Friday. \
             Some 40 people are still missing, officials said. The governor asked for $2.5bn in aid.",
        ),
    ];
    let report = reconcile(&docs, &Options::default());
    let shared: Vec<(Vec<&str>, Status)> = report
        .facts
        .iter()
        .filter(|f| f.claims.len() == 2)
        .map(|f| (f.claims.iter().map(|c| c.text.as_str()).collect(), f.status))
        .collect();
    for pair in [
        ["At least 27", "32"],
        ["26 feet", "26ft"],
        ["41", "Some 40"],
        ["$2.5 billion", "$2.5bn"],
    ] {
        assert!(
            shared
                .iter()
                .any(|(texts, status)| texts == &pair && *status == Status::Agree),
            "{pair:?} in {shared:?}"
        );
    }
}

#[test]
fn economic_figures_compare_by_what_they_measure() {
    let docs = [
        doc(
            "c",
            "2026-03-03",
            "UK inflation fell to 3.2% in January from 3.6% in December, the Office for National Statistics said. \
             The Bank of England cut interest rates to 4.25% last month. Unemployment held at 4.4%.",
        ),
        doc(
            "d",
            "2026-03-04",
            "Inflation in the UK eased to 3.1% in January, according to official figures. \
             The Bank of England lowered rates to 4.25% in February. Unemployment was 4.5%, the ONS said.",
        ),
    ];
    let status_of = |a: &str, b: &str| pair_status(&docs, a, b);
    // Reports of a rate a day apart do not "revise" it: 3.2% against 3.1% for
    // the same month is a discrepancy, and so is 4.4% against 4.5%.
    assert_eq!(status_of("3.2%", "3.1%"), Some(Status::Conflict));
    assert_eq!(status_of("4.4%", "4.5%"), Some(Status::Conflict));
    assert_eq!(status_of("4.25%", "4.25%"), Some(Status::Agree));
    // December's 3.6% is another month: not lined up against January's 3.1%.
    // (`from 3.6% in December`: December is the date of 3.6%, not of 3.2%.)
    assert_eq!(status_of("3.6%", "3.1%"), None);
}

#[test]
fn results_compare_with_results_and_forecasts_with_forecasts() {
    let docs = [
        doc(
            "a",
            "2024-07-26",
            "Revenue rose to $21.3 billion from $19.8 billion a year earlier. \
             Analysts had forecast revenue of $20.9 billion. \
             The company expects full-year revenue of between $84 billion and $86 billion.",
        ),
        doc(
            "b",
            "2024-07-26",
            "Revenue for the quarter was $21.1bn, ahead of the $20.9bn analysts expected. \
             Acme forecast annual revenue of $84bn to $86bn.",
        ),
    ];
    // What happened: the level revenue rose to is the revenue reported.
    assert_eq!(
        pair_status(&docs, "$21.3 billion", "$21.1bn"),
        Some(Status::Conflict)
    );
    // A forecast is not a result, and a year's revenue is not a quarter's.
    assert_eq!(pair_status(&docs, "$20.9 billion", "$21.1bn"), None);
    assert_eq!(pair_status(&docs, "$20.9 billion", "$84bn to $86bn"), None);
    assert_eq!(
        pair_status(
            &docs,
            "between $84 billion and $86 billion",
            "$84bn to $86bn"
        ),
        Some(Status::Agree)
    );
}

#[test]
fn the_date_after_a_figure_compared_against_is_that_figures() {
    let docs = [
        doc(
            "a",
            "2024-06-07",
            "The unemployment rate rose to 4.0% from 3.9% in April.",
        ),
        doc("b", "2024-06-07", "Unemployment edged up to 4% from 3.9%."),
    ];
    assert_eq!(pair_status(&docs, "4.0%", "4%"), Some(Status::Agree));
}

#[test]
fn a_count_to_date_is_the_current_figure() {
    // `so far in 2025` runs through the publication day: today's count, as
    // is one given on Friday in a Saturday paper.
    let docs = two(
        "2025-04-05",
        "The number of measles cases has risen to 607, the CDC said on Friday.",
        "Health authorities have recorded 622 measles cases so far in 2025, the CDC said.",
    );
    assert!(pair_status(&docs, "607", "622").is_some());
}

#[test]
fn a_part_of_a_group_is_not_its_total() {
    let docs = two(
        "2025-04-04",
        "The number of measles cases in the US has risen to 607, the CDC said.",
        "The CDC has recorded 622 measles cases. Texas accounts for 499 of the cases.",
    );
    assert_eq!(pair_status(&docs, "607", "622"), Some(Status::Conflict));
    assert_eq!(pair_status(&docs, "607", "499"), None);
}

#[test]
fn one_partys_seats_are_not_anothers() {
    let docs = [
        doc(
            "a",
            "2025-06-09",
            "The Progressive Alliance won 187 of the 350 seats in Sunday's election. \
             The main opposition party took 98 seats.",
        ),
        doc(
            "b",
            "2025-06-09",
            "Elena Vasquez's Progressive Alliance secured 185 seats. \
             The opposition Democratic Union won 101 seats.",
        ),
    ];
    assert_eq!(pair_status(&docs, "187", "185"), Some(Status::Conflict));
    assert_eq!(pair_status(&docs, "98", "185"), None);
    assert_eq!(pair_status(&docs, "187", "101"), None);
    // Nor does a report contradict itself by giving two parties' seats.
    let report = reconcile(&docs, &Options::default());
    assert!(
        report
            .facts
            .iter()
            .filter(|f| f.status == Status::Conflict)
            .all(|f| f.claims.iter().filter(|c| c.doc == "b").count() == 1),
        "{:?}",
        report.facts
    );
}

#[test]
fn a_quake_report_lines_up_the_dead_and_the_injured_apart() {
    let docs = two(
        "2023-11-04",
        "The earthquake struck late on Friday, killing at least 153 people and injuring 3,500, officials said.",
        "At least 157 people were killed and 160 injured when a 5.6-magnitude earthquake struck, police said.",
    );
    assert_eq!(
        pair_status(&docs, "at least 153", "At least 157"),
        Some(Status::Agree)
    );
    // (Officials and police are both the state, no sides in a dispute; and
    // 3,500 injured against 160 are too far apart to be one count read two
    // ways: two things, as `figures_three_times_apart_are_two_things_not_a_
    // conflict` has it.)
    assert_eq!(pair_status(&docs, "3,500", "160"), None);
    assert_eq!(pair_status(&docs, "at least 153", "5.6-magnitude"), None);
}

/// Reports can be handed to another thread (a server or a CLI working in
/// parallel).
#[test]
fn results_can_cross_threads() {
    fn sendable<T: Send + Sync>() {}
    sendable::<factcheck::Report>();
    sendable::<factcheck::Mention>();
}

#[test]
fn a_figure_a_change_started_from_is_an_earlier_figure() {
    let docs = [
        doc(
            "a",
            "2025-08-12",
            "35,000 people were under evacuation orders, up from 20,000 on Monday. \
             The opposition took 98 seats, down from 121.",
        ),
        doc(
            "b",
            "2025-08-12",
            "30,000 residents were ordered to evacuate. The opposition won 98 seats.",
        ),
    ];
    // Today's figures are compared with today's ...
    assert_eq!(
        pair_status(&docs, "35,000", "30,000"),
        Some(Status::Conflict)
    );
    assert_eq!(pair_status(&docs, "98", "98"), Some(Status::Agree));
    // ... and where a change started is no rival to them.
    assert_eq!(pair_status(&docs, "20,000", "30,000"), None);
    assert_eq!(pair_status(&docs, "121", "98"), None);
}

#[test]
fn fines_line_up_by_currency_and_by_year() {
    let docs = [
        doc(
            "a",
            "2017-06-27",
            "The European Commission has fined Google a record €2.42bn for abusing its dominance. \
             The fine, equivalent to about $2.7bn, is more than double the previous record of €1.06bn levied on Intel in 2009.",
        ),
        doc(
            "b",
            "2017-06-27",
            "EU regulators fined Google a record 2.42 billion euros ($2.71 billion) on Tuesday. \
             The fine exceeds the 1.06 billion euros imposed on U.S. chipmaker Intel in 2009.",
        ),
    ];
    assert_eq!(
        pair_status(&docs, "€2.42bn", "2.42 billion euros"),
        Some(Status::Agree)
    );
    // A conversion in brackets is the outlet's arithmetic, no claim: it
    // meets no other report's figure (a bare `$` may be another dollar).
    assert_eq!(pair_status(&docs, "about $2.7bn", "$2.71 billion"), None);
    // 2009 is the date of Intel's fine, not of Google's.
    assert_eq!(
        pair_status(&docs, "€1.06bn", "1.06 billion euros"),
        Some(Status::Agree)
    );
    assert_eq!(pair_status(&docs, "€1.06bn", "2.42 billion euros"), None);
}

#[test]
fn a_count_for_a_place_is_a_part_not_the_total() {
    let docs = [
        doc(
            "a",
            "2025-04-05",
            "Measles cases in the US have risen to 607. \
             Two children have died in Texas, where 481 cases have been confirmed.",
        ),
        doc("b", "2025-04-05", "The CDC has recorded 607 measles cases."),
    ];
    assert_eq!(pair_status(&docs, "607", "607"), Some(Status::Agree));
    assert_eq!(pair_status(&docs, "481", "607"), None);
}

#[test]
fn a_figure_compared_with_last_years_is_an_earlier_figure() {
    let docs = [
        doc(
            "a",
            "2025-08-11",
            "Spain's health ministry said 1,180 deaths had been attributed to the heat since the start of June, \
             more than double the 514 recorded over the same period last year.",
        ),
        doc(
            "b",
            "2025-08-11",
            "The heat has claimed more than 1,100 lives in Spain since June 1, the health ministry said, \
             compared with about 500 a year earlier.",
        ),
    ];
    assert_eq!(
        pair_status(&docs, "1,180", "more than 1,100"),
        Some(Status::Agree)
    );
    assert_eq!(pair_status(&docs, "514", "about 500"), Some(Status::Agree));
    // Last year's figure is no rival to this year's.
    assert_eq!(pair_status(&docs, "514", "more than 1,100"), None);
    let earlier = label_of(&docs, "514");
    assert!(earlier.ends_with("(earlier figure)"), "{earlier}");
}

#[test]
fn a_count_of_other_things_after_from_is_no_earlier_figure() {
    // `from nine villages` says where the people came from: the nine are
    // the villages of now, and set against another report's seven.
    let docs = two(
        "2026-07-22",
        "Officials say some 3,300 people were evacuated from nine villages.",
        "Officials said the fire forced the evacuation of seven villages.",
    );
    assert_eq!(pair_status(&docs, "nine", "seven"), Some(Status::Conflict));
    let label = label_of(&docs, "nine");
    assert!(!label.ends_with("(earlier figure)"), "{label}");
}

#[test]
fn officials_and_the_authorities_are_no_two_sources() {
    // Unnamed, they may be the same office: two figures conflict.
    let docs = two(
        "2026-07-22",
        "Local authorities said 40 homes were destroyed.",
        "The fire destroyed 52 homes, officials said.",
    );
    assert_eq!(pair_status(&docs, "40", "52"), Some(Status::Conflict));
    // A union's officials are not the state's: a dispute.
    let docs = two(
        "2026-07-22",
        "Union officials said 40 homes were destroyed.",
        "The fire destroyed 52 homes, the government said.",
    );
    assert_eq!(pair_status(&docs, "40", "52"), Some(Status::Disputed));
}

#[test]
fn what_a_ferry_may_carry_is_not_who_was_aboard() {
    let docs = [
        doc(
            "a",
            "2025-07-19",
            "The ferry was carrying 185 passengers when it sank. \
             The vessel was licensed to carry 120 passengers.",
        ),
        doc(
            "b",
            "2025-07-20",
            "The boat, which was licensed for 120 passengers, had more than 190 people on board.",
        ),
    ];
    assert_eq!(pair_status(&docs, "120", "120"), Some(Status::Agree));
    let report = reconcile(&docs, &Options::default());
    let carried = report
        .facts
        .iter()
        .find(|f| f.claims.iter().any(|c| c.text == "185"))
        .unwrap();
    assert!(carried.claims.iter().all(|c| c.text != "120"));
}

#[test]
fn deal_terms_line_up() {
    let docs = [
        doc(
            "a",
            "2025-03-03",
            "Orbitek Inc said on Monday it would buy Nuvia Systems in a deal valuing the software maker \
             at about $18.5 billion. Orbitek will pay $142 per share. Orbitek expects $400 million in \
             annual cost savings. Nuvia has about 6,200 employees.",
        ),
        doc(
            "b",
            "2025-03-03",
            "Orbitek has agreed to acquire Nuvia Systems for roughly $19 billion including debt. \
             Nuvia shareholders will receive $142 a share. Orbitek expects the combination to generate \
             $500 million of yearly cost savings. Nuvia employs around 6,000 people.",
        ),
    ];
    assert_eq!(
        pair_status(&docs, "about $18.5 billion", "roughly $19 billion"),
        Some(Status::Agree)
    );
    assert_eq!(pair_status(&docs, "$142", "$142"), Some(Status::Agree));
    assert_eq!(
        pair_status(&docs, "$400 million", "$500 million"),
        Some(Status::Conflict)
    );
    assert_eq!(
        pair_status(&docs, "about 6,200", "around 6,000"),
        Some(Status::Agree)
    );
}

#[test]
fn each_partys_share_is_its_own_fact() {
    let docs = two(
        "2024-06-20",
        "The poll put Labour on 40%, the Conservatives on 20% and Reform UK on 17%.",
        "Reform UK was third on 18%, with 20% for the Conservatives.",
    );
    assert_eq!(pair_status(&docs, "20%", "20%"), Some(Status::Agree));
    assert_eq!(pair_status(&docs, "17%", "18%"), Some(Status::Conflict));
    // One party's share is no rival to another's.
    assert_eq!(pair_status(&docs, "40%", "18%"), None);
}

#[test]
fn a_figure_given_at_first_is_an_earlier_figure() {
    let docs = [
        doc(
            "a",
            "2022-01-20",
            "The ministry said about 6,000 barrels of oil had leaked into the sea.",
        ),
        doc(
            "b",
            "2022-01-20",
            "About 10,396 barrels of oil spilled, the ministry said. \
             Repsol had initially said only 7 barrels leaked.",
        ),
    ];
    // The first estimate is no rival to the later ones...
    assert_eq!(pair_status(&docs, "about 6,000 barrels", "7 barrels"), None);
    let first = label_of(&docs, "7 barrels");
    assert!(first.ends_with("(earlier figure)"), "{first}");
    // ... which disagree with each other.
    assert_eq!(
        pair_status(&docs, "about 6,000 barrels", "About 10,396 barrels"),
        Some(Status::Conflict)
    );
}

#[test]
fn one_days_count_is_not_the_total_to_date() {
    let docs = [
        doc(
            "a",
            "2024-04-21",
            "More than 7,000 people have crossed the Channel so far this year, figures showed on Sunday. \
             On Saturday alone, 534 people crossed.",
        ),
        doc(
            "b",
            "2024-04-21",
            "Some 530 people crossed the Channel on Saturday. \
             About 7,200 people have crossed so far this year.",
        ),
    ];
    assert_eq!(pair_status(&docs, "534", "Some 530"), Some(Status::Agree));
    assert_eq!(
        pair_status(&docs, "More than 7,000", "About 7,200"),
        Some(Status::Agree)
    );
    assert_eq!(pair_status(&docs, "More than 7,000", "Some 530"), None);
}

#[test]
fn labels_read_in_the_plural() {
    let docs = [
        doc("a", "2022-01-20", "The oil has reached 21 beaches."),
        doc("b", "2022-01-20", "The oil had reached 24 beaches."),
    ];
    assert_eq!(label_of(&docs, "21"), "Beaches");
}

#[test]
fn a_rank_is_compared_by_what_it_says() {
    // A third day of talks is not a second day.
    let docs = two(
        "2025-03-12",
        "Talks entered a third day of talks on Wednesday.",
        "Negotiators met for a second day of talks.",
    );
    assert_eq!(
        pair_status(&docs, "third", "second"),
        Some(Status::Conflict)
    );
    // A rank among years says which year, not of what: one report's 13th
    // year of decline is no rival to another's 17th straight year.
    let docs = [
        doc("a", "2024-04-12", "It was the 13th straight year."),
        doc("b", "2024-04-12", "It was the 17th straight year."),
    ];
    assert_eq!(pair_status(&docs, "13th", "17th"), None);
}

#[test]
fn a_forecast_given_before_is_an_earlier_figure() {
    let docs = [
        doc(
            "a",
            "2024-07-30",
            "The government expects growth of 0.3% for the year, down from its earlier forecast of 1.3%. \
             The economy shrank in the second quarter after growing in the first quarter.",
        ),
        doc(
            "b",
            "2024-07-30",
            "The government now expects growth of 0.3% for the year.",
        ),
    ];
    assert_eq!(pair_status(&docs, "0.3%", "0.3%"), Some(Status::Agree));
    // The forecast it replaced is an earlier figure, no rival to it...
    assert_eq!(pair_status(&docs, "1.3%", "0.3%"), None);
    let replaced = label_of(&docs, "1.3%");
    assert!(replaced.ends_with("(earlier figure)"), "{replaced}");
    // ... and one report's second quarter is not its first.
    assert_no_conflict(&docs);
}

#[test]
fn the_two_ends_of_a_span_of_time_are_no_rival_dates() {
    let docs = two(
        "2023-12-14",
        "Since December 2021 the Bank has raised rates 14 times in a row.",
        "The Bank raised rates 14 consecutive times between December 2021 and August 2023.",
    );
    assert_eq!(
        pair_status(&docs, "December 2021", "December 2021"),
        Some(Status::Agree)
    );
    assert_eq!(pair_status(&docs, "December 2021", "August 2023"), None);
    assert_no_conflict(&docs);
}

#[test]
fn figures_for_two_different_years_are_two_facts() {
    let docs = two(
        "2023-10-02",
        "Malaria killed 619,000 people in 2021, the WHO said.",
        "Malaria killed 627,000 people in 2020, according to the WHO.",
    );
    assert_eq!(pair_status(&docs, "619,000", "627,000"), None);
    assert_no_conflict(&docs);
}

#[test]
fn a_buildings_floors_storeys_and_stories_are_one_count() {
    let docs = two(
        "2026-06-09",
        "The building, completed in 2009, was approved for three floors. It had six floors.",
        "The Lagos building was approved for three storeys, officials said.",
    );
    assert_eq!(pair_status(&docs, "three", "three"), Some(Status::Agree));
    let docs = two(
        "2026-04-25",
        "The factory building had eight storeys.",
        "The factory building had eight stories.",
    );
    assert_eq!(pair_status(&docs, "eight", "eight"), Some(Status::Agree));
}

#[test]
fn a_currency_name_several_countries_share_is_the_one_the_story_names() {
    // `pesos` alone are the Philippine pesos the other report writes `P`.
    let docs = two(
        "2026-10-22",
        "The province released P12 million for food and water.",
        "The provincial government released 12m pesos for food and water.",
    );
    assert_eq!(
        pair_status(&docs, "P12 million", "12m pesos"),
        Some(Status::Agree)
    );
    // With two kinds of pesos named, `pesos` alone could be either.
    let docs = two(
        "2026-10-22",
        "The province released P12 million for food. Mexico sent 40 million Mexican pesos.",
        "The provincial government released 12m pesos for food and water.",
    );
    assert_eq!(pair_status(&docs, "P12 million", "12m pesos"), None);
}

#[test]
fn a_figure_repeated_of_nothing_joins_its_reports_fact() {
    // b's `48 hours` said of nothing is its `two-day` strike given again:
    // the fact quotes both.
    let docs = two(
        "2026-03-05",
        "Pilots began a 48-hour strike over pay on Thursday.",
        "Pilots began a two-day strike on Thursday. The walkout is due to last 48 hours.",
    );
    let report = reconcile(&docs, &Options::default());
    let fact = report
        .facts
        .iter()
        .find(|f| f.claims.iter().any(|c| c.text == "two-day"))
        .expect("a fact of the strike");
    let texts: Vec<&str> = fact.claims.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts, ["48-hour", "two-day", "48 hours"]);
    assert_eq!(fact.status, Status::Agree);
    // Not a figure that only rounds alike: `258.1GW` is no `263 gigawatts`.
    let docs = two(
        "2026-05-28",
        "Peak power demand hit 262.7 GW on Wednesday.",
        "Peak demand reached nearly 263 gigawatts on Wednesday. Northern states drew 258.1GW.",
    );
    let report = reconcile(&docs, &Options::default());
    assert!(
        report
            .facts
            .iter()
            .all(|f| !f.claims.iter().any(|c| c.text == "258.1GW") || f.claims.len() == 1)
    );
}

#[test]
fn a_count_said_of_nothing_is_the_count_of_the_same_thing_it_fits() {
    // The crew in the cab are the crew injured: one report says what
    // befell them, the other only who they were.
    let text_a = "Two crew members, the engineer and the conductor, were in the cab. \
                  Workers spread limestone at two points downstream.";
    let docs = two(
        "2026-03-12",
        text_a,
        "Two crew members suffered minor injuries in the derailment.",
    );
    assert_eq!(pair_status(&docs, "Two", "Two"), Some(Status::Agree));
    // A count that does not fit is left alone: it may be of other members.
    let docs = two(
        "2026-03-12",
        text_a,
        "Five crew members suffered minor injuries in the derailment.",
    );
    assert_eq!(pair_status(&docs, "Two", "Five"), None);
}

#[test]
fn a_span_of_hours_is_the_same_in_any_units() {
    // Ninety minutes are an hour and a half, however each report says it.
    let docs = two(
        "2026-04-10",
        "Engineers needed about 90 minutes to seal the leak.",
        "Sealing the leak took crews about an hour and a half.",
    );
    assert_eq!(
        pair_status(&docs, "about 90 minutes", "about an hour and a half"),
        Some(Status::Agree)
    );
}

#[test]
fn how_long_a_thing_stayed_so_is_one_fact_across_reports() {
    // A span of time after `for` says how long what comes before its verb
    // was so: the runway's closure, however each report words it.
    let docs = two(
        "2026-05-04",
        "The runway was closed for almost six hours while the aircraft was towed away.",
        "The runway was shut for about nine hours, the airport operator said.",
    );
    assert_eq!(
        pair_status(&docs, "almost six hours", "about nine hours"),
        Some(Status::Conflict)
    );
    // Another verb between says how long something else lasted: the
    // survivor was buried for two hours, not found for them; nor does a
    // pronoun say what.
    let docs = two(
        "2026-02-03",
        "The last survivor was found after being buried for two hours. It was closed for 15 minutes.",
        "The survivor was rescued within 15 minutes.",
    );
    assert_eq!(pair_status(&docs, "two hours", "15 minutes"), None);
}

#[test]
fn a_month_outside_a_year_another_report_names_is_not_that_year() {
    // b's cuts of last year are another time than either report's February:
    // a's February figure stays with b's, not with b's year.
    let docs = two(
        "2026-03-19",
        "Employers cut 12,400 jobs in February, data showed.",
        "The economy shed 14,200 jobs in February. Firms made three job cuts last year.",
    );
    assert_eq!(
        pair_status(&docs, "12,400", "14,200"),
        Some(Status::Conflict)
    );
    assert_eq!(pair_status(&docs, "12,400", "three"), None);
}

#[test]
fn rates_per_head_are_no_counts_and_one_report_compares_them() {
    // A rate per head is not the count of the same people.
    let docs = two(
        "2026-03-08",
        "Around 20,400 people were killed on EU roads in 2023. The EU average was 46 deaths per million people.",
        "An estimated 20,418 people died on the bloc's roads in 2023.",
    );
    assert_no_conflict(&docs);
    assert_ne!(label_of(&docs, "46"), label_of(&docs, "Around 20,400"));
    // One report giving rates for two places compares them.
    assert_no_conflict(&[doc(
        "a",
        "2026-03-08",
        "Denmark had 26 deaths per million inhabitants. The EU average was 46 deaths per million.",
    )]);
    // Rates per 100,000 and per million are different facts.
    let docs = two(
        "2026-03-08",
        "The murder rate rose to 6.8 per 100,000 residents.",
        "The murder rate rose to 68 per million residents.",
    );
    assert_no_conflict(&docs);
    assert_ne!(label_of(&docs, "6.8"), label_of(&docs, "68"));
}

#[test]
fn two_ranks_in_one_report_are_two_holders() {
    assert_no_conflict(&[doc(
        "a",
        "2024-06-01",
        "Real Madrid lifted the trophy for a 15th title. Kroos, who is retiring, won his sixth title.",
    )]);
}

#[test]
fn a_rate_decision_told_in_points_fractions_and_other_names_agrees() {
    let docs = [
        doc(
            "wire",
            "2027-03-19",
            "The Bank of England raised its main interest rate by a quarter of a percentage \
             point to 4.5% on Thursday. The average two-year fixed rate has climbed to 5.9%. \
             Sterling rose 0.4% against the dollar to $1.27.",
        ),
        doc(
            "paper",
            "2027-03-19",
            "The Bank of England on Thursday increased interest rates by 0.25 percentage \
             points to 4.5 per cent. The pound gained 0.4 per cent to $1.27.",
        ),
    ];
    assert_eq!(
        pair_status(&docs, "4.5%", "4.5 per cent"),
        Some(Status::Agree)
    );
    assert_eq!(
        pair_status(
            &docs,
            "a quarter of a percentage point",
            "0.25 percentage points"
        ),
        Some(Status::Agree)
    );
    assert_eq!(
        pair_status(&docs, "0.4%", "0.4 per cent"),
        Some(Status::Agree)
    );
    assert_eq!(pair_status(&docs, "$1.27", "$1.27"), Some(Status::Agree));
    // A home loan's fixed rate is not the bank's rate.
    assert_eq!(pair_status(&docs, "5.9%", "4.5 per cent"), None);
    assert_no_conflict(&docs);
}

#[test]
fn a_vague_amount_is_a_floor_not_a_ceiling() {
    let docs = [
        doc(
            "wire",
            "2027-08-03",
            "About 30,000 people were evacuated from towns north of Athens on Sunday.",
        ),
        doc(
            "paper",
            "2027-08-03",
            "Greek wildfire: thousands evacuated as blaze nears Athens.",
        ),
    ];
    assert_eq!(
        pair_status(&docs, "About 30,000", "thousands"),
        Some(Status::Agree)
    );
    // Below the floor is still a conflict.
    let docs = [
        doc(
            "wire",
            "2027-08-03",
            "About 5,000 people were evacuated on Sunday.",
        ),
        doc(
            "paper",
            "2027-08-03",
            "Tens of thousands of people were evacuated on Sunday.",
        ),
    ];
    assert_eq!(
        pair_status(&docs, "About 5,000", "Tens of thousands"),
        Some(Status::Conflict)
    );
}

#[test]
fn a_share_of_the_global_workforce_is_a_share_of_the_workforce() {
    let docs = [
        doc(
            "wire",
            "2023-01-20",
            "Alphabet will cut about 12,000 jobs, or 6% of its global workforce.",
        ),
        doc(
            "paper",
            "2023-01-20",
            "Alphabet is laying off 12,000 employees, around 6 per cent of its staff.",
        ),
    ];
    assert_eq!(
        pair_status(&docs, "6%", "around 6 per cent"),
        Some(Status::Agree)
    );
    assert_eq!(
        pair_status(&docs, "about 12,000", "12,000"),
        Some(Status::Agree)
    );
}

#[test]
fn a_change_by_a_fraction_meets_the_same_change_in_per_cent() {
    let docs = two(
        "2026-06-14",
        "Among the over-60s the risk fell by almost a third.",
        "Among over-60s the risk fell by 31 per cent.",
    );
    assert_eq!(
        pair_status(&docs, "almost a third", "31 per cent"),
        Some(Status::Agree)
    );
    let docs = [
        doc("a", "2026-06-14", "Sales fell by a quarter last year."),
        doc("b", "2026-06-14", "Sales fell by 40% last year."),
    ];
    assert_eq!(
        pair_status(&docs, "a quarter", "40%"),
        Some(Status::Conflict)
    );
}

#[test]
fn basis_points_meet_a_quarter_of_a_percentage_point() {
    let docs = two(
        "2026-10-01",
        "The Fed cut rates by 25 basis points on Wednesday.",
        "The Fed cut rates by a quarter of a percentage point on Wednesday.",
    );
    assert_eq!(
        pair_status(&docs, "25 basis points", "a quarter of a percentage point"),
        Some(Status::Agree)
    );
    let docs = two(
        "2026-10-01",
        "The Fed cut rates by 50 basis points on Wednesday.",
        "The Fed cut rates by a quarter point on Wednesday.",
    );
    assert_eq!(
        pair_status(&docs, "50 basis points", "a quarter point"),
        Some(Status::Conflict)
    );
}

#[test]
fn a_list_of_key_points_meets_the_story_it_sums_up() {
    let docs = [
        doc(
            "story",
            "2026-03-11",
            "The minimum wage will rise by 6.7% to £12.21 an hour from April. The chancellor \
             announced an extra £30bn of public spending, including £6bn for the NHS.",
        ),
        doc(
            "points",
            "2026-03-11",
            "Budget: key points\n\n\
             - Minimum wage: up 6.7 per cent to £12.21 per hour from April.\n\
             - Spending: an additional £30 billion, with the NHS getting £6 billion.\n",
        ),
    ];
    assert_eq!(
        pair_status(&docs, "6.7%", "6.7 per cent"),
        Some(Status::Agree)
    );
    assert_eq!(pair_status(&docs, "£12.21", "£12.21"), Some(Status::Agree));
    assert_eq!(
        pair_status(&docs, "£30bn", "£30 billion"),
        Some(Status::Agree)
    );
    assert_no_conflict(&docs);
}

#[test]
fn two_reports_of_a_takeover_line_up_its_terms() {
    let docs = [
        doc(
            "a",
            "2024-06-03",
            "Vantage agreed on Monday to buy Altera for $34 billion in cash and stock. \
             Vantage will pay $142 per share. Altera shareholders will receive $71 in cash for each share. \
             The deal, which is expected to close in the first half of 2025, would create a company \
             with annual revenue of about $48 billion and 61,000 employees. \
             Altera would have to pay a breakup fee of $1.2 billion if the deal falls through.",
        ),
        doc(
            "b",
            "2024-06-03",
            "The offer of $142 a share values Altera at a premium. \
             The combined group would employ about 60,000 people and have yearly sales of $47bn. \
             Altera will pay a $1.2bn break fee if the deal collapses.",
        ),
    ];
    assert_eq!(pair_status(&docs, "$142", "$142"), Some(Status::Agree));
    // (The date of the deal's close is not the staff's or the revenue's.)
    assert_eq!(
        pair_status(&docs, "61,000", "about 60,000"),
        Some(Status::Agree)
    );
    assert_eq!(
        pair_status(&docs, "about $48 billion", "$47bn"),
        Some(Status::Agree)
    );
    assert_eq!(
        pair_status(&docs, "$1.2 billion", "$1.2bn"),
        Some(Status::Agree)
    );
    // The price in cash and stock and the cash per share are not one fact.
    let report = reconcile(&docs, &Options::default());
    assert!(
        report
            .facts
            .iter()
            .all(|f| !(f.claims.iter().any(|c| c.text == "$34 billion")
                && f.claims.iter().any(|c| c.text == "$71"))),
        "{:?}",
        report.facts
    );
}

#[test]
fn two_reports_of_a_drugs_haul_line_up_by_weight_and_year() {
    let docs = [
        doc(
            "a",
            "2024-01-22",
            "Customs officers at Rotterdam intercepted 46 tonnes of cocaine in 2023, \
             down from 52.5 tonnes a year earlier.",
        ),
        doc(
            "b",
            "2024-01-23",
            "Last year 46,000kg of cocaine was seized at the port, compared with 52,500kg in 2022.",
        ),
    ];
    assert_eq!(
        pair_status(&docs, "46 tonnes", "46,000kg"),
        Some(Status::Agree)
    );
    let labels: Vec<String> = reconcile(&docs, &Options::default())
        .facts
        .into_iter()
        .map(|f| f.label)
        .collect();
    assert!(
        labels.iter().any(|l| l.starts_with("Cocaine seized")),
        "{labels:?}"
    );
}

#[test]
fn a_label_counts_fishermen_not_fishermans() {
    let docs = [
        doc("a", "2024-11-14", "The ban affects about 4,500 fishermen."),
        doc(
            "b",
            "2024-11-15",
            "The ban affects 4,500 fishermen and shellfish gatherers.",
        ),
    ];
    let report = reconcile(&docs, &Options::default());
    let fact = report
        .facts
        .iter()
        .find(|f| f.claims.len() == 2)
        .expect("one fact of both reports");
    assert_eq!(fact.label, "Fishermen");
    assert_eq!(fact.status, Status::Agree);
}

#[test]
fn a_report_giving_two_figures_for_a_bare_noun_names_two_groups() {
    // 72 on the plane, two still searched for: not a contradiction.
    let docs = [doc(
        "a",
        "2023-01-15",
        "A plane carrying 72 people crashed on Sunday. Rescuers were still searching for two people late on Sunday.",
    )];
    assert!(
        statuses(&docs)
            .iter()
            .all(|(_, st, _)| *st != Status::Conflict),
        "{:?}",
        statuses(&docs)
    );
    // Between two reports the same figures still conflict.
    let docs = [
        doc("a", "2024-03-11", "Chega won 48 seats."),
        doc("b", "2024-03-11", "Chega won 53 seats."),
    ];
    assert_eq!(pair_status(&docs, "48", "53"), Some(Status::Conflict));
}

#[test]
fn two_reports_of_a_plane_crash_line_up_passengers_and_crew() {
    let docs = [
        doc(
            "a",
            "2023-01-15",
            "The ATR 72 aircraft had 68 passengers and four crew on board, including 15 foreign nationals, the airline said.",
        ),
        doc(
            "b",
            "2023-01-16",
            "The Yeti Airlines flight was carrying 68 passengers, including five Indians, as well as four crew members.",
        ),
    ];
    assert_eq!(pair_status(&docs, "68", "68"), Some(Status::Agree));
    assert_eq!(pair_status(&docs, "four", "four"), Some(Status::Agree));
    // The 15 foreign nationals are of all 72 on board, not of the crew.
    let report = reconcile(&docs, &Options::default());
    assert!(
        report.checks.iter().all(|c| {
            let pair = [c.a.text.as_str(), c.b.text.as_str()];
            !pair.contains(&"15") || !pair.contains(&"four")
        }),
        "{:?}",
        report.checks
    );
}

#[test]
fn a_wire_dateline_without_a_year_takes_it_from_the_other_reports() {
    let docs = [
        Document {
            id: "wire".into(),
            text: "Tanker spill\n\nMADRID, Nov 14 (AP) - Oil has washed up along about 40 kilometres of coastline, \
                   the maritime authority said on Thursday."
                .into(),
            ..Document::default()
        },
        doc(
            "paper",
            "2024-11-15",
            "Oil had now reached 55km of coastline, up from about 40km a day earlier, officials said on Friday.",
        ),
    ];
    let report = reconcile(&docs, &Options::default());
    assert_eq!(report.documents[0].date.as_deref(), Some("2024-11-14"));
    // Its weekday now resolves: the 40 km are Thursday's, the 55km Friday's.
    let claim = report
        .facts
        .iter()
        .flat_map(|f| &f.claims)
        .find(|c| c.doc == "wire" && c.text == "about 40 kilometres")
        .expect("the wire's figure");
    assert_eq!(claim.as_of.as_deref(), Some("2024-11-14"));
    // And a reach that grew from one day to the next is an update.
    assert_eq!(
        pair_status(&docs, "about 40 kilometres", "55km"),
        Some(Status::Revision)
    );
    // A report dated far from the others lends it no year.
    let far = [
        docs[0].clone(),
        doc("paper", "2021-06-01", "Oil reached 55km of coastline."),
    ];
    assert_eq!(reconcile(&far, &Options::default()).documents[0].date, None);
}

#[test]
fn a_report_without_a_date_is_read_against_the_others_day() {
    // The dated report's Wednesday is 22 April; the undated one's is the
    // same day, so the day the data came out is one fact.
    let docs = [
        Document {
            id: "dated".into(),
            text:
                "Updated: April 23, 2026\n\nShipments\n\nShipments grew 7 per cent, the firm said. \
                   The data were released on Wednesday."
                    .into(),
            ..Document::default()
        },
        Document {
            id: "undated".into(),
            text: "Shipments\n\nShipments rose 7%, the firm said on Wednesday.".into(),
            ..Document::default()
        },
    ];
    // (How the undated report, document `d` of the report, reads its
    // Wednesday.)
    let wednesday = |docs: &[Document], d: usize| {
        reconcile(docs, &Options::default()).documents[d]
            .mentions
            .iter()
            .find(|m| m.text == "Wednesday")
            .expect("the undated report's Wednesday")
            .value
            .clone()
    };
    assert_eq!(
        wednesday(&docs, 1),
        factcheck::Value::Text("2026-04-22".into())
    );
    assert_eq!(
        pair_status(&docs, "Wednesday", "Wednesday"),
        Some(Status::Agree)
    );
    // Its own date stays unknown: the text states none.
    assert_eq!(
        reconcile(&docs, &Options::default()).documents[1].date,
        None
    );
    // Reports dated days apart lend no date: which of them is it near?
    let apart = [
        docs[0].clone(),
        doc("other", "2026-04-27", "Shipments rose 7%."),
        docs[1].clone(),
    ];
    assert_eq!(
        wednesday(&apart, 2),
        factcheck::Value::Text("wednesday".into())
    );
}

#[test]
fn a_reach_given_smaller_on_a_later_day_still_conflicts() {
    let docs = [
        doc(
            "a",
            "2024-11-14",
            "The fishing ban covers 120 km of coast, officials said.",
        ),
        doc(
            "b",
            "2024-11-15",
            "The fishing ban covers 90 km of coast, officials said.",
        ),
    ];
    assert_eq!(
        pair_status(&docs, "120 km", "90 km"),
        Some(Status::Conflict)
    );
}

#[test]
fn a_conversion_of_a_temperature_is_told_with_its_offset() {
    let docs = [doc(
        "a",
        "2022-07-19",
        "The temperature passed 40 degrees Celsius (104 Fahrenheit) for the first time.",
    )];
    let report = reconcile(&docs, &Options::default());
    let check = report
        .checks
        .iter()
        .find(|c| c.kind == "conversion")
        .expect("a conversion check");
    assert!(check.holds);
    assert!(
        check.explanation.contains("is 104 °F"),
        "{}",
        check.explanation
    );
}

#[test]
fn a_figure_for_a_normal_day_is_no_news_of_the_day() {
    let docs = [
        doc(
            "a",
            "2022-07-19",
            "London Fire Brigade said it had its busiest day, with 1,600 calls on Tuesday.",
        ),
        doc(
            "b",
            "2022-07-20",
            "Firefighters dealt with more than 1,000 calls on Tuesday, compared with 350 on a normal day.",
        ),
    ];
    assert_eq!(
        pair_status(&docs, "1,600", "more than 1,000"),
        Some(Status::Agree)
    );
    assert_eq!(pair_status(&docs, "1,600", "350"), None);
}

#[test]
fn a_figure_said_without_a_time_joins_the_one_time_another_report_states() {
    let docs = two(
        "2027-03-18",
        "Unemployment rose to 4.2% in the three months to January, with 1.5 million people out of work.",
        "Joblessness rose to 4.2 per cent, with 1.5 million people unemployed.",
    );
    assert_eq!(
        pair_status(&docs, "1.5 million", "1.5 million"),
        Some(Status::Agree)
    );
    // (Not when they disagree: then the stated time may be why.)
    let docs = two(
        "2027-03-18",
        "There were 1.5 million people out of work in the three months to January.",
        "There are 1.7 million people out of work.",
    );
    assert_eq!(pair_status(&docs, "1.5 million", "1.7 million"), None);
}

#[test]
fn a_crowd_counted_once_is_no_running_count() {
    let docs = [
        doc(
            "a",
            "2025-10-11",
            "Arsenal beat Chelsea 3-1 on Saturday in front of a crowd of 60,245.",
        ),
        doc(
            "b",
            "2025-10-12",
            "Arsenal beat Chelsea 3-1, watched by 60,251 fans.",
        ),
    ];
    assert_eq!(
        pair_status(&docs, "60,245", "60,251"),
        Some(Status::Conflict)
    );
    // A toll is one.
    let docs = [
        doc("a", "2025-10-11", "At least 14 people were killed."),
        doc("b", "2025-10-12", "At least 21 people were killed."),
    ];
    assert_eq!(
        pair_status(&docs, "At least 14", "At least 21"),
        Some(Status::Agree)
    );
    let docs = [
        doc("a", "2025-10-11", "Officials said 14 people were killed."),
        doc("b", "2025-10-12", "Officials said 21 people were killed."),
    ];
    assert_eq!(pair_status(&docs, "14", "21"), Some(Status::Revision));
    // So is the count of those admitted to hospital.
    let docs = [
        doc(
            "a",
            "2026-06-15",
            "The ministry said 312 people had been admitted to hospital with heatstroke since Saturday.",
        ),
        doc(
            "b",
            "2026-06-16",
            "The ministry said 455 people had now been admitted to hospital with heatstroke.",
        ),
    ];
    assert_eq!(pair_status(&docs, "312", "455"), Some(Status::Revision));
}

#[test]
fn how_fast_or_how_big_a_thing_was_is_no_running_figure() {
    // A bus's speed at the crash, given by a later report, contradicts the
    // first; it was not updated.
    let docs = [
        doc(
            "a",
            "2026-03-10",
            "Investigators said the bus was travelling at around 60 km/h when it crashed.",
        ),
        doc(
            "b",
            "2026-03-11",
            "Investigators said the bus was travelling at more than 90 km/h when it crashed.",
        ),
    ];
    assert_eq!(
        pair_status(&docs, "around 60 km/h", "more than 90 km/h"),
        Some(Status::Conflict)
    );
    // (A depth may grow: floodwater or snow.)
    let docs = [
        doc(
            "a",
            "2026-03-10",
            "Floodwater was 1 metre deep in the town.",
        ),
        doc(
            "b",
            "2026-03-11",
            "Floodwater was 2 metres deep in the town.",
        ),
    ];
    assert_eq!(
        pair_status(&docs, "1 metre", "2 metres"),
        Some(Status::Revision)
    );
}

#[test]
fn people_of_whom_nothing_is_said_are_not_lined_up() {
    // Two pulled from the water, six presumed dead: not one fact.
    let docs = [
        doc("a", "2024-03-27", "Two people were pulled from the water."),
        doc(
            "b",
            "2024-03-27",
            "Six people who were working on the bridge are presumed dead.",
        ),
    ];
    assert_eq!(pair_status(&docs, "Two", "Six"), None);
}

#[test]
fn market_moves_given_at_different_times_of_the_day_are_updates() {
    let docs = [
        doc(
            "wire",
            "2023-01-18",
            "Zentro said it would cut 12,000 jobs. Its shares rose 3.1% in early trading.",
        ),
        doc(
            "paper",
            "2023-01-18",
            "Zentro is cutting 12,000 jobs. Shares in the company were up 2% by midday in New York.",
        ),
    ];
    assert_eq!(pair_status(&docs, "3.1%", "2%"), Some(Status::Revision));
    // Two closes that differ do contradict each other.
    let docs = [
        doc(
            "wire",
            "2023-01-18",
            "Zentro said it would cut 12,000 jobs. Its shares closed up 3.1%.",
        ),
        doc(
            "paper",
            "2023-01-18",
            "Zentro is cutting 12,000 jobs. Its shares closed up 2%.",
        ),
    ];
    assert_eq!(pair_status(&docs, "3.1%", "2%"), Some(Status::Conflict));
}

#[test]
fn a_figure_of_another_incident_is_not_lined_up_with_the_story_s() {
    let docs = [
        doc(
            "wire",
            "2023-01-30",
            "A bus plunged into a ravine in Peru on Monday, killing at least 24 people.",
        ),
        doc(
            "paper",
            "2023-01-31",
            "At least 25 people have died after a bus fell into a ravine in Peru. \
             Earlier this month, 17 people were killed in a separate bus accident.",
        ),
    ];
    assert_eq!(pair_status(&docs, "at least 24", "17"), None);
    assert_eq!(
        pair_status(&docs, "at least 24", "At least 25"),
        Some(Status::Agree)
    );
    // (`another` that adds to a count sets nothing apart.)
    let docs = [
        doc(
            "wire",
            "2023-01-30",
            "Five people were killed and another 33 people were injured in the crash.",
        ),
        doc(
            "paper",
            "2023-01-30",
            "The crash killed five people and injured 35.",
        ),
    ];
    assert_eq!(pair_status(&docs, "33", "35"), Some(Status::Conflict));
}

#[test]
fn a_figure_for_a_place_the_sentence_opens_with_is_a_part() {
    let docs = [
        doc(
            "wire",
            "2024-05-27",
            "About 35,000 homes were destroyed or damaged in Bangladesh. \
             In India's West Bengal state, about 2,500 homes were damaged.",
        ),
        doc(
            "paper",
            "2024-05-27",
            "About 35,000 homes had been damaged or destroyed, the ministry said.",
        ),
    ];
    assert_eq!(
        pair_status(&docs, "About 35,000", "About 35,000"),
        Some(Status::Agree)
    );
    assert_ne!(
        pair_status(&docs, "about 2,500", "About 35,000"),
        Some(Status::Conflict)
    );
}

#[test]
fn a_rate_for_a_place_below_the_country_named_in_its_noun_phrase_is_that_place_s() {
    let docs = [
        doc(
            "wire",
            "2026-03-18",
            "Unemployment held at 5.8% in the three months to January, near a record low. \
             Sales in Bavaria rose 4%.",
        ),
        doc(
            "paper",
            "2026-03-18",
            "Jobs are plentiful: the unemployment rate in Sao Paulo state fell to 6.3 percent \
             in the three months to January. The jobless rate held at 5.8 percent. \
             Sales rose 7 percent.",
        ),
    ];
    assert_ne!(
        pair_status(&docs, "5.8%", "6.3 percent"),
        Some(Status::Conflict)
    );
    assert_eq!(
        pair_status(&docs, "5.8%", "5.8 percent"),
        Some(Status::Agree)
    );
    assert_ne!(
        pair_status(&docs, "4%", "7 percent"),
        Some(Status::Conflict)
    );
}

#[test]
fn bodies_recovered_are_a_running_count() {
    let docs = [
        doc(
            "wire",
            "2024-05-26",
            "Rescuers had recovered only five bodies by Sunday.",
        ),
        doc(
            "paper",
            "2024-05-27",
            "Six bodies have been recovered so far.",
        ),
    ];
    assert_eq!(pair_status(&docs, "five", "Six"), Some(Status::Revision));
}

#[test]
fn a_first_estimate_since_revised_is_an_earlier_figure() {
    let docs = [
        doc(
            "wire",
            "2023-12-22",
            "Britain's economy grew by 0.2% between July and September, down from a preliminary estimate of 0.3%.",
        ),
        doc(
            "paper",
            "2023-12-22",
            "The UK economy grew by 0.2% between July and September, the ONS said, \
             revising down its first estimate of 0.3%.",
        ),
    ];
    assert_ne!(pair_status(&docs, "0.2%", "0.3%"), Some(Status::Conflict));
    assert_eq!(pair_status(&docs, "0.2%", "0.2%"), Some(Status::Agree));
}

#[test]
fn structures_destroyed_are_buildings_and_acres_meet_hectares() {
    let docs = [
        doc(
            "wire",
            "2023-08-02",
            "A wildfire has burned 10,000 acres. The fire has destroyed 45 structures.",
        ),
        doc(
            "paper",
            "2023-08-02",
            "A wildfire has scorched more than 4,000 hectares. Some 45 buildings have been destroyed.",
        ),
    ];
    assert_eq!(pair_status(&docs, "45", "Some 45"), Some(Status::Agree));
    assert_eq!(
        pair_status(&docs, "10,000 acres", "more than 4,000 hectares"),
        Some(Status::Agree)
    );
}

#[test]
fn totals_agree_while_the_parts_for_places_and_names_stay_apart() {
    let docs = [
        doc(
            "wire",
            "2024-07-19",
            "More than 3,300 flights were cancelled worldwide, including about 1,500 in the United States. \
             Delta Air Lines alone cancelled more than 1,000 flights.",
        ),
        doc(
            "paper",
            "2024-07-19",
            "Airlines cancelled more than 3,400 flights around the globe on Friday. \
             In the US, 2,100 flights were cancelled.",
        ),
    ];
    assert_eq!(
        pair_status(&docs, "More than 3,300", "more than 3,400"),
        Some(Status::Agree)
    );
    // Delta's flights are not the country's.
    assert_eq!(pair_status(&docs, "more than 1,000", "2,100"), None);
    assert_eq!(
        pair_status(&docs, "about 1,500", "2,100"),
        Some(Status::Conflict)
    );
}

#[test]
fn growth_over_a_year_is_not_growth_over_a_quarter() {
    let docs = [
        doc(
            "wire",
            "2023-11-10",
            "The economy grew 0.2% between July and September. Compared with a year earlier, GDP was 1.1% higher.",
        ),
        doc(
            "paper",
            "2023-11-10",
            "GDP grew 0.2% between July and September, the statistics office said.",
        ),
    ];
    assert_eq!(pair_status(&docs, "1.1%", "0.2%"), None);
    assert_eq!(pair_status(&docs, "0.2%", "0.2%"), Some(Status::Agree));
}

#[test]
fn shares_in_a_company_are_its_shares() {
    let docs = [
        doc(
            "wire",
            "2024-07-19",
            "CrowdStrike shares closed down 11% on Friday.",
        ),
        doc(
            "paper",
            "2024-07-19",
            "Shares in CrowdStrike ended the day 11.1% lower.",
        ),
    ];
    assert_eq!(pair_status(&docs, "11%", "11.1%"), Some(Status::Agree));
}

#[test]
fn those_still_trapped_are_what_is_left_of_those_trapped() {
    let docs = [
        doc(
            "wire",
            "2021-01-24",
            "Rescuers free 11 miners, 11 still trapped after mine collapse. \
             Rescuers pulled 11 miners alive from the mine on Sunday, two weeks after an explosion trapped 22 workers underground.",
        ),
        doc(
            "paper",
            "2021-01-24",
            "Eleven of 22 workers trapped in a gold mine for 14 days were brought to the surface on Sunday.",
        ),
    ];
    assert_no_conflict(&docs);
    assert_eq!(pair_status(&docs, "22", "22"), Some(Status::Agree));
}

#[test]
fn a_fine_that_would_have_been_is_not_the_fine() {
    let docs = [
        doc(
            "wire",
            "2024-03-04",
            "EU antitrust regulators fined Apple 1.84 billion euros ($2 billion) on Monday.",
        ),
        doc(
            "paper",
            "2024-03-04",
            "The European Commission has fined Apple €1.8bn. \
             The penalty includes a lump sum designed to deter, as the base fine alone would have been about €40m, officials said.",
        ),
    ];
    assert_no_conflict(&docs);
    assert_eq!(
        pair_status(&docs, "1.84 billion euros", "€1.8bn"),
        Some(Status::Agree)
    );
}

#[test]
fn a_speed_something_moves_at_is_its_speed() {
    let docs = [
        doc(
            "wire",
            "2023-02-06",
            "The train was travelling at about 47 miles per hour, below the 50 mph speed limit.",
        ),
        doc(
            "paper",
            "2023-02-06",
            "The train was going 47 mph, just under the speed limit of 50 mph.",
        ),
    ];
    assert_eq!(
        pair_status(&docs, "about 47 miles per hour", "47 mph"),
        Some(Status::Agree)
    );
    assert_eq!(pair_status(&docs, "50 mph", "50 mph"), Some(Status::Agree));
}

#[test]
fn when_records_began_is_no_date_of_the_story() {
    let docs = [
        doc(
            "wire",
            "2024-04-12",
            "Births dropped to 758,631 last year, the lowest since records began in 1899.",
        ),
        doc(
            "paper",
            "2024-04-12",
            "The decline was the largest since comparable records began in 1950. There were 758,631 births in 2023.",
        ),
    ];
    assert_no_conflict(&docs);
    assert_eq!(pair_status(&docs, "1899", "1950"), None);
    assert_eq!(
        pair_status(&docs, "758,631", "758,631"),
        Some(Status::Agree)
    );
}

#[test]
fn a_confirmed_toll_is_not_a_feared_one() {
    let docs = [
        doc(
            "wire",
            "2023-06-14",
            "Hundreds feared dead after migrant boat sinks off Greece. At least 79 people drowned.",
        ),
        doc(
            "paper",
            "2023-06-15",
            "The number of confirmed deaths rose to 81 on Thursday.",
        ),
    ];
    assert_no_conflict(&docs);
}

#[test]
fn a_toll_a_later_report_gives_higher_is_a_revision_whoever_gives_it() {
    // The first report's wire dateline, after a state's abbreviation, takes
    // its year from the second: Saturday's 23 and Sunday's 25 are one
    // count, updated, though the police gave one and the agency the other.
    let docs = [
        Document {
            id: "a".into(),
            text: "Tornado kills 23\n\nROLLING FORK, Miss., March 25 (Reuters) - A tornado killed 23 people, police said on Saturday.".into(),
            ..Document::default()
        },
        doc(
            "b",
            "2023-03-26",
            "Toll rises\n\nThe death toll rose to 25 on Sunday, the state's emergency management agency said.",
        ),
    ];
    assert_eq!(pair_status(&docs, "23", "25"), Some(Status::Revision));
    // A bare word for a named source is that source: `the agency`.
    let docs = two(
        "2023-03-25",
        "Crowd\n\nThe Emergency Management Agency said 3,000 people attended.",
        "Crowd\n\nAbout 5,000 people attended, the agency said.",
    );
    assert_eq!(
        pair_status(&docs, "3,000", "About 5,000"),
        Some(Status::Conflict)
    );
    // Or a word inside its name: `police` and `the District Police Office`.
    let docs = two(
        "2026-06-08",
        "Crash

The bus went off the road some 22 km north of Beni, the District Police \
         Office said.",
        "Crash

The bus fell about 28 km north of the town of Beni, police said.",
    );
    assert_eq!(
        pair_status(&docs, "some 22 km", "about 28 km"),
        Some(Status::Conflict)
    );
    // Two tolls each said to have been given earlier were given at two
    // earlier moments.
    let docs = [
        doc(
            "a",
            "2022-10-02",
            "Crush\n\nThe death toll was earlier put at 174 but was revised down to 125.",
        ),
        doc(
            "b",
            "2022-10-04",
            "Crush\n\nOfficials earlier said 125 people had died. Police said on Tuesday 131 people had died.",
        ),
    ];
    assert_eq!(pair_status(&docs, "174", "125"), Some(Status::Revision));
}

#[test]
fn a_towns_population_meets_across_reports_and_is_no_part() {
    let docs = [
        doc(
            "a",
            "2023-03-25",
            "Tornado\n\nRolling Fork, a town of about 1,700 people, was among the hardest hit.",
        ),
        doc(
            "b",
            "2023-03-26",
            "Tornado\n\nIn Rolling Fork, a town of 1,700, roughly 300 homes were destroyed.",
        ),
    ];
    assert_eq!(
        pair_status(&docs, "about 1,700", "1,700"),
        Some(Status::Agree)
    );
    assert!(
        label_of(&docs, "1,700")
            .to_lowercase()
            .contains("population")
    );
}

#[test]
fn those_among_the_dead_are_no_part_of_other_things() {
    let report = reconcile(
        &[doc(
            "a",
            "2022-10-04",
            "Crush\n\nWitnesses said officers fired at least 11 canisters into the stands. Thirty-three children were among the dead.",
        )],
        &Options::default(),
    );
    assert!(report.checks.is_empty(), "{:?}", report.checks);
    // A part of a toll is checked against the toll.
    let report = reconcile(
        &[doc(
            "a",
            "2022-10-04",
            "Crush\n\nAt least 125 people were killed. Thirty-three children were among the dead.",
        )],
        &Options::default(),
    );
    assert_eq!(report.checks.len(), 1, "{:?}", report.checks);
    assert!(report.checks[0].holds);
}

#[test]
fn homes_without_power_on_another_day_are_a_revision_either_way() {
    let docs = [
        doc(
            "a",
            "2022-12-26",
            "Storm\n\nAbout 4,000 homes in Erie County were without power on Monday.",
        ),
        doc(
            "b",
            "2022-12-27",
            "Storm\n\nRoughly 1,000 homes remained without power on Tuesday.",
        ),
    ];
    assert_eq!(
        pair_status(&docs, "About 4,000", "Roughly 1,000"),
        Some(Status::Revision)
    );
    // A toll for the whole country is no rival to the county's.
    let docs = two(
        "2022-12-27",
        "Storm\n\nAt least 28 people have died in Erie County. Nationwide, at least 60 people have died.",
        "Storm\n\nThe death toll in Erie County rose to 28.",
    );
    assert_no_conflict(&docs);
}

#[test]
fn crews_and_polluted_beaches_are_running_counts() {
    let docs = [
        doc(
            "a",
            "2022-01-18",
            "Spill\n\nThe spill has polluted 21 beaches, the ministry said. About 1,360 workers were deployed.",
        ),
        doc(
            "b",
            "2022-01-28",
            "Spill\n\nThe oil has polluted at least 24 beaches, according to the United Nations. Repsol has deployed 2,000 workers.",
        ),
    ];
    assert_eq!(
        pair_status(&docs, "21", "at least 24"),
        Some(Status::Revision)
    );
    assert_eq!(
        pair_status(&docs, "About 1,360", "2,000"),
        Some(Status::Revision)
    );
}

#[test]
fn ranks_each_report_names_are_facts_of_their_own() {
    let docs = two(
        "2023-11-18",
        "Launch\n\nStarship exploded on its second test flight. The first test flight, in April, ended after four minutes.",
        "Launch\n\nStarship reached space on its second test flight. In April, the first flight lasted four minutes.",
    );
    assert_eq!(pair_status(&docs, "second", "second"), Some(Status::Agree));
    assert_eq!(pair_status(&docs, "first", "first"), Some(Status::Agree));
    assert_eq!(pair_status(&docs, "second", "first"), None);
    // One rank against another is still in dispute.
    let docs = two(
        "2024-06-01",
        "Final\n\nReal Madrid won their 15th title.",
        "Final\n\nReal Madrid won their 14th title.",
    );
    assert_eq!(pair_status(&docs, "15th", "14th"), Some(Status::Conflict));
    // A report that names several floors names several places: the other
    // report's floor meets the one it names and contradicts none.
    let docs = two(
        "2026-08-02",
        "Hotel fire\n\nThe blaze broke out on the third floor of the hotel, the fire brigade said. \
         A tourist who was staying on the sixth floor said the smoke came under the door. \
         The victims were found on the fifth floor, officials said.",
        "Hotel fire\n\nThe fire brigade said the blaze started on the 3rd floor of the building.",
    );
    assert_no_conflict(&docs);
    assert_eq!(pair_status(&docs, "third", "3rd"), Some(Status::Agree));
    assert_eq!(pair_status(&docs, "sixth", "3rd"), None);
}

#[test]
fn dozens_in_a_headline_is_the_story_s_two_dozen_or_so() {
    // `Dozens` is how a headline rounds a count in the twenties or more:
    // the report does not contradict itself, and another report's 23
    // agrees with it.
    let docs = [doc(
        "a",
        "2026-03-02",
        "At least 14 dead, dozens missing as ferry capsizes\n\nAt least 14 people died when the ferry capsized. The coastguard said 23 people were still missing on Monday.",
    )];
    assert_no_conflict(&docs);
    let docs = two(
        "2026-03-02",
        "Ferry capsizes\n\nDozens of people are missing after the ferry capsized.",
        "Ferry capsizes\n\nThe coastguard said 23 people were missing after the ferry capsized.",
    );
    assert_eq!(pair_status(&docs, "Dozens", "23"), Some(Status::Agree));
    // Fewer than twenty are not dozens.
    let docs = two(
        "2026-03-02",
        "Ferry capsizes\n\nDozens of people are missing after the ferry capsized.",
        "Ferry capsizes\n\nThe coastguard said 12 people were missing after the ferry capsized.",
    );
    assert_eq!(pair_status(&docs, "Dozens", "12"), Some(Status::Conflict));
}

#[test]
fn a_report_that_names_several_rates_at_once_names_several_facts() {
    // One report's two rates of one moment are two rates: the other
    // report's third rate contradicts neither, and meets the one it names.
    let docs = two(
        "2026-06-11",
        "Rates\n\nThe ECB lifted its deposit facility rate to 2.25% from 2.00%, while the main refinancing rate rose to 2.40% and the marginal lending rate to 2.65%, the bank said.",
        "Rates\n\nAt its meeting in Frankfurt on Thursday, the bank raised its key deposit rate by a quarter of a percentage point to 2.25 per cent.",
    );
    assert_no_conflict(&docs);
    assert_eq!(
        pair_status(&docs, "2.25%", "2.25 per cent"),
        Some(Status::Agree)
    );
    // One rate against another is still a conflict.
    let docs = two(
        "2026-06-11",
        "Rates\n\nThe ECB raised its main rate to 2.40% on Thursday.",
        "Rates\n\nThe ECB raised its main rate to 2.25 per cent on Thursday.",
    );
    assert_eq!(
        pair_status(&docs, "2.40%", "2.25 per cent"),
        Some(Status::Conflict)
    );
}

#[test]
fn the_remaining_days_of_a_trip_are_some_of_it() {
    // The cruise's last four days, cancelled, are part of its two weeks.
    let docs = two(
        "2026-03-02",
        "Cruise\n\nThe line said the remaining four days of the cruise, which included stops at Colombo and Phuket, had been cancelled.",
        "Cruise\n\nThe passengers had boarded in Dubai for a two-week cruise to Singapore.",
    );
    assert_no_conflict(&docs);
    assert_eq!(pair_status(&docs, "four days", "two-week"), None);
}

#[test]
fn midnight_on_a_day_is_that_day_or_the_next() {
    // Midnight on Tuesday night is when Wednesday begins: the day a strike
    // began at midnight is either.
    let docs = two(
        "2026-03-19",
        "Strike\n\nAll four metro lines stopped when the strike began at midnight on Tuesday night.",
        "Strike\n\nThe strike, which began at 00:00 on Wednesday, has closed all four lines.",
    );
    assert_eq!(
        pair_status(&docs, "Tuesday", "Wednesday"),
        Some(Status::Agree)
    );
    // A day named without midnight is that day alone.
    let docs = two(
        "2026-03-19",
        "Strike\n\nAll four metro lines stopped when the strike began on Tuesday morning.",
        "Strike\n\nThe strike, which began on Wednesday, has closed all four lines.",
    );
    assert_eq!(
        pair_status(&docs, "Tuesday", "Wednesday"),
        Some(Status::Conflict)
    );
}

#[test]
fn seats_of_several_parties_said_bare_in_two_reports_are_several_facts() {
    let docs = two(
        "2023-11-23",
        "Election\n\nThe PVV won 37 of the 150 seats in parliament. Labour came second with 25 seats, while the VVD slumped to 24 seats. A majority needs 76 seats.",
        "Election\n\nThe PVV took 37 seats in the 150-seat house, up from 17. The NSC won 20 seats. Wilders needs partners to reach 76 seats.",
    );
    assert_no_conflict(&docs);
    assert_eq!(pair_status(&docs, "76", "76"), Some(Status::Agree));
    // Reports that meet on none of them are still compared.
    let docs = two(
        "2023-02-06",
        "Derailment\n\nThe train had 149 cars and three locomotives.",
        "Derailment\n\nInvestigators said 38 of the train's 141 cars came off the tracks.",
    );
    assert_eq!(pair_status(&docs, "149", "141"), Some(Status::Conflict));
}

#[test]
fn a_toll_said_to_have_risen_to_a_higher_figure_is_a_revision_dated_or_not() {
    let docs = [
        doc(
            "a",
            "2025-03-16",
            "Fire\n\nA fire at a nightclub killed 59 people, officials said.",
        ),
        Document {
            id: "b".into(),
            text: "Fire\n\nThe death toll from the nightclub fire rose to 61 on Monday.".into(),
            ..Document::default()
        },
    ];
    assert_eq!(pair_status(&docs, "59", "61"), Some(Status::Revision));
    // A lower figure said to have risen since is no update of a higher one.
    // (Dated: an undated report is read against the other's day, which
    // makes its Monday the one before that Sunday.)
    let docs = [
        doc(
            "a",
            "2025-03-16",
            "Fire\n\nA fire at a nightclub killed 64 people, officials said.",
        ),
        doc(
            "b",
            "2025-03-17",
            "Fire\n\nThe death toll from the nightclub fire rose to 61 on Monday.",
        ),
    ];
    assert_eq!(pair_status(&docs, "64", "61"), Some(Status::Conflict));
}

#[test]
fn a_population_said_of_no_place_is_the_one_place_named() {
    let docs = [
        doc(
            "a",
            "2025-03-16",
            "Fire\n\nThe fire broke out in the eastern town of Kocani. The town of about 25,000 people is in mourning.",
        ),
        doc(
            "b",
            "2025-03-17",
            "Fire\n\nThe fire broke out in Kocani, a town of 45,000 people.",
        ),
    ];
    assert_eq!(
        pair_status(&docs, "about 25,000", "45,000"),
        Some(Status::Conflict)
    );
    // With two places named, it cannot say which: it stays on its own.
    let docs = [
        doc(
            "a",
            "2025-03-16",
            "Fire\n\nThe town of about 25,000 people is in mourning.",
        ),
        doc(
            "b",
            "2025-03-17",
            "Fire\n\nKocani, a town of 45,000 people, mourned. Stip, a town of 25,000 people, sent doctors.",
        ),
    ];
    assert_eq!(pair_status(&docs, "about 25,000", "45,000"), None);
    assert_eq!(pair_status(&docs, "about 25,000", "25,000"), None);
}

#[test]
fn a_conversion_in_brackets_is_as_rough_as_the_figure_it_converts() {
    // `about 40 km (25 miles)` against `38 kilometers (24 miles)`: the 25
    // miles stand for the about 40 km, and 38 km is about 40.
    let docs = two(
        "2024-08-26",
        "Dam\n\nThe dam, about 40 km (25 miles) north of Port Sudan, burst on Sunday.",
        "Dam\n\nThe dam, 38 kilometers (24 miles) north of Port Sudan, gave way late Saturday.",
    );
    assert_eq!(
        pair_status(&docs, "about 40 km", "38 kilometers"),
        Some(Status::Agree)
    );
    assert_eq!(
        label_of(&docs, "25 miles"),
        label_of(&docs, "38 kilometers")
    );
    // Distances that differ still conflict.
    let docs = two(
        "2024-08-26",
        "Dam\n\nThe dam, 40 km (25 miles) north of Port Sudan, burst on Sunday.",
        "Dam\n\nThe dam, 58 kilometers (36 miles) north of Port Sudan, gave way.",
    );
    assert_eq!(
        pair_status(&docs, "40 km", "58 kilometers"),
        Some(Status::Conflict)
    );
}

#[test]
fn a_toll_said_of_no_country_joins_the_one_country_the_reports_name() {
    let docs = two(
        "2024-01-02",
        "Quake\n\nA powerful earthquake killed at least 48 people, officials said on Tuesday.",
        "Quake\n\nEarthquakes that hit western Japan killed at least 30 people, officials said Tuesday.",
    );
    assert_eq!(
        pair_status(&docs, "at least 48", "at least 30"),
        Some(Status::Agree)
    );
    // Reports that name people of two countries keep a toll of neither
    // apart: it may be of either side.
    let docs = two(
        "2024-01-02",
        "War\n\nStrikes killed at least 48 people. Ukraine freed 150 Russian prisoners.",
        "War\n\nRussian strikes killed at least 30 Ukrainians.",
    );
    assert_eq!(pair_status(&docs, "at least 48", "at least 30"), None);
}

#[test]
fn another_named_storm_s_toll_is_of_another_incident() {
    let docs = two(
        "2024-10-10",
        "Hurricane Milton makes landfall\n\nHurricane Milton killed at least four people, the National Hurricane Center said. The storm came two weeks after Hurricane Helene killed more than 230 people.",
        "Milton roars ashore\n\nHurricane Milton killed at least 10 people. Milton hit two weeks after Hurricane Helene, which killed at least 225 people.",
    );
    let facts = reconcile(&docs, &Options::default()).facts;
    let with = |text: &str| {
        facts
            .iter()
            .find(|f| f.claims.iter().any(|c| c.text == text))
            .map(|f| f.claims.iter().map(|c| c.text.clone()).collect::<Vec<_>>())
    };
    assert_eq!(
        with("at least four"),
        Some(vec!["at least four".to_string(), "at least 10".to_string()])
    );
    assert_eq!(with("more than 230"), None);
    assert_eq!(with("at least 225"), None);
}

#[test]
fn a_toll_said_to_have_been_revised_down_is_a_revision() {
    let docs = [
        doc(
            "a",
            "2023-06-03",
            "Train crash\n\nAt least 288 people were killed when two passenger trains derailed.",
        ),
        doc(
            "b",
            "2023-06-04",
            "Train crash\n\nOfficials revised the death toll from Friday's train collision down to 275, saying some bodies had been counted twice.",
        ),
    ];
    assert_eq!(
        pair_status(&docs, "At least 288", "275"),
        Some(Status::Revision)
    );
    // Without the revision, the two counts conflict.
    let docs = two(
        "2023-06-03",
        "Train crash\n\nAt least 288 people were killed when two passenger trains derailed.",
        "Train crash\n\nThe collision killed 275 people, officials said.",
    );
    assert_eq!(
        pair_status(&docs, "At least 288", "275"),
        Some(Status::Conflict)
    );
}

#[test]
fn two_named_fires_are_two_facts_and_one_named_fire_meets_the_fire() {
    // Two fires burn at once: each one's acres and containment meet only
    // the same fire's.
    let docs = two(
        "2025-01-13",
        "LA fires\n\nThe Palisades Fire has burned 23,713 acres and was 13% contained, while the Eaton Fire has scorched 14,117 acres and was 27% contained.",
        "LA fires\n\nThe Palisades Fire has charred more than 23,000 acres and was 11% contained. The Eaton Fire near Altadena has burned 14,000 acres and was 27% contained.",
    );
    assert_eq!(
        pair_status(&docs, "23,713 acres", "more than 23,000 acres"),
        Some(Status::Agree)
    );
    assert_eq!(
        pair_status(&docs, "14,117 acres", "14,000 acres"),
        Some(Status::Agree)
    );
    assert_eq!(pair_status(&docs, "27%", "27%"), Some(Status::Agree));
    assert_eq!(pair_status(&docs, "13%", "11%"), Some(Status::Conflict));
    assert_eq!(pair_status(&docs, "23,713 acres", "14,000 acres"), None);
    assert_eq!(
        label_of(&docs, "14,117 acres").to_lowercase(),
        "eaton fire burned"
    );
    // One named fire: `the fire` is that one.
    let docs = two(
        "2024-07-30",
        "Park Fire\n\nThe Park Fire has burned 350,000 acres, officials said.",
        "California wildfire\n\nThe fire has burned 390,000 acres in four counties.",
    );
    assert_eq!(
        pair_status(&docs, "350,000 acres", "390,000 acres"),
        Some(Status::Conflict)
    );
}

#[test]
fn where_a_change_started_is_an_earlier_figure_even_alone() {
    let docs = two(
        "2024-10-04",
        "Jobs report\n\nThe unemployment rate fell to 4.1%. The unemployment rate fell from 4.2% in August.",
        "Jobs report\n\nThe unemployment rate dipped to 4.1% from 4.2%.",
    );
    assert_no_conflict(&docs);
    assert_eq!(pair_status(&docs, "4.2%", "4.2%"), Some(Status::Agree));
    assert_eq!(pair_status(&docs, "4.1%", "4.1%"), Some(Status::Agree));
}

#[test]
fn up_from_a_figure_the_sentence_does_not_give_is_an_earlier_figure() {
    let docs = two(
        "2025-02-10",
        "Minimum wage\n\nThe minimum wage rises to R30.75 an hour. The new rate, up from R28.79, applies from March.",
        "Minimum wage\n\nThe hourly rate rises to R30.75 from R28.79.",
    );
    assert_no_conflict(&docs);
    assert_eq!(pair_status(&docs, "R28.79", "R28.79"), Some(Status::Agree));
    assert_eq!(pair_status(&docs, "R28.79", "R30.75"), None);
}

#[test]
fn each_market_index_moves_on_its_own() {
    let docs = two(
        "2024-08-05",
        "Stocks\n\nThe Dow fell 1,033.99 points, or 2.6%, to 38,703.27, and the Nasdaq Composite dropped 576.08 points, or 3.43%, to 16,200.08.",
        "Stocks\n\nThe Dow Jones Industrial Average dropped 1,034 points, or 2.6%, and the Nasdaq composite sank 3.4%.",
    );
    assert_no_conflict(&docs);
    assert_eq!(pair_status(&docs, "1,033.99", "1,034"), Some(Status::Agree));
    assert_eq!(pair_status(&docs, "3.43%", "3.4%"), Some(Status::Agree));
    assert_eq!(pair_status(&docs, "576.08", "1,034"), None);
}

#[test]
fn a_country_named_as_where_people_go_is_no_part_beside_other_times() {
    // `to Britain` is where the story's migrants go; the estimate it
    // replaced and the year after are no whole it is a part of.
    let docs = two(
        "2024-11-28",
        "Migration\n\nNet migration to Britain hit a record 906,000 in the year to June 2023, up from a previous estimate of 740,000. Net migration fell to 728,000 in the year to June 2024.",
        "Migration\n\nNet migration peaked at a record 906,000 in the year to June 2023. The figure was previously put at 740,000.",
    );
    assert_eq!(
        pair_status(&docs, "906,000", "906,000"),
        Some(Status::Agree)
    );
    assert_eq!(
        pair_status(&docs, "740,000", "740,000"),
        Some(Status::Agree)
    );
    assert_no_conflict(&docs);
}

#[test]
fn a_toll_in_a_named_place_beside_a_larger_one_is_that_place_s_part() {
    let docs = two(
        "2025-03-16",
        "Tornadoes\n\nTornadoes killed at least 32 people in seven states. Six people died in Mississippi and three in Alabama.",
        "Tornadoes\n\nStorms killed at least 34 people. Six deaths were reported in Mississippi.",
    );
    assert_eq!(pair_status(&docs, "Six", "Six"), Some(Status::Agree));
    // The states' tolls are no rivals of the whole.
    assert_eq!(pair_status(&docs, "three", "at least 34"), None);
    // (Both at least so many: they fit together.)
    assert_eq!(
        pair_status(&docs, "at least 32", "at least 34"),
        Some(Status::Agree)
    );
    // A country the story is about is no part of it, nor are two places.
    let docs = two(
        "2023-09-09",
        "Quake\n\nThe earthquake killed at least 2,000 in Morocco. A quake in 1960 killed 12,000 people in Agadir.",
        "Quake\n\nThe earthquake killed at least 2,012 people.",
    );
    assert_eq!(
        pair_status(&docs, "at least 2,000", "at least 2,012"),
        Some(Status::Agree)
    );
}

#[test]
fn about_stands_for_what_rounds_to_the_figure_not_a_fifth_either_way() {
    // What rounds to the figure at its own step agrees.
    for (a, b, x, y) in [
        (
            "About 50,000 members were eligible to vote.",
            "The union balloted 48,900 members.",
            "About 50,000",
            "48,900",
        ),
        (
            "The slick covers about 40 kilometres of coastline.",
            "The slick covers 42 kilometres of coastline.",
            "about 40 kilometres",
            "42 kilometres",
        ),
        (
            "The ship was carrying about 2,900 passengers.",
            "The ship was carrying 2,914 passengers.",
            "about 2,900",
            "2,914",
        ),
    ] {
        assert_eq!(
            pair_status(&two("2026-03-02", a, b), x, y),
            Some(Status::Agree),
            "{x} / {y}"
        );
    }
    // Figures a reader would tell apart do not.
    for (a, b, x, y) in [
        (
            "The satellite cost about 38 billion yen.",
            "The satellite cost about ¥32bn.",
            "about 38 billion yen",
            "about ¥32bn",
        ),
        (
            "The ferry sank about 2 km from the shore.",
            "The ferry sank about 3 km from the shore.",
            "about 2 km",
            "about 3 km",
        ),
        (
            "The town of about 25,000 people lies 100 km east of the capital.",
            "It is a town of 30,000 people east of the capital.",
            "about 25,000",
            "30,000",
        ),
    ] {
        assert_eq!(
            pair_status(&two("2026-03-02", a, b), x, y),
            Some(Status::Conflict),
            "{x} / {y}"
        );
    }
}

#[test]
fn spans_of_whole_units_next_to_each_other_differ() {
    let docs = two(
        "2026-03-02",
        "The striker has signed a six-year contract.",
        "The striker has agreed a five-year contract.",
    );
    assert_eq!(
        pair_status(&docs, "six-year", "five-year"),
        Some(Status::Conflict)
    );
    // The same span in other units still agrees.
    let docs = two(
        "2026-03-02",
        "The cruise was a 14-day voyage.",
        "The cruise was a two-week voyage.",
    );
    assert_eq!(
        pair_status(&docs, "14-day", "two-week"),
        Some(Status::Agree)
    );
}

#[test]
fn two_reports_saying_up_to_compare_the_peaks_they_give() {
    let docs = two(
        "2026-03-02",
        "The typhoon brought gusts of up to 230 kph.",
        "The typhoon brought gusts of up to 250 kph.",
    );
    assert_eq!(
        pair_status(&docs, "up to 230 kph", "up to 250 kph"),
        Some(Status::Conflict)
    );
    let docs = two(
        "2026-03-02",
        "The typhoon brought gusts of up to 230 kph.",
        "The typhoon brought gusts of as much as 230 kph.",
    );
    assert_eq!(
        pair_status(&docs, "up to 230 kph", "as much as 230 kph"),
        Some(Status::Agree)
    );
    // Against a figure said otherwise, `up to` stays a bound.
    let docs = two(
        "2026-03-02",
        "Up to 200 people were evacuated from the village.",
        "About 180 people were evacuated from the village.",
    );
    assert_eq!(
        pair_status(&docs, "Up to 200", "About 180"),
        Some(Status::Agree)
    );
}

#[test]
fn a_total_over_years_is_neither_the_story_s_toll_nor_one_year_s() {
    let docs = two(
        "2026-03-14",
        "At least 31 people were killed when the ferry sank. \
         More than 1,300 people have died in accidents on the waterways since 2019.",
        "The ferry sinking killed 31 people. \
         Waterway accidents killed at least 196 people in 2025.",
    );
    assert_eq!(pair_status(&docs, "At least 31", "31"), Some(Status::Agree));
    assert_eq!(pair_status(&docs, "More than 1,300", "31"), None);
    assert_eq!(pair_status(&docs, "More than 1,300", "at least 196"), None);
    assert_no_conflict(&docs);
}

#[test]
fn two_reports_giving_one_distinctive_figure_for_it_in_other_words_agree() {
    let docs = two(
        "2026-07-16",
        "The wage bill reached £398m. Kiprono won in 2:06:41. A fund of $1.5 million was set up. \
         It said 214 people were killed.",
        "Wages climbed to £398m. Kiprono clocked 2:06:41. He was fined $1.5 million. \
         Officials said 214 people were hurt.",
    );
    assert_eq!(pair_status(&docs, "£398m", "£398m"), Some(Status::Agree));
    assert_eq!(
        pair_status(&docs, "2:06:41", "2:06:41"),
        Some(Status::Agree)
    );
    // Not a round figure, which two things may share by chance.
    assert_eq!(pair_status(&docs, "$1.5 million", "$1.5 million"), None);
    // Unless each report gives it once and says nothing of it that the
    // other contradicts.
    let once = two(
        "2026-07-16",
        "Club news\n\nHis contract included a release clause of €120 million, the club said. \
         It paid €80 million for him.",
        "Transfer\n\nRibera had inserted a €120m release clause in his contract.",
    );
    assert_eq!(
        pair_status(&once, "€120 million", "€120m"),
        Some(Status::Agree)
    );
    // A report may repeat a figure it says nothing of, as a headline does.
    let repeated = two(
        "2026-03-12",
        "Scammers walked off with $186,000\n\nIn 2021, scammers walked off with $186,000 \
         from the city.",
        "In 2021 the city handed $186,000 to scammers.",
    );
    assert_eq!(
        pair_status(&repeated, "$186,000", "$186,000"),
        Some(Status::Agree)
    );
    // Nor two figures for two events.
    assert_eq!(pair_status(&docs, "214", "214"), None);
    assert_no_conflict(&docs);
}

#[test]
fn a_toll_officials_had_put_at_first_is_an_earlier_figure() {
    let docs = two(
        "2026-06-09",
        "The death toll has risen to 17, officials said.",
        "Officials had put the death toll at 11 on Monday night, but it rose to 17 after \
         rescuers worked through the night.",
    );
    assert_eq!(pair_status(&docs, "17", "17"), Some(Status::Agree));
    assert_eq!(pair_status(&docs, "17", "11"), None);
    assert_no_conflict(&docs);
    // So is one that had stood, but not a figure after a verb that had been.
    let docs = two(
        "2026-10-20",
        "The toll had stood at 31 on Monday evening but rose to 47 overnight. \
         About 6 km of booms were deployed.",
        "At least 47 people have died. Nine vessels had been mobilised, along with 6,000 \
         metres of containment boom.",
    );
    assert_eq!(pair_status(&docs, "31", "At least 47"), None);
    assert_eq!(
        pair_status(&docs, "About 6 km", "6,000 metres"),
        Some(Status::Agree)
    );
    assert_no_conflict(&docs);
}

#[test]
fn a_move_before_the_open_is_no_rival_to_the_close() {
    let docs = two(
        "2026-06-02",
        "Shares of the company fell 14% in premarket trading.",
        "Shares closed down 11.3 per cent in New York on Tuesday.",
    );
    // (The day's moves, in order: the share price moved on.)
    assert_eq!(
        pair_status(&docs, "14%", "11.3 per cent"),
        Some(Status::Revision)
    );
    assert_no_conflict(&docs);
}

#[test]
fn what_officials_had_said_before_is_an_earlier_figure() {
    let docs = two(
        "2026-02-12",
        "The carrier has cancelled 1,240 flights on Thursday and Friday.",
        "The carrier has cancelled 1,240 flights. On Tuesday the airline had said about 900 \
         flights would be cancelled.",
    );
    assert_eq!(pair_status(&docs, "1,240", "about 900"), None);
    assert_no_conflict(&docs);
}

#[test]
fn the_time_of_an_incident_is_a_fact_and_zones_do_not_conflict() {
    let docs = two(
        "2026-03-05",
        "The blast happened at 6:48 a.m. in the refinery's hydrocracking unit.",
        "The explosion in the hydrocracker occurred at 6:48 a.m. local time (1248 GMT).",
    );
    assert_eq!(
        pair_status(&docs, "6:48 a.m.", "6:48 a.m."),
        Some(Status::Agree)
    );
    assert_eq!(label_of(&docs, "6:48 a.m."), "Time of the explosion");
    // The same moment in another zone is no rival.
    let docs = two(
        "2026-03-05",
        "The blast happened at 6:48 a.m., officials said.",
        "The blast happened at 1248 GMT, officials said.",
    );
    assert_no_conflict(&docs);
    // Times in one zone that differ do conflict.
    let docs = two(
        "2026-03-05",
        "The blast happened at 6:48 a.m., officials said.",
        "The blast happened at 7:15 a.m., officials said.",
    );
    assert_eq!(
        pair_status(&docs, "6:48 a.m.", "7:15 a.m."),
        Some(Status::Conflict)
    );
    // An accident is a crash.
    let docs = two(
        "2026-03-05",
        "The accident took place at around 5:40 am near the bridge.",
        "The bus crashed at 5:45 am near the bridge.",
    );
    assert_eq!(
        pair_status(&docs, "around 5:40 am", "5:45 am"),
        Some(Status::Agree)
    );
    // A time that times a figure is no incident's: the snapshots differ.
    let docs = two(
        "2026-03-05",
        "Shares were up 3% by 1500 GMT.",
        "Shares were up 3% by 1400 GMT.",
    );
    assert_no_conflict(&docs);
}

#[test]
fn a_headline_and_its_story_repeating_a_distinctive_figure_meet_another_report() {
    let docs = two(
        "2026-11-24",
        "Party emerges largest with 112 seats\n\nThe party has emerged as the largest in \
         the House with 112 seats, the commission said on Tuesday.",
        "Official results gave the governing alliance 112 seats in the lower house.",
    );
    assert_eq!(pair_status(&docs, "112", "112"), Some(Status::Agree));
}

#[test]
fn a_distinctive_figure_said_to_be_about_so_much_still_meets_its_twin() {
    let docs = two(
        "2026-01-12",
        "The system was carrying a load of about 10,600 megawatts, the operator said.",
        "The grid was carrying 10,600 megawatts at the time.",
    );
    assert_eq!(
        pair_status(&docs, "about 10,600 megawatts", "10,600 megawatts"),
        Some(Status::Agree)
    );
    // Shillings by letters or by name are one currency.
    let docs = two(
        "2026-06-16",
        "The bill seeks to raise 346 billion shillings in new taxes.",
        "The finance bill would raise Sh346 billion in revenue.",
    );
    assert_eq!(
        pair_status(&docs, "346 billion shillings", "Sh346 billion"),
        Some(Status::Agree)
    );
}

#[test]
fn another_storm_named_far_back_in_its_sentence_is_not_the_story_s() {
    let docs = two(
        "2026-05-26",
        "Cyclone Shapla has killed 16 people, officials said.",
        "Cyclone Shapla has killed 27 people. Cyclone Remal, which struck the same coast in \
         May 2024, killed 16 people.",
    );
    assert_eq!(pair_status(&docs, "16", "16"), None);
}

#[test]
fn shares_of_one_group_doing_different_things_do_not_conflict() {
    let docs = two(
        "2026-03-13",
        "Just 59.8% of patients had been waiting less than 18 weeks. Only 68.9% of patients \
         began treatment within 62 days.",
        "Across England, 59.8 per cent of patients had been waiting less than 18 weeks. Last \
         year, 73.4 per cent of patients were dealt with inside the target time.",
    );
    assert_eq!(
        pair_status(&docs, "59.8%", "59.8 per cent"),
        Some(Status::Agree)
    );
    assert_eq!(pair_status(&docs, "59.8%", "73.4 per cent"), None);
}

#[test]
fn a_figure_named_once_and_repeated_bare_in_a_headline_meets_its_twin() {
    let docs = two(
        "2026-04-10",
        "The fee for the course will rise to £27,900 from September.",
        "Fees to hit £27,900\n\nThe university will charge overseas undergraduates £27,900 a \
         year.",
    );
    assert_eq!(
        pair_status(&docs, "£27,900", "£27,900"),
        Some(Status::Agree)
    );
}

#[test]
fn a_fraction_of_a_group_meets_its_share_in_per_cent() {
    let docs = two(
        "2026-05-27",
        "Two-thirds of the shrimp farms were washed away.",
        "About 67 percent of the shrimp farms were washed away.",
    );
    assert_eq!(
        pair_status(&docs, "Two-thirds", "About 67 percent"),
        Some(Status::Agree)
    );
    let docs = two(
        "2026-05-27",
        "Four-fifths of grid stations had been re-energised by 9pm.",
        "By 9pm, 60 per cent of grid stations had been re-energised.",
    );
    assert_eq!(
        pair_status(&docs, "Four-fifths", "60 per cent"),
        Some(Status::Conflict)
    );
}

#[test]
fn the_time_a_fire_broke_out_or_a_boat_overturned_lines_up() {
    let docs = two(
        "2026-03-08",
        "The blaze broke out at about 3:20am local time on the seventh floor. The boat \
         overturned at around 2:30am.",
        "The fire started shortly after 3.20am local time. The vessel overturned at about 2.30am.",
    );
    assert_eq!(
        pair_status(&docs, "about 3:20am", "3.20am"),
        Some(Status::Agree)
    );
    assert_eq!(
        pair_status(&docs, "around 2:30am", "about 2.30am"),
        Some(Status::Agree)
    );
}

#[test]
fn a_group_and_its_members_by_origin_do_not_conflict() {
    let docs = two(
        "2026-02-24",
        "Police on Tuesday arrested four men. The arrested men, three from Rajasthan and one \
         from Haryana, were produced before a court.",
        "Police on Tuesday arrested four suspects.",
    );
    assert_no_conflict(&docs);
}

#[test]
fn the_toll_of_an_incident_named_after_since_is_another_incident_s() {
    let docs = two(
        "2026-03-08",
        "At least 18 people were killed in the hotel fire.",
        "Eighteen people were killed in the fire. The disaster is the deadliest at a Turkish \
         hotel since the Kartalkaya ski resort fire, in which 78 people were killed.",
    );
    assert_eq!(
        pair_status(&docs, "At least 18", "Eighteen"),
        Some(Status::Agree)
    );
    assert_eq!(pair_status(&docs, "At least 18", "78"), None);
}

#[test]
fn a_common_figure_each_report_gives_once_for_one_thing_agrees() {
    // Round figures, days and times two reports give once each, in their
    // own words, with nothing said of them that differs.
    let docs = two(
        "2026-03-05",
        "About 8,500 residents were told to shelter in place. Fourteen people were \
         hospitalized. The fire was brought under control after nearly five hours.",
        "Some 8,500 people were ordered indoors. Fourteen were taken to hospital. \
         Firefighters needed almost five hours to put it out.",
    );
    for (a, b) in [
        ("About 8,500", "Some 8,500"),
        ("Fourteen", "Fourteen"),
        ("nearly five hours", "almost five hours"),
    ] {
        assert_eq!(pair_status(&docs, a, b), Some(Status::Agree), "{a} / {b}");
    }
    let docs = two(
        "2026-01-12",
        "The breakdown occurred at 7:34am, the operator said.",
        "The grid failure began at 7:34 a.m. on Monday.",
    );
    assert_eq!(
        pair_status(&docs, "7:34am", "7:34 a.m."),
        Some(Status::Agree)
    );
    // What is counted may be named two ways when what befell it is one.
    let docs = two(
        "2026-08-02",
        "Seven hikers were killed when the flood hit the canyon.",
        "The flood killed seven people, officials said.",
    );
    assert_eq!(pair_status(&docs, "Seven", "seven"), Some(Status::Agree));
}

#[test]
fn a_common_figure_joins_only_when_nothing_tells_the_two_apart() {
    let unjoined = |a: &str, b: &str, x: &str, y: &str| {
        let docs = two("2026-03-05", a, b);
        assert_eq!(pair_status(&docs, x, y), None, "{a} / {b}");
    };
    // A report that gives the figure twice gives it for two things.
    unjoined(
        "About 300 people were told to quarantine. Some 300 others were tested.",
        "Over 300 people were told to quarantine.",
        "About 300",
        "Over 300",
    );
    // A forecast is no actual.
    unjoined(
        "Analysts expect the plant to employ 450 workers.",
        "The plant employs 450 workers.",
        "450",
        "450",
    );
    // Two stated years are two tolls.
    unjoined(
        "In 2021, a flood in the valley killed more than 200 people.",
        "In 2024, landslides in the hills killed more than 200 people.",
        "more than 200",
        "more than 200",
    );
    // A day that times a toll is no fact of its own.
    unjoined(
        "Twelve people were killed on Tuesday.",
        "Rescuers said nine had died by Tuesday.",
        "Tuesday",
        "Tuesday",
    );
    // Nor is a vague count, nor a rank of nothing said.
    unjoined(
        "Thousands rushed to the exit.",
        "Thousands of fans fled.",
        "Thousands",
        "Thousands",
    );
    unjoined(
        "It was the second time the bank had acted.",
        "The bank's chief came second in the vote.",
        "second",
        "second",
    );
    // Two things that fell alike are not one.
    unjoined(
        "The Australian dollar fell about 0.4 percent after the release.",
        "Monthly hours worked fell 0.4 per cent.",
        "about 0.4 percent",
        "0.4 per cent",
    );
    // Times in two zones are two moments.
    unjoined(
        "The fire started at 3:20am local time (0020 GMT).",
        "The fire started at 12.20am UK time.",
        "0020 GMT",
        "12.20am",
    );
}

#[test]
fn a_fact_of_figures_said_of_nothing_is_named_by_its_kind() {
    let docs = two(
        "2026-02-10",
        "\"It was chaos,\" she said of the scene at 11:40 p.m.",
        "The scene at 11:40 p.m. was chaos, he said.",
    );
    assert_eq!(
        pair_status(&docs, "11:40 p.m.", "11:40 p.m."),
        Some(Status::Agree)
    );
    assert_eq!(label_of(&docs, "11:40 p.m."), "Time of day");
}

#[test]
fn a_count_of_a_group_is_the_count_of_it_there_or_sent() {
    let docs = two(
        "2026-01-21",
        "More than 150 firefighters were deployed, officials said.",
        "About 120 firefighters fought the blaze through the night.",
    );
    assert_eq!(
        pair_status(&docs, "More than 150", "About 120"),
        Some(Status::Conflict)
    );
    // Not a count of the same noun in a report that gives the group there
    // too: `47 runners` treated are not the runners who took part.
    let docs = two(
        "2026-08-30",
        "More than 35,000 runners took part. Medics treated 47 runners for cramp.",
        "About 33,000 runners from over 100 countries ran the race.",
    );
    assert_eq!(pair_status(&docs, "47", "About 33,000"), None);
    assert_eq!(
        pair_status(&docs, "More than 35,000", "About 33,000"),
        Some(Status::Conflict)
    );
}

#[test]
fn a_bare_dollar_sign_meets_the_dollar_another_report_names() {
    // An Australian paper writes `$`, the wire `A$`.
    let docs = two(
        "2026-02-03",
        "The median dwelling value rose to a record $867,400. Relief payments of $1,000 \
         per adult were announced.",
        "The median dwelling value rose to a record A$867,400 ($583,000). The state \
         announced emergency payments of A$1,000 per adult.",
    );
    for (a, b) in [("$867,400", "A$867,400"), ("$1,000", "A$1,000")] {
        assert_eq!(pair_status(&docs, a, b), Some(Status::Agree), "{a} / {b}");
    }
    // The wire's conversion into US dollars is no rival to the paper's `$`.
    assert_eq!(pair_status(&docs, "$867,400", "$583,000"), None);
    assert_no_conflict(&docs);
    // Two dollars each report names are two currencies.
    let docs = two(
        "2026-02-03",
        "The group set aside US$35 million.",
        "The group set aside A$35 million.",
    );
    assert_eq!(pair_status(&docs, "US$35 million", "A$35 million"), None);
}

#[test]
fn a_measure_meets_the_same_size_in_another_unit() {
    let docs = two(
        "2026-04-21",
        "The 229-metre ship struck the bridge about 48 km from the port. The \
         1.1-kilometre bridge collapsed.",
        "The 751-foot vessel hit the bridge, about 30 miles from the port. The 0.7-mile \
         bridge fell into the river.",
    );
    for (a, b) in [
        ("229-metre", "751-foot"),
        ("about 48 km", "about 30 miles"),
        ("1.1-kilometre", "0.7-mile"),
    ] {
        assert_eq!(pair_status(&docs, a, b), Some(Status::Agree), "{a} / {b}");
    }
    // Sizes that round alike but cannot both be right do not meet: the
    // join makes no conflict.
    let docs = two(
        "2026-04-21",
        "The wall was 1,140 metres long.",
        "Water poured over a 1,060-metre stretch.",
    );
    assert_eq!(pair_status(&docs, "1,140 metres", "1,060-metre"), None);
}

#[test]
fn a_span_meets_the_same_length_in_other_words() {
    let docs = two(
        "2026-03-05",
        "Over 300 people were told to quarantine for 21 days. Results are expected \
         within 72 hours.",
        "More than 300 people must stay home for three weeks. Results are expected within \
         three days.",
    );
    for (a, b) in [("21 days", "three weeks"), ("72 hours", "three days")] {
        assert_eq!(pair_status(&docs, a, b), Some(Status::Agree), "{a} / {b}");
    }
    // A bound fits too much to meet a span in other words.
    let docs = two(
        "2026-08-14",
        "The district received 186 mm of rain in 24 hours.",
        "The village has been cut off for more than a day.",
    );
    assert_eq!(pair_status(&docs, "24 hours", "more than a day"), None);
}

#[test]
fn a_share_written_as_a_fraction_meets_it_in_per_cent() {
    let docs = two(
        "2026-07-03",
        "Wheat accounts for about two-thirds of the damaged area.",
        "Wheat accounted for about 67% of the damaged area.",
    );
    assert_eq!(
        pair_status(&docs, "about two-thirds", "about 67%"),
        Some(Status::Agree)
    );
    // Hundredths are no fraction: `1.75 percentage points` are 175 basis
    // points, not 2.
    let docs = two(
        "2026-07-03",
        "The bank has cut rates by 175 basis points in this cycle.",
        "Rates have fallen 1.75 percentage points since the cycle began.",
    );
    assert_eq!(
        pair_status(&docs, "175 basis points", "1.75 percentage points"),
        Some(Status::Agree)
    );
}

#[test]
fn a_count_one_holder_has_meets_the_story_s_own_count() {
    // One report names whose wildfires, the other does not: with no other
    // holder of such a count, they are one count.
    let docs = two(
        "2026-06-10",
        "Alberta fires\n\nAcross the province, 147 active wildfires were burning as of Tuesday afternoon.",
        "Alberta fires\n\nAlberta had 162 active wildfires as of Tuesday, according to the dashboard.",
    );
    assert_eq!(pair_status(&docs, "147", "162"), Some(Status::Conflict));
    let docs = two(
        "2026-07-20",
        "Transfer\n\nLast season Salvatierra scored 19 goals in the league.",
        "Transfer\n\nThe forward, who scored 19 league goals last season, has signed.",
    );
    assert_eq!(pair_status(&docs, "19", "19"), Some(Status::Agree));
}

#[test]
fn a_measure_of_an_event_said_of_no_thing_meets_the_one_that_names_it() {
    // `the amount spilled` names nothing spilled; the one spill of acid in
    // gallons is what it measures.
    let docs = two(
        "2026-03-12",
        "Derailment\n\nBy Wednesday afternoon, about 16,000 gallons of acid had leaked.",
        "Derailment\n\nThe railroad put the amount spilled at more than 21,000 gallons.",
    );
    assert_eq!(
        pair_status(&docs, "about 16,000 gallons", "more than 21,000 gallons"),
        Some(Status::Conflict)
    );
}

#[test]
fn a_share_of_an_event_said_of_no_thing_meets_the_one_that_names_it() {
    // `offered us 30 per cent` names nothing offered; the one share
    // offered the other report names, a pay rise, is what it is.
    let docs = two(
        "2026-03-10",
        "Strike\n\nThe ministry said it had offered a 35% pay increase.",
        "Strike\n\n\"They offered us 30 per cent,\" the union leader said.",
    );
    assert_eq!(
        pair_status(&docs, "35%", "30 per cent"),
        Some(Status::Conflict)
    );
}

#[test]
fn two_days_moves_of_a_share_price_are_two_facts() {
    // Friday's report gives Thursday's fall and Friday's; Thursday's
    // report gives Thursday's. Friday's 2.1% is no rival to Thursday's 6%.
    let docs = [
        doc(
            "a",
            "2026-02-19",
            "Leak\n\nIts shares fell over 6 per cent on Thursday.",
        ),
        doc(
            "b",
            "2026-02-20",
            "Leak\n\nShares of Narmada Agro closed 6.2% lower on Thursday and fell another 2.1% on Friday.",
        ),
    ];
    assert_eq!(
        pair_status(&docs, "over 6 per cent", "6.2%"),
        Some(Status::Agree)
    );
    assert_eq!(pair_status(&docs, "over 6 per cent", "2.1%"), None);
}

#[test]
fn an_undated_figure_is_no_later_than_the_day_before_s_news() {
    // Both papers came out on Tuesday: one gives Monday's count, the other
    // a count with no day. Each is its report's news, so they conflict.
    let docs = two(
        "2026-03-17",
        "Hailstorm\n\nThe storm killed 46 cattle on Monday, officials said.",
        "Hailstorm\n\nThe storm killed 52 cattle, officials said.",
    );
    assert_eq!(pair_status(&docs, "46", "52"), Some(Status::Conflict));
    // A Monday count in a Wednesday paper is a stage that paper has moved
    // past: the Tuesday paper's higher count is an update of it.
    let docs = [
        doc(
            "a",
            "2026-05-26",
            "Cyclone\n\nThe cyclone has killed 23 people, officials said.",
        ),
        doc(
            "b",
            "2026-05-27",
            "Cyclone\n\nThe cyclone killed nine people on Monday, officials said.",
        ),
    ];
    assert_eq!(pair_status(&docs, "23", "nine"), Some(Status::Revision));
}

#[test]
fn a_weekday_in_a_paper_of_that_weekday_is_still_the_news() {
    // Both reports came out on a Tuesday, and `as of Tuesday` may be that
    // day or the Tuesday before: a week, still the news of the moment, so
    // the story's count meets the holder's.
    let docs = two(
        "2026-06-09",
        "Alberta fires\n\nAcross Alberta, 147 active wildfires were burning as of Tuesday afternoon.",
        "Alberta fires\n\nAlberta had 162 active wildfires as of Tuesday, according to the dashboard.",
    );
    assert_eq!(pair_status(&docs, "147", "162"), Some(Status::Conflict));
}

#[test]
fn a_count_one_holder_has_stays_apart_when_it_may_be_another_s() {
    // (A report that gives the holder's count and its own tells them
    // apart: see `homes_without_power_on_another_day_are_a_revision_either_way`.)
    // A report that gives two counts of it at once counts two things: the
    // board's 3 million bags are neither the crop's nor one farmer's.
    let docs = two(
        "2026-06-17",
        "Maize\n\nThe Produce Board held about 3 million bags in the reserve.",
        "Maize\n\nThe harvest would be about 41 million bags. One farmer said he had only 11 bags from his plot.",
    );
    assert_eq!(
        pair_status(&docs, "about 3 million", "about 41 million"),
        None
    );
    assert_eq!(pair_status(&docs, "about 3 million", "11"), None);
    // Nor does a count of a past year alone join it.
    let docs = two(
        "2026-03-12",
        "Collapse\n\nThe building had 21 floors.",
        "Collapse\n\nIn 2019 the owners added at least seven floors.",
    );
    assert_eq!(pair_status(&docs, "21", "at least seven"), None);
}

#[test]
fn a_floor_is_given_near_what_it_bounds() {
    // `More than 4,600` is what a report says that knows of about 4,600,
    // not of 8,000.
    let docs = two(
        "2026-05-12",
        "Gas leak\n\nMore than 4,600 residents were evacuated overnight.",
        "Gas leak\n\nAbout 8,000 residents were evacuated overnight.",
    );
    assert_eq!(
        pair_status(&docs, "More than 4,600", "About 8,000"),
        Some(Status::Conflict)
    );
    // Floors and figures near them agree.
    for (a, b, x, y) in [
        (
            "At least 104 people have died of heatstroke.",
            "More than 100 people have died of heatstroke.",
            "At least 104",
            "More than 100",
        ),
        (
            "Doctors treated 1,240 patients for heatstroke.",
            "Doctors treated more than 1,200 patients for heatstroke.",
            "1,240",
            "more than 1,200",
        ),
        (
            "More than 100 homes were destroyed.",
            "The fire destroyed 150 homes.",
            "More than 100",
            "150",
        ),
    ] {
        assert_eq!(
            pair_status(&two("2026-05-12", a, b), x, y),
            Some(Status::Agree),
            "{x} / {y}"
        );
    }
}

#[test]
fn a_change_s_start_with_no_figure_it_went_to_is_an_earlier_figure() {
    let docs = two(
        "2026-01-30",
        "Rates\n\nThe central bank lowered the repo rate to 6.5% from 6.75%.",
        "Rates\n\nThe central bank cut the repo rate to 6.50 per cent. The cut, from 6.75 per cent, takes the prime lending rate to 10 per cent.",
    );
    assert_no_conflict(&docs);
    assert_eq!(
        pair_status(&docs, "6.5%", "6.50 per cent"),
        Some(Status::Agree)
    );
    assert_eq!(
        pair_status(&docs, "6.75%", "6.75 per cent"),
        Some(Status::Agree)
    );
}

#[test]
fn a_date_each_report_gives_once_is_one_date_unless_it_is_the_report_s_own_day() {
    let docs = two(
        "2026-06-16",
        "Recall\n\nOwners will be notified by mail starting Aug. 3, the company said.",
        "Recall\n\nOwners will be notified by letter from August 3.",
    );
    assert_eq!(
        pair_status(&docs, "Aug. 3", "August 3"),
        Some(Status::Agree)
    );
    // A report's own day is its dateline, and whatever else happened on
    // it: no one date of the story.
    let docs = two(
        "2026-05-27",
        "Heat\n\nThe government on Wednesday extended the school holidays.",
        "Heat\n\nPublished On 27 May 2026\n\nSchools will stay shut.",
    );
    assert_eq!(pair_status(&docs, "Wednesday", "27 May 2026"), None);
    // But a day in the story is the story's, though it is the report's
    // own day too.
    let docs = two(
        "2026-05-27",
        "Heat\n\nThe government on Wednesday extended the school holidays.",
        "Heat\n\nSchools will stay shut, the minister said on Wednesday.",
    );
    assert_eq!(
        pair_status(&docs, "Wednesday", "Wednesday"),
        Some(Status::Agree)
    );
    // And it is one day whatever befell on it in each report.
    let docs = two(
        "2026-05-28",
        "Blast\n\nThree workers were killed on Tuesday.",
        "Blast\n\nPolice arrested the plant manager on Tuesday.",
    );
    assert_eq!(
        pair_status(&docs, "Tuesday", "Tuesday"),
        Some(Status::Agree)
    );
}

#[test]
fn a_rate_raised_to_a_level_is_the_rate() {
    let docs = two(
        "2026-05-07",
        "BoE lifts rates to 4%\n\nThe Bank of England lifted Bank Rate to 4%.",
        "BoE hikes rates to 4%\n\n* Bank Rate raised to 4.00% from 3.75%",
    );
    assert_eq!(pair_status(&docs, "4%", "4.00%"), Some(Status::Agree));
}

#[test]
fn a_country_s_people_among_a_report_s_toll_are_a_part_of_it() {
    // One report gives the toll and the Britons among it: the seven are no
    // rival to the two, and meet the other report's seven hikers.
    let docs = two(
        "2026-08-07",
        "Flood\n\nSeven hikers were killed in the canyon.",
        "Flood\n\nSeven people were killed when the flood hit. Two British people were killed.",
    );
    assert_no_conflict(&docs);
    assert_eq!(pair_status(&docs, "Seven", "Seven"), Some(Status::Agree));
}

#[test]
fn a_bare_dollar_is_the_one_dollar_the_reports_name() {
    // An Australian paper's `$` is the wire's `A$`.
    let docs = two(
        "2026-06-17",
        "Bridge\n\nReplacing the bridge will cost about $1.4 billion, the minister said. The new bridge will cost about $1.4 billion too.",
        "Bridge\n\nReplacing the bridge will cost about A$1.4 billion, officials estimate. The new bridge will cost about A$1.4 billion too.",
    );
    assert_eq!(
        pair_status(&docs, "about $1.4 billion", "about A$1.4 billion"),
        Some(Status::Agree)
    );
    // With two dollars named, a bare one may be either.
    let docs = two(
        "2026-06-17",
        "Bridge\n\nReplacing the bridge will cost $1.4 billion. The contractor, paid C$20 million, is Canadian.",
        "Bridge\n\nReplacing the bridge will cost A$1.4 billion.",
    );
    assert_eq!(pair_status(&docs, "$1.4 billion", "A$1.4 billion"), None);
}

#[test]
fn a_time_of_day_each_report_gives_once_is_one_time() {
    let docs = two(
        "2026-06-18",
        "Strike\n\nThe doctors' general body will meet at 3pm on Wednesday to decide.",
        "Strike\n\nThe leaders will decide their next move at a meeting at 3 pm on Wednesday.",
    );
    assert_eq!(pair_status(&docs, "3pm", "3 pm"), Some(Status::Agree));
    // Not one that times a count.
    let docs = two(
        "2026-06-18",
        "Protest\n\nBy 3pm, police had detained 140 people.",
        "Protest\n\nThe rally ended at 3pm.",
    );
    assert_eq!(pair_status(&docs, "3pm", "3pm"), None);
}

#[test]
fn a_past_incident_s_toll_meets_the_same_incident_s_toll() {
    // One report dates the earlier fire, the other names it as another
    // incident: the same 78 dead.
    let docs = two(
        "2026-03-09",
        "Hotel fire\n\nA fire at an Istanbul hotel killed 17 people on Sunday. \
         Turkey tightened hotel safety rules after a fire at a ski resort hotel in January 2025 killed 78 people.",
        "Hotel fire\n\nSeventeen people died in the fire on Sunday. The disaster is the deadliest \
         since the Kartalkaya ski resort fire, in which 78 people were killed.",
    );
    assert_eq!(pair_status(&docs, "78", "78"), Some(Status::Agree));
    // But a figure of another incident is not the story's own.
    let docs = two(
        "2026-03-09",
        "Hotel fire\n\nA fire at an Istanbul hotel killed 78 people on Sunday.",
        "Hotel fire\n\nThe disaster is the deadliest since the Kartalkaya ski resort fire, \
         in which 78 people were killed.",
    );
    assert_eq!(pair_status(&docs, "78", "78"), None);
}

#[test]
fn an_incident_named_late_in_a_relative_clause_is_another_incident() {
    // The Marshalltown fire is named for the first time as background: its
    // 77 dead are no rival to the story's toll.
    let docs = two(
        "2026-04-20",
        "Berea blaze: 41 dead\n\nAt least 41 people were killed in the fire in Berea.",
        "Johannesburg fire kills 46\n\nAt least 46 people were killed in the fire. \
         The Marshalltown fire, which killed 77 people, prompted promises of a crackdown.",
    );
    assert_eq!(pair_status(&docs, "At least 41", "77"), None);
    assert_eq!(
        pair_status(&docs, "At least 41", "At least 46"),
        Some(Status::Conflict)
    );
    // A story that names its own fire first keeps its toll.
    let docs = two(
        "2026-04-20",
        "Marshalltown fire: 77 dead\n\nAt least 77 people were killed.",
        "Marshalltown fire\n\nThe Marshalltown fire, which killed 74 people, gutted the block.",
    );
    assert_eq!(
        pair_status(&docs, "At least 77", "74"),
        Some(Status::Conflict)
    );
}

#[test]
fn a_figure_and_its_conversion_in_brackets_are_one_figure_given_once() {
    let docs = two(
        "2026-03-14",
        "Ferry\n\nThe ferry sank about 35km south-east of Dhaka.",
        "Ferry\n\nThe ferry went down roughly 35 kilometres (22 miles) from the capital.",
    );
    assert_eq!(
        pair_status(&docs, "about 35km", "roughly 35 kilometres"),
        Some(Status::Agree)
    );
}

#[test]
fn days_one_report_gives_for_two_things_are_no_conflict() {
    // One report names two days on which something began: the census of
    // 1931 and the count of this year are two things, and its October
    // meets the other report's.
    let docs = two(
        "2026-03-10",
        "Outbreak\n\nThe outbreak began in October. A similar outbreak began in 1931.",
        "Outbreak\n\nThe outbreak began in October, officials said.",
    );
    assert_eq!(
        pair_status(&docs, "October", "October"),
        Some(Status::Agree)
    );
    assert!(
        statuses(&docs)
            .iter()
            .all(|(_, s, _)| *s != Status::Conflict),
        "{:?}",
        statuses(&docs)
    );
    // Each report's one day for it still conflicts.
    let docs = two(
        "2026-03-10",
        "War\n\nThe invasion began on 22 February 2022.",
        "War\n\nThe invasion began on 24 February 2022.",
    );
    assert_eq!(
        pair_status(&docs, "22 February 2022", "24 February 2022"),
        Some(Status::Conflict)
    );
}

#[test]
fn a_word_that_names_nothing_in_particular_is_no_rival_to_another_s_word() {
    let docs = two(
        "2026-05-12",
        "Breach\n\nPassport numbers for 1.8 million people were taken. The firm will offer \
         200 scholarships worth £5,000 each.",
        "Breach\n\nPassport numbers belonging to 1.8 million customers were also taken. The \
         university will offer 150 merit scholarships of £5,000.",
    );
    assert_eq!(
        pair_status(&docs, "1.8 million", "1.8 million"),
        Some(Status::Agree)
    );
    assert_eq!(pair_status(&docs, "£5,000", "£5,000"), Some(Status::Agree));
    // (Named by the word that names it.)
    assert!(label_of(&docs, "£5,000").starts_with("Scholarship"));
    // Not a figure under ten, which many things in a story number.
    let docs = two(
        "2026-05-12",
        "Fire\n\nThe couple's two children survived.",
        "Fire\n\nEight people survived the fire, among them two people from Leeds.",
    );
    assert_eq!(pair_status(&docs, "two", "two"), None);
}

#[test]
fn a_figure_two_reports_share_is_one_fact_apart_from_the_others_a_report_gives() {
    // Each report gives the drug's figure and the placebo's: the placebo's
    // agree, and only the drug's conflict.
    let docs = two(
        "2026-03-11",
        "Trial\n\nPatients on the drug lost an average of 14.8 per cent of their body weight, \
         against 2.4 per cent on a placebo.",
        "Trial\n\nPatients lost 14.2% of their body weight on the drug, and 2.4% on the placebo.",
    );
    assert_eq!(
        pair_status(&docs, "2.4 per cent", "2.4%"),
        Some(Status::Agree)
    );
    assert_eq!(
        pair_status(&docs, "14.8 per cent", "14.2%"),
        Some(Status::Conflict)
    );
    // A report that gives one figure still conflicts with one that gives
    // another.
    let docs = two(
        "2026-03-11",
        "Trial\n\nPatients on the drug lost 14.8 per cent of their body weight.",
        "Trial\n\nPatients lost 14.2% of their body weight on the drug.",
    );
    assert_eq!(
        pair_status(&docs, "14.8 per cent", "14.2%"),
        Some(Status::Conflict)
    );
}

#[test]
fn figures_three_times_apart_are_two_things_not_a_conflict() {
    // A whole and a part, or two periods, read alike: `1,342` hospitalised
    // in a day and `more than 48,600` in the year.
    let docs = two(
        "2025-09-09",
        "Dengue\n\nHospitals admitted 1,342 dengue patients in the 24 hours to 8am.",
        "Dengue\n\nHospitals have admitted more than 48,600 dengue patients.",
    );
    assert_eq!(pair_status(&docs, "1,342", "more than 48,600"), None);
    assert_no_conflict(&docs);
    // Figures closer than that still conflict.
    let docs = two(
        "2026-03-11",
        "Plant\n\nThe company will cut 1,200 jobs.",
        "Plant\n\nThe company will cut 2,400 jobs.",
    );
    assert_eq!(pair_status(&docs, "1,200", "2,400"), Some(Status::Conflict));
    // Measures are sized in their dimension, whatever units they are
    // written in: a city's demand in megawatts is no country's in
    // gigawatts.
    let docs = two(
        "2026-05-28",
        "Heat\n\nPeak power demand hit 9,112 MW, a record.",
        "Heat\n\nPower demand surged to nearly 263 gigawatts, a record.",
    );
    assert_eq!(pair_status(&docs, "9,112 MW", "nearly 263 gigawatts"), None);
    // So are one report's own: a report that gives 1,842 admitted and
    // 68,430 is counting two groups, not contradicting itself.
    let docs = [doc(
        "a",
        "2026-09-09",
        "Dengue\n\nAt least 1,842 people were admitted to hospital with dengue, the ministry \
         said. The ministry said 68,430 people had been admitted to hospital with dengue.",
    )];
    assert_no_conflict(&docs);
    // A report that gives a figure near the other's and one far from it
    // disagrees with it on the near one only: `Twelve` killed against
    // `Nine`, while the `Three` who died in hospital overnight are another
    // count.
    let docs = two(
        "2026-10-10",
        "Trains collide\n\nNine people were killed on Saturday when two trains collided, \
         officials said.",
        "Train crash\n\nTwelve people were killed in the crash, officials said. Three people \
         died overnight in hospitals in the capital, the minister told reporters.",
    );
    assert_eq!(pair_status(&docs, "Nine", "Twelve"), Some(Status::Conflict));
    let report = reconcile(&docs, &Options::default());
    let three = report
        .facts
        .iter()
        .find(|f| f.claims.iter().any(|c| c.text == "Three"))
        .expect("a fact holds `Three`");
    assert_eq!(three.claims.len(), 1, "{three:?}");
}

#[test]
fn a_figure_a_headline_repeats_is_still_given_once() {
    // The headline and the story give the rise, saying the same of it.
    let docs = two(
        "2026-03-11",
        "Hillcrest College to raise fees by 12 per cent\n\nHillcrest College will put up \
         tuition fees for overseas students by 12 per cent from September, it said.",
        "Fees\n\nHillcrest College said its fees for students from abroad would go up 12% \
         next year.",
    );
    assert_eq!(
        pair_status(&docs, "12 per cent", "12%"),
        Some(Status::Agree)
    );
    // Not a span of time said of nothing, which may be of anything.
    let docs = two(
        "2026-03-11",
        "Plant\n\nSavings will come within three years. The site stays open for three years.",
        "Plant\n\nThe firm will keep the site for three years.",
    );
    assert_eq!(pair_status(&docs, "three years", "three years"), None);
}

#[test]
fn a_bare_number_no_coincidence_would_repeat_is_one_figure() {
    let docs = two(
        "2027-03-01",
        "Census\n\nBihar, at 13.9 crore, has overtaken Maharashtra.",
        "Census\n\nBihar, with 139 million, has overtaken Maharashtra.",
    );
    assert_eq!(
        pair_status(&docs, "13.9 crore", "139 million"),
        Some(Status::Agree)
    );
    let report = reconcile(&docs, &Options::default());
    assert_eq!(report.facts[0].label, "Count");
    // Not a round one, which any two things may share.
    let docs = two(
        "2027-03-01",
        "Census\n\nBihar, at 14 crore, has overtaken Maharashtra.",
        "Census\n\nBihar, with 140 million, has overtaken Maharashtra.",
    );
    assert_eq!(pair_status(&docs, "14 crore", "140 million"), None);
}

#[test]
fn a_figure_each_report_gives_once_is_one_whatever_each_calls_it() {
    let docs = two(
        "2026-03-11",
        "Holiday\n\nThe airline carried 48,000 passengers over the holiday weekend.",
        "Holiday\n\nAbout 48,000 travellers flew with the airline over the holiday weekend.",
    );
    assert_eq!(
        pair_status(&docs, "48,000", "About 48,000"),
        Some(Status::Agree)
    );
    // A measure under ten too: its unit makes it rarer.
    let docs = two(
        "2026-03-11",
        "Creek\n\nOfficials found dead fish along about 3 miles of Tobin Creek.",
        "Creek\n\nOfficials reported a fish kill along a three-mile stretch of the creek.",
    );
    assert_eq!(
        pair_status(&docs, "about 3 miles", "three-mile"),
        Some(Status::Agree)
    );
    // Not a figure under ten, which a story gives for many things.
    let docs = two(
        "2026-03-11",
        "Holiday\n\nThe airline cancelled 4 flights over the holiday weekend.",
        "Holiday\n\nThe airline hired 4 pilots over the holiday weekend.",
    );
    assert_eq!(pair_status(&docs, "4", "4"), None);
}

#[test]
fn a_distinctive_figure_one_report_gives_among_others_still_meets_its_twin() {
    // The second report gives two rates (the county's and the state's) for
    // what it calls one thing; the first gives the county's in other words.
    let docs = two(
        "2026-03-11",
        "Vaccines\n\nThe county kindergarten rate for the MMR vaccine was 78.4%, the lowest in \
         the state.",
        "Vaccines\n\nThe county kindergarten vaccination rate fell to 78.4%. The state \
         vaccination rate was 89.2%.",
    );
    assert_eq!(pair_status(&docs, "78.4%", "78.4%"), Some(Status::Agree));
    assert_eq!(pair_status(&docs, "78.4%", "89.2%"), None);
}

#[test]
fn a_distinctive_figure_a_report_names_twice_in_other_words_is_one_figure() {
    let docs = two(
        "2026-03-11",
        "Results\n\nCorvane booked a £412.5 million charge in the quarter. The £412.5 million \
         writedown covers its Cambridge unit.",
        "Results\n\nCorvane took a £412.5m hit on its Cambridge business.",
    );
    let report = reconcile(&docs, &Options::default());
    let fact = report
        .facts
        .iter()
        .find(|f| f.claims.iter().any(|c| c.text == "£412.5m"))
        .unwrap();
    assert_eq!(fact.status, Status::Agree);
    assert_eq!(fact.claims.len(), 3, "{fact:?}");
}

#[test]
fn a_distinctive_figure_with_two_digits_swapped_or_one_changed_is_a_slip_that_conflicts() {
    let docs = two(
        "2026-03-11",
        "Court\n\nThe magistrate ordered the company to pay R18,425.",
        "Court\n\nThe firm must pay R18,245, the court ruled.",
    );
    assert_eq!(
        pair_status(&docs, "R18,425", "R18,245"),
        Some(Status::Conflict)
    );
    let docs = two(
        "2026-03-11",
        "Marathon\n\nKoros won the women's race in 2:21:09, a course record.",
        "Marathon\n\nThe Kenyan crossed the line in 2:21:19 to take the title.",
    );
    assert_eq!(
        pair_status(&docs, "2:21:09", "2:21:19"),
        Some(Status::Conflict)
    );
    // Two leading digits swapped change the size most: still a slip.
    let docs = two(
        "2026-10-22",
        "Volcano\n\nThe office placed initial damage to crops at P38.6 million.",
        "Volcano\n\nEarly estimates put damage to crops at 83.6m pesos.",
    );
    assert_eq!(
        pair_status(&docs, "P38.6 million", "83.6m pesos"),
        Some(Status::Conflict)
    );
    // Not a bound, nor a changed digit that makes two sizes.
    let docs = two(
        "2026-03-11",
        "Migrants\n\nThe agency has recorded at least 1,150 deaths on the route this year.",
        "Migrants\n\nAt least 1,450 migrants have died on the route this year.",
    );
    assert_eq!(pair_status(&docs, "at least 1,150", "At least 1,450"), None);
    let docs = two(
        "2026-03-11",
        "Court\n\nThe court ordered the company to pay R18,425.",
        "Court\n\nThe firm must pay R88,425, the court ruled.",
    );
    assert_eq!(pair_status(&docs, "R18,425", "R88,425"), None);
}

#[test]
fn a_named_companys_share_move_meets_the_companys_shares_of_another_report() {
    // One report names the company, the other calls it `the company`; the
    // second report's move of the next day is another day's, and does not
    // keep its move of Thursday from the first report's.
    let docs = two(
        "2026-04-17",
        "Shares of Narmada Petrochem closed 8.2% lower on the BSE on Thursday.",
        "The company's shares closed down 6.4% on Thursday in Mumbai, and slipped \
         another 2.1% in early trade on Friday.",
    );
    assert_eq!(pair_status(&docs, "8.2%", "6.4%"), Some(Status::Conflict));
    // Two companies named: which one `the company` is, nothing says.
    let docs = two(
        "2026-04-17",
        "Shares of Narmada Petrochem closed 8.2% lower on Thursday, while shares of \
         Gujarat Alkalies closed 1.5% lower.",
        "The company's shares closed down 6.4% on Thursday in Mumbai.",
    );
    assert_eq!(pair_status(&docs, "8.2%", "6.4%"), None);
    assert_eq!(pair_status(&docs, "1.5%", "6.4%"), None);
}

#[test]
fn a_time_said_around_allows_some_minutes_either_side() {
    let docs = two(
        "2026-04-16",
        "A fire broke out at the plant around 10:40 pm on Wednesday.",
        "The fire broke out shortly before 10:45 p.m. on Wednesday.",
    );
    assert_eq!(
        pair_status(&docs, "around 10:40 pm", "10:45 p.m."),
        Some(Status::Agree)
    );
    let docs = two(
        "2026-04-16",
        "The ferry capsized at about 6.40am local time.",
        "The ferry capsized around 7:15 a.m., the coast guard said.",
    );
    assert_eq!(
        pair_status(&docs, "about 6.40am", "around 7:15 a.m."),
        Some(Status::Conflict)
    );
    // Exact times are exact.
    let docs = two(
        "2026-04-16",
        "The fire broke out at 10:40 pm.",
        "The fire broke out at 10:45 pm.",
    );
    assert_eq!(
        pair_status(&docs, "10:40 pm", "10:45 pm"),
        Some(Status::Conflict)
    );
}

#[test]
fn a_time_given_to_the_hour_is_rounded_to_it() {
    let docs = two(
        "2026-06-15",
        "The blackout began at 3:20 p.m. on Sunday.",
        "The blackout began at 3pm on Sunday, the ministry said.",
    );
    assert_eq!(pair_status(&docs, "3:20 p.m.", "3pm"), Some(Status::Agree));
    let docs = two(
        "2026-06-15",
        "The attack began at about 11:40 p.m. on Saturday.",
        "The attack began at 1am on Sunday, the ministry said.",
    );
    assert_ne!(
        pair_status(&docs, "about 11:40 p.m.", "1am"),
        Some(Status::Agree)
    );
    // (A time written in four digits is given to the minute.)
    let docs = two(
        "2026-06-15",
        "The blackout began at 1500 GMT.",
        "The blackout began at 1520 GMT.",
    );
    assert_eq!(
        pair_status(&docs, "1500 GMT", "1520 GMT"),
        Some(Status::Conflict)
    );
}

#[test]
fn plain_tons_may_be_short_or_long_tons() {
    let docs = two(
        "2026-03-19",
        "The mine produced 1.8 million tons of coal last year.",
        "The mine produced about 1.6 million tonnes of coal last year.",
    );
    assert_eq!(
        pair_status(&docs, "1.8 million tons", "about 1.6 million tonnes"),
        Some(Status::Agree)
    );
    // Tonnes are metric: these cannot both be right.
    let docs = two(
        "2026-03-19",
        "The mine produced 1.8 million tonnes of coal last year.",
        "The mine produced about 1.6 million tonnes of coal last year.",
    );
    assert_eq!(
        pair_status(&docs, "1.8 million tonnes", "about 1.6 million tonnes"),
        Some(Status::Conflict)
    );
}

#[test]
fn one_thing_called_by_another_name_in_each_report_is_one_fact() {
    for (date, a, b, x, y, status) in [
        (
            "2026-04-21",
            "Police said 17 policemen were injured in the clashes.",
            "A police spokesman said 12 police officers were hurt in the clashes.",
            "17",
            "12",
            Status::Conflict,
        ),
        (
            "2026-04-21",
            "Police fired around 200 tear gas shells on Tuesday.",
            "Police fired more than 300 tear gas canisters on Tuesday.",
            "around 200",
            "more than 300",
            Status::Conflict,
        ),
        (
            "2026-03-03",
            "The 24-hour stoppage by nurses began at 8am.",
            "The 24-hour walkout began at 8 a.m.",
            "24-hour",
            "24-hour",
            Status::Agree,
        ),
        (
            "2026-03-03",
            "The health service said 2,300 operations had been postponed.",
            "The health service said 2,300 procedures had been postponed.",
            "2,300",
            "2,300",
            Status::Agree,
        ),
    ] {
        assert_eq!(
            pair_status(&two(date, a, b), x, y),
            Some(status),
            "{a} / {b}"
        );
    }
}

#[test]
fn an_age_set_off_after_a_role_is_that_role_s_age() {
    // `the driver, 38,` is `the 38-year-old driver`: two reports giving
    // him two ages contradict each other.
    let docs = two(
        "2026-03-10",
        "Police said the 42-year-old driver had been at the wheel for hours.",
        "Police said the driver, 38, had been at the wheel for hours.",
    );
    assert_eq!(
        pair_status(&docs, "42-year-old", "38"),
        Some(Status::Conflict)
    );
    // (Whatever happened to him after it: `the driver, 38, was injured`
    // is the driver's age, not a count of the injured.)
    let docs = two(
        "2026-03-10",
        "The 42-year-old driver was arrested.",
        "The driver, 42, was injured and later arrested.",
    );
    assert_eq!(pair_status(&docs, "42-year-old", "42"), Some(Status::Agree));
}

#[test]
fn retail_or_cpi_inflation_is_the_headline_rate_and_core_is_not() {
    let docs = two(
        "2026-03-12",
        "Retail inflation eased to 2.1 per cent in February, data showed.",
        "CPI inflation was 2.4 percent in February, data showed.",
    );
    assert_eq!(
        pair_status(&docs, "2.1 per cent", "2.4 percent"),
        Some(Status::Conflict)
    );
    let docs = two(
        "2026-03-12",
        "Retail inflation eased to 2.1 per cent in February, data showed.",
        "Core inflation was 2.4 percent in February, data showed.",
    );
    assert_eq!(pair_status(&docs, "2.1 per cent", "2.4 percent"), None);
}

#[test]
fn a_source_named_by_its_initials_is_the_source_they_stand_for() {
    // One report names the commission and its initials, then quotes it by
    // them; the other calls it `the commission`: one source, so the two
    // turnouts conflict rather than being two sources' dispute.
    let docs = two(
        "2026-05-22",
        "The Electoral Commission of Lusiwe (ECL) announced the results. Turnout was 71.4 per cent, the ECL said.",
        "Turnout was 74.1%, the commission said.",
    );
    assert_eq!(
        pair_status(&docs, "71.4 per cent", "74.1%"),
        Some(Status::Conflict)
    );
    let report = reconcile(&docs, &Options::default());
    let claim = report
        .facts
        .iter()
        .flat_map(|f| &f.claims)
        .find(|c| c.text == "71.4 per cent")
        .expect("the turnout");
    assert_eq!(
        claim.source.as_deref(),
        Some("Electoral Commission of Lusiwe")
    );
    // (Letters no name before a bracket spells stay as written.)
    let docs = two(
        "2026-05-22",
        "Turnout was 71.4 per cent, the ECL said.",
        "Turnout was 74.1%, the commission said.",
    );
    assert_eq!(
        pair_status(&docs, "71.4 per cent", "74.1%"),
        Some(Status::Disputed)
    );
}

#[test]
fn a_share_out_of_ten_is_rounded_to_tenths() {
    let audit = |a: &str, b: &str| {
        two(
            "2026-04-10",
            &format!(
                "A 2025 audit found that {a} of buildings in Nairobi did not comply with the building code."
            ),
            &format!(
                "A 2025 audit found that {b} buildings in Nairobi did not meet the building code."
            ),
        )
    };
    // `six in ten` is rounded to tenths, as `60%` is not; `nearly six in
    // ten` is a little under 60%, down to 50%.
    for (a, b) in [
        ("58 percent", "nearly six in ten"),
        ("58 percent", "six in ten"),
        ("61 percent", "six in ten"),
    ] {
        let docs = audit(a, b);
        assert_eq!(pair_status(&docs, a, b), Some(Status::Agree), "{a} / {b}");
    }
    // But not 70%; and a share out of five is a fraction, as fine as
    // `a fifth`.
    for (a, b) in [("70 percent", "six in ten"), ("25 percent", "one in five")] {
        let docs = audit(a, b);
        assert_eq!(
            pair_status(&docs, a, b),
            Some(Status::Conflict),
            "{a} / {b}"
        );
    }
}

#[test]
fn a_report_s_two_counts_of_a_bare_noun_are_two_groups() {
    // Either could be the count the other report says took part; neither
    // is taken for it.
    let docs = two(
        "2026-06-08",
        "Of the 11,842 runners who started the race, only 9,310 finished. Organisers said about 1,100 runners were moved to the finish area on buses.",
        "About 12,500 runners took part in the race, organisers said.",
    );
    assert_no_conflict(&docs);
    // One bare count is the same group said more briefly, as before.
    let docs = two(
        "2026-06-08",
        "Organisers said 11,842 runners lined up in the heat.",
        "About 12,500 runners took part in the race, organisers said.",
    );
    assert_eq!(
        pair_status(&docs, "11,842", "About 12,500"),
        Some(Status::Conflict)
    );
}

#[test]
fn a_parent_s_children_are_no_count_of_the_story_s() {
    let docs = two(
        "2026-01-22",
        "\"She has not seen a teacher since Friday,\" said Nirmala Perera, a mother of two in Maharagama.",
        "The strike left more than 4 million children without lessons. \"Every day is lost,\" said Roshan Fernando, a father of three.",
    );
    assert_no_conflict(&docs);
}

#[test]
fn each_party_holds_its_share_of_the_vote() {
    let docs = two(
        "2026-05-22",
        "The Democratic Alliance won 34.8 per cent of the vote.",
        "The LPC took 52.3% of the vote.",
    );
    assert_no_conflict(&docs);
    // One party's share in two reports is one fact.
    let docs = two(
        "2026-05-22",
        "The LPC won 52.3 per cent of the vote.",
        "The LPC took 51.3% of the vote.",
    );
    assert_eq!(
        pair_status(&docs, "52.3 per cent", "51.3%"),
        Some(Status::Conflict)
    );
}

#[test]
fn times_of_day_that_fit_are_the_one_time_the_reports_tell_of() {
    // Said of nothing in one report, of the incident in the other.
    let docs = two(
        "2026-04-10",
        "The structure came down shortly after 10 a.m. on Thursday.",
        "The building caved in at around 10.15am on Thursday.",
    );
    assert_eq!(
        pair_status(&docs, "10 a.m.", "around 10.15am"),
        Some(Status::Agree)
    );
    // Said of nothing in either.
    let docs = two(
        "2026-02-09",
        "The tanker struck a skerry shortly before 4 a.m., the rescue centre said.",
        "The tanker hit the rocks at 03:52, the coastguard said.",
    );
    assert_eq!(pair_status(&docs, "4 a.m.", "03:52"), Some(Status::Agree));
    // A report that gives two times either could be joins neither.
    let docs = two(
        "2026-02-09",
        "The alarm sounded at 4am, and the crew abandoned ship at 4.10am.",
        "The tanker hit the rocks at 03:52, the coastguard said.",
    );
    assert_eq!(pair_status(&docs, "4am", "03:52"), None);
    assert_eq!(pair_status(&docs, "4.10am", "03:52"), None);
    // Times that do not fit are not joined to conflict: nothing says they
    // are of one thing.
    let docs = two(
        "2026-07-14",
        "The hillside gave way at around 2:15 am.",
        "Residents were woken at 3:40 a.m. by a roar.",
    );
    assert_no_conflict(&docs);
}

#[test]
fn the_two_sides_of_a_vote_are_two_facts() {
    // The votes against a bill are not the people who voted.
    let docs = two(
        "2026-11-20",
        "Parliament passed the bill by 121 votes to 23. Turnout in the referendum was 1.01 million.",
        "Just over a million people voted. The bill was approved 121 votes to 23.",
    );
    assert_no_conflict(&docs);
    assert_eq!(pair_status(&docs, "23", "23"), Some(Status::Agree));
    // Each side meets the other report's figure for the same side.
    let docs = two(
        "2026-11-20",
        "The bill passed by 121 votes to 23.",
        "Lawmakers approved it with 118 votes in favour and 23 against.",
    );
    assert_eq!(pair_status(&docs, "121", "118"), Some(Status::Conflict));
    assert_eq!(pair_status(&docs, "23", "23"), Some(Status::Agree));
    assert_eq!(label_of(&docs, "118"), "Voted for");
}

#[test]
fn a_figure_the_other_report_gives_exactly_is_no_slip_of_the_keyboard() {
    // One report gives €18.9bn (a first draft) and €16.9bn (an alternative
    // budget); the other gives 16.9 billion euros (an amendment). The 16.9
    // is not a mistyped 18.9: the first report gives 16.9 too.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/evaluation/p75");
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).expect("pair 75");
    let docs = [
        doc("a", "2026-12-03", &read("a.txt")),
        doc("b", "2026-12-04", &read("b.txt")),
    ];
    assert_eq!(pair_status(&docs, "€18.9bn", "16.9 billion euros"), None);
}

#[test]
fn a_count_to_date_a_report_tells_from_its_toll_is_a_fact_of_its_own() {
    // The second report gives the crash's toll and the year's toll on the
    // railways: the year's is no third figure for the crash.
    let docs = [
        doc(
            "a",
            "2026-10-10",
            "At least nine people were killed when two trains collided.",
        ),
        doc(
            "b",
            "2026-10-11",
            "The number of people killed in the collision has risen to 12, the minister said. \
             Railway accidents have killed 146 people in Poland so far this year.",
        ),
    ];
    assert_eq!(
        pair_status(&docs, "At least nine", "12"),
        Some(Status::Revision)
    );
    assert_eq!(pair_status(&docs, "At least nine", "146"), None);
    // A count to date that no current count of its report contradicts is
    // the current figure: it meets the other report's.
    let docs = two(
        "2026-10-11",
        "Railway accidents have killed 146 people in Poland so far this year.",
        "Some 146 people have been killed on the country's railways.",
    );
    assert_eq!(pair_status(&docs, "146", "Some 146"), Some(Status::Agree));
}
