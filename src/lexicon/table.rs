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

    /// Never a key: the slot is free.
    const EMPTY: Key = Key(0, 0);

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
pub struct WordMap<V> {
    /// Keys with their values side by side: a probe reads one cache line.
    slots: Vec<(Key, Option<V>)>,
    shift: u32,
}

impl<V> WordMap<V> {
    /// Builds the map; a word listed twice gets `merge(old, new)`.
    ///
    /// Words longer than [`MAX_WORD`] cannot be looked up, so they are a
    /// mistake in a word list: debug builds stop on them.
    pub fn build(
        entries: impl IntoIterator<Item = (&'static str, V)>,
        mut merge: impl FnMut(V, V) -> V,
    ) -> WordMap<V> {
        let entries: Vec<(Key, V)> = entries
            .into_iter()
            .filter_map(|(w, v)| {
                debug_assert!(
                    Key::of(w.as_bytes()).is_some(),
                    "word list entry {w:?} cannot be a key"
                );
                Some((Key::of(w.as_bytes())?, v))
            })
            .collect();
        // At most a quarter full: most misses end at the first probe (at half
        // full, linear probing averaged 2.3 probes on news text).
        let bits = (entries.len() * 4)
            .next_power_of_two()
            .max(16)
            .trailing_zeros();
        let mut map = WordMap {
            slots: (0..1usize << bits).map(|_| (Key::EMPTY, None)).collect(),
            shift: 64 - bits,
        };
        for (key, v) in entries {
            let at = map.slot(key);
            let slot = &mut map.slots[at];
            slot.0 = key;
            slot.1 = Some(match slot.1.take() {
                Some(old) => merge(old, v),
                None => v,
            });
        }
        map
    }

    /// The slot that holds `key`, or the free slot where it would go.
    #[inline]
    fn slot(&self, key: Key) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = (key.hash() >> self.shift) as usize;
        loop {
            let k = self.slots[i & mask].0;
            if k == key || k == Key::EMPTY {
                return i & mask;
            }
            i += 1;
        }
    }

    /// The value of `word`, if it is in the map.
    #[inline]
    pub fn get(&self, word: &str) -> Option<&V> {
        self.get_bytes(word.as_bytes())
    }

    /// The value of the word whose bytes are `word` (the lexer's path: a
    /// byte slice needs no check that it falls between characters).
    #[inline]
    pub fn get_bytes(&self, word: &[u8]) -> Option<&V> {
        let key = Key::of(word)?;
        // The probe loop of `slot`, returning the value from the slot it
        // reads (no second index into the table).
        let mask = self.slots.len() - 1;
        let mut i = (key.hash() >> self.shift) as usize;
        loop {
            let (k, v) = &self.slots[i & mask];
            if *k == key {
                return v.as_ref();
            }
            if *k == Key::EMPTY {
                return None;
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
