//! Splits text into tokens: words, numbers and punctuation, each with its
//! byte span and whether white space separates it from the token before.
//!
//! One pass, no backtracking: the rest of the engine works on tokens.

use crate::lexicon::{self, NUMBER_FORMAT, table::WordMap};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    /// Letters (and apostrophes inside them), or letters mixed with digits
    /// that do not read as a number (`G7`, `5G`, `MH17`).
    Word,
    /// Digits, with thousands separators and a decimal part.
    Number,
    /// One character of punctuation or a symbol.
    Punct,
    /// A URL or e-mail address: never holds a figure.
    Opaque,
}

/// One token.
#[derive(Clone, Copy, Debug)]
pub struct Token {
    /// What it is.
    pub kind: TokKind,
    /// Byte span in the text (u32: a text is at most 16 MiB, and a
    /// smaller token packs more tokens into each cache line).
    pub start: u32,
    /// End of the byte span (exclusive).
    pub end: u32,
    /// Whether white space comes between this token and the one before.
    pub space_before: bool,
    /// Whether a line break comes between this token and the one before.
    pub newline_before: bool,
    /// For numbers: the value.
    pub value: f64,
    /// For numbers: written as plain digits, no separator or decimal point.
    pub plain: bool,
    /// For numbers: how many digits before the decimal point.
    pub int_digits: u32,
    /// The token's first character (for punctuation tests).
    pub first: char,
    /// For words: where the lower-case form lies in [`Tokens::lower`];
    /// (0, 0) otherwise, which reads "".
    lower: (u32, u32),
    /// For words: the word lists the word is on ([`lexicon::mask`]).
    mask: u64,
}

impl Token {
    /// The token's byte span in the text.
    #[inline]
    pub fn span(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// A tokenised text.
pub struct Tokens<'a> {
    /// The text.
    pub text: &'a str,
    /// Its tokens, in order.
    pub toks: Vec<Token>,
    /// The text lower-cased (ASCII letters only, so every offset stays
    /// put), then the lower-case forms of the words with other characters
    /// (`Élysée`, `Russia’s`), one after another.
    lower: String,
    /// The word lists any word of the text is on: a rule for words few
    /// texts have (`Dow`, `Fire`) asks this once before reading any.
    seen: u64,
}

impl<'a> Tokens<'a> {
    /// Tokenises `text`.
    ///
    /// One pass: each word's lower-case form and word-list mask are worked
    /// out as the word is read, and kept in its token, so nothing walks the
    /// tokens a second time and a word test reads one cache line.
    pub fn new(text: &'a str) -> Tokens<'a> {
        let masks = lexicon::masks();
        let bytes = text.as_bytes();
        let mut toks = Vec::with_capacity(text.len() / 5 + 1);
        // About one byte in six is in a word that needs folding (a capital
        // or a curly apostrophe): room for that up front saves regrowing.
        // One lower-casing of the whole text serves every ASCII word (a
        // fast bulk copy): only words with other characters are folded one
        // by one, after it.
        let mut lower = String::with_capacity(text.len() + text.len() / 32);
        lower.push_str(text);
        lower.make_ascii_lowercase();
        let mut i = 0;
        let mut space = true;
        let mut newline = true;
        let mut seen = 0;
        while let Some(&b) = bytes.get(i) {
            let class = CLASS[usize::from(b)];
            // The commonest tokens, an ASCII word or a mark of ASCII
            // punctuation, are read here, each pushed where it is made; the
            // rest by `token_at`. The kind is picked by bit tests in order
            // of frequency, not by a jump table: which kind comes next is
            // as good as random to an indirect branch's predictor.
            if class & LETTER != 0 && !may_start_url(bytes, i) {
                let (len, first, second) = ascii_word(bytes, i);
                // `R9.5bn`, `RM2.4 billion`: a currency's letters split off
                // the amount, a word of their own. (Rare: out of the way.)
                if CURRENCY_FIRST[usize::from(b)]
                    && digit_in_2nd_to_4th(first, len)
                    && let Some(letters) = currency_letters(bytes, i, len)
                {
                    let mut tok =
                        Token::new(TokKind::Word, i, i + letters, space, newline, char::from(b));
                    tok.lower = (i as u32, (i + letters) as u32);
                    tok.mask = masks
                        .get_packed(first | FOLD, 0, letters)
                        .copied()
                        .unwrap_or(0);
                    seen |= tok.mask;
                    toks.push(tok);
                    (i, space, newline) = (i + letters, false, false);
                    continue;
                }
                let j = i + len;
                let after = bytes
                    .get(j)
                    .map_or(AFTER_PLAIN, |&a| AFTER_WORD[usize::from(a)]);
                let tok = if after == AFTER_PLAIN
                    || (after == AFTER_ADDRESS && no_at_sign_at(bytes, j))
                {
                    let mut tok = Token::new(TokKind::Word, i, j, space, newline, char::from(b));
                    tok.lower = (i as u32, j as u32);
                    tok.mask = masks
                        .get_packed(first | FOLD, second | FOLD, len)
                        .copied()
                        .unwrap_or(0);
                    tok
                } else {
                    let (tok, ascii) = token_at(text, i, char::from(b), space, newline);
                    with_word_form(tok, ascii, text, &mut lower, masks)
                };
                seen |= tok.mask;
                (i, space) = push_and_step(&mut toks, tok, bytes);
            } else if class == PUNCT {
                let tok = Token::new(TokKind::Punct, i, i + 1, space, newline, char::from(b));
                (i, space) = push_and_step(&mut toks, tok, bytes);
            } else if class <= BREAK {
                // White space (`SPACE` and `BREAK` are the two lowest classes).
                space = true;
                newline |= class == BREAK;
                i += 1;
                continue;
            } else {
                // Digits, a possible URL, or a character outside ASCII.
                let c = match class {
                    HIGH => match text[i..].chars().next() {
                        Some(c) => c,
                        None => break,
                    },
                    _ => char::from(b),
                };
                if c.is_whitespace() || c.is_control() {
                    space = true;
                    newline |= matches!(c, '\u{2028}' | '\u{2029}');
                    i += c.len_utf8();
                    continue;
                }
                let (tok, ascii) = token_at(text, i, c, space, newline);
                let tok = with_word_form(tok, ascii, text, &mut lower, masks);
                seen |= tok.mask;
                (i, space) = push_and_step(&mut toks, tok, bytes);
            }
            newline = false;
        }
        Tokens {
            text,
            toks,
            lower,
            seen,
        }
    }

    /// Whether any word of the text is on the word list `set`.
    #[inline]
    pub fn any(&self, set: lexicon::Set) -> bool {
        self.seen & set.bit() != 0
    }

    /// Whether the word at `i` is in the word list `set`.
    #[inline]
    pub fn has(&self, i: usize, set: lexicon::Set) -> bool {
        self.has_any(i, set.bit())
    }

    /// `lookup` of the word at `i`, asked only when the word is on the list
    /// `set` (a bit test): the value tables are hashed only for their own
    /// words.
    #[inline]
    pub fn listed<T>(
        &self,
        i: usize,
        set: lexicon::Set,
        lookup: impl FnOnce(&str) -> Option<T>,
    ) -> Option<T> {
        if self.has(i, set) {
            lookup(self.word(i))
        } else {
            None
        }
    }

    /// Whether the word at `i` is in any of the word lists whose bits
    /// ([`lexicon::Set::bit`]) are set in `sets`.
    #[inline]
    pub fn has_any(&self, i: usize, sets: u64) -> bool {
        self.toks.get(i).is_some_and(|t| t.mask & sets != 0)
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The token's text as written.
    pub fn raw(&self, i: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) => &self.text[t.span()],
            None => "",
        }
    }

    /// The word at `i`, lower-cased with apostrophes made straight; "" when
    /// `i` is not a word.
    #[inline]
    pub fn word(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) => &self.lower[t.lower.0 as usize..t.lower.1 as usize],
            None => "",
        }
    }

    /// The lower-case bytes of the word at `i` ([`Tokens::word`]), for a
    /// comparison: a byte slice, so no test of character boundaries.
    #[inline]
    fn word_bytes(&self, i: usize) -> &[u8] {
        match self.toks.get(i) {
            Some(t) => self
                .lower
                .as_bytes()
                .get(t.lower.0 as usize..t.lower.1 as usize)
                .unwrap_or_default(),
            None => &[],
        }
    }

    /// Whether token `i` is the word `w` (lower-case).
    #[inline]
    pub fn is(&self, i: usize, w: &str) -> bool {
        // (Most tests fail on the length, which a slice compares first.)
        self.word_bytes(i) == w.as_bytes()
    }

    /// Whether token `i` is one of `words`.
    // (Out of line, comparing bytes itself: inlined at its hundreds of
    // callers it made the `.wasm` 40 KB larger and `extract` in Node 6%
    // slower; `memcmp` per listed word cost more than the few bytes.)
    #[inline(never)]
    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        let word = self.word_bytes(i);
        !word.is_empty()
            && words
                .iter()
                .any(|w| w.len() == word.len() && same_bytes(word, w.as_bytes()))
    }

    /// The kind of token `i`, if there is one.
    pub fn kind(&self, i: usize) -> Option<TokKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// Whether token `i` is the punctuation `c`.
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == TokKind::Punct && t.first == c)
    }

    /// Whether token `i` is a number.
    pub fn is_number(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Number)
    }

    /// Whether token `i` follows the one before with no space between.
    pub fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before) && i > 0
    }

    /// Whether token `i` starts with an upper-case letter.
    pub fn capitalised(&self, i: usize) -> bool {
        // The token keeps its first character: no slicing or decoding.
        self.toks.get(i).is_some_and(|t| {
            t.kind == TokKind::Word
                && if t.first.is_ascii() {
                    t.first.is_ascii_uppercase()
                } else {
                    t.first.is_uppercase()
                }
        })
    }

    /// Matches the lower-case word sequence `seq` starting at token `i`;
    /// returns the index after it.
    pub fn seq(&self, i: usize, seq: &[&str]) -> Option<usize> {
        for (k, w) in seq.iter().enumerate() {
            if !self.is(i + k, w) {
                return None;
            }
        }
        Some(i + seq.len())
    }

    /// Whether a sentence ends between token `i - 1` and token `i`.
    pub fn sentence_break_before(&self, i: usize) -> bool {
        if i == 0 || i >= self.toks.len() {
            return true;
        }
        if self.toks[i].newline_before {
            return true;
        }
        let p = i - 1;
        if self.is_punct(p, '!') || self.is_punct(p, '?') {
            return true;
        }
        if self.is_punct(p, '.') && self.toks[i].space_before {
            let abbrev = p.checked_sub(1).is_some_and(|b| {
                self.kind(b) == Some(TokKind::Word)
                    && self.glued(p)
                    && ((self.has(b, lexicon::Set::Abbreviation)
                        && (self.is_number(i)
                            || !lexicon::NUMBER_ABBREVIATIONS.contains(&self.word(b))))
                        || (self.raw(b).chars().count() == 1 && self.capitalised(b)))
            });
            return !abbrev;
        }
        false
    }
}

/// Whether two words of the same length are the same, byte by byte: a
/// word is a few bytes, fewer than a call to `memcmp` costs.
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    a.iter().zip(b).all(|(x, y)| x == y)
}

/// Lower-cases a word and straightens its apostrophes.
pub fn normalise_word(w: &str) -> String {
    let mut s = String::with_capacity(w.len());
    push_normalised(&mut s, w);
    s
}

fn push_normalised(s: &mut String, w: &str) {
    if w.is_ascii() {
        let start = s.len();
        s.push_str(w);
        s[start..].make_ascii_lowercase();
        return;
    }
    for c in w.chars() {
        match c {
            '\u{2019}' | '\u{2018}' | '\u{2bc}' => s.push('\''),
            c if c.is_ascii() => s.push(c.to_ascii_lowercase()),
            c => s.extend(c.to_lowercase()),
        }
    }
}

#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    // Curly quotes and dashes, the commonest non-ASCII characters in news
    // text, are in General Punctuation, where no character is a letter:
    // skip the Unicode table for them.
    if ('\u{2000}'..='\u{206f}').contains(&c) {
        return false;
    }
    c.is_alphabetic() || c == '²' || c == '³'
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2bc}')
}

/// Suffixes that, glued to digits, are read as a unit, scale or ordinal and
/// split off (`1,000km`, `$4.5bn`, `22nd`, `1990s`, `7pm`).
fn is_number_suffix(s: &str) -> bool {
    // (`5G`, `4G` are mobile networks; grams are `500g`.)
    if s == "G" {
        return false;
    }
    let s = normalise_word(s);
    let s = s.as_str();
    if lexicon::SCALES.iter().any(|(w, _, _)| *w == s)
        || lexicon::is(lexicon::Set::OrdinalSuffix, s)
        || matches!(s, "s" | "am" | "pm" | "pc" | "p" | "h" | "bps" | "x")
        || lexicon::TIME_ABBREVIATIONS.contains(&s)
        || lexicon::currency_word(s).is_some()
    {
        return true;
    }
    lexicon::UNITS
        .iter()
        .any(|u| u.names.iter().any(|n| n.len() == 1 && n[0] == s))
}

/// The character at byte `i`, decoded with an ASCII fast path.
#[inline]
fn char_at(text: &str, bytes: &[u8], i: usize) -> Option<char> {
    match bytes.get(i) {
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => text.get(i..)?.chars().next(),
        None => None,
    }
}

/// What an ASCII byte is, for the lexer's fast path; `HIGH` for the bytes of
/// other characters, which are decoded. Letters and digits share the `ALNUM`
/// bit, so the loop over a word tests one bit a byte; letters alone have
/// `LETTER`, the lexer's first test.
const ALNUM: u8 = 0x10;
const LETTER: u8 = 0x20;
const LOWER: u8 = ALNUM | LETTER | 1;
const UPPER: u8 = ALNUM | LETTER | 2;
const DIGIT: u8 = ALNUM | 4;
const SPACE: u8 = 1;
const BREAK: u8 = 2;
const PUNCT: u8 = 3;
const HIGH: u8 = 4;

static CLASS: [u8; 256] = {
    let mut class = [HIGH; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        class[b] = match c {
            b'\n' | b'\r' => BREAK,
            b'a'..=b'z' => LOWER,
            b'A'..=b'Z' => UPPER,
            b'0'..=b'9' => DIGIT,
            _ if c.is_ascii_whitespace() || c.is_ascii_control() => SPACE,
            _ => PUNCT,
        };
        b += 1;
    }
    class
};

/// The length of the run of ASCII letters and digits that starts `b`.
///
/// Eight bytes at a time: most words end within the first eight, so a word
/// costs one load and a dozen integer operations instead of a table lookup
/// and a branch per byte (wasm runs `u64` arithmetic as fast as native).
#[inline]
fn alnum_run(b: &[u8]) -> usize {
    let mut n = 0;
    while let Some(chunk) = b.get(n..n + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let other = !alnum_bytes(u64::from_le_bytes(word)) & HIGH_BITS;
        if other != 0 {
            // Little-endian: the lowest set bit is the first other byte.
            return n + (other.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + b[n..]
        .iter()
        .take_while(|&&c| CLASS[c as usize] & ALNUM != 0)
        .count()
}

/// An ASCII word starting at `i` (letters and digits): its length, and
/// its first sixteen bytes as two little-endian words (zero past the end
/// of the text), the loads that found its end, to be packed into its
/// word-table key. Most words end within the first eight bytes.
#[inline]
fn ascii_word(bytes: &[u8], i: usize) -> (usize, u64, u64) {
    let load = |at: usize| match bytes.get(at..at + 8) {
        Some(chunk) => {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            u64::from_le_bytes(word)
        }
        None => {
            // Near the end of the text: zero bytes, which end any word.
            let rest = bytes.get(at..).unwrap_or_default();
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(word)
        }
    };
    let first = load(i);
    let other = !alnum_bytes(first) & HIGH_BITS;
    if other != 0 {
        return ((other.trailing_zeros() / 8) as usize, first, 0);
    }
    let second = load(i + 8);
    let other = !alnum_bytes(second) & HIGH_BITS;
    if other != 0 {
        return (8 + (other.trailing_zeros() / 8) as usize, first, second);
    }
    (
        16 + alnum_run(bytes.get(i + 16..).unwrap_or_default()),
        first,
        second,
    )
}

/// Set in every byte, bit 5 lower-cases an ASCII letter and leaves an
/// ASCII digit as it is (digits have it already).
const FOLD: u64 = 0x2020_2020_2020_2020;

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Bit 7 of each byte of `w` set where that byte is an ASCII letter or
/// digit. Each byte's low seven bits plus a constant stays below 0x100, so
/// no sum carries into the next byte, and bit 7 of the sum says whether the
/// byte reached a bound.
#[inline]
fn alnum_bytes(w: u64) -> u64 {
    let ascii = !w & HIGH_BITS;
    let low = w & !HIGH_BITS;
    // Letters: with bit 5 set, upper case folds onto `a`..=`z`.
    let folded = low | (0x20 * ONES);
    let letter = (folded + (0x80 - u64::from(b'a')) * ONES)
        & !(folded + (0x80 - u64::from(b'z') - 1) * ONES);
    let digit =
        (low + (0x80 - u64::from(b'0')) * ONES) & !(low + (0x80 - u64::from(b'9') - 1) * ONES);
    (letter | digit) & ascii
}

/// Pushes `tok` and steps over the plain space that follows most tokens:
/// where the next token starts looking, and whether it saw a space.
#[inline(always)]
fn push_and_step(toks: &mut Vec<Token>, tok: Token, bytes: &[u8]) -> (usize, bool) {
    toks.push(tok);
    let end = tok.end as usize;
    let space = bytes.get(end) == Some(&b' ');
    (end + usize::from(space), space)
}

/// The first letters of the currencies written before an amount
/// ([`lexicon::CURRENCY_ABBREVIATIONS`], [`lexicon::CURRENCY_LETTERS`]):
/// the one test the lexer makes of every word for them.
static CURRENCY_FIRST: [bool; 256] = {
    let mut first = [false; 256];
    let lists = [lexicon::CURRENCY_ABBREVIATIONS, lexicon::CURRENCY_LETTERS];
    let mut l = 0;
    while l < lists.len() {
        let mut e = 0;
        while e < lists[l].len() {
            first[lists[l][e].0.as_bytes()[0] as usize] = true;
            e += 1;
        }
        l += 1;
    }
    first[lexicon::FISCAL_YEAR.as_bytes()[0] as usize] = true;
    first
};

/// Whether the 2nd, 3rd or 4th byte of a word of `len` bytes, whose first
/// eight bytes are `first` (little-endian), is a digit: tested on the
/// word already loaded, as the lexer asks it of every capitalised word.
#[inline(always)]
fn digit_in_2nd_to_4th(first: u64, len: usize) -> bool {
    // Bytes 1 to 3, each xored with `0`: a digit becomes 0 to 9. Bytes past
    // the word are set to 0xff, which is none. Then a byte below 10 is
    // found as a zero byte is (the borrow sets its top bit; only a byte
    // above one found can be misread, which does not change the answer).
    let n = len.clamp(1, 4) - 1;
    let keep = (1u64 << (8 * n)) - 1;
    let x = ((first >> 8) & keep) | (!keep & 0x00ff_ffff);
    let y = x ^ 0x0030_3030;
    y.wrapping_sub(0x000a_0a0a) & !y & 0x0080_8080 != 0
}

/// How many letters of the word of `len` bytes at `i` are a currency
/// written before its amount, glued to it (`Rs500`, `RM2.4`, `R9.5bn`):
/// one of [`lexicon::CURRENCY_ABBREVIATIONS`], or of
/// [`lexicon::CURRENCY_LETTERS`] when the digits read as money (`R28.79`,
/// `N1.2 trillion`, `P500,000`, not `R101` or `N95`).
#[cold]
#[inline(never)]
fn currency_letters(bytes: &[u8], i: usize, len: usize) -> Option<usize> {
    let word = &bytes[i..i + len];
    let letters = word.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let written = std::str::from_utf8(&word[..letters]).ok()?;
    if letters == len {
        return None;
    }
    if lexicon::CURRENCY_ABBREVIATIONS
        .iter()
        .any(|(a, _)| *a == written)
    {
        return Some(letters);
    }
    // `FY26`, `FY2026`: a fiscal year, split like a currency so that the
    // year is a number of its own.
    if written == lexicon::FISCAL_YEAR {
        let digits = len - letters;
        let all_digits = word[letters..].iter().all(u8::is_ascii_digit);
        return (all_digits && matches!(digits, 2 | 4)).then_some(letters);
    }
    if !lexicon::CURRENCY_LETTERS.iter().any(|(a, _)| *a == written) {
        return None;
    }
    // Money: decimals or a thousands separator after the digits, or a
    // scale, glued (`R2bn`), the next word (`N1 trillion`) or joined by a
    // hyphen as South African papers write it (`R15-billion`); or an amount
    // per a span of time (`R370 a month`), which no road or grade is.
    let digits = word[letters..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let rest = &bytes[i + letters + digits..];
    let fraction = matches!(rest, [b'.' | b',', d, ..] if d.is_ascii_digit());
    let glued = &word[letters + digits..];
    let word_after =
        |r: &[u8]| -> usize { r.iter().take_while(|b| b.is_ascii_alphabetic()).count() };
    let next = rest
        .strip_prefix(b" ")
        .or_else(|| rest.strip_prefix(b"-"))
        .map_or(&[][..], |r| &r[..word_after(r)]);
    let scale = lexicon::SCALES.iter().any(|(w, value, glued_form)| {
        if *glued_form {
            w.as_bytes() == glued
        } else {
            *value >= 1e3 && w.as_bytes() == next
        }
    });
    let per_period = glued.is_empty()
        && matches!(next, b"a" | b"per")
        && rest
            .get(1 + next.len()..)
            .and_then(|r| r.strip_prefix(b" "))
            .is_some_and(|r| {
                let unit = &r[..word_after(r)];
                // (Not a span before or after something: `closed the N1
                // a day after the crash`.)
                let then = r[unit.len()..]
                    .strip_prefix(b" ")
                    .map(|r| &r[..word_after(r)]);
                lexicon::PER_PERIODS
                    .iter()
                    .any(|(period, _)| period.as_bytes() == unit)
                    && !then.is_some_and(|w| {
                        matches!(w, b"ago" | b"after" | b"before" | b"later" | b"earlier")
                    })
            });
    // Or an amount said to be about so much (`by about R166`): no road
    // or mask is about its number.
    let word_before = |end: usize| {
        let start = bytes[..end]
            .iter()
            .rposition(|b| !b.is_ascii_alphabetic())
            .map_or(0, |p| p + 1);
        &bytes[start..end]
    };
    let about = i > 0
        && bytes[i - 1] == b' '
        && [
            &b"about"[..],
            b"around",
            b"roughly",
            b"nearly",
            b"almost",
            b"approximately",
        ]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word_before(i - 1)));
    (fraction || scale || per_period || about).then_some(letters)
}

/// What may follow an ASCII word (see `AFTER_WORD`).
const AFTER_PLAIN: u8 = 0;
/// `@ . _ + -`: the word may be the start of an e-mail address.
const AFTER_ADDRESS: u8 = 1;
/// An apostrophe or a byte of another character: the word may go on
/// (`Russia’s`, `Élysée`), read by `token_at`.
const AFTER_MORE: u8 = 2;

static AFTER_WORD: [u8; 256] = {
    let mut after = [AFTER_PLAIN; 256];
    let mut b = 0;
    while b < 256 {
        after[b] = match b as u8 {
            b'@' | b'.' | b'_' | b'+' | b'-' => AFTER_ADDRESS,
            b'\'' | 0x80..=0xff => AFTER_MORE,
            _ => AFTER_PLAIN,
        };
        b += 1;
    }
    after
};

impl Token {
    fn new(
        kind: TokKind,
        start: usize,
        end: usize,
        space: bool,
        newline: bool,
        first: char,
    ) -> Token {
        Token {
            kind,
            start: start as u32,
            end: end as u32,
            space_before: space,
            newline_before: newline,
            value: 0.0,
            plain: false,
            int_digits: 0,
            first,
            lower: (0, 0),
            mask: 0,
        }
    }
}

/// A word's lower-case form and word-list mask, for a token `token_at`
/// read: an ASCII word's form is its own span of the lower-cased text;
/// any other word's is folded and appended after it.
fn with_word_form(
    mut tok: Token,
    ascii: bool,
    text: &str,
    lower: &mut String,
    masks: &WordMap<u64>,
) -> Token {
    if tok.kind != TokKind::Word {
        return tok;
    }
    if ascii {
        tok.lower = (tok.start, tok.end);
    } else {
        let at = lower.len();
        push_normalised(lower, &text[tok.span()]);
        tok.lower = (at as u32, lower.len() as u32);
    }
    tok.mask = masks
        .get_at(lower.as_bytes(), tok.lower.0 as usize, tok.lower.1 as usize)
        .copied()
        .unwrap_or(0);
    tok
}

/// The token that starts with character `c` at byte `i` (not white space),
/// and whether it is a word written in ASCII alone: the general reader,
/// for what the lexer's fast paths leave (numbers, URLs, e-mail
/// addresses, words with other characters).
fn token_at(text: &str, i: usize, c: char, space: bool, newline: bool) -> (Token, bool) {
    let bytes = text.as_bytes();
    let class = CLASS[usize::from(bytes[i])];
    let mut tok = Token::new(TokKind::Punct, i, i + c.len_utf8(), space, newline, c);
    let mut ascii = false;
    let url = matches!(c, 'h' | 'H' | 'w' | 'W' | 'f' | 'F') && may_start_url(bytes, i);
    if let Some(end) = url.then(|| url_end(text, i)).flatten() {
        tok.kind = TokKind::Opaque;
        tok.end = end as u32;
    } else if class == DIGIT {
        let (end, value, plain, int_digits) = scan_number(bytes, i);
        // Digits running straight into letters: a unit or scale splits
        // off; anything else (`5G`, `4K`) is a word.
        let j = scan_while(text, bytes, end, |ch| {
            is_word_char(ch) || ch.is_ascii_digit()
        });
        // More than 30 digits is no figure (and would overflow to inf).
        if (j > end && !is_number_suffix(&text[end..j])) || int_digits > 30 {
            tok.kind = TokKind::Word;
            tok.end = j as u32;
        } else {
            tok.kind = TokKind::Number;
            tok.end = end as u32;
            tok.value = value;
            tok.plain = plain;
            tok.int_digits = int_digits;
        }
    } else if class == LOWER || class == UPPER || (class == HIGH && is_word_char(c)) {
        // ASCII letters and digits first, eight bytes at a time.
        let mut j = i + alnum_run(&bytes[i..]);
        let ascii_end = j;
        // Then, only if a letter of another script or an apostrophe
        // follows, character by character.
        let more = bytes.get(j).is_some_and(|&b| b >= 0x80 || b == b'\'');
        while let Some(ch) = more.then(|| char_at(text, bytes, j)).flatten() {
            // An apostrophe belongs to the word only inside it: `Russia’s`.
            let inside = is_word_char(ch)
                || ch.is_ascii_digit()
                || (is_apostrophe(ch)
                    && char_at(text, bytes, j + ch.len_utf8()).is_some_and(is_word_char));
            if !inside {
                break;
            }
            j += ch.len_utf8();
        }
        tok.kind = TokKind::Word;
        tok.end = j as u32;
        ascii = class != HIGH && (j == ascii_end || bytes[ascii_end..j].is_ascii());
        // An e-mail address: the word runs on into `@` without a space.
        if matches!(bytes.get(j), Some(b'@' | b'.' | b'_' | b'+' | b'-'))
            && let Some(end) = email_end(text, i)
        {
            tok.kind = TokKind::Opaque;
            tok.end = end as u32;
        }
    }
    (tok, ascii && tok.kind == TokKind::Word)
}

fn scan_while(text: &str, bytes: &[u8], mut j: usize, keep: impl Fn(char) -> bool) -> usize {
    while let Some(ch) = char_at(text, bytes, j) {
        if !keep(ch) {
            break;
        }
        j += ch.len_utf8();
    }
    j
}

/// The run of non-space characters starting at `i`, with the sentence's
/// trailing punctuation left out.
fn address_run(text: &str, i: usize) -> &str {
    let rest = &text[i..];
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    rest[..end].trim_end_matches(['.', ',', ';', ':', ')', '!', '?', '"', '\'', '\u{201d}'])
}

/// Whether a URL may start at `i` (`http`, `https`, `ftp`, `www.`): two
/// bytes rule out nearly every word before the full test.
#[inline]
fn may_start_url(bytes: &[u8], i: usize) -> bool {
    // Bit 5 set folds ASCII letters to lower case; the second byte is
    // read only after a first `h`, `f` or `w`.
    let fold = |k: usize| bytes.get(k).map_or(0, |&b| b | 0x20);
    match fold(i) {
        b'h' | b'f' => fold(i + 1) == b't',
        b'w' => fold(i + 1) == b'w',
        _ => false,
    }
}

/// Where a URL starting at `i` ends, if one starts there.
fn url_end(text: &str, i: usize) -> Option<usize> {
    let head = text.as_bytes().get(i..(i + 8).min(text.len()))?;
    let starts = |p: &[u8]| head.len() >= p.len() && head[..p.len()].eq_ignore_ascii_case(p);
    if !(starts(b"http://") || starts(b"https://") || starts(b"www.") || starts(b"ftp://")) {
        return None;
    }
    Some(i + address_run(text, i).len().max(1))
}

/// Whether no `@` comes from byte `j` to the next white space (looking at
/// most as far as an address reaches): then no e-mail address can run
/// through `j`, and `email_end` of the word before it need not be asked.
#[inline]
fn no_at_sign_at(bytes: &[u8], j: usize) -> bool {
    !bytes
        .get(j..)
        .unwrap_or_default()
        .iter()
        .take(256)
        .take_while(|b| !b.is_ascii_whitespace())
        .any(|&b| b == b'@')
}

/// Where an e-mail address starting at `i` ends, if one starts there.
fn email_end(text: &str, i: usize) -> Option<usize> {
    // No `@` before the next space (or within an address's length): none.
    let run = text.as_bytes()[i..]
        .iter()
        .take(256)
        .take_while(|b| !b.is_ascii_whitespace());
    if !run.clone().any(|&b| b == b'@') {
        return None;
    }
    // An address is at most 254 bytes: a longer run without spaces
    // (`a-b-c-…`) is none, and is not scanned again for each of its words.
    let mut cap = (i + 256).min(text.len());
    while !text.is_char_boundary(cap) {
        cap -= 1;
    }
    if cap < text.len() && !text[i..cap].contains(char::is_whitespace) {
        return None;
    }
    let run = address_run(text, i);
    let at = run.find('@')?;
    let local_ok = at > 0
        && run[..at]
            .chars()
            .all(|c| c.is_alphanumeric() || "._%+-".contains(c));
    (local_ok && run[at + 1..].contains('.')).then_some(i + run.len())
}

/// Scans digits with thousands separators and a decimal part.
/// Returns (end, value, plain, integer digit count).
fn scan_number(bytes: &[u8], start: usize) -> (usize, f64, bool, u32) {
    let digit_run = |from: usize| {
        from + bytes[from..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let mut i = digit_run(start);
    let mut plain = true;
    // Thousands groups: a separator followed by exactly three digits, only
    // after a first group of one to three digits.
    if i - start <= 3 {
        while let Some(sep_len) = group_separator_at(bytes, i) {
            let g = i + sep_len;
            let three = g + 3 <= bytes.len() && bytes[g..g + 3].iter().all(u8::is_ascii_digit);
            let fourth = g + 3 < bytes.len() && bytes[g + 3].is_ascii_digit();
            if !three || fourth {
                break;
            }
            i = g + 3;
            plain = false;
        }
    }
    // The separators are not digits: the digits of the integer part are
    // the digits of its span.
    let integer = bytes[start..i].iter().filter(|b| b.is_ascii_digit());
    let int_digits = integer.clone().count() as u32;
    let mut fraction: &[u8] = &[];
    if i + 1 < bytes.len()
        && bytes[i] == NUMBER_FORMAT.decimal as u8
        && bytes[i + 1].is_ascii_digit()
    {
        let end = digit_run(i + 1);
        fraction = &bytes[i + 1..end];
        i = end;
        plain = false;
    }
    let digits = integer.chain(fraction).copied();
    // Up to 18 digits fit a u64 exactly, and the integer over a power of ten
    // is then the correctly rounded value, as parsing the text would give,
    // without building the text.
    let value = if int_digits as usize + fraction.len() <= 18 {
        let n = digits.fold(0u64, |n, d| n * 10 + u64::from(d - b'0'));
        n as f64 / 10f64.powi(fraction.len() as i32)
    } else {
        let mut text: String = digits.map(char::from).collect();
        if !fraction.is_empty() {
            text.insert(int_digits as usize, '.');
        }
        text.parse::<f64>().unwrap_or(f64::MAX)
    };
    (i, value, plain, int_digits)
}

fn group_separator_at(bytes: &[u8], i: usize) -> Option<usize> {
    // Most numbers end before an ASCII byte: that byte is the character,
    // with nothing to decode.
    match bytes.get(i) {
        None => return None,
        Some(&b) if b.is_ascii() => {
            return NUMBER_FORMAT.group.contains(&char::from(b)).then_some(1);
        }
        Some(_) => {}
    }
    // Only the next character: decoding the rest of the text here would make
    // the scan quadratic.
    let end = (i + 4).min(bytes.len());
    let head = &bytes[i..end];
    let valid = match std::str::from_utf8(head) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or(""),
    };
    let c = valid.chars().next()?;
    NUMBER_FORMAT.group.contains(&c).then_some(c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(TokKind, String)> {
        let t = Tokens::new(text);
        (0..t.len())
            .map(|i| (t.toks[i].kind, t.raw(i).to_string()))
            .collect()
    }

    #[test]
    fn numbers_keep_their_separators_and_units_split_off() {
        let k = kinds("roughly 1,000km (600-mile) and $4.5bn");
        let texts: Vec<&str> = k.iter().map(|(_, s)| s.as_str()).collect();
        assert_eq!(
            texts,
            [
                "roughly", "1,000", "km", "(", "600", "-", "mile", ")", "and", "$", "4.5", "bn"
            ]
        );
        assert_eq!(Tokens::new("55,000").toks[0].value, 55000.0);
    }

    #[test]
    fn thousands_groups_may_be_split_by_a_comma_or_a_narrow_or_no_break_space() {
        for text in [
            "55,000 people",
            "55\u{202f}000 people",
            "55\u{a0}000 people",
        ] {
            let t = Tokens::new(text);
            assert_eq!(t.toks[0].kind, TokKind::Number, "{text:?}");
            assert_eq!(t.toks[0].value, 55000.0, "{text:?}");
            assert_eq!(t.word(1), "people", "{text:?}");
        }
        // Not a group: two digits after the separator, or a plain space.
        for text in ["55,00 people", "55 000 people", "55;000 people"] {
            assert_eq!(Tokens::new(text).toks[0].value, 55.0, "{text:?}");
        }
    }

    #[test]
    fn names_with_digits_are_words() {
        assert_eq!(kinds("G7 5G MH17")[0], (TokKind::Word, "G7".into()));
        assert_eq!(kinds("5G")[0].0, TokKind::Word);
    }

    #[test]
    fn a_list_of_years_is_not_a_thousands_group() {
        let t = Tokens::new("2014,2015");
        assert_eq!(t.toks[0].value, 2014.0);
    }

    #[test]
    fn urls_are_opaque() {
        let k = kinds("see https://example.com/2024/10/5 now.");
        assert_eq!(k[1].0, TokKind::Opaque);
        assert_eq!(k[2].1, "now");
    }

    #[test]
    fn alnum_runs_match_the_byte_classes() {
        // Every byte value at every position of a 20-byte window, so each
        // lane of both eight-byte loads and the tail see every byte.
        for at in 0..20 {
            for b in 0..=255u8 {
                let mut text = [b'k'; 20];
                text[at] = b;
                let want = text
                    .iter()
                    .take_while(|&&c| c.is_ascii_alphanumeric())
                    .count();
                assert_eq!(alnum_run(&text), want, "byte {b:#x} at {at}");
            }
        }
        assert_eq!(alnum_run(b""), 0);
    }

    #[test]
    fn a_digit_in_the_2nd_to_4th_byte_is_found_as_one_byte_at_a_time_finds_it() {
        // Every byte value in each of the first five places of a word of
        // every length up to eight, the rest letters.
        for len in 1..=8 {
            for at in 0..5 {
                for b in 0..=255u8 {
                    let mut word = [b'k'; 8];
                    word[at] = b;
                    let first = u64::from_le_bytes(word);
                    let want = (1..len.min(4)).any(|n| word[n].is_ascii_digit());
                    assert_eq!(
                        digit_in_2nd_to_4th(first, len),
                        want,
                        "byte {b:#x} at {at}, length {len}"
                    );
                }
            }
        }
    }

    #[test]
    fn no_general_punctuation_is_a_letter() {
        // The fast path in `is_word_char` relies on it.
        assert!(('\u{2000}'..='\u{206f}').all(|c| !c.is_alphabetic()));
    }

    #[test]
    fn an_abbreviation_of_number_ends_a_sentence_before_a_word() {
        let breaks = |text: &str| -> Vec<String> {
            let t = Tokens::new(text);
            (1..t.len())
                .filter(|&i| t.sentence_break_before(i))
                .map(|i| t.raw(i).to_owned())
                .collect()
        };
        // `No.` before a number is `number`; before a word, the answer.
        assert_eq!(
            breaks("It lives at No. 10 Downing Street."),
            Vec::<String>::new()
        );
        assert_eq!(breaks("54.9% voted No. Turnout was 44.2%."), ["Turnout"]);
        // Other abbreviations go on before a name.
        assert_eq!(breaks("Dr. Smith said so. Mr. Jones left."), ["Mr"]);
    }

    #[test]
    fn curly_apostrophes_read_as_straight() {
        let t = Tokens::new("Russia’s");
        assert_eq!(t.word(0), "russia's");
    }

    #[test]
    fn ascii_words_end_where_the_byte_classes_say_and_pack_their_bytes() {
        // Words of every length to 20, ended by every byte value, at the
        // end of the text and inside it.
        for len in 1..=20 {
            for b in 0..=255u8 {
                let mut text = vec![b'k'; len];
                text.push(b);
                text.extend_from_slice(b"tail");
                for text in [&text[..], &text[..len]] {
                    let want = alnum_run(text);
                    let (got, first, second) = ascii_word(text, 0);
                    assert_eq!(got, want, "{len} letters then {b:#x}");
                    let mut padded = [0u8; 16];
                    let n = text.len().min(16);
                    padded[..n].copy_from_slice(&text[..n]);
                    assert_eq!(first.to_le_bytes(), padded[..8], "{len} then {b:#x}");
                    if want >= 8 {
                        assert_eq!(second.to_le_bytes(), padded[8..], "{len} then {b:#x}");
                    }
                }
            }
        }
    }

    #[test]
    fn an_at_sign_is_seen_up_to_the_next_space() {
        assert!(no_at_sign_at(b"killed. Then", 6));
        assert!(!no_at_sign_at(b"jane.doe@example.org", 4));
        assert!(no_at_sign_at(b"a-b @c", 1));
        assert!(no_at_sign_at(b"end", 3));
    }

    /// The tokens of `text` as the general reader (`token_at`) reads each
    /// one where the lexer's fast paths found it.
    fn read_generally(t: &Tokens) -> Vec<String> {
        let mut lower = t.text.to_ascii_lowercase();
        let masks = lexicon::masks();
        t.toks
            .iter()
            .map(|tok| {
                let c = t.text[tok.span()].chars().next().unwrap();
                let (g, ascii) = token_at(
                    t.text,
                    tok.start as usize,
                    c,
                    tok.space_before,
                    tok.newline_before,
                );
                let g = with_word_form(g, ascii, t.text, &mut lower, masks);
                let word = &lower[g.lower.0 as usize..g.lower.1 as usize];
                format!("{:?} {:?} {word} {}", g.kind, g.span(), g.mask)
            })
            .collect()
    }

    #[test]
    fn the_fast_paths_read_every_token_as_the_general_reader_does() {
        let mut texts: Vec<String> = [
            "Kyiv’s mayor said “about 1,200 homes” lost power — see https://kyiv.example/x or \
             write to press.office@kyiv.example. Élysée, G7, 5G, MH17: 22nd; 1990s, $4.5bn, \
             well-known, e-mail, x.y, a_b, 3+4 hyphen-ated words-with-digits2 and\ttabs\r\n",
            "WWW.EXAMPLE.COM ftp://x http://y.z www-style Hthe fth wwx",
            "",
            "a",
            "abcdefghijklmnopqrstuvwxyz0123456789 end",
        ]
        .map(String::from)
        .to_vec();
        for e in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds")).unwrap() {
            let path = e.unwrap().path();
            if path.extension().is_some_and(|x| x == "txt") {
                texts.push(std::fs::read_to_string(path).unwrap());
            }
        }
        for text in &texts {
            let t = Tokens::new(text);
            let fast: Vec<String> = (0..t.len())
                .map(|i| {
                    let tok = &t.toks[i];
                    format!("{:?} {:?} {} {}", tok.kind, tok.span(), t.word(i), tok.mask)
                })
                .collect();
            assert_eq!(fast, read_generally(&t), "{text:?}");
        }
    }
}
