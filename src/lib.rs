//! # factcheck
//!
//! Finds every figure in news articles (counts, money, percentages, measures,
//! dates, durations), works out what each one is about, who gives it and as
//! of when, and lines up the figures that different reports give for the
//! same fact, so that their disagreements show.
//!
//! Data flows one way: text → [`Mention`]s → claims → [`Fact`]s → [`Report`].
//! The core is plain Rust; only the `wasm` module knows about the browser.
//!
//! ```
//! use factcheck::{extract, Options, Kind};
//! let mentions = extract("More than 70,000 people are missing.", &Options::default());
//! assert_eq!(mentions[0].text, "More than 70,000");
//! assert_eq!(mentions[0].kind, Kind::Count);
//! ```

mod calendar;
mod error;
mod extract;
mod lexer;
mod lexicon;
mod mention;
mod reconcile;
mod text;

pub use error::Error;
pub use mention::{Approx, Kind, Mention, Value};
pub use reconcile::{Check, Claim, Document, DocumentResult, Fact, Report, Status};

#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;

use serde::Deserialize;

/// The largest text one call accepts, in UTF-8 bytes (16 MiB): one text to
/// [`extract`], one document to [`reconcile`]. Larger input is refused with
/// [`Error::TooLarge`] rather than freezing a browser tab.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// The most text one [`reconcile`] call accepts over all its documents, in
/// UTF-8 bytes (64 MiB: about 15,000 news articles, and about 400 MB of
/// memory at the engine's peak of six times its input). More is refused with
/// [`Error::BatchTooLarge`].
pub const MAX_BATCH_BYTES: usize = 64 * 1024 * 1024;

/// Settings for [`extract`] and [`reconcile`].
///
/// ```
/// let options = factcheck::Options { date: Some("2026-02-05".into()) };
/// assert_eq!(options.date.as_deref(), Some("2026-02-05"));
/// ```
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct Options {
    /// Publication date (`YYYY-MM-DD`) that relative dates are resolved
    /// against. When absent, the date is looked for in the text.
    pub date: Option<String>,
}

/// Finds every figure in `text`.
///
/// Input over [`MAX_INPUT_BYTES`] or a malformed `options.date` yields no
/// mentions here; use [`try_extract`] to get the reason.
///
/// ```
/// let m = factcheck::extract("It cost $4.5bn.", &factcheck::Options::default());
/// assert_eq!(m[0].unit.as_deref(), Some("USD"));
/// ```
pub fn extract(text: &str, options: &Options) -> Vec<Mention> {
    try_extract(text, options).unwrap_or_default()
}

/// Like [`extract`], but says why it refuses input.
///
/// ```
/// let bad = factcheck::Options { date: Some("5 Feb".into()) };
/// assert!(factcheck::try_extract("10 people", &bad).is_err());
/// ```
pub fn try_extract(text: &str, options: &Options) -> Result<Vec<Mention>, Error> {
    scan(text, options).map(extract::Scan::into_mentions)
}

/// The figures of `text`, found and framed but not yet built into
/// [`Mention`]s (the wasm binding writes them to JS straight from here).
pub(crate) fn scan<'a>(text: &'a str, options: &Options) -> Result<extract::Scan<'a>, Error> {
    check_size(text.len())?;
    extract::scan(text, options)
}

/// Reconciles several reports of the same event into a [`Report`].
///
/// ```
/// use factcheck::{reconcile, Document, Options};
/// let docs = [
///     Document::new("a", "Officials said 314 prisoners were exchanged."),
///     Document::new("b", "Witkoff said 314 prisoners were swapped."),
/// ];
/// let report = reconcile(&docs, &Options::default());
/// assert_eq!(report.documents.len(), 2);
/// ```
pub fn reconcile(documents: &[Document], options: &Options) -> Report {
    try_reconcile(documents, options).unwrap_or_default()
}

/// Like [`reconcile`], but says why it refuses input.
pub fn try_reconcile(documents: &[Document], options: &Options) -> Result<Report, Error> {
    let total: usize = documents.iter().map(|d| d.text.len()).sum();
    if total > MAX_BATCH_BYTES {
        return Err(Error::BatchTooLarge {
            bytes: total,
            limit: MAX_BATCH_BYTES,
        });
    }
    for d in documents {
        check_size(d.text.len())?;
    }
    reconcile::run(documents, options)
}

fn check_size(bytes: usize) -> Result<(), Error> {
    if bytes > MAX_INPUT_BYTES {
        return Err(Error::TooLarge {
            bytes,
            limit: MAX_INPUT_BYTES,
        });
    }
    Ok(())
}
