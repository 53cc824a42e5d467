//! Errors as values, with messages a user can act on.

use std::fmt;

const MIB: f64 = 1024.0 * 1024.0;

/// Why a call refused its input.
///
/// ```
/// let e = factcheck::Error::BadDate("5 Feb".into());
/// assert!(e.to_string().contains("YYYY-MM-DD"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// A text (or one document) is larger than the limit.
    TooLarge {
        /// Size of the input in UTF-8 bytes.
        bytes: usize,
        /// The limit, [`crate::MAX_INPUT_BYTES`].
        limit: usize,
    },
    /// The documents of one reconciliation together are larger than the
    /// limit.
    BatchTooLarge {
        /// Size of all the documents in UTF-8 bytes.
        bytes: usize,
        /// The limit, [`crate::MAX_BATCH_BYTES`].
        limit: usize,
    },
    /// A publication date that is not `YYYY-MM-DD`.
    BadDate(String),
    /// Two documents share an id.
    DuplicateId(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::TooLarge { bytes, limit } => write!(
                f,
                "factcheck: the text is {:.1} MiB, over the {:.0} MiB limit; split it into smaller documents",
                *bytes as f64 / MIB,
                *limit as f64 / MIB
            ),
            Error::BatchTooLarge { bytes, limit } => write!(
                f,
                "factcheck: the documents together are {:.1} MiB, over the {:.0} MiB limit; reconcile them in smaller batches",
                *bytes as f64 / MIB,
                *limit as f64 / MIB
            ),
            Error::BadDate(d) => write!(
                f,
                "factcheck: the publication date {d:?} is not a date; give it as YYYY-MM-DD, e.g. 2026-02-05"
            ),
            Error::DuplicateId(id) => write!(
                f,
                "factcheck: two documents have the id {id:?}; give each document its own id"
            ),
        }
    }
}

impl std::error::Error for Error {}
