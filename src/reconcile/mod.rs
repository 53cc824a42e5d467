//! Reconciliation: lines up what different reports say about the same fact.

use serde::{Deserialize, Serialize};

mod checks;
mod compare;
mod currency;
mod explain;
mod group;
mod status;

use crate::{Approx, Error, Kind, Mention, Options, Value};

/// One report to reconcile.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct Document {
    /// A unique id (file name, URL…).
    pub id: String,
    /// The article text.
    pub text: String,
    /// Headline, if separate from the text.
    pub title: Option<String>,
    /// Outlet name.
    pub outlet: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    pub date: Option<String>,
}

impl Document {
    /// A document with an id and a text.
    pub fn new(id: &str, text: &str) -> Document {
        Document {
            id: id.into(),
            text: text.into(),
            ..Document::default()
        }
    }
}

/// Whether the reports agree about a fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Two or more reports, and their figures fit together.
    Agree,
    /// Reports give figures that cannot both be right.
    Conflict,
    /// Only one claim.
    Single,
    /// The same source updated the figure over time.
    Revision,
    /// Different named sources give incompatible figures, on different
    /// sides (police and organisers, an official count and an independent
    /// estimate; not two bodies of the state).
    Disputed,
}

impl Status {
    /// The lower-case name used in JSON.
    ///
    /// ```
    /// assert_eq!(factcheck::Status::Conflict.as_str(), "conflict");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Agree => "agree",
            Status::Conflict => "conflict",
            Status::Single => "single",
            Status::Revision => "revision",
            Status::Disputed => "disputed",
        }
    }
}

/// One report's figure for a fact: the mention it comes from (document id,
/// index in that document's mentions, UTF-16 span) and its reading.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Claim {
    /// Id of the document.
    pub doc: String,
    /// The document's outlet, if given.
    pub outlet: Option<String>,
    /// Index of the mention in the document's `mentions`.
    pub mention: usize,
    /// Start of the mention, UTF-16 code units.
    pub start: usize,
    /// End of the mention, UTF-16 code units.
    pub end: usize,
    /// The mention's text.
    pub text: String,
    /// Normalised value.
    pub value: Value,
    /// Lower end of its interval.
    pub low: Option<Value>,
    /// Upper end of its interval.
    pub high: Option<Value>,
    /// Canonical unit.
    pub unit: Option<String>,
    /// Qualifier.
    pub approx: Approx,
    /// What it counts.
    pub subject: Option<String>,
    /// Who gives it.
    pub source: Option<String>,
    /// As of when.
    pub as_of: Option<String>,
    /// The sentence around it.
    pub quote: String,
}

/// One thing that reports give a figure for.
#[derive(Clone, Debug, Serialize)]
pub struct Fact {
    pub id: String,
    pub label: String,
    pub kind: Kind,
    pub status: Status,
    pub explanation: String,
    pub claims: Vec<Claim>,
}

/// A consistency check inside one report.
#[derive(Clone, Debug, Serialize)]
pub struct Check {
    pub doc: String,
    pub kind: String,
    pub a: Claim,
    pub b: Claim,
    pub holds: bool,
    pub explanation: String,
}

/// A document's mentions, as the report holds them.
#[derive(Clone, Debug, Serialize)]
pub struct DocumentResult {
    pub id: String,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub mentions: Vec<Mention>,
}

/// The outcome of [`crate::reconcile`].
#[derive(Clone, Debug, Default, Serialize)]
pub struct Report {
    pub documents: Vec<DocumentResult>,
    pub facts: Vec<Fact>,
    pub checks: Vec<Check>,
}

fn claim(doc: &Document, index: usize, m: &Mention) -> Claim {
    let (a, b) = m.detail.sentence;
    let quote = doc.text.get(a..b).unwrap_or("").trim();
    let quote = if quote.chars().count() > 400 {
        let mut q: String = quote.chars().take(400).collect();
        q.push('…');
        q
    } else {
        quote.to_string()
    };
    Claim {
        doc: doc.id.clone(),
        outlet: doc.outlet.clone().filter(|o| !o.trim().is_empty()),
        mention: index,
        start: m.start,
        end: m.end,
        text: m.text.clone(),
        value: m.value.clone(),
        low: m.low.clone(),
        high: m.high.clone(),
        unit: m.unit.clone(),
        approx: m.approx,
        subject: m.subject.clone(),
        source: m.source.clone(),
        as_of: m.as_of.clone(),
        quote,
    }
}

/// The day `month`/`day` falls on in the year that puts it nearest one of
/// the `known` days (sorted), if within [`WIRE_YEAR_REACH`] days of it.
fn nearest_year(
    month: u32,
    day: u32,
    known: &[crate::calendar::Day],
) -> Option<crate::calendar::Day> {
    use crate::calendar;
    let (first, last) = (known.first()?, known.last()?);
    let (y0, y1) = (calendar::civil(*first).0, calendar::civil(*last).0);
    // The gap from a day to the nearest known one, by binary search.
    let gap = |z: calendar::Day| {
        let at = known.partition_point(|&k| k < z);
        [at.checked_sub(1), Some(at)]
            .into_iter()
            .flatten()
            .filter_map(|i| known.get(i))
            .map(|&k| (k - z).abs())
            .min()
    };
    (y0 - 1..=y1 + 1)
        .filter(|&y| calendar::valid(y, month, day))
        .filter_map(|y| {
            let z = calendar::day(y, month, day);
            gap(z).map(|g| (g, z))
        })
        .min()
        .filter(|&(g, _)| g <= WIRE_YEAR_REACH)
        .map(|(_, z)| z)
}

/// How far (in days) a yearless wire dateline may lie from another
/// report's date for that report's year to be its.
const WIRE_YEAR_REACH: crate::calendar::Day = 62;

/// How many days apart the dated reports may be for an undated one to be
/// read against the latest of them.
const BORROWED_DATE_SPREAD: crate::calendar::Day = 1;

/// The figures of `text` read again as of `day`, a date the reconciling
/// found for a report whose text states none.
fn read_on(text: &str, day: crate::calendar::Day) -> Result<Vec<Mention>, Error> {
    let options = Options {
        date: Some(crate::calendar::iso_day(day)),
    };
    Ok(crate::extract::run(text, &options)?.0)
}

pub(crate) fn run(documents: &[Document], options: &Options) -> Result<Report, Error> {
    let mut seen = rustc_hash::FxHashSet::default();
    for d in documents {
        if !seen.insert(d.id.as_str()) {
            return Err(Error::DuplicateId(d.id.clone()));
        }
    }
    let mut report = Report::default();
    let mut all: Vec<Vec<Mention>> = Vec::with_capacity(documents.len());
    let mut dates: Vec<Option<String>> = Vec::with_capacity(documents.len());
    for d in documents {
        let given = d
            .date
            .clone()
            .filter(|s| !s.trim().is_empty())
            .or_else(|| options.date.clone());
        let opts = Options {
            date: given.clone(),
        };
        let (mentions, anchor) = crate::extract::run(&d.text, &opts)?;
        // Without a given date, the one the text states (the extractor
        // read it already).
        let date = given.or_else(|| anchor.map(crate::calendar::iso_day));
        dates.push(date.clone());
        report.documents.push(DocumentResult {
            id: d.id.clone(),
            outlet: d.outlet.clone(),
            date,
            mentions: Vec::new(),
        });
        all.push(mentions);
    }

    let day_of = |d: &Option<String>| {
        d.as_deref()
            .and_then(|d| crate::calendar::parse_iso_day(d.get(..10).unwrap_or(d)))
    };
    // Wire copy gives its day without a year (`LONDON, June 21 (Reuters)
    // -`): the year is the one that puts that day nearest the other
    // reports' dates, when one does within two months. The report is then
    // read again against that day, so that its weekdays resolve.
    let mut known: Vec<crate::calendar::Day> = dates.iter().filter_map(day_of).collect();
    known.sort_unstable();
    known.dedup();
    for (i, d) in documents.iter().enumerate() {
        if dates[i].is_some() || known.is_empty() {
            continue;
        }
        let Some(day) =
            crate::extract::wire_month_day(&d.text).and_then(|(m, dd)| nearest_year(m, dd, &known))
        else {
            continue;
        };
        all[i] = read_on(&d.text, day)?;
        report.documents[i].date = Some(crate::calendar::iso_day(day));
        dates[i] = report.documents[i].date.clone();
    }
    let mut published: Vec<Option<crate::calendar::Day>> = dates.iter().map(day_of).collect();
    // A report that states no date at all is read against the others'
    // when they all came out within a day of each other: reports of one
    // event that say `on Wednesday` mean one Wednesday, and a day read in
    // one report and left as a weekday in the other would never meet. Its
    // own date stays unknown in the report.
    if let (Some(&first), Some(&last)) = (known.first(), known.last())
        && last - first <= BORROWED_DATE_SPREAD
    {
        for (i, d) in documents.iter().enumerate() {
            if published[i].is_none() {
                all[i] = read_on(&d.text, last)?;
                published[i] = Some(last);
            }
        }
    }
    // `pesos` alone are the story's one kind of pesos (`currency`).
    currency::resolve_shared_names(&mut all);
    // A conflict between figures far apart is no disagreement on one thing
    // but two things ([`group::apart_by_size`]): each size's figures stand
    // apart. (Not figures two sources dispute, as police and organisers
    // count a crowd, nor a count given for another day.)
    let facts = group::group(&all, &published).into_iter().flat_map(|refs| {
        let status = status::of(&refs, &all, &published);
        let apart = (status == Status::Conflict)
            .then(|| group::apart_by_size(&refs, &all))
            .flatten();
        match apart {
            Some(groups) => groups
                .into_iter()
                .map(|refs| {
                    let status = status::of(&refs, &all, &published);
                    (refs, status)
                })
                .collect(),
            None => vec![(refs, status)],
        }
    });
    for (n, (refs, status)) in facts.enumerate() {
        let first = &all[refs[0].doc][refs[0].mention];
        let claims: Vec<Claim> = refs
            .iter()
            .map(|r| claim(&documents[r.doc], r.mention, &all[r.doc][r.mention]))
            .collect();
        let docs = group::docs_of(&refs).len();
        // (Named by the first claim that says what it is of: a fact may
        // join a figure said of nothing, `join_same_figures`; best by one
        // that names it in particular, `scholarships` over `the value`.)
        let subjects = || {
            refs.iter()
                .map(|r| &all[r.doc][r.mention].detail.frame.subject)
                .filter(|s| !s.is_empty())
        };
        let particular = |s: &&crate::extract::Subject| {
            s.head
                .as_deref()
                .is_some_and(|h| !crate::lexicon::GENERIC_HEADS.contains(&h))
        };
        let s = subjects()
            .find(particular)
            .or_else(|| subjects().next())
            .unwrap_or(&first.detail.frame.subject);
        let as_of = claims
            .iter()
            .find_map(|c| c.as_of.clone())
            .filter(|_| claims.iter().all(|c| c.as_of.is_some()));
        let earlier = refs
            .iter()
            .all(|r| all[r.doc][r.mention].detail.frame.earlier);
        let label = explain::label(first.kind, s, as_of.as_deref(), earlier);
        let explanation = explain::explanation(status, &claims, docs);
        report.facts.push(Fact {
            id: format!("f{}", n + 1),
            label,
            kind: first.kind,
            status,
            explanation,
            claims,
        });
    }
    // Conflicts first, then disputed, revisions, agreements, singles.
    report
        .facts
        .sort_by_key(|f| (status::rank(f.status), std::cmp::Reverse(f.claims.len())));

    for (d, ms) in all.iter().enumerate() {
        for (a, b, kind, holds, explanation) in checks::within(&documents[d].text, ms) {
            report.checks.push(Check {
                doc: documents[d].id.clone(),
                kind: kind.to_string(),
                a: claim(&documents[d], a, &ms[a]),
                b: claim(&documents[d], b, &ms[b]),
                holds,
                explanation,
            });
        }
    }
    for (d, ms) in all.into_iter().enumerate() {
        report.documents[d].mentions = ms;
    }
    Ok(report)
}
