//! Reconciliation: lines up what different reports say about the same fact.

use serde::{Deserialize, Serialize};

use crate::{Error, Kind, Mention, Options, Value, Approx};

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
        Document { id: id.into(), text: text.into(), ..Document::default() }
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
    /// Different named sources give incompatible figures.
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

/// One report's figure for a fact.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Claim {
    pub doc: String,
    pub mention: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub value: Value,
    pub low: Option<Value>,
    pub high: Option<Value>,
    pub unit: Option<String>,
    pub approx: Approx,
    pub subject: Option<String>,
    pub source: Option<String>,
    pub as_of: Option<String>,
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

pub(crate) fn run(documents: &[Document], options: &Options) -> Result<Report, Error> {
    let mut report = Report::default();
    for d in documents {
        let opts = Options { date: d.date.clone().or_else(|| options.date.clone()) };
        report.documents.push(DocumentResult {
            id: d.id.clone(),
            outlet: d.outlet.clone(),
            date: opts.date.clone(),
            mentions: crate::try_extract(&d.text, &opts)?,
        });
    }
    Ok(report)
}
