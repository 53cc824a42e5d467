//! Finds the publication date a text states, in the forms news pages and
//! wire copy put it in:
//!
//! - a line that starts with the date: `date 2026-02-05`, a dateline
//!   `Feb 11, 2026: …`, `Wednesday 17 May 2023`, `May 17, 2023 at 10:05 a.m.`;
//! - a line that starts with a word that announces it: `Published: Feb 5,
//!   2026 07:45 pm`, `Last updated on 17 May 2023`, `Updated 3:45 PM EDT,
//!   May 17, 2023`;
//! - in the lines before the story (its headline, standfirst and byline):
//!   a byline `By Maria Rossi, 17 May 2023`, a wire dateline `LONDON, May
//!   17, 2023 (Reuters) -`, or a date standing as a field of a short line
//!   `Maria Rossi | Reuters | 17 May 2023`.
//!
//! Only a whole day counts (a month or a year says too little to resolve
//! `Tuesday` against), and the first line that states one wins.

use super::date;
use crate::calendar::Day;
use crate::lexer::{TokKind, Tokens};
use crate::lexicon;
use crate::mention::Kind;

/// Words that announce the publication date at the start of a line.
const TRIGGERS: &[&str] = &[
    "date",
    "dated",
    "published",
    "updated",
    "posted",
    "filed",
    "first",
    "last",
    "originally",
];

/// How many lines (not counting blank ones) can come before the story: a
/// headline, a standfirst, a byline, a date line, a caption.
const HEADER_LINES: usize = 6;

/// A header line this long (in tokens) is prose, not a byline or a date line.
const SHORT_LINE: usize = 24;

/// How far after an announcing word the date may come (`Updated 3:45 PM
/// EDT, May 17, 2023`, `Updated 6:05 p.m. EDT Monday, Oct. 13, 2025`: a
/// time, a zone and a weekday before it).
const TRIGGER_REACH: usize = 12;

/// The publication date, if the text states one, and the tokens of the
/// line that states it: a date on that line is when the report came out.
/// (The tests below list the forms read and the look-alikes left alone.)
pub(crate) fn detect_line(t: &Tokens) -> Option<(Day, std::ops::Range<usize>)> {
    let mut line = 0;
    let mut i = 0;
    while i < t.len() {
        let end = line_end(t, i);
        line += 1;
        if let Some(day) = stated_on_line(t, i, end, line) {
            return Some((day, i..end));
        }
        i = end;
    }
    None
}

/// The index after the last token of the line that starts at `i`.
fn line_end(t: &Tokens, i: usize) -> usize {
    let mut k = i + 1;
    while k < t.len() && !t.toks[k].newline_before {
        k += 1;
    }
    k
}

/// The publication date stated on the line `start..end`, the `line`-th of the text.
fn stated_on_line(t: &Tokens, start: usize, end: usize, line: usize) -> Option<Day> {
    let header = line <= HEADER_LINES;
    let short = end - start <= SHORT_LINE;

    // Announced: `Published: …`, `Last updated on …`; before the story,
    // also as a field of a byline (`By Dana Whitcomb, staff writer |
    // Updated 6:05 p.m. EDT Monday, Oct. 13, 2025`), where the reach after
    // the word bounds the date however long the line.
    if let Some(day) = announced_day(t, start, end, header && short) {
        return Some(day);
    }
    if header {
        let fields = (start..end).filter(|&k| is_field_separator(t, k));
        for k in fields {
            if let Some(day) = announced_day(t, k + 1, end, true) {
                return Some(day);
            }
        }
    }

    // A line that starts with the date (after a weekday): the date is the
    // line, or a dateline ending in `:`, `-` or `—` (and, before the story,
    // a field, `17 May 2023 | 4 min read`, or a wire dateline without its
    // place, `March 14, 2023 (Reuters) -`).
    // (Or after the time: `05:48 AM October 20, 2026`.)
    let k = match date::recognise(t, start, None) {
        Some(f) if f.kind == Kind::Time && f.period.is_none() => f.end,
        _ => after_weekday(t, start),
    };
    if let Some((day, _, after)) = day_at(t, k)
        && (after >= end
            || ends_dateline(t, after)
            || (header
                && (is_separator(t, after)
                    || t.is_punct(after, '(')
                    // (A known zone may have more after it on the line:
                    // `May 7, 2026 3:05 PM GMT Updated 9 mins ago`.)
                    || (is_zone(t, after)
                        && (after + 1 >= end || date::zone_at(t, after))))))
    {
        return Some(day);
    }

    // A wire dateline: `LONDON, May 17, 2023 (Reuters) -`. Before the story
    // only, but the story's first paragraph may follow on the same line, so
    // a long line counts when the dateline ends in its agency or a dash.
    if header
        && let Some(k) = after_place(t, start, end, |k| day_at(t, k).is_some())
        && let Some((day, _, after)) = day_at(t, k)
        && ((short && after >= end) || ends_dateline(t, after) || t.is_punct(after, '('))
    {
        return Some(day);
    }

    if !(header && short) {
        return None;
    }
    // A byline: `By Maria Rossi, 17 May 2023`.
    if t.is(start, "by")
        && t.capitalised(start)
        && t.capitalised(start + 1)
        && let Some((day, _, _)) = first_day(t, start + 2, end, end)
    {
        return Some(day);
    }
    // A field of a short line after the headline: `Maria Rossi | Reuters |
    // 17 May 2023`; with a weekday or the place before the date and the
    // time after it, `TNN | Mar 17, 2026, 06.18 AM IST`, `Hannah Ellwood
    // in Delhi | Wed 27 May 2026 17.40 BST`, `Express News Service |
    // Shimla, August 4, 2026`. (On the first line only between bars or
    // slashes, a masthead's `The Awadh Chronicle | Lucknow edition | April
    // 23, 2026`: a headline can name a day after a comma, `Remembering the
    // victims, 11 September 2001`.)
    let separated = if line > 1 {
        is_separator
    } else {
        is_field_separator
    };
    let mut k = start + 1;
    while let Some((day, from, after)) = first_day(t, k, end, end) {
        let opens = field_opening(t, from);
        if opens > start
            && separated(t, opens - 1)
            && (after >= end || separated(t, after) || time_to_end(t, after, end))
        {
            return Some(day);
        }
        k = after;
    }
    None
}

/// The day an announcing word at `start` states (`Published: …`, `Last
/// updated on …`): right after it, or, where `reach` allows, within a few
/// tokens of it (`Updated 3:45 PM EDT, May 17, 2023`).
fn announced_day(t: &Tokens, start: usize, end: usize, reach: bool) -> Option<Day> {
    // (`On 22 February 2022, …` opens a paragraph of the story: `on` and
    // `:` only follow an announcing word.)
    let mut k = start;
    let mut announced = false;
    while k < end && k < start + 4 {
        if t.is_any(k, TRIGGERS) {
            announced = true;
        } else if !(announced && (t.is(k, "on") || t.is_punct(k, ':'))) {
            break;
        }
        k += 1;
    }
    if !announced {
        return None;
    }
    if let Some((day, _, _)) = day_at(t, k) {
        return Some(day);
    }
    if reach {
        return first_day(t, k, (k + TRIGGER_REACH).min(end), end).map(|(day, _, _)| day);
    }
    None
}

/// Where the field of a date that starts at `from` opens: before the
/// weekday and the place that may come first (`Wed 27 May 2026`, `Wed.,
/// May 27, 2026`, `Shimla, August 4, 2026`).
fn field_opening(t: &Tokens, from: usize) -> usize {
    let mut b = from;
    let weekday = |k: usize| {
        date::weekday_at(t, k).is_some()
            || (t.capitalised(k) && lexicon::WEEKDAY_ABBREVIATIONS.contains(&t.word(k)))
    };
    if b >= 2 && t.is_punct(b - 1, ',') && weekday(b - 2) {
        b -= 2;
    } else if b >= 1 && weekday(b - 1) {
        b -= 1;
    }
    if b >= 3 && t.is_punct(b - 1, ',') && t.capitalised(b - 2) && is_separator(t, b - 3) {
        b -= 2;
    }
    b
}

/// Whether the rest of a line from `k` is the time of day a date line
/// gives after its date (`, 06.18 AM IST`, ` - 6:00am`, ` 17.40 BST`).
/// (Or its zone only, when the date was read with its time: `Mar 13,
/// 2026, 10:42 IST`.)
fn time_to_end(t: &Tokens, k: usize, end: usize) -> bool {
    // (Or a place's time, or the local time: `11:45 Bishkek time`, `07:15
    // local time`.)
    let place_time = |k: usize| {
        k + 2 <= end
            && end - k <= 3
            && t.is(end - 1, "time")
            && (k..end - 1)
                .all(|j| t.kind(j) == Some(TokKind::Word) && (t.capitalised(j) || t.is(j, "local")))
    };
    let zone_to_end = |k: usize| (is_zone(t, k) && k + 1 >= end) || place_time(k);
    let k = if is_separator(t, k) { k + 1 } else { k };
    zone_to_end(k)
        || date::recognise(t, k, None)
            .is_some_and(|f| f.kind == Kind::Time && (f.end >= end || zone_to_end(f.end)))
}

/// Where the date of a dateline starts, after the place that opens it
/// (`LONDON,`, `New York,`, `BOLOGNA, Italy,`, `ROLLING FORK, Miss.,`,
/// `WASHINGTON, D.C.,`): one or two runs of capitalised words, each ended
/// by a comma, where a short word may end with the point of an
/// abbreviation.
fn after_place(
    t: &Tokens,
    start: usize,
    end: usize,
    date_at: impl Fn(usize) -> bool,
) -> Option<usize> {
    let mut k = start;
    for _ in 0..2 {
        let from = k;
        let abbreviation_point = |k: usize| {
            k > from && t.is_punct(k, '.') && t.capitalised(k - 1) && t.word(k - 1).len() <= 5
        };
        while k < end && k < from + 6 && (t.capitalised(k) || abbreviation_point(k)) {
            k += 1;
        }
        if k == from || !t.is_punct(k, ',') {
            return None;
        }
        k += 1;
        if date_at(k) {
            return Some(k);
        }
    }
    None
}

/// The month and day of a wire dateline that gives no year (`BENGHAZI,
/// Sept 12 (Reuters) -`, `MADRID, Nov 14 (AP) -`), in the lines before the
/// story: wire copy leaves the year to the page it runs on.
pub fn wire_month_day(t: &Tokens) -> Option<(u32, u32)> {
    let yearless = |k: usize| -> Option<(u32, u32, usize)> {
        let f = date::recognise(t, k, None)?;
        let crate::mention::Value::Text(iso) = &f.value else {
            return None;
        };
        // `--MM-DD`: a month and a day, no year.
        let (m, d) = iso.strip_prefix("--")?.split_once('-')?;
        Some((m.parse().ok()?, d.parse().ok()?, f.end))
    };
    let mut i = 0;
    for _ in 0..HEADER_LINES {
        if i >= t.len() {
            break;
        }
        let end = line_end(t, i);
        if let Some(k) = after_place(t, i, end, |k| yearless(k).is_some())
            && let Some((m, d, after)) = yearless(k)
            && (ends_dateline(t, after) || t.is_punct(after, '('))
        {
            return Some((m, d));
        }
        i = end;
    }
    None
}

/// A whole day read at `i`: the day, and where its phrase starts and ends.
fn day_at(t: &Tokens, i: usize) -> Option<(Day, usize, usize)> {
    let f = date::recognise(t, i, None)?;
    // A date with its time of day (`May 17, 2023 at 10:05`) is a time.
    if !matches!(f.kind, Kind::Date | Kind::Time) {
        return None;
    }
    match f.period {
        Some((a, b)) if a == b => Some((a, f.start, f.end)),
        _ => None,
    }
}

/// The first whole day that starts in `from..starts_before` and ends by `end`.
fn first_day(
    t: &Tokens,
    from: usize,
    starts_before: usize,
    end: usize,
) -> Option<(Day, usize, usize)> {
    let mut k = from;
    while k < starts_before {
        if let Some(found) = day_at(t, k)
            && found.2 <= end
        {
            return Some(found);
        }
        k += 1;
    }
    None
}

/// The index after a weekday that opens a line (`Wednesday`, `Wed.,`), or `i`.
fn after_weekday(t: &Tokens, i: usize) -> usize {
    let abbreviated = t.capitalised(i) && lexicon::WEEKDAY_ABBREVIATIONS.contains(&t.word(i));
    if date::weekday_at(t, i).is_none() && !abbreviated {
        return i;
    }
    let mut k = i + 1;
    if t.is_punct(k, '.') && t.glued(k) {
        k += 1;
    }
    if t.is_punct(k, ',') {
        k += 1;
    }
    k
}

/// Whether token `i` looks like a time zone after a time: `EDT`, `BST`, `UTC`.
fn is_zone(t: &Tokens, i: usize) -> bool {
    let raw = t.raw(i);
    t.kind(i) == Some(TokKind::Word)
        && (2..=5).contains(&raw.len())
        && raw.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether the punctuation at `i` ends a dateline: `Feb 11, 2026: …`.
pub(super) fn ends_dateline(t: &Tokens, i: usize) -> bool {
    t.is_punct(i, ':')
        || t.is_punct(i, '\u{2014}')
        || t.is_punct(i, '\u{2013}')
        || t.is_punct(i, '-')
}

/// Whether token `i` is a bar, a slash or a dot that separates the fields
/// of a byline (`Maria Rossi | Reuters | Updated 17 May 2023`, `Sanjana
/// Iyer / TNN / Mar 13, 2026`); not a comma or a dash, which sentences
/// have too.
fn is_field_separator(t: &Tokens, i: usize) -> bool {
    ['|', '/', '\u{00b7}', '\u{2022}']
        .into_iter()
        .any(|c| t.is_punct(i, c))
}

/// Whether token `i` separates the fields of a byline or date line.
fn is_separator(t: &Tokens, i: usize) -> bool {
    ends_dateline(t, i)
        || [',', '|', '\u{00b7}', '\u{2022}', '/']
            .into_iter()
            .any(|c| t.is_punct(i, c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar;

    fn detected(text: &str) -> Option<String> {
        detect_line(&Tokens::new(text)).map(|(day, _)| calendar::iso_day(day))
    }

    #[test]
    fn a_wire_dateline_without_a_year_gives_its_month_and_day() {
        let read = |text: &str| wire_month_day(&Tokens::new(text));
        assert_eq!(
            read(
                "Rail workers strike\n\nLONDON, June 21 (Reuters) - Around 40,000 rail workers walked out."
            ),
            Some((6, 21))
        );
        assert_eq!(
            read("Oil spill\n\nMADRID, Nov 14 (AP) - Crude oil washed up."),
            Some((11, 14))
        );
        // After a state's abbreviation.
        assert_eq!(
            read("Tornado\n\nROLLING FORK, Miss., March 25 (Reuters) - A tornado struck."),
            Some((3, 25))
        );
        assert_eq!(
            read("Tornado\n\nWASHINGTON, D.C., March 25 (Reuters) - Storms struck."),
            Some((3, 25))
        );
        // Not a day in the story, nor a dateline with its year
        // (`detect_line` reads that one).
        assert_eq!(read("Floods\n\nOn June 21 the rivers rose."), None);
        assert_eq!(
            read("Floods\n\nLONDON, May 17, 2023 (Reuters) - Rivers rose."),
            None
        );
    }

    const BODY: &str = "\n\nAt least 14 people died on Tuesday, officials said on Wednesday after the rivers burst their banks across the region.";

    #[test]
    fn a_date_stated_in_the_usual_places_is_the_publication_date() {
        for header in [
            "date 2023-05-17",
            "Published: May 17, 2023 07:45 pm",
            "Published 17 May 2023",
            "Last updated on 17 May 2023 at 09:15",
            "First published on Wed 17 May 2023 10.05 BST",
            "Updated: 3:45 PM EDT, May 17, 2023",
            "May 17, 2023: Floods hit the north.",
            "May 17, 2023 at 10:05 a.m. EDT",
            "Wednesday 17 May 2023",
            "Wed, May 17, 2023",
            // A British paper's time, with a point, and a zone.
            "Wed 17 May 2023 10.05 BST",
            // A known zone, and more on the line after it.
            "May 17, 2023 3:05 PM GMT Updated 9 mins ago",
            "Floods in the north\nBy Maria Rossi, 17 May 2023",
            "Floods in the north\nBy Maria Rossi | May 17, 2023 | 4 min read",
            "Floods in the north\nMaria Rossi, Reuters, 17 May 2023",
            // A field announced after a bar, however long the line.
            "Floods in the north\nBy Maria Rossi and John Smith, Northern Courier senior staff writers | Updated 6:05 p.m. EDT Wednesday, May 17, 2023",
            // A masthead's fields, between bars on the first line.
            "The Awadh Chronicle | Lucknow edition | May 17, 2023",
            "Sanjana Iyer / TNN / May 17, 2023, 10:42 IST",
            // A field with a weekday or a place before and a time after.
            "TNN | May 17, 2023, 06.18 AM IST",
            // A place's time, or the local time.
            "Floods in the north\nAla-Too Broadcasting News | 17 May 2023, 11:45 Bishkek time",
            "Floods in the north\nRadio Emilia | 17 May 2023, 07:15 local time",
            "Floods in the north\nRachel Okafor in Rome | Wed 17 May 2023 18.30 GMT",
            "Floods in the north\nExpress News Service | Bologna, May 17, 2023",
            "Floods in the north\nBy our correspondent in Rome | 17 May 2023 - 6:00am",
            // A time before the date.
            "05:48 AM May 17, 2023",
            "Floods in the north\nLONDON, May 17, 2023 (Reuters) - Rivers burst their banks.",
            "Floods in the north\nNew York, May 17, 2023 \u{2014} Rivers burst their banks.",
            "Floods in the north\nJACKSON, Miss., May 17, 2023 (Reuters) - Rivers burst their banks.",
            // The story's first paragraph after the dateline, on its line.
            "Floods in the north\n\nBOLOGNA, Italy, May 17, 2023 (Reuters) - Rivers burst their banks across the Emilia-Romagna region on Tuesday, killing at least 14 people and forcing more than 10,000 from their homes, officials said.",
        ] {
            assert_eq!(
                detected(&format!("{header}{BODY}")).as_deref(),
                Some("2023-05-17"),
                "{header:?}"
            );
        }
    }

    #[test]
    fn dates_in_the_story_are_not_the_publication_date() {
        for text in [
            // A full date inside a sentence of the story.
            "Floods in the north\n\nThe river burst its banks on 17 May 2023, officials said, and 14 people died.",
            // A headline that names a day.
            "Remembering the victims, 11 September 2001\n\nFamilies gathered on Tuesday.",
            // A month or a year is not a day to resolve `Tuesday` against.
            "Published May 2023\n\nThe river burst its banks on Tuesday.",
            // A line of the story with a bar is no header.
            "Line one\nLine two\nLine three\nLine four\nLine five\nLine six\nLine seven\nScores | Updated 17 May 2023",
            // A byline deep in the text is a quote, not the header.
            "Line one\nLine two\nLine three\nLine four\nLine five\nLine six\nLine seven\nBy John Smith, 17 May 2023",
            // A paragraph of the story that opens with a date.
            "Floods in the north\n\nOn 22 February 2022, the river burst its banks.",
            // A dateline without a year.
            "BOLOGNA, May 17 (Reuters) - Rivers burst their banks.",
        ] {
            assert_eq!(detected(text), None, "{text:?}");
        }
    }

    #[test]
    fn the_first_line_that_states_a_day_wins() {
        let text = "Published 17 May 2023\nUpdated 18 May 2023\n\nText.";
        assert_eq!(detected(text).as_deref(), Some("2023-05-17"));
    }
}
