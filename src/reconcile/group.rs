//! Groups claims into facts: blocking by kind and subject keeps the work
//! near-linear; within a block, claims split by the time they refer to.

use rustc_hash::FxHashMap;
use std::hash::BuildHasher;

use super::compare;
use crate::calendar::Day;
use crate::extract::Time;
use crate::lexicon as lx;
use crate::mention::{Approx, Kind, Mention};

/// A claim before it becomes public: which document, which mention.
#[derive(Clone, Copy, Debug)]
pub struct Ref {
    pub doc: usize,
    pub mention: usize,
}

impl Ref {
    /// The key that puts claims in the order of the reports and of their
    /// text. (One function for every sort of claims: each closure passed to
    /// a sort is compiled into a sort of its own, which the `.wasm` pays
    /// for. No two claims of a fact are one mention, so an unstable sort
    /// gives the one order.)
    pub fn text_order(r: &Ref) -> (usize, usize) {
        (r.doc, r.mention)
    }
}

/// How many days before publication still count as the current news.
const RECENT_DAYS: Day = 7;

/// A period to date at least this long (`this year`, `since January`)
/// gives a running total, not one day's count.
const MONTH_DAYS: Day = 28;

/// The longest period to date that is still the news of the moment (`so
/// far this year`, `since January`); one over years (`since 2019`) is a
/// total of its own.
const YEAR_TO_DATE_DAYS: Day = 400;

/// The key claims must share to be about the same thing. It borrows from the
/// mention, so blocking allocates nothing per claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Key<'m> {
    pub kind: Kind,
    /// What the kind is measured in: the currency of money, the unit of a
    /// percentage (`%` or `pp`), the dimension of a measure; "" otherwise.
    pub unit: &'m str,
    pub event: Option<&'static str>,
    pub head: Option<&'m str>,
    pub nationality: Option<&'static str>,
    /// A projection, compared with projections only.
    pub projected: bool,
    /// The period a rate is given per (`year`), if any.
    pub per: Option<&'static str>,
    /// Who holds what is counted (`progressive alliance`), if said.
    pub holder: Option<&'m str>,
    /// A part of a group named elsewhere (`499 of the cases`).
    pub part: bool,
}

/// Whether `m` is an amount of money in brackets that converts the one
/// before it into another currency.
fn money_conversion(m: &Mention) -> bool {
    m.kind == Kind::Money && m.detail.frame.conversion
}

/// Whether mention `i` of `ms` is a conversion in brackets that reads as
/// the figure it converts (`35 kilometres (22 miles)`): the same figure,
/// given once.
fn converts_alike(ms: &[Mention], i: usize) -> bool {
    ms[i].detail.frame.conversion
        && i > 0
        && reading(&ms[i]).is_some_and(|(k, _)| reading(&ms[i - 1]).is_some_and(|(j, _)| j == k))
}

/// Whether `head` is what an incident word names ([`crate::lexicon::INCIDENTS`]).
fn is_incident(head: &str) -> bool {
    crate::lexicon::INCIDENTS
        .iter()
        .any(|&(_, what)| what == head)
}

/// The block a mention falls in, or `None` when it says too little to be
/// compared (a bare number, a date that only times another figure).
pub fn key_of(m: &Mention) -> Option<Key<'_>> {
    let frame = &m.detail.frame;
    let s = &frame.subject;
    // (Nor one of another incident than the story's, nor an amount's
    // conversion into another currency, `A$867,400 ($583,000)`: the rate
    // is the outlet's, and a bare `$` may be the story's own dollar.)
    if s.is_empty() || frame.absorbed || frame.elsewhere || money_conversion(m) {
        return None;
    }
    let unit = match m.kind {
        Kind::Count | Kind::Date | Kind::Ordinal => "",
        Kind::Money | Kind::Percent => m.unit.as_deref().unwrap_or(""),
        Kind::Measure => m.detail.measure.map_or("", |(d, _)| d),
        // `four years ago` is checked against dates, not grouped.
        Kind::Duration if m.detail.period.is_some() => return None,
        Kind::Duration => "",
        // A time of day is compared only as the time of an incident (`The
        // blast happened at 6:48 a.m.`): a time that times a figure (`up
        // 3% by 1500 GMT`) is when it was so, and another report's may be
        // another moment.
        Kind::Time if s.event.is_none() && s.head.as_deref().is_some_and(is_incident) => "",
        Kind::Time | Kind::Number => return None,
    };
    // A date near a counted event (`killed on Wednesday`) times a figure or
    // an interview; only one-off events (`began`, `suspended`) make date facts.
    if matches!(m.kind, Kind::Date | Kind::Duration)
        && s.event.is_some_and(|e| lx::COUNTED_EVENTS.contains(&e))
    {
        return None;
    }
    // Dates and durations are about an event; what is counted matters less.
    // A rate is what it measures, whichever way it moved (`inflation fell
    // to 3.2%`, `inflation eased to 3.1%`, `raised interest rates to 4%`).
    let moved = |e: &str| crate::lexicon::is_change(e) || e == "raised";
    let (event, head) = match m.kind {
        Kind::Duration if s.event.is_some() => (s.event, None),
        Kind::Percent if s.head.is_some() && s.event.is_none_or(moved) => (None, s.head.as_deref()),
        _ => (s.event, s.head.as_deref()),
    };
    if event.is_none() && head.is_none() {
        return None;
    }
    // `two people`, `six people` with nothing said of them: too little to
    // tell which people (the two pulled from the water are not the six
    // presumed dead).
    if event.is_none() && head == Some("person") && s.nationality.is_none() && s.holder.is_none() {
        return None;
    }
    // `the 13th straight year`, `the second quarter`: a rank among spans of
    // time says which one, not of what (one report's 13th year of decline
    // and another's 17th year of more deaths than births).
    if m.kind == Kind::Ordinal
        && event.is_none()
        && head.is_some_and(|h| {
            matches!(h, "time" | "quarter" | "half") || crate::lexicon::time_unit(h).is_some()
        })
    {
        return None;
    }
    // A company's share price names the company before it (`Narmada
    // Petrochem's shares`, `Shares of Narmada Petrochem`): the company
    // holds it, as a place holds a count, so that `the company's shares`
    // of another report can join it.
    let (holder, head) = match (s.holder.as_deref(), head) {
        (None, Some(h)) => match h.strip_suffix(lx::SHARE_PRICE) {
            Some(owner) if owner.ends_with(' ') => (Some(owner.trim_end()), Some(lx::SHARE_PRICE)),
            _ => (None, head),
        },
        (holder, _) => (holder, head),
    };
    Some(Key {
        kind: m.kind,
        unit,
        event,
        head,
        nationality: s.nationality,
        projected: s.projected,
        per: s.per,
        holder,
        part: s.part,
    })
}

/// The time slot of a claim inside its block.
#[derive(Clone, Debug)]
enum Slot {
    Current,
    Explicit(f64, f64),
    /// Where changes started, with no stated time (`up from 20,000`).
    Earlier,
}

/// Splits blocks into facts: lists of claims.
/// `published` holds each document's publication day, where known.
pub fn group(mentions: &[Vec<Mention>], published: &[Option<Day>]) -> Vec<Vec<Ref>> {
    let mut blocks: FxHashMap<Key, Vec<Ref>> = FxHashMap::default();
    let mut order: Vec<Key> = Vec::new();
    // Figures of no fact (too little is said of them to key one) that may
    // still join the same figure of another report (`join_same_figures`).
    let mut unkeyed: Vec<Ref> = Vec::new();
    for (d, ms) in mentions.iter().enumerate() {
        for (i, m) in ms.iter().enumerate() {
            let r = Ref { doc: d, mention: i };
            if let Some(k) = key_of(m) {
                let e = blocks.entry(k).or_default();
                if e.is_empty() {
                    order.push(k);
                }
                e.push(r);
            } else if (!m.detail.frame.absorbed
                || (m.kind == Kind::Date && !m.detail.frame.deadline))
                && !converts_alike(ms, i)
            {
                // (A day that says when a count holds is that count's as-of,
                // and may still be the day of the story: `killed on
                // Tuesday`, `died on Tuesday`; not `had died by Tuesday`.
                // A figure of another incident may still meet the same
                // incident's in another report: `join_same_figures`.)
                unkeyed.push(r);
            }
        }
    }
    unplaced(&mut blocks, &mut order, mentions);
    bare_dollars(&mut blocks, &mut order, mentions);
    unevented(&mut blocks, &mut order, mentions);
    unheaded(&mut blocks, &mut order);
    let mut facts = Vec::new();
    for k in order {
        let refs = &blocks[&k];
        if k.kind == Kind::Ordinal {
            facts.extend(split_named_apart(refs, mentions));
            continue;
        }
        if k.kind == Kind::Date {
            facts.extend(split_days(refs, mentions));
            continue;
        }
        if k.kind == Kind::Duration {
            facts.push(refs.clone());
            continue;
        }
        if k.kind == Kind::Count && k.event.is_none() {
            for group in split_groups(refs, mentions) {
                facts.extend(split_by_time(&group, mentions, published));
            }
            continue;
        }
        if k.kind == Kind::Percent {
            // (Only values of one moment: `closed down 6.4% on Thursday`
            // and `slipped another 2.1% on Friday` are one share price.)
            for fact in split_by_time(refs, mentions, published) {
                if gives_two_figures(&fact, mentions) {
                    facts.extend(split_named_apart(&fact, mentions));
                } else {
                    facts.extend(split_by_day(&fact, mentions));
                }
            }
            continue;
        }
        facts.extend(split_by_time(refs, mentions, published));
    }
    let facts = free_distinctive_figures(facts, mentions);
    let facts = split_shared_figures(facts, mentions);
    let facts = join_same_figures(facts, &unkeyed, mentions, published);
    let facts = join_times_of_day(facts, &unkeyed, mentions);
    let facts = join_misprints(facts, &unkeyed, mentions);
    attach_repeats(facts, &unkeyed, mentions)
}

/// Whether each mention (by report, then mention) is a claim of one of
/// `facts`.
fn in_facts(facts: &[Vec<Ref>], mentions: &[Vec<Mention>]) -> Vec<Vec<bool>> {
    let mut claimed: Vec<Vec<bool>> = mentions.iter().map(|ms| vec![false; ms.len()]).collect();
    for r in facts.iter().flatten() {
        claimed[r.doc][r.mention] = true;
    }
    claimed
}

/// A figure said of nothing that its report also gives in a fact two or
/// more reports share is that figure given again: `began a two-day strike`
/// and later `is due to last 48 hours`. It joins that fact when it is the
/// only one of its report's with that reading. Not a number under ten, a
/// day or a time, which a story gives for many things.
fn attach_repeats(
    mut facts: Vec<Vec<Ref>>,
    unkeyed: &[Ref],
    mentions: &[Vec<Mention>],
) -> Vec<Vec<Ref>> {
    let in_facts = in_facts(&facts, mentions);
    // The facts of two or more reports, by each report's readings in them.
    let mut shared: FxHashMap<(usize, Reading<'_>), Option<usize>> = FxHashMap::default();
    for (i, refs) in facts.iter().enumerate() {
        if refs.iter().all(|r| r.doc == refs[0].doc) {
            continue;
        }
        for r in refs {
            if let Some((key, _)) = reading(get(mentions, r)) {
                let at = shared.entry((r.doc, key)).or_insert(Some(i));
                if *at != Some(i) {
                    *at = None;
                }
            }
        }
    }
    for r in unkeyed.iter().filter(|r| !in_facts[r.doc][r.mention]) {
        let m = get(mentions, r);
        if !subject(&m).is_empty()
            || matches!(m.kind, Kind::Date | Kind::Time)
            || any_under_ten(&[m])
        {
            continue;
        }
        // (The same figure, not one that rounds alike: `258.1GW` is not
        // `nearly 263 gigawatts`.)
        let same = |c: &Ref| {
            let o = get(mentions, c);
            c.doc == r.doc
                && (o.kind != Kind::Money || o.unit == m.unit)
                && base_size(o)
                    .zip(base_size(m))
                    .is_some_and(|(x, y)| (x - y).abs() <= x.max(y) * 1e-3)
        };
        if let Some((key, _)) = reading(m)
            && let Some(&Some(i)) = shared.get(&(r.doc, key))
            && facts[i].iter().any(same)
        {
            facts[i].push(*r);
            facts[i].sort_unstable_by_key(Ref::text_order);
        }
    }
    facts
}

/// The digits of a figure as written (`1,842.40` is `184240`, `2:21:09`
/// `22109`), four bits each, the first lowest, with their count above
/// them; at least three and at most twelve.
fn digits_of(m: &Mention) -> Option<Digits> {
    let mut packed = 0u64;
    let mut n = 0;
    for b in m.text.bytes().filter(u8::is_ascii_digit) {
        if n == 12 {
            return None;
        }
        packed |= u64::from(b - b'0') << (4 * n);
        n += 1;
    }
    (n >= 3).then_some(Digits(packed | (n << 48)))
}

/// A figure's digits ([`digits_of`]).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Digits(u64);

impl Digits {
    fn len(self) -> u64 {
        self.0 >> 48
    }
    fn at(self, k: u64) -> u64 {
        (self.0 >> (4 * k)) & 0xF
    }
    /// The digits with the one at `k` hidden (a nibble no digit has).
    fn masked(self, k: u64) -> Digits {
        Digits(self.0 | (0xF << (4 * k)))
    }
    /// The digits with those at `k` and `k + 1` swapped.
    fn swapped(self, k: u64) -> Digits {
        let (a, b) = (self.at(k), self.at(k + 1));
        let cleared = self.0 & !(0xFF << (4 * k));
        Digits(cleared | (b << (4 * k)) | (a << (4 * (k + 1))))
    }
}

/// Joins, as one figure two reports disagree on, figures no coincidence
/// would repeat that each report gives alone and whose digits differ as a
/// slip of the keyboard makes them differ: two neighbours swapped
/// (`Rs 1,842.40` and `1,824.40 rupees`, `P38.6 million` and `83.6m
/// pesos`) or one digit changed (`2:21:09` and `2:21:19`). They must be of
/// one kind and unit, of one size to a factor of two when a digit changed,
/// and say nothing of what they are that tells them apart. Looked up by
/// digits, so linear.
fn join_misprints(
    mut facts: Vec<Vec<Ref>>,
    unkeyed: &[Ref],
    mentions: &[Vec<Mention>],
) -> Vec<Vec<Ref>> {
    let in_facts = in_facts(&facts, mentions);
    // Candidates: a fact of one claim, or a figure of no fact; a figure as
    // written, or about so much (a bound, `at least 1,150`, is no slip for
    // `at least 1,450`).
    let mut candidates: Vec<(Option<usize>, Ref, Digits)> = Vec::new();
    let singles = facts
        .iter()
        .enumerate()
        .filter(|(_, refs)| refs.len() == 1)
        .map(|(i, refs)| (Some(i), refs[0]));
    let loose = unkeyed
        .iter()
        .filter(|r| !in_facts[r.doc][r.mention])
        .map(|r| (None, *r));
    for (fact, r) in singles.chain(loose) {
        let m = get(mentions, &r);
        if matches!(m.approx, Approx::Exact | Approx::About)
            && reading(m).is_some_and(|(_, chance)| chance == Chance::Never)
            && let Some(d) = digits_of(m)
        {
            candidates.push((fact, r, d));
        }
    }
    // Each candidate under its digits, and under each of its digits
    // hidden (a changed digit).
    let mut exact: FxHashMap<Digits, Vec<usize>> = FxHashMap::default();
    let mut masked: FxHashMap<Digits, Vec<usize>> = FxHashMap::default();
    for (c, &(_, _, d)) in candidates.iter().enumerate() {
        exact.entry(d).or_default().push(c);
        for k in 0..d.len() {
            masked.entry(d.masked(k)).or_default().push(c);
        }
    }
    // (Of one size to a factor of two for a changed digit; two leading
    // digits swapped may change it more: `P38.6 million`, `83.6m pesos`.
    // And whose they are said alike: the join makes a conflict, and a
    // figure said of no holder may be another's, as a national turnout
    // beside `Donegal's`.)
    let alike = |a: &Mention, b: &Mention, factor: f64| {
        a.kind == b.kind
            && a.unit == b.unit
            && base_size(a)
                .zip(base_size(b))
                .is_some_and(|(x, y)| x.max(y) / x.min(y) < factor)
            && agree_on_all_said(&[a, b], true, Holders::SaidAlike)
    };
    // (A slip is between two figures: digits many figures share are no
    // slip, and looking past a few keeps a pasted table linear.)
    const FEW: usize = 4;
    fn few(list: Option<&Vec<usize>>) -> &[usize] {
        list.filter(|l| l.len() <= FEW).map_or(&[], |l| &l[..])
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (c, &(_, r, d)) in candidates.iter().enumerate() {
        // (With the factor of sizes each kind of slip allows.)
        let mut near: Vec<(usize, f64)> = Vec::new();
        for k in 0..d.len() - 1 {
            if d.at(k) != d.at(k + 1) {
                near.extend(few(exact.get(&d.swapped(k))).iter().map(|&o| (o, 10.0)));
            }
        }
        for k in 0..d.len() {
            near.extend(
                few(masked.get(&d.masked(k)))
                    .iter()
                    .filter(|&&o| candidates[o].2 != d)
                    .map(|&o| (o, 2.0)),
            );
        }
        // (Nor a figure the other report gives exactly as well: there it
        // is that figure, and its near one another: `€16.9bn` and
        // `€18.9bn` in one report, `16.9 billion euros` in the other.)
        let gives_exactly = |c: usize, doc: usize| {
            exact[&candidates[c].2]
                .iter()
                .any(|&x| candidates[x].1.doc == doc)
        };
        for (o, factor) in near {
            let other = candidates[o].1;
            if o > c
                && other.doc != r.doc
                && alike(get(mentions, &r), get(mentions, &other), factor)
                && !gives_exactly(c, other.doc)
                && !gives_exactly(o, r.doc)
            {
                pairs.push((c, o));
            }
        }
    }
    // (Only a figure that meets one other: two near it leave it unsure.)
    let mut meets = vec![0u8; candidates.len()];
    for &(a, b) in &pairs {
        meets[a] = meets[a].saturating_add(1);
        meets[b] = meets[b].saturating_add(1);
    }
    let mut emptied = false;
    for (a, b) in pairs {
        if meets[a] != 1 || meets[b] != 1 {
            continue;
        }
        let (fa, ra, _) = candidates[a];
        let (fb, rb, _) = candidates[b];
        for f in [fa, fb].into_iter().flatten() {
            facts[f].clear();
            emptied = true;
        }
        let mut refs = vec![ra, rb];
        refs.sort_unstable_by_key(Ref::text_order);
        facts.push(refs);
    }
    if emptied {
        facts.retain(|refs| !refs.is_empty());
    }
    facts
}

/// A figure no coincidence would repeat (`20.7%`, `78.4%`), in a fact of
/// one report's claims of several values, is taken out of that fact when
/// another report gives it too, so that the two may join
/// ([`join_same_figures`] joins facts of one value): the report's other
/// figure for the thing (`41 per cent`) was of something else, or is left
/// to conflict with the rest.
fn free_distinctive_figures(facts: Vec<Vec<Ref>>, mentions: &[Vec<Mention>]) -> Vec<Vec<Ref>> {
    let distinctive = |r: &Ref| {
        reading(&mentions[r.doc][r.mention])
            .filter(|(_, chance)| *chance == Chance::Never)
            .map(|(k, _)| k)
    };
    // The reports that give each distinctive figure.
    let all = mentions
        .iter()
        .enumerate()
        .flat_map(|(doc, ms)| (0..ms.len()).map(move |mention| Ref { doc, mention }));
    let given = reports_by_reading(all, mentions, |chance| chance == Chance::Never);
    let elsewhere =
        |r: &Ref| distinctive(r).is_some_and(|k| given.get(&k).is_some_and(|docs| docs.len() > 1));
    let key = |r: &Ref| reading(&mentions[r.doc][r.mention]).map(|(k, _)| k);
    let mut out = Vec::with_capacity(facts.len());
    for refs in facts {
        let one_report = refs.iter().all(|r| r.doc == refs[0].doc);
        let two_values = || refs.iter().any(|r| key(r) != key(&refs[0]));
        if !one_report || !refs.iter().any(elsewhere) || !two_values() {
            out.push(refs);
            continue;
        }
        let (free, rest): (Vec<Ref>, Vec<Ref>) = refs.into_iter().partition(elsewhere);
        out.extend(free.into_iter().map(|r| vec![r]));
        if !rest.is_empty() {
            out.push(rest);
        }
    }
    out
}

/// How many times the smaller figure two reports give for a thing the
/// larger must be, at the least, for the two to be two things, not one
/// thing the reports disagree on. Reports that disagree on a toll or a
/// cost differ by a fraction (`1,000` against `5,000` leaked records is
/// as far as any in the test reports); `3,412 patients` enrolled and `410
/// patients` with side effects are two groups.
const APART: f64 = 3.0;

/// A conflicting fact's claims in the things they are of, told by size:
/// figures [`APART`] or further from every figure of another group are
/// another thing, whichever reports give them. Reports' figures for one
/// thing differ by a fraction; so do one report's own, and a report that
/// gives `1,842` hospitalised and `68,430` is counting two groups, not
/// contradicting itself. A claim whose size is not plain (`thousands`, a
/// range) stays with the first group it fits. `None` when the figures are
/// all of one size, or are no amounts in one unit.
///
/// ```text
/// a: at least nine · b: 12 · b: three  →  [nine, 12] · [three]
/// ```
pub fn apart_by_size(refs: &[Ref], mentions: &[Vec<Mention>]) -> Option<Vec<Vec<Ref>>> {
    let first = get(mentions, &refs[0]);
    // (In one unit, or for measures one dimension: `9,112 MW` against
    // `nearly 263 gigawatts` are sized alike.)
    let same_unit = |m: &Mention| match first.kind {
        Kind::Measure => m.detail.measure.map(|(d, _)| d) == first.detail.measure.map(|(d, _)| d),
        _ => m.unit == first.unit,
    };
    let amounts = matches!(
        first.kind,
        Kind::Count | Kind::Money | Kind::Percent | Kind::Measure
    ) && refs.iter().all(|r| same_unit(get(mentions, r)));
    // (A fact of many claims is no two things two reports disagree on.)
    if !amounts || refs.len() > 16 {
        return None;
    }
    // Each figure's size (not a vague one, `thousands`, nor a range).
    let size = |r: &Ref| {
        let m = get(mentions, r);
        (!matches!(m.approx, Approx::Vague | Approx::Range))
            .then(|| base_size(m))
            .flatten()
    };
    let sizes: Vec<Option<f64>> = refs.iter().map(size).collect();
    // Each claim's group, named by one of its claims: sized figures less
    // than APART from each other, or linked by such steps, share one.
    // (Pairwise, with no sort: a fact has at most 16 claims.)
    let mut group: Vec<usize> = (0..refs.len()).collect();
    for i in 0..refs.len() {
        for j in i + 1..refs.len() {
            let (Some(x), Some(y)) = (sizes[i], sizes[j]) else {
                continue;
            };
            let (gi, gj) = (group[i], group[j]);
            if gi != gj && x.max(y) / x.min(y) < APART {
                group.iter_mut().filter(|g| **g == gj).for_each(|g| *g = gi);
            }
        }
    }
    let mut named = (0..refs.len())
        .filter(|&i| sizes[i].is_some())
        .map(|i| group[i]);
    let first = named.next();
    if named.all(|g| Some(g) == first) {
        return None;
    }
    // A claim with no plain size joins the group of the first figure it
    // fits, if any.
    for i in (0..refs.len()).filter(|&i| sizes[i].is_none()) {
        let m = get(mentions, &refs[i]);
        if let Some(j) = (0..refs.len())
            .find(|&j| sizes[j].is_some() && compare::compatible(get(mentions, &refs[j]), m))
        {
            group[i] = group[j];
        }
    }
    // (Claims, and the groups, in the order the fact had them.)
    let mut order: Vec<usize> = Vec::new();
    let mut groups: Vec<Vec<Ref>> = Vec::new();
    for (r, g) in refs.iter().zip(&group) {
        match order.iter().position(|o| o == g) {
            Some(k) => groups[k].push(*r),
            None => {
                order.push(*g);
                groups.push(vec![*r]);
            }
        }
    }
    Some(groups)
}

/// A figure's size in its dimension's base unit (`5 km` is 5,000 metres),
/// a span's in days; `None` when it has none above zero.
fn base_size(m: &Mention) -> Option<f64> {
    let x = match m.value.as_number() {
        Some(x) => x * m.detail.measure.map_or(1.0, |(_, f)| f),
        None => m.detail.days?,
    };
    (x > 0.0 && x.is_finite()).then_some(x)
}

/// The reports that `refs` come from.
pub fn docs_of(refs: &[Ref]) -> rustc_hash::FxHashSet<usize> {
    refs.iter().map(|r| r.doc).collect()
}

/// A fact's claims, split by report.
pub fn by_report(refs: Vec<Ref>) -> Vec<Vec<Ref>> {
    grouped_by(refs, |r| r.doc)
}

/// The reports that give each reading ([`reading`]) among `refs`, each
/// report once, for the readings whose chance `keep` takes.
fn reports_by_reading(
    refs: impl IntoIterator<Item = Ref>,
    mentions: &[Vec<Mention>],
    keep: impl Fn(Chance) -> bool,
) -> FxHashMap<Reading<'_>, Vec<usize>> {
    let mut by: FxHashMap<Reading<'_>, Vec<usize>> = FxHashMap::default();
    for r in refs {
        if let Some((k, chance)) = reading(&mentions[r.doc][r.mention])
            && keep(chance)
        {
            let docs = by.entry(k).or_default();
            if !docs.contains(&r.doc) {
                docs.push(r.doc);
            }
        }
    }
    by
}

/// A fact for which a report gives two figures that cannot both be it,
/// when another report gives one of them too, is split by figure: the
/// figure both give is one thing (`2.4%` on the placebo in both), and the
/// rest another (the drug's `14.8%` against `14.2%`). Without the split,
/// the figure the reports share would read as a conflict with the other.
/// (Days are split by [`split_days`]; ranks by [`split_named_apart`].)
/// It comes before [`join_same_figures`], so that a figure split off may
/// still join its match in another report's words: the `€16.9bn`
/// alternative budget, apart from the `€18.4bn` budget both give, and the
/// other report's `16.9 billion euros` amendment.
fn split_shared_figures(facts: Vec<Vec<Ref>>, mentions: &[Vec<Mention>]) -> Vec<Vec<Ref>> {
    let key = |r: &Ref| reading(&mentions[r.doc][r.mention]).map(|(k, _)| k);
    let mut out = Vec::with_capacity(facts.len());
    for refs in facts {
        let kind = mentions[refs[0].doc][refs[0].mention].kind;
        // Each report's figures, by reading.
        let given = reports_by_reading(refs.iter().copied(), mentions, |_| true);
        let two_of_one_report = || {
            let mut per_doc: FxHashMap<usize, usize> = FxHashMap::default();
            given.values().flatten().any(|&d| {
                let n = per_doc.entry(d).or_default();
                *n += 1;
                *n > 1
            })
        };
        let shared = |k: &Reading<'_>| given.get(k).is_some_and(|docs| docs.len() > 1);
        if matches!(kind, Kind::Date | Kind::Ordinal)
            || !given.keys().any(shared)
            || !two_of_one_report()
        {
            out.push(refs);
            continue;
        }
        // (In the order the figures first come, the rest after.)
        let (sharing, rest): (Vec<Ref>, Vec<Ref>) = refs
            .into_iter()
            .partition(|r| key(r).is_some_and(|k| shared(&k)));
        out.extend(grouped_by(sharing, key));
        if !rest.is_empty() {
            out.push(rest);
        }
    }
    out
}

/// A block of dates said of one thing, split by the day each names when
/// one report names two that cannot both be it: what `began` in one
/// report in October and in 2009 is two things, and only the same day in
/// two reports is one (`October` and `October`). A block where each report
/// names one day stays whole, so that two reports' days for one thing can
/// conflict (`22 February 2022` and `24 February 2022`).
fn split_days(refs: &[Ref], mentions: &[Vec<Mention>]) -> Vec<Vec<Ref>> {
    let period = |r: &Ref| mentions[r.doc][r.mention].detail.period;
    if !one_report_gives_two(refs, period) {
        return vec![refs.to_vec()];
    }
    grouped_by(refs.iter().copied(), period)
}

/// Whether one report gives two of `refs` for times apart, by `period`
/// (days from and to).
fn one_report_gives_two(refs: &[Ref], period: impl Fn(&Ref) -> Option<Span>) -> bool {
    // (Two of a report's times are apart when one ends before another
    // starts: the earliest end against the latest start, in one pass, so
    // that a pasted table of thousands of dates stays linear.)
    let mut spans: FxHashMap<usize, (Day, Day)> = FxHashMap::default();
    for r in refs {
        if let Some((first, last)) = period(r) {
            let e = spans.entry(r.doc).or_insert((last, first));
            e.0 = e.0.min(last);
            e.1 = e.1.max(first);
        }
    }
    spans
        .values()
        .any(|&(earliest_end, latest_start)| earliest_end < latest_start)
}

/// `refs` in groups of one `key`, in the order each group's first claim
/// comes.
fn grouped_by<K: std::hash::Hash + Eq>(
    refs: impl IntoIterator<Item = Ref>,
    key: impl Fn(&Ref) -> K,
) -> Vec<Vec<Ref>> {
    let mut groups: Vec<Vec<Ref>> = Vec::new();
    let mut slot: FxHashMap<K, usize> = FxHashMap::default();
    for r in refs {
        let n = *slot.entry(key(&r)).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[n].push(r);
    }
    groups
}

/// Joins the facts reports each give alone when they give one figure for
/// them, though their words for it differ (`the wage bill reached £398m`,
/// `wages climbed to £398m`; `R640m` in one and `640 million rand` in
/// another). Only facts of one claim (or of one report's claims of the
/// figure) join, and the events they name (`killed`, `injured`) must be
/// one: the join can only make an agreement, never a conflict.
///
/// How sure the join must be depends on the chance that two reports give
/// the figure for two things ([`Chance`]):
/// - a figure no coincidence would repeat (`46,870`, `$186,000`) joins,
///   however often each report gives it and whatever it says of it (a
///   headline and its story repeat it, in other words);
/// - a round sum of millions joins a figure said of nothing, or as any
///   other figure does, below (`a release clause of €120 million` and `a
///   €120m release clause`);
/// - any other figure (`13 people`, `7:34am`, `22%`) joins only when each
///   report gives it once (or repeats it saying the same of it, as a
///   headline and its story do), and nothing one says of it (whose it is;
///   a forecast or not; when; and what it counts, unless what befell it is
///   one, for a figure under ten or one a report repeats) is contradicted
///   by the other: `about 8,500 residents` told to shelter and `About 8,500
///   people`, `Fourteen people` and `14 patients` hospitalized, `16 per
///   cent` and `16%` however each report's words for them were read;
/// - a day (`Tuesday`) joins however often each report gives it and
///   whatever it says it is of or befell on it: it is the same day
///   ([`says_enough`]), unless it is a report's own header date or
///   `today` said of nothing, which joins no day;
/// - a figure of another incident than the story's joins only figures of
///   a past one (`the Kartalkaya ski resort fire, in which 78 people were
///   killed` and `a fire … in January 2025 killed 78 people`).
fn join_same_figures(
    mut facts: Vec<Vec<Ref>>,
    unkeyed: &[Ref],
    mentions: &[Vec<Mention>],
    published: &[Option<Day>],
) -> Vec<Vec<Ref>> {
    let get = |r: &Ref| &mentions[r.doc][r.mention];
    let story = story_dollar(mentions);
    // What a report gives for two holders (`Kocani, a town of 45,000
    // people`, `Stip, a town of 25,000`): its figure with a holder cannot
    // place another report's figure said of none.
    let holder_of_head = the_one_of(mentions.iter().enumerate().flat_map(|(d, ms)| {
        ms.iter().filter_map(move |m| {
            let s = &m.detail.frame.subject;
            Some(((d, s.head.as_deref()?), s.holder.as_deref()?))
        })
    }));
    let placed_twice = |r: &Ref| {
        let s = &get(r).detail.frame.subject;
        s.holder.is_some()
            && s.head.as_deref().is_some_and(|head| {
                holder_of_head
                    .get(&(r.doc, head))
                    .is_some_and(Option::is_none)
            })
    };
    // Figures that say nothing of what they are of: amounts, shares,
    // measures and spans of time (`clocking 2:06:41`, `a $186,000 loss`),
    // not bare numbers.
    let bare = |m: &Mention| {
        let frame = &m.detail.frame;
        frame.subject.is_empty()
            && !frame.absorbed
            && !frame.elsewhere
            && match m.kind {
                Kind::Money | Kind::Percent | Kind::Measure => true,
                Kind::Duration => m.detail.period.is_none(),
                _ => false,
            }
    };
    // How many times each report gives each figure.
    let mut given: FxHashMap<(usize, Reading<'_>), usize> = FxHashMap::default();
    for (d, ms) in mentions.iter().enumerate() {
        for (i, m) in ms.iter().enumerate() {
            if m.detail.frame.absorbed || converts_alike(ms, i) {
                continue;
            }
            // (A bare number is no figure to join, but a report that gives
            // `Some 300 others` gives 300 twice.)
            let kind = if m.kind == Kind::Number {
                Kind::Count
            } else {
                m.kind
            };
            if let Some((key, _)) = reading_as(m, kind) {
                *given.entry((d, key)).or_default() += 1;
            }
        }
    }
    // Each figure's facts of one report, by its reading; and the chance
    // that two reports give it for two things.
    let mut by_figure: FxHashMap<Reading<'_>, (Vec<usize>, Chance)> = FxHashMap::default();
    // (A fact of one report's claims of one value counts as one claim: a
    // headline and its story, `with 112 seats` twice.)
    for (i, refs) in facts.iter().enumerate() {
        if let Some((first, rest)) = refs.split_first()
            && let Some((key, chance)) = reading(get(first))
            && rest
                .iter()
                .all(|r| r.doc == first.doc && reading(get(r)).is_some_and(|(k, _)| k == key))
        {
            by_figure
                .entry(key)
                .or_insert((Vec::new(), chance))
                .0
                .push(i);
        }
    }
    // The figures of no fact, numbered on from the facts (`keyed + n` is
    // `unkeyed[n]`), which become facts only if they join.
    let keyed = facts.len();
    for (n, r) in unkeyed.iter().enumerate() {
        if let Some((key, chance)) = reading(get(r)) {
            by_figure
                .entry(key)
                .or_insert((Vec::new(), chance))
                .0
                .push(keyed + n);
        }
    }
    let refs_of = |i: usize| match i.checked_sub(keyed) {
        Some(n) => std::slice::from_ref(&unkeyed[n]),
        None => &facts[i][..],
    };
    // A report's own day said of nothing, in its header or as `today`
    // (`Published On 27 May 2026`), agrees with every report of that day:
    // it joins no day of the story. (A day in the story may, though it is
    // the report's day too: `the firm said on Wednesday`.)
    let of_the_day = |i: usize| {
        let r = &refs_of(i)[0];
        let m = get(r);
        published[r.doc].is_some_and(|d| m.detail.period == Some((d, d)))
            && subject(&m).is_empty()
            && (m.detail.frame.header || today(m))
    };
    for ((kind, _, _), (list, _)) in by_figure.iter_mut() {
        if *kind == Kind::Date {
            list.retain(|&i| !of_the_day(i));
        }
    }
    // (Each list is in the order of the facts, so that the report reads the
    // same on every run.)
    let mut joined: Vec<Vec<usize>> = by_figure
        .into_iter()
        .filter(|(key, (list, chance))| {
            let figures: Vec<&Mention> = list.iter().map(|&i| get(&refs_of(i)[0])).collect();
            let mut docs: Vec<usize> = list.iter().map(|&i| refs_of(i)[0].doc).collect();
            docs.sort_unstable();
            let twice = docs.windows(2).any(|w| w[0] == w[1]);
            docs.dedup();
            // (A measure's unit makes it rarer than a bare count: `about 3
            // miles` and a `three-mile` stretch.)
            let small_number = key.0 != Kind::Measure && any_under_ten(&figures);
            let mut events = figures.iter().filter_map(|m| m.detail.frame.subject.event);
            let first = events.next();
            let one_event = key.0 == Kind::Date || events.all(|e| Some(e) == first);
            if docs.len() < 2 || !one_event || !one_dollar(&figures, story) || !fit(key.0, &figures)
            {
                return false;
            }
            // A figure of another incident than the story's meets only
            // figures of a past one: `the Kartalkaya ski resort fire, in
            // which 78 people were killed` and `a fire at a ski resort hotel
            // in January 2025 killed 78 people`.
            let of_another_incident = |i: usize, past: bool| {
                let r = &refs_of(i)[0];
                get(r).detail.frame.elsewhere || (past && of_the_past(get(r), published[r.doc]))
            };
            if list.iter().any(|&i| of_another_incident(i, false))
                && !list.iter().all(|&i| of_another_incident(i, true))
            {
                return false;
            }
            // Each report gives it once, and nothing one says of it
            // contradicts the other.
            // (A conversion that reads alike is the figure given once more.)
            let counted = |i: usize| {
                refs_of(i)
                    .iter()
                    .filter(|r| !converts_alike(&mentions[r.doc], r.mention))
                    .count()
            };
            // (Or a report repeats it, saying the same of it each time, as a
            // headline and its story do: `raise fees by 14 per cent`, `put up
            // tuition fees by 14 per cent`. Not a small number, which a story
            // gives for many things, nor a span of time it says nothing of:
            // `within three years` is any span.)
            let repeated_alike = || {
                !small_number
                    && docs.iter().all(|&d| {
                        let mine: Vec<usize> = list
                            .iter()
                            .copied()
                            .filter(|&i| refs_of(i)[0].doc == d)
                            .collect();
                        let first = subject(&get(&refs_of(mine[0])[0]));
                        (key.0 != Kind::Duration || !first.is_empty())
                            && given.get(&(d, *key)).copied()
                                == Some(mine.iter().map(|&i| counted(i)).sum())
                            && mine
                                .iter()
                                .flat_map(|&i| refs_of(i))
                                .all(|r| subject(&get(r)) == first)
                    })
            };
            let once_and_alike = || {
                let once = key.0 == Kind::Date
                    || (!twice
                        && list
                            .iter()
                            .all(|&i| given.get(&(refs_of(i)[0].doc, *key)) == Some(&counted(i))))
                    || (twice && repeated_alike());
                // (Each report's word for what a figure of ten or more
                // counts may differ when each gives it once: the words the
                // extractor reads for it are often not the thing itself, as
                // `16 per cent` read as an `interest rate` in one and a `tax
                // rate` in the other. Not a round sum of millions, which
                // the story may give for two things: `a fund of $1.5
                // million`, `fined $1.5 million`.)
                let words_matter = twice || small_number || *chance == Chance::Rare;
                let holders = if list.iter().any(|&i| placed_twice(&refs_of(i)[0])) {
                    Holders::SaidAlike
                } else {
                    Holders::MayGoUnsaid
                };
                once && agree_on_all_said(&figures, words_matter, holders)
                    && says_enough(key.0, &figures)
            };
            match chance {
                // (A report may give it more than once, as a headline and
                // its story do, in other words each time: `Kane's $36.8b
                // deficit`, `delivered a $36.8 billion deficit`.)
                // (A round sum of millions joins a figure said of nothing,
                // or as any other figure does: `a fund of $1.5 million` is
                // no `$1.5 million` fine.)
                Chance::Never | Chance::Rare => {
                    *chance == Chance::Never || figures.iter().any(|m| bare(m)) || once_and_alike()
                }
                Chance::Often => once_and_alike(),
            }
        })
        .map(|(_, (list, _))| list)
        .collect();
    joined.sort_unstable();
    for list in &joined {
        let mut refs: Vec<Ref> = Vec::new();
        for &i in list {
            match i.checked_sub(keyed) {
                Some(n) => refs.push(unkeyed[n]),
                None => refs.append(&mut facts[i]),
            }
        }
        refs.sort_unstable_by_key(Ref::text_order);
        // (In the place of the first fact it joins, or after the facts.)
        match list.first() {
            Some(&i) if i < keyed => facts[i] = refs,
            _ => facts.push(refs),
        }
    }
    facts.retain(|refs| !refs.is_empty());
    facts
}

/// The minutes a time of day's interval may start at, from [`MINUTE_SLACK`]
/// before midnight to as far after the next ([`join_times_of_day`]).
const MINUTE_SLOTS: usize = 1_440 + 2 * 120;

/// How far before midnight an interval of a time of day may start, in
/// minutes (`around 12.10am`).
const MINUTE_SLACK: f64 = 120.0;

/// Whether `m` is a time of day that may be when the story happened: said
/// of nothing, or of an incident (`the crash`) or a one-off event (`the
/// avalanche released`); not a time that times a move (`up 3% by 1500
/// GMT`), a forecast, another incident's or a report's own time.
fn may_be_story_time(m: &Mention) -> bool {
    let frame = &m.detail.frame;
    let s = &frame.subject;
    m.kind == Kind::Time
        && !frame.header
        && !frame.elsewhere
        && !s.projected
        && s.head.as_deref().is_none_or(is_incident)
        && s.event.is_none_or(|e| !lx::is_change(e))
}

/// Times of day of two or more reports that fit one another, one from each
/// report, are the one time they tell of, though each names it in other
/// words or none (`10 a.m.` and `around 10.15am` the building came down;
/// `4 a.m.` and `03:52` the tanker ran aground). Only a time not yet in a
/// fact of two reports ([`may_be_story_time`]), only times that all fit
/// each other in one zone and on one day, and not from a report that gives
/// another time inside their span, which could be the one: a time of day is
/// joined to agree, never to conflict. Sorted by time, so thousands of
/// reports stay near-linear.
fn join_times_of_day(
    mut facts: Vec<Vec<Ref>>,
    unkeyed: &[Ref],
    mentions: &[Vec<Mention>],
) -> Vec<Vec<Ref>> {
    // Each candidate: its interval in minutes, zone, day, the ref, and the
    // one-report fact it is in (if any).
    #[derive(Clone, Copy)]
    struct Candidate<'m> {
        lo: f64,
        hi: f64,
        zone: Option<&'m str>,
        day: Option<(Day, Day)>,
        at: Ref,
        fact: Option<usize>,
    }
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut add = |r: Ref, fact: Option<usize>| {
        let m = get(mentions, &r);
        if may_be_story_time(m)
            && let Some((lo, hi)) = compare::interval(m)
        {
            candidates.push(Candidate {
                lo,
                hi,
                zone: compare::zone(m),
                day: m.detail.period,
                at: r,
                fact,
            });
        }
    };
    // (A fact of one report stands for its time once, when its claims all
    // fit: `the 4.47am blast` in a headline and its story.)
    for (i, refs) in facts.iter().enumerate() {
        if let Some(first) = refs.first()
            && refs.iter().all(|r| r.doc == first.doc)
            && refs.iter().all(|r| may_be_story_time(get(mentions, r)))
            && compare::share_a_point(refs.iter().map(|r| get(mentions, r)))
        {
            add(*first, Some(i));
        }
    }
    let placed = in_facts(&facts, mentions);
    for r in unkeyed.iter().filter(|r| !placed[r.doc][r.mention]) {
        add(*r, None);
    }
    if candidates.len() < 2 {
        return facts;
    }
    // By zone, then by minute: a counting sort over the minutes of a day
    // and the slack either side (no sorting code of its own in the wasm).
    let mut zones: Vec<Option<&str>> = Vec::new();
    for c in &candidates {
        if !zones.contains(&c.zone) {
            zones.push(c.zone);
        }
    }
    let mut sorted: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for zone in zones {
        let mut by_minute: Vec<Vec<Candidate>> = vec![Vec::new(); MINUTE_SLOTS];
        for c in candidates.iter().filter(|c| c.zone == zone) {
            let slot = (c.lo + MINUTE_SLACK).clamp(0.0, (MINUTE_SLOTS - 1) as f64) as usize;
            by_minute[slot].push(*c);
        }
        sorted.extend(by_minute.into_iter().flatten());
    }
    let candidates = sorted;
    // Runs of candidates whose intervals all share a point.
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = 0;
    let (mut lo, mut hi) = (candidates[0].lo, candidates[0].hi);
    for (i, c) in candidates.iter().enumerate().skip(1) {
        if c.zone == candidates[start].zone && c.lo <= hi && c.hi >= lo {
            lo = lo.max(c.lo);
            hi = hi.min(c.hi);
        } else {
            runs.push(start..i);
            start = i;
            (lo, hi) = (c.lo, c.hi);
        }
    }
    runs.push(start..candidates.len());
    // Each report's candidates, by index: a report with another time
    // inside a run's span could mean either (`the alarm sounded at 4am, and
    // the crew abandoned ship at 4.10am` against `hit the rocks at
    // 03:52`).
    let mut of_report: Vec<Vec<usize>> = vec![Vec::new(); mentions.len()];
    for (i, c) in candidates.iter().enumerate() {
        of_report[c.at.doc].push(i);
    }
    // (Each joined fact with the first fact it empties, if any.)
    let mut joined: Vec<(Option<usize>, Vec<Ref>)> = Vec::new();
    for range in runs {
        let run = &candidates[range.clone()];
        let mut docs: Vec<usize> = run.iter().map(|c| c.at.doc).collect();
        docs.sort_unstable();
        let once = docs.windows(2).all(|w| w[0] != w[1]);
        let mut days = run.iter().filter_map(|c| c.day);
        let first_day = days.next();
        let one_day = days.all(|d| Some(d) == first_day);
        let lo = run.iter().map(|c| c.lo).fold(f64::INFINITY, f64::min);
        let hi = run.iter().map(|c| c.hi).fold(f64::NEG_INFINITY, f64::max);
        let another_near = docs.iter().any(|d| {
            of_report[*d].iter().any(|&i| {
                !range.contains(&i)
                    && candidates[i].zone == run[0].zone
                    && candidates[i].lo < hi
                    && candidates[i].hi > lo
            })
        });
        if run.len() < 2 || !once || !one_day || another_near {
            continue;
        }
        let mut refs: Vec<Ref> = Vec::new();
        for c in run {
            match c.fact {
                Some(i) => refs.append(&mut facts[i]),
                None => refs.push(c.at),
            }
        }
        refs.sort_unstable_by_key(Ref::text_order);
        joined.push((run.iter().filter_map(|c| c.fact).min(), refs));
    }
    if joined.is_empty() {
        return facts;
    }
    // (In the place of the first fact it empties, or after the facts, so
    // that the report reads the same on every run.)
    for (place, refs) in joined {
        match place {
            Some(i) => facts[i] = refs,
            None => facts.push(refs),
        }
    }
    facts.retain(|refs| !refs.is_empty());
    facts
}

/// Whether figures read alike after rounding can all be right together:
/// measures, spans and fractions meet by their size rounded ([`reading`]),
/// so they must fit. A bound fits too much to meet a span in other words:
/// `24 hours` are not `more than a day`, but `more than 11 months` are `11
/// months`.
fn fit(kind: Kind, figures: &[&Mention]) -> bool {
    let bound = |m: &&Mention| {
        matches!(
            m.approx,
            Approx::MoreThan | Approx::AtLeast | Approx::UpTo | Approx::LessThan
        )
    };
    let in_other_words = || figures.iter().any(|m| m.value != figures[0].value);
    !matches!(kind, Kind::Measure | Kind::Duration | Kind::Percent)
        || (compare::share_a_point(figures.iter().copied())
            && !(kind == Kind::Duration && figures.iter().any(bound) && in_other_words()))
}

/// How [`agree_on_all_said`] reads whose figures are.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Holders {
    /// A holder said of one figure must be said of all.
    SaidAlike,
    /// A holder said of one figure may go unsaid of another (but not
    /// differ): the report with it names no other holder of the thing.
    MayGoUnsaid,
}

/// Whether nothing one of `figures` says of what it is contradicts what
/// another says: the event is checked by the caller; here what is counted
/// (if `words_matter`), whose it is, its nationality, the period of a
/// rate, a forecast, and the time it is stated for. (A time of day's zone
/// is in its reading.)
fn agree_on_all_said(figures: &[&Mention], words_matter: bool, holders: Holders) -> bool {
    fn one<T: PartialEq>(mut values: impl Iterator<Item = Option<T>>) -> bool {
        let mut first: Option<T> = None;
        values.all(|v| match (v, &first) {
            (None, _) => true,
            (Some(v), None) => {
                first = Some(v);
                true
            }
            (Some(v), Some(f)) => v == *f,
        })
    }
    let projected = figures.iter().map(|m| subject(m).projected);
    // (Two stated times must meet: `more than 200` killed in 2021 and `more
    // than 200` in 2024 are two tolls.)
    let stated = |m: &&Mention| match m.detail.frame.time {
        crate::extract::Time::Explicit(from, to, _) => Some((from, to)),
        _ => None,
    };
    let mut periods = figures.iter().filter_map(stated);
    let times_meet = periods
        .next()
        .is_none_or(|(from, to)| periods.all(|(f, t)| f <= to && from <= t));
    // (What is counted may be named two ways when what befell it is one:
    // `Seven hikers` and `seven people` killed, `Rs 1,100 crore` and `11
    // billion rupees` the election cost; but not a part and a whole, nor
    // two things that rose or fell, which says too little of them.)
    let event = subject(&figures[0]).event;
    let befell_alike = event.is_some_and(|e| !lx::is_change(e))
        && figures.iter().all(|m| subject(m).event == event);
    let one_part = figures
        .iter()
        .all(|m| subject(m).part == subject(&figures[0]).part);
    // (A word that names nothing in particular, `people`, `the value`,
    // says nothing against another's word for the thing, `customers`,
    // `scholarships`: `1.8 million people` and `1.8 million customers`.
    // Not of a figure under ten, which many things in a story number.)
    let small = any_under_ten(figures);
    // (Whose it is, said in one report, is left unsaid in the other as
    // often as not: `about 40 km from Akure` and `about 25 miles from the
    // state capital`. Not of a figure under ten: a `mother of four` holds
    // hers, and the other report's `four` may be anything.)
    let holders_alike = || {
        fn holder<'a>(m: &&'a Mention) -> Option<&'a str> {
            subject(m).holder.as_deref()
        }
        if small || holders == Holders::SaidAlike {
            figures.windows(2).all(|w| holder(&w[0]) == holder(&w[1]))
        } else {
            one(figures.iter().map(holder))
        }
    };
    let one_thing = || {
        (!words_matter
            || one(figures.iter().map(|m| {
                subject(m)
                    .head
                    .as_deref()
                    .filter(|h| small || !lx::GENERIC_HEADS.contains(h))
            }))
            || (befell_alike && one_part))
            && holders_alike()
            && one(figures.iter().map(|m| subject(m).nationality))
    };
    // (A day is the day whatever it counts: `Five people were killed ... on
    // Tuesday`, `killing four skiers on Tuesday`.)
    (figures[0].kind == Kind::Date || one_thing())
        && one(figures.iter().map(|m| subject(m).per))
        && one(projected.map(Some))
        && times_meet
}

/// Whether any of `figures` is a number under ten of one significant
/// digit, which a story gives for many things (`five` people, `3%`,
/// `0.4%`); `4.6%` is as rare as `46%`.
fn any_under_ten(figures: &[&Mention]) -> bool {
    figures.iter().any(
        |m| matches!(m.value, crate::Value::Number(x) if x < 10.0 && !significant_digits_over(x, 1)),
    )
}

/// Whether the time `m` is stated for ended before the news of the day
/// its report came out (see [`RECENT_DAYS`]): `in January 2025` in a
/// report of March 2026.
fn of_the_past(m: &Mention, published: Option<Day>) -> bool {
    match (&m.detail.frame.time, published) {
        (crate::extract::Time::Explicit(_, to, _), Some(day)) => *to < day - RECENT_DAYS,
        _ => false,
    }
}

/// Whether `m` names the day it is said on with a word: `today`,
/// `tonight`.
fn today(m: &Mention) -> bool {
    crate::lexicon::RELATIVE_DAYS
        .iter()
        .any(|&(w, shift)| shift == 0 && m.text.eq_ignore_ascii_case(w))
}

/// What `m` is said to be of.
fn subject<'a>(m: &&'a Mention) -> &'a crate::extract::Subject {
    &m.detail.frame.subject
}

/// Whether figures of a common reading say enough of what they are to be
/// one fact: a rank (`second`, `third`) says the same thing of each. A time
/// each report gives once is one though neither says of what (`The march
/// set off at 10am`, `began at 10:00am`), or when it times a count (`The
/// toll stood at 41 by 8am`, `As of 08:00, officials had confirmed 46
/// deaths`: the tolls are of one moment). So is a day all the reports give,
/// however often and of whatever: `an avalanche swept a run on Tuesday`
/// and `The avalanche struck at 1:15pm on Tuesday` agree on the day of the
/// story, `notified by mail starting Aug. 3` and `by letter from August 3`
/// on a date. Being one moment, they never conflict ([`key_of`] keeps
/// such times and days out of the facts it keys, where they could). (A
/// report's own day said of nothing, its dateline, is left out before.)
fn says_enough(kind: Kind, figures: &[&Mention]) -> bool {
    match kind {
        Kind::Ordinal => figures.iter().all(|m| subject(m).head.is_some()),
        _ => true,
    }
}

/// The dollars a bare `$` may stand for: an Australian paper's `$36.8
/// billion` is the wire's `A$36.8 billion`, a Canadian one's `$38 million`
/// its `38 million Canadian dollars`.
const DOLLARS: &[&str] = &["USD", "AUD", "CAD", "NZD", "SGD", "HKD"];

/// Whether `m` is an amount in a bare `$`, which says nothing of whose
/// dollar (the extractor reads it as US dollars): `$38 million`, `about
/// $1.4 billion`; not `A$38 million`, `US$`, `$US60,000` or `38 million
/// Canadian dollars`.
fn bare_dollar(m: &Mention) -> bool {
    m.unit.as_deref() == Some("USD")
        && m.text.find('$').is_some_and(|i| {
            !m.text[..i].ends_with(|c: char| c.is_ascii_alphabetic())
                && !m.text[i + 1..].starts_with(|c: char| c.is_ascii_alphabetic())
        })
}

/// The one dollar other than the US one the reports name (`A$36.8
/// billion`), if they name one: a bare `$` in them may be that dollar, as
/// an Australian paper writes `$36.8 billion` of what a wire calls `A$36.8
/// bln`. (None when they name two, or none.)
fn story_dollar(mentions: &[Vec<Mention>]) -> Option<&'static str> {
    let mut named = mentions
        .iter()
        .flatten()
        .filter(|m| m.kind == Kind::Money && !money_conversion(m))
        .filter_map(|m| {
            let unit = m.unit.as_deref()?;
            DOLLARS.iter().find(|&&d| d == unit && d != "USD").copied()
        });
    let first = named.next()?;
    named.all(|d| d == first).then_some(first)
}

/// Amounts in a bare `$` join the same amounts in the one other dollar
/// the reports name ([`story_dollar`]): an Australian paper's `about $1.4
/// billion` bridge is a wire's `about A$1.4 billion` one. Only where all
/// can be right: the join makes an agreement, never a conflict, as a bare
/// `$` may still be the US one. One pass over the keys.
fn bare_dollars<'m>(
    blocks: &mut FxHashMap<Key<'m>, Vec<Ref>>,
    order: &mut Vec<Key<'m>>,
    mentions: &[Vec<Mention>],
) {
    let Some(dollar) = story_dollar(mentions) else {
        return;
    };
    let mut moved = false;
    for from in order
        .iter()
        .filter(|k| k.kind == Kind::Money && k.unit == "USD")
    {
        let to = Key {
            unit: dollar,
            ..*from
        };
        let (Some(refs), Some(theirs)) = (blocks.get(from), blocks.get(&to)) else {
            continue;
        };
        let all = refs.iter().chain(theirs).map(|r| get(mentions, r));
        if refs.iter().all(|r| bare_dollar(get(mentions, r))) && compare::share_a_point(all) {
            moved |= move_block(blocks, from, &to, |_, _| true);
        }
    }
    if moved {
        order.retain(|k| blocks.contains_key(k));
    }
}

/// Whether amounts of dollars are of one country's dollar, as far as they
/// say: `A$` and `US$` are two, and a bare `$` (which the extractor reads
/// as US dollars) is the US one or the one other dollar the reports name
/// (`story`, see [`story_dollar`]); with two named, it may be either.
fn one_dollar(figures: &[&Mention], story: Option<&str>) -> bool {
    let mut named = figures
        .iter()
        .filter(|m| m.kind == Kind::Money && !bare_dollar(m))
        .filter_map(|m| m.unit.as_deref());
    let first = named.next();
    let bare = figures
        .iter()
        .any(|m| m.kind == Kind::Money && bare_dollar(m));
    let other_dollar = first.filter(|&u| u != "USD" && DOLLARS.contains(&u));
    named.all(|u| Some(u) == first) && !(bare && other_dollar.is_some_and(|d| story != Some(d)))
}

/// What a figure reads, as a key: its kind, unit (or dimension) and value
/// (see [`reading`]).
type Reading<'a> = (Kind, &'a str, u64);

/// How likely two reports are to give one figure for two things.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Chance {
    /// Never: three significant digits or more (`46,870`, `38.6%`,
    /// `$186,000`), or a span to the minute (`2:06:41`).
    Never,
    /// Now and then: money of millions with two (`$6.8 billion`).
    Rare,
    /// Often: any other figure (`13`, `22%`, `Tuesday`, `four hours`).
    Often,
}

/// What a figure reads, as a key (its kind, unit and value), and the
/// chance that two reports give it for two things. Not a range, a span of
/// time back from now (`four years ago`), nor a bare number some
/// coincidence might repeat.
fn reading(m: &Mention) -> Option<(Reading<'_>, Chance)> {
    // (A bare number only when no coincidence would repeat it, as a count:
    // `13.9 crore` and `139 million` are one figure, whatever of.)
    if m.kind == Kind::Number {
        return reading_as(m, Kind::Count).filter(|(_, chance)| *chance == Chance::Never);
    }
    reading_as(m, m.kind)
}

/// What `m` reads as a figure of `kind`, and the chance (see [`reading`]).
fn reading_as(m: &Mention, kind: Kind) -> Option<(Reading<'_>, Chance)> {
    // (A figure said to be about so much is still that figure: `about
    // 10,600 megawatts`; a range is two, and a vague one, `thousands`, none.)
    if matches!(m.approx, Approx::Range | Approx::Vague) {
        return None;
    }
    let x = match &m.value {
        crate::Value::Text(iso) => {
            // (`a year ago`, `three years earlier`: a span back from a
            // day, which is another day whether or not the text dates it.)
            let back = |w: &str| matches!(w, "ago" | "earlier" | "later" | "before");
            if kind == Kind::Duration
                && (m.detail.period.is_some() || m.text.rsplit(' ').next().is_some_and(back))
            {
                return None;
            }
            // A span to the minute or second (`2:06:41`, `PT2H6M41S`).
            // And a time of day to the minute (`7:34am`), in its zone:
            // `0020 GMT` and `12.20am` local are two moments.
            let timed = match kind {
                Kind::Duration => iso
                    .split_once('T')
                    .is_some_and(|(_, t)| t.contains('M') || t.contains('S')),
                Kind::Time => iso.get(2..).is_some_and(|t| !t.starts_with(":00")),
                _ => false,
            };
            let chance = if timed { Chance::Never } else { Chance::Often };
            // A span in any unit, by its length in days to two digits:
            // `seven days` is `a week`, `72 hours` `three days` (the join
            // checks that they fit). One shorter than a day, or given to
            // the minute, by its length in seconds: `about 90 minutes` is
            // `about an hour and a half`.
            if kind == Kind::Duration
                && let Some(days) = m.detail.days.filter(|d| *d > 0.0)
            {
                if timed || days < 1.0 {
                    let seconds = (days * 86_400.0).round();
                    return Some(((kind, "seconds", seconds.to_bits()), chance));
                }
                let key = round_to_two_digits(days).to_bits();
                return Some(((kind, "days", key), chance));
            }
            let zone = if kind == Kind::Time {
                compare::zone(m)
            } else {
                None
            };
            let hash = rustc_hash::FxBuildHasher.hash_one((iso, zone));
            return Some(((kind, "", hash), chance));
        }
        crate::Value::Number(x) => *x,
    };
    if !(x.is_finite() && x > 0.0) {
        return None;
    }
    // A measure in any unit of its dimension, to two significant digits of
    // its size in the base unit: `about 48 km` is `about 30 miles`,
    // `229-metre` is `751-foot` (the join checks that they fit).
    if kind == Kind::Measure
        && let Some((dimension, size)) = m.detail.measure
    {
        let chance = if significant_digits_over(x, 2) {
            Chance::Never
        } else {
            Chance::Often
        };
        return Some((
            (kind, dimension, round_to_two_digits(x * size).to_bits()),
            chance,
        ));
    }
    // A share written as a fraction, to the whole per cent: `two-thirds`
    // is `67%`, `a third` `33 per cent` (the join checks that they fit).
    // (A fraction reads as no figure written to hundredths: `1.75
    // percentage points` are no fraction.)
    if kind == Kind::Percent && ((x * 100.0) - (x * 100.0).round()).abs() > 1e-6 {
        let unit = m.unit.as_deref().unwrap_or("");
        return Some(((kind, unit, x.round().to_bits()), Chance::Often));
    }
    let unit = match kind {
        // (Any dollar, as a bare `$` may be any: see `one_dollar`.)
        Kind::Money if m.unit.as_deref().is_some_and(|u| DOLLARS.contains(&u)) => "$",
        Kind::Money | Kind::Percent | Kind::Measure => m.unit.as_deref().unwrap_or(""),
        _ => "",
    };
    // (A count that could be a year is no sure figure: `2,000 people`.)
    let year = kind == Kind::Count && x.fract() == 0.0 && (1900.0..=2100.0).contains(&x);
    let chance = if year || kind == Kind::Ordinal {
        Chance::Often
    } else if significant_digits_over(x, 2) {
        Chance::Never
    } else if kind == Kind::Money && x >= 1e6 && significant_digits_over(x, 1) {
        Chance::Rare
    } else {
        Chance::Often
    };
    Some(((kind, unit, x.to_bits()), chance))
}

/// A figure said of no place joins the one place the reports name for the
/// same thing, as the story's own place:
/// - a population (`The town of about 25,000 people`) joins the one named
///   settlement's (`Kocani, a town of 30,000 people`);
/// - people a disaster befell (`killed at least 30 people`) join the one
///   country's (`quakes that hit western Japan killed at least 30
///   people`): a story names its country in some sentences, not in all.
/// - what a fire burned (`the fire has burned 390,000 acres`) joins the
///   one named fire's (`The Park Fire has burned 350,000 acres`);
/// - a count of the news joins the one holder's count of it (`147 active
///   wildfires were burning`, `Alberta had 162 active wildfires`).
///
/// With several places named it stays on its own, as it cannot say which;
/// people join a country only when the reports name nothing of another (a
/// war's reports count Ukrainian and Russian prisoners and soldiers: an
/// unplaced toll may be of either side). Nor does it move when a report
/// gives two figures of it at once, or tells it apart from the place's
/// ([`gives_two_figures`]). One pass over the keys.
fn unplaced<'m>(
    blocks: &mut FxHashMap<Key<'m>, Vec<Ref>>,
    order: &mut Vec<Key<'m>>,
    mentions: &[Vec<Mention>],
) {
    let population = |k: &Key| k.head == Some("population");
    let mut nationalities = order.iter().filter_map(|k| k.nationality);
    let one_country = nationalities
        .next()
        .is_some_and(|first| nationalities.all(|n| n == first));
    // (Not a part: its country tells it from the whole, as `658 Egyptians`
    // among the dead of a pilgrimage.)
    let people = |k: &Key| one_country && k.head == Some("person") && k.event.is_some() && !k.part;
    // (And what one named fire burned, `The Park Fire has burned 350,000
    // acres`, joins `the fire has burned 350,000 acres`.)
    let fire = |k: &Key| k.holder.is_some_and(lx::names_fire);
    let bare = |k: &Key<'m>| Key {
        holder: None,
        nationality: None,
        ..*k
    };
    let settled = |k: &Key| {
        (population(k) && k.holder.is_some())
            || (people(k) && k.nationality.is_some() && k.holder.is_none())
            || fire(k)
    };
    // (And any count one named holder has, `Alberta had 162 active
    // wildfires`, joins the story's own figure, `147 active wildfires were
    // burning`, when no other holder has such a count.)
    // (And a company's share price, `Narmada's shares closed 8.2% lower`,
    // the story's `the company's shares closed down 6.4%`.)
    let owned =
        |k: &Key| (k.kind == Kind::Count || k.head == Some(lx::SHARE_PRICE)) && k.holder.is_some();
    // The one placed block of each bare key: reports name few places;
    // past `MAX_PLACES` there is no one place of the story to speak of.
    let placed = the_one_by(order.iter().filter(|k| settled(k) || owned(k)), bare);
    if placed.is_empty() || placed.len() > MAX_PLACES {
        return;
    }
    let mut moved = false;
    for from in order.iter() {
        if from.holder.is_some() || from.nationality.is_some() {
            continue;
        }
        let Some(Some(to)) = placed.get(from) else {
            continue;
        };
        let refs = &blocks[from];
        if gives_two_figures(refs, mentions) {
            continue;
        }
        // A report that gives figures in both blocks tells them apart: a
        // place's or a country's when they cannot all be right now (its
        // `two Britons` killed are two of its seven), a holder's whatever
        // they are (its `American unit` sold 318,000 vehicles, not the 1.4
        // million recalled in all). (By report, so that thousands of
        // claims are not paired.)
        let mut theirs: FxHashMap<usize, Vec<&Mention>> = FxHashMap::default();
        for t in blocks.get(to).into_iter().flatten() {
            theirs.entry(t.doc).or_default().push(get(mentions, t));
        }
        let both = |r: &Ref| {
            let m = get(mentions, r);
            theirs.get(&r.doc).is_some_and(|ns| {
                ns.iter()
                    .any(|n| !settled(to) || (is_news(n) && !compare::compatible(m, n)))
            })
        };
        // (And a holder's count takes a figure of the news, not only one
        // of a past year: `at least seven floors` added in 2019 may be
        // another building's.)
        let news = || refs.iter().any(|r| is_news(get(mentions, r)));
        if refs.iter().any(both) || (!settled(to) && !news()) {
            continue;
        }
        moved |= move_block(blocks, from, to, |_, _| true);
    }
    if moved {
        order.retain(|k| blocks.contains_key(k));
    }
}

/// Whether a report gives two figures in `refs` that cannot both be
/// right at once, so are of two things (`41 million bags` lost to
/// drought, `11 bags` one farmer harvested): such a block is no one figure
/// of the story's to place. Figures of stated times are other moments.
fn gives_two_figures(refs: &[Ref], mentions: &[Vec<Mention>]) -> bool {
    // (Each against its report's first of the same time: one pass. `closed
    // down 6.4% on Thursday … slipped another 2.1% on Friday` are two days'.)
    let mut first: FxHashMap<(usize, Option<Span>), &Mention> = FxHashMap::default();
    let when = |m: &Mention| match m.detail.frame.time {
        Time::Explicit(a, b, _) => Some((a, b)),
        _ => None,
    };
    refs.iter()
        .map(|r| (r.doc, get(mentions, r)))
        .filter(|(_, m)| is_news(m))
        .any(|(doc, m)| !compare::compatible(first.entry((doc, when(m))).or_insert(m), m))
}

/// A block of shares split by the day each is of, when one report gives
/// them for two days: `closed 6.2% lower on Thursday and fell another 2.1%
/// on Friday` are two days' moves, and the other report's `fell over 6
/// per cent on Thursday` is Thursday's. (Claims of no day stay with the
/// first group's.)
fn split_by_day(refs: &[Ref], mentions: &[Vec<Mention>]) -> Vec<Vec<Ref>> {
    // (Of no day when none is stated: the report's date is not asked.)
    let day = |r: &Ref| super::status::day_of(get(mentions, r), None);
    if !one_report_gives_two(refs, |r| day(r).map(|d| (d, d))) {
        return vec![refs.to_vec()];
    }
    let lead = refs.iter().find_map(day);
    grouped_by(refs.iter().copied(), |r| day(r).or(lead))
}

/// A stated time, as the days it runs from and to.
type Span = (Day, Day);

/// Whether `m` is a figure of the news: of no stated time or of a day or
/// a few (`as of Tuesday`, `over the weekend`), not of a month or year,
/// and not where a change started.
fn is_news(m: &Mention) -> bool {
    let frame = &m.detail.frame;
    !frame.earlier
        && match frame.time {
            Time::Current => true,
            Time::Past => false,
            // (Up to a week apart: `as of Tuesday` in a Tuesday paper is
            // that day or the Tuesday before, a span of seven days.)
            Time::Explicit(a, b, _) => b - a <= RECENT_DAYS,
        }
}

/// Moves the claims of block `from` that `joins` (given the claims of
/// `to` so far) into block `to`, keeping `to` in the order of the reports
/// as every block is; the rest stay in `from`. Whether `from` was there.
fn move_block<'m>(
    blocks: &mut FxHashMap<Key<'m>, Vec<Ref>>,
    from: &Key<'m>,
    to: &Key<'m>,
    joins: impl Fn(&Ref, &[Ref]) -> bool,
) -> bool {
    let Some(refs) = blocks.remove(from) else {
        return false;
    };
    let into = blocks.entry(*to).or_default();
    let (join, stay): (Vec<Ref>, Vec<Ref>) = refs.into_iter().partition(|r| joins(r, into));
    into.extend(join);
    into.sort_unstable_by_key(Ref::text_order);
    if !stay.is_empty() {
        blocks.insert(*from, stay);
    }
    true
}

/// Events that say only that a group was there or was sent: a count of
/// them is a count of the group (`More than 150 firefighters were
/// deployed`, `about 120 firefighters battled the blaze`; `35,000 runners
/// took part`, `About 33,000 runners`).
const PRESENCE_EVENTS: &[&str] = &["deployed", "attended", "striking"];

/// A count said of no event joins the one count of the same thing that
/// says the group was there or was sent ([`PRESENCE_EVENTS`]), as its own.
/// With two such counts (`firefighters deployed` and `firefighters
/// striking`) it cannot say which, and stays on its own.
///
/// Then, a count said of no event that fits the one count of the same
/// thing with any other event is that count said more briefly: `Two crew
/// members, the engineer and the conductor, were in the cab` and `Two
/// crew members suffered minor injuries`. (Only when it fits: `47
/// runners` are no count of the `35,000 runners` who ran.)
///
/// Only from a report that gives no count of them with the event: one
/// that gives `35,000 runners took part` and `47 runners` treated counts
/// two groups. Nor from one that gives two counts said of no event that
/// cannot both hold: those are two groups too. One pass over the keys for
/// each.
fn unevented<'m>(
    blocks: &mut FxHashMap<Key<'m>, Vec<Ref>>,
    order: &mut Vec<Key<'m>>,
    mentions: &[Vec<Mention>],
) {
    let present = |e: &str| PRESENCE_EVENTS.contains(&e);
    let mut moved = false;
    for presence in [true, false] {
        // The one block of each key with such an event, by the key without
        // it.
        let evented = the_one_by(
            order.iter().filter(|k| {
                k.kind == Kind::Count && k.event.is_some_and(|e| present(e) == presence)
            }),
            |k| Key { event: None, ..*k },
        );
        for from in order
            .iter()
            .filter(|k| k.kind == Kind::Count && k.event.is_none())
        {
            if let Some(Some(to)) = evented.get(from) {
                // (By report, so that thousands of claims are not paired.)
                let theirs = blocks.get(to).map(|refs| docs_of(refs)).unwrap_or_default();
                // (Nor from a report that gives two counts of the thing
                // that cannot both hold, which are two groups, either of
                // which the one count could be: `Of the 11,842 runners who
                // started` and `about 1,100 runners were taken to the
                // finish`.)
                let groups = blocks
                    .get(from)
                    .map(|refs| {
                        by_report(refs.clone())
                            .into_iter()
                            .filter(|mine| {
                                !compare::share_a_point(mine.iter().map(|r| get(mentions, r)))
                            })
                            .filter_map(|mine| mine.first().map(|r| r.doc))
                            .collect::<rustc_hash::FxHashSet<usize>>()
                    })
                    .unwrap_or_default();
                moved |= move_block(blocks, from, to, |r, into| {
                    !theirs.contains(&r.doc)
                        && !groups.contains(&r.doc)
                        && (presence
                            || compare::share_a_point(
                                into.iter().chain([r]).map(|x| get(mentions, x)),
                            ))
                });
            }
        }
    }
    if moved {
        order.retain(|k| blocks.contains_key(k));
    }
}

/// For each of `keys`, the key `bare` makes of it, with the one key of
/// `keys` that makes it (`None` once two do).
fn the_one_by<'k, 'm: 'k>(
    keys: impl Iterator<Item = &'k Key<'m>>,
    bare: impl Fn(&Key<'m>) -> Key<'m>,
) -> FxHashMap<Key<'m>, Option<Key<'m>>> {
    the_one_of(keys.map(|k| (bare(k), *k)))
}

/// For each key of `pairs`, its one value (`None` once two values differ).
fn the_one_of<K: std::hash::Hash + Eq, V: PartialEq>(
    pairs: impl Iterator<Item = (K, V)>,
) -> FxHashMap<K, Option<V>> {
    let mut out: FxHashMap<K, Option<V>> = FxHashMap::default();
    for (k, v) in pairs {
        match out.get_mut(&k) {
            Some(one) if one.as_ref() != Some(&v) => *one = None,
            Some(_) => {}
            None => {
                out.insert(k, Some(v));
            }
        }
    }
    out
}

/// A measure, share or amount said of an event but of no thing joins the
/// one of that event, in the same unit, that names the thing: `put the
/// amount spilled at more than 21,000 gallons` and `about 16,000 gallons of
/// acid had leaked`; `They offered us 30 per cent` and `offered a 35% pay
/// increase`. Not when a report gives figures of both, which tells them
/// apart (`more than 18,000 hectares` burned in all, `14,800 acres` of
/// plantation). One pass over the keys.
fn unheaded<'m>(blocks: &mut FxHashMap<Key<'m>, Vec<Ref>>, order: &mut Vec<Key<'m>>) {
    let of_event = |k: &&Key| {
        matches!(k.kind, Kind::Measure | Kind::Percent | Kind::Money) && k.event.is_some()
    };
    let headed = the_one_by(
        order.iter().filter(of_event).filter(|k| k.head.is_some()),
        |k| Key { head: None, ..*k },
    );
    let mut moved = false;
    for from in order.iter().filter(of_event).filter(|k| k.head.is_none()) {
        if let Some(Some(to)) = headed.get(from)
            && docs_of(&blocks[from]).is_disjoint(&docs_of(&blocks[to]))
        {
            moved |= move_block(blocks, from, to, |_, _| true);
        }
    }
    if moved {
        order.retain(|k| blocks.contains_key(k));
    }
}

/// More places than this, each with its own population or toll, are no
/// story's one place.
const MAX_PLACES: usize = 32;

/// More clusters than this in one block are no handful of groups a story
/// names (and pairing every claim with each would grow with their square).
const MAX_CLUSTERS: usize = 32;

/// The claims of `refs` in clusters of values that fit together, in the
/// order each cluster is first met; `None` past [`MAX_CLUSTERS`].
fn clusters(refs: &[Ref], mentions: &[Vec<Mention>]) -> Option<Vec<Vec<Ref>>> {
    let mut out: Vec<Vec<Ref>> = Vec::new();
    for r in refs {
        let m = get(mentions, r);
        let fits = out
            .iter()
            .position(|c| compare::compatible(get(mentions, &c[0]), m));
        match fits {
            Some(i) => out[i].push(*r),
            None if out.len() < MAX_CLUSTERS => out.push(vec![*r]),
            None => return None,
        }
    }
    Some(out)
}

/// How many of `clusters` each document has a claim in.
fn clusters_per_doc(clusters: &[Vec<Ref>]) -> FxHashMap<usize, usize> {
    let mut per_doc: FxHashMap<usize, usize> = FxHashMap::default();
    for c in clusters {
        let mut docs: Vec<usize> = c.iter().map(|r| r.doc).collect();
        docs.sort_unstable();
        docs.dedup();
        for d in docs {
            *per_doc.entry(d).or_default() += 1;
        }
    }
    per_doc
}

/// The facts of one block of ranks, or of percentages of one time: one,
/// unless a report names several values in it that cannot all hold, when
/// each value is a fact of its own. A report that names the `third floor`
/// the fire began on, the `fifth` the victims were found on and the
/// `sixth` a witness stayed on names three floors, and the other report's
/// `3rd floor` contradicts none of them; one whose `main refinancing rate
/// rose to 2.40% and the marginal lending rate to 2.65%` names two rates,
/// and another's `deposit rate … to 2.25 per cent` is neither. (`Real's
/// 15th title` in one report and `14th` in another stay one fact, in
/// dispute; so do `inflation of 2.1 per cent` and `2.4 percent`.)
fn split_named_apart(refs: &[Ref], mentions: &[Vec<Mention>]) -> Vec<Vec<Ref>> {
    let Some(values) = clusters(refs, mentions).filter(|v| v.len() > 1) else {
        return vec![refs.to_vec()];
    };
    if clusters_per_doc(&values).values().any(|&n| n > 1) {
        values
    } else {
        vec![refs.to_vec()]
    }
}

/// The facts of a block of counts of a bare noun (`seats`, with nothing
/// said of whose): one, unless a report gives several of them (`37 of the
/// 150 seats`, `25 seats`, `a majority of 76 seats`), which count several
/// groups (as `status` reads them within one report), and two reports
/// meet on one of them (`76 seats` in each): then each value is a fact of
/// its own. (A report's `149 cars` against another's `38 of the train's
/// 141 cars` meets none, and stays in dispute.)
fn split_groups(refs: &[Ref], mentions: &[Vec<Mention>]) -> Vec<Vec<Ref>> {
    let Some(groups) = clusters(refs, mentions).filter(|g| g.len() > 1) else {
        return vec![refs.to_vec()];
    };
    let met = groups.iter().any(|c| c.iter().any(|r| r.doc != c[0].doc));
    if met && clusters_per_doc(&groups).values().any(|&n| n > 1) {
        groups
    } else {
        vec![refs.to_vec()]
    }
}

/// Whether an ISO time is one whole calendar year (`2021`) or month
/// (`2021-12`): the length of its spelling (4 or 7), which says which.
fn calendar_period(iso: &str) -> Option<usize> {
    let b = iso.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    match b.len() {
        4 if digits(0..4) => Some(4),
        7 if digits(0..4) && b[4] == b'-' && digits(5..7) => Some(7),
        _ => None,
    }
}

fn get<'a>(mentions: &'a [Vec<Mention>], r: &Ref) -> &'a Mention {
    &mentions[r.doc][r.mention]
}

/// Splits one block into time slots: what the reports give as the current
/// figure, and clusters of figures for stated times.
fn split_by_time(
    refs: &[Ref],
    mentions: &[Vec<Mention>],
    published: &[Option<Day>],
) -> Vec<Vec<Ref>> {
    // Explicit times cluster when they lie within four months of each
    // other, but one report's own figures for two times stay apart.
    const GAP_DAYS: f64 = 122.0;
    let mut slots: Vec<(Slot, Vec<Ref>)> = vec![(Slot::Current, Vec::new())];
    // Of the current figures, those for one recent day (`534 crossed on
    // Saturday alone`) and those for a period to date (`7,167 so far this
    // year`): when a block holds both, the day's count is a fact of its own.
    let mut one_day: Vec<Ref> = Vec::new();
    let mut period_to_date: Vec<Ref> = Vec::new();
    // With whether each is where a change started (`Frame::earlier`).
    let mut past: Vec<(Ref, bool)> = Vec::new();
    let mut explicit: Vec<(f64, f64, &str, Ref)> = Vec::new();
    for r in refs {
        let frame = &get(mentions, r).detail.frame;
        match &frame.time {
            Time::Current | Time::Past if frame.earlier => past.push((*r, true)),
            Time::Current => slots[0].1.push(*r),
            Time::Past => past.push((*r, false)),
            // A day of the last week (`on Friday` in a Monday paper) is
            // the news of the moment: the current figure; so is a period
            // that runs through the publication day (`622 cases so far in
            // 2025`, `this year`: the count to date).
            Time::Explicit(a, b, _)
                if !frame.earlier
                    && published[r.doc].is_some_and(|p| {
                        p - *a <= YEAR_TO_DATE_DAYS
                            && ((*b <= p + 1 && p - *b <= RECENT_DAYS) || (*a <= p && p <= *b))
                    }) =>
            {
                if a == b && !frame.said_on {
                    one_day.push(*r);
                } else if b - a >= MONTH_DAYS {
                    period_to_date.push(*r);
                } else {
                    slots[0].1.push(*r);
                }
            }
            Time::Explicit(a, b, iso) => explicit.push((*a as f64, *b as f64, iso, *r)),
        }
    }
    // A report that gives a count to date and a current one that cannot
    // both hold tells them apart (`12 killed` in the crash, `146 so far
    // this year` on the railways): the counts to date are a fact of their
    // own. Otherwise they are the current figure.
    // (Each against its own report's current ones, by report: a block may
    // hold thousands of reports' claims.)
    let to_date = !period_to_date.is_empty();
    let told_apart = to_date && {
        let mut current: FxHashMap<usize, Vec<&Mention>> = FxHashMap::default();
        for c in &slots[0].1 {
            current.entry(c.doc).or_default().push(get(mentions, c));
        }
        period_to_date.iter().any(|r| {
            let m = get(mentions, r);
            current
                .get(&r.doc)
                .is_some_and(|ours| ours.iter().any(|c| !compare::compatible(c, m)))
        })
    };
    if told_apart {
        slots.push((Slot::Current, period_to_date));
    } else if to_date {
        slots[0].1.extend(period_to_date);
        slots[0].1.sort_unstable_by_key(Ref::text_order);
    }
    if to_date && !one_day.is_empty() {
        slots.push((Slot::Current, one_day));
    } else if !one_day.is_empty() {
        // (In text order, as the block lists them.)
        slots[0].1.extend(one_day);
        slots[0].1.sort_unstable_by_key(Ref::text_order);
    }
    explicit.sort_by(|x, y| x.0.total_cmp(&y.0));
    // For each slot, the one calendar year or month all its figures are
    // for, if they are (read instead of its members: a slot may hold
    // thousands).
    let mut calendar: Vec<Option<&str>> = vec![None; slots.len()];
    // And the time each report's figures in it are for (one per report: a
    // slot never holds a report's figure for another time).
    let mut times: Vec<FxHashMap<usize, (f64, f64)>> = vec![FxHashMap::default(); slots.len()];
    for (a, b, iso, r) in explicit {
        // The slot whose time overlaps this one, else the nearest within the
        // gap; never one that holds this report's figure for another time.
        let fits_at = |k: usize| -> Option<f64> {
            let (Slot::Explicit(sa, sb), _) = &slots[k] else {
                return None;
            };
            let own_other_time = times[k].get(&r.doc).is_some_and(|&t| t != (a, b));
            let period = calendar[k];
            let gap = (a - *sb).max(*sa - b).max(0.0);
            // Two different calendar years, or months, are two times
            // (`619,000 in 2021`, `627,000 in 2020`), and so are a year and
            // a month outside it (`three cuts last year`, `12,400 jobs in
            // February`); the gap is for times said loosely (`in early
            // 2025`, `on Monday`).
            let other_period = period.is_some_and(|p| {
                p != iso
                    && calendar_period(iso)
                        .is_some_and(|u| calendar_period(p) == Some(u) || gap > 0.0)
            });
            // (Nor is a total over years one of a year in it: `more than
            // 1,300 since 2019` and `at least 196 in 2025`.)
            let (len, slot_len) = (b - a, *sb - *sa);
            let other_span = len.max(slot_len) > YEAR_TO_DATE_DAYS as f64
                && len.max(slot_len) > 2.0 * len.min(slot_len);
            (gap <= GAP_DAYS && !own_other_time && !other_period && !other_span).then_some(gap)
        };
        let best = (1..slots.len())
            .filter_map(|k| fits_at(k).map(|gap| (k, gap)))
            .min_by(|x, y| x.1.total_cmp(&y.1))
            .map(|(k, _)| k);
        // (Only stated-time slots fit: `fits_at`.)
        if let Some(k) = best
            && let (Slot::Explicit(sa, sb), members) = &mut slots[k]
        {
            *sa = sa.min(a);
            *sb = sb.max(b);
            members.push(r);
            calendar[k] = calendar[k].filter(|&p| p == iso);
            times[k].insert(r.doc, (a, b));
        } else {
            slots.push((Slot::Explicit(a, b), vec![r]));
            calendar.push(calendar_period(iso).map(|_| iso));
            times.push(FxHashMap::from_iter([(r.doc, (a, b))]));
        }
    }
    // Figures with no stated time join the one stated time of the block
    // when the reports giving them give none for it and all agree: one
    // report's `1.5 million people out of work` in the three months to
    // January is another's `1.5 million people unemployed`, said without a
    // time.
    if slots.len() == 2
        && !slots[0].1.is_empty()
        && let (Slot::Explicit(..), stated_refs) = &slots[1]
    {
        let own = docs_of(stated_refs);
        let apart = slots[0].1.iter().all(|r| !own.contains(&r.doc));
        let all_agree = || {
            compare::share_a_point(
                slots[0]
                    .1
                    .iter()
                    .chain(stated_refs)
                    .map(|r| get(mentions, r)),
            )
        };
        if apart && all_agree() {
            let current = std::mem::take(&mut slots[0].1);
            slots[1].1.extend(current);
            slots[1].1.sort_unstable_by_key(Ref::text_order);
        }
    }
    // `previously reported` joins the stated-time slot it agrees with, else
    // today's; `up from 20,000` joins the stated-time slot it agrees with,
    // else the other earlier figures (a report's earlier figure does not
    // contradict its current one).
    let stated = slots.len();
    let mut earlier: Option<usize> = None;
    // (`previously reported` figures first, each kind in text order.)
    let in_order = [false, true]
        .into_iter()
        .flat_map(|kind| past.iter().filter(move |&&(_, e)| e == kind).copied());
    for (r, is_earlier) in in_order {
        let m = get(mentions, &r);
        let target = (1..stated).find(|&s| {
            slots[s]
                .1
                .iter()
                .all(|o| compare::compatible(m, get(mentions, o)))
        });
        let target = match target {
            Some(s) => s,
            None if !is_earlier => 0,
            None => *earlier.get_or_insert_with(|| {
                slots.push((Slot::Earlier, Vec::new()));
                slots.len() - 1
            }),
        };
        slots[target].1.push(r);
    }
    slots
        .into_iter()
        .map(|(_, v)| v)
        .filter(|v| !v.is_empty())
        .collect()
}

/// `x` (positive) rounded to two significant digits: 48,280 is 48,000.
fn round_to_two_digits(x: f64) -> f64 {
    let step = 10f64.powi(x.log10().floor() as i32 - 1);
    (x / step).round() * step
}

/// Whether `x` (positive) has more than `n` significant digits: `46,870`
/// has more than 2, `1.5 million` does not. (Read from `x` scaled to `n`
/// digits before the point, with room for the error of binary fractions:
/// `4.2` is two digits.)
fn significant_digits_over(x: f64, n: i32) -> bool {
    let e = x.log10().floor() as i32;
    let scaled = x / 10f64.powi(e - (n - 1));
    (scaled - scaled.round()).abs() > 1e-6 * scaled
}

#[cfg(test)]
mod tests {
    use super::{round_to_two_digits, significant_digits_over};

    #[test]
    fn sizes_are_rounded_to_two_significant_digits() {
        for (x, rounded) in [
            (48_280.0, 48_000.0),
            (228.9, 230.0),
            (1_126.5, 1_100.0),
            (0.5, 0.5),
            (42_195.0, 42_000.0),
        ] {
            assert!((round_to_two_digits(x) - rounded).abs() < 1e-9, "{x}");
        }
    }

    #[test]
    fn significant_digits_are_read_from_the_value() {
        for (x, over_two) in [
            (46_870.0, true),
            (186_000.0, true),
            (38.6, true),
            (4.21, true),
            (1.5e6, false),
            (4.2, false),
            (6.8e9, false),
            (23.0, false),
            (0.35, false),
        ] {
            assert_eq!(significant_digits_over(x, 2), over_two, "{x}");
        }
        assert!(significant_digits_over(6.8e9, 1));
        assert!(!significant_digits_over(7e9, 1));
    }
}
