//! Offsets in UTF-16 code units, the unit JavaScript strings index by.

/// Converts ascending byte offsets of one text to UTF-16 offsets in a single
/// forward pass: `’55` has its `5` at byte 3 and at UTF-16 unit 1.
pub struct Utf16Cursor<'a> {
    text: &'a str,
    byte: usize,
    unit: usize,
}

impl<'a> Utf16Cursor<'a> {
    /// A cursor at the start of `text`.
    pub fn new(text: &'a str) -> Utf16Cursor<'a> {
        Utf16Cursor {
            text,
            byte: 0,
            unit: 0,
        }
    }

    /// The UTF-16 offset of byte offset `b` (a char boundary). Offsets
    /// smaller than the last one asked restart from the beginning.
    pub fn utf16_at(&mut self, b: usize) -> usize {
        if b < self.byte {
            self.byte = 0;
            self.unit = 0;
        }
        let b = b.min(self.text.len());
        self.unit += utf16_len(&self.text.as_bytes()[self.byte..b]);
        self.byte = b;
        self.unit
    }
}

/// The length in UTF-16 units of whole characters in UTF-8 `bytes`.
///
/// Every byte that starts a character is one unit, and a four-byte character
/// (outside the BMP) is two: counted on bytes, no decoding. The counts are
/// summed in `u8` over chunks short enough not to overflow, which the
/// compiler turns into SIMD (a `usize` sum stayed scalar: 9 instructions a
/// byte).
fn utf16_len(bytes: &[u8]) -> usize {
    bytes
        .chunks(127)
        .map(|chunk| {
            chunk.iter().fold(0u8, |n, &x| {
                n + u8::from((x as i8) >= -0x40) + u8::from(x >= 0xF0)
            })
        })
        .map(usize::from)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_utf16_units() {
        let s = "a’b😀c";
        let mut c = Utf16Cursor::new(s);
        assert_eq!(c.utf16_at(1), 1);
        assert_eq!(c.utf16_at(4), 2);
        assert_eq!(c.utf16_at(5), 3);
        assert_eq!(c.utf16_at(9), 5);
        assert_eq!(c.utf16_at(0), 0);
    }
}
