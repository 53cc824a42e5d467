//! The status of a fact, from how its claims compare.

use super::Status;
use super::checks;
use super::compare::{compatible, interval, share_a_point};
use super::group::Ref;
use crate::calendar;
use crate::extract::{Session, Source, Time, Update};
use crate::lexicon;
use crate::mention::{Kind, Mention};

/// Sort rank: conflicts first.
pub fn rank(s: Status) -> u8 {
    match s {
        Status::Conflict => 0,
        Status::Disputed => 1,
        Status::Revision => 2,
        Status::Agree => 3,
        Status::Single => 4,
    }
}

/// The status of a fact made of `refs`.
/// `published` holds each document's publication day, where known.
pub fn of(refs: &[Ref], all: &[Vec<Mention>], published: &[Option<calendar::Day>]) -> Status {
    let get = |r: &Ref| &all[r.doc][r.mention];
    let docs = super::group::docs_of(refs);
    let mut worst = if docs.len() > 1 {
        Status::Agree
    } else {
        Status::Single
    };
    // A unit given in brackets converts the figure before it (`about 40
    // km (25 miles)`): that figure is what is compared, and the conversion
    // is checked against it on its own ([`checks::converts`]). (Claims are
    // in the order of the reports, so the two stand side by side.)
    let primaries: Vec<Ref>;
    let refs = if get(&refs[0]).kind == Kind::Measure {
        let converted = |i: usize| {
            let (p, r) = (&refs[i - 1], &refs[i]);
            p.doc == r.doc && p.mention + 1 == r.mention && checks::converts(get(p), get(r))
        };
        primaries = (0..refs.len())
            .filter(|&i| i == 0 || !converted(i))
            .map(|i| refs[i])
            .collect();
        &primaries[..]
    } else {
        refs
    };
    // When all share a point every pair is compatible and none need be
    // looked at, which keeps thousands of agreeing claims linear.
    if share_a_point(refs.iter().map(get)) {
        return worst;
    }
    for (i, a) in refs.iter().enumerate() {
        for b in &refs[i + 1..] {
            let (ma, mb) = (get(a), get(b));
            // One sentence giving two figures for one subject contrasts them
            // (`312 votes to 290`, `from 30 to 50`); it does not contradict itself.
            // Two named sources in one sentence still dispute each other.
            let same_sentence = a.doc == b.doc
                && ma.detail.sentence == mb.detail.sentence
                && ma.source == mb.source;
            // One report giving two rates per head compares places or
            // groups (`22 deaths per million in Sweden`, `the EU average
            // was 46 per million`); two ranks, two holders (`Real's 15th
            // title`, `Kroos won his sixth title`).
            let rates_compared =
                a.doc == b.doc && (ma.detail.frame.subject.per_head() || ma.kind == Kind::Ordinal);
            // Nor does it by two figures for a bare noun in two sentences
            // (`a plane carrying 72 people`, `searching for two people`;
            // `79 seats`, `50 seats`): those are other groups of it. Two
            // figures for one event (`40 people were killed`, later `25
            // people were killed`) do contradict each other.
            let other_groups = a.doc == b.doc && ma.detail.frame.subject.event.is_none();
            if same_sentence || rates_compared || other_groups || compatible(ma, mb) {
                continue;
            }
            let pair = pair_status(ma, mb, published[a.doc], published[b.doc]);
            if rank(pair) < rank(worst) {
                worst = pair;
                // Nothing ranks above a conflict: thousands of claims need
                // not all be paired once one is found.
                if worst == Status::Conflict {
                    return worst;
                }
            }
        }
    }
    worst
}

/// Why two claims that cannot both hold differ.
fn pair_status(
    a: &Mention,
    b: &Mention,
    date_a: Option<calendar::Day>,
    date_b: Option<calendar::Day>,
) -> Status {
    // (Whoever gives them: a toll the police gave on Saturday and the
    // agency on Sunday is one count, updated.)
    if updated(a, b, date_a, date_b) {
        return Status::Revision;
    }
    let sa = a.detail.frame.source.as_ref();
    let sb = b.detail.frame.source.as_ref();
    // (Not two bodies of the state: a ministry and the police that give
    // two tolls are no sides, and the reports are at odds. Nor a voice
    // whose body the report does not name: `Thapa` is as often the police
    // chief as anyone, `a spokesman` speaks for the body the story is about.)
    if let (Some(x), Some(y)) = (sa, sb)
        && !same_source(&x.name, &y.name)
    {
        let (nx, ny) = (x.name.to_lowercase(), y.name.to_lowercase());
        if !(state_body(&nx) && state_body(&ny)) && side_named(x, &nx) && side_named(y, &ny) {
            return Status::Disputed;
        }
    }
    // Markets move through the day: a move `in early trading` and one `by
    // midday` are two readings of it, the later an update.
    let (ta, tb) = (a.detail.frame.session, b.detail.frame.session);
    if ta != tb && [ta, tb].iter().flatten().any(|s| *s != Session::Close) {
        return Status::Revision;
    }
    Status::Conflict
}

/// Whether two claims are a running count (a toll, arrests) or extent (a
/// slick's reach along a coast) given higher for a later day, or a count of
/// those without power given for another day: an update.
/// Rates and prices are stated for a period, and a tally of a day (a crowd,
/// a vote) is made once, so they conflict.
fn updated(
    a: &Mention,
    b: &Mention,
    date_a: Option<calendar::Day>,
    date_b: Option<calendar::Day>,
) -> bool {
    // (Or a count either says runs on, whatever it counts: a total up to
    // its day, `71,000 passengers since the strike began` a day after
    // `about 42,000 … by early afternoon on Wednesday`, or a count that
    // has `risen to more than 160,000`.)
    let said_to_run =
        |m: &Mention| matches!(m.detail.frame.update, Some(Update::SoFar | Update::Risen));
    if a.kind != b.kind || !(runs_on(a) && runs_on(b) || said_to_run(a) || said_to_run(b)) {
        return false;
    }
    // (Two counts each said to have been given earlier, `the toll was
    // earlier put at 174` and `officials earlier said 125`, were given at
    // earlier moments, not one.)
    if a.detail.frame.earlier && b.detail.frame.earlier {
        return true;
    }
    // (A count said to have risen to the higher figure is the later one,
    // dated or not: `the death toll rose to 61` against another report's
    // 59.)
    let higher = match (interval(a), interval(b)) {
        (Some(x), Some(y)) if x.0 > y.1 => Some(a),
        (Some(x), Some(y)) if y.0 > x.1 => Some(b),
        _ => None,
    };
    if higher.is_some_and(|m| m.detail.frame.update == Some(Update::Risen)) {
        return true;
    }
    // (A count said to have been revised, up or down, against one that was
    // not: `revised the toll down to 275` against another report's 288.)
    let revised = |m: &Mention| m.detail.frame.update == Some(Update::Revised);
    if revised(a) != revised(b) {
        return true;
    }
    let (Some(da), Some(db)) = (day_of(a, date_a), day_of(b, date_b)) else {
        return false;
    };
    if da == db {
        return false;
    }
    // (A figure given with no time is the news of its report, which may
    // tell the day before's: `52 cattle` in a Tuesday paper is no later
    // than `46 cattle` on Monday in another Tuesday paper. Not from papers
    // of two days: `five bodies by Sunday` in a Sunday paper is earlier
    // than `six bodies` in a Monday one, and `nine deaths by midnight on
    // Monday` in a Wednesday paper a stage that paper has moved past.)
    let undated = |m: &Mention| matches!(m.detail.frame.time, Time::Current);
    if undated(a) != undated(b) && da.abs_diff(db) == 1 {
        let (dated, current, dated_paper) = if undated(a) {
            (db, da, date_b)
        } else {
            (da, db, date_a)
        };
        if dated < current && dated_paper == Some(current) {
            return false;
        }
    }
    // (Homes without power are also reconnected: their count may fall.)
    if a.detail.frame.subject.event.is_some_and(lexicon::is_lacked) {
        return true;
    }
    let (earlier, later) = if da < db { (a, b) } else { (b, a) };
    // (In the base unit, rounding allowed: `55km` against `about 40
    // kilometres`.)
    match (interval(later), interval(earlier)) {
        (Some(l), Some(e)) => l.1 >= e.0,
        _ => false,
    }
}

/// Measures of a thing or a motion, not of how far something has spread:
/// a later report's other figure for them is no update. (Not `length`: a
/// slick or a queue grows longer.)
const FIXED_MEASURES: &[&str] = &[
    "distance",
    "speed",
    "height",
    "width",
    "diameter",
    "altitude",
    "elevation",
];

/// Whether a claim is a running count or extent, which a later report may
/// give higher without contradicting an earlier one: a count of one of
/// [`lexicon::RUNNING_EVENTS`] or of people left without something, or a
/// measure (a reach, a depth of rain) with no event or such an event.
fn runs_on(m: &Mention) -> bool {
    let event = m.detail.frame.subject.event;
    let running = |e: &str| lexicon::RUNNING_EVENTS.contains(&e) || lexicon::is_lacked(e);
    match m.kind {
        Kind::Count => event.is_some_and(running),
        // (Not how far a place lies from another, how fast something went
        // or how big a thing is: those do not grow as the news comes in.)
        Kind::Measure => {
            event.is_none_or(running)
                && !m
                    .detail
                    .frame
                    .subject
                    .head
                    .as_deref()
                    .is_some_and(|h| FIXED_MEASURES.contains(&h))
        }
        _ => false,
    }
}

/// The day a claim is for: the day it states, else its report's date
/// (a figure with no stated time is the news of that day).
pub(super) fn day_of(m: &Mention, published: Option<calendar::Day>) -> Option<calendar::Day> {
    match &m.detail.frame.time {
        Time::Current => published,
        Time::Explicit(a, b, _) if a == b => Some(*a),
        // (A weekday that may be this week's or last, `on Thursday` in a
        // Thursday paper: the day it was read as.)
        Time::Explicit(_, _, iso) => calendar::parse_iso_day(iso),
        _ => None,
    }
}

/// Whether a source (lower-case, without `the`) is the state said of
/// no one in particular: `officials`, `authorities`, `local officials`,
/// `the government`. Two reports quoting such words may quote the same
/// office, so their figures are no dispute between sources.
fn unnamed_authority(source: &str) -> bool {
    let (level, body) = source.rsplit_once(' ').unwrap_or(("", source));
    (level.is_empty() || lexicon::AUTHORITY_LEVELS.contains(&level))
        && lexicon::UNNAMED_AUTHORITIES.contains(&body)
}

/// Whether a source names whom it speaks for: a body (`the union`,
/// `Agency spokesperson Halima Yusuf`), not only a person's last name
/// (`Thapa`) or a spokesperson of no one named (`a spokeswoman`).
/// (`name` is its name in lower case.)
fn side_named(source: &Source, name: &str) -> bool {
    !source.person && !body_of(name).is_empty()
}

/// The body in a source's lower-case name: what comes before its
/// spokesperson (`agency` in `agency spokesperson halima yusuf`), else
/// before any `of` (`the ministry` in `the ministry of health`), without
/// an article. Empty for `a spokesman`.
fn body_of(name: &str) -> &str {
    let mut at = 0;
    let mut spokesperson = None;
    for w in name.split(' ') {
        if lexicon::SPOKESPEOPLE.contains(&w) {
            spokesperson = Some(at);
            break;
        }
        at += w.len() + 1;
    }
    let body = match spokesperson {
        Some(at) => &name[..at],
        None => name.split(" of ").next().unwrap_or(name),
    };
    ["a ", "an ", "the "]
        .iter()
        .find_map(|a| body.strip_prefix(a))
        .unwrap_or(body)
        .trim()
}

/// Whether a source is a body of the state: its name ends (before any
/// `of`, or its spokesperson) with a word of [`lexicon::STATE_BODIES`] or
/// [`lexicon::UNNAMED_AUTHORITIES`], and no word of it puts it on a side
/// ([`lexicon::SIDE_WORDS`]): `the Ministry of Health`, `Police`, `police
/// spokesperson Josephine Adeh`; not `union officials`. (`name` is in
/// lower case.)
fn state_body(name: &str) -> bool {
    let body = body_of(name);
    body.rsplit(' ').next().is_some_and(|head| {
        lexicon::STATE_BODIES.contains(&head) || lexicon::UNNAMED_AUTHORITIES.contains(&head)
    }) && !name
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| lexicon::SIDE_WORDS.contains(&w))
}

/// Whether two source names name one source: `the ONS` and `the Office for
/// National Statistics`, `Officials` and `officials`, `officials` and
/// `the authorities`.
pub fn same_source(a: &str, b: &str) -> bool {
    let bare = |s: &str| {
        s.trim_start_matches("the ")
            .trim_start_matches("The ")
            .to_lowercase()
    };
    let (a, b) = (bare(a), bare(b));
    let acronym = |s: &str| -> String {
        s.split_whitespace()
            .filter(|w| !lexicon::NAME_LINKS.contains(w) && *w != "the")
            .filter_map(|w| w.chars().next())
            .collect()
    };
    // (A bare word for what the other names: `the agency` and `the
    // Mississippi Emergency Management Agency`, `police` and `state police`
    // or `the District Police Office`.)
    let named_by = |word: &str, name: &str| {
        !word.contains(' ')
            && name.contains(' ')
            && (name.rsplit(' ').next() == Some(word)
                || (word.len() >= 4 && name.split(' ').any(|w| w == word)))
    };
    a == b
        || (unnamed_authority(&a) && unnamed_authority(&b))
        || (a.len() >= 2 && !a.contains(' ') && acronym(&b) == a)
        || (b.len() >= 2 && !b.contains(' ') && acronym(&a) == b)
        || named_by(&a, &b)
        || named_by(&b, &a)
}
