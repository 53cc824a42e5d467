//! Figures read borrowed from a [`Scan`]: the public fields of a
//! [`Mention`](crate::Mention) without building one. Only the wasm binding
//! reads figures this way (and the tests, which hold them to the mentions
//! built from the same scan), so only those builds compile this module.

use super::frame::Subject;
use super::{Found, Frame, Placed, Scan, as_of, place};
use crate::mention::{Approx, Kind, Value};
use crate::text::Utf16Cursor;

/// One figure of a [`Scan`], borrowed.
pub(crate) struct Figure<'a> {
    /// The text of the span.
    text: &'a str,
    placed: Placed,
    found: &'a Found,
    frame: &'a Frame,
}

impl<'a> Figure<'a> {
    /// The text of the span.
    pub fn text(&self) -> &'a str {
        self.text
    }
    /// The span in UTF-16 units.
    pub fn utf16(&self) -> (usize, usize) {
        self.placed.utf16
    }
    pub fn kind(&self) -> Kind {
        self.placed.kind
    }
    pub fn value(&self) -> &'a Value {
        &self.found.value
    }
    pub fn low(&self) -> Option<&'a Value> {
        self.found.low.as_ref()
    }
    pub fn high(&self) -> Option<&'a Value> {
        self.found.high.as_ref()
    }
    pub fn unit(&self) -> Option<&'static str> {
        self.found.unit
    }
    pub fn approx(&self) -> Approx {
        self.found.approx
    }
    /// What is counted (its readable form: [`Subject::write_to`]).
    pub fn subject(&self) -> &'a Subject {
        &self.frame.subject
    }
    pub fn source(&self) -> Option<&'a str> {
        self.frame.source.as_ref().map(|s| &*s.name)
    }
    pub fn as_of(&self) -> Option<&'a str> {
        as_of(self.frame)
    }
}

impl<'a> Scan<'a> {
    /// The figures in text order, borrowed.
    pub fn figures(&self) -> impl ExactSizeIterator<Item = Figure<'_>> {
        let text = self.t.text;
        let mut cursor = Utf16Cursor::new(text);
        self.found
            .iter()
            .zip(&self.frames)
            .map(move |(found, frame)| {
                let placed = place(&self.t, &mut cursor, found, frame);
                Figure {
                    text: &text[placed.bytes.0..placed.bytes.1],
                    placed,
                    found,
                    frame,
                }
            })
    }
}
