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
/// (outside the BMP) is two: so the length is the byte count, less the
/// continuation bytes (`10xxxxxx`), plus the four-byte lead bytes
/// (`11110xxx`). Both are counted eight bytes at a time with bit tricks on a
/// `u64`, which wasm runs as fast as native code (no SIMD needed).
pub fn utf16_len(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let chunks = bytes.chunks_exact(8);
    let rest = chunks.remainder();
    let mut len = bytes.len();
    for chunk in chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        if x & HIGH == 0 {
            continue; // all ASCII
        }
        // Bit 7 of each byte, set where the byte's top bits are `10`.
        let continuation = x & !(x << 1) & HIGH;
        // Set where the top four bits are `1111`.
        let four = x & (x << 1) & (x << 2) & (x << 3) & HIGH;
        len = len + four.count_ones() as usize - continuation.count_ones() as usize;
    }
    for &b in rest {
        len = len + usize::from(b >= 0xF0) - usize::from(b & 0xC0 == 0x80);
    }
    len
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

    #[test]
    fn utf16_len_agrees_with_the_standard_library() {
        let samples = [
            "",
            "plain ascii text, longer than eight bytes",
            "’55 — “quoted” 😀😀 ünïcödé 中文 text",
            "😀",
            "a😀b😀c😀d😀e😀f😀g😀h😀",
            "ééééééééééééééééé",
        ];
        for s in samples {
            assert_eq!(utf16_len(s.as_bytes()), s.encode_utf16().count(), "{s:?}");
            // Every prefix that ends on a character boundary.
            for (b, _) in s.char_indices() {
                let p = &s[..b];
                assert_eq!(utf16_len(p.as_bytes()), p.encode_utf16().count(), "{p:?}");
            }
        }
    }
}
