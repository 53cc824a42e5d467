//! What the extractor finds: a [`Mention`] is one figure in a text, with its
//! span, its normalised reading and its frame (what, who, as of when).

use serde::Serialize;

/// The broad type of a figure.
///
/// ```
/// use factcheck::Kind;
/// assert_eq!(serde_json::to_string(&Kind::Percent).unwrap(), "\"percent\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A number of things: `55,000 soldiers`, `two ballistic missiles`.
    Count,
    /// An amount of money, with a currency unit: `$4.5bn`.
    Money,
    /// A percentage: `31%`, `12 per cent`.
    Percent,
    /// A physical measure with a unit: `1,000km`, `minus 20 degrees Celsius`.
    Measure,
    /// A calendar date or period: `22 February 2022`, `early 2025`, `last month`.
    Date,
    /// A time of day: `07:45 pm`.
    Time,
    /// A length of time: `five months`, `four years ago`.
    Duration,
    /// A rank: `second`, `fourth`.
    Ordinal,
    /// A bare figure with nothing to attach it to.
    Number,
}

impl Kind {
    /// The lower-case name used in JSON and by the page.
    ///
    /// ```
    /// assert_eq!(factcheck::Kind::Date.as_str(), "date");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Count => "count",
            Kind::Money => "money",
            Kind::Percent => "percent",
            Kind::Measure => "measure",
            Kind::Date => "date",
            Kind::Time => "time",
            Kind::Duration => "duration",
            Kind::Ordinal => "ordinal",
            Kind::Number => "number",
        }
    }
}

/// How a qualifier bends a figure: the words before `55,000` in
/// `around 55,000` or `more than 70,000`.
///
/// ```
/// use factcheck::Approx;
/// assert_eq!(serde_json::to_string(&Approx::MoreThan).unwrap(), "\"more_than\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    /// No qualifier: the figure as given.
    #[default]
    Exact,
    /// about, around, roughly, some, an estimated.
    About,
    /// almost, nearly, close to.
    Almost,
    /// just under.
    JustUnder,
    /// more than, over, upwards of.
    MoreThan,
    /// at least.
    AtLeast,
    /// up to, as many as, at most.
    UpTo,
    /// fewer than, under, less than.
    LessThan,
    /// vague amounts: thousands, dozens, tens of thousands.
    Vague,
    /// an explicit range: between 10 and 20, 10-20.
    Range,
}

impl Approx {
    /// Every qualifier kind, in declaration order.
    pub const ALL: [Approx; 10] = [
        Approx::Exact,
        Approx::About,
        Approx::Almost,
        Approx::JustUnder,
        Approx::MoreThan,
        Approx::AtLeast,
        Approx::UpTo,
        Approx::LessThan,
        Approx::Vague,
        Approx::Range,
    ];

    /// The snake-case name used in JSON and by the page.
    ///
    /// ```
    /// assert_eq!(factcheck::Approx::JustUnder.as_str(), "just_under");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Approx::Exact => "exact",
            Approx::About => "about",
            Approx::Almost => "almost",
            Approx::JustUnder => "just_under",
            Approx::MoreThan => "more_than",
            Approx::AtLeast => "at_least",
            Approx::UpTo => "up_to",
            Approx::LessThan => "less_than",
            Approx::Vague => "vague",
            Approx::Range => "range",
        }
    }

    /// Whether the figure is given as exact.
    ///
    /// ```
    /// assert!(factcheck::Approx::Exact.is_exact());
    /// ```
    pub fn is_exact(self) -> bool {
        self == Approx::Exact
    }
}

/// A normalised value: a number, or an ISO 8601 string for dates, times and
/// durations.
///
/// ```
/// use factcheck::Value;
/// assert_eq!(Value::Number(55000.0).as_number(), Some(55000.0));
/// assert_eq!(Value::Text("2024-12".into()).as_text(), Some("2024-12"));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    /// A number: counts, money, percentages, measures, ordinals.
    Number(f64),
    /// An ISO 8601 string: `2022-02-22`, `2024-12`, `2021-09/2021-11`, `P5M`.
    Text(String),
}

impl Value {
    /// The number, if this is one.
    pub fn as_number(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            Value::Text(_) => None,
        }
    }

    /// The ISO string, if this is one.
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Value::Text(s) => Some(s),
            Value::Number(_) => None,
        }
    }
}

/// One figure found in a text.
///
/// `start` and `end` count UTF-16 code units, as JavaScript strings do, so a
/// page can highlight `text.slice(start, end)` directly; `byte_start` and
/// `byte_end` are the same span in UTF-8 bytes for Rust callers.
///
/// ```
/// let text = "Zelensky said around 55,000 soldiers have been killed.";
/// let mentions = factcheck::extract(text, &factcheck::Options::default());
/// let m = &mentions[0];
/// assert_eq!(m.text, "around 55,000");
/// assert_eq!(&text[m.byte_start..m.byte_end], m.text);
/// assert_eq!(m.kind, factcheck::Kind::Count);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Mention {
    /// The exact text of the span, qualifier and unit included.
    pub text: String,
    /// Start of the span in UTF-16 code units.
    pub start: usize,
    /// End of the span (exclusive) in UTF-16 code units.
    pub end: usize,
    /// Start of the span in UTF-8 bytes.
    #[serde(skip)]
    pub byte_start: usize,
    /// End of the span (exclusive) in UTF-8 bytes.
    #[serde(skip)]
    pub byte_end: usize,
    /// The broad type of the figure.
    pub kind: Kind,
    /// The normalised value.
    pub value: Value,
    /// Lower end of the interval the figure stands for (`None`: open).
    pub low: Option<Value>,
    /// Upper end of the interval the figure stands for (`None`: open).
    pub high: Option<Value>,
    /// Canonical unit: `km`, `mi`, `°C`, `USD`, `%`…
    pub unit: Option<String>,
    /// The qualifier, as a named kind.
    pub approx: Approx,
    /// What is counted or measured, normalised for comparison
    /// (`ukrainian soldier killed`).
    pub subject: Option<String>,
    /// Who gives the figure (`Zelensky`, `Ukraine’s interior ministry`).
    pub source: Option<String>,
    /// The time the figure refers to, ISO 8601 (`2024-12`).
    pub as_of: Option<String>,
    /// What reconciliation needs beyond the public fields.
    #[serde(skip)]
    pub(crate) detail: Detail,
}

/// The parts of a reading that reconciliation compares, kept out of the
/// public fields.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Detail {
    /// Subject, source and time.
    pub frame: crate::extract::Frame,
    /// For dates and `… ago`: first and last day.
    pub period: Option<(crate::calendar::Day, crate::calendar::Day)>,
    /// For durations: length in days.
    pub days: Option<f64>,
    /// For measures: dimension and size of the unit in the base unit.
    pub measure: Option<(&'static str, f64)>,
    /// The rounding step of the figure.
    pub step: f64,
    /// A date the text leaves open between two readings.
    pub ambiguous: bool,
    /// Byte span of the figure's sentence.
    pub sentence: (usize, usize),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_json_names() {
        for a in Approx::ALL {
            assert_eq!(
                serde_json::to_string(&a).unwrap(),
                format!("\"{}\"", a.as_str())
            );
        }
        let kinds = [
            Kind::Count,
            Kind::Money,
            Kind::Percent,
            Kind::Measure,
            Kind::Date,
            Kind::Time,
            Kind::Duration,
            Kind::Ordinal,
            Kind::Number,
        ];
        for k in kinds {
            assert_eq!(
                serde_json::to_string(&k).unwrap(),
                format!("\"{}\"", k.as_str())
            );
        }
    }
}
