//! A read-only map from short words to values, made for the one question
//! the engine asks of nearly every token: is this word on a list?
//!
//! Every listed word is at most [`MAX_WORD`] bytes, so a word packs into two
//! machine words (zero-padded: no word holds a NUL byte). The pair is both
//! the hash input and the key, so a lookup is a multiply, a shift and one or
//! two comparisons of integers: no byte-by-byte hashing and no `memcmp`.
//! Measured on the 1 MB benchmark corpus, this took the word-list lookups
//! from about 90 to about 30 instructions per token.

/// The longest word the table holds, in bytes.
pub const MAX_WORD: usize = 16;

/// A word of at most [`MAX_WORD`] bytes, packed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Key(u64, u64);

impl Key {
    /// `None` for the empty word and for words too long to be listed.
    #[inline]
    fn of(b: &[u8]) -> Option<Key> {
        match b.len() {
            0 => None,
            1..=8 => Some(Key(load(b), 0)),
            9..=MAX_WORD => Some(Key(load(&b[..8]), load(&b[8..]))),
            _ => None,
        }
    }

    #[inline]
    fn hash(self) -> u64 {
        // Fibonacci hashing of the two halves mixed: the top bits pick the slot.
        (self.0 ^ self.1.rotate_left(31)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }
}

/// Up to eight bytes as a little-endian integer, zero-padded, without a
/// call to `memcpy`: two loads that may overlap put each byte in its place
/// (an overlapping byte lands where it already is).
#[inline]
fn load(b: &[u8]) -> u64 {
    let n = b.len();
    let at = |i: usize| u64::from(b[i]) << (8 * i);
    match n {
        0 => 0,
        1..=3 => at(0) | at(n / 2) | at(n - 1),
        _ => {
            let word = |i: usize| {
                let mut w = [0u8; 4];
                w.copy_from_slice(&b[i..i + 4]);
                u64::from(u32::from_le_bytes(w)) << (8 * i)
            };
            word(0) | word(n - 4)
        }
    }
}

/// A map from listed words to values, built once (see the tests below for
/// its behaviour).
///
/// The entries are stored densely, in build order, and found through an
/// open-addressing index of 16-bit entry numbers. The index is what every
/// lookup touches (16 KB for the word-list masks, so it stays in the L1
/// cache), and most misses end there; only a hit, or a rare collision,
/// reads an entry. Slots of key and value side by side made a 256 KB table
/// whose lines a lookup of a rare word had to fetch from further away.
pub struct WordMap<V> {
    entries: Vec<(Key, V)>,
    index: Vec<u16>,
    shift: u32,
}

/// An index slot with no entry.
const FREE: u16 = u16::MAX;

impl<V> WordMap<V> {
    /// Builds the map; a word listed twice gets `merge(old, new)`.
    ///
    /// Words longer than [`MAX_WORD`] cannot be looked up, so they are a
    /// mistake in a word list: debug builds stop on them.
    pub fn build(
        entries: impl IntoIterator<Item = (&'static str, V)>,
        mut merge: impl FnMut(V, V) -> V,
    ) -> WordMap<V> {
        let listed: Vec<(Key, V)> = entries
            .into_iter()
            .filter_map(|(w, v)| {
                debug_assert!(
                    Key::of(w.as_bytes()).is_some(),
                    "word list entry {w:?} cannot be a key"
                );
                Some((Key::of(w.as_bytes())?, v))
            })
            .collect();
        assert!(
            listed.len() < usize::from(FREE),
            "a word table holds fewer than {FREE} words"
        );
        // At most a quarter full: most misses end at the first probe (at half
        // full, linear probing averaged 2.3 probes on news text).
        let bits = (listed.len() * 4)
            .next_power_of_two()
            .max(16)
            .trailing_zeros();
        let mut map: WordMap<()> = WordMap {
            entries: Vec::with_capacity(listed.len()),
            index: vec![FREE; 1usize << bits],
            shift: 64 - bits,
        };
        // Values move through `pending` so that a merge can own both.
        let mut pending: Vec<Option<V>> = Vec::with_capacity(listed.len());
        for (key, v) in listed {
            match map.probe(key) {
                Ok(e) => {
                    let old = pending[e].take().expect("each entry holds a value");
                    pending[e] = Some(merge(old, v));
                }
                Err(slot) => {
                    map.index[slot] = map.entries.len() as u16;
                    map.entries.push((key, ()));
                    pending.push(Some(v));
                }
            }
        }
        WordMap {
            entries: map
                .entries
                .into_iter()
                .zip(pending)
                .map(|((key, ()), v)| (key, v.expect("each entry holds a value")))
                .collect(),
            index: map.index,
            shift: map.shift,
        }
    }

    /// The value of `word`, if it is in the map.
    #[inline]
    pub fn get(&self, word: &str) -> Option<&V> {
        self.get_bytes(word.as_bytes())
    }

    /// The value of the word whose bytes are `word`, packed byte by byte
    /// (what `get` and `get_at` near the end of its buffer fall back to).
    #[inline]
    fn get_bytes(&self, word: &[u8]) -> Option<&V> {
        let e = self.probe(Key::of(word)?).ok()?;
        Some(&self.entries[e].1)
    }

    /// The value of the word `buf[start..end]`, read straight from `buf`
    /// (the lexer's lower-cased copy of the text): one eight-byte load per
    /// half of the key, the bytes past the word masked off, instead of the
    /// byte-by-byte packing of [`WordMap::get`]. Near the end of `buf`
    /// it falls back to that.
    #[inline]
    pub fn get_at(&self, buf: &[u8], start: usize, end: usize) -> Option<&V> {
        let n = end.checked_sub(start)?;
        // The first `k` bytes (1 <= k <= 8) of a little-endian word.
        let keep = |k: usize| u64::MAX >> (64 - 8 * k);
        let word = |at: usize| {
            let b: [u8; 8] = buf.get(at..at + 8)?.try_into().ok()?;
            Some(u64::from_le_bytes(b))
        };
        let key = match n {
            1..=8 => word(start).map(|a| Key(a & keep(n), 0)),
            9..=MAX_WORD => word(start)
                .zip(word(start + 8))
                .map(|(a, b)| Key(a, b & keep(n - 8))),
            _ => return None,
        };
        match key {
            Some(key) => self.probe(key).ok().map(|e| &self.entries[e].1),
            None => self.get_bytes(buf.get(start..end)?),
        }
    }

    /// The value of the word of `len` bytes whose first sixteen bytes,
    /// read as two little-endian words, are `first` and `second`, already
    /// lower-cased: the lexer packs an ASCII word into the same two loads
    /// it finds the word's end with, so no byte is read twice. Bytes past
    /// the word are masked off here.
    #[inline]
    pub fn get_packed(&self, first: u64, second: u64, len: usize) -> Option<&V> {
        // The first `k` bytes (1 <= k <= 8) of a little-endian word.
        let keep = |k: usize| u64::MAX >> (64 - 8 * k);
        let key = match len {
            1..=8 => Key(first & keep(len), 0),
            9..=MAX_WORD => Key(first, second & keep(len - 8)),
            _ => return None,
        };
        self.probe(key).ok().map(|e| &self.entries[e].1)
    }

    /// The entry holding `key`, or the free index slot where it would go.
    #[inline]
    fn probe(&self, key: Key) -> Result<usize, usize> {
        let mask = self.index.len() - 1;
        let mut i = (key.hash() >> self.shift) as usize;
        loop {
            let e = self.index[i & mask];
            if e == FREE {
                return Err(i & mask);
            }
            if self.entries[usize::from(e)].0 == key {
                return Ok(usize::from(e));
            }
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_listed_words_and_nothing_else() {
        let m = WordMap::build(
            [
                ("march", 3u32),
                ("may", 5),
                ("a", 1),
                ("sixteen-letters!", 16),
            ],
            |a, b| a + b,
        );
        assert_eq!(m.get("march"), Some(&3));
        assert_eq!(m.get("may"), Some(&5));
        assert_eq!(m.get("a"), Some(&1));
        assert_eq!(m.get("sixteen-letters!"), Some(&16));
        for miss in [
            "",
            "m",
            "ma",
            "marc",
            "marchx",
            "seventeen-letters",
            "sixteen-letters?",
        ] {
            assert_eq!(m.get(miss), None, "{miss:?}");
        }
    }

    #[test]
    fn packing_is_zero_padded_little_endian() {
        for n in 0..=8 {
            let b: Vec<u8> = (1..=n as u8).collect();
            let mut padded = [0u8; 8];
            padded[..n].copy_from_slice(&b);
            assert_eq!(load(&b), u64::from_le_bytes(padded), "{n} bytes");
        }
    }

    #[test]
    fn a_word_read_in_place_is_the_word_alone() {
        let m = WordMap::build([("may", 5u32), ("international", 13)], |a, b| a + b);
        let buf = b"in may, the international may-day maybe international";
        let at = |w: &str, from: usize| {
            let s = from + std::str::from_utf8(&buf[from..]).unwrap().find(w).unwrap();
            (s, s + w.len())
        };
        // Followed by other bytes within the same eight-byte load.
        let (s, e) = at("may", 0);
        assert_eq!(m.get_at(buf, s, e), Some(&5));
        let (s, e) = at("international", 0);
        assert_eq!(m.get_at(buf, s, e), Some(&13));
        // A prefix of a longer word is looked up as itself.
        let (s, _) = at("maybe", 0);
        assert_eq!(m.get_at(buf, s, s + 3), Some(&5));
        assert_eq!(m.get_at(buf, s, s + 5), None);
        // At the end of the buffer, where no eight-byte load fits.
        let (s, e) = at("international", 40);
        assert_eq!(e, buf.len());
        assert_eq!(m.get_at(buf, s, e), Some(&13));
        assert_eq!(m.get_at(buf, buf.len() - 2, buf.len()), None);
        // Empty, too long, or out of bounds: nothing.
        assert_eq!(m.get_at(buf, 3, 3), None);
        assert_eq!(m.get_at(buf, 0, 17), None);
        assert_eq!(m.get_at(buf, buf.len(), buf.len() + 3), None);
    }

    #[test]
    fn a_word_packed_by_the_lexer_is_found_as_by_its_spelling() {
        let m = WordMap::build([("may", 5u32), ("international", 13)], |a, b| a | b);
        let packed = |w: &[u8], tail: &[u8]| {
            let mut b = [0u8; 16];
            let bytes: Vec<u8> = w.iter().chain(tail).copied().collect();
            let n = bytes.len().min(16);
            b[..n].copy_from_slice(&bytes[..n]);
            let (first, second) = b.split_at(8);
            m.get_packed(
                u64::from_le_bytes(first.try_into().unwrap()),
                u64::from_le_bytes(second.try_into().unwrap()),
                w.len(),
            )
        };
        // Bytes past the word are masked off.
        assert_eq!(packed(b"may", b" day, in may"), Some(&5));
        assert_eq!(packed(b"international", b" aid"), Some(&13));
        assert_eq!(packed(b"maybe", b""), None);
        assert_eq!(packed(b"", b"may"), None);
        assert_eq!(packed(b"seventeen-letters", b""), None);
    }

    #[test]
    fn a_word_listed_twice_is_merged() {
        let m = WordMap::build([("two", 1u64), ("two", 4)], |a, b| a | b);
        assert_eq!(m.get("two"), Some(&5));
    }

    #[test]
    fn a_full_range_of_words_all_resolve() {
        let words: Vec<&'static str> = (0..5000)
            .map(|n| &*Box::leak(format!("w{n}").into_boxed_str()))
            .collect();
        let m = WordMap::build(words.iter().enumerate().map(|(i, w)| (*w, i)), |a, _| a);
        for (i, w) in words.iter().enumerate() {
            assert_eq!(m.get(w), Some(&i));
        }
        assert_eq!(m.get("w5000"), None);
    }
}
