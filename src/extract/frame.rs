//! Frames each figure: what it counts (its subject), who gives it (its
//! source) and as of when (its time), from the words around it.
//!
//! The rules read a bounded window of tokens around each figure, so the cost
//! stays linear in the text.

use super::Found;
use crate::calendar::{self, Day};
use crate::lexer::{TokKind, Tokens};
use crate::lexicon as lx;
use crate::mention::{Kind, Value};

/// The event of the word at `k`: a bit test first, the map only for words
/// on the list.
#[inline(always)]
fn event_at(t: &Tokens, k: usize) -> Option<&'static str> {
    let event = t.listed(k, lx::Set::Event, event_of)?;
    // (Most events have no other use: a bit says which may.)
    if t.has(k, lx::Set::EventOtherUse) {
        if other_use(t, k) {
            // (`49 people have fallen ill`, `fell sick`: made ill.)
            let ill = t.is_any(k + 1, &["ill", "sick"]) && FALL_FORMS.contains(&t.word(k));
            return ill.then_some("sickened");
        }
        if fallen_dead(t, k) {
            return Some("killed");
        }
        if t.is_any(k, &["burned", "burnt"]) && t.is(k + 1, "down") {
            return Some("destroyed");
        }
        if raised_by_or_to(t, k) {
            return Some("increase");
        }
        if let Some(direction) = moved_by_direction(t, k) {
            return direction;
        }
        // (Treated at or in a hospital is hospital care, which an
        // injury count need not be: `Three teachers were treated at a
        // hospital`, `five teachers were injured`.)
        if t.is(k, "treated")
            && t.is_any(k + 1, &["at", "in"])
            && (k + 2..k + 5).any(|j| t.is_any(j, &["hospital", "hospitals"]))
        {
            return Some("hospitalized");
        }
        // (Attended to is cared for, as treated is: `Medics attended to
        // 1,430 runners`; not `1,430 runners attended`.)
        if t.is(k, "attended") && t.is(k + 1, "to") {
            return Some("injured");
        }
    }
    Some(event)
}

/// The change `up` or `down` at `k` says: `up 12% from a year earlier`,
/// `- Minimum wage: up 6.7 per cent`.
fn direction_at(t: &Tokens, k: usize) -> Option<&'static str> {
    match t.word(k) {
        "up" => Some("increase"),
        "down" => Some("decrease"),
        _ => None,
    }
}

/// The change `up` or `down` at `k` says after a verb of being or of a
/// market's close: `shares were up 2%`, `the index closed down 1.2%`.
fn state_direction(t: &Tokens, k: usize, left_from: usize) -> Option<&'static str> {
    let change = direction_at(t, k)?;
    (k > left_from && t.is_any(k - 1, lx::STATE_VERBS)).then_some(change)
}

/// The amount before figure `n` that ends at token `end`, or whose noun,
/// dates and times alone fill the gap up to `end` (with the prepositions
/// before them): `$51.9 billion last year`, `93.8 million foreign tourists
/// in 2024`.
fn amount_before_its_time(t: &Tokens, found: &[Found], n: usize, end: usize) -> Option<usize> {
    let mut at = end;
    let mut m = n.checked_sub(1)?;
    while matches!(found[m].kind, Kind::Date | Kind::Time) && found[m].end == at {
        at = found[m].start;
        while at > 0 && t.is_any(at - 1, &["in", "for", "during", "over", "the"]) {
            at -= 1;
        }
        m = m.checked_sub(1)?;
    }
    // (Past the amount's own noun too: `93.8 million foreign tourists in
    // 2024, up 10%`.)
    let nouns_only = |from: usize| {
        at - from <= PHRASE_WORDS
            && (from..at)
                .all(|k| t.kind(k) == Some(TokKind::Word) && !t.has(k, lx::Set::PhraseStop))
    };
    (counts_like(found[m].kind) && found[m].end <= at && nouns_only(found[m].end)).then_some(m)
}

/// The change a verb of small moves at `k` says by the word after it:
/// `edged up`, `ticked down`, `inched higher`; none without one.
fn moved_by_direction(t: &Tokens, k: usize) -> Option<Option<&'static str>> {
    if !t.is_any(k, &["edged", "ticked", "inched", "crept"]) {
        return None;
    }
    Some(direction_at(t, k + 1).or_else(|| {
        if t.is_any(k + 1, &["higher", "upward", "upwards"]) {
            Some("increase")
        } else if t.is_any(k + 1, &["lower", "downward", "downwards"]) {
            Some("decrease")
        } else {
            None
        }
    }))
}

/// Whether `raised` at `k` raises a level by or to a figure (`raised its
/// main interest rate by a quarter of a percentage point to 4.5%`, `raised
/// its stake to 15%`): a change, where `raised $5m` is money raised.
fn raised_by_or_to(t: &Tokens, k: usize) -> bool {
    t.is(k, "raised")
        && (k + 2..k + 8).any(|j| {
            t.is_any(j, &["by", "to"])
                && (t.is_number(j + 1)
                    || t.has(j + 1, lx::Set::NumberWord)
                    || t.has(j + 1, lx::Set::Article))
        })
}

/// Whether `fallen` at `k` is said of the dead (`50 fallen soldiers`, the
/// adjective before its noun), not of a figure that fell (`prices have
/// fallen 15%`, `had fallen to $70`, `fallen by half`).
fn fallen_dead(t: &Tokens, k: usize) -> bool {
    let after_auxiliary =
        k > 0 && t.is_any(k - 1, &["has", "have", "had", "having", "'ve", "been"]);
    if !t.is(k, "fallen") || after_auxiliary {
        return false;
    }
    let next = k + 1;
    t.kind(next) == Some(TokKind::Word)
        && !t.has(next, lx::Set::PhraseStop)
        && !t.word(next).ends_with("ly")
        && !t.is_any(next, &["back", "short", "almost", "some", "further"])
}

/// Whether percentage `f` says how far along a state its thing is, after
/// a verb of being: `was 27% contained`, `is 60% complete`, `are 80%
/// vaccinated`. Such a share is no change by the clause's verb (in `has
/// burned 23,713 acres and was 13% contained`, nothing burned 13%).
fn state_share(t: &Tokens, f: &Found) -> bool {
    f.kind == Kind::Percent
        && f.start > 0
        && t.is_any(f.start - 1, BE_FORMS)
        && (past_participle(t, f.end) || t.is_any(f.end, &["complete", "full", "done"]))
}

/// The forms of `be` that say what something is (`was 27% contained`,
/// `Nine of the dead were children`).
const BE_FORMS: &[&str] = &["is", "was", "are", "were", "been", "be"];

/// The forms of [`BE_FORMS`] with a tense of their own (`The ransom was $5
/// million`, `are in the United States`, `is set to`).
const FINITE_BE: &[&str] = &["is", "was", "are", "were"];

/// The lists of month and weekday names: such a word neither narrows a
/// noun nor holds a figure (`convicted in November on seven counts`).
const CALENDAR_WORDS: u64 = lx::Set::Month.bit() | lx::Set::Weekday.bit();

/// Whether the word at `k` is an adverb in `-ly` (`briefly`, `sharply`):
/// few nouns end so, and those are listed.
fn adverb(t: &Tokens, k: usize) -> bool {
    let w = t.word(k);
    w.len() >= 5 && w.ends_with("ly") && !lx::LY_NOUNS.contains(&w) && !t.capitalised(k)
}

/// Where a verb of level stands before figure `f` (`rainfall topped
/// 250mm`, `damage is estimated at 15 billion taka`, `emissions hit a
/// record 37.4 billion tonnes`), or the `at` after the thing a verb of
/// estimating names (`the government put early losses at 12 billion
/// taka`): the noun just before it is what the figure measures. (Not for a
/// temperature: a report gives one for each place it names.)
fn level_verb_before(t: &Tokens, f: &Found, left_from: usize) -> Option<usize> {
    if f.kind == Kind::Date
        || f.measure
            .is_some_and(|(d, _)| d == "temperature" || d == lx::DEGREES_UNSTATED)
    {
        return None;
    }
    // (Back over `a record`, `a new high of`, `an all-time high of`: `the
    // waiting list has reached a new record of 7.8 million`.)
    let mut k = f.start.checked_sub(1)?;
    while k > left_from
        && (t.is_any(
            k,
            &[
                "a", "an", "record", "new", "high", "of", "peak", "all", "time", "historic",
            ],
        ) || (t.is_punct(k, '-') && t.glued(k)))
    {
        k -= 1;
    }
    // (Money `brought in` is a level too: `the evening sale brought in
    // £178.2 million`.)
    let brought_in = f.kind == Kind::Money
        && t.is(k, "in")
        && k > left_from
        && t.is_any(k - 1, &["brought", "brings", "bringing", "bring"]);
    let at = t.is_any(k, &["at", "to", "around", "about", "near"]) || brought_in;
    let v = if at { k.checked_sub(1)? } else { k };
    if v < left_from {
        return None;
    }
    // (Money right after a form of `be` is a level too: `The ransom was
    // $5 million`; a count or a percentage after one may be an age, a score
    // or a share, `The victim was 34`.)
    // (The noun right before it, not one a preposition puts there: in
    // `Revenue for the quarter was $21.1bn`, the quarter is no amount.)
    let in_phrase = |n: usize| {
        let d = n.saturating_sub(usize::from(n > 0 && t.is_any(n - 1, lx::DETERMINERS)));
        d > left_from && t.is_any(d - 1, &["for", "in", "of", "to", "at", "on", "from", "by"])
    };
    let be = f.kind == Kind::Money
        && !at
        && t.is_any(v, FINITE_BE)
        && v > left_from + 1
        && !in_phrase(v - 1);
    if cue(t, v, lx::LEVEL_VERBS) || brought_in || be {
        // (Not after a pronoun, which names nothing: `the first time it
        // has hit 4%`.)
        let mut j = v.checked_sub(1)?;
        while j > left_from && (t.is_any(j, lx::AUXILIARIES) || t.is_any(j, &["is", "was", "been"]))
        {
            j -= 1;
        }
        // (Back over when, between the noun and its verb: `the total prize
        // purse this year was R2.4 million`.)
        let v = if v >= left_from + 3
            && t.has(v - 1, lx::Set::TimeUnit)
            && t.is_any(v - 2, &["this", "last", "next"])
        {
            v - 2
        } else {
            v
        };
        return (!cue(t, j, lx::PRONOUNS)).then_some(v);
    }
    (t.is(k, "at")
        && (v.saturating_sub(3).max(left_from)..v).any(|j| cue(t, j, lx::ESTIMATE_VERBS)))
    .then_some(k)
}

/// Whether the verb at `k` adds money to a value or takes it off (`added
/// $40bn to Apple's market value`, `wiped out $1 trillion in market
/// value`): `to`, `off`, `from` or `in` and a word of
/// [`lx::MARKET_VALUE_WORDS`] within a few words after it.
fn moves_market_value(t: &Tokens, k: usize) -> bool {
    let Some(to) = (k + 2..k + 9).find(|&j| t.is_any(j, &["to", "off", "from", "in"])) else {
        return false;
    };
    (to + 1..to + 5).any(|j| t.is_any(j, lx::MARKET_VALUE_WORDS))
}

/// Where `aged` stands when the words before `e` are an age group
/// (`aged 85 and older`, `aged 16 to 24`, `aged 65 or over`), no further
/// back than `from`: what comes before it is the noun of the group.
fn age_group_before(t: &Tokens, e: usize, from: usize) -> Option<usize> {
    let last = e.checked_sub(1)?;
    // (`85 and older`, `65 or over`, `16 to 24`: the first number.)
    let bound = t.is_any(last, &["older", "over", "above", "younger", "under"])
        && last >= 2
        && t.is_any(last - 1, &["and", "or"]);
    let span = t.is_number(last) && last >= 2 && t.is(last - 1, "to");
    let number = if bound || span { last - 2 } else { last };
    (number > from && t.is_number(number) && t.is_any(number - 1, lx::AGE_WORDS))
        .then(|| number - 1)
}

/// Adverbs of how far a target was missed, between the verb and `short`
/// (`fell well short of`, `stopped just short of`).
const MARGIN_ADVERBS: &[&str] = &["well", "far", "just", "slightly"];

/// The forms of `fall`, which miss a target as well as fall (`fell short
/// of`, `falls through`).
const FALL_FORMS: &[&str] = &["fall", "falls", "fell", "falling", "fallen"];

/// What falls from the sky, which falls without decreasing (`30cm of snow
/// fell`, `20in of rain could fall`).
const PRECIPITATION: &[&str] = &[
    "rain", "snow", "rainfall", "snowfall", "hail", "sleet", "ash", "rains", "snows",
];

/// Words that may stand between what falls and the verb: a modal or an
/// auxiliary (`rain could fall`, `snow has fallen`).
const BEFORE_VERB: &[&str] = &[
    "could", "may", "might", "will", "would", "can", "to", "had", "has", "have", "is", "was",
    "already", "also",
];

/// Whether the word of an event at `k` is something else here: a
/// participle after a span of time (`its fiscal year ended in January`), a
/// verb with an object (`missing the 35% analysts had hoped for`), a noun
/// before a noun (`annual cost savings`), a market (`the FTX exchange`), a
/// line or a level crossed (`crossed the finish line`).
#[inline(never)]
fn other_use(t: &Tokens, k: usize) -> bool {
    match t.word(k) {
        // People in relief or refugee camps are sheltered there (`shifted
        // 1,200 people to relief camps`); not a training or army camp.
        "camp" | "camps" => !(k > 0 && t.is_any(k - 1, lx::SHELTER_CAMPS)),
        // In critical condition (`four were in critical condition`), not a
        // critical time or a critical report.
        "critical" => {
            let in_at = k.checked_sub(1 + usize::from(k > 0 && t.is(k - 1, "a")));
            !(t.is(k + 1, "condition") && in_at.is_some_and(|j| t.is(j, "in")))
        }
        // Only money added to or wiped off a value moves it: `adding
        // roughly $6.2bn to its market value` (not `he added`, `the economy
        // added 256,000 jobs`, `wiped out 40 homes`).
        "added" | "adding" | "adds" | "wiped" | "wiping" | "wipes" | "erased" | "erasing"
        | "erases" => !moves_market_value(t, k),
        // What is launched is fired only if it is a weapon: `launched 183
        // drones`, `40 drones launched by Russia` (not `launched its X9
        // flagship`, `launched 12 new products`).
        "launched" => !(k.saturating_sub(2)..k + 8).any(|j| j != k && t.is_any(j, lx::PROJECTILES)),
        // Admitted, taken or rushed to hospital or to care; not a charge
        // or a guilt admitted, nor students admitted, nor hostages taken.
        // (Past one word that names which: `flown to the university
        // hospital`.)
        "admitted" | "taken" | "rushed" | "airlifted" | "flown" => {
            let j = k + 2 + usize::from(t.is_any(k + 2, &["the", "a"]));
            let care = |j: usize| {
                t.is_any(
                    j,
                    &[
                        "hospital",
                        "hospitals",
                        "care",
                        "icu",
                        "intensive",
                        "critical",
                    ],
                )
            };
            !(t.is(k + 1, "to") && (care(j) || (t.kind(j) == Some(TokKind::Word) && care(j + 1))))
        }
        // Treated for injuries, or by medics: not patients treated with a
        // drug, nor water treated.
        "treated" => !(k + 1..k + 5).any(|j| {
            t.is_any(
                j,
                &[
                    "injuries",
                    "injury",
                    "burns",
                    "wounds",
                    "medics",
                    "paramedics",
                    "scene",
                    "hospital",
                    "hospitals",
                    "inhalation",
                ],
            )
        }),
        // Treatment needed or given, and for nothing else: `212 runners
        // needed treatment` (not `patients receiving treatment for
        // cancer`, `a new treatment for the disease`).
        "treatment" => {
            !(k > 0
                && t.is_any(
                    k - 1,
                    &[
                        "needed",
                        "needing",
                        "required",
                        "requiring",
                        "received",
                        "receiving",
                        "given",
                        "sought",
                    ],
                )
                && !t.is_any(k + 1, &["for", "with"]))
        }
        // What plunges into water or off a road falls, and nothing
        // decreases: `eight vehicles plunged roughly 15 metres into the
        // water` (but `shares plunged 15%`).
        "plunged" | "plummeted" | "tumbled" | "plunging" => (k + 1..k + 6)
            .take_while(|&j| !t.is_punct(j, '%') && !t.is(j, "per"))
            .any(|j| t.is_any(j, &["into", "onto", "off"])),
        "ended" => {
            k > 0
                && (t.has(k - 1, lx::Set::TimeUnit)
                    || t.is_any(k - 1, &["quarter", "period", "half"]))
        }
        // Time spent, not money: `spent the night in shelters`, `spent
        // two days`.
        "spent" => {
            let j = k + 1 + usize::from(t.is_any(k + 1, &["the", "a", "that"]));
            t.has(j, lx::Set::TimeUnit) || t.is_any(j, &["night", "nights", "weekend"])
        }
        // The season: `last fall`, `in the fall` (but `the fall in prices`).
        "fall"
            if k > 0
                && t.is_any(k - 1, &["the", "this", "last", "next", "early", "late"])
                && !t.is_any(k + 1, &["in", "of"]) =>
        {
            true
        }
        // No figure falls in `fell well short of the 116 seats needed`, `if
        // the deal falls through`, `fell ill`, `fell victim to`.
        // Nor in `30cm of snow fell`, nor before the noun it describes:
        // `Six villages were hit by falling rocks`.
        "falling"
            if t.kind(k + 1) == Some(TokKind::Word)
                && !t.has(k + 1, lx::Set::PhraseStop)
                && !t.has(k + 1, lx::Set::Direction)
                && !t.word(k + 1).ends_with("ly") =>
        {
            true
        }
        w if FALL_FORMS.contains(&w) => {
            let j = k + 1 + usize::from(t.is_any(k + 1, MARGIN_ADVERBS));
            let before = (k.saturating_sub(3)..k)
                .rev()
                .find(|&b| !t.is_any(b, BEFORE_VERB));
            t.is_any(
                j,
                &[
                    "short", "through", "apart", "ill", "sick", "victim", "silent", "asleep",
                ],
            ) || before.is_some_and(|b| t.is_any(b, PRECIPITATION))
        }
        // Lives lived, not lost: `at some point in their lives`, `during
        // their lives` (but `lost their lives`, `cost the lives of`).
        "lives" => {
            k >= 2
                && t.is_any(k - 1, lx::POSSESSIVE_DETERMINERS)
                && t.is_any(k - 2, &["in", "during", "throughout", "of", "for", "their"])
        }
        // Rescued only when pulled alive or out of what held them, or
        // brought to safety: `pulled 11 miners alive from the mine`, `were
        // brought to the surface` (not `pulled its forecast`, `brought
        // the total to 40`).
        "pulled" | "brought" => !(k + 1..k + 7).any(|j| {
            t.is(j, "alive")
                || (t.is(j, "to")
                    && t.is_any(j + 1, &["safety", "the"])
                    && t.is_any(
                        j + 1 + usize::from(t.is(j + 1, "the")),
                        &["safety", "surface", "shore"],
                    ))
                || (t.is(j, "from")
                    && t.is_any(
                        j + 1 + usize::from(t.is(j + 1, "the")),
                        &["rubble", "water", "wreckage", "sea", "debris", "river"],
                    ))
        }),
        // Those who took to the streets (not `300 streets were flooded`).
        "streets" => {
            !(k >= 3
                && t.is(k - 1, "the")
                && t.is(k - 2, "to")
                && t.is_any(k - 3, &["took", "take", "takes", "taking", "poured"]))
        }
        // On strike, or walked out (not `a drone strike`, `walked 5km`).
        "strike" => !(k > 0 && t.is(k - 1, "on")),
        "walked" => !t.is(k + 1, "out"),
        // Those who `dropped out` quit: nothing decreased.
        "dropped" | "drop" => t.is(k + 1, "out"),
        // Only `asked for` is a demand (not `1,000 people asked`).
        "asked" | "asking" => !t.is(k + 1, "for"),
        // A verb with an object: `Martinelli doubled the lead`, `halved
        // its losses` (the figure doubled reads `doubled to 210,000`).
        "doubled" | "tripled" | "quadrupled" | "halved" => lx::is_determiner(t.word(k + 1)),
        // A point in time: `11 degrees at the start` (but `since the start
        // of the war`).
        "start" | "beginning" => k > 0 && t.is(k - 1, "the") && !t.is(k + 1, "of"),
        "cost" => t.is_any(k + 1, lx::COST_COMPOUNDS),
        // Only `took part`, `taking part` is an event.
        "part" => !(k > 0 && t.is_any(k - 1, &["took", "take", "takes", "taking"])),
        // (And `missing analysts' average estimate`, `missing Wall Street's
        // forecasts`: a target missed.)
        "missing" => {
            let next = t.word(k + 1);
            lx::is_determiner(next)
                || next.ends_with('\'')
                || next.ends_with("'s")
                || (t.is_punct(k + 2, '\'') && t.glued(k + 2))
                || t.has(k + 1, lx::Set::Forecast)
                || t.is_any(k + 1, &["estimate", "estimates", "target", "targets"])
        }
        // A line or a level is crossed, not a border: `crossed the finish
        // line`, `crossed the 1,000 mark`, `crossed $100,000`.
        // (Nor a name's: `Southern Cross Bank`, `the Red Cross`.)
        "crossed" | "cross" | "crossing" => {
            let j = k + 1 + usize::from(t.is(k + 1, "the"));
            (t.capitalised(k) && k > 0 && t.capitalised(k - 1))
                || t.is_any(j, &["line", "finish", "mark", "threshold", "milestone"])
                || t.is_number(j)
                || (t.kind(j) == Some(TokKind::Punct)
                    && lx::CURRENCY_SYMBOLS.iter().any(|(c, _)| *c == t.raw(j)))
        }
        // A market: `the FTX exchange`, `the stock exchange`, and one that
        // is founded, run or listed on (`who founded the exchange`).
        "exchange" | "exchanges" => {
            k > 0
                && ((t.capitalised(k - 1) && !t.sentence_break_before(k - 1))
                    || t.is_any(k - 1, &["stock", "crypto", "cryptocurrency", "currency"])
                    || (k >= 2
                        && t.is(k - 1, "the")
                        && t.is_any(
                            k - 2,
                            &[
                                "founded", "runs", "ran", "run", "owns", "owned", "operates",
                                "operated", "launched", "on",
                            ],
                        )))
        }
        _ => false,
    }
}

/// Whether the word at `k` is on `list`, one of the lists of
/// [`lx::Set::FrameCue`]: a bit test turns most words away first.
#[inline]
fn cue(t: &Tokens, k: usize, list: &[&str]) -> bool {
    t.has(k, lx::Set::FrameCue) && t.is_any(k, list)
}

/// The noun class of the word at `k`. A rate is what it measures when the
/// word before says so: `the unemployment rate`, `the inflation rate`.
fn class_at(t: &Tokens, k: usize) -> Option<&'static str> {
    let class = t.listed(k, lx::Set::NounClass, class_of)?;
    // Half of a compound adjective names nothing counted: `the
    // military-led government`, `state-backed firms`.
    if t.is_punct(k + 1, '-') && t.glued(k + 1) && t.is_any(k + 2, lx::LINK_ADJECTIVES) {
        return None;
    }
    // Listed nouns that are also verbs: `the firm will pay $5bn`, `rich
    // nations will channel $300bn`, `the toll remains at 23` (but `average
    // pay`, `the remains of 20 soldiers`). After `to`, only `pay` is a verb
    // (`taken to hospital`); `May` is a month.
    if k > 0
        && cue(t, k - 1, lx::VERB_MARKERS)
        && (!t.is(k - 1, "to") || t.is(k, "pay"))
        && !(t.is(k - 1, "may") && t.capitalised(k - 1))
    {
        return None;
    }
    match t.word(k) {
        "remains"
            if !t.is(k + 1, "of")
                && !(k > 0 && (t.is_any(k - 1, lx::DETERMINERS) || t.is(k - 1, "human"))) =>
        {
            return None;
        }
        _ => {}
    }
    // `net income`, `operating income`: profit.
    if class == "income" && k > 0 && t.is_any(k - 1, &["net", "operating"]) {
        return Some("profit");
    }
    // `gross domestic product` grows; another product is no class.
    if t.is(k, "product") && !(k > 0 && t.is(k - 1, "domestic")) {
        return None;
    }
    if k > 0 && matches!(t.word(k), "rate" | "rates") {
        if let Some(measured) = t.listed(k - 1, lx::Set::NounClass, class_of) {
            return Some(measured);
        }
        // `the vaccination rate`, `the birth rate`: not the interest rate.
        // (Or the word before `lending`: `the prime lending rate`.)
        let modifier = if k > 1 && t.is(k - 1, "lending") {
            k - 2
        } else {
            k - 1
        };
        if let Some((_, rate)) = lx::OTHER_RATES.iter().find(|(w, _)| t.is(modifier, w)) {
            return Some(rate);
        }
        // Nor any other rate an abstract noun names (`infertility rates of
        // 17.8%`, `the approval rate`; not a verb, `lifts rates`): only a
        // word of a central bank's rate leaves it that.
        let before = t.word(k - 1);
        if t.kind(k - 1) == Some(TokKind::Word)
            && lx::unlisted(before)
            && !t.capitalised(k - 1)
            && lx::NOUN_SUFFIXES
                .iter()
                .any(|x| before.len() > x.len() + 2 && before.ends_with(x))
            && !lx::INTEREST_RATE_WORDS.contains(&before)
        {
            return None;
        }
        // A bare `the rate` is a bank's only near a word of banks or of
        // what they do with rates: `expected the rate to come in at 2.6%`
        // in an inflation story is inflation's.
        if lx::is_determiner(before) {
            let near = (k.saturating_sub(RATE_CONTEXT)..k + RATE_CONTEXT)
                .any(|j| t.is_any(j, lx::INTEREST_RATE_WORDS) || t.is_any(j, lx::RATE_ACTIONS));
            if !near {
                return None;
            }
        }
    }
    Some(class)
}

/// How far around a bare `the rate` a word of banks is looked for.
const RATE_CONTEXT: usize = 12;

/// The nationality the word at `k` names.
fn nationality_at(t: &Tokens, k: usize) -> Option<&'static str> {
    let n = t.listed(k, lx::Set::Nationality, nationality_of)?;
    let before = (k > 0 && t.capitalised(k - 1)).then(|| t.word(k - 1));
    Some(divided(before, n))
}

/// Nationality `n` after the word `before` it: each half of a divided
/// land is a nationality of its own (`173 South Koreans`, `10,000 North
/// Korean troops`).
fn divided(before: Option<&str>, n: &'static str) -> &'static str {
    match (before, n) {
        (Some("north"), "korean") => "north korean",
        (Some("south"), "korean") => "south korean",
        (Some("south"), "african") => "south african",
        (Some("south"), "sudanese") => "south sudanese",
        _ => n,
    }
}

/// What a figure counts or measures, normalised for comparison.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Subject {
    /// The canonical event: `killed`, `exchanged`, `began`.
    pub event: Option<&'static str>,
    /// The class of thing counted: `soldier`, `prisoner`, `war`.
    /// Mostly a listed class (`soldier`), borrowed from the word list; only
    /// an unlisted noun made singular is a string of its own.
    pub head: Option<Cow<'static, str>>,
    /// Whose: `ukrainian`.
    pub nationality: Option<&'static str>,
    /// A projection (`analysts had forecast $20.9bn`, `the toll could rise
    /// to 500`), which is compared with projections only, never with what
    /// was reported as having happened.
    pub projected: bool,
    /// The period a rate is given per: `year` for `annual revenue of
    /// $84bn` and `$5bn a year`. A yearly figure and a quarterly one are
    /// different facts.
    pub per: Option<&'static str>,
    /// Who holds what is counted, named as the subject of a verb of
    /// winning or holding: `progressive alliance` in `the Progressive
    /// Alliance won 187 seats`. One party's seats are not another's.
    pub holder: Option<Box<str>>,
    /// A part of a group named elsewhere (`Texas accounts for 499 of the
    /// cases`, `12 of them were children`): compared with parts only, never
    /// with the group's total.
    pub part: bool,
}

impl Subject {
    /// Whether it is a rate per head of population (`per 100,000`, `per
    /// capita`), not per period.
    pub fn per_head(&self) -> bool {
        matches!(
            self.per,
            Some("capita" | "1,000" | "10,000" | "100,000" | "million")
        )
    }

    /// Whether nothing is known.
    pub fn is_empty(&self) -> bool {
        self.event.is_none() && self.head.is_none()
    }

    /// The words of the readable form, in order, with `head` standing for
    /// the head (a label writes it in the plural): who holds it,
    /// nationality, head, event, then `forecast` for a projection, `per
    /// year` for a yearly rate and `(part)` for a part of a group.
    pub fn words<'a>(&'a self, head: Option<&'a str>) -> impl Iterator<Item = &'a str> {
        [
            self.holder.as_deref(),
            self.nationality,
            head,
            self.event,
            // (Once: `economists' forecasts of 2.6%` is a forecast.)
            (self.projected && !head.is_some_and(|h| h.starts_with("forecast")))
                .then_some("forecast"),
            self.per.map(per_label),
            self.part.then_some("(part)"),
        ]
        .into_iter()
        .flatten()
    }

    /// The readable form: `ukrainian soldier killed`.
    pub fn describe(&self) -> Option<String> {
        let mut out = String::with_capacity(32);
        self.write_to(&mut out).then_some(out)
    }

    /// Appends the readable form to `out`; false (and nothing appended)
    /// when nothing is known.
    pub fn write_to(&self, out: &mut String) -> bool {
        if self.is_empty() {
            return false;
        }
        for (n, word) in self.words(self.head.as_deref()).enumerate() {
            if n > 0 {
                out.push(' ');
            }
            out.push_str(word);
        }
        true
    }
}

/// The time a figure refers to.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Time {
    /// Not said: as of publication.
    #[default]
    Current,
    /// Some time before publication (`previously reported`).
    Past,
    /// A stated date or period: first and last day, and its ISO spelling.
    Explicit(Day, Day, String),
}

/// Who gives a figure.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    /// As shown: `Zelensky`, `the Centre for Strategic and International Studies`.
    /// Shared: every figure of a sentence gets its source, and a pronoun
    /// (`he said`) refers back to it; a clone is a count, not a copy.
    pub name: std::sync::Arc<str>,
    /// A person (else an organisation).
    pub person: bool,
}

/// The frame of one figure.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Frame {
    /// What it counts.
    pub subject: Subject,
    /// Who gives it.
    pub source: Option<Source>,
    /// As of when.
    pub time: Time,
    /// Token span of its sentence.
    pub sentence: (usize, usize),
    /// A date that says when another figure holds (it is that figure's
    /// as-of, not a fact of its own).
    pub absorbed: bool,
    /// An absorbed date said with `by`, `until` or `as of` (`nine had died
    /// by Tuesday`): only a deadline, where `killed on Tuesday` also gives
    /// the day something happened.
    pub deadline: bool,
    /// The conversion in brackets of the figure before it (`A$867,400
    /// ($583,000)`, `40 km (25 miles)`): the outlet's arithmetic, not a
    /// claim of its own.
    pub conversion: bool,
    /// Where a change started (`up from 20,000`, `rose to 4% from 3.9%`):
    /// an earlier figure than the one it is set against, at its own time
    /// if it states one.
    pub earlier: bool,
    /// A count said to have been taken to it (`rose to 61`, `revised …
    /// down to 275`): a later figure than another given for it.
    pub update: Option<Update>,
    /// Its time is the day it was given (`the CDC said on Friday`), not the
    /// day of what it counts (`534 crossed on Saturday`).
    pub said_on: bool,
    /// A date that stands in the lines before the story, as its
    /// publication line or dateline (`Published 4 February 2026`, `LONDON,
    /// May 17 (Reuters) -`): when the report came out, not a day of what
    /// it tells.
    pub header: bool,
    /// Whether it is about another incident than the story's (`17 people
    /// were killed in a separate bus accident`): such a figure is not lined
    /// up with the story's own.
    pub elsewhere: bool,
    /// When in a market's day a price or a move was given (`in early
    /// trading`, `by midday`, `at the close`): markets move through the
    /// day, so two moves given at different times are no contradiction.
    pub session: Option<Session>,
}

/// Whether the word at `k`, right before a figure, is a verb in `-ing`
/// whose object the figure is (`carrying 40 passengers`, `affecting
/// 300,000`; not `including`, which lists a part, nor `totalling`).
fn object_of_ing_verb(t: &Tokens, k: usize) -> bool {
    // (Nor a verb of level: `tax rises totalling £40bn` are the rises.)
    ing_verb(t.word(k)) && !cue(t, k, lx::LEVEL_VERBS)
}

/// Whether `w` reads as a verb in `-ing` (`affecting`, `living`), not a
/// short word that ends so (`king`, `sing`) nor `including`, which lists.
fn ing_verb(w: &str) -> bool {
    w.len() >= 6 && w.ends_with("ing") && w != "including"
}

/// Whether duration `f` is a prison term: after `jailed for`, `sentenced
/// (on Friday) to`, `a sentence of`, or before `in prison`, `behind bars`.
fn prison_term(t: &Tokens, f: &Found, from: usize) -> bool {
    let before = f.start >= 1
        && t.is_any(f.start - 1, &["for", "to"])
        && (f.start.saturating_sub(6).max(from)..f.start - 1).any(|k| cue(t, k, lx::JAIL_VERBS));
    let after = (t.is(f.end, "in") && t.is_any(f.end + 1, &["prison", "jail"]))
        || t.seq(f.end, &["behind", "bars"]).is_some();
    let sentence_of =
        f.start >= 2 && f.start - 2 >= from && t.seq(f.start - 2, &["sentence", "of"]).is_some();
    before || after || sentence_of
}

/// Whether the sentence `span` opens with a place set off by a comma
/// before `start`: `In India's West Bengal state, … about 2,500 homes
/// were damaged`. The story's figures for one place are a part of its
/// whole. (Not `In 2023,`, `In January,`, `In a statement,`.)
/// The place's words, if so.
// (Out of line: rarely called, and `frame_all` is large enough.)
#[inline(never)]
fn opens_with_place(
    t: &Tokens,
    span: (usize, usize),
    start: usize,
) -> Option<std::ops::Range<usize>> {
    // (`In the US,` too, and `In neighbouring Thailand,`.)
    if !t.is(span.0, "in") {
        return None;
    }
    let first = span.0 + 1 + usize::from(t.is(span.0 + 1, "the"));
    let first = first + usize::from(t.is_any(first, lx::PLACE_ADJECTIVES));
    if !t.capitalised(first)
        || t.has_any(first, CALENDAR_WORDS)
        || t.kind(first) != Some(TokKind::Word)
    {
        return None;
    }
    (first + 1..(first + 6).min(start))
        .take_while(|&k| t.kind(k) == Some(TokKind::Word) || t.is_punct(k, ','))
        .find(|&k| t.is_punct(k, ','))
        .map(|comma| first..comma)
}

/// The name of up to four capitalised words starting at `k` (after `the`):
/// `the United States`.
fn name_at(t: &Tokens, k: usize, limit: usize) -> Option<std::ops::Range<usize>> {
    let first = k + usize::from(t.is(k, "the"));
    let end = (first..(first + 4).min(limit))
        .take_while(|&j| t.kind(j) == Some(TokKind::Word) && t.capitalised(j))
        .last()?;
    Some(first..end + 1)
}

/// The place named after `in` a few words after figure `f` (before
/// `limit`), past its noun and verb: `six people died in Mississippi`,
/// `three in Alabama`, `Six deaths were reported in Mississippi`. (Not a
/// month, nor what is no name: `killed in a highway pileup`.)
fn happened_in(t: &Tokens, f: &Found, limit: usize) -> Option<std::ops::Range<usize>> {
    let k = (f.end..(f.end + 5).min(limit))
        .take_while(|&k| t.kind(k) == Some(TokKind::Word))
        .find(|&k| t.is(k, "in"))?;
    let first = k + 1 + usize::from(t.is(k + 1, "the"));
    if t.has_any(first, CALENDAR_WORDS) {
        return None;
    }
    let place = name_at(t, k + 1, limit)?;
    // (One place, below a country: `killed at least 2,000 in Morocco` is
    // the story's own toll, `hundreds dead in Spain and Portugal` are of
    // both.)
    let country = names_a_country(t, &place);
    let more = (t.is_any(place.end, &["and", "or"]) || t.is_punct(place.end, ','))
        && t.capitalised(place.end + 1);
    (!country && !more).then_some(place)
}

/// The place below a country that the noun phrase opening the clause of
/// a figure at `figure` names after `in`: `the unemployment rate in Sao
/// Paulo state fell to 6.3 percent` is Sao Paulo's rate, not the
/// country's. (The clause opens the sentence `span` or follows its colon
/// or semicolon; the phrase is `the`, up to three words in lower case
/// but the first, then `in` and a name.)
// (Out of line: asked of every rate and amount without a holder, it ends
// at the first word of most sentences, and `frame_all` is large enough.)
#[inline(never)]
fn place_in_opening_phrase(
    t: &Tokens,
    span: (usize, usize),
    figure: usize,
) -> Option<std::ops::Range<usize>> {
    let opens = (span.0..figure)
        .rev()
        .find(|&k| t.is_punct(k, ':') || t.is_punct(k, ';'))
        .map_or(span.0, |k| k + 1);
    let first = opens + usize::from(t.is(opens, "the"));
    let at = (first..(first + 4).min(figure))
        .take_while(|&k| {
            t.is(k, "in")
                || (t.kind(k) == Some(TokKind::Word)
                    && (k == opens || !t.capitalised(k))
                    && !t.has_any(k, lx::Set::FunctionWord.bit() | lx::Set::SayVerb.bit()))
        })
        .find(|&k| t.is(k, "in"))?;
    // (`Shares in CrowdStrike` are of a company, no place.)
    let shares = |k: usize| t.listed(k, lx::Set::NounClass, lx::class_of) == Some(lx::SHARE_PRICE);
    if at == first || (first..at).any(shares) {
        return None;
    }
    let place = name_at(t, at + 1, figure)?;
    // (Not a country, `Unemployment in Brazil` is the story's own; nor a
    // time, `Growth in the December quarter`.)
    let time = place.clone().any(|j| t.has_any(j, CALENDAR_WORDS));
    (!names_a_country(t, &place) && !time).then_some(place)
}

/// Whether a word of the name `place` names a country (`Morocco`, `the
/// United States`): the story's own place, not a part of it.
fn names_a_country(t: &Tokens, place: &std::ops::Range<usize>) -> bool {
    place.clone().any(|j| nationality_at(t, j).is_some())
}

/// The name of up to four capitalised words ending right before `end`
/// (from `from` on): `Delta Air Lines` before `alone`.
fn name_ending_at(t: &Tokens, end: usize, from: usize) -> Option<std::ops::Range<usize>> {
    let first = (end.saturating_sub(4).max(from)..end)
        .rev()
        .take_while(|&k| t.capitalised(k))
        .last()?;
    Some(first..end)
}

/// Whether figure `f` is listed after `including` (`3,300 flights were
/// cancelled, including about 1,500 in the United States`).
fn listed_after_including(t: &Tokens, f: &Found) -> bool {
    f.start > 0 && t.is(f.start - 1, "including")
}

/// Whether figure `f` follows `of which` or `of whom` (`450 beds, of which
/// 120 are in intensive care`): a part of the figure before it.
fn after_of_which(t: &Tokens, f: &Found) -> bool {
    // (Past who says so: `of whom Israel says 39 are dead`.)
    let mut k = f.start;
    if k >= 4 && t.has(k - 1, lx::Set::SayVerb) && t.capitalised(k - 2) {
        k -= 2;
    }
    k >= 2 && t.is(k - 2, "of") && t.is_any(k - 1, &["which", "whom"])
}

/// The place a figure listed after `including` is for, if the words before
/// `limit` name one: `including about 1,500 in the United States`.
// (Out of line: rarely called, and `frame_all` is large enough.)
#[inline(never)]
fn included_place(t: &Tokens, f: &Found, limit: usize) -> Option<std::ops::Range<usize>> {
    if !listed_after_including(t, f) {
        return None;
    }
    let at = (f.end..(f.end + 3).min(limit)).find(|&k| t.is(k, "in"))?;
    name_at(t, at + 1, limit)
}

/// The place a part is said to be in by the verb after its noun phrase
/// (before `limit`): `Around 540,000 of the vehicles are in the United
/// States`, `120 of the beds were located in Leeds`.
// (Out of line: rarely called, and `frame_all` is large enough.)
#[inline(never)]
fn located_in(t: &Tokens, f: &Found, limit: usize) -> Option<std::ops::Range<usize>> {
    // (A part is `of` its group: `540,000 of the vehicles`.)
    if !t.is(f.end, "of") {
        return None;
    }
    let be = (f.end..limit.min(f.end + 8))
        .take_while(|&k| t.kind(k) == Some(TokKind::Word))
        .find(|&k| t.is_any(k, FINITE_BE))?;
    in_place_after(t, be, limit)
}

/// The place named after the verb `be` at `be` (before `limit`): `are in
/// the United States`, `were located in Leeds`, `are registered in
/// Germany`.
fn in_place_after(t: &Tokens, be: usize, limit: usize) -> Option<std::ops::Range<usize>> {
    let at = be + 1 + usize::from(t.is_any(be + 1, &["located", "registered", "based"]));
    if !t.is(at, "in") {
        return None;
    }
    name_at(t, at + 1, limit)
}

/// The place the members of a group listed by origin are from: `The
/// arrested men, three from Rajasthan and one from Haryana` (a count after
/// a comma or `and`, then `from` and a name before `limit`).
#[inline(never)]
fn from_place(t: &Tokens, f: &Found, limit: usize) -> Option<std::ops::Range<usize>> {
    let listed = f.start > 0 && (t.is_punct(f.start - 1, ',') || t.is(f.start - 1, "and"));
    if !(listed && t.is(f.end, "from")) {
        return None;
    }
    name_at(t, f.end + 1, limit)
}

/// What tells a part apart from the story's other parts, from the words of
/// `place` (`In the US, 2,100 flights were cancelled`): its name, as who
/// holds it, without a country it is in (`India's West Bengal state` is
/// `west bengal`) or a word in lower case; a country alone gives its
/// nationality (`american`).
// (Out of line: rarely called, and `frame_all` is large enough.)
#[inline(never)]
fn name_part(t: &Tokens, place: std::ops::Range<usize>, subject: &mut Subject) {
    if subject.holder.is_some() || subject.nationality.is_some() {
        return;
    }
    // (Two countries are named by words that name no nationality alone.)
    let united = t.is(place.start, "united") && place.len() == 2;
    let country_at = |k: usize| {
        let w = t.word(k);
        nationality_of(w.strip_suffix("'s").unwrap_or(w))
    };
    let country = match t.word(place.start + 1) {
        "states" if united => Some("american"),
        "kingdom" if united => Some("british"),
        _ => place.clone().find_map(country_at),
    };
    let name: Vec<usize> = place
        .clone()
        .filter(|&k| !united && t.capitalised(k) && country_at(k).is_none())
        .collect();
    match (name.first(), name.last()) {
        (Some(&first), Some(&last)) if name.len() == last - first + 1 => {
            subject.holder = Some(name_of_words(t, first..last + 1));
        }
        _ => subject.nationality = country,
    }
}

/// Whether the words from `from` to `to` name an incident other than the
/// story's: `in a separate bus accident`, `in another attack`, `a similar
/// crash`. (Not `another 33 people were injured`, which adds to a count.)
fn another_incident(t: &Tokens, from: usize, to: usize) -> bool {
    (from..to).any(|k| {
        if !t.has(k, lx::Set::OtherIncident) {
            return false;
        }
        // (`earlier`, `previous` after an article only: not `Earlier, the
        // fire destroyed…`.)
        if t.is_any(k, &["earlier", "previous"]) && !(k > 0 && t.is_any(k - 1, lx::DETERMINERS)) {
            return false;
        }
        // The incident at most two words on, with no mark between: `a
        // separate bus accident`.
        (k + 1..(k + 4).min(to))
            .take_while(|&j| t.kind(j) == Some(TokKind::Word))
            .any(|j| t.is_any(j, lx::INCIDENT_NOUNS))
    })
}

/// Whether the figure at `start` is told of an incident named after
/// `since`, in the clause that says what befell it: `the deadliest since
/// the Kartalkaya ski resort fire, in which 78 people were killed`. (Not
/// a toll since the story's own incident: `45 have died since the
/// outbreak began` has no such clause.)
#[inline(never)]
fn since_incident(t: &Tokens, start: usize, from: usize) -> bool {
    let back = from.max(start.saturating_sub(14));
    // (Most figures have no `since` before them: a bit test a word.)
    let Some(since) =
        (back..start).find(|&k| t.has(k, lx::Set::YearPreposition) && t.is(k, "since"))
    else {
        return false;
    };
    let Some(relative) = (since + 1..start).rev().take(6).find(|&k| {
        t.is_any(k, &["which", "whom"])
            && k.checked_sub(1 + usize::from(t.is(k - 1, "in")))
                .is_some_and(|c| t.is_punct(c, ','))
    }) else {
        return false;
    };
    (since + 1..relative).any(|j| t.is_any(j, lx::INCIDENT_NOUNS))
}

/// Whether the figure at `start` is told, in a relative clause, of an
/// incident named by a name the text has not used before: `The
/// Marshalltown fire, which killed 77 people`, `since the Rana Plaza
/// collapse, which killed more than 1,100 people`, background to a story
/// about another. (A story that names its own incident names it before:
/// in its headline or its first lines.)
#[inline(never)]
fn named_past_incident(t: &Tokens, start: usize, from: usize) -> bool {
    // (`, which killed 77`, `, in which 78 people were killed`.)
    let Some(which) = (from.max(start.saturating_sub(4))..start)
        .rev()
        .find(|&k| t.is_any(k, &["which", "that"]))
    else {
        return false;
    };
    let comma = which - usize::from(which > 0 && t.is(which - 1, "in"));
    if comma < 3 || !t.is_punct(comma - 1, ',') || !t.is_any(comma - 2, lx::INCIDENT_NOUNS) {
        return false;
    }
    let name = comma - 3;
    if !t.capitalised(name) || name <= from || t.has(name, lx::Set::FunctionWord) {
        return false;
    }
    // (Looked for in the few thousand words before: a pasted table of
    // such clauses stays linear.)
    let word = t.word(name);
    !(from.saturating_sub(NAME_REACH)..from).any(|k| t.word(k) == word)
}

/// How far back [`named_past_incident`] looks for an earlier use of a
/// name: more than a long story.
const NAME_REACH: usize = 4_000;

/// How far before a figure the storm whose toll it is may be named:
/// `after Hurricane Helene, which killed at least 225 people` (and no
/// further, so that a sentence of thousands of figures stays linear).
const STORM_REACH: usize = 16;

/// The name of the storm named at word `k`: `helene` in `Hurricane Helene`,
/// `alberto` in `Tropical Storm Alberto`. (Not inside another name: `the
/// National Hurricane Center`.)
#[inline]
fn named_storm_at<'t>(t: &'t Tokens, k: usize) -> Option<&'t str> {
    let in_name = k > 0
        && t.kind(k - 1) == Some(TokKind::Word)
        && t.capitalised(k - 1)
        && !t.is_any(k - 1, &["tropical", "super", "severe"]);
    (t.has(k, lx::Set::NamedDisaster)
        && t.capitalised(k)
        && t.capitalised(k + 1)
        && !in_name
        && !t.has(k + 1, lx::Set::NamedDisaster)
        && !t.is_any(k + 1, &["center", "centre", "season", "warning", "watch"]))
    .then(|| t.word(k + 1))
}

/// The stock market index that moved by figure `f`, named in its clause
/// before it (from `from` on): `The Dow fell 1,033.99 points`, `Japan's
/// Nikkei share average plunged 12.4%`, `the S&P 500 lost 3%`. A move in
/// points or per cent is the index's, whatever noun follows (`points`),
/// and one index's is not another's.
fn market_index(t: &Tokens, found: &[Found], f: &Found, from: usize) -> Option<&'static str> {
    // (Within the clause, past no other figure: in `The Dow fell 1,000
    // points as oil prices jumped 5%`, the 5% is no index's.)
    let k = (f.start.saturating_sub(INDEX_REACH).max(from)..f.start)
        .rev()
        .take_while(|&k| {
            (t.kind(k) != Some(TokKind::Punct) || t.is_punct(k, '&'))
                && !t.has(k, lx::Set::ClauseWord)
                && !in_figure(found, k)
        })
        .find(|&k| t.has(k, lx::Set::MarketIndex) && t.capitalised(k))?;
    let index = lx::MARKET_INDEX_WORDS.iter().find(|(w, _)| t.is(k, w))?.1;
    // (`S&P` and `Hang Seng` by their last word; `the FTSE 250` is the
    // smaller companies' index.)
    let whole = match t.word(k) {
        "p" => k >= 2 && t.is_punct(k - 1, '&') && t.is(k - 2, "s"),
        "seng" => k >= 1 && t.is(k - 1, "hang"),
        _ => true,
    };
    if !whole {
        return None;
    }
    Some(if index == "ftse 100" && t.raw(k + 1) == "250" {
        "ftse 250"
    } else {
        index
    })
}

/// The market index figure `n` moved it by, with the move, or the level
/// it moved it to (with no move): `The Dow fell 1,033.99 points` (`dow
/// point`, `decrease`), `or 2.6%` (`dow`), `to 38,703.27` (`dow level`,
/// no event); `the Nasdaq composite sank 3.4%`. `subject` is the figure's as
/// read so far, `before` the index the figure before it moved, with the
/// move. Gives the head, the move, and the index it moved. (Not a move
/// from a peak: `is now down 8.5% from its record`.)
fn index_figure(
    t: &Tokens,
    found: &[Found],
    n: usize,
    subject: &Subject,
    before: Option<IndexMove>,
    from: usize,
) -> Option<(Cow<'static, str>, Option<&'static str>, &'static str)> {
    let f = &found[n];
    if !t.any(lx::Set::MarketIndex)
        || !matches!(f.kind, Kind::Percent | Kind::Count | Kind::Number)
        || t.is(f.end, "from")
    {
        return None;
    }
    // (Points are the index's own: `Dow points`.)
    let head = |index: &'static str| {
        if f.kind == Kind::Percent {
            Cow::Borrowed(index)
        } else {
            Cow::Owned(format!("{index} point"))
        }
    };
    // The same move restated: `fell 1,033.99 points, or 2.6%`, `fell by
    // 5.5%, or more than 2,200 points`.
    let restated = f.start >= 2 && t.is(f.start - 1, "or") && t.is_punct(f.start - 2, ',');
    if restated
        && (f.kind == Kind::Percent || t.is_any(f.end, &["points", "point"]))
        && let Some((index, moved)) = before
    {
        return Some((head(index), Some(moved), index));
    }
    // The level an index moved to: right after its move (`lost 4,451
    // points to 31,458.42`, `fell 2.6%, to 38,703.27`, `closed down 1.2%
    // at 8,008.23`).
    if f.kind != Kind::Percent && f.start >= 2 && t.is_any(f.start - 1, &["to", "at"]) {
        let g = &found[n.checked_sub(1)?];
        let gap = g.end < f.start
            && (g.end..f.start - 1)
                .all(|k| t.is_punct(k, ',') || t.is_any(k, &["points", "point"]));
        if gap && let Some((index, _)) = before {
            return Some((Cow::Owned(format!("{index} level")), None, index));
        }
    }
    // (An index loses and sheds points, adds and gains them.)
    let moved = match f.start.checked_sub(1).map(|k| t.word(k)) {
        Some("lost" | "loses" | "losing" | "shed" | "sheds" | "shedding") => Some("decrease"),
        Some("added" | "adds" | "adding" | "gained" | "gains" | "gaining") => Some("increase"),
        _ => subject.event.filter(|e| lx::is_change(e)),
    };
    let of_index = subject
        .head
        .as_deref()
        .is_none_or(|h| matches!(h, "point" | "composite" | "average" | "index" | "benchmark"));
    if moved.is_none() || !of_index {
        return None;
    }
    let index = market_index(t, found, f, from)?;
    Some((head(index), moved, index))
}

/// A market index a figure moved, and the move (`increase`, `decrease`).
type IndexMove = (&'static str, &'static str);

/// How far before a move the index may be named: `The Dow Jones
/// Industrial Average dropped 1,034 points`.
const INDEX_REACH: usize = 8;

/// How far before a figure the named fire whose figure it is may stand:
/// `The Palisades Fire has burned 23,713 acres (9,596 hectares) and was
/// 13% contained`.
const FIRE_REACH: usize = 16;

/// The named fire that is the subject of the clause of figure `f`, which
/// starts no earlier than `from`: `The Palisades Fire has burned 23,713
/// acres`, `the Eaton Fire near Altadena has burned 14,000 acres`. A
/// season's stories tell of several fires at once, and one fire's acres
/// are not another's. (After `the` only: `Cal Fire said` names an agency;
/// and with its verb after it: not `in the Eaton Fire zone`.)
fn named_fire(t: &Tokens, f: &Found, from: usize) -> Option<Box<str>> {
    if !t.any(lx::Set::FireName) {
        return None;
    }
    let k = (f.start.saturating_sub(FIRE_REACH).max(from)..f.start)
        .rev()
        .find(|&k| t.has(k, lx::Set::FireName) && t.capitalised(k))?;
    let mut first = k;
    while first > from
        && k - first < 3
        && t.kind(first - 1) == Some(TokKind::Word)
        && t.capitalised(first - 1)
        && !t.is(first - 1, "the")
    {
        first -= 1;
    }
    let named = first < k && first > from && t.is(first - 1, "the");
    let verb = (k + 1..(k + 4).min(f.start))
        .any(|j| t.is_any(j, lx::AUXILIARIES) || t.is_any(j, BE_FORMS) || event_at(t, j).is_some());
    (named && verb).then(|| name_of_words(t, first..k + 1))
}

/// A time of a market's trading day, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Session {
    /// `at the open`, `in early trading`.
    Early,
    /// `in morning trade`.
    Morning,
    /// `by midday`, `at noon`.
    Midday,
    /// `in afternoon trading`.
    Afternoon,
    /// `in late trading`.
    Late,
    /// `at the close`, `closed down 2%`.
    Close,
    /// `at one point`: some time in the day.
    AtOnePoint,
}

/// When in a market's day the words from `from` to `to` say a figure was
/// given, if they do. Most words fail the bit test of the cue.
fn trading_session(t: &Tokens, from: usize, to: usize) -> Option<Session> {
    (from..to).find_map(|k| {
        if !t.has(k, lx::Set::Session) {
            return None;
        }
        let before = |w: &[&str]| k >= 1 && t.is_any(k - 1, w);
        match t.word(k) {
            "closed" | "closing" => Some(Session::Close),
            "close" if before(&["the"]) => Some(Session::Close),
            "open" if before(&["the"]) => Some(Session::Early),
            "midday" | "noon" | "lunchtime" => Some(Session::Midday),
            "point" if k >= 2 && t.seq(k - 2, &["at", "one"]).is_some() => {
                Some(Session::AtOnePoint)
            }
            "trading" | "trade" | "deals" => match t.word(k.saturating_sub(1)) {
                // (`in premarket trading` comes before the open, as what
                // it says does.)
                "early" | "opening" | "premarket" => Some(Session::Early),
                "morning" => Some(Session::Morning),
                "afternoon" => Some(Session::Afternoon),
                // (`in after-hours trading`, `in extended trade`.)
                "late" | "hours" | "extended" => Some(Session::Late),
                _ => None,
            },
            _ => None,
        }
    })
}

use lx::{class_of, event_of, nationality_of};
use std::borrow::Cow;

/// A rough singular: `soldiers` → `soldier`, `casualties` → `casualty`.
fn singular(w: &str) -> Cow<'static, str> {
    // (One name for what reports call two ways: `286 mm of rainfall`, `312
    // mm of rain`.)
    if let Some((_, same)) = lx::SAME_THING.iter().find(|(word, _)| *word == w) {
        return Cow::Borrowed(same);
    }
    if lx::SAME_IN_SINGULAR.contains(&w) {
        return Cow::Owned(w.to_string());
    }
    if let Some(s) = w.strip_suffix("ies")
        && s.len() > 2
    {
        return Cow::Owned(format!("{s}y"));
    }
    // `fishermen`, `firemen`: one fisherman (but one `specimen`).
    if let Some(s) = w.strip_suffix("men")
        && looks_plural(w)
        && !s.is_empty()
    {
        return Cow::Owned(format!("{s}man"));
    }
    // (`debris`, `crisis`, `analysis` end in `s` in the singular.)
    if lx::singular_in_s(w) || w.len() < 4 {
        return Cow::Owned(w.to_string());
    }
    // `crashes`, `taxes`, `businesses`: the `es` is the plural's.
    // (And `buses`, `viruses`, `bonuses`, of a singular in `-us`; the `e`
    // of `causes` and `houses` is the singular's.)
    if let Some(s) = w.strip_suffix("es")
        && (["ch", "sh", "x", "zz", "ss"]
            .iter()
            .any(|end| s.ends_with(end))
            || (s.ends_with("us") && !s.ends_with("aus") && !s.ends_with("ous")))
    {
        return Cow::Owned(s.to_string());
    }
    Cow::Owned(w.strip_suffix('s').unwrap_or(w).to_string())
}

/// Sentences as token spans, in order.
pub fn sentences(t: &Tokens) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = 0;
    for i in 1..t.len() {
        // Only a line break or `.`, `!`, `?` before a token can end a
        // sentence: the full test runs on those alone.
        let tok = &t.toks[i];
        let prev = &t.toks[i - 1];
        let may_break = tok.newline_before
            || (prev.kind == TokKind::Punct && matches!(prev.first, '.' | '!' | '?'));
        if may_break && i > start && t.sentence_break_before(i) {
            spans.push((start, i));
            start = i;
        }
    }
    if start < t.len() || spans.is_empty() {
        spans.push((start, t.len()));
    }
    spans
}

/// The index of the sentence (in `spans`, in order) that holds token `k`.
fn sentence_of(spans: &[(usize, usize)], k: usize) -> usize {
    spans
        .partition_point(|&(_, end)| end <= k)
        .min(spans.len().saturating_sub(1))
}

/// At most this many words make a noun phrase (`Ukrainian military
/// deaths`): bounded, so it lives on the stack.
const PHRASE_WORDS: usize = 4;

/// The words of a noun phrase, without a heap allocation per figure.
#[derive(Default)]
struct Nouns<'t> {
    words: [&'t str; PHRASE_WORDS],
    len: usize,
}

impl<'t> Nouns<'t> {
    fn push(&mut self, w: &'t str) {
        if self.len < PHRASE_WORDS {
            self.words[self.len] = w;
            self.len += 1;
        }
    }

    fn pop(&mut self) {
        self.len = self.len.saturating_sub(1);
    }

    fn clear(&mut self) {
        self.len = 0;
    }
}

impl<'t> std::ops::Deref for Nouns<'t> {
    type Target = [&'t str];

    fn deref(&self) -> &[&'t str] {
        &self.words[..self.len]
    }
}

struct Phrase<'t> {
    nouns: Nouns<'t>,
    event: Option<&'static str>,
    /// The period a rate is per, said by an adjective in the phrase:
    /// `$400 million in annual cost savings`.
    per: Option<&'static str>,
    end: usize,
    /// Whether the first noun is written with a capital (part of a name:
    /// `two South Koreans`).
    named_first: bool,
}

/// Whether the span of time `f` is how long since the last time it was so
/// (`Britain's biggest rail strike in three decades`, `its lowest level in
/// a decade`), after a superlative and `in`: no time of what happened.
fn since_last_such(t: &Tokens, f: &Found, from: usize) -> bool {
    if !(f.start > from && t.is(f.start - 1, "in")) {
        return false;
    }
    (f.start.saturating_sub(8).max(from + 1)..f.start - 1).any(|k| {
        let w = t.word(k);
        w.len() > 5
            && w.ends_with("est")
            && !matches!(
                w,
                "interest" | "protest" | "request" | "contest" | "harvest" | "arrest"
            )
            && (t.is_any(k - 1, lx::DETERMINERS)
                || t.is_any(k - 1, lx::POSSESSIVE_DETERMINERS)
                || t.word(k - 1).ends_with("'s"))
    })
}

/// Whether token `k` is the point after an initial (`U.S.`, `J. Smith`).
/// (The point first: a field test, where the letter's is a slice.)
fn initial_point(t: &Tokens, k: usize) -> bool {
    t.is_punct(k, '.')
        && t.glued(k)
        && t.kind(k - 1) == Some(TokKind::Word)
        && t.capitalised(k - 1)
        && t.raw(k - 1).len() == 1
}

/// Initials of two capital letters, each with its point, at `k` (`U.S.`,
/// `U.N.`): the word a nationality is listed by, for those that name a
/// country, and where the initials end.
pub(crate) fn initials_at(t: &Tokens, k: usize) -> Option<(Option<&'static str>, usize)> {
    if !(initial_point(t, k + 1) && initial_point(t, k + 3) && t.glued(k + 2)) {
        return None;
    }
    let whose = match (t.raw(k), t.raw(k + 2)) {
        ("U", "S") => Some("u.s"),
        ("U", "K") => Some("u.k"),
        _ => None,
    };
    Some((whose, k + 4))
}

/// Whether figure `f` is a multiple (`three times the old target`, `10
/// times as many`, `8.3 times average earnings`), which counts nothing.
fn multiple(t: &Tokens, f: &Found) -> bool {
    t.is(f.end, "times")
        && (t.is_any(f.end + 1, lx::DETERMINERS) || t.is_any(f.end + 1, lx::MULTIPLE_AFTER))
}

/// Whether the word in `-s` at `k` is a verb by what follows it: a figure
/// or a determiner of its object (`affects nearly 1,200 fishermen`, `cuts
/// the rate`). Not a word in `-ss`, `-us` or `-is` (`loss`, `bus`,
/// `crisis`), which is no plural.
fn verb_in_s(t: &Tokens, k: usize) -> bool {
    let w = t.word(k);
    let next = k + 1;
    w.len() >= 4
        && !lx::singular_in_s(w)
        && !w.ends_with("'s")
        && !t.capitalised(k)
        && (t.is_number(next)
            || super::quantity::qualifier_at(t, next).is_some_and(|(_, end)| t.is_number(end))
            || t.is_any(next, lx::POSSESSIVE_DETERMINERS)
            || t.is_any(next, &["the", "these", "those"]))
}

/// The noun phrase after a figure: `Ukrainian soldiers`, `military deaths`,
/// `names of people`.
fn phrase_after<'t>(t: &'t Tokens, mut k: usize, limit: usize) -> Phrase<'t> {
    // (A count right before the phrase counts its first noun, possessive
    // or not: `40 victims' families` are 40 victims.)
    let start = k;
    let after_count =
        || start > 0 && (t.is_number(start - 1) || t.has(start - 1, lx::Set::NumberWord));
    let mut nouns = Nouns::default();
    let mut event = None;
    let mut per = None;
    let mut named_first = false;
    // `tens of thousands of people`, `13% of its workforce`
    if t.is(k, "of") {
        k += 1;
        if t.is(k, "the") || t.is_any(k, lx::POSSESSIVE_DETERMINERS) {
            k += 1;
        }
    }
    // `10,000 more jobs`, `5,000 additional roles` (but `hundreds more
    // watched`, where `more` stands for the figure's own noun).
    if t.is_any(k, lx::MORE_WORDS)
        && t.kind(k + 1) == Some(TokKind::Word)
        && !t.has(k + 1, lx::Set::PhraseStop)
        && !t.word(k + 1).ends_with("ed")
        && !t.word(k + 1).ends_with("ing")
    {
        k += 1;
    }
    // `£22.6bn extra for day-to-day spending`: more of it, no noun.
    if t.is(k, "extra") {
        k += 1;
    }
    // `rose 12% week on week`, `0.5% month-on-month`: the periods compared,
    // not what changed.
    if period_on_period(t, k) {
        return Phrase {
            nouns,
            event,
            per,
            end: k,
            named_first,
        };
    }
    while nouns.len() < PHRASE_WORDS && k < limit {
        // Initials: `U.S. flights` are American, `U.N. peacekeepers` are
        // peacekeepers.
        if let Some((whose, next)) = initials_at(t, k) {
            if let Some(whose) = whose {
                nouns.push(whose);
            }
            k = next;
            continue;
        }
        match t.kind(k) {
            Some(TokKind::Word) => {}
            Some(TokKind::Punct)
                if (t.is_punct(k, '-'))
                    && t.glued(k)
                    && !nouns.is_empty()
                    && t.kind(k + 1) == Some(TokKind::Word) =>
            {
                // (A compound that says what something is linked to, or
                // what it does, names nothing counted: `42 heat-related
                // deaths`, `1.8 million egg-laying hens`, `oil-producing
                // countries`.)
                let doing = |w: &str| w.len() > 5 && w.ends_with("ing");
                if t.is_any(k + 1, lx::LINK_ADJECTIVES) || doing(t.word(k + 1)) {
                    nouns.pop();
                    k += 2;
                    continue;
                }
                k += 1;
                continue;
            }
            // A plural possessive determines what follows it, as `'s`
            // does below: a `five-day resident doctors' strike` is a strike.
            Some(TokKind::Punct)
                if (t.is_punct(k, '\'') || t.is_punct(k, '\u{2019}'))
                    && t.glued(k)
                    && t.word(k - 1).ends_with('s')
                    && !nouns.is_empty()
                    && t.kind(k + 1) == Some(TokKind::Word)
                    && !t.has(k + 1, lx::Set::PhraseStop)
                    && !after_count() =>
            {
                nouns.clear();
                k += 1;
                continue;
            }
            // A model's number inside a name: `14 Challenger 2 tanks`,
            // `Falcon 9 rockets` (the tanks are counted, not the name).
            Some(TokKind::Number)
                if !nouns.is_empty()
                    && t.capitalised(k - 1)
                    && !t.has_any(k - 1, CALENDAR_WORDS)
                    && t.raw(k).len() <= 4
                    && t.kind(k + 1) == Some(TokKind::Word)
                    && !t.capitalised(k + 1)
                    && !t.has_any(k + 1, lx::Set::TimeUnit.bit() | lx::Set::UnitStart.bit()) =>
            {
                k += 1;
                continue;
            }
            _ => break,
        }
        let w = t.word(k);
        if let Some(e) = event_at(t, k) {
            // A noun of an event before a plural noun names that noun, as
            // a modifier does: `23 evacuation centres`, `40 rescue teams`.
            let modified = k + 1 < limit
                && nouns.is_empty()
                && event.is_none()
                && !w.ends_with("ing")
                && !w.ends_with('s')
                && !past_participle(t, k)
                && !w.ends_with("en")
                && t.kind(k + 1) == Some(TokKind::Word)
                && !t.capitalised(k + 1)
                && !t.has_any(k + 1, lx::Set::Event.bit() | lx::Set::PhraseStop.bit())
                && looks_plural(t.word(k + 1))
                && !t.word(k + 1).ends_with("ss");
            if modified {
                nouns.push(w);
                k += 1;
                continue;
            }
            // (What a change is in may be a noun of an event: `a 31%
            // increase in civilian casualties` counts casualties.)
            if event.is_some() {
                nouns.push(w);
                k += 1;
                break;
            }
            // `deaths`, `toll`, `lives` are nouns of the event; `killed` ends it.
            event = Some(e);
            k += 1;
            // But a change says in what after it: `a 35% jump in profits`,
            // `a 12% fall in the number of passengers`.
            if nouns.is_empty() && lx::is_change(e) && t.is(k, "in") && k + 1 < limit {
                k += 1;
                if t.is(k, "the") || t.is_any(k, lx::POSSESSIVE_DETERMINERS) {
                    k += 1;
                }
                continue;
            }
            // And what an event's noun is of, one plain word: `127,350
            // cases of measles` are `127,350 measles cases`.
            let plain =
                |j: usize| t.kind(j) == Some(TokKind::Word) && !t.has(j, lx::Set::PhraseStop);
            if nouns.is_empty()
                && !lx::is_change(e)
                && t.is(k, "of")
                && k + 1 < limit
                && plain(k + 1)
                && !t.capitalised(k + 1)
                && !t.has(k + 1, lx::Set::Event)
                && !plain(k + 2)
            {
                nouns.push(t.word(k + 1));
                k += 2;
            }
            // A participle before its noun says what happened to it: `22
            // trapped miners`, `500 evacuated residents` (not `40 killed
            // Monday`, `100 injured seriously`).
            if nouns.is_empty()
                && (w.ends_with("ed") || w == "missing")
                && k < limit
                && plain(k)
                && !t.capitalised(k)
                && !t.has_any(k, lx::Set::Event.bit() | lx::Set::TimeUnit.bit())
                && !t.word(k).ends_with("ly")
                // (Nor `the 40% pledged nothing`.)
                && !t.word(k).ends_with("thing")
                && !t.is_any(k, lx::PORTION_WORDS)
            {
                continue;
            }
            break;
        }
        // A form of `fall` that is no change is still a verb: `30cm of snow
        // fell` (and a modal before it: `rain could fall`).
        // (A bit test first: the forms of `fall` have other uses listed, and
        // `could`, `might` are words of forecasts.)
        if !nouns.is_empty()
            && t.has_any(k, lx::Set::EventOtherUse.bit() | lx::Set::Forecast.bit())
            && (t.is_any(k, FALL_FORMS) || t.is_any(k, &["could", "might"]))
        {
            break;
        }
        // An adjective of size after the nouns says how big, not what:
        // `a train 118 cars long`; and a plain word but a plural before
        // `by` and no time is a participle, whatever its form: `2,150 camps
        // run by provincial authorities` (but `1,800 permanent jobs by
        // 2031`, `3 miles of Tobin Creek by midday`).
        if !nouns.is_empty()
            && (lx::SIZE_ADJECTIVES.iter().any(|&(a, _)| t.is(k, a))
                || (t.is(k + 1, "by")
                    && !looks_plural(w)
                    && !t.capitalised(k)
                    && !t.is_number(k + 2)
                    && !t.has_any(k + 2, CALENDAR_WORDS)))
        {
            break;
        }
        // A verb in `-s` after the nouns: `5% of world trade goes through`.
        // (Any verb in `-s` with its object after it: `the 15-day fishing
        // ban affects nearly 1,200 fishermen`. A plural noun is seldom
        // followed by a figure or by `the`.)
        if !nouns.is_empty() && w.ends_with('s') && (t.is_any(k, lx::VERBS_IN_S) || verb_in_s(t, k))
        {
            break;
        }
        // `cocaine worth about A$760 million`: what it is worth is another
        // figure (but `$18bn worth of imports` is a container).
        if w == "worth" && !t.is(k + 1, "of") {
            break;
        }
        if w == "of" && nouns.last().is_some_and(|n| lx::is(lx::Set::Container, n)) {
            nouns.pop();
            k += 1;
            continue;
        }
        // `the $20.9bn analysts expected`, `the 190,000 economists had
        // expected`: the nouns are who expected it, not what it is.
        let forecast_verb = t.has(k, lx::Set::Forecast)
            || (t.has(k + 1, lx::Set::Forecast) && t.is_any(k, lx::AUXILIARIES));
        // (Right after the figure too: `the 3.1 percent forecast by
        // economists`.)
        if forecast_verb {
            nouns.clear();
            break;
        }
        // `day-to-day spending`, `state-of-the-art`: a short word inside a
        // compound is part of it.
        if t.is_punct(k + 1, '-') && t.glued(k + 1) && k > 0 && t.is_punct(k - 1, '-') && t.glued(k)
        {
            k += 1;
            continue;
        }
        // `current and former customers`, `police and army officers`: two
        // words before one noun, which is what is counted.
        if nouns.len() == 1
            && (t.is(k, "and") || t.is(k, "or"))
            && coordinated_modifier(t, k, nouns[0])
        {
            nouns.pop();
            k += 1;
            continue;
        }
        // (A verb of holding or losing after the nouns is the clause's
        // verb: `1 million customers lost access to their funds`.)
        if t.has(k, lx::Set::PhraseStop)
            || ((t.kind(k + 1) != Some(TokKind::Word) || t.has(k + 1, lx::Set::PhraseStop))
                && cue(t, k, lx::PLACE_ADVERBS))
            // (`480,000 health claims`, `200 reports`: after a figure a
            // plural in `-s` is a noun, which a verb could only be after
            // one of something.)
            || (t.has(k, lx::Set::SayVerb) && !t.is_any(k, &["claims", "reports", "states"]))
            || (!nouns.is_empty() && t.has(k, lx::Set::HoldingVerb))
            || super::date::month_at(t, k).is_some()
            || (t.has(k, lx::Set::Direction) && !t.capitalised(k))
        {
            break;
        }
        // An adverb in `-ly` after the nouns ends them (`the first
        // reduction fully priced`, `six people fatally shot`); before them it
        // says how, not what (`30 newly built homes`). Few nouns end so,
        // and those are listed (`family`, `rally`).
        if w.len() >= 5
            && w.ends_with("ly")
            && !t.has_any(k, lx::WORD_CLASSES)
            && !lx::LY_NOUNS.contains(&w)
            && !t.capitalised(k)
        {
            if !nouns.is_empty() {
                break;
            }
            k += 1;
            continue;
        }
        // A verb in the past after the nouns ends them: `two firefighters
        // suffered minor injuries`. (Few nouns end in `-ed`; a listed one,
        // or an event, was taken above.)
        // (Not in a compound: `US-brokered talks`.) Nor is one right after
        // the figure that a preposition follows: `€1.06bn levied on Intel`
        // (but `1,200 armed men`, `12% contained`).
        let participle = past_participle(t, k) && !(k > 0 && t.is_punct(k - 1, '-') && t.glued(k));
        if participle && (!nouns.is_empty() || t.has(k + 1, lx::Set::PhraseStop)) {
            break;
        }
        // Before an event it is a verb of saying so, no noun: `two feared
        // missing`, `68 confirmed dead`.
        if participle && nouns.is_empty() && t.has(k + 1, lx::Set::Event) {
            k += 1;
            continue;
        }
        // So does one in `-ing` with its object after it: `57 metres of
        // debris blocking the tunnel` (but `oil drilling rigs`, `the 38th
        // mass shooting in Ohio this year`).
        // (Or a verb of how long or far it runs: `a six-year contract
        // running until June 2029`.)
        if !nouns.is_empty()
            && w.len() >= 6
            && w.ends_with("ing")
            && !t.has(k, lx::Set::NounClass)
            && (t.is_any(k + 1, &["the", "a", "an"])
                || t.is_any(k + 1, lx::POSSESSIVE_DETERMINERS)
                // (Or a figure: `16,000 agencies covering about 94%`.)
                || t.is_number(k + 1)
                || (t.has(k + 1, lx::Set::StartsQualifier) && t.is_number(k + 2))
                || (t.has(k + 1, lx::Set::PhraseStop)
                    && matches!(
                        w,
                        "running" | "lasting" | "stretching" | "spanning" | "expiring"
                    )))
        {
            break;
        }
        // A possessive determines what follows it: in `Alphabet's average
        // turnover` the turnover is counted, not Alphabet (but a country
        // stays as the nationality).
        // (Before a number too: `11 of Italy's 27 largest cities`.)
        if w.ends_with("'s") && matches!(t.kind(k + 1), Some(TokKind::Word | TokKind::Number)) {
            nouns.clear();
            if nationality_of(w).is_some() {
                nouns.push(w);
            }
            k += 1;
            continue;
        }
        // `annual cost savings` are savings per year; so are `200 million
        // doses annually` (last, it ends the nouns; not `average daily
        // worldwide turnover`).
        let last = || t.kind(k + 1) != Some(TokKind::Word) || t.has(k + 1, lx::Set::PhraseStop);
        if per.is_none() && t.has(k, lx::Set::PerPeriod) && (nouns.is_empty() || last()) {
            per = lx::per_period_of(w);
            if per.is_some() {
                k += 1;
                if nouns.is_empty() {
                    continue;
                }
                break;
            }
        }
        if nouns.is_empty() {
            named_first = t.capitalised(k);
        }
        nouns.push(w);
        k += 1;
        if t.has(k, lx::Set::Placeholder) {
            break;
        }
    }
    Phrase {
        nouns,
        event,
        per,
        end: k,
        named_first,
    }
}

/// Whether the word at `k` reads as a verb in the past (`suffered`,
/// `awarded`, `hidden`): few nouns end in `-ed`, and a listed one is no
/// verb.
pub(super) fn past_participle(t: &Tokens, k: usize) -> bool {
    let w = t.word(k);
    // (Five letters too, `asked`, `owned`, but not `speed`, `breed`; four
    // only as `vied`, `tied`, `used`, `owed`, not `seed`, `shed`.)
    let long_enough = w.len() >= 6
        || (w.len() == 5 && !w.ends_with("eed"))
        || (w.len() == 4 && (w.ends_with("ied") || matches!(w, "used" | "owed" | "axed" | "eyed")));
    (long_enough && w.ends_with("ed") && !t.has(k, lx::Set::NounClass))
        || t.has(k, lx::Set::IrregularParticiple)
}

/// Whether `first`, before the `and` or `or` at `k`, and the word after it
/// both modify the noun after that (`current and former customers`): an
/// unlisted word, then two plain words, the second no verb.
fn coordinated_modifier(t: &Tokens, k: usize, first: &str) -> bool {
    let plain = |j: usize| {
        t.kind(j) == Some(TokKind::Word)
            && !t.has(j, lx::Set::PhraseStop)
            && !t.has(j, lx::Set::Event)
            && !t.has(j, lx::Set::SayVerb)
            && !t.word(j).ends_with("ed")
    };
    // (Not two nouns, `68 passengers and four crew`, `nurses and
    // healthcare workers`: a plural is no modifier.)
    lx::unlisted(first)
        && !looks_plural(first)
        && plain(k + 1)
        && !t.has(k + 1, lx::Set::NumberWord)
        && plain(k + 2)
}

/// Whether a word reads as a plural noun: in `-s`, or an irregular plural
/// (`fishermen`, `children`).
fn looks_plural(w: &str) -> bool {
    w.ends_with('s')
        || (w.ends_with("men") && !matches!(w, "specimen" | "abdomen" | "regimen" | "omen"))
        || matches!(
            w,
            "children" | "people" | "feet" | "teeth" | "mice" | "geese"
        )
}

fn head_and_nationality(p: &Phrase) -> (Option<Cow<'static, str>>, Option<&'static str>) {
    let nouns: &[&str] = &p.nouns;
    let nationality = nouns.iter().enumerate().find_map(|(i, n)| {
        let before = i.checked_sub(1).map(|j| nouns[j]);
        nationality_of(n).map(|nat| divided(before, nat))
    });
    let content = || {
        nouns
            .iter()
            .filter(|n| nationality_of(n).is_none() || class_of(n).is_some())
            .filter(|n| !lx::is(lx::Set::Placeholder, n))
            // `27 others were missing`: more of what the text counts.
            .filter(|n| !matches!(**n, "others" | "more"))
            // `some 500,000 of them`: a pronoun names nothing.
            .filter(|n| !lx::PRONOUNS.contains(n))
    };
    let compound = nouns.windows(2).find_map(|pair| {
        lx::NOUN_COMPOUNDS
            .iter()
            .find(|(a, b, _)| pair[0] == *a && pair[1] == *b)
            .map(|(_, _, class)| Cow::Borrowed(*class))
    });
    let classed = || {
        nouns.iter().enumerate().find_map(|(i, n)| {
            // (`military` before a noun says whose, not what: `military
            // aid`, `military spending`.)
            if *n == "military" && i + 1 < nouns.len() {
                return None;
            }
            let class = class_of(n)?;
            // (Only a phrase of two words, `two ballistic missiles`: in a
            // longer one the word before may be part of a compound, `two
            // school-age children`. A rate's word before it says what it
            // measures: `class_at`.)
            let before =
                (i == 1 && nouns.len() == 2 && !p.named_first && !matches!(*n, "rate" | "rates"))
                    .then(|| nouns[0]);
            Some(with_modifier(before, class))
        })
    };
    let head = compound
        .or_else(classed)
        .or_else(|| content().next_back().map(|n| singular(n)));
    (head, nationality)
}

/// A classed noun with the unlisted noun before it that narrows it:
/// `cloud revenue` is not all revenue (but `total revenue` is, and a
/// listed word before it, `Ukrainian soldiers`, says something else).
fn with_modifier(before: Option<&str>, class: &'static str) -> Cow<'static, str> {
    narrow(before, Cow::Borrowed(class))
}

/// `head` with the unlisted word before it that narrows it, if there is
/// one: `cloud revenue`, `property crime` (not `total revenue`).
fn narrow(before: Option<&str>, head: Cow<'static, str>) -> Cow<'static, str> {
    // (`personnel` alone are troops; police personnel are police officers.)
    if head == "soldier" && before == Some("police") {
        return Cow::Borrowed("officer");
    }
    // (Debt gross or net: [`lx::DEBT_MEASURES`].)
    if head == "debt"
        && let Some(m) = before.filter(|m| lx::DEBT_MEASURES.contains(m))
    {
        return Cow::Owned(format!("{m} {head}"));
    }
    if before.is_some_and(|b| lx::WHOLE_BEFORE.contains(&(b, &*head))) {
        return head;
    }
    match before.and_then(narrowing_word) {
        Some(m) => Cow::Owned(format!("{m} {head}")),
        None => head,
    }
}

/// The word `m` as it narrows a noun after it, if it does: an unlisted
/// word in lower case, not a generic one (`total`, `new`).
fn narrowing_word(m: &str) -> Option<&str> {
    let narrows = lx::unlisted(m)
        && !lx::GENERIC_MODIFIERS.contains(&m)
        && m.len() > 2
        && m.bytes().all(|b| b.is_ascii_lowercase());
    // (`international` and `overseas` visitors are `foreign` ones.)
    narrows.then_some(match m {
        "international" | "overseas" => "foreign",
        m => m,
    })
}

/// Whether the word at `k` names a toll: `toll`, or a noun of one
/// ([`lx::TOLL_NOUNS`]: `deaths`, `casualties`).
fn is_toll(t: &Tokens, k: usize) -> bool {
    t.is(k, "toll") || t.is_any(k, lx::TOLL_NOUNS)
}

/// The toll (`toll`, `deaths`) whose phrase the noun at `k` ends, back to
/// `from`: a toll followed by a preposition, and between it and `k` only
/// the words of what the prepositions add (no verb, no punctuation but a
/// hyphen).
fn toll_heading(t: &Tokens, k: usize, from: usize) -> Option<usize> {
    (from..k)
        .rev()
        .take_while(|&j| {
            (t.kind(j) == Some(TokKind::Word)
                && !cue(t, j, lx::VERB_MARKERS)
                && !cue(t, j, lx::LEVEL_VERBS)
                && !ends_clause(t, j))
                // (`an eight-storey building`.)
                || (t.is_punct(j, '-') && t.glued(j))
        })
        .find(|&j| is_toll(t, j) && (t.is(j + 1, "of") || t.is_any(j + 1, lx::NOUN_PREPOSITIONS)))
}

/// Whether the words at `k` say to whom money goes, families or victims:
/// `to each bereaved family`, `for the families of the dead`.
fn to_recipients(t: &Tokens, k: usize) -> bool {
    if !t.is_any(k, &["to", "for"]) {
        return false;
    }
    // (Past a determiner and a word of who they are: `each bereaved`.)
    (k + 1..k + 4)
        .take_while(|&j| t.kind(j) == Some(TokKind::Word))
        .find(|&j| {
            !t.is_any(
                j,
                &[
                    "each", "every", "all", "the", "their", "affected", "bereaved",
                ],
            )
        })
        .is_some_and(|j| t.is_any(j, lx::RECIPIENTS))
}

/// The nearest event word scanning right from `from` up to `to`.
/// A new clause (`, and`, `, while`, `;`) ends the scan: `sales doubled to
/// 2.4 million units, while costs rose` says nothing of what the units cost;
/// so does a subordinate one (`holds rates at 5.25% as inflation falls`),
/// but not `as` before what the figure is recorded as (`70,000 people as
/// officially missing`).
fn event_right(t: &Tokens, from: usize, to: usize) -> Option<(&'static str, usize)> {
    // (Not a toll's noun: `sends 10,000 troops as toll tops 200`.)
    let as_what = |k: usize| {
        let j = k + 1 + usize::from(t.word(k + 1).ends_with("ly"));
        t.is(k, "as") && event_at(t, j).is_some() && !is_toll(t, j)
    };
    // (Nor what happened before or after: `ordered up to 200 aircraft
    // after reporting a sharp rise in profits`.)
    let time_clause = |k: usize| {
        t.has(k, lx::Set::YearPreposition) && t.is_any(k, &["after", "before", "since", "until"])
    };
    // (Nor the reason given for it: `cut its repo rate to 5.25 per cent
    // from 5.50 per cent, citing a sharp fall in inflation`.)
    let giving_reason = |k: usize| t.is_punct(k, ',') && t.is_any(k + 1, GIVING_REASON);
    (from..to)
        .take_while(|&k| (!ends_clause(t, k) || as_what(k)) && !time_clause(k) && !giving_reason(k))
        .find_map(|k| event_at(t, k).map(|e| (e, k)))
        .filter(|&(_, k)| !negated(t, k, from))
}

/// Participles that open what a source said of a figure before them, or
/// why: what they tell of happened to something else.
const GIVING_REASON: &[&str] = &[
    "citing",
    "saying",
    "adding",
    "noting",
    "blaming",
    "explaining",
    "arguing",
];

/// Whether the event word at `k` is denied (`the remains of 24 others yet
/// to be returned`, `had not been released`), reading no further back than
/// `from`.
#[inline]
fn negated(t: &Tokens, k: usize, from: usize) -> bool {
    // (`not` and `yet` end a noun phrase: a bit test first.)
    (k.saturating_sub(3).max(from)..k)
        .any(|j| t.has(j, lx::Set::PhraseStop) && t.is_any(j, &["not", "never", "yet"]))
}

/// Whether a new clause starts at token `k`: `;`, or a comma before `and`,
/// `but`, `while`, `whereas` or `where` (`sending 10,000 soldiers to
/// Valencia, where floods have killed 211`).
#[inline]
fn new_clause_at(t: &Tokens, k: usize) -> bool {
    t.is_punct(k, ';')
        || (t.is_punct(k, ',') && t.is_any(k + 1, &["and", "but", "while", "whereas", "where"]))
}

/// The nearest event word scanning left from `from` down to `to`, within
/// the figure's clause: in `forces 30,000 to flee as the blaze grows to
/// 45,000 acres`, the acres did not flee.
/// (A state is said after what is in it, never before: in `Four were in
/// critical condition and nine had been flown out`, the nine are not.)
fn event_left(t: &Tokens, from: usize, to: usize) -> Option<(&'static str, usize)> {
    (to..from)
        .rev()
        .take_while(|&k| !ends_clause(t, k))
        .find_map(|k| event_at(t, k).filter(|&e| e != "critical").map(|e| (e, k)))
        .filter(|&(_, k)| !negated(t, k, to))
}

/// Whether the clause a figure stands in ends, scanning back, at token `k`.
#[inline]
fn ends_clause(t: &Tokens, k: usize) -> bool {
    new_clause_at(t, k) || subordinate_at(t, k)
}

/// Whether a subordinate clause opens at token `k` (`as`, `while`,
/// `because`), not `as` in a comparison (`as many as`, `as well as`, `as
/// of`).
fn subordinate_at(t: &Tokens, k: usize) -> bool {
    if !t.has(k, lx::Set::ClauseWord) {
        return false;
    }
    if t.is(k, "as") {
        return !t.is_any(k + 1, lx::AS_IN_COMPARISON);
    }
    t.is_any(k, lx::SUBORDINATORS)
}

/// Whether `set` at `k` says what is to come: `borrowing is set to reach
/// £87bn` (not `set a record`).
fn set_to(t: &Tokens, k: usize) -> bool {
    t.is(k, "set")
        && t.is(k + 1, "to")
        && k > 0
        && (t.is_any(k - 1, FINITE_BE)
            // (A headline drops the verb: `inflation set to hit 4.6%`.)
            || reaches_or_changes(t, k + 2))
}

/// The last word of the label a line opens with, if the figure at `start`
/// is on such a line: a bullet, one to three words (not a name) and a
/// colon (`- Borrowing:`, `Minimum wage:`), as lists of key points are
/// written.
fn line_label(t: &Tokens, start: usize) -> Option<usize> {
    let mut k = start;
    while k > 0 && !t.toks[k].newline_before && start - k < 16 {
        k -= 1;
    }
    if k > 0 && !t.toks[k].newline_before {
        return None;
    }
    let bullet = t.kind(k) == Some(TokKind::Punct) && matches!(t.raw(k), "-" | "*" | "•" | "–");
    let a = k + usize::from(bullet);
    let mut b = a;
    while b < start && b < a + 3 && t.kind(b) == Some(TokKind::Word) {
        b += 1;
    }
    // (Not a line of the byline or the dateline: `Published: Feb 5, 2026`,
    // `Updated:`, `Photo:`.)
    let label = b.checked_sub(1)?;
    let w = t.word(label);
    let meta = w.ends_with("ed") || matches!(w, "date" | "time" | "source" | "photo" | "by");
    // (Only after a bullet: a headline opens the same way, `Greek
    // wildfire: thousands evacuated`, `Canyon Fire: 50,000 acres burned`.
    // After one, a label may be a name: `- Employer National Insurance:`,
    // `- NHS:`.)
    (bullet && b > a && b < start && t.is_punct(b, ':') && !meta).then_some(label)
}

/// Whether `week on week`, `month-on-month`, `year over year` starts at
/// `k`.
fn period_on_period(t: &Tokens, k: usize) -> bool {
    if !t.has(k, lx::Set::TimeUnit) {
        return false;
    }
    let on = k + 1 + usize::from(t.is_punct(k + 1, '-'));
    let second = on + 1 + usize::from(t.is_punct(on + 1, '-'));
    t.is_any(on, &["on", "over"]) && t.word(second) == t.word(k)
}

/// The period a change is measured over when the words from `from` to `to`
/// compare with the same time one period before, with the index of the
/// period's word: `from a year earlier`, `than a year ago`, `year on year`,
/// `on the previous quarter`, `than in the same period last year` (all
/// `year` but the quarter).
// (Out of line: rarely called, and `frame_all` is large enough.)
#[inline(never)]
fn compared_over(t: &Tokens, from: usize, to: usize) -> Option<(&'static str, usize)> {
    (from..to).find_map(|k| {
        if !t.has(k, lx::Set::TimeUnit) && !t.is(k, "quarter") {
            return None;
        }
        // A year's change said by the twelve months it spans: `in the 12
        // months through September`, `over the past 12 months`, `in the
        // year to March`, `in a year`.
        let to_month = |j: usize| {
            t.is_any(j, &["to", "through", "ending", "ended"])
                && super::date::month_at(t, j + 1).is_some()
        };
        let twelve_months = t.is(k, "months")
            && k >= from + 2
            && (t.raw(k - 1) == "12" || t.is(k - 1, "twelve"))
            && (t.is_any(k - 2, &["past", "last"]) || (t.is(k - 2, "the") && to_month(k + 1)));
        let year_to = t.is(k, "year") && k > from && t.is(k - 1, "the") && to_month(k + 1);
        // (`drop 3.8% in a year`, `over the past year`.)
        let within_year = t.is(k, "year")
            && k >= from + 2
            && ((t.is(k - 1, "a") && t.is_any(k - 2, &["in", "over"]))
                || (k >= from + 3
                    && t.is_any(k - 1, &["past", "last"])
                    && t.is(k - 2, "the")
                    && t.is_any(k - 3, &["in", "over"])));
        if twelve_months || year_to || within_year {
            return Some(("year", k));
        }
        let period = match t.word(k) {
            "quarter" => "quarter",
            w => lx::PER_PERIODS.iter().find(|(p, _)| *p == w)?.1,
        };
        let back = |words: &[&str]| {
            k >= from + words.len()
                && words
                    .iter()
                    .rev()
                    .enumerate()
                    .all(|(i, w)| t.is(k - 1 - i, w))
        };
        // (After a word that compares: `11.1% a year ago` is when it was
        // 11.1%.)
        let one_before = (back(&["a"]) || back(&["the"]) || back(&["one"]))
            && t.is_any(k + 1, &["earlier", "ago", "before"])
            && k >= from + 2
            && t.is_any(k - 2, &["from", "than", "with", "on", "over", "versus"]);
        let previous = k > from && t.is_any(k - 1, &["previous", "preceding", "prior"]);
        let same_last_year =
            period == "year" && k >= from + 3 && t.is(k - 1, "last") && t.is(k - 3, "same");
        // (`than last year`, `than in July last year`, `compared with June
        // last year`.)
        let than_last_year = period == "year"
            && k >= from + 2
            && t.is(k - 1, "last")
            && (k.saturating_sub(5).max(from)..k - 1).any(|j| t.is_any(j, &["than", "compared"]));
        (one_before || previous || same_last_year || than_last_year || period_on_period(t, k))
            .then_some((period, k))
    })
}

/// Where the economy ends after a percentage of it (`3.4% of GDP`, `97.5
/// per cent of national income`), if one follows `f`.
fn share_of_economy(t: &Tokens, f: &Found) -> Option<usize> {
    if f.kind != Kind::Percent || !t.is(f.end, "of") {
        return None;
    }
    let k = f.end + 1 + usize::from(t.is(f.end + 1, "the"));
    lx::ECONOMY_SIZE.iter().find_map(|words| t.seq(k, words))
}

/// The nearest classed noun within `radius` tokens of `at`, inside `span`.
fn class_near(t: &Tokens, at: usize, radius: usize, span: (usize, usize)) -> Option<&'static str> {
    for d in 0..=radius {
        for k in [at.checked_sub(d), Some(at + d)].into_iter().flatten() {
            if k < span.0 || k >= span.1 || k == at && d > 0 {
                continue;
            }
            if let Some(c) = class_at(t, k) {
                return Some(c);
            }
        }
    }
    None
}

/// The verb a group's noun phrase ending at `k` goes on to, past
/// auxiliaries and forms of `be` (`had been waiting`, `were dealt with`),
/// before `to`: a word in `-ing` or `-ed`, or an irregular participle.
fn predicate_after<'t>(t: &'t Tokens, mut k: usize, to: usize) -> Option<&'t str> {
    let mut auxiliary = false;
    while k < to && (t.is_any(k, lx::AUXILIARIES) || t.is_any(k, BE_FORMS)) {
        auxiliary = true;
        k += 1;
    }
    let w = t.word(k);
    let verb = w.len() > 3
        && !t.capitalised(k)
        && (w.ends_with("ing") || w.ends_with("ed") || t.has(k, lx::Set::IrregularParticiple));
    (auxiliary && k < to && verb && !t.has(k, lx::Set::SayVerb)).then_some(w)
}

/// What happened, named by the nearest incident word ([`lx::INCIDENTS`])
/// before `at` and not before `from`, at most two dozen tokens back (the
/// place may come between: `The explosion ripped through the Big Laurel
/// No. 4 mine, run by Allegheny Ridge Coal Co, at around 11.20pm`).
/// (Not past a verb in `-ing`, which says the time is of something else:
/// `Footage of the crush began circulating at about 3am`.)
fn incident_before(t: &Tokens, at: usize, from: usize) -> Option<(&'static str, usize)> {
    for k in (from.max(at.saturating_sub(24))..at).rev() {
        let w = t.word(k);
        if let Some(what) = lx::incident(w) {
            return Some((what, k));
        }
        if w.len() > 5 && w.ends_with("ing") {
            return None;
        }
    }
    None
}

/// Verbs of a vessel or vehicle and those it carried (`carrying about 90
/// people`). (Not `carry` or `carries`, which mostly say what it may
/// hold: `licensed to carry 60 people`.)
const CARRYING: &[&str] = &["carrying", "carried"];

/// Whether `aboard` or `on board` stands at `k`.
fn aboard_at(t: &Tokens, k: usize) -> bool {
    t.is(k, "aboard") || t.is(k, "onboard") || t.seq(k, &["on", "board"]).is_some()
}

/// What a span of time was taken for, named in the clause of purpose
/// after it: the incident it brought under control, or the classed noun
/// it worked on (`It took nearly seven hours to bring the fire under
/// control`, `needed about 11 hours to bring the blaze under control`).
fn time_taken_for(t: &Tokens, end: usize, limit: usize) -> Option<&'static str> {
    // (`to` and a verb: not `to 2028` nor `to the south`.)
    if !t.is(end, "to")
        || t.kind(end + 1) != Some(TokKind::Word)
        || t.has_any(end + 1, lx::Set::FunctionWord.bit() | CALENDAR_WORDS)
    {
        return None;
    }
    clause_after(t, end + 2, (end + 8).min(limit))
        .find_map(|k| lx::incident(t.word(k)).or_else(|| class_at(t, k)))
}

/// Frames every figure found in one text.
pub fn frame_all(t: &Tokens, found: &[Found], anchor: Option<Day>) -> Vec<Frame> {
    let spans = sentences(t);
    // Each figure's sentence; `found` is in text order.
    let sent_of: Vec<usize> = found.iter().map(|f| sentence_of(&spans, f.start)).collect();
    // Whether each figure is the conversion in brackets of the one before it
    // (asked by the subject, the words after it and its time).
    let converted: Vec<bool> = (0..found.len())
        .map(|n| is_conversion(t, found, n))
        .collect();
    let mut frames: Vec<Frame> = Vec::with_capacity(found.len());
    // Whether each figure is said to be `still` so (`11 still trapped`).
    let mut stills: Vec<bool> = Vec::with_capacity(found.len());
    // Whether a figure is `of` the whole right after it (`11 of the 22`).
    let mut of_whole = vec![false; found.len()];
    // Figures for what goes to a place (`Passenger numbers to North
    // America`), with the place's name.
    let mut bound_for: Vec<(usize, Box<str>, bool)> = Vec::new();
    // The word before each figure's unlisted noun that could narrow it
    // (`violent` of `violent crime`).
    let mut modifiers: Vec<Option<&str>> = Vec::with_capacity(found.len());
    // The market index each figure moved, if it moved one (`index_figure`):
    // a move restated and the level reached are that index's.
    let mut index_moves: Vec<Option<IndexMove>> = vec![None; found.len()];
    let mut last_person: Option<Source> = None;
    let mut last_org: Option<Source> = None;

    // Sources are looked up once per sentence.
    let mut sentence_sources: Vec<Option<Vec<(usize, Source)>>> = vec![None; spans.len()];
    // The last figure before this one that is no date, time or span of
    // time, and the last amount (`counts_like`): kept as the loop goes, so
    // that a sentence of thousands of dates is not read back for each.
    let mut last_undated: Option<usize> = None;
    let mut last_amount: Option<usize> = None;
    // The name of the storm the story is of: the first one it names, found
    // when a figure's sentence names one.
    let mut story_storm: Option<Option<&str>> = None;

    for (n, f) in found.iter().enumerate() {
        let s = sent_of[n];
        let span = spans[s];
        if let Some(m) = n.checked_sub(1) {
            // (Nor does a figure in a compound, which is part of a noun
            // phrase: `forecast first-quarter revenue of $17.6bn`, `the
            // collapse of an eight-storey building … climbed to 58`.)
            let compound = t.is_punct(found[m].end, '-')
                && t.glued(found[m].end)
                && t.kind(found[m].end + 1) == Some(TokKind::Word);
            if !matches!(found[m].kind, Kind::Date | Kind::Time | Kind::Duration) && !compound {
                last_undated = Some(m);
            }
            if counts_like(found[m].kind) {
                last_amount = Some(m);
            }
        }
        let in_sentence = |m: &usize| sent_of[*m] == s;
        // (Past the economy a share before was of: in `or 3.4% of GDP,
        // before falling to £49bn`, the £49bn are no GDP.)
        // (Only an amount bounds it: a date or a span of time between owns
        // no words a figure could take, as in `rose to a 40-year high of
        // 9.1%`, `has grown since 2010 to $1.4 trillion`.)
        // (And no further back than `STRETCH_REACH` tokens: a "sentence"
        // of thousands of figures in compounds, `five-five-five-…`, would
        // otherwise have each read from its start.)
        let prev_end = last_undated
            .filter(in_sentence)
            .map_or(span.0, |m| {
                share_of_economy(t, &found[m]).unwrap_or(found[m].end)
            })
            .max(f.start.saturating_sub(STRETCH_REACH));
        // (Past an amount's conversion in brackets, for both: `2.2 billion
        // euros ($2.4 billion) in aid`.)
        let conversion = conversion_end(found, &converted, n);
        // The next figure in the sentence (past that conversion).
        let next = (n + 1..found.len())
            .take_while(|&m| sent_of[m] == s)
            .find(|&m| conversion.is_none_or(|c| found[m].start >= c));
        let next_start = next.map_or(span.1, |m| found[m].start);

        let mut subject = Subject::default();
        let mut own_modifier: Option<&str> = None;
        // The place or name a part is of, which tells it from the story's
        // other parts.
        let mut part_place: Option<std::ops::Range<usize>> = None;
        let mut records_began = false;
        match f.kind {
            Kind::Count | Kind::Money | Kind::Percent | Kind::Measure | Kind::Number => {
                let whole = part_of(t, found, n, s, &sent_of, span);
                of_whole[n] = whole.is_some();
                let p = match whole {
                    // `187 of the 350 seats`: a part counts what its whole does.
                    Some((from, limit)) => phrase_after(t, from, limit),
                    None => {
                        // `499 of the cases`: a part of a group named elsewhere.
                        // So is one for a place named before it: `died in
                        // Texas, where 481 cases have been confirmed`.
                        // (Not all of them: `all 29 of the country's
                        // districts` is the whole.)
                        let of_them = t.is(f.end, "of")
                            && t.is_any(f.end + 1, &["the", "them", "those", "these", "whom"])
                            && !(f.start > 0 && t.is(f.start - 1, "all"));
                        let opening = opens_with_place(t, span, f.start);
                        let in_place =
                            (f.start.saturating_sub(3).max(span.0 + 2)..f.start).any(|k| {
                                t.is(k, "where") && t.is_punct(k - 1, ',') && t.capitalised(k - 2)
                            }) || opening.is_some();
                        // And one after a sentence that opens `Of the
                        // wounded,` (four of them) or `Most of the cases,`.
                        let of_at = span.0
                            + usize::from(
                                t.is(span.0 + 1, "of") && t.is_any(span.0, lx::SHARE_OF_GROUP),
                            );
                        // (The group may give its own size: `Of the about
                        // 640 people who fell ill, 143 were children`.)
                        let of_group = t.is(of_at, "of")
                            && t.is_any(of_at + 1, &["the", "those", "these"])
                            && (of_at + 2..f.start)
                                .find(|&k| t.is_punct(k, ','))
                                .is_some_and(|comma| {
                                    (of_at + 2..f.start).all(|k| {
                                        t.kind(k) == Some(TokKind::Word)
                                            || t.is_punct(k, ',')
                                            || (k < comma && t.is_number(k))
                                    })
                                });
                        // And `the remaining three people`, and one listed
                        // after `including` (`1.27 million took part,
                        // including 87,000 in Paris`).
                        // (And `of whom 630`, `of which 12`: `at least 658 of
                        // the deaths, of whom 630 were unregistered`.)
                        let remaining = (f.start > 0 && t.is(f.start - 1, "remaining"))
                            || listed_after_including(t, f)
                            || after_of_which(t, f);
                        // And one in a sentence that opens `Among the dead`
                        // or `Among them`: `Among the dead were 32 children`.
                        let among = t.is(span.0, "among") && f.start > span.0 + 2;
                        // And what a name `alone` did: `Delta Air Lines alone
                        // cancelled more than 1,000 flights`.
                        // (Not a day alone: `On Saturday alone, 534 migrants
                        // crossed`.)
                        let alone =
                            (f.start.saturating_sub(4).max(span.0 + 1)..f.start).find(|&k| {
                                t.is(k, "alone")
                                    && t.capitalised(k - 1)
                                    && !t.has_any(k - 1, CALENDAR_WORDS)
                            });
                        // (And an amount of money `of the` whole: `£104.5m of
                        // the penalty related to sewage`.)
                        // (The group a sentence opens with, read once.)
                        let group = of_group.then(|| {
                            let comma = (of_at + 2..f.start)
                                .find(|&k| t.is_punct(k, ','))
                                .unwrap_or(f.start);
                            // (Past the group's own size: `Of the 23
                            // injured,`.)
                            let from = (of_at + 2..comma)
                                .rev()
                                .find(|&k| t.is_number(k))
                                .map_or(of_at + 2, |k| k + 1);
                            phrase_after(t, from, comma)
                        });
                        // (A verb of another event after the figure says
                        // what it counts, all of it: `Of the injured, 47
                        // were taken to hospitals` are all the
                        // hospitalized.)
                        let own_event = group.as_ref().and_then(|g| {
                            let (e, _) = event_right(t, f.end, (f.end + 8).min(span.1))?;
                            (g.event.is_some_and(|ge| ge != e) && !lx::is_change(e)).then_some(e)
                        });
                        // (Not a part when its words say what else befell
                        // them: in `More than 300 houses were damaged, and
                        // 46 of them were destroyed completely`, the 46 are
                        // all the houses destroyed. Of things only: `46 of
                        // them later died` may be some of the dead.)
                        let all_of_its_event = of_them
                            && last_amount.filter(in_sentence).is_some_and(|m| {
                                let whole = frames[m].subject.event;
                                event_right(t, f.end + 2, (f.end + 8).min(span.1)).is_some_and(
                                    |(e, _)| {
                                        whole.is_some_and(|w| w != e)
                                            && !lx::is_change(e)
                                            && !happens_to_people(e)
                                    },
                                )
                            });
                        subject.part = (matches!(f.kind, Kind::Count | Kind::Number)
                            && ((of_them && !all_of_its_event)
                                || in_place
                                || (of_group && own_event.is_none())
                                || remaining
                                || among
                                || alone.is_some()))
                            || (f.kind == Kind::Money && of_them)
                            || share_of_group(t, f);
                        // (And a group told by where its members are from:
                        // `The arrested men, three from Rajasthan and one
                        // from Haryana`.)
                        let from = from_place(t, f, next_start.min(span.1));
                        subject.part |= from.is_some();
                        // (`In the US,`, `including about 1,500 in the United
                        // States`, `Delta Air Lines alone`.)
                        // (Not a part of a figure in the sentence, which
                        // has the place: `In the US, 2,100 flights were
                        // cancelled, … about 1,200 of them`.)
                        part_place = opening
                            .filter(|_| !of_them)
                            .or_else(|| name_ending_at(t, alone?, span.0))
                            .or_else(|| included_place(t, f, next_start.min(span.1)))
                            .or_else(|| located_in(t, f, next_start.min(span.1)))
                            .or(from);
                        let after = match (conversion, share_of_economy(t, f)) {
                            // (Nothing after `3.4% of GDP` says what it measures.)
                            (_, Some(e)) => phrase_after(t, e, e),
                            (Some(from), None) => phrase_after(t, from, next_start.max(from)),
                            (None, None) => phrase_after(t, f.end, next_start.max(f.end)),
                        };
                        // (With no noun of its own, the part counts what the
                        // group is: `Of the active fires, 23 were out of
                        // control`.)
                        match group {
                            Some(group) if after.nouns.is_empty() && after.event.is_none() => {
                                Phrase {
                                    end: after.end,
                                    event: if own_event.is_some() {
                                        None
                                    } else {
                                        group.event
                                    },
                                    ..group
                                }
                            }
                            _ => after,
                        }
                    }
                };
                let (head, nat) = head_and_nationality(&p);
                subject.head = head;
                subject.nationality = nat;
                // Money spent doing something: `spent about $450,000
                // responding to the outbreak` (the `-ing` word is what was
                // done with it, no noun).
                if f.kind == Kind::Money
                    && p.nouns.first().is_some_and(|w| w.ends_with("ing"))
                    && (f.start.saturating_sub(3).max(span.0)..f.start)
                        .any(|k| t.is_any(k, lx::SPEND_VERBS))
                {
                    subject.head = None;
                }
                // `1.2 miles long`, `30m high`: a length, a height; `3
                // kilometres in length` too.
                let size = match *p.nouns {
                    [adjective] => Some(adjective),
                    [] if t.is(f.end, "in") => lx::SIZE_ADJECTIVES
                        .iter()
                        .find(|(_, d)| t.is(f.end + 1, d))
                        .map(|(w, _)| *w),
                    _ => None,
                }
                // (Or in the qualifier: `ash as deep as 20 centimetres`.)
                .or_else(|| {
                    let length = f.measure.is_some_and(|(d, _)| d == "length");
                    (length && t.is(f.start, "as") && t.is(f.start + 2, "as"))
                        .then(|| t.word(f.start + 1))
                });
                if f.kind == Kind::Measure
                    && let Some(adjective) = size
                    && let Some((_, dimension)) =
                        lx::SIZE_ADJECTIVES.iter().find(|(w, _)| *w == adjective)
                {
                    // (Of the noun right before it: `a fissure about 3.5 km
                    // long`, `a tunnel 40 metres long`.)
                    let noun = f.start.checked_sub(1).filter(|&k| {
                        k > span.0
                            && t.kind(k) == Some(TokKind::Word)
                            && lx::is_determiner(t.word(k - 1))
                    });
                    subject.head = Some(narrow(noun.map(|k| t.word(k)), Cow::Borrowed(dimension)));
                }
                // `Delta cancelled about 1,000 flights alone`: a part of
                // all that were.
                if t.is(p.end, "alone") {
                    subject.part = true;
                }
                // `a quarter of homes`, `half of the 4.5 million customers`:
                // a fraction of a group is a part of it.
                if f.kind == Kind::Number
                    && t.is(f.end, "of")
                    && matches!(f.value, Value::Number(v) if v > 0.0 && v < 1.0)
                {
                    subject.part = true;
                }
                // `three times the old target`, `10 times as many`: a
                // multiple, which counts nothing.
                // (Also before the noun it multiplies: `8.3 times average
                // earnings`.)
                if p.nouns.first() == Some(&"times") && multiple(t, f) {
                    subject.head = None;
                }
                let left_from = f.start.saturating_sub(10).max(prev_end);
                // The verb whose object the figure is (`killing at least
                // 1,200 people and injuring …`) binds tighter than an event
                // further on.
                let verb_before = f
                    .start
                    .checked_sub(1)
                    .filter(|&k| k >= left_from)
                    .and_then(|k| event_at(t, k).or_else(|| state_direction(t, k, left_from)));
                // (A part's own verb before it wins over its whole's: in
                // `destroyed 36 of 40 drones launched by Russia`, the 36
                // were destroyed.)
                let (first, second) = if whole.is_some() {
                    (verb_before, p.event)
                } else {
                    (p.event, verb_before)
                };
                subject.event = first
                    .or(second)
                    .or_else(|| {
                        // (Not the verb of the amount right after it, or
                        // after its preposition: in `40 miles northwest of
                        // the city, has cost $15 million`, the miles cost
                        // nothing, nor burned in `35 kilometres from
                        // Athens, had burned through 10,000 hectares`.)
                        // (But a distance that says where is not its
                        // object: `23 miners remain trapped 1.8km
                        // underground`.)
                        let next_amount = next
                            .map(|m| &found[m])
                            .filter(|g| counts_like(g.kind))
                            .filter(|g| {
                                !(g.kind == Kind::Measure && t.is_any(g.end, lx::LOCATING_WORDS))
                            })
                            .map(|g| g.start);
                        // (Nor the verb after a relative clause the figure
                        // is in: in `OPEC+, which pumps 40% of the world's
                        // oil, has pledged cuts`, the 40% pledged nothing.)
                        // (Asked only of a verb found: the nearest.)
                        event_right(t, p.end, (p.end + 14).min(next_start.max(p.end)))
                            .filter(|&(_, k)| {
                                !next_amount.is_some_and(|a| {
                                    a == k + 1
                                        || (a == k + 2
                                            && t.is_any(
                                                k + 1,
                                                &["through", "across", "over", "to", "by"],
                                            ))
                                })
                            })
                            .filter(|&(_, k)| {
                                relative_clause_end(t, f.start, span).is_none_or(|c| k < c)
                            })
                            .map(|(e, _)| e)
                    })
                    // `The death toll from the collapse of a building in
                    // Gazipur stood at 63`: a toll heading the phrase before
                    // a verb of level.
                    .or_else(|| {
                        let verb = level_verb_before(t, f, span.0.max(prev_end))?;
                        event_at(t, toll_heading(t, verb, span.0)?)
                    })
                    // `Five people, including a seven-year-old girl, died`.
                    .or_else(|| event_past_aside(t, p.end, span.1, next_start))
                    // `4,600 residents living within 3 kilometers of the
                    // plant were evacuated`.
                    .or_else(|| event_past_modifier(t, p.end, span.1))
                    // (Not past a verb in `-ing` whose object the figure
                    // is: in `2,000 flights were cancelled, affecting about
                    // 300,000 passengers`, no passenger was cancelled.)
                    .or_else(|| {
                        // (Nor past a verb joined by `and`: in `cost £100bn
                        // and create 30,000 jobs`, no job costs.)
                        let before = f.start.saturating_sub(1);
                        let object_of_verb = f.start > left_from
                            && (object_of_ing_verb(t, before)
                                || (before > left_from
                                    && t.is(before - 1, "and")
                                    && unlisted_verb(t, before)));
                        // (Nor past the noun an amount is `of`: in `the
                        // layoffs would result in charges of $1.2bn`, the
                        // charges are not cut.)
                        let value_of_noun = matches!(f.kind, Kind::Money | Kind::Percent)
                            && p.nouns.is_empty()
                            && noun_of(t, f.start, left_from).is_some();
                        // (Nor past `when`, which opens a clause of the
                        // figure's own: in `Six people were killed when
                        // more than 70 vehicles crashed`, no vehicle was.)
                        let from = (left_from..f.start)
                            .rev()
                            .find(|&k| t.is(k, "when"))
                            .map_or(left_from, |k| k + 1);
                        (!object_of_verb && !value_of_noun)
                            .then(|| event_left(t, f.start, from).map(|(e, _)| e))
                            .flatten()
                    });
                // `is seeking a 77% pay rise`, `had offered a 50% wage
                // increase`: a change asked for or offered is not one made,
                // and the two sides' are not each other's.
                if subject.event.is_some_and(lx::is_change)
                    && p.event == subject.event
                    && let Some(asked) = (f.start.saturating_sub(3).max(left_from)..f.start)
                        .rev()
                        .find_map(|k| event_at(t, k).filter(|e| matches!(*e, "sought" | "offered")))
                {
                    subject.event = Some(asked);
                }
                // `The gain followed a loss of nearly 10,000 jobs`: a count
                // lost is a fall in it, whatever verb is near. (Not money:
                // `a loss of $5m` is a loss made.)
                if matches!(f.kind, Kind::Count | Kind::Number)
                    && f.start >= 2
                    && t.is(f.start - 1, "of")
                    && t.is_any(f.start - 2, &["loss", "losses"])
                {
                    subject.event = Some("decrease");
                }
                // `476 protesters have been killed`, `200 strikers were
                // arrested`: who they are gives way to what befell them.
                // (Before it too: `Police arrested 200 protesters`; and past
                // an aside: `476 protesters, including 64 minors, have been
                // killed`.)
                // (And the injured who died are dead: `after two critically
                // injured persons succumbed`, `Two injured workers later
                // died`.)
                if matches!(f.kind, Kind::Count | Kind::Number)
                    && matches!(p.event, Some("attended" | "striking" | "injured"))
                    && subject.event == p.event
                {
                    let befell = |e: &&str| match p.event {
                        Some("injured") => *e == "killed",
                        _ => !matches!(*e, "attended" | "striking") && happens_to_people(e),
                    };
                    // (How far past the phrase its verb is looked for.)
                    let reach = (p.end + 8).min(next_start.max(p.end));
                    let after = || {
                        event_right(t, p.end, reach)
                            .map(|(e, _)| e)
                            .or_else(|| event_past_aside(t, p.end, span.1, next_start))
                    };
                    // (The phrase may run into the verb, `Two injured people
                    // died`; and the injured `succumb`, a word that is no
                    // death when said of anything else.)
                    let died_in_phrase = || {
                        (p.event == Some("injured")
                            && (f.end..reach).any(|k| {
                                (k < p.end && event_at(t, k) == Some("killed"))
                                    || t.is_any(k, &["succumbed", "succumb", "succumbs"])
                            }))
                        .then_some("killed")
                    };
                    if let Some(e) = verb_before
                        .filter(befell)
                        .or_else(|| after().filter(befell))
                        .or_else(died_in_phrase)
                    {
                        subject.event = Some(e);
                        // (They are the people it befell, not whoever comes
                        // before the verb: `Police arrested …`.)
                        subject.head.get_or_insert(Cow::Borrowed("person"));
                    }
                }
                // `The population fell by 2.08 million people`: the people
                // are what the population is counted in, and it is the
                // population that changed.
                if f.kind == Kind::Count
                    && t.is(f.end, "people")
                    && subject.event.is_some_and(lx::is_change)
                    && (left_from..f.start).any(|k| t.is(k, "population"))
                {
                    subject.head = Some(Cow::Borrowed("population"));
                }
                // `Two of the injured died in hospital`: a part of a group
                // named by what happened to it, with a verb of its own, had
                // that happen to it.
                if matches!(f.kind, Kind::Count | Kind::Number)
                    && p.event.is_some()
                    && p.end == f.end + 3
                    && t.is(f.end, "of")
                    && t.is(f.end + 1, "the")
                    && event_at(t, f.end + 2) == p.event
                    && let Some((e, _)) = event_right(t, p.end, (p.end + 4).min(span.1))
                    && happens_to_people(e)
                {
                    subject.event = Some(e);
                }
                // A distance that says where is no change: `It sank about 47
                // nautical miles southwest of Pylos`.
                // Nor does a size: `sank in waters about 5,000 metres deep`.
                if (says_where(t, f) || (f.kind == Kind::Measure && size.is_some()))
                    && subject.event.is_some_and(lx::is_change)
                {
                    subject.event = None;
                }
                // `destroyed or damaged` counts what `damaged or destroyed`
                // does: the wider of the two.
                if subject.event == Some("destroyed")
                    && (f.start.saturating_sub(12).max(span.0)..(f.end + 10).min(span.1)).any(|k| {
                        t.is(k, "destroyed")
                            && t.is_any(k + 1, &["or", "and"])
                            && t.is(k + 2, "damaged")
                    })
                {
                    subject.event = Some("damaged");
                }
                // What is sought comes after the verb: in `two wanted to
                // keep rates on hold`, the two sought nothing.
                if subject.event == Some("sought")
                    && !(left_from..f.start).any(|k| event_at(t, k) == Some("sought"))
                {
                    subject.event = None;
                }
                // What a verb in `-ing` or `with` has neither rises nor
                // falls: in `a ferry carrying at least 40 passengers sank`,
                // the ferry sank. (But `falling 2,231 points` is the fall.)
                if matches!(subject.event, Some("increase" | "decrease"))
                    && !p.nouns.is_empty()
                    && f.start > left_from
                    && verb_before.is_none()
                    && (object_of_ing_verb(t, f.start - 1) || t.is(f.start - 1, "with"))
                {
                    subject.event = None;
                }
                // `the number of people killed rose to 52`: a change verb
                // gives way to the event of the phrase before it.
                // (Back past the words after that noun: `the death toll
                // from the sinking of a ferry off Sulawesi rose to 34`.)
                // (Only a phrase before the change verb: in `cut the number
                // of deaths by a fifth`, the number is the verb's object.)
                if subject.event.is_some_and(lx::is_change) && p.nouns.is_empty() {
                    let mut verb_seen = false;
                    // (Nor from an aside before the verb: in `Core prices,
                    // which exclude food and energy costs, rose 3.3%`, no
                    // cost rose.)
                    let mut aside = 0..0;
                    let strong = (f.start.saturating_sub(20).max(prev_end)..f.start)
                        .rev()
                        .take_while(|&k| !ends_clause(t, k))
                        .find_map(|k| {
                            if aside.contains(&k) {
                                return None;
                            }
                            let e = event_at(t, k)?;
                            if lx::is_change(e) {
                                verb_seen = true;
                                aside =
                                    aside_before(t, k, span.0.max(prev_end)).map_or(0..0, |c| c..k);
                                return None;
                            }
                            verb_seen.then_some(e)
                        });
                    if strong.is_some() {
                        subject.event = strong;
                    }
                }
                // `closed 11.1% lower`, `ended the day 3% higher`: the
                // comparative after a percentage says how it moved, whatever
                // the verb. (Not one compared with something else: `fees
                // 20% lower than its rivals'`.)
                // (Or with the same time a period before: `1.1% higher
                // than a year earlier`.)
                // (`more` and `less` only before `than`: `24 per cent less
                // likely` is a risk, not a fall.)
                let than = t.is(f.end + 1, "than");
                let than_a_period =
                    || compared_over(t, f.end + 1, (f.end + 9).min(span.1)).is_some();
                if f.kind == Kind::Percent && p.nouns.is_empty() && (!than || than_a_period()) {
                    if t.is_any(f.end, &["higher", "bigger", "larger"])
                        || (than && t.is(f.end, "more"))
                    {
                        subject.event = Some("increase");
                    } else if t.is_any(f.end, &["lower", "smaller"])
                        || (than && t.is_any(f.end, &["less", "fewer"]))
                    {
                        subject.event = Some("decrease");
                    }
                }
                // `5 million more than in 2021`, `40 fewer than a year
                // earlier`: a count set against another time is by how many
                // it changed.
                // (`than in 2021`, `than a year earlier`.)
                let than_a_date = || {
                    found.get(n + 1).is_some_and(|g| {
                        g.kind == Kind::Date && g.start > f.end && g.start <= f.end + 3
                    })
                };
                if matches!(f.kind, Kind::Count | Kind::Number)
                    && than
                    && t.is_any(f.end, &["more", "fewer", "less"])
                    && (than_a_date() || than_a_period())
                {
                    subject.event = Some(if t.is(f.end, "more") {
                        "increase"
                    } else {
                        "decrease"
                    });
                }
                // `forced more than 115,000 from their homes`, `driven 7.4
                // million people from their homes`: displaced.
                // (`Albertans remained out of their homes`: past a verb.)
                // (`is` first: it tests the length before any call.)
                let homes = |k: usize| {
                    (t.is(k, "from") && t.seq(k + 1, &["their", "homes"]).is_some())
                        || (t.is(k, "out") && t.seq(k + 1, &["of", "their", "homes"]).is_some())
                };
                // (And past the verb that forced them: `8.5 million people
                // have been forced from their homes`.)
                let forced_from = || {
                    (p.end..(p.end + 4).min(next_start.max(p.end))).any(|k| {
                        homes(k + 1) && t.is_any(k, &["forced", "driven", "chased", "uprooted"])
                    })
                };
                if matches!(f.kind, Kind::Count | Kind::Number)
                    && (homes(p.end)
                        || (t.has(p.end, lx::Set::PhraseStop) && homes(p.end + 1))
                        || forced_from())
                {
                    subject.event = Some("displaced");
                }
                // `310,000 people had been ordered to leave their homes`,
                // `ordered some 2,100 residents … to leave`, `about 2,500
                // residents had been moved to schools and community
                // halls`: evacuated.
                if matches!(f.kind, Kind::Count | Kind::Number)
                    && subject.event.is_none()
                    && ordered_out(t, f, p.end, span.1)
                {
                    subject.event = Some("evacuated");
                }
                // `1.5 million people out of work`: unemployed.
                if matches!(f.kind, Kind::Count | Kind::Number)
                    && subject.event.is_none()
                    && t.is(p.end, "out")
                    && t.seq(p.end + 1, &["of", "work"]).is_some()
                {
                    subject.event = Some("unemployed");
                }
                // A truce times figures; it happens to nothing counted: in
                // `freeing 1,968 prisoners under a ceasefire deal`, the
                // prisoners are freed. Nor does a beginning: `the outbreak
                // has spread to all 28 districts` counts districts.
                if matches!(subject.event, Some("ceasefire" | "began")) && p.event.is_none() {
                    subject.event = None;
                }
                // What is seized or intercepted by weight or in money is
                // goods (`seized 5.7 tonnes of cocaine`, `intercepted 46
                // tonnes`), not people captured nor drones downed.
                if matches!(f.kind, Kind::Measure | Kind::Money)
                    && matches!(subject.event, Some("captured" | "downed"))
                {
                    subject.event = Some("seized");
                }
                // (Here for the passes below, which compare heads; the last
                // pass does it again for the dates and times of workers.)
                people_not_jobs(&mut subject);
                // A share of a group is of what its verb says they did:
                // `59.8% of patients had been waiting less than 18 weeks`
                // is not `73.4 per cent of patients were dealt with in four
                // hours`.
                if f.kind == Kind::Percent
                    && subject.event.is_none()
                    && t.is(f.end, "of")
                    && let Some(head) = subject.head.as_deref()
                    && let Some(verb) = predicate_after(t, p.end, next_start)
                {
                    subject.head = Some(Cow::Owned(format!("{head} {verb}")));
                }
                // What a clause of harm after a comma does, it does to
                // people, whatever did it: `Shares slump after a jet
                // overruns a runway, injuring 11`, `Gunmen opened fire,
                // killing 11` (no share price nor gunman was hurt).
                if matches!(f.kind, Kind::Count | Kind::Number)
                    && p.nouns.is_empty()
                    && !of_whole[n]
                    && !subject.part
                    && f.start >= 2
                    && t.is_punct(f.start - 2, ',')
                    && t.word(f.start - 1).ends_with("ing")
                    && verb_before.is_some_and(happens_to_people)
                    && subject.event == verb_before
                {
                    subject.head = Some(Cow::Borrowed("person"));
                }
                // What happens to people does not happen to a measure: in
                // `fled as the fire burned 45,000 acres`, no acre fled.
                if f.kind == Kind::Measure && subject.event.is_some_and(happens_to_people) {
                    subject.event = None;
                }
                // Only money is owed: in `had 1 million customers and owed
                // them $8 billion`, no customer is.
                if f.kind != Kind::Money && subject.event == Some("owed") {
                    subject.event = None;
                }
                // `a market share of more than 90%`, `a population of 1.2
                // million`: the noun the figure is `of`.
                if subject.head.is_none() && p.nouns.is_empty() && subject.event.is_none() {
                    subject.head = noun_of(t, f.start, left_from)
                        .map(|k| class_at(t, k).map_or_else(|| singular(t.word(k)), Cow::Borrowed));
                }
                // `home to some 45,000 people`, `a territory home to about
                // 46,000`: a population.
                if matches!(f.kind, Kind::Count | Kind::Number)
                    && f.start >= 2
                    && t.is(f.start - 1, "to")
                    && t.is(f.start - 2, "home")
                    && subject.event.is_none()
                {
                    subject.head = Some(Cow::Borrowed("population"));
                }
                // `The village, 48 km from the town, had around 450
                // residents`: a settlement's people are its population.
                if matches!(f.kind, Kind::Count | Kind::Number)
                    && subject.event.is_none()
                    && f.start > span.0 + 1
                    && t.is_any(f.start - 1, &["had", "has", "have"])
                    && p.nouns
                        .first()
                        .is_some_and(|w| matches!(*w, "residents" | "inhabitants" | "people"))
                    && (span.0..f.start - 1).any(|k| t.is_any(k, lx::SETTLEMENTS))
                {
                    subject.head = Some(Cow::Borrowed("population"));
                    own_modifier = None;
                }
                // `a town of about 1,700 people`, `a city of 2 million`: a
                // population, the place's own (never a part of a total),
                // named beside it (`Rolling Fork, a town of …`) or by the
                // clause it opens (`In Rolling Fork, a town of 1,700, …`).
                // (Set apart by commas, whatever the sentence says next:
                // `Bangladesh, a nation of about 170 million people, has
                // reduced cyclone deaths`.)
                // (Or beside the name it follows, whatever comes after:
                // `Sawtell County, a farming area of about 22,000 people
                // roughly 130 miles southeast of Boise, but infections …`.)
                if matches!(f.kind, Kind::Count | Kind::Number)
                    && let Some(k) = settlement_of(t, f.start, left_from)
                    && let beside = settled_name(t, k, span.0)
                    && (subject.event.is_none() || t.is_punct(p.end, ',') || beside.is_some())
                    // (Its head so far: none, the people it counts, or the
                    // settlement itself, taken as the noun the figure is `of`.)
                    && subject
                        .head
                        .as_deref()
                        .is_none_or(|h| h == "person" || h == t.word(k))
                {
                    subject.head = Some(Cow::Borrowed("population"));
                    subject.event = None;
                    subject.part = false;
                    if let Some(place) = beside.or_else(|| part_place.take()) {
                        name_part(t, place, &mut subject);
                    }
                }
                // `climbed to an altitude of roughly 148 kilometres`: a
                // measure of the dimension the words name is that dimension,
                // a level reached, no change (as `reached an altitude of`).
                if f.kind == Kind::Measure
                    && let Some(k) = noun_of(t, f.start, left_from)
                    && let Some(&dimension) = lx::DIMENSION_NOUNS.iter().find(|d| t.is(k, d))
                {
                    subject.head = Some(Cow::Borrowed(dimension));
                    subject.event = None;
                }
                // `The magnitude 7.6 quake`, `a quake with a magnitude of
                // 7.5`: the earthquake's size, however it is called (an
                // aftershock's is its own).
                if f.measure.is_some_and(|(d, _)| d == "seismic magnitude") {
                    let aftershock = (left_from..p.end.min(span.1))
                        .any(|k| t.is_any(k, &["aftershock", "aftershocks"]));
                    subject.head = Some(Cow::Borrowed(if aftershock {
                        "aftershock"
                    } else {
                        "earthquake"
                    }));
                }
                if below_surface(t, f, span.1) {
                    subject.head = Some(Cow::Borrowed("depth"));
                    subject.event = None;
                }
                // `100 km (62 miles) east of the capital Skopje`: how far
                // something lies from a named place, whatever it is (the
                // town, the epicentre, the dam).
                if let Some(place) = distance_from(t, f, span.1) {
                    subject.head = Some(Cow::Borrowed("distance"));
                    subject.event = None;
                    subject.part = false;
                    subject.nationality = None;
                    let name = name_of_words(t, place);
                    subject.holder = Some(match name.strip_suffix("'s") {
                        Some(owner) => owner.into(),
                        None => name,
                    });
                }
                // `Nine of the dead were children`: a part is what it is
                // said to be.
                // (Or of a group a sentence opens with: `Of the 87 cases, 61
                // are children`.)
                let be_at = if t.is(f.end, "of") { p.end } else { f.end };
                if subject.part
                    && t.is_any(be_at, BE_FORMS)
                    && matches!(f.kind, Kind::Count | Kind::Number)
                    && let Some(class) = class_at(t, be_at + 1)
                {
                    subject.head = Some(Cow::Borrowed(class));
                }
                // `72 on board`, `the 150 aboard`: people.
                if subject.head.is_none()
                    && p.nouns.is_empty()
                    && aboard_at(t, p.end)
                    && matches!(f.kind, Kind::Count | Kind::Number)
                {
                    subject.head = Some(Cow::Borrowed("person"));
                }
                // `92 people were on board`, `the vessel had been carrying
                // about 90 people`: those aboard, however a report says it.
                // (Only people, who with nothing said of them are compared
                // with nothing: `185 passengers` are already a count.)
                if subject.event.is_none()
                    && matches!(f.kind, Kind::Count | Kind::Number)
                    && subject.head.as_deref() == Some("person")
                    && subject.nationality.is_none()
                    && (aboard_at(t, p.end + usize::from(t.is_any(p.end, BE_FORMS)))
                        || (f.start > span.0 && t.is_any(f.start - 1, CARRYING)))
                {
                    subject.event = Some("aboard");
                }
                // `a mother of four`, `the father of two`: children, not
                // mothers; and the parent's own, which are no count of the
                // story's children (`more than 4 million children` out of
                // school): the parent holds them, by name when the parent
                // is named (`Nirmala Perera, a mother of two`).
                if p.nouns.is_empty()
                    && f.start >= 2
                    && t.is(f.start - 1, "of")
                    && t.is_any(f.start - 2, lx::PARENTS)
                    && matches!(f.kind, Kind::Count | Kind::Number)
                {
                    subject.head = Some(Cow::Borrowed("child"));
                    let named = (f.start >= 5
                        && lx::is_determiner(t.word(f.start - 3))
                        && t.is_punct(f.start - 4, ','))
                    .then(|| name_ending_at(t, f.start - 4, span.0))
                    .flatten();
                    subject.holder = Some(match named {
                        Some(name) => name_of_words(t, name),
                        None => t.word(f.start - 2).into(),
                    });
                }
                if subject.head.is_none() && p.nouns.is_empty() {
                    // `the river rose 26 feet`, `people killed … rose to 52`:
                    // the noun just before the event word, else a known noun.
                    // (Not when the figure is the object of the event's
                    // verb: the noun before it is the agent, as in `an
                    // earthquake killed 1,200`. A change or a cost has no
                    // object: `the river rose 26 feet` is about the river,
                    // `the repairs cost $5bn` about the repairs.)
                    let agent_before = p.event.is_none()
                        && verb_before.is_some_and(|e| !lx::is_change(e) && e != "cost");
                    let event_at = (left_from..f.start)
                        .rev()
                        .find(|&k| subject.event.is_some() && event_at(t, k) == subject.event)
                        .filter(|_| !agent_before)
                        .or_else(|| {
                            // With no event, a verb of level: `rainfall
                            // topped 250mm`.
                            (subject.event.is_none())
                                .then(|| level_verb_before(t, f, left_from))
                                .flatten()
                        });
                    // Back over `the`, `in` and country names: `inflation in
                    // the UK eased` is about inflation. (Not from a noun of
                    // the event that opens its phrase: in `officials fear the
                    // toll could rise`, nothing before `the toll` is counted.)
                    let opens_phrase = |e: usize| e > 0 && t.is_any(e - 1, lx::DETERMINERS);
                    // (A classed noun between the verb and the figure is its
                    // object, and what is counted: `the Bank of England cut
                    // interest rates to 4.25%`.)
                    let object =
                        event_at.and_then(|e| (e + 1..f.start).rev().find_map(|k| class_at(t, k)));
                    let before_event = event_at
                        .filter(|&e| !opens_phrase(e) && object.is_none())
                        .and_then(|e| {
                            // (Back over an aside between commas after a
                            // sentence's first words: `Core inflation, which
                            // excludes energy and food, eased to 4.2%`.)
                            // (Figures inside the aside too: `Its shares,
                            // which have lost almost a third of their value
                            // in the past year, climbed 2.5 per cent`.)
                            let aside = aside_before(t, e, span.0.max(prev_end))
                                .map(|c| (c, span.0.max(prev_end)))
                                .or_else(|| {
                                    aside_before(t, e, span.0)
                                        .filter(|&c| {
                                            prev_end > c && t.is_any(c + 1, &["which", "who"])
                                        })
                                        .map(|c| (c, span.0))
                                });
                            let (e, from) = aside.unwrap_or((e, left_from));
                            // (And back over an age group: `the number of
                            // people aged 85 and older rose`.)
                            let e = age_group_before(t, e, from).unwrap_or(e);
                            // (What a preposition adds may be longer: `shares
                            // of the lender's parent company had plunged`.)
                            let far = e.saturating_sub(9).max(from);
                            let from = e.saturating_sub(5).max(from);
                            let noun = |k: usize| {
                                !t.has(k, lx::Set::PhraseStop)
                                    // (A span of time says when: `the total
                                    // for the year so far stands at`.)
                                    && !t.has(k, lx::Set::TimeUnit)
                                    && !cue(t, k, lx::PRONOUNS)
                                    && nationality_of(t.word(k)).is_none()
                                    && !t.has(k, lx::Set::Direction)
                                    && !place_after_noun(t, k, span.0)
                                    // (Back over a participle: `the
                                    // grades awarded in the UK fell`.)
                                    && (t.has(k, lx::Set::Event) || !past_participle(t, k))
                                    // (And an adverb or a modal: `the
                                    // index briefly topped 65`, `farmers
                                    // must cut irrigation by 80%`.)
                                    && !adverb(t, k)
                                    && !cue(t, k, lx::VERB_MARKERS)
                                    // (And a forecast's verb: `debt is
                                    // forecast to peak at 97.5%`.)
                                    && !(t.has(k, lx::Set::Forecast) && t.is(k + 1, "to"))
                                    // (Nor a word of more: `17 new cases`.)
                                    && !t.is_any(k, &["new", "additional"])
                            };
                            // (The disaster that caused deaths names no
                            // one: `storm deaths` count people, as the text
                            // said before; `civilian deaths` civilians.)
                            // (`and` after another figure's noun.)
                            let joins_other_figure =
                                |k: usize| k >= 2 && t.is(k, "and") && in_figure(found, k - 2);
                            let cause = |k: usize| {
                                k + 1 == e && is_toll(t, e) && t.is_any(k, lx::DISASTERS)
                            };
                            (from..e)
                                .rev()
                                // (Not into another figure: `profit for the
                                // final three months of last year dropped`.)
                                // (Nor past a pronoun, which names nothing:
                                // `organisers put it at 250,000`.)
                                // (Nor past `and` after another figure's
                                // noun: in `create 5,000 jobs and cost $3
                                // billion`, no job costs.)
                                // (Nor past a clause of its own: in `sends
                                // 10,000 troops to Valencia as toll tops
                                // 200`, no troops died.)
                                .take_while(|&k| {
                                    t.kind(k) == Some(TokKind::Word)
                                        && !in_figure(found, k)
                                        && !cue(t, k, lx::PRONOUNS)
                                        && !cause(k)
                                        && !joins_other_figure(k)
                                        && !subordinate_at(t, k)
                                })
                                // (Back over a place after the noun too: `the
                                // fire north of Los Angeles grew` is about the
                                // fire, `the Guadalupe River rose` the river.)
                                .find(|&k| noun(k))
                                // (Or the noun before a participle that names
                                // places: `the rail line linking Liverpool,
                                // Manchester and Leeds will cost £27.6bn`.)
                                .or_else(|| {
                                    noun_before_named_places(t, e, span.0.max(prev_end))
                                        .filter(|&k| noun(k))
                                })
                                // (And over what a preposition adds: `rice
                                // prices in Dhaka markets jumped`, `carbon
                                // dioxide emissions from fossil fuels
                                // reached`.)
                                .map(|k| {
                                    // (Past initials: `Sales of previously
                                    // owned U.S. homes fell`.)
                                    (far + 1..k)
                                        .rev()
                                        .take_while(|&j| {
                                            t.kind(j) == Some(TokKind::Word) || initial_point(t, j)
                                        })
                                        // (Past an adverb inside the phrase:
                                        // `previously owned homes`.)
                                        .find(|&j| {
                                            t.has(j, lx::Set::PhraseStop)
                                                && !t.is_any(j, lx::DETERMINERS)
                                                && !t.word(j).ends_with("ly")
                                        })
                                        // (`of` only after a listed noun:
                                        // `the average price of a home`.)
                                        .filter(|&j| {
                                            t.is_any(j, lx::NOUN_PREPOSITIONS)
                                                || (t.is(j, "of")
                                                    && j > 0
                                                    && t.has(j - 1, lx::Set::NounClass))
                                        })
                                        .map(|j| j - 1)
                                        .filter(|&j| {
                                            t.kind(j) == Some(TokKind::Word)
                                                && noun(j)
                                                && !t.has(j, lx::Set::Event)
                                                && !t.has(j, lx::Set::Placeholder)
                                        })
                                        .unwrap_or(k)
                                })
                                // (Not a noun of the phrase a toll heads,
                                // which counts the dead: `the death toll
                                // from the collapse of a building in Gazipur
                                // stood at 63`.)
                                .filter(|&k| toll_heading(t, k, span.0).is_none())
                                .and_then(|k| {
                                    let w = t.word(k);
                                    // (An event's word names no thing, unless
                                    // it is no event there: `the strike had
                                    // cost it $600 million`.)
                                    if event_of(w).is_some() && !other_use(t, k) {
                                        return None;
                                    }
                                    if !lx::is(lx::Set::Placeholder, w) {
                                        return Some(k);
                                    }
                                    // (A word that stands for a figure names
                                    // nothing, but the noun before it may:
                                    // `Passenger numbers rose 7%`.)
                                    let j = k.checked_sub(1).filter(|&j| j >= from)?;
                                    (t.kind(j) == Some(TokKind::Word)
                                        && !t.has_any(
                                            j,
                                            lx::Set::PhraseStop.bit()
                                                | lx::Set::Placeholder.bit()
                                                | lx::Set::Event.bit()
                                                | lx::Set::FunctionWord.bit(),
                                        )
                                        && (j == span.0 || !t.capitalised(j))
                                        && !past_participle(t, j))
                                    .then_some(j)
                                })
                        });
                    // A noun with the word before it that narrows it: `core
                    // inflation`, and `violent crime` is not `property crime`.
                    let narrowed = |k: usize, head: Cow<'static, str>| {
                        // (`Apple's share price fell`: a price of shares,
                        // narrowed as `Apple's shares` are.)
                        let (k, head) = if head == "price"
                            && k > span.0
                            && t.is_any(k - 1, &["share", "stock"])
                        {
                            (k - 1, Cow::Borrowed(lx::SHARE_PRICE))
                        } else if k > span.0 + 1
                            && t.is_any(k, &["rate", "rates"])
                            && class_at(t, k - 1) == Some(&*head)
                        {
                            // (`the youth unemployment rate` is narrowed as
                            // `youth unemployment` is, by the word before
                            // the noun that names the rate.)
                            (k - 1, head)
                        } else {
                            (k, head)
                        };
                        // (Or shares `of` or `in` a name: `Shares in
                        // CrowdStrike sank`, as `CrowdStrike shares` do.)
                        let named_after = head == lx::SHARE_PRICE
                            && t.is_any(k + 1, &["of", "in"])
                            && k + 2 < span.1
                            && t.capitalised(k + 2)
                            && !t.has_any(k + 2, CALENDAR_WORDS);
                        if named_after {
                            let w = t.word(k + 2);
                            return narrow(Some(w.strip_suffix("'s").unwrap_or(w)), head);
                        }
                        // (A name that holds it, anywhere: `Orbitek's stock
                        // fell 3.1%`.)
                        let owner = k > span.0 && t.capitalised(k - 1);
                        // (Not a month or a day: `convicted in November on
                        // seven counts`.)
                        let before = (k > span.0
                            && (k - 1 == span.0 || !t.capitalised(k - 1) || owner)
                            && !t.has_any(k - 1, CALENDAR_WORDS)
                            // (Nor `domestic` in the name `gross
                            // domestic product`.)
                            && !t.is_any(k, &["rate", "rates", "product"]))
                        .then(|| {
                            let w = t.word(k - 1);
                            w.strip_suffix("'s").filter(|_| owner).unwrap_or(w)
                        });
                        narrow(before, head)
                    };
                    // (An unlisted noun by a plain word only: not a name,
                    // `Brent crude`, nor the end of a compound, `tech-heavy
                    // Nasdaq`.)
                    let plain_before = |k: usize| {
                        k > span.0
                            && (k - 1 == span.0 || !t.capitalised(k - 1))
                            && !(t.glued(k - 1) && t.is_punct(k.saturating_sub(2), '-'))
                    };
                    // (With the nationality right before it: `Japanese
                    // citizens numbered 122.03 million`.)
                    // (The adjective only: `Japan population shrinks` is
                    // the country's own.)
                    let adjective = |k: usize| nationality_at(t, k).filter(|&a| t.is(k, a));
                    // (Or the country it is `with`: `the goods trade deficit
                    // with China fell to $15.5 billion` is not the whole
                    // deficit.)
                    if subject.nationality.is_none() {
                        subject.nationality = before_event.and_then(|k| {
                            if t.is(k + 1, "with") {
                                nationality_at(t, k + 2)
                            } else {
                                (k > span.0).then(|| adjective(k - 1)).flatten()
                            }
                        });
                    }
                    // (And where it goes: `Passenger numbers to North
                    // America rose 7%` are a part of all passengers, for
                    // North America; so are `exports to China`.)
                    // (Only beside the whole, below: `Net migration to the
                    // UK hit 745,000` is the UK's whole.)
                    if let Some(k) = before_event {
                        let to = k + 1 + usize::from(t.has(k + 1, lx::Set::Placeholder));
                        if t.is(to, "to")
                            && let Some(place) = name_at(t, to + 1, f.start)
                        {
                            bound_for.push((n, name_of_words(t, place), false));
                        }
                    }
                    // (Such a word is kept aside: it narrows the noun only
                    // when the text narrows it two ways, below.)
                    subject.head = before_event
                        .map(|k| match class_at(t, k) {
                            Some(class) => narrowed(k, Cow::Borrowed(class)),
                            // `The rate fell to 4.1%, while Victoria's rose
                            // to 4.6%`: the noun a name's figure leaves out
                            // is the one before it in the sentence.
                            None if t.capitalised(k)
                                && t.word(k).ends_with("'s")
                                && let Some(class) =
                                    (span.0..k).rev().find_map(|j| class_at(t, j)) =>
                            {
                                narrow(t.word(k).strip_suffix("'s"), Cow::Borrowed(class))
                            }
                            None => {
                                if plain_before(k) {
                                    own_modifier = narrowing_word(t.word(k - 1));
                                }
                                singular(t.word(k))
                            }
                        })
                        .or(object.map(Cow::Borrowed))
                        .or_else(|| {
                            // (Not the noun of the figure before: in `home
                            // to 190,000 people, lies 500km west`, the
                            // 500km are no people.)
                            let after_figure =
                                |k: usize| n > 0 && k == prev_end && prev_end > span.0;
                            (left_from..f.start)
                                .rev()
                                .filter(|&k| !after_figure(k))
                                .find_map(|k| {
                                    // (Narrowed only as the sentence's
                                    // subject: `Services inflation edged
                                    // down to 6%`, not `a grinding war
                                    // along the 1,000km front`.)
                                    let class = class_at(t, k)?;
                                    // (Nor in the phrase a toll heads.)
                                    if toll_heading(t, k, span.0).is_some() {
                                        return None;
                                    }
                                    // (Or by an index's initials anywhere:
                                    // `RPI inflation` is not CPI's.)
                                    let initials = k > span.0
                                        && t.raw(k - 1).len() >= 2
                                        && t.raw(k - 1).len() <= 5
                                        && t.raw(k - 1).bytes().all(|b| b.is_ascii_uppercase())
                                        && nationality_at(t, k - 1).is_none();
                                    // (And shares anywhere: `Shares in
                                    // CrowdStrike ended the day 11.1% lower`;
                                    // and debt gross or net: `while gross
                                    // debt will top $1.07 trillion`.)
                                    // (A reported clause has a subject of
                                    // its own: `The bank said core
                                    // inflation was 5.2%`.)
                                    let reported = k >= span.0 + 2
                                        && (t.has(k - 2, lx::Set::SayVerb) || t.is(k - 2, "that"));
                                    Some(
                                        if k == span.0 + 1
                                            || reported
                                            || initials
                                            || class == lx::SHARE_PRICE
                                            || (class == "debt"
                                                && k > span.0
                                                && t.is_any(k - 1, lx::DEBT_MEASURES))
                                        {
                                            narrowed(k, Cow::Borrowed(class))
                                        } else {
                                            Cow::Borrowed(class)
                                        },
                                    )
                                })
                        });
                    // (Or the sentence's first word, before its subject:
                    // `Japanese citizens numbered 122.03 million`.)
                    if subject.nationality.is_none()
                        && before_event.is_none()
                        && subject.head.is_some()
                        && subject.head.as_deref() == class_at(t, span.0 + 1)
                    {
                        subject.nationality = adjective(span.0);
                    }
                }
                // `revenue rose to $21.3bn`: the level reached, which other
                // reports give as `revenue was $21.3bn`; not a change.
                // (Whether or not what reached it is named.)
                let is_change = |e: Option<&str>| e.is_some_and(lx::is_change);
                // (The verb may stand before another figure: `shares fell
                // 0.8% to $960.90`.)
                let level = to_before(t, f.start, span.0).is_some_and(|to| {
                    (to.saturating_sub(6).max(span.0)..to).any(|k| is_change(event_at(t, k)))
                });
                if level && is_change(subject.event) {
                    subject.event = None;
                }
                // `The poll put Labour on 40%`, `20% for the Conservatives`:
                // a party's share.
                if matches!(f.kind, Kind::Percent | Kind::Count | Kind::Number) {
                    subject.holder = subject.holder.take().or_else(|| share_holder(t, f, span));
                    if f.kind == Kind::Percent && subject.holder.is_some() && subject.is_empty() {
                        subject.head = Some(Cow::Borrowed("share"));
                    }
                }
                // What a verb of holding gives a count to, and a share of a
                // contested whole: `The LPC took 52.3% of the vote`, `Apple
                // holds 20% of the market`; not `Patients on the drug lost
                // 14.8% of their body weight`.
                let a_count = matches!(f.kind, Kind::Count | Kind::Number);
                let of_whole = f.end + 1 + usize::from(t.is(f.end + 1, "the"));
                let contested = f.kind == Kind::Percent
                    && t.is(f.end, "of")
                    && t.is_any(of_whole, CONTESTED_WHOLES);
                if a_count || contested {
                    subject.holder = subject
                        .holder
                        .take()
                        .or_else(|| holder(t, f.start, (span.0, left_from.max(span.0))));
                }
                if a_count {
                    if subject.is_empty()
                        && let Some((counted, of)) = counted_in_compound(t, f.end, next_start)
                    {
                        subject.head = Some(counted);
                        subject.holder = subject.holder.take().or(of);
                    }
                    count_cues(t, f, (left_from, p.end, span.1), &mut subject);
                    if subject.part
                        && let Some(place) = part_place.take()
                    {
                        name_part(t, place, &mut subject);
                    }
                    // `Nationwide, at least 60 people have died`: a figure
                    // for more than the story's place, told apart by it.
                    if subject.holder.is_none()
                        && let Some(scope) = wider_scope(t, span.0, f.start)
                    {
                        subject.holder = Some(scope.into());
                    }
                }
                // `agreed to buy Nuvia for $18.5 billion`, `valuing the firm
                // at $19 billion`: what the deal is worth.
                // (Past a few words before the amount, `for an initial
                // £88.5m`, and back past a date, `joined the club from
                // Birmingham in 2020 for £25m`, but not past another amount.)
                if f.kind == Kind::Money && subject.head.is_none() && p.nouns.is_empty() {
                    let mut prep = f.start;
                    while prep > span.0
                        && f.start - prep < 3
                        && t.is_any(
                            prep - 1,
                            &["a", "an", "initial", "reported", "record", "total"],
                        )
                    {
                        prep -= 1;
                    }
                    let from = last_amount
                        .filter(in_sentence)
                        .map_or(span.0, |m| found[m].end)
                        .max(prep.saturating_sub(12));
                    if prep > from
                        && t.is_any(prep - 1, &["for", "at"])
                        && (from..prep - 1).any(|k| cue(t, k, lx::DEAL_VERBS))
                    {
                        subject.head = Some(Cow::Borrowed("deal"));
                    }
                }
                // `Tk 25,000 for each bereaved family`, `200,000 rupees
                // (about $1,500) to the families of each of the dead`:
                // compensation to those a disaster befell, as it is when
                // the word is said, whatever it is to cover (`to cover
                // burial costs` is no cost of the disaster).
                if f.kind == Kind::Money
                    && p.nouns.is_empty()
                    && subject.head.is_none()
                    && to_recipients(t, conversion.unwrap_or(f.end))
                {
                    subject.head = Some(Cow::Borrowed("compensation"));
                    subject.event = subject.event.filter(|&e| e != "cost");
                }
                (subject.projected, subject.per) =
                    clause_cues(t, f, p.end, left_from, next_start.min(span.1));
                subject.per = per_population(t, p.end).or(subject.per).or(p.per);
                // `For the full fiscal year, revenue declined 10% to $46.3
                // billion`: the sentence says what period its amounts are for.
                // (A rate in per cent is for a period only as a change: `grew
                // 0.2% in the third quarter`, not `unemployment rose to 4.3%
                // in the three months to June`, a level.)
                // (A change, not a level reached: not after `to`.)
                let a_change = subject.event.is_some_and(lx::is_change)
                    && !(f.start >= 1 && t.is(f.start - 1, "to"));
                let change_in_per_cent = f.kind == Kind::Percent && a_change;
                if subject.per.is_none() && (f.kind == Kind::Money || change_in_per_cent) {
                    subject.per = period_opening(t, span.0).or_else(|| period_closing(t, p.end));
                }
                // `1.1% higher than a year earlier`, `grew 0.5% on the
                // previous quarter`: a change over that period, which a
                // change over a quarter does not meet.
                // (Over dates after it: `compared with the same period
                // last year`.)
                // (Within its clause: in `net income fell from $20.6 billion
                // a year earlier, while revenue rose 1%`, the 1% is not.)
                // (So is a change in a count: `employment rose by 389,000
                // on a year earlier`, not the quarter's 214,000.)
                let change_in_count = f.kind == Kind::Count && a_change;
                if subject.per.is_none() && (change_in_per_cent || change_in_count) {
                    // (Past times and spans, which may be the period:
                    // `from a year ago`.)
                    let to = found[n + 1..]
                        .iter()
                        .find(|g| !matches!(g.kind, Kind::Date | Kind::Time | Kind::Duration))
                        .map_or(span.1, |g| g.start.min(span.1));
                    // (The clause is checked only once a comparison is
                    // found: most figures have none.)
                    let in_own_clause = |k: usize| {
                        if k > f.start {
                            !(f.end..k).any(|j| ends_clause(t, j))
                        } else {
                            k + CUE_REACH_LEFT >= f.start && (k..f.start).all(|j| in_clause(t, j))
                        }
                    };
                    // (Or in the sentence's opening: `Compared with a year
                    // earlier, GDP was 1.1% higher`.)
                    // (Or `In the 12 months through September, wages
                    // rose 4%`, `From a year earlier, GDP expanded 1.4%`.)
                    let opening = || {
                        if !t.is_any(span.0, &["compared", "in", "over", "from"]) {
                            return None;
                        }
                        let comma = (span.0..f.start).find(|&k| t.is_punct(k, ','))?;
                        compared_over(t, span.0, comma)
                    };
                    subject.per = compared_over(t, prev_end.max(span.0), to)
                        .filter(|&(_, k)| in_own_clause(k))
                        .or_else(opening)
                        .map(|(period, _)| period);
                }
                // A difference between two temperatures is no temperature
                // (`Temperatures were 10 to 15 degrees above normal`).
                // (A temperature with no noun stays without one: a report
                // gives one for each place it names.)
                if f.measure
                    .is_some_and(|(d, _)| d == "temperature" || d == lx::DEGREES_UNSTATED)
                    && t.is_any(f.end, lx::DIFFERENCE_WORDS)
                {
                    subject = Subject::default();
                }
                // `$2.5bn in aid`: money is for what follows `in` or `for`
                // (or is taken `off`: `wiping $9 billion off its market
                // value`).
                // (Not a price reached, `shares fell to $960.90 in New York
                // trading`, nor a reason, `fined €2.42bn for abusing its
                // dominance`.)
                // (Past the period of a rate: `$300 billion a year in
                // climate finance`.)
                let limit = next_start.max(p.end);
                let in_at = match per_period_after(t, p.end, limit) {
                    Some(_) => p.end + 2,
                    None => p.end,
                };
                // (And what it is spent `on`: `will spend £2.5bn on new
                // hospitals`.)
                let spent_on = || {
                    t.is(in_at, "on")
                        && (f.start.saturating_sub(4).max(left_from)..f.start)
                            .any(|k| t.is_any(k, lx::SPEND_VERBS))
                };
                // (Or added `to` it: `adding about $60 billion to its market
                // value`.)
                let added_to = || {
                    t.is(in_at, "to")
                        && f.start > left_from
                        && t.is_any(f.start - 1, &["adding", "added", "adds", "add"])
                };
                if f.kind == Kind::Money
                    && p.nouns.is_empty()
                    && !level
                    && (t.is_any(in_at, &["in", "for", "off"]) || spent_on() || added_to())
                {
                    // (`off its market value`: past the determiner.)
                    let from = in_at
                        + 1
                        + usize::from(
                            t.is_any(in_at, &["off", "to"])
                                && (t.is_any(in_at + 1, lx::DETERMINERS)
                                    || t.is_any(in_at + 1, lx::POSSESSIVE_DETERMINERS)),
                        );
                    let q = phrase_after(t, from, limit.max(from));
                    // (A verb in `-ing` with more after it gives a reason.)
                    // (So is what one was fined for: `fined $1.9 billion for
                    // money laundering`.)
                    let reason = (q.nouns.first().is_some_and(|w| w.ends_with("ing"))
                        && (q.nouns.len() > 1 || t.kind(q.end) == Some(TokKind::Word)))
                        || (t.is(in_at, "for") && f.start > 0 && t.is(f.start - 1, "fined"));
                    // (Nor how it is paid: `$34 billion in cash and stock`.)
                    let paid_in = t.is(in_at, "in")
                        && q.nouns
                            .first()
                            .is_some_and(|w| lx::PAYMENT_FORMS.contains(w));
                    // (Nor where it is, a name: `sales of $5bn in Asia`,
                    // `$2bn for Ukraine`.)
                    let named = t.capitalised(from) && t.kind(from) == Some(TokKind::Word);
                    // (What it is `of` is named already, the rest is what
                    // it is for: `a reward of $5 million for information`,
                    // `a grant of €40m for flood defences`; but `a total
                    // of $5bn in damages` is damages.)
                    let of_named = subject.head.is_some()
                        && f.start >= left_from + 2
                        && t.is(f.start - 1, "of")
                        && !t.has(f.start - 2, lx::Set::Placeholder)
                        && !t.has(f.start - 2, lx::Set::Container);
                    if !reason && !paid_in && !named && !of_named {
                        subject.head = q.nouns.last().map(|n| singular(n)).or(subject.head);
                        subject.per = subject.per.or(q.per);
                        // (The word before it may tell it from another of
                        // the same noun: `$2 billion in punitive damages and
                        // $250 million in compensatory damages`.)
                        if let [.., before, _] = *q.nouns {
                            own_modifier = narrowing_word(before);
                        }
                    }
                }
                // `$142 a share`, `$1.25 per share`: a price per share.
                // (Also an offer or a bid of so much a share; and what else
                // it is of, per share: `a loss of $9.97 per share`.)
                if f.kind == Kind::Money
                    && p.nouns.is_empty()
                    && t.is_any(p.end, &["a", "per", "each"])
                    && t.is(p.end + 1, "share")
                {
                    // (After `, or` it restates the amount before it per
                    // share: `net income of $15.69 billion, or $6.03 per
                    // share` are earnings per share.)
                    let restated =
                        (f.start >= 2 && t.is(f.start - 1, "or") && t.is_punct(f.start - 2, ','))
                            .then(|| frames.last())
                            .flatten()
                            .filter(|fr| fr.sentence == span)
                            .and_then(|fr| fr.subject.head.as_deref());
                    let own = subject
                        .head
                        .as_deref()
                        .filter(|h| !matches!(*h, "offer" | "bid" | "price"));
                    subject.head = Some(match restated.or(own) {
                        Some(h) => Cow::Owned(format!("{h} per share")),
                        None => Cow::Borrowed("price per share"),
                    });
                }
                // `cocaine worth about A$760 million`: what it is worth (as
                // `a street value of A$1 billion` is; `valued at` after a
                // verb of buying is a deal's, above).
                if f.kind == Kind::Money
                    && subject.head.is_none()
                    && p.nouns.is_empty()
                    && f.start >= 1
                    && t.is(f.start - 1, "worth")
                {
                    subject.head = Some(Cow::Borrowed("value"));
                }
                // `Russia suffered 325,000 troop deaths`: the country before the verb.
                // (Not a name that holds it: `Reform UK on 17%`.)
                if subject.nationality.is_none()
                    && subject.holder.is_none()
                    && f.start >= 2
                    && f.start - 2 >= span.0
                {
                    // (Back over auxiliaries: `Nepal has had 42 crashes`; and
                    // over `with` and a rank: `China finished with 40 golds`,
                    // `France came fifth with 16 golds`.)
                    let mut c = f.start - 2;
                    if t.is(f.start - 1, "with") && c > span.0 {
                        c -= 1;
                        if c > span.0 && in_figure(found, c + 1) {
                            c -= 1;
                        }
                    }
                    while c > span.0 && t.is_any(c, lx::AUXILIARIES) {
                        c -= 1;
                    }
                    // (Not a country that reports it: `the US said 40 people
                    // died`.)
                    if t.capitalised(c)
                        && !t.word(c).ends_with("'s")
                        && t.kind(c + 1) == Some(TokKind::Word)
                        && !t.capitalised(c + 1)
                        && !t.has(c + 1, lx::Set::SayVerb)
                        // (Nor one that receives them: `Spain attracted 94
                        // million visitors`, who are not Spanish.)
                        && !t.is_any(c + 1, lx::RECEIVE_VERBS)
                        // (Nor one things go to or come from: `exports to
                        // China jumped 14%` are not China's.)
                        && !(c > span.0 && t.is_any(c - 1, &["to", "into", "from", "with", "against"]))
                        // (Nor where the figure before is: `41 destinations
                        // in Canada and 14 in the United States`.)
                        && !(c >= span.0 + 2
                            && t.is_any(c - 1, &["in", "across"])
                            && (c.saturating_sub(4).max(span.0)..c - 1).any(|k| in_figure(found, k)))
                    {
                        subject.nationality =
                            nationality_at(t, c).filter(|_| class_at(t, c).is_none());
                    }
                }
            }
            Kind::Ordinal => {
                let p = phrase_after(t, f.end, next_start.max(f.end));
                subject.event = p.event;
                subject.head = p
                    .nouns
                    .iter()
                    .rfind(|n| {
                        !matches!(
                            **n,
                            "such" | "consecutive" | "successive" | "straight" | "ever" | "time"
                        )
                    })
                    .map(|n| singular(n));
                if t.is(p.end, "of") {
                    let q = phrase_after(t, p.end + 1, span.1);
                    if let Some(h) = q.nouns.last() {
                        subject.head = Some(Cow::Owned(format!(
                            "{} of {}",
                            subject.head.clone().unwrap_or_default(),
                            singular(h)
                        )));
                    }
                }
            }
            Kind::Date | Kind::Time | Kind::Duration => {
                // (A span of time not past the next figure, whose words are
                // its own: in `within two years and to yield $400 million in
                // cost savings`, the two years cost nothing. A date may be
                // the time of the figure after it: `in December 2024, when
                // he reported 43,000 military deaths`.)
                let right_end = match f.kind {
                    Kind::Duration => next_start.max(f.end),
                    _ => span.1,
                };
                // (A dateline's date, `LIMA, Jan 20 (AP) —`, is when the
                // report was filed, not when what follows it happened.)
                // `The 23-year-old beat…`: someone's age, standing for them,
                // which nothing happens to. (Whose, nothing here says: ages
                // of different people are not lined up.)
                // (A word after it with an object is a verb: `beat the
                // previous mark`.)
                // (Both read the words after a span written with a hyphen,
                // `23-year-old`, `106-year`: once.)
                let hyphenated = f.kind == Kind::Duration
                    && (f.start + 1..f.end).any(|k| t.is_punct(k, '-') && t.glued(k));
                let age = f.kind == Kind::Duration && t.is(f.end - 1, "old");
                let after = (hyphenated || age).then(|| phrase_after(t, f.end, span.1));
                let age_standing_alone = age
                    && after.as_ref().is_some_and(|p| {
                        p.nouns.is_empty()
                            || (t.kind(f.end) == Some(TokKind::Word)
                                && lx::is_determiner(t.word(f.end + 1)))
                    });
                let ev = event_left(t, f.start, f.start.saturating_sub(16).max(span.0))
                    .or_else(|| event_right(t, f.end, (f.end + 10).min(right_end)))
                    .filter(|_| !dateline(t, f) && !closes_span(t, found, n));
                // When records began is no date of the story: `the lowest
                // since records began in 1899`.
                records_began =
                    ev.is_some_and(|(e, at)| e == "began" && at > 0 && t.is(at - 1, "records"));
                // `the union's 106-year history`, `a six-year contract`: a
                // span written as an adjective is of the noun after it,
                // whatever verb is near.
                let compound =
                    after.filter(|p| hyphenated && (!p.nouns.is_empty() || p.event.is_some()));
                if let Some(role) = aged_role(t, f) {
                    subject.head = Some(role);
                } else if age_standing_alone {
                } else if let Some(p) = compound {
                    // (And of the verb right after that noun: `a
                    // 23-year-old man was arrested`.)
                    subject.head = head_and_nationality(&p).0;
                    subject.event = p
                        .event
                        .or_else(|| event_right(t, p.end, (p.end + 3).min(span.1)).map(|(e, _)| e));
                } else if f.kind == Kind::Duration && prison_term(t, f, span.0.max(prev_end)) {
                    // `jailed for 14 years`, `sentenced to 14 years in
                    // prison`: a sentence, as `a 14-year sentence` is. (One
                    // sought is no sentence given: `prosecutors had asked for
                    // 25 years`.)
                    subject.head = Some(Cow::Borrowed("sentence"));
                    subject.event = ev.map(|(e, _)| e).filter(|e| *e == "sought");
                } else if let Some((e, at)) = ev {
                    subject.event = Some(e);
                    // `the beginning of Russia's invasion`: the complement first.
                    let complement = if t.is(at + 1, "of") {
                        (at + 2..(at + 8).min(span.1)).find_map(|k| class_at(t, k))
                    } else {
                        None
                    };
                    subject.head = complement
                        .or_else(|| class_near(t, at, 8, span))
                        .map(Cow::Borrowed);
                } else if f.kind == Kind::Duration && t.is(f.end, "old") {
                    // `The plane was 15 years old`.
                    subject.head = Some(Cow::Borrowed("age"));
                } else if f.kind == Kind::Duration {
                    // (Read as any noun is: `a six-year contract` and `a
                    // six-year deal` are one.)
                    let p = phrase_after(t, f.end, span.1);
                    subject.head = head_and_nationality(&p).0;
                    // `a world record of 2:01:09`, `a sentence of 10 years`.
                    // (`record` stands in for a noun before an amount, `a
                    // record 37.4 billion tonnes`, but names one here.)
                    if p.nouns.is_empty() {
                        let record = f.start >= 2
                            && f.start - 2 >= span.0
                            && t.is(f.start - 1, "of")
                            && t.is(f.start - 2, "record");
                        subject.head = if record {
                            Some(Cow::Borrowed("record"))
                        } else {
                            noun_of(t, f.start, span.0.max(prev_end))
                                .or_else(|| what_stayed_so(t, f.start, span.0.max(prev_end)))
                                .or_else(|| what_lasted(t, f.start, span.0.max(prev_end)))
                                .map(|k| {
                                    class_at(t, k)
                                        .map_or_else(|| singular(t.word(k)), Cow::Borrowed)
                                })
                                .or_else(|| time_taken_for(t, f.end, span.1).map(Cow::Borrowed))
                        };
                    }
                }
                // The time of what happened: `The blast happened at 6:48
                // a.m.`, `Mayon erupted at 4:17 a.m.`, `The eruption began
                // at 4.17am` (its beginning is its time).
                // (An event said after the time is another verb's: in
                // `skidded off a narrow highway at around 6:45 am and fell
                // 147 metres`, the time is the skid's.)
                // (Nor one before the incident: in `Two workers were killed
                // and 11 others injured after a massive fire broke out …
                // around 10:40 pm …, forcing the district administration to
                // evacuate villages`, the time is the fire's.)
                if f.kind == Kind::Time
                    && !dateline(t, f)
                    // (Not a time in brackets, which converts the one before:
                    // `at 4.17am (21.17 BST on Wednesday)`.)
                    && !(f.start > 0 && t.is_punct(f.start - 1, '('))
                    && let Some((what, at)) = incident_before(t, f.start, span.0.max(prev_end))
                    && match event_left(t, f.start, span.0.max(prev_end)) {
                        Some((_, k)) => {
                            k < at
                                || (subject.head.is_none()
                                    && subject.event.is_none_or(|e| e == "began"))
                        }
                        None => subject.head.is_none(),
                    }
                {
                    subject.head = Some(Cow::Borrowed(what));
                    subject.event = None;
                }
                // A day of a beginning is of the noun that began: in
                // `Since the season began in October` and `Culling at
                // Kootwijkerbroek began on Monday`, two things began.
                // (Not a time of day: the story's times of day are joined
                // whatever began, `the leak began at about 6:40 pm`, `the
                // release began at 7 p.m.`)
                if f.kind == Kind::Date
                    && subject.event == Some("began")
                    && subject.head.is_none()
                    && let Some((_, at)) = ev
                    && let Some(k) = what_began(t, at, span.0.max(prev_end))
                {
                    subject.head =
                        Some(class_at(t, k).map_or_else(|| singular(t.word(k)), Cow::Borrowed));
                }
            }
        }

        // Source.
        if sentence_sources[s].is_none() {
            sentence_sources[s] = Some(sources_in(t, span, &mut last_person, &mut last_org));
        }
        let source = sentence_sources[s]
            .as_ref()
            .and_then(|list| nearest_source(list, f.start))
            .cloned();

        // (Or where a change started, said alone: `The unemployment rate
        // fell from 4.2% in August`, a level then, not a fall.)
        let changed_from = counts_like(f.kind)
            && f.start >= 2
            && t.is(f.start - 1, "from")
            && (event_at(t, f.start - 2).is_some_and(lx::is_change)
                // (`The new rate, up from R28.79, …`.)
                || t.is_any(f.start - 2, &["up", "down"]));
        if changed_from {
            subject.event.take_if(|e| lx::is_change(e));
        }
        let earlier =
            counts_like(f.kind) && (changed_from || given_at_first(t, f, prev_end, next_start));
        // (One bit test per word of the figure's stretch serves both: most
        // stretches hold neither kind of word.)
        let marked = counts_like(f.kind)
            && (prev_end..next_start)
                .any(|k| t.has_any(k, lx::Set::OtherIncident.bit() | lx::Set::Session.bit()));
        // (`after Hurricane Helene killed more than 230 people`, in a
        // story of Milton: the storm named nearest before it in its
        // sentence, a few words back, if another than the story's first.)
        let other_storm = counts_like(f.kind)
            && (f.start.saturating_sub(STORM_REACH).max(span.0)..f.start)
                .rev()
                .filter(|&k| t.has(k, lx::Set::NamedDisaster))
                .find_map(|k| named_storm_at(t, k))
                .is_some_and(|name| {
                    let story = *story_storm.get_or_insert_with(|| {
                        (0..t.len())
                            .filter(|&k| t.has(k, lx::Set::NamedDisaster))
                            .find_map(|k| named_storm_at(t, k))
                    });
                    story.is_some_and(|first| first != name)
                });
        let elsewhere = (marked && another_incident(t, prev_end, next_start))
            || records_began
            || other_storm
            || (counts_like(f.kind)
                && (since_incident(t, f.start, span.0) || named_past_incident(t, f.start, span.0)));
        let session = (marked && matches!(f.kind, Kind::Percent | Kind::Money))
            .then(|| trading_session(t, prev_end, next_start))
            .flatten();
        if for_each(t, f) || (f.kind == Kind::Duration && since_last_such(t, f, span.0)) {
            subject = Subject::default();
        }
        // A rate in units of speed is no interest rate: `advancing at a rate
        // of about 1 km per hour`.
        // Nor is one in money: `The hourly rate rises to R30.75` is a rate
        // of pay or a price.
        if matches!(f.kind, Kind::Measure | Kind::Money)
            && matches!(subject.head.as_deref(), Some("interest rate" | "rate"))
        {
            subject.head = (f.kind == Kind::Money).then_some(Cow::Borrowed("rate"));
        }
        // An age in a list after `aged` is no part of what happened: in
        // `Two passengers, aged 78 and 81, were taken to hospital`, the
        // passengers were. (So is a range of ages, `The children, aged
        // between 7 and 15, began complaining … within two hours`: in
        // years, if in any unit.)
        let in_years = || {
            (f.start..f.end)
                .all(|k| !t.has(k, lx::Set::TimeUnit) || t.is_any(k, &["years", "year"]))
        };
        if f.kind == Kind::Duration
            && (f.start.saturating_sub(4).max(span.0)..f.start).any(|k| t.is_any(k, lx::AGE_WORDS))
            && in_years()
        {
            subject.event = None;
        }
        // `the remaining four days of the cruise`, `the first two days of
        // the strike`: some of a span of time, not all of it (a `two-week
        // sailing`).
        if f.kind == Kind::Duration
            && f.start >= 2
            && t.is_any(f.start - 1, &["remaining", "final", "first", "other"])
            && t.is_any(f.start - 2, lx::DETERMINERS)
        {
            subject.part = true;
        }
        if state_share(t, f) {
            subject.event = None;
        }
        // `six people died in Mississippi`, `three in Alabama`: a part for
        // that place, when the text gives a larger whole (`remainders`).
        if matches!(f.kind, Kind::Count | Kind::Number)
            && subject.event.is_some_and(happens_to_people)
            && subject.holder.is_none()
            && subject.nationality.is_none()
            && !subject.part
            && let Some(place) = happened_in(t, f, next_start.min(span.1))
        {
            bound_for.push((n, name_of_words(t, place), true));
        }
        if matches!(f.kind, Kind::Percent | Kind::Money)
            && subject.holder.is_none()
            && subject.nationality.is_none()
            && !subject.part
            && let Some(place) = place_in_opening_phrase(t, span, f.start)
        {
            name_part(t, place, &mut subject);
        }
        let before = n.checked_sub(1).and_then(|m| index_moves[m]);
        if let Some((head, moved, index)) = index_figure(t, found, n, &subject, before, span.0) {
            index_moves[n] = moved.map(|m| (index, m));
            subject.head = Some(head);
            subject.event = moved;
            subject.holder = None;
            subject.nationality = None;
            subject.part = false;
        }
        if subject.holder.is_none()
            && !subject.part
            && counts_like(f.kind)
            && let Some(fire) = named_fire(t, f, span.0)
        {
            subject.holder = Some(fire);
        }
        // `The economy grew 0.2%` gives GDP's growth, as `GDP grew 0.2%` does.
        // (Only so: `cost the economy £91m a day`, `12% of Spain's economy`.)
        if f.kind == Kind::Percent
            && subject.head.as_deref() == Some("economy")
            && subject.event.is_some_and(lx::is_change)
        {
            subject.head = Some(Cow::Borrowed("growth"));
        }
        // `Turnout was 71.4 per cent of the 1.86 million registered voters`:
        // a rate named before `was` is what the share measures; what it is
        // `of` is only its base.
        if f.kind == Kind::Percent
            && t.is(f.end, "of")
            && f.start >= 2
            && t.is_any(f.start - 1, FINITE_BE)
            && let Some(rate) = class_at(t, f.start - 2).filter(|c| RATES_OF_A_BASE.contains(c))
        {
            subject.head = Some(Cow::Borrowed(rate));
        }
        // `just over 18% full` is how much of its capacity a reservoir, a
        // ward or a venue holds, as `18.4 per cent of its capacity` is.
        if f.kind == Kind::Percent && subject.head.as_deref() == Some("full") {
            subject.head = Some(Cow::Borrowed("capacity"));
        }
        // `a workforce of roughly 38,000` and `11,000 staff` count who are
        // employed, as `employs about 38,000 people` does (a share of the
        // workforce, `6% of its staff`, stays one); `Nine patients have been admitted to
        // hospital` counts the people hospitalised, as `Nine people have
        // been hospitalized` does.
        if matches!(f.kind, Kind::Count | Kind::Number) {
            match (subject.head.as_deref(), subject.event) {
                (Some("workforce"), _) => subject.head = Some(Cow::Borrowed("job")),
                (Some("patient"), Some("hospitalized")) => {
                    subject.head = Some(Cow::Borrowed("person"));
                }
                _ => {}
            }
        }
        modifiers.push(own_modifier);
        stills.push(
            counts_like(f.kind)
                && (f.end..(f.end + 4).min(next_start.max(f.end))).any(|k| {
                    t.is(k, "still") && (event_at(t, k + 1).is_some() || t.is(k + 1, "without"))
                }),
        );
        frames.push(Frame {
            subject,
            source,
            time: Time::Current,
            sentence: span,
            absorbed: false,
            deadline: false,
            conversion: converted[n],
            earlier,
            update: update_to(t, f, span.0),
            said_on: false,
            // (Or on the line the publication date is read from: see
            // `scan`.)
            header: f.kind == Kind::Date && dateline(t, f),
            elsewhere,
            session,
        });
    }

    // A conversion in brackets is of what the amount before it is (read
    // here, as the passes below read the figures before theirs).
    share_with_conversions(&mut frames, &converted);

    // A verb after two counts joined by `and` is both counts': `263
    // passengers and 31 crew members were sickened`, `Some 640 workers and
    // 11 vessels were deployed`.
    for n in 1..frames.len() {
        let m = n - 1;
        let Some(event) = frames[n].subject.event else {
            continue;
        };
        if frames[m].subject.event.is_some()
            || frames[n].sentence != frames[m].sentence
            || found[m].kind != Kind::Count
            || found[n].kind != Kind::Count
            || lx::is_change(event)
        {
            continue;
        }
        // (Only nouns and the `and` between: not `killed 12 people in
        // Gaza and 40 in Lebanon`.)
        let between = found[m].end..found[n].start;
        let nouns_and = between.len() <= 5
            && t.is(found[n].start - 1, "and")
            && (between.start..found[n].start - 1).all(|k| {
                t.kind(k) == Some(TokKind::Word)
                    && !t.has(k, lx::Set::PhraseStop)
                    && event_at(t, k).is_none()
            });
        let verb_after = event_right(
            t,
            found[n].end,
            (found[n].end + 8).min(frames[n].sentence.1),
        )
        .is_some_and(|(e, _)| e == event);
        if nouns_and && verb_after {
            frames[m].subject.event = Some(event);
        }
    }

    // Coordination: `15,000 civilians killed and 40,000 injured`.
    for n in 1..frames.len() {
        // The figure before, past a time that times it: `rose 1.2% from
        // August and 16.3% from a year ago`.
        let timed = |m: usize| {
            matches!(found[m].kind, Kind::Date | Kind::Duration | Kind::Time)
                && m >= 1
                && counts_like(found[m - 1].kind)
                && !(found[m].end..found[n].start).any(|k| t.has(k, lx::Set::Event))
        };
        let past_time = timed(n - 1);
        let m = if past_time { n - 2 } else { n - 1 };
        if frames[n].sentence != frames[m].sentence {
            continue;
        }
        let between = found[m].end..found[n].start;
        // (And `but`: `was put at 174 but was revised down to 125`.)
        // (Past a time, `and` or `or` only: in `settle nearly 100,000 claims
        // since 2020, but about 54,000 remain unresolved`, the 54,000 are
        // another group.)
        let (reach, joiners): (usize, &[&str]) = if past_time {
            (8, &["and", "or"])
        } else {
            (6, &["and", "or", "but"])
        };
        let joined = between.len() <= reach
            && (found[n - 1].end..found[n].start).any(|k| t.is_any(k, joiners));
        if !joined || !counts_like(found[n].kind) || !counts_like(found[m].kind) {
            continue;
        }
        if for_each(t, &found[n]) {
            continue;
        }
        // (Past a part listed in an aside: in `killed 29 people, including
        // 11 children, and wounded more than 50`, the wounded are people.)
        let whole = if frames[m].subject.part
            && m >= 1
            && frames[m - 1].sentence == frames[n].sentence
            && listed_after_including(t, &found[m])
        {
            m - 1
        } else {
            m
        };
        let prev = frames[whole].subject.clone();
        let cur = &mut frames[n].subject;
        // (A head only between figures of one kind: in `deployed 1,000
        // workers and recovered 2,100 barrels`, the barrels are no workers;
        // and between measures of one dimension: in `an altitude of 190 km
        // and travelling at 27,000 km/h`, the speed is no altitude.)
        let dimension = |f: &Found| f.measure.map(|(d, _)| d);
        // (A noun of its own before the verb it shares: `violent crime fell
        // by 3% and property crime by 2.4%`.)
        // (Not a verb: in `start at £45 and rise to £250`, nothing is a rise.)
        let own = found[n].start.checked_sub(2).filter(|&k| {
            k > found[m].end
                && t.is_any(k + 1, &["by", "to"])
                && t.kind(k) == Some(TokKind::Word)
                && !t.has(k, lx::Set::PhraseStop)
                && event_at(t, k).is_none()
                && (found[m].end..k).any(|j| t.is(j, "and"))
        });
        if cur.head.is_none()
            && let Some(k) = own
        {
            let before = (k - 1 > found[m].end && !t.is(k - 1, "and")).then(|| t.word(k - 1));
            cur.head = Some(match class_at(t, k) {
                Some(class) => with_modifier(before, class),
                None => {
                    modifiers[n] = before.and_then(narrowing_word);
                    singular(t.word(k))
                }
            });
        }
        // (Others of a group of people are people: in `killing two
        // students and two teachers and wounding nine others`, the nine are
        // not all teachers. Others of a group of things are more of them.)
        let others_of_people = t.is(found[n].end, "others")
            && prev
                .head
                .as_deref()
                .is_some_and(|h| h == "person" || lx::PERSON_ROLES.contains(&h));
        if cur.head.is_none() && others_of_people {
            cur.head = Some(Cow::Borrowed("person"));
        }
        if cur.head.is_none()
            && same_kind_of_figure(found[m].kind, found[n].kind)
            && dimension(&found[m]) == dimension(&found[n])
        {
            cur.head = prev.head.clone();
            // (Not a part's place: see `name_part`.)
            cur.nationality = cur.nationality.or(prev.nationality.filter(|_| !prev.part));
        }
        // (Whose the first is, the second is, with a noun of its own, when
        // only that noun stands between: `China finished with 40 golds and
        // 91 medals`.)
        let noun_and = between.len() <= 3 && t.is(found[n].start - 1, "and");
        if cur.nationality.is_none() && !prev.part && noun_and && found[m].kind == found[n].kind {
            cur.nationality = prev.nationality;
        }
        // (A forecast of both: `had forecast the CPI gaining 0.1% and
        // rising 2.3% year-on-year`.)
        let same_verb_form = (found[m].end..found[n].start).all(|k| {
            t.is_any(k, &["and", "or", "by", "to"])
                || (t.word(k).ends_with("ing") && k > found[m].end)
        });
        if prev.projected && same_verb_form {
            cur.projected = true;
        }
        // (Not what happens to people onto a measure: `thousands without
        // power and temperatures of minus 20 degrees`; nor past a verb of
        // the figure's own: in `cost £100bn and create 30,000 jobs`, no job
        // costs; nor onto how far along a state it is: `has burned 23,713
        // acres and was 13% contained`.)
        // (Nor onto a figure with a verb of its own after it: in `Four
        // were in critical condition and nine had been flown out`.)
        let takes_event = !unlisted_verb(t, found[n].start - 1)
            && !state_share(t, &found[n])
            && !t.is_any(found[n].end, lx::AUXILIARIES);
        if cur.event.is_none()
            && takes_event
            && !(found[n].kind == Kind::Measure && prev.event.is_some_and(happens_to_people))
        {
            cur.event = prev.event;
        }
    }

    // Some of a whole, then `and` more of it in another place, with no
    // noun: in `Sixteen of the deaths were in the Eaton Fire zone and eight
    // in the Palisades area`, the eight are a part too.
    for n in 1..frames.len() {
        let f = &found[n];
        let m = n - 1;
        let ellipsis = f.start > 0
            && t.is(f.start - 1, "and")
            && t.is_any(f.end, &["in", "at", "on", "from", "among"])
            && t.is(found[m].end, "of")
            && frames[m].sentence == frames[n].sentence;
        if ellipsis
            && frames[m].subject.part
            && !frames[n].subject.part
            && frames[m].subject.head == frames[n].subject.head
            && frames[m].subject.event == frames[n].subject.event
        {
            frames[n].subject.part = true;
        }
    }

    // A count with no word of what it counts, in a clause joined to the
    // count before it by `and`, `but` or `while` and going on with `be`,
    // counts what that one counts: the noun is left out (`Around 540,000 of
    // the vehicles are in the United States, and roughly 210,000 are
    // registered in Germany`). A place of its own replaces the other's.
    for n in 1..frames.len() {
        let (f, m) = (&found[n], n - 1);
        let joined = f.start > 0
            && t.is_any(f.start - 1, &["and", "but", "while", "whereas"])
            && t.is_any(f.end, FINITE_BE);
        if !joined
            || f.kind != Kind::Count
            || found[m].kind != Kind::Count
            || frames[n].subject.head.is_some()
            || frames[m].subject.head.is_none()
            || frames[m].sentence != frames[n].sentence
        {
            continue;
        }
        let mut subject = frames[m].subject.clone();
        // (What befell it, if it says: `and 4,300 were returned`.)
        subject.event = frames[n].subject.event.or(subject.event);
        subject.nationality = None;
        subject.holder = None;
        if let Some(place) = in_place_after(t, f.end, frames[n].sentence.1) {
            name_part(t, place, &mut subject);
        }
        frames[n].subject = subject;
    }

    // `killed 29 people, including 11 children`: what is listed shares what
    // happened to the whole.
    for n in 1..frames.len() {
        let listed = frames[n].subject.part
            && frames[n].subject.event.is_none()
            && listed_after_including(t, &found[n])
            && frames[n - 1].sentence == frames[n].sentence
            && same_kind_of_figure(found[n - 1].kind, found[n].kind);
        if listed {
            frames[n].subject.event = frames[n - 1].subject.event;
        }
    }

    // A text that narrows one unlisted noun two ways speaks of two things:
    // `violent crime dropped 3%, while property crime fell 2.4%` (but
    // `insured losses … the losses` are one). Each keeps its word then.
    // (One look-up per figure: a map from noun and event to the first word
    // seen and whether another was.)
    // (Keys borrow the heads; the figures to narrow are listed first.)
    let two_ways: Vec<(usize, &str)> = {
        let key = |n: usize| Some((frames[n].subject.head.as_deref()?, frames[n].subject.event));
        let mut ways: rustc_hash::FxHashMap<(&str, Option<&str>), (&str, bool)> =
            Default::default();
        for (n, m) in modifiers.iter().enumerate() {
            if let (Some(m), Some(k)) = (m, key(n)) {
                let way = ways.entry(k).or_insert((m, false));
                way.1 |= way.0 != *m;
            }
        }
        modifiers
            .iter()
            .enumerate()
            .filter_map(|(n, m)| Some((n, (*m)?)))
            .filter(|&(n, _)| key(n).and_then(|k| ways.get(&k)).is_some_and(|w| w.1))
            .collect()
    };
    for (n, m) in two_ways {
        let head = frames[n].subject.head.take();
        frames[n].subject.head = head.map(|h| narrow(Some(m), h));
    }

    // Times, once dates are known.
    // Whether a sentence speaks of the past, asked once per sentence: asking
    // per figure is quadratic in a long sentence full of figures.
    let mut past_in: Option<((usize, usize), bool)> = None;
    // The figures that can give a time, in text order: looking only at these
    // keeps a long sentence of counts linear.
    let dated: Vec<usize> = (0..found.len())
        .filter(|&m| {
            found[m].period.is_some() && matches!(found[m].kind, Kind::Date | Kind::Duration)
        })
        .collect();
    for n in 0..found.len() {
        if !counts_like(found[n].kind) {
            continue;
        }
        let span = frames[n].sentence;
        let past = match past_in {
            Some((s, p)) if s == span => p,
            _ => {
                // (`a day earlier`, `a year earlier` time the figure they
                // follow, which a change started from: `reached 55km, up
                // from 40km a day earlier` is about now.)
                // (And a sentence of how something began: `The war began
                // when militants attacked, killing about 1,200 people`.)
                let p = (span.0..span.1).any(|k| {
                    (t.has(k, lx::Set::PastMarker)
                        && !(t.is(k, "earlier") && k > 0 && t.has(k - 1, lx::Set::TimeUnit)))
                        || (t.has(k, lx::Set::FunctionWord)
                            && t.is(k, "when")
                            && k > span.0
                            && t.is_any(k - 1, &["began", "started", "erupted"]))
                });
                past_in = Some((span, p));
                p
            }
        };
        let (time, date_index) = time_of(t, found, &frames, n, anchor, past, &dated);
        frames[n].time = time;
        if let Some(d) = date_index {
            frames[d].absorbed = true;
            frames[d].deadline = found[d].start.checked_sub(1).is_some_and(|p| {
                t.is_any(p, lx::DEADLINE_WORDS) || (t.is(p, "of") && p > 0 && t.is(p - 1, "as"))
            });
            frames[n].said_on = said_on(t, found[d].start);
        }
    }

    // `organisers put the figure at 2,000`: a figure with no subject of its
    // own, after a word that stands for a figure, is about what the figure
    // before it (in this sentence or the last) was about.
    for n in 1..frames.len() {
        // (Nor a distance that says where: `It sank 47 nautical miles
        // southwest of Pylos`.)
        if !counts_like(found[n].kind) || !frames[n].subject.is_empty() || says_where(t, &found[n])
        {
            continue;
        }
        let from = found[n].start.saturating_sub(5).max(frames[n].sentence.0);
        // (A pronoun estimated stands for a figure too: `police estimated
        // the crowd at 50,000, while organisers put it at 250,000`.)
        // (And one that moved, or was taken, to the figure: `the Bank
        // predicts it will fall to about 5%`, `taking them to 5.25%`.)
        let moved_to = |k: usize| {
            (k + 1..found[n].start)
                .any(|j| t.is(j, "to") || event_at(t, j).is_some_and(lx::is_change))
        };
        let pronoun = |k: usize| cue(t, k, lx::PRONOUNS) && t.is_any(k, &["it", "they", "them"]);
        // (And `including` before it: `3,300 flights were cancelled, …,
        // including about 1,500 in the United States`.)
        let including = listed_after_including(t, &found[n]);
        // (Not across a comma and more words: in `jumped 17% to a record
        // high, adding about $60 billion`, the high is the 17%; but `The
        // previous record, 1,185, was set`.)
        let stands_for_figure = |k: usize| {
            (t.has(k, lx::Set::Placeholder)
                && !(k + 1..found[n].start).any(|j| t.is_punct(j, ',') && j + 1 < found[n].start))
                || (including && k + 1 == found[n].start)
                // (And a bare figure someone else said: `Police estimated
                // the crowd at 15,000; organisers said 40,000`.)
                || (k + 1 == found[n].start
                    && t.has(k, lx::Set::SayVerb)
                    && (from..k).any(|j| t.is_punct(j, ';')))
                || (cue(t, k, lx::PRONOUNS) && k > 0 && cue(t, k - 1, lx::ESTIMATE_VERBS))
                || (pronoun(k) && moved_to(k))
        };
        let Some(at) = (from..found[n].start).find(|&k| stands_for_figure(k)) else {
            continue;
        };
        // (Over the dates between: `622 cases so far in 2025, more than
        // double last year's total of 285`.)
        let near = |m: usize| {
            frames[m].sentence == frames[n].sentence || frames[m].sentence.1 == frames[n].sentence.0
        };
        // (A figure of its own kind: in `left thousands without power, with
        // temperatures as low as minus 20 degrees`, the degrees are no
        // people.)
        let same_kind = |m: usize| same_kind_of_figure(found[m].kind, found[n].kind);
        // (Not a forecast of the sentence before for what is not one: in
        // `had forecast $63.3 billion. The February figure was revised up
        // to $70.6 billion`, the figure is the deficit.)
        let donor = (0..n).rev().take(4).take_while(|&m| near(m)).find(|&m| {
            counts_like(found[m].kind)
                && same_kind(m)
                && !(pronoun(at) && frames[m].subject.is_empty())
                && (!frames[m].subject.projected
                    || frames[n].subject.projected
                    || frames[m].sentence == frames[n].sentence)
        });
        // (A pronoun with no figure before it stands for the last thing
        // its sentence names: `raised interest rates for the 14th time,
        // taking them to 5.25%`.)
        if donor.is_none() && pronoun(at) {
            let named = (frames[n].sentence.0..at)
                .rev()
                .take_while(|&k| !t.is_punct(k, ';'))
                .find_map(|k| class_at(t, k));
            if let Some(class) = named {
                frames[n].subject.head = Some(Cow::Borrowed(class));
            }
            continue;
        }
        if let Some(m) = donor.filter(|&m| !frames[m].subject.is_empty()) {
            // (A forecast stays one: `ahead of Wall Street estimates of
            // $10.7 billion`.)
            let projected = frames[n].subject.projected;
            frames[n].subject = frames[m].subject.clone();
            frames[n].subject.projected |= projected;
            // (The level a change reached is no change: `rose by 243,000
            // to a record 3.16 million`.)
            if to_before(t, found[n].start, frames[n].sentence.0).is_some() {
                frames[n].subject.event.take_if(|e| lx::is_change(e));
            }
            // (What is listed is a part, for its place if it names one.)
            if including {
                let place = included_place(t, &found[n], frames[n].sentence.1);
                let subject = &mut frames[n].subject;
                subject.part = true;
                if let Some(place) = place {
                    name_part(t, place, subject);
                }
            }
        }
    }

    // `injured 2,059 people, 1,404 of them critically`: a part of what the
    // figure before it in the sentence counts.
    for n in 1..frames.len() {
        let f = &found[n];
        // (And `of which 120`: `The hospital has 450 beds, of which 120 are
        // in intensive care`.)
        let of_them =
            (t.is(f.end, "of") && t.is_any(f.end + 1, &["them", "whom"])) || after_of_which(t, f);
        // (With an event of its own, only the noun: `2,500 homes had been
        // damaged, 400 of them destroyed`.)
        if !of_them || frames[n].subject.head.is_some() || !counts_like(f.kind) {
            continue;
        }
        let whole = (n.saturating_sub(3)..n).rev().find(|&m| {
            frames[m].sentence == frames[n].sentence
                && same_kind_of_figure(found[m].kind, f.kind)
                && !frames[m].subject.is_empty()
        });
        if let Some(m) = whole {
            let own_event = frames[n].subject.event;
            let mut part = frames[m].subject.clone();
            // (A part of a part is not for the part's place: `In the US,
            // 2,100 flights were cancelled, … about 1,200 of them`.)
            if part.part {
                part.nationality = None;
                part.holder = None;
            }
            part.part = true;
            part.event = own_event.or(part.event);
            frames[n].subject = part;
        }
    }

    // `the 55,000 figure`, `this 2,000 total`: a figure named as a figure
    // is one given earlier, and about what that one was about. (The last
    // few dozen figures are looked back over, no more.)
    for n in 1..frames.len() {
        let named_as_figure = found[n].start > 0
            && t.is_any(found[n].start - 1, &["the", "this", "that"])
            && t.has(found[n].end, lx::Set::Placeholder)
            && t.is_any(
                found[n].end,
                &["figure", "number", "total", "tally", "count"],
            );
        if !named_as_figure || !counts_like(found[n].kind) {
            continue;
        }
        let earlier = (n.saturating_sub(48)..n).rev().find(|&m| {
            found[m].kind == found[n].kind
                && found[m].value == found[n].value
                && !frames[m].subject.is_empty()
        });
        if let Some(m) = earlier {
            frames[n].subject = frames[m].subject.clone();
        }
    }

    // `The figure, which is the difference between arrivals and departures,
    // was previously put at 740,000`: a sentence about `the figure` (or
    // `that number`) goes on about the last thing the sentence before
    // counted. (Not `the total`, often of what nothing counted yet: `The
    // total for the year so far stands at 25,065`.)
    for n in 1..frames.len() {
        let (start, _) = frames[n].sentence;
        let about_the_figure = t.has(start + 1, lx::Set::Placeholder)
            && ((t.is_any(start, &["the", "this", "that"]) && t.is(start + 1, "figure"))
                || (t.is_any(start, &["this", "that"]) && t.is(start + 1, "number")))
            && !t.is(start + 2, "of");
        // (Its first figure only, with nothing of its own.)
        let first = frames[n - 1].sentence != frames[n].sentence;
        if !about_the_figure
            || !first
            || !frames[n].subject.is_empty()
            || !counts_like(found[n].kind)
        {
            continue;
        }
        let before = (n.saturating_sub(8)..n).rev().find(|&m| {
            frames[m].sentence.1 <= start
                && same_kind_of_figure(found[m].kind, found[n].kind)
                && !frames[m].subject.is_empty()
        });
        if let Some(m) = before.filter(|&m| frames[m].sentence == frames[n - 1].sentence) {
            frames[n].subject = frames[m].subject.clone();
        }
    }

    // `took 98 seats, down from 121`, `fell 0.8% to $960.90`, `far more than
    // the 190,000 economists had expected`: a figure set against the one
    // before it, with no subject of its own, is about the same thing (the
    // level a change reached is no change itself).
    // `a net profit of $4.2 billion, up 12% from a year earlier`: how much
    // the figure before changed.
    // (Past the time of that figure: `revenue of $51.9 billion last year,
    // up 18%`, `$4.1bn in the quarter, down 3%`.)
    for n in 1..frames.len() {
        let f = &found[n];
        // (A noun the sentence named before is no noun of its own: the
        // tourists of `93.8 million foreign tourists in 2024, up 10%`.)
        let own_noun = t.kind(f.end) == Some(TokKind::Word) && !t.has(f.end, lx::Set::PhraseStop);
        if !counts_like(f.kind)
            || f.start < 2
            || !t.is_punct(f.start - 2, ',')
            || frames[n].subject.event.is_some()
            || (frames[n].subject.head.is_some() && own_noun)
        {
            continue;
        }
        let Some(change) = direction_at(t, f.start - 1) else {
            continue;
        };
        let Some(m) = amount_before_its_time(t, found, n, f.start - 2) else {
            continue;
        };
        // (Or by so many of its own kind: `numbered 122.03 million, down
        // 750,000`.)
        if f.kind != Kind::Percent && !same_kind_of_figure(found[m].kind, f.kind) {
            continue;
        }
        let head = frames[m].subject.head.clone();
        if head.is_some() {
            frames[n].subject.head = head;
            frames[n].subject.nationality = frames[m].subject.nationality;
            frames[n].subject.event = Some(change);
            // (Over the period it says: `up 23.4% from a year ago`.)
            if f.kind == Kind::Percent && frames[n].subject.per.is_none() {
                let to = (f.end..(f.end + 8).min(frames[n].sentence.1))
                    .find(|&k| ends_clause(t, k))
                    .unwrap_or((f.end + 8).min(frames[n].sentence.1));
                frames[n].subject.per = compared_over(t, f.end, to).map(|(period, _)| period);
            }
        }
    }

    // `Nearly 49 million passengers flew with the airline in the quarter,
    // 4.8 million more than a year earlier`: after a comma, so many more or
    // fewer than at an earlier time is how the figure before changed.
    for n in 1..frames.len() {
        let f = &found[n];
        if !counts_like(f.kind)
            || f.start == 0
            || !t.is_punct(f.start - 1, ',')
            || frames[n].subject.head.is_some()
            || !t.is(f.end + 1, "than")
        {
            continue;
        }
        let change = match t.word(f.end) {
            "more" | "higher" => "increase",
            "fewer" | "less" | "lower" => "decrease",
            _ => continue,
        };
        let m = n - 1;
        let to = (f.end + 8).min(frames[n].sentence.1);
        if frames[m].sentence != frames[n].sentence
            || !same_kind_of_figure(found[m].kind, f.kind)
            || frames[m].subject.head.is_none()
            || compared_over(t, f.end + 1, to).is_none()
        {
            continue;
        }
        let donor = frames[m].subject.clone();
        let s = &mut frames[n].subject;
        s.head = donor.head;
        s.nationality = donor.nationality;
        s.event = Some(change);
    }

    // `£87bn this year, or 3.4% of GDP`, `£87.2 billion (3.4 per cent of
    // GDP)`, `£2.6 trillion, about 98% of GDP`: the same amount as a share
    // of the economy, of the same thing.
    for n in 1..frames.len() {
        let f = &found[n];
        let restated = |k: usize| {
            t.is_punct(k, '(')
                || (t.is(k, "or") && k > 0 && t.is_punct(k - 1, ','))
                || (k + 1 == f.start && t.is_punct(k, ','))
        };
        if !frames[n].subject.is_empty() || share_of_economy(t, f).is_none() {
            continue;
        }
        // (Over a time between: `£87.2 billion this year (3.4 per cent`.)
        let Some(m) = (0..n)
            .rev()
            .take_while(|&m| frames[m].sentence == frames[n].sentence)
            .find(|&m| counts_like(found[m].kind))
        else {
            continue;
        };
        if f.start > found[m].end + 8 || !(found[m].end..f.start).any(restated) {
            continue;
        }
        let donor = &frames[m].subject;
        let subject = Subject {
            head: donor.head.clone(),
            // (A part's nationality is its place, which tells it from the
            // other parts; a part of it is another.)
            nationality: donor.nationality.filter(|_| !donor.part),
            holder: donor.holder.clone(),
            projected: donor.projected,
            ..Subject::default()
        };
        frames[n].subject = subject;
    }

    // `- Minimum wage: up 6.7 per cent to £12.21 per hour`: in a list of key
    // points, a figure with no noun of its own is about the line's label.
    for n in 0..frames.len() {
        if !counts_like(found[n].kind) || frames[n].subject.head.is_some() {
            continue;
        }
        let Some(last) = line_label(t, found[n].start) else {
            continue;
        };
        // (Only the line's first figure: in `- Spending: an additional £30
        // billion, with the NHS getting £6 billion`, the £6 billion is a
        // part.)
        if n > 0 && found[n - 1].start > last {
            continue;
        }
        let s = &mut frames[n].subject;
        s.head = Some(class_at(t, last).map_or_else(|| singular(t.word(last)), Cow::Borrowed));
        if s.event.is_none() {
            s.event = found[n]
                .start
                .checked_sub(1)
                .and_then(|k| direction_at(t, k));
        }
    }

    for n in 1..frames.len() {
        if !counts_like(found[n].kind) {
            continue;
        }
        let Some((m, outright)) = compared_with(t, found, &frames, n) else {
            // (Or a change's start with no figure it went to: `The cut,
            // from 6.75 per cent, takes the prime rate to 10 per cent`.)
            frames[n].earlier |= t.is(found[n].start - 1, "from")
                && frames[n].subject.event.is_some_and(lx::is_change);
            continue;
        };
        // `up from 20,000`, `to 4% from 3.9%`: where it started is an earlier
        // figure, not today's.
        // So is one compared with outright, when the words after it say so:
        // `compared with about 500 a year earlier`.
        frames[n].earlier =
            t.is(found[n].start - 1, "from") || (outright && said_earlier(t, found[n].end));
        if !frames[n].subject.is_empty() {
            continue;
        }
        // (A conversion's subject is its amount's, given below.)
        let m = if converted[m] { m - 1 } else { m };
        let donor = frames[m].subject.clone();
        // (Not the period the change was compared over, said between them:
        // in `fell 8% from a year earlier to 140,000`, the 140,000 are no
        // yearly figure.)
        let compared_between = donor.per.is_some()
            && found[m].end < found[n].start
            && compared_over(t, found[m].end, found[n].start).is_some();
        let s = &mut frames[n].subject;
        s.head = donor.head;
        s.nationality = s.nationality.or(donor.nationality);
        s.holder = s.holder.take().or(donor.holder);
        s.event = donor.event.filter(|e| !lx::is_change(e));
        s.per = s.per.or(donor.per.filter(|_| !compared_between));
        // (Where a forecast started, right after it, is a forecast: `cut its
        // growth forecast to 2.4% from 2.7%`; not `below the 170,000
        // economists had expected and down from 297,000`.)
        s.projected |= donor.projected && found[m].end + 1 >= found[n].start;
    }

    // (Again, for amounts that got their subject from a change above:
    // `rose 14 per cent to $3.1bn (£2.5bn)`.)
    share_with_conversions(&mut frames, &converted);

    // `after three more people drowned`, `another 12 died`: so many more
    // of what a figure shortly before counted (the same event) are a part
    // of its toll, never the toll itself. (Of something else they are a
    // group of their own: in `killed 12 and another 31 were injured`, 31
    // were injured in all.)
    // (Of a running count, `Rescuers recovered five more bodies` is so
    // many more though the story gives no count of recoveries before it:
    // the other report's may be the toll. Not after another count in its
    // sentence, which it may be more than: `One runner has died and dozens
    // more have been taken to hospital`. `another 31` needs the toll it
    // adds to; and `Meta will cut 10,000 more jobs` is the news, a cut of
    // its own.)
    for n in 0..frames.len() {
        let f = &found[n];
        let more_after = f.kind == Kind::Count
            && t.is_any(f.end, &["more", "additional", "further", "new"])
            && !t.is(f.end + 1, "than");
        let more = more_after || (f.start > 0 && t.is_any(f.start - 1, &["another", "further"]));
        let s = &frames[n].subject;
        let Some(event) = s.event.filter(|_| more && s.per.is_none()) else {
            continue;
        };
        // (A toll larger than the more: `16 missing` in a headline and `16
        // more are missing` below it are one group.)
        let value = |m: usize| found[m].value.as_number().unwrap_or(0.0);
        let same = |m: &usize| {
            let o = &frames[*m].subject;
            found[*m].kind == Kind::Count
                && o.event == Some(event)
                && (o.head.is_none() || s.head.is_none() || o.head == s.head)
        };
        let mut before = (n.saturating_sub(6)..n).filter(same).peekable();
        let none_before = before.peek().is_none();
        // (Asked last, of the few that need it.)
        let first_in_sentence = || {
            (0..n)
                .rev()
                .take_while(|&m| frames[m].sentence == frames[n].sentence)
                .all(|m| !counts_like(found[m].kind))
        };
        let running = lx::RUNNING_EVENTS.contains(&event);
        // (Or the larger total it takes the count to, after it: `Another
        // 2,016 people were admitted to hospital, taking the number of
        // hospitalisations this year to 70,446`.)
        let taken_to = || {
            (n + 1..frames.len())
                .take_while(|&m| frames[m].sentence == frames[n].sentence)
                .any(|m| {
                    (same(&m) || frames[m].subject.is_empty())
                        && value(m) > value(n)
                        && (f.end..found[m].start)
                            .any(|k| t.is_any(k, &["taking", "bringing", "pushing", "raising"]))
                })
        };
        if before.any(|m| value(m) > value(n))
            || (more_after && none_before && running && first_in_sentence())
            || taken_to()
        {
            frames[n].subject.part = true;
        }
    }

    // Counts that take no event: a multiple (`grew nearly three times as
    // fast as the market`), which counts nothing, and places counted `in`
    // or `across`, which are where it happened, not what it happened to
    // (`sickened 49 people in 10 states`, `killed 230 people across six
    // states`).
    for n in 0..frames.len() {
        let f = &found[n];
        let s = &mut frames[n].subject;
        if f.kind != Kind::Count || s.event.is_none() {
            continue;
        }
        let place = f.start > 0
            && t.is_any(f.start - 1, &["in", "across"])
            && s.head
                .as_deref()
                .is_some_and(|h| lx::SETTLEMENTS.contains(&h) || lx::REGIONS.contains(&h));
        if place || multiple(t, f) {
            s.event = None;
        }
    }

    // Discourse: an underspecified subject takes what the text said last
    // about the same event (`the death toll stood at 43,000`).
    // The figures with a head so far, by event, in text order: a donor is
    // looked for among its own event's figures only.
    let mut headed: Vec<(&'static str, Vec<usize>)> = Vec::new();
    for n in 0..frames.len() {
        if !counts_like(found[n].kind) {
            continue;
        }
        let Some(event) = frames[n].subject.event else {
            continue;
        };
        let needs_head = frames[n].subject.head.is_none();
        // (People have a nationality the text need not repeat; a region of
        // sales, `Sales in Greater China fell 21%`, is said each time.)
        // (Not to one a name holds, nor from a part, whose nationality is
        // its place: `including about 1,500 in the United States`.)
        let needs_nat = frames[n].subject.nationality.is_none()
            && frames[n].subject.holder.is_none()
            && matches!(found[n].kind, Kind::Count | Kind::Number);
        let same_event = match headed.iter().position(|(e, _)| *e == event) {
            Some(k) => k,
            None => {
                headed.push((event, Vec::new()));
                headed.len() - 1
            }
        };
        if needs_head || needs_nat {
            // The last few hundred figures are context enough, and keep this linear.
            let window = n.saturating_sub(300);
            // (A toll counts everyone: after `three children were among
            // the dead`, `at least 680 deaths` or `the toll rose to 9` are
            // no children.)
            // (Asked only of a donor of such a group: it reads the words
            // before the figure.)
            let toll = || {
                is_toll(t, found[n].end)
                    || (frames[n].sentence.0..found[n].start).any(|k| t.is(k, "toll"))
            };
            // (From a sentence before, a figure of its own kind first:
            // after `Shares closed 27% higher, adding $6.2bn to its market
            // value.`, a rise of `as much as 36%` is the shares'. In its own
            // sentence the nearest: `will jump by £1.40 to £10 an hour, a
            // rise of 16.3%`.)
            let donor_of = |same_kind: bool| {
                headed[same_event]
                    .1
                    .iter()
                    .rev()
                    .take_while(|&&m| m >= window)
                    .copied()
                    // (Not a part, which counts some of them, for a figure
                    // that is none: after `Among the dead were 32 children`,
                    // `the death toll` counts no children.)
                    .find(|&m| {
                        let s = &frames[m].subject;
                        let (a, b) = (found[m].kind, found[n].kind);
                        let kinds_meet = same_kind_of_figure(a, b)
                            || (!same_kind && (a == Kind::Percent || b == Kind::Percent));
                        let narrower = s
                            .head
                            .as_deref()
                            .is_some_and(|h| lx::AGE_OR_SEX_GROUPS.contains(&h))
                            && toll();
                        kinds_meet
                            && !narrower
                            && ((needs_head && (!s.part || frames[n].subject.part))
                                || (s.head == frames[n].subject.head
                                    && s.nationality.is_some()
                                    && !s.part))
                    })
            };
            // (Money takes no head from a count, nor a count from money:
            // `1.2 billion naira would be released` after inmates released
            // is no inmate. A share may be of anything, and anything of a
            // share: `a pay rise of 4%, worth £1,400`.)
            let nearest = donor_of(false);
            let donor = match nearest {
                Some(m) if frames[m].sentence == frames[n].sentence => nearest,
                _ => donor_of(true).or(nearest),
            };
            if let Some(m) = donor {
                let donor = frames[m].subject.clone();
                let cur = &mut frames[n].subject;
                if needs_head {
                    cur.head = donor.head;
                }
                if cur.nationality.is_none() && !donor.part {
                    cur.nationality = donor.nationality;
                }
            }
        }
        if frames[n].subject.head.is_some() {
            headed[same_event].1.push(n);
        }
    }
    // A toll with nothing said of whom counts people.
    // (And the time or date of what happened to workers is of people too:
    // `two weeks after an explosion trapped 22 workers`.)
    // A speed of nothing named that something moves `at` is its speed:
    // `travelling at about 47 miles per hour` meets `going 47 mph`, and `at
    // a rate of 1 km per hour` (not `gusted up to 40 mph`).
    let moving_at = |start: usize| {
        start >= 1
            && (t.is_any(
                start - 1,
                &["at", "going", "travelling", "traveling", "moving"],
            ) || (start >= 2 && t.is(start - 1, "of") && t.is(start - 2, "rate")))
    };
    for (n, fr) in frames.iter_mut().enumerate() {
        let s = &mut fr.subject;
        if matches!(found[n].kind, Kind::Count | Kind::Number)
            && s.head.is_none()
            && s.event.is_some_and(happens_to_people)
        {
            s.head = Some(Cow::Borrowed("person"));
        }
        people_not_jobs(s);
        if found[n].kind == Kind::Measure
            && s.is_empty()
            && found[n].measure.is_some_and(|(d, _)| d == "speed")
            && moving_at(found[n].start)
        {
            s.head = Some(Cow::Borrowed("speed"));
        }
    }
    // An amount and its conversion in brackets are one figure: they share
    // the time either was given (`scorched more than 45,000 acres (18,210
    // hectares) by Tuesday morning`).
    for n in 1..frames.len() {
        if !converted[n] {
            continue;
        }
        match (&frames[n - 1].time, &frames[n].time) {
            (Time::Current, Time::Explicit(..)) => frames[n - 1].time = frames[n].time.clone(),
            (Time::Explicit(..), Time::Current) => frames[n].time = frames[n - 1].time.clone(),
            _ => {}
        }
    }
    // `a five-storey building`, `a 500-bed hospital`: a count joined by a
    // hyphen to the parts of a thing it counts says what the thing has,
    // whatever happened to people in the sentence (`At least 17 people have
    // died after a six-storey building collapsed`). And `the worst-hit
    // states are Bihar (23 deaths), Rajasthan (14) and Odisha (9)`: a count
    // in brackets after a name is that name's. (Both read last: the passes
    // above share subjects along a list, names included.)
    for (f, frame) in found.iter().zip(frames.iter_mut()) {
        let (from, to) = frame.sentence;
        let s = &mut frame.subject;
        if f.kind == Kind::Count
            && t.is_punct(f.end, '-')
            && t.is_any(f.end + 1, lx::PARTS_OF_A_THING)
            && let Some((counted, whose)) = counted_in_compound(t, f.end, to)
        {
            *s = Subject {
                head: Some(counted),
                holder: whose,
                ..Subject::default()
            };
        }
        if matches!(f.kind, Kind::Count | Kind::Number)
            && s.holder.is_none()
            && s.nationality.is_none()
        {
            if let Some(name) = name_before_bracket(t, f, from) {
                s.holder = Some(name);
                s.part = true;
            } else if let Some(place) = worst_hit_place(t, f, from) {
                if let Some(name) = place {
                    name_part(t, name, s);
                }
                s.part = true;
            }
        }
        // (After the sharing along lists above: `78 votes in favour, 31
        // against` share `voted`, then each takes its side.)
        if s.event == Some("voted")
            && let Some(side) = vote_side(t, f)
        {
            s.event = Some(side);
            if s.head.is_none() {
                s.head = voters_of(t, f);
            }
        }
    }
    // A tally with no verb of voting: `with 81 lawmakers in favour, 31
    // against and six abstentions`. The side in favour says it outright;
    // `against` only after it, in its sentence.
    let mut in_favour_in = None;
    for (f, frame) in found.iter().zip(frames.iter_mut()) {
        let s = &mut frame.subject;
        if !matches!(f.kind, Kind::Count | Kind::Number)
            || s.event.is_some_and(|e| e != lx::VOTED_FOR)
        {
            continue;
        }
        // (The voters the side in favour names are the other side's too:
        // `81 lawmakers in favour, 31 against`.)
        match s.event.or_else(|| vote_side(t, f)) {
            Some(lx::VOTED_FOR) => {
                s.event = Some(lx::VOTED_FOR);
                in_favour_in = Some((frame.sentence, s.head.clone()));
            }
            Some(side) => {
                if let Some((sentence, voters)) = &in_favour_in
                    && *sentence == frame.sentence
                {
                    s.event = Some(side);
                    if s.head.is_none() {
                        s.head = voters_of(t, f).or_else(|| voters.clone());
                    }
                }
            }
            _ => {}
        }
    }
    remainders(found, &mut frames, &stills, &of_whole, bound_for);
    spell_out_initials(t, &mut frames);
    frames
}

/// The initials of an organisation a source is named by, if it is: `ECL`,
/// `the NCoS` (two to six letters, at least two of them capitals).
fn initials_of(name: &str) -> Option<&str> {
    let bare = name
        .strip_prefix("the ")
        .or_else(|| name.strip_prefix("The "))
        .unwrap_or(name);
    let b = bare.as_bytes();
    ((2..=6).contains(&b.len())
        && b[0].is_ascii_uppercase()
        && b.iter().all(u8::is_ascii_alphabetic)
        && b.iter().filter(|c| c.is_ascii_uppercase()).count() >= 2)
        .then_some(bare)
}

/// A source named by the initials its report gave it in brackets
/// (`Electoral Commission of Lusiwe (ECL)`, later `the ECL said`) is shown
/// by its name, so that another report's `the commission` is known for the
/// same source and their figures are not set against each other as two
/// sources' (and a reader sees whom the letters stand for).
fn spell_out_initials(t: &Tokens, frames: &mut [Frame]) {
    let by_initials = |f: &Frame| {
        f.source
            .as_ref()
            .is_some_and(|s| !s.person && initials_of(&s.name).is_some())
    };
    // (Most texts have none: one pass over the frames, no scan of the text.)
    if !frames.iter().any(by_initials) {
        return;
    }
    let defined: Vec<(&str, std::sync::Arc<str>)> = (1..t.len().saturating_sub(2))
        .filter(|&k| t.is_punct(k, '(') && t.is_punct(k + 2, ')'))
        .filter_map(|k| {
            let letters = t.raw(k + 1);
            initials_of(letters)?;
            Some((letters, name_with_initials(t, k, letters)?))
        })
        .collect();
    for frame in frames.iter_mut() {
        if let Some(src) = frame.source.as_mut()
            && !src.person
            && let Some(letters) = initials_of(&src.name)
            && let Some((_, name)) = defined.iter().find(|(l, _)| *l == letters)
        {
            src.name = name.clone();
        }
    }
}

/// The capitalised name right before the bracket at `open` whose words
/// start with the capitals of `letters`, small words between them
/// (`Reserve Bank of India` for `RBI`, `Nigerian Correctional Service` for
/// `NCoS`).
fn name_with_initials(t: &Tokens, open: usize, letters: &str) -> Option<std::sync::Arc<str>> {
    let capitals: Vec<char> = letters.chars().filter(char::is_ascii_uppercase).collect();
    let mut left = capitals.len();
    let (mut k, mut first) = (open, open);
    while left > 0 {
        k = k.checked_sub(1)?;
        if !t.capitalised(k) && (t.is_any(k, lx::NAME_LINKS) || t.is(k, "the")) {
            continue;
        }
        if !t.capitalised(k) || !t.raw(k).starts_with(capitals[left - 1]) {
            return None;
        }
        left -= 1;
        first = k;
    }
    let text = &t.text[t.toks[first].span().start..t.toks[open - 1].span().end];
    Some(text.into())
}

/// Which way the votes a count of votes counts were cast, when its words
/// say: `by 201 votes to 150` (201 for, 150 against), `78 deputies voted in
/// favour`, `31 against`, `votes for the bill`. The two sides of one vote
/// are two figures, neither of them the number who voted.
fn vote_side(t: &Tokens, f: &Found) -> Option<&'static str> {
    const VOTES: &[&str] = &["votes", "vote"];
    // (`by 201 votes to 150`, or right after the verb: `voted 78 to 31`.)
    let verb = vote_verb_before(t, f);
    if (t.is_any(f.end, VOTES)
        && t.is(f.end + 1, "to")
        && t.kind(f.end + 2) == Some(TokKind::Number))
        || (t.is(f.end, "to")
            && t.kind(f.end + 1) == Some(TokKind::Number)
            && verb.is_some_and(|k| k + 1 == f.start))
    {
        return Some(lx::VOTED_FOR);
    }
    if f.start >= 3
        && t.is(f.start - 1, "to")
        && ((t.is_any(f.start - 2, VOTES) && t.kind(f.start - 3) == Some(TokKind::Number))
            || verb.is_some_and(|k| k + 3 == f.start))
    {
        return Some(lx::VOTED_AGAINST);
    }
    // (The side after the count's noun and verb, within a few words:
    // `31 against`, `78 deputies voted in favour`, `81 lawmakers voted for
    // the budget`.)
    for k in f.end..f.end + 4 {
        if t.kind(k) != Some(TokKind::Word) {
            return None;
        }
        if t.is(k, "against") {
            return Some(lx::VOTED_AGAINST);
        }
        if (t.is(k, "in") && t.is_any(k + 1, &["favour", "favor"]))
            || (t.is(k, "for") && k > f.end && t.is_any(k - 1, &["voted", "votes", "vote"]))
        {
            return Some(lx::VOTED_FOR);
        }
    }
    None
}

/// Where the verb of voting stands that figure `f` follows, right before
/// it or before the other side and `to`: `voted 78`, `voted 78 to 31`.
fn vote_verb_before(t: &Tokens, f: &Found) -> Option<usize> {
    let voted = |k: usize| t.is_any(k, &["voted", "vote", "votes"]);
    match f.start.checked_sub(1)? {
        k if voted(k) => Some(k),
        k if t.is(k, "to") && k >= 2 && t.is_number(k - 1) && voted(k - 2) => Some(k - 2),
        _ => None,
    }
}

/// Who cast a side of a vote, when they stand right before the verb: in
/// `Lawmakers voted 78 to 31`, 78 lawmakers for and 31 against.
fn voters_of(t: &Tokens, f: &Found) -> Option<Cow<'static, str>> {
    voters_at(t, vote_verb_before(t, f)?.checked_sub(1)?)
}

/// The voters a plural noun at `k` names (`Lawmakers`, `the deputies`),
/// as a figure's head: not a word of grammar (`they`, `members who`).
fn voters_at(t: &Tokens, k: usize) -> Option<Cow<'static, str>> {
    let w = t.word(k);
    (t.kind(k) == Some(TokKind::Word)
        && w.len() > 3
        && w.ends_with('s')
        && !lx::singular_in_s(w)
        && !t.has(k, lx::Set::FunctionWord))
    .then(|| class_at(t, k).map_or_else(|| singular(w), Cow::Borrowed))
}

/// The area a figure counts in when the words shortly before it single
/// the area out as the worst hit, with its name if they give one:
/// `Worcestershire has been the worst-hit county, with 34 cases`, `The
/// hardest-hit province was Sindh, with 120 deaths`, `In the most affected
/// district of Kohistan, 40 people died`. Its count is a part of the
/// story's, whether the name is given or not (`Some(None)`). (Read from
/// the sentence starting at `from`.)
// (Out of line: asked of counts with no holder, and `frame_all` is large
// enough.)
#[inline(never)]
fn worst_hit_place(t: &Tokens, f: &Found, from: usize) -> Option<Option<std::ops::Range<usize>>> {
    // The area's noun: `worst`, a hyphen or not, `hit` or `affected`, then
    // the noun, at most `WORST_HIT_REACH` words before the figure.
    const WORST_HIT_REACH: usize = 8;
    // (The word of degree before the noun at `k`, past `hit` and a hyphen.)
    let degree_of = |k: usize| k.checked_sub(2 + usize::from(t.is_punct(k - 2, '-')));
    let noun = (f.start.saturating_sub(WORST_HIT_REACH).max(from + 2)..f.start).find(|&k| {
        let w = t.word(k);
        lx::AREAS.contains(&w.strip_suffix('s').unwrap_or(w))
            && t.is_any(k - 1, &["hit", "affected"])
            && degree_of(k).is_some_and(|d| d >= from && t.is_any(d, lx::WORST_HIT_DEGREES))
    })?;
    let degree = degree_of(noun)?;
    // Its name: after it (`the worst-hit district of Kohistan`, `the
    // worst-hit county was Worcestershire`, `the worst-hit county,
    // Worcestershire,`), or before it (`Worcestershire has been the
    // worst-hit county`, `Worcestershire, the worst-hit county,`).
    let after = noun + 1;
    let named_after = if t.is_any(after, &["of", "was", "is", "remains"]) || t.is_punct(after, ',')
    {
        name_at(t, after + 1, f.start)
    } else if t.seq(after, &["has", "been"]).is_some() {
        name_at(t, after + 2, f.start)
    } else {
        None
    };
    let the = degree.checked_sub(1).filter(|&k| t.is(k, "the"))?;
    let named_before = || {
        if the <= from {
            return None;
        }
        let end =
            if t.is_punct(the - 1, ',') || t.is_any(the - 1, &["was", "is", "remains", "became"]) {
                the - 1
            } else if the >= 2 && t.seq(the - 2, &["has", "been"]).is_some() {
                the - 2
            } else {
                return None;
            };
        name_ending_at(t, end, from)
    };
    Some(named_after.or_else(named_before))
}

/// The name a figure stands in brackets after (`Bihar (23 deaths)`,
/// `Rajasthan (14)`), read from the sentence starting at `from`: capitalised
/// words, one of them no word the lexicon lists (not `Deaths (23)` at the
/// start of a sentence), nor a month or a day.
fn name_before_bracket(t: &Tokens, f: &Found, from: usize) -> Option<Box<str>> {
    let open = f
        .start
        .checked_sub(1)
        .filter(|&k| k > from && t.is_punct(k, '('))?;
    let name = name_ending_at(t, open, from)?;
    let plain = name.clone().all(|k| {
        t.kind(k) == Some(TokKind::Word)
            && !t.has_any(k, CALENDAR_WORDS)
            && t.raw(k).bytes().any(|b| b.is_ascii_lowercase())
    });
    (plain && name.clone().any(|k| lx::unlisted(t.word(k)))).then(|| name_of_words(t, name))
}

/// The figure that figure `n` is set against (`down from 121`, `to $960.90`,
/// `than the 190,000`, `hundreds more`): the nearest amount before it in its
/// sentence, a few words back, when a word of comparison stands right before
/// `n` or `more` right after it; and whether the words compare outright
/// (`compared with 500`, `double the 514`).
fn compared_with(t: &Tokens, found: &[Found], frames: &[Frame], n: usize) -> Option<(usize, bool)> {
    let start = found[n].start;
    let mut b = start.checked_sub(1)?;
    let the = t.is(b, "the");
    if the {
        b = b.checked_sub(1)?;
    }
    // (`below the 200,000 economists expected`; bare `below 200` is a
    // qualifier, read with the figure.)
    // (`hundreds more watched online`: more of the same.)
    let more = t.is(found[n].end, "more");
    // `compared with about 500`, `compared to 3.9%`.
    let compared = compared_at(t, b);
    if !(more
        || compared
        || t.is_any(b, lx::SET_AGAINST)
        || (the && t.is_any(b, lx::SET_AGAINST_THE)))
    {
        return None;
    }
    // (Words that say outright what they compare reach further back: `1,180
    // deaths had been attributed to the heat since the start of June, more
    // than double the 514 recorded last year`.)
    let reach = if compared || the { 20 } else { 10 };
    // (Past a share of the economy said in passing: `reach £87bn, or 3.4%
    // of GDP, before falling to £49bn`.)
    let m = (0..n)
        .rev()
        .take_while(|&m| frames[m].sentence == frames[n].sentence && found[m].end + reach >= start)
        .find(|&m| counts_like(found[m].kind) && share_of_economy(t, &found[m]).is_none())?;
    if (found[m].end..b).any(|k| ends_clause(t, k)) {
        return None;
    }
    // `to` sets a level against a change (`fell 0.8% to $960.90`) or a
    // starting point (`from 62 to 64`); elsewhere it is not a comparison
    // (`forces 30,000 to flee as the blaze grows to 45,000 acres`).
    // (The verb may stand a long noun phrase before the change: `raised
    // its main interest rate by a quarter of a percentage point to 4.5%`.)
    let to_level = || {
        let from = found[m].start.saturating_sub(8).max(frames[m].sentence.0);
        let changed = (from..found[m].start)
            .chain(found[m].end..b)
            .any(|k| event_at(t, k).is_some_and(lx::is_change));
        // (`up 6.7 per cent to £12.21`.)
        changed || (found[m].start > 0 && t.is_any(found[m].start - 1, &["from", "up", "down"]))
    };
    // A share may say how a figure of another kind moved (`rose 5% to
    // $100`); otherwise the kinds match.
    let kinds_fit = found[m].kind == found[n].kind || found[m].kind == Kind::Percent;
    let donor = &frames[m].subject;
    // (A figure with a noun of its own that is not the other's is no
    // earlier value of it: `3,300 people were evacuated from nine
    // villages`.)
    if let (Some(own), Some(other)) = (&frames[n].subject.head, &donor.head)
        && own != other
    {
        return None;
    }
    let outright = if the {
        t.is_any(b, lx::SET_AGAINST_THE)
    } else {
        compared
    };
    (kinds_fit && !donor.is_empty() && (more || compared || !t.is(b, "to") || to_level()))
        .then_some((m, outright))
}

/// What the words around a count say of it beyond its noun phrase (which
/// ends at `after`; nothing before `left_from` or from `sentence_end` on is
/// read):
/// what something can hold (`licensed to carry 120 passengers`), how many
/// are lacking (`short of about 4,000 nurses`), what people are without
/// (`842,000 were without running water`), a firm's jobs (`employs around
/// 6,000 people`).
fn count_cues(
    t: &Tokens,
    f: &Found,
    (left_from, after, sentence_end): (usize, usize, usize),
    subject: &mut Subject,
) {
    // (Not when `can` is a verb of the figure itself: within its clause, a
    // few words back.)
    // (And a place that `holds 38,000 people` or `seats 38,000`, but not a
    // party that holds 187 seats.)
    let holds = f.start > left_from
        && t.is_any(f.start - 1, &["holds", "seats", "accommodates"])
        && subject
            .head
            .as_deref()
            .is_none_or(|h| h == "person" || h == "spectator");
    let capacity = holds
        || clause_before(t, f.start, left_from)
            .take(4)
            .any(|k| cue(t, k, lx::CAPACITY_WORDS) && t.is_any(k + 1, lx::CAPACITY_NEXT));
    if capacity {
        // (`an official capacity of 150`: of people, unless it says what.)
        let held = subject
            .head
            .as_deref()
            .filter(|h| *h != "capacity")
            .unwrap_or("person");
        subject.head = Some(Cow::Owned(format!("{held} capacity")));
    }
    // (Not a target missed: `fell well short of the 116 seats needed`,
    // `stopped just short of 40%`.)
    let missed = |k: usize| {
        let v = k.saturating_sub(1 + usize::from(k >= 2 && t.is_any(k - 1, MARGIN_ADVERBS)));
        t.is_any(v, FALL_FORMS) || t.is_any(v, &["came", "come", "comes", "stopped"])
    };
    let shortage = clause_before(t, f.start, left_from)
        .take(3)
        .any(|k| cue(t, k, lx::SHORTAGE_WORDS) && t.is(k + 1, "of") && !missed(k));
    if let Some(head) = subject.head.as_deref().filter(|_| shortage) {
        subject.head = Some(Cow::Owned(format!("{head} shortage")));
    }
    // (Past the next figure too, to the sentence's end: `19 lakh
    // consumers in nine districts were without electricity`.)
    if let Some(lacked) = lacking_after(t, after, sentence_end) {
        subject.event = Some(lacked);
        // (A utility's consumers are its customers: `19 lakh consumers`
        // and `2.6 million customers` were without power.)
        if subject.head.as_deref() == Some("consumer") {
            subject.head = Some(Cow::Borrowed("customer"));
        }
    }
    if f.start > 0
        && cue(t, f.start - 1, lx::EMPLOY_VERBS)
        && subject.head.as_deref().is_none_or(|h| h == "person")
    {
        subject.head = Some(Cow::Borrowed("job"));
    }
}

/// Whether the words from `k` on, in the clause, say that a figure set
/// against another is from an earlier time: `compared with about 500 a year
/// earlier`, `double the 514 recorded over the same period last year`.
fn said_earlier(t: &Tokens, k: usize) -> bool {
    (k..k + 8)
        .take_while(|&j| !t.sentence_break_before(j) && !ends_clause(t, j))
        .any(|j| {
            t.is_any(j, lx::EARLIER_WORDS)
                || (t.is(j, "last") && t.has(j + 1, lx::Set::TimeUnit))
                // (A usual time is no time of the news either: `compared
                // with 350 on a normal day`.)
                || (t.is_any(j, &["normal", "usual", "typical", "average"])
                    && t.has(j + 1, lx::Set::TimeUnit))
        })
}

/// The `to` before a figure starting at `start` (`fell 0.8% to $960.90`),
/// past `a record` or `a new` (`rose by 243,000 to a record 3.16
/// million`), not before `from`.
fn to_before(t: &Tokens, start: usize, from: usize) -> Option<usize> {
    let mut to = start.checked_sub(1)?;
    // (And past a low or a high the level is: `fell to a 50-year low of
    // 3.5%`, `rose to a record high of $85`, `to an all-time high of`.)
    if to >= from + 2 && t.is(to, "of") && t.is_any(to - 1, &["low", "high", "peak"]) {
        to -= 2;
        while to > from
            && start - to <= 9
            && (t.is_number(to)
                || t.is_punct(to, '-')
                || t.has(to, lx::Set::TimeUnit)
                || t.is_any(to, &["all", "time", "an"]))
        {
            to -= 1;
        }
    }
    let near = to + 1;
    // (Three `is` tests: each checks the length first, with no call.)
    while to > from && near - to <= 3 && (t.is(to, "a") || t.is(to, "record") || t.is(to, "new")) {
        to -= 1;
    }
    (to >= from && t.is(to, "to")).then_some(to)
}

/// Whether the date starting at `d` is when something was said: `the CDC
/// said on Friday`, `figures showed on Sunday`.
fn said_on(t: &Tokens, d: usize) -> bool {
    d >= 2 && t.is(d - 1, "on") && (t.has(d - 2, lx::Set::SayVerb) || t.is(d - 2, "showed"))
}

/// Whether figure `f` is what was said at first, since revised: `its
/// earlier estimate of 4 million`, `a preliminary estimate of 0.3%`, `its earlier forecast of 1.3%`, `had initially said only seven gallons
/// leaked`, `the 0.16 barrels the operator first reported`, `officials had
/// put the toll at 11`. Reads the
/// clause around it, from `from` up to `to`.
fn given_at_first(t: &Tokens, f: &Found, from: usize, to: usize) -> bool {
    // (Bit tests find the rare cue first; only then is the clause read.)
    // (`its earlier estimate of 4 million`, `its earlier forecast of 1.3%`.)
    let earlier_of = lx::Set::Placeholder.bit() | lx::Set::Forecast.bit();
    let bits = lx::Set::FrameCue.bit() | earlier_of;
    // (And `earlier` before a verb: `the toll was earlier put at 174`,
    // `officials had earlier said 300`, `was previously put at 740,000`;
    // not `a day earlier`.)
    let earlier_verb = |k: usize| {
        t.is_any(k, lx::EARLIER_SAID)
            && !(k > 0 && t.has(k - 1, lx::Set::TimeUnit))
            && (t.has(k + 1, lx::Set::SayVerb)
                || past_participle(t, k + 1)
                || t.is_any(k + 1, &["put", "set", "given"]))
    };
    let before = (f.start.saturating_sub(6).max(from)..f.start)
        .rev()
        .find(|&k| {
            t.has_any(k, bits)
                && (earlier_verb(k)
                    || cue(t, k, lx::AT_FIRST_WORDS)
                    || (k >= 1
                        && t.has_any(k, earlier_of)
                        && ((k > from && t.is_any(k - 1, lx::EARLIER_WORDS))
                            // (`first` is a figure of its own, before `from`.)
                            || t.is_any(k - 1, lx::FIRST_ESTIMATE_WORDS))))
        });
    if let Some(k) = before {
        return !(k..f.start).any(|j| ends_clause(t, j));
    }
    // (And a figure someone had put, given or said, or that had stood, before
    // what is said now: `Officials had put the death toll at 11 on Monday
    // night, but it rose`, `The toll had stood at 31 on Monday evening`.)
    let pluperfect = (f.start.saturating_sub(6).max(from)..f.start).find(|&k| {
        t.is(k, "had")
            && (t.is_any(k + 1, &["put", "given", "said"])
                    // (`had been` or `had stood` the figure itself, not
                    // `had been mobilised, along with 6,000 metres`.)
                    || (t.is_any(k + 1, &["stood", "been"])
                        && (f.start == k + 2 || (f.start == k + 3 && t.is(k + 2, "at")))))
    });
    if let Some(k) = pluperfect {
        return !(k..f.start).any(|j| ends_clause(t, j));
    }
    // (`first` is on a list of the cue bit too.)
    let after = (f.end..(f.end + 6).min(to.max(f.end))).find(|&k| {
        t.has(k, lx::Set::FrameCue)
            && (t.is_any(k, lx::AT_FIRST_WORDS)
                || (t.is(k, "first")
                    && (t.has(k + 1, lx::Set::SayVerb) || t.is(k + 1, "reported"))))
    });
    after.is_some_and(|k| !(f.end..k).any(|j| ends_clause(t, j)))
}

/// What the people counted lack, said right after their noun phrase
/// (ending at `k`), as the event they are counted for: `without running
/// water`, `were without power`, `left without electricity` (which is
/// `without power`, `lost power`).
fn lacking_after(t: &Tokens, k: usize, limit: usize) -> Option<&'static str> {
    // What the word at `n` names as lacked (`power`, `water`).
    let lacked = |n: usize| {
        lx::LACKED
            .iter()
            .find(|(word, _)| t.is(n, word))
            .map(|(_, what)| *what)
    };
    let verb = |v: usize| {
        t.is_any(
            v,
            &[
                "were", "are", "was", "is", "remain", "remained", "left", "still",
            ],
        )
    };
    let lost = |v: usize| t.is_any(v, &["lost", "lose", "loses", "losing"]);
    // (Past a place after the noun: `customers in Erie County were still
    // without electricity`, `homes across the United States lost power`.)
    let past_place = |k: usize| {
        if !t.is_any(k, &["in", "across", "throughout"]) {
            return k;
        }
        let first = k + 1 + usize::from(t.is(k + 1, "the"));
        // (Or past places counted: `19 lakh consumers in nine districts
        // were without electricity`.)
        if (t.is_number(first) || t.has(first, lx::Set::StartsFigure))
            && first + 1 < limit
            && t.kind(first + 1) == Some(TokKind::Word)
            && looks_plural(t.word(first + 1))
        {
            return first + 2;
        }
        (first..(first + 4).min(limit))
            .take_while(|&j| t.capitalised(j))
            .last()
            .map_or(k, |e| e + 1)
    };
    // (`homes and businesses without power`, `… were without power`: past
    // the second noun.)
    let next = if t.is(k, "and") && t.kind(k + 1) == Some(TokKind::Word) {
        past_place(k + 2)
    } else {
        past_place(k)
    };
    let k = if next != k && (t.is(next, "without") || verb(next) || lost(next)) {
        next
    } else {
        k
    };
    // `1.6 million customers lost power`.
    if lost(k) && k + 1 < limit {
        return lacked(k + 1);
    }
    // (`without` first: most figures have none after them; `were still
    // without`.)
    let w = if t.is(k, "without") {
        k
    } else {
        // (Past `still` or `left`: `were left without water`.)
        k + 1 + usize::from(t.is_any(k + 1, &["still", "left"]))
    };
    if w >= limit || !t.is(w, "without") || (w > k && !verb(k)) {
        return None;
    }
    let n = w + 1;
    lacked(n + usize::from(t.is_any(n, &["running", "drinking", "clean", "any"])))
}

/// Where an aside opens when the word before `e` closes one: the first
/// comma of a sentence (starting at `start`) that a few words open, as in
/// `Services inflation, closely watched by the Bank of England, slowed`.
/// (Dashes set an aside off too: `underlying inflation - its preferred
/// trimmed-mean measure - was 5.2 per cent`.)
fn aside_before(t: &Tokens, e: usize, start: usize) -> Option<usize> {
    if e < start + 3 {
        return None;
    }
    // A comma, or a dash that joins no words (`-` with spaces, `–`, `—`).
    let mark = |k: usize| {
        t.is_punct(k, ',')
            || t.is_punct(k, '\u{2014}')
            || t.is_punct(k, '\u{2013}')
            || (t.is_punct(k, '-') && !t.glued(k) && !t.glued(k + 1))
    };
    if !mark(e - 1) {
        return None;
    }
    let close = t.toks[e - 1].first;
    let c = (start + 1..e - 1).find(|&c| mark(c) && t.toks[c].first == close)?;
    (c - start <= 5 && (start..c).all(|k| t.kind(k) == Some(TokKind::Word))).then_some(c)
}

/// Whether date `n` of `found` closes a span opened by the date before it
/// (`between December 2021 and August 2023`, `from May 3 to May 9`): when
/// the span's event happened is told by its start, and the two ends are
/// no rival answers.
fn closes_span(t: &Tokens, found: &[Found], n: usize) -> bool {
    let Some(prev) = n.checked_sub(1).map(|m| &found[m]) else {
        return false;
    };
    let f = &found[n];
    matches!(prev.kind, Kind::Date)
        && prev.end + 1 == f.start
        && t.is_any(prev.end, &["and", "to", "through", "until", "till"])
        && prev.start > 0
        && t.is_any(prev.start - 1, &["between", "from"])
}

/// Whether date `f` is a dateline's: near the start of a line and followed
/// by what ends a dateline (a dash, a colon), or by an agency in brackets
/// and a dash (`LUSAKA, Jan 8 (Reuters) -`).
fn dateline(t: &Tokens, f: &Found) -> bool {
    let after = if t.is_punct(f.end, '(') {
        match (f.end + 1..f.end + 6).find(|&k| t.is_punct(k, ')')) {
            Some(k) => k + 1,
            None => return false,
        }
    } else {
        f.end
    };
    super::publication::ends_dateline(t, after)
        && !t.glued(after)
        && (f.start.saturating_sub(4)..=f.start).any(|k| t.toks[k].newline_before)
}

/// The token after an aside between commas that opens at `k` with a word
/// of [`lx::ASIDE_OPENERS`] (`, including a seven-year-old girl,`) or with
/// the next figure, starting at `next` (`, about three-quarters of the
/// population,`), within a few words and before `end`.
/// The event of the verb right after an aside that opens at `k` (the
/// figure's phrase ends there): `Five people, including a seven-year-old
/// girl, died`.
/// (An aside that lists, `including the owner, the night manager and an
/// inspector, had been detained`, ends at the comma the verb follows.)
fn event_past_aside(t: &Tokens, k: usize, end: usize, next: usize) -> Option<&'static str> {
    let a = aside_after(t, k, end, next)?;
    let in_list = t.is(k + 1, "including");
    std::iter::successors(Some(a), |&a| {
        in_list
            .then(|| comma_in_aside(t, a, (k + 18).min(end)))
            .flatten()
            .map(|c| c + 1)
    })
    .find_map(|a| event_right(t, a, (a + 4).min(end)).map(|(e, _)| e))
}

/// The event of the verb after a modifier that opens with a participle in
/// `-ing` at the end of the figure's phrase (`k`) or right after it, and
/// runs to the verb's auxiliary: `4,600 residents living within 3
/// kilometers of the plant were evacuated`. The modifier may hold a figure of its own, which
/// takes no part in the verb; it holds no mark and no other verb.
fn event_past_modifier(t: &Tokens, k: usize, end: usize) -> Option<&'static str> {
    // (The phrase may end with the participle: `residents living`.)
    if !(ing_verb(t.word(k)) || (k > 0 && ing_verb(t.word(k - 1)))) {
        return None;
    }
    let aux = (k + 1..(k + 12).min(end))
        .take_while(|&j| t.kind(j) != Some(TokKind::Punct) && event_at(t, j).is_none())
        .find(|&j| t.is_any(j, lx::AUXILIARIES) || t.is_any(j, BE_FORMS))?;
    event_right(t, aux, (aux + 3).min(end)).map(|(e, _)| e)
}

fn aside_after(t: &Tokens, k: usize, end: usize, next: usize) -> Option<usize> {
    if !t.is_punct(k, ',') || !(next == k + 1 || t.is_any(k + 1, lx::ASIDE_OPENERS)) {
        return None;
    }
    comma_in_aside(t, k + 2, (k + 12).min(end)).map(|c| c + 1)
}

/// The first comma from `from` up to `to` in words an aside may hold (no
/// other mark but a hyphen).
fn comma_in_aside(t: &Tokens, from: usize, to: usize) -> Option<usize> {
    (from..to)
        .take_while(|&c| {
            t.kind(c) != Some(TokKind::Punct) || t.is_punct(c, ',') || t.is_punct(c, '-')
        })
        .find(|&c| t.is_punct(c, ','))
}

/// The comma that closes a relative clause between commas the figure
/// starting at `start` stands in (`, which pumps about 40% of the world's
/// oil,`; or a participle's aside, `, fuelled by 50mph winds,`), within a
/// few words of it and inside `span`.
fn relative_clause_end(t: &Tokens, start: usize, span: (usize, usize)) -> Option<usize> {
    relative_clause(t, start, span).and_then(|(_, close)| close)
}

/// The comma that opens the relative clause the token at `start` stands
/// in, and the one that closes it (none when the clause runs to the end of
/// the sentence), as [`relative_clause_end`] finds them.
fn relative_clause(
    t: &Tokens,
    start: usize,
    span: (usize, usize),
) -> Option<(usize, Option<usize>)> {
    let open = (start.saturating_sub(12).max(span.0)..start)
        .rev()
        .find(|&k| t.is_punct(k, ','))?;
    // (Or a participle's: `Meules, painted in 1890, sold`. Not a verb of
    // what happened with a figure for its object, which no participle
    // clause has: in `an explosion at a plant in Xiangshui county, also
    // in Yancheng, killed 78 people`, `killed` is the sentence's verb, after
    // an aside.)
    let takes_figure = |v: usize| {
        let at = super::quantity::qualifier_at(t, v + 1).map_or(v + 1, |(_, end)| end);
        t.has(v, lx::Set::Event)
            && (t.is_number(at) || t.has(at, lx::Set::NumberWord) || t.has(at, lx::Set::VagueStart))
    };
    if !t.is_any(open + 1, &["which", "who", "whose"])
        && (!past_participle(t, open + 1) || takes_figure(open + 1))
    {
        return None;
    }
    let close = (start..(start + 16).min(span.1)).find(|&k| t.is_punct(k, ','));
    Some((open, close))
}

/// Whether a percentage is the share a part makes of a group: `Men made
/// up 78% of road deaths`, `Pedestrians accounted for about 18% of those
/// killed`.
fn share_of_group(t: &Tokens, f: &Found) -> bool {
    f.kind == Kind::Percent
        && t.is(f.end, "of")
        && f.start >= 2
        && ((t.is(f.start - 1, "up")
            && t.is_any(f.start - 2, &["made", "make", "makes", "making"]))
            || (t.is(f.start - 1, "for")
                && t.is_any(
                    f.start - 2,
                    &["accounted", "account", "accounts", "accounting"],
                ))
            || t.is_any(
                f.start - 1,
                &["represented", "represent", "represents", "comprised"],
            ))
}

/// Whether a count is of each of several things named after it (`two
/// South Koreans and one each from Argentina and France`): it says how many
/// of each, not of what.
fn for_each(t: &Tokens, f: &Found) -> bool {
    matches!(f.kind, Kind::Count | Kind::Number) && t.is(f.end, "each") && t.is(f.end + 1, "from")
}

/// Gives each conversion in brackets the subject of the amount before it
/// (`38.8 degrees Celsius (101.8 degrees Fahrenheit)`), whatever the words
/// after the brackets seem to say of it alone (`a reward of N5 million
/// (about $3,200) for information leading to …`).
fn share_with_conversions(frames: &mut [Frame], converted: &[bool]) {
    for n in 1..frames.len() {
        if converted[n] && !frames[n - 1].subject.is_empty() {
            frames[n].subject = frames[n - 1].subject.clone();
        }
    }
}

/// Where the words after an amount and its conversion in brackets start
/// (`2.2 billion euros ($2.4 billion) in aid`, `38.8 degrees Celsius (101.8
/// degrees Fahrenheit)`), for either of the two (figure `n` of `found`).
/// (`converted` says which figures are conversions: [`is_conversion`].)
fn conversion_end(found: &[Found], converted: &[bool], n: usize) -> Option<usize> {
    if converted.get(n + 1) == Some(&true) {
        return Some(found[n + 1].end + 1);
    }
    converted[n].then_some(found[n].end + 1)
}

/// Whether figure `n` of `found` is the conversion in brackets of the one
/// before it.
pub(super) fn is_conversion(t: &Tokens, found: &[Found], n: usize) -> bool {
    let f = &found[n];
    n > 0 && {
        let before = &found[n - 1];
        converts(before, f)
            && before.end + 1 == f.start
            && t.is_punct(before.end, '(')
            && t.is_punct(f.end, ')')
    }
}

/// Whether `g` can be `f` in other units: money in another currency, a
/// measure of the same dimension.
fn converts(f: &Found, g: &Found) -> bool {
    match (f.kind, g.kind) {
        (Kind::Money, Kind::Money) => true,
        (Kind::Measure, Kind::Measure) => f.measure.map(|(d, _)| d) == g.measure.map(|(d, _)| d),
        _ => false,
    }
}

/// Whether `compared with` or `compared to` ends at token `b`.
fn compared_at(t: &Tokens, b: usize) -> bool {
    // (Two words each: `is` tests the length first, with no call.)
    (t.is(b, "with") || t.is(b, "to"))
        && b > 0
        && (t.is(b - 1, "compared") || t.is(b - 1, "comparing"))
}

/// Whether the word at `k` is in a name that a preposition puts after a
/// noun (`Los Angeles` in `the fire north of Los Angeles`), rather than a
/// name that is the noun phrase itself (`the Guadalupe River`).
fn place_after_noun(t: &Tokens, k: usize, sentence_start: usize) -> bool {
    if !t.capitalised(k) || k == sentence_start {
        return false;
    }
    let first = first_of_names(t, k, sentence_start);
    // (Past `the`: `traffic to the Middle East`.)
    let before = first - 1 - usize::from(first > sentence_start + 1 && t.is(first - 1, "the"));
    first > sentence_start
        && (t.is_any(before, lx::PLACE_PREPOSITIONS)
            || t.is(before, "between")
            || names_after_participle(t, before))
}

/// The first word of the names that end at the capitalised word `k`, back
/// over a list of them: `Liverpool` in `linking Liverpool, Manchester and
/// Leeds`.
fn first_of_names(t: &Tokens, k: usize, sentence_start: usize) -> usize {
    let mut first = k;
    loop {
        while first > sentence_start + 1 && t.capitalised(first - 1) {
            first -= 1;
        }
        if first > sentence_start + 2
            && (t.is_punct(first - 1, ',') || t.is(first - 1, "and"))
            && t.capitalised(first - 2)
        {
            first -= 2;
            continue;
        }
        return first;
    }
}

/// Whether the word at `k` is a participle whose object is the names after
/// it: `the rail line linking Liverpool, Manchester and Leeds`.
fn names_after_participle(t: &Tokens, k: usize) -> bool {
    let w = t.word(k);
    w.len() > 5 && w.ends_with("ing") && !t.capitalised(k) && !t.has(k, lx::Set::Event)
}

/// The noun before a participle whose object is the names right before
/// the verb at `e`: `line` in `the rail line linking Liverpool, Manchester
/// and Leeds will cost £27.6bn`.
fn noun_before_named_places(t: &Tokens, e: usize, sentence_start: usize) -> Option<usize> {
    let mut k = e.checked_sub(1)?;
    while k > sentence_start && t.is_any(k, lx::AUXILIARIES) {
        k -= 1;
    }
    if k <= sentence_start || !t.capitalised(k) {
        return None;
    }
    let participle = first_of_names(t, k, sentence_start).checked_sub(1)?;
    (participle > sentence_start && names_after_participle(t, participle))
        .then(|| participle - 1)
        .filter(|&n| t.kind(n) == Some(TokKind::Word))
}

/// The noun whose beginning the verb at `at` tells of, back to `left`:
/// its subject (`the walkout began`, `the strike had started`), past a
/// relative pronoun (`The strike, which began at 00:00`) and a place after
/// the noun (`Culling at Kootwijkerbroek began`). A plain word only: no
/// pronoun, name or word of a list.
fn what_began(t: &Tokens, at: usize, left: usize) -> Option<usize> {
    if !t.is_any(
        at,
        &["began", "begun", "started", "start", "starts", "begins"],
    ) {
        return None;
    }
    let mut k = at.checked_sub(1)?;
    while k > left
        && (t.is_any(k, lx::AUXILIARIES) || adverb(t, k) || t.is_any(k, &["already", "first"]))
    {
        k -= 1;
    }
    if k > left + 1 && t.is_any(k, &["which", "that"]) && t.is_punct(k - 1, ',') {
        k -= 2;
    }
    // (Back over a place: `at Kootwijkerbroek`, `in the capital`.)
    if t.capitalised(k) && !t.sentence_break_before(k) {
        let first = first_of_names(t, k, left);
        if first > left + 1 && t.is_any(first - 1, lx::PLACE_PREPOSITIONS) {
            k = first - 2;
        }
    }
    // (A word of an event is a noun here: `the strike`, `Evacuations`,
    // `Culling`.)
    (k >= left
        && t.kind(k) == Some(TokKind::Word)
        && !t.has_any(k, NO_PLAIN_NOUN & !lx::Set::Event.bit())
        && !cue(t, k, lx::PRONOUNS)
        && !adverb(t, k)
        && (!t.capitalised(k) || t.sentence_break_before(k)))
    .then_some(k)
}

/// The word lists of words that are no plain noun of a figure (unless a
/// class of thing counted is among their readings): stops, function
/// words, events, placeholders, number words and verbs of saying.
const NO_PLAIN_NOUN: u64 = lx::Set::PhraseStop.bit()
    | lx::Set::FunctionWord.bit()
    | lx::Set::Event.bit()
    | lx::Set::Placeholder.bit()
    | lx::Set::NumberWord.bit()
    | lx::Set::SayVerb.bit();

/// The noun right before `of` or `from` right before the figure starting at
/// `start` (`share` in `a market share of 90%`, `age` in `the retirement
/// age from 62 to 64`), if that is a plain noun: not a
/// word of a list (`the deaths of`, `a total of`, `the rest of`) nor a name.
fn noun_of(t: &Tokens, start: usize, left_from: usize) -> Option<usize> {
    let k = start.checked_sub(2).filter(|&k| k >= left_from)?;
    let listed = NO_PLAIN_NOUN | lx::Set::Container.bit();
    let plain = t.is_any(start - 1, &["of", "from"])
        && t.kind(k) == Some(TokKind::Word)
        && (!t.has_any(k, listed) || class_at(t, k).is_some())
        // (Capitalised as a sentence's first word only: `Gusts of up to
        // 79 mph`.)
        && (!t.capitalised(k) || t.sentence_break_before(k))
        && !t.is_any(k, lx::PORTION_WORDS)
        // (`rise by an average of 4.9%`: how it is spread, not what.)
        && !t.is_any(k, &["average", "maximum", "minimum"])
        // (Nor a verb: `estimates ranged from 400 to 750`.)
        && !(past_participle(t, k) && class_at(t, k).is_none());
    plain.then_some(k)
}

/// Verbs that say a thing was in a state for a span of time given after
/// `for`: `was closed for six hours`, `stayed on the ground for 52 minutes`.
const STATE_VERBS: &[&str] = &[
    "was", "were", "is", "are", "been", "stayed", "stays", "stay", "remained", "remains", "remain",
];

/// The noun a span of time after `for` says how long was so (the figure
/// starts at `start`): the subject right before a verb of
/// [`STATE_VERBS`] in its clause, as `runway` in `The runway was shut for
/// about nine hours` and `tornado` in `the tornado stayed on the ground
/// for 52 minutes`. Not a pronoun or a name (`it was closed for`, `Smith
/// was jailed for`), which says nothing another report would share.
fn what_stayed_so(t: &Tokens, start: usize, left_from: usize) -> Option<usize> {
    if start < 3 || !t.is(start - 1, "for") {
        return None;
    }
    let mut verb = clause_before(t, start - 1, left_from)
        .take(5)
        .take_while(|&k| {
            !t.is_any(
                k,
                &["after", "before", "being", "while", "until", "and", "to"],
            )
        })
        .find(|&k| t.is_any(k, STATE_VERBS))?;
    // (Past the auxiliaries before it: `had been closed for`.)
    while verb > left_from && t.is_any(verb - 1, &["has", "have", "had", "been", "was", "were"]) {
        verb -= 1;
    }
    let k = verb.checked_sub(1).filter(|&k| k >= left_from)?;
    (t.kind(k) == Some(TokKind::Word)
        && (!t.has_any(k, NO_PLAIN_NOUN) || class_at(t, k).is_some())
        && (!t.capitalised(k) || t.sentence_break_before(k))
        && !t.is_any(k, lx::PRONOUNS)
        && !t.is_any(k, &["who", "which", "that", "there"]))
    .then_some(k)
}

/// The scope a sentence starting at `start` opens with, when it is wider
/// than a story's place (`Nationwide,`, `Across the country,`,
/// `Worldwide,`), for a figure starting at `figure` after it.
// (Out of line: `frame_all` is large enough, and most calls end at the
// first test.)
#[inline(never)]
fn wider_scope(t: &Tokens, start: usize, figure: usize) -> Option<&'static str> {
    // (An adverb alone, a noun after `across the`.)
    let scope = |w: &str, alone: bool| match (w, alone) {
        ("nationwide" | "countrywide", true) | ("country" | "nation", false) => Some("nationwide"),
        ("worldwide" | "globally", true) | ("world", false) => Some("worldwide"),
        ("statewide", true) | ("state", false) => Some("statewide"),
        _ => None,
    };
    // (The comma first: a field test.)
    let (scope, comma) = if t.is_punct(start + 1, ',') {
        (scope(t.word(start), true), start + 1)
    } else if t.is_punct(start + 3, ',')
        && t.is_any(start, &["across", "around", "throughout"])
        && t.is(start + 1, "the")
    {
        (scope(t.word(start + 2), false), start + 3)
    } else {
        return None;
    };
    scope.filter(|_| comma < figure)
}

/// The settlement right before `of` right before the figure starting at
/// `start`, after a determiner and at most one word more: `town` in `a
/// town of 1,700`, `a small town of`.
fn settlement_of(t: &Tokens, start: usize, left_from: usize) -> Option<usize> {
    let k = start.checked_sub(2).filter(|&k| k > left_from)?;
    if !(t.is(start - 1, "of") && t.is_any(k, lx::SETTLEMENTS)) {
        return None;
    }
    // (Its article a few words back, past adjectives: `a low-lying delta
    // nation of 170 million people`.)
    (k.saturating_sub(5).max(left_from)..k)
        .rev()
        .take_while(|&j| t.kind(j) == Some(TokKind::Word) || t.is_punct(j, '-'))
        .any(|j| t.is_any(j, &["a", "an", "the"]))
        .then_some(k)
}

/// The name a settlement word at `k` stands beside, before its comma:
/// `Rolling Fork` in `Rolling Fork, a town of 1,700` (and in `In Rolling
/// Fork, a town of 1,700`, whose first word is capitalised as the
/// sentence's).
fn settled_name(t: &Tokens, k: usize, from: usize) -> Option<std::ops::Range<usize>> {
    let comma = (k.saturating_sub(3).max(from)..k)
        .rev()
        .find(|&j| t.is_punct(j, ','))?;
    let name = name_ending_at(t, comma, from)?;
    let first = name.start + usize::from(t.is_any(name.start, lx::PLACE_PREPOSITIONS));
    (first < name.end).then_some(first..name.end)
}

/// How far a figure's qualifiers may stand from it in its clause: `expects
/// full-year revenue of between $84bn …` (six tokens) on the left; `the
/// $20.9bn analysts expected` on the right.
const CUE_REACH_LEFT: usize = 7;
const CUE_REACH_RIGHT: usize = 4;

/// The tokens before the figure starting at `start`, nearest first, in its
/// clause: at most [`CUE_REACH_LEFT`], none before `left_from`, and none
/// before punctuation other than a hyphen (`full-year` is one word).
fn clause_before(t: &Tokens, start: usize, left_from: usize) -> impl Iterator<Item = usize> {
    (start.saturating_sub(CUE_REACH_LEFT).max(left_from)..start)
        .rev()
        .take_while(|&k| in_clause(t, k))
}

/// The tokens from `from` to `to` (exclusive), up to the first punctuation
/// other than a hyphen.
fn clause_after(t: &Tokens, from: usize, to: usize) -> impl Iterator<Item = usize> {
    (from..to).take_while(|&k| in_clause(t, k))
}

fn in_clause(t: &Tokens, k: usize) -> bool {
    t.kind(k) != Some(TokKind::Punct) || t.is_punct(k, '-')
}

/// What the words around figure `f` in its clause say of it (the figure's
/// noun phrase ends at `after`; nothing is read before `left_from` or from
/// `limit` on):
///
/// - whether it is a projection: a word of [`lx::FORECAST_WORDS`] just
///   before it or a few words after (`analysts had forecast revenue of
///   $20.9bn`, `the $20.9bn analysts expected`); `as expected` and `than
///   expected` say how a result compares with a forecast, and are no cue;
/// - the period it is a rate per, said before it (`annual revenue of`,
///   `full-year profit of`, `daily output of`) or right after its noun
///   phrase (`$5bn a year`, `1.2 million barrels per day`; not `a year ago`
///   or `from a year earlier`, which say when).
fn clause_cues(
    t: &Tokens,
    f: &Found,
    after: usize,
    left_from: usize,
    limit: usize,
) -> (bool, Option<&'static str>) {
    // (`as expected` and `than expected` compare a result with a forecast;
    // so does a forecast beaten or missed: `beats forecasts despite a 12%
    // drop`.)
    // (Nor does `could have been`, a guess about the past: `there could
    // have been as many as 750 people on board`.)
    // (But a forecast beaten `of` so much is that forecast: `beating
    // forecasts of a 0.3% gain`.)
    let forecast = |k: usize| {
        t.has(k, lx::Set::Forecast)
            && !(k > 0
                && (t.is(k - 1, "as")
                    || t.is(k - 1, "than")
                    || (t.is_any(k - 1, lx::BEAT_WORDS) && !t.is(k + 1, "of"))))
            && !(t.is_any(k, &["could", "might"]) && t.is(k + 1, "have"))
            // (Nor one that ends the clause before `and`: `cut its profit
            // forecast and said it would shed about 1,900 jobs`.)
            && !(k + 1 < f.start && t.is(k + 1, "and"))
    };
    // `Wall Street estimates of $10.7 billion`, `analysts' estimates`.
    // (Past a possessive's apostrophe: `analysts' estimate of 506,764`.)
    let estimates = |k: usize| {
        let before = k.checked_sub(1 + usize::from(k > 1 && t.is_punct(k - 1, '\'')));
        t.has(k, lx::Set::Placeholder)
            && t.is_any(k, &["estimates", "estimate"])
            && before.is_some_and(|b| {
                t.is_any(
                    b,
                    &["street", "analyst", "analysts", "analysts'", "consensus"],
                )
            })
    };
    let cues = lx::Set::Forecast.bit() | lx::Set::PerPeriod.bit();
    let mut projected = false;
    let mut per = None;
    // Where a change starts is where things stand, not a projection: `is
    // expected to fall to 3% from 4%`, `below the 170,000 economists had
    // expected and down from 297,000`.
    let starting_point = f.start > 0 && t.is(f.start - 1, "from");
    let level = level_reached(t, f);
    for k in clause_before(t, f.start, left_from) {
        // (`a target of 2 million`; not `its target range of 4.25%`.)
        projected |=
            estimates(k) || (cue(t, k, lx::TARGET_WORDS) && t.is(k + 1, "of")) || set_to(t, k);
        // `fourth-quarter revenue of $11.1 billion`.
        if per.is_none() && t.is(k, "quarter") && t.is_punct(k - 1, '-') && t.glued(k) {
            per = Some("quarter");
        }
        projected |= would_have(t, k) || sees_ahead(t, k) || sees_at(t, k, f);
        projected |= level && will_reach(t, k);
        if !t.has_any(k, cues) {
            continue;
        }
        projected |= forecast(k) && !starting_point;
        if per.is_none() && t.has(k, lx::Set::PerPeriod) {
            per = if t.is(k, "full") {
                (t.is_punct(k + 1, '-') && t.is(k + 2, "year")).then_some("year")
            } else {
                lx::per_period_of(t.word(k))
            };
        }
    }
    let after = after.max(f.end);
    if !projected {
        let to = (after + CUE_REACH_RIGHT).min(limit);
        projected =
            clause_after(t, f.end, to).any(|k| forecast(k) || would_have(t, k) || planned(t, k));
    }
    // (Or later in the clause after `every`, `each` or `per`, which time
    // nothing else: `35,000 vehicles used the bridge every day`.)
    let every = || {
        let to = (after + CUE_REACH_RIGHT).min(limit);
        clause_after(t, after, to)
            .filter(|&k| t.has(k + 1, lx::Set::TimeUnit) && t.is_any(k, &["every", "each", "per"]))
            .find_map(|k| per_period_after(t, k, limit))
    };
    let per = per
        .or_else(|| per_period_after(t, after, limit))
        .or_else(|| unit_period(t, f.end))
        .or_else(every);
    (projected, per)
}

/// How a count came to be what it is, when its words say so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Update {
    /// `the death toll rose to 61`: later than a lower figure.
    Risen,
    /// `revised the death toll from Friday's crash down to 275`, `lowered
    /// the toll to 275`: later than another figure, higher or lower.
    Revised,
    /// `carried an extra 71,000 passengers since the strike began`, `have
    /// cancelled 1,200 flights so far`: a total up to the day it is given,
    /// which a later day may give higher.
    SoFar,
}

/// How count `f` came to be, read from the words before its `to`: a verb
/// of rising right before it, or a verb of revising a few words back in
/// its clause (none before `from`).
fn update_to(t: &Tokens, f: &Found, from: usize) -> Option<Update> {
    const REVISING: &[&str] = &["revised", "revises", "lowered", "corrected", "updated"];
    if f.kind != Kind::Count {
        return None;
    }
    if f.start < 2 || !t.is(f.start - 1, "to") {
        return so_far(t, f.end).then_some(Update::SoFar);
    }
    if event_at(t, f.start - 2) == Some("increase") {
        return Some(Update::Risen);
    }
    (f.start.saturating_sub(1 + REVISION_REACH).max(from)..f.start - 1)
        .rev()
        .take_while(|&k| in_clause(t, k))
        .any(|k| t.is_any(k, REVISING))
        .then_some(Update::Revised)
}

/// Whether count `f` (its phrase ends at `after`) is of people told to
/// leave or taken to shelter: a verb of ordering before `to leave` right
/// after the phrase, or before the figure with `to leave` a few words on
/// (`ordered some 2,100 residents of five neighborhoods to leave`), a
/// verb of moving people to [`lx::REFUGES`] (`moved to schools`), or
/// `under evacuation orders`.
fn ordered_out(t: &Tokens, f: &Found, after: usize, end: usize) -> bool {
    const ORDERING: &[&str] = &["ordered", "told", "urged", "asked"];
    const MOVING: &[&str] = &[
        "moved",
        "shifted",
        "relocated",
        "taken",
        "bussed",
        "ferried",
    ];
    let leave = |k: usize| t.is(k, "to") && t.is(k + 1, "leave");
    let ordered_before = f.start >= 2
        && (t.is_any(f.start - 1, ORDERING)
            || (t.is_any(f.start - 2, ORDERING) && t.kind(f.start - 1) == Some(TokKind::Word)));
    // (Past a holder that lists places: `nearly 4,000 residents of
    // Lakhigam, Jageshwar and Luvara villages had been shifted to
    // schools`.)
    let reach = (after + 12).min(end);
    (after..reach)
        .take_while(|&k| in_clause(t, k) || t.is_punct(k, ','))
        .any(|k| {
            (leave(k) && (ordered_before || (k > after && t.is_any(k - 1, ORDERING))))
                || (t.is_any(k, MOVING)
                    && t.is(k + 1, "to")
                    && (k + 2..(k + 5).min(end)).any(|j| t.is_any(j, lx::REFUGES)))
                // `had been under mandatory evacuation orders`.
                || (t.is(k, "under")
                    && (k + 1..(k + 3).min(end)).any(|j| t.is(j, "evacuation")))
        })
}

/// Whether the words after a count, in its clause, make it a total up to
/// now: `so far`, `to date`, `thus far`, or `since` the start of what the
/// story tells (`since the strike began`, `since the start of the
/// outbreak`, `since the main quake`).
fn so_far(t: &Tokens, k: usize) -> bool {
    const STARTS: &[&str] = &["began", "started", "begun", "erupted", "opened"];
    // (Within its clause and sentence: no mark between, no new clause.)
    let mut j = k;
    while j < k + 10 && in_clause(t, j) && t.kind(j).is_some() && !t.sentence_break_before(j) {
        if t.is(j + 1, "far") && t.is_any(j, &["so", "thus"])
            || t.is(j + 1, "date") && t.is(j, "to")
        {
            return true;
        }
        if ends_clause(t, j) {
            return false;
        }
        if t.is(j, "since") && t.is_any(j + 1, &["the", "its", "their"]) {
            // (Or the incident itself, ending the clause: `178 aftershocks
            // since the main quake`.)
            let incident = || {
                (j + 2..j + 5)
                    .take_while(|&w| t.kind(w) == Some(TokKind::Word))
                    .any(|w| {
                        t.is_any(w, lx::INCIDENT_NOUNS)
                            && (t.kind(w + 1).is_none() || !in_clause(t, w + 1))
                    })
            };
            return t.is_any(j + 2, &["start", "beginning", "outset"])
                || incident()
                || (j + 3..j + 6).any(|e| {
                    t.is_any(e, STARTS) && (j + 2..e).all(|w| t.kind(w) == Some(TokKind::Word))
                });
        }
        j += 1;
    }
    false
}

/// How far before `to` a verb of revising may stand: `revised the death
/// toll from Friday's train collision down to 275` (eight words).
const REVISION_REACH: usize = 10;

/// Whether `is to be` or `are to be` starts at `k`: what is planned
/// (`33 hostages are to be released`) has not happened yet.
fn planned(t: &Tokens, k: usize) -> bool {
    t.is_any(k, &["is", "are"]) && t.is(k + 1, "to") && t.is(k + 2, "be")
}

/// Whether figure `f` is a level something reaches (`to 4.6%`, `at 5.4%`)
/// that may be foreseen: not money, nor a change (`will rise 6.7%`, `by
/// 4.9%`), for money that will rise or fall, and changes said ahead, were
/// mostly decided (`the minimum wage will rise to £10 an hour`, `bills
/// will fall by £122`, `ticket prices will rise by an average of 4.9%`).
fn level_reached(t: &Tokens, f: &Found) -> bool {
    f.kind != Kind::Money && f.start > 0 && t.is_any(f.start - 1, &["to", "at"])
}

/// Whether `will` or `would` at `k` comes before a verb of reaching or
/// changing: `inflation will climb to 4.6% this summer`, `would peak at 4.6%
/// in the third quarter`, `will likely rise to 5.4%`. Such a level is a
/// forecast, not where things stand (but `will cost £27.6bn` is the
/// price of a thing as it now stands). Asked only of a level other than
/// money (`level_reached`).
fn will_reach(t: &Tokens, k: usize) -> bool {
    if !t.is_any(k, &["will", "would"]) {
        return false;
    }
    let j =
        k + 1 + usize::from(t.word(k + 1).ends_with("ly") || t.is_any(k + 1, &["then", "still"]));
    reaches_or_changes(t, j)
}

/// Whether `sees` at `k` foresees: what it sees reaches or changes (`sees
/// inflation peaking at 4.8%`, `traders see Bank Rate rising to 4.5%`), a
/// few words on and in `-ing`. (Not `saw`: `saw its shares fall 5%` is
/// past.)
fn sees_ahead(t: &Tokens, k: usize) -> bool {
    t.is_any(k, &["see", "sees"])
        && (k + 1..k + 5).any(|j| ing_verb(t.word(j)) && reaches_or_changes(t, j))
}

/// Whether `see` at `k` puts what follows at figure `f`, a few words on:
/// `Analysts see the reference rate at 3.75 percent by December` is their
/// forecast.
fn sees_at(t: &Tokens, k: usize, f: &Found) -> bool {
    t.is_any(k, &["see", "sees"]) && f.start <= k + 8 && f.start > k + 2 && t.is(f.start - 1, "at")
}

/// Whether the word at `k` is a verb of reaching a level or of changing
/// (`hit`, `peak`, `climb`, `fall`), as what is to come says it.
fn reaches_or_changes(t: &Tokens, k: usize) -> bool {
    t.is_any(k, lx::LEVEL_VERBS) || matches!(event_at(t, k), Some("increase" | "decrease"))
}

/// Whether `would have` starts at `k`: what would have been, and was not
/// (`the base fine alone would have been about €40m`), is compared with
/// projections only, with an adverb between too (`would probably have
/// grown closer to 4.6%`). (Not `could have been`, a guess at what was:
/// `There could have been as many as 750 people on board`.)
fn would_have(t: &Tokens, k: usize) -> bool {
    const HEDGES: &[&str] = &["probably", "likely", "otherwise", "easily", "still", "only"];
    t.is(k, "would") && (t.is(k + 1, "have") || (t.is_any(k + 1, HEDGES) && t.is(k + 2, "have")))
}

/// The period a figure's unit says (`1 million bpd`: per day), from the
/// unit's word, the figure's last.
fn unit_period(t: &Tokens, end: usize) -> Option<&'static str> {
    let last = end.checked_sub(1)?;
    lx::UNIT_PERIODS
        .iter()
        .find(|(w, _)| t.is(last, w))
        .map(|(_, period)| *period)
}

/// `in the fourth quarter`, `for the full fiscal year` at `k`: the period
/// (`quarter`, `year`), the index of its word, and whether no word of
/// `modifiers` stood before it (`the year`).
fn period_phrase(t: &Tokens, k: usize, modifiers: &[&str]) -> Option<(&'static str, usize, bool)> {
    if !(t.is(k, "in") || t.is(k, "for")) || !t.is(k + 1, "the") {
        return None;
    }
    let mut j = k + 2;
    while t.is_any(j, modifiers) {
        j += 1;
    }
    let period = match t.word(j) {
        "year" => "year",
        "quarter" => "quarter",
        _ => return None,
    };
    Some((period, j, j == k + 2))
}

/// The period a sentence starting at `start` gives its amounts, when it
/// opens with one: `For the full year,`, `For the fiscal year,`, `In the
/// quarter,`.
fn period_opening(t: &Tokens, start: usize) -> Option<&'static str> {
    let (period, j, _) = period_phrase(t, start, &["full", "fiscal", "financial", "whole"])?;
    t.is_punct(j + 1, ',').then_some(period)
}

/// The period of an amount said after its noun phrase (which ends at
/// `k`): `$11.1 billion in the three months ended May 31`, `in the fourth
/// quarter`, `for the full year` (not a bare `in the year`, which says
/// when: `in the year to March`).
fn period_closing(t: &Tokens, k: usize) -> Option<&'static str> {
    if (t.is(k, "in") || t.is(k, "for"))
        && t.is(k + 1, "the")
        && t.seq(k + 2, &["three", "months"]).is_some()
    {
        return Some("quarter");
    }
    let modifiers = [
        "first", "second", "third", "fourth", "latest", "last", "full", "fiscal",
    ];
    let (period, _, bare) = period_phrase(t, k, &modifiers)?;
    (period == "quarter" || !bare).then_some(period)
}

/// The period of a rate said at `k`, right after its figure: `a year`,
/// `per day`, `per annum`, but not `a year ago`.
fn per_period_after(t: &Tokens, k: usize, limit: usize) -> Option<&'static str> {
    if k + 1 >= limit
        || !(t.has(k + 1, lx::Set::TimeUnit) || t.is(k + 1, "annum"))
        || !t.is_any(k, &["a", "an", "per", "each", "every"])
        || t.is_any(k + 2, &["ago", "earlier", "before", "later", "after"])
        // (`a year on, the town rebuilds`; but `13 million passengers a day
        // on a network of 68,000 km`, `300 a year on average`, and a day
        // after it: `falling by 5 cm an hour on Monday morning`.)
        || (t.is(k + 2, "on")
            && !t.is_any(k + 3, lx::DETERMINERS)
            && !t.is(k + 3, "average")
            && !t.has_any(k + 3, CALENDAR_WORDS)
            && t.kind(k + 3) != Some(TokKind::Number))
    {
        return None;
    }
    lx::PER_PERIODS
        .iter()
        .find(|(w, _)| t.is(k + 1, w))
        .map(|(_, period)| *period)
}

/// How a period reads after a rate: `per year`; and a rate per head of
/// population: `per 100,000`.
fn per_label(period: &str) -> &'static str {
    match period {
        "quarter" => "per quarter",
        "month" => "per month",
        "week" => "per week",
        "day" => "per day",
        "hour" => "per hour",
        "capita" => "per person",
        "adult" => "per adult",
        "child" => "per child",
        "household" => "per household",
        "1,000" => "per 1,000",
        "10,000" => "per 10,000",
        "100,000" => "per 100,000",
        "million" => "per million",
        _ => "per year",
    }
}

/// The population a rate is given per, said at `k`: `per million
/// inhabitants`, `per 100,000 residents`, `for every 1,000 people`, `per
/// capita`. A rate per head is no count of people, and a rate per 100,000
/// is not one per million.
fn per_population(t: &Tokens, k: usize) -> Option<&'static str> {
    let j = if t.is(k, "per") {
        k + 1
    } else if t.seq(k, &["for", "every"]).is_some() {
        k + 2
    } else {
        return None;
    };
    match t.word(j) {
        // (Or per one of those it is shared among: `$1 per customer`.)
        "capita" | "head" | "person" | "customer" | "resident" | "inhabitant" | "passenger"
        | "user" | "employee" | "worker" | "student" | "patient" | "member" => {
            return Some("capita");
        }
        "million" => return Some("million"),
        "thousand" => return Some("1,000"),
        // (Per one of a group paid apart: `$1,250 per adult and $500 per
        // child` are two rates.)
        "adult" => return Some("adult"),
        "child" | "dependent" if !t.is(j, "dependent") || t.is(j + 1, "child") => {
            return Some("child");
        }
        "household" | "family" => return Some("household"),
        _ => {}
    }
    population_label(super::number::read(t, j)?.value)
}

/// The label of a rate's population: 1,000, 10,000, 100,000 or a million.
pub(super) fn population_label(value: f64) -> Option<&'static str> {
    match value {
        1e3 => Some("1,000"),
        1e4 => Some("10,000"),
        1e5 => Some("100,000"),
        1e6 => Some("million"),
        _ => None,
    }
}

/// Where the noun phrase of the whole lies when figure `n` is a part of
/// the next one (`187 of the 350 seats`, `12 of 40 patients`): from the end
/// of the whole to the figure after it (or the end of the sentence `s`).
fn part_of(
    t: &Tokens,
    found: &[Found],
    n: usize,
    s: usize,
    sent_of: &[usize],
    span: (usize, usize),
) -> Option<(usize, usize)> {
    let f = &found[n];
    let whole = found.get(n + 1).filter(|_| sent_of[n + 1] == s)?;
    // (`the` or a possessive between: `11 of Italy's 27 largest cities`,
    // `12 of the country's 40 airports`.)
    // (And which of them: `14 of its last 15 games`.)
    let between = |k: usize| {
        t.is(k, "the")
            || t.is_any(k, lx::POSSESSIVE_DETERMINERS)
            || t.word(k).ends_with("'s")
            || t.is_any(k, &["last", "first", "next", "past"])
    };
    let of_the = t.is(f.end, "of")
        && whole.start > f.end
        && whole.start <= f.end + 3
        && (f.end + 1..whole.start).all(between);
    if !of_the || !counts_like(whole.kind) {
        return None;
    }
    let limit = found
        .get(n + 2)
        .filter(|_| sent_of[n + 2] == s)
        .map_or(span.1, |g| g.start);
    Some((whole.end, limit.max(whole.end)))
}

/// What a figure glued to a noun by a hyphen counts, and whose they are:
/// `the 230-seat parliament` counts seats of the parliament (as
/// `parliament has 230 seats` does), `a 12-member panel` members of the
/// panel. (Units, `a 600-mile front`, and spans of time, `a 10-year plan`,
/// are read as measures and durations before framing.)
fn counted_in_compound(
    t: &Tokens,
    end: usize,
    limit: usize,
) -> Option<(Cow<'static, str>, Option<Box<str>>)> {
    let word = end + 1;
    let compound = t.is_punct(end, '-')
        && t.glued(end)
        && t.glued(word)
        && t.kind(word) == Some(TokKind::Word)
        && !t.has(word, lx::Set::PhraseStop)
        && !t.has(word, lx::Set::NumberWord)
        && !(t.is_punct(word + 1, '-') && t.glued(word + 1));
    if !compound {
        return None;
    }
    // (The word read as any noun is, so that it meets the same noun said
    // after a figure: a class, or made singular.)
    let counted = head_and_nationality(&phrase_after(t, word, word + 1)).0?;
    let of = phrase_after(t, word + 1, limit.max(word + 1));
    let whose = head_and_nationality(&of).0.map(|h| Box::from(h.as_ref()));
    Some((counted, whose))
}

/// How many words name a holder (`main opposition party`).
const HOLDER_WORDS: usize = 3;

/// Who holds what the figure starting at `start` counts, when the figure is
/// the object of a verb of [`lx::HOLDING_VERBS`]: the words of the noun
/// phrase before the verb (`The Progressive Alliance won 187 seats`,
/// `Vasquez’s Progressive Alliance has secured 185`), lower-cased. Not a
/// pronoun (who it is lies in another sentence), not a country (a
/// nationality, read as such) and not a vehicle ([`lx::VEHICLE_NOUNS`]).
fn holder(
    t: &Tokens,
    start: usize,
    (sentence_start, left_from): (usize, usize),
) -> Option<Box<str>> {
    let verb = start.checked_sub(1).filter(|&v| v > left_from)?;
    // (Or what a verb of giving gives to: `gave the Social Democrats 48
    // seats`.)
    if t.capitalised(verb)
        && let Some(first) = super::quantity::recipient(t, verb).filter(|&f| f > left_from)
    {
        return Some(name_of_words(t, first..start));
    }
    if !t.has(verb, lx::Set::HoldingVerb) {
        return None;
    }
    let mut end = verb;
    let mut left_from = left_from;
    while end > left_from && t.is_any(end - 1, lx::AUXILIARIES) {
        end -= 1;
    }
    // Back over an aside after the sentence's first words: `Bellingham,
    // who joined Dortmund in 2020, scored 14 goals`.
    if let Some(c) = aside_before(t, end, sentence_start) {
        end = c;
        left_from = sentence_start;
    }
    let mut first = end;
    while first > left_from
        && end - first < HOLDER_WORDS
        && t.kind(first - 1) == Some(TokKind::Word)
        && !t.has(first - 1, lx::Set::PhraseStop)
        && !t.has(first - 1, lx::Set::SayVerb)
        && !t.has(first - 1, lx::Set::SourcePronoun)
        && !t.has_any(first - 1, CALENDAR_WORDS)
        && !t.word(first - 1).ends_with("'s")
    {
        first -= 1;
    }
    // (Nor the noun of another figure: `more than 240 custodial centers
    // hold over 80,000 inmates`.)
    if first == end
        || (first > 0 && (t.is_number(first - 1) || t.has(first - 1, lx::Set::NumberWord)))
        || t.has(end - 1, lx::Set::SourcePronoun)
        || cue(t, end - 1, lx::PRONOUNS)
        || (end - first == 1 && nationality_at(t, first).is_some())
        || t.is_any(end - 1, lx::VEHICLE_NOUNS)
    {
        return None;
    }
    Some(name_of_words(t, first..end))
}

/// The words of `range`, lower-cased, joined by spaces: a holder's name.
fn name_of_words(t: &Tokens, range: std::ops::Range<usize>) -> Box<str> {
    let mut name = String::new();
    for k in range {
        if !name.is_empty() {
            name.push(' ');
        }
        name.push_str(t.word(k));
    }
    name.into_boxed_str()
}

/// Who a share belongs to, named with a capital right before `on` or `at`
/// the figure (`put Labour on 40%`, `the Liberal Democrats were on 13%`,
/// `Reform UK was third on 18%`) or after `for` (`20% for the
/// Conservatives`): a party in a poll or a vote. Nothing past the sentence
/// (`sentence_start`, `end`) is read.
fn share_holder(
    t: &Tokens,
    f: &super::Found,
    (sentence_start, end): (usize, usize),
) -> Option<Box<str>> {
    let left_from = sentence_start;
    let name = |first: usize, last: usize| -> Option<Box<str>> {
        (first <= last).then(|| name_of_words(t, first..last + 1))
    };
    // A name of up to three capitalised words ending at `last`, scanning
    // back (a possessive before it is someone else's: `Farage's Reform UK`).
    let back = |last: usize| -> Option<Box<str>> {
        let mut first = last + 1;
        while first > left_from
            && last + 1 - first < 3
            && t.capitalised(first - 1)
            && !t.word(first - 1).ends_with("'s")
            && !t.has(first - 1, lx::Set::FunctionWord)
        {
            first -= 1;
        }
        name(first, last)
    };
    if f.start >= 2 && (t.is(f.start - 1, "on") || t.is(f.start - 1, "at")) {
        let mut last = f.start - 2;
        // (Past `was third`, `were`, `stood`.)
        while last > left_from
            && (t.is_any(last, &["was", "were", "is", "are", "stood", "stands"])
                || t.kind(last) == Some(TokKind::Number)
                || lx::ordinal(t.word(last)).is_some())
        {
            last -= 1;
        }
        // (After `at`, not a sentence's first word alone, which has its
        // capital for being first: `Containment stood at 10%`.)
        // (Nor a month or a day: `convicted in November on seven counts`.)
        let name = back(last).filter(|_| {
            last >= left_from && t.capitalised(last) && !t.has_any(last, CALENDAR_WORDS)
        });
        let first_alone = last == sentence_start;
        return name.filter(|_| t.is(f.start - 1, "on") || !first_alone);
    }
    if t.is(f.end, "for") {
        let mut first = f.end + 1;
        if t.is(first, "the") {
            first += 1;
        }
        let mut last = first;
        while last < end && last < first + 3 && t.capitalised(last) {
            last += 1;
        }
        return name(first, last.checked_sub(1)?).filter(|_| last > first);
    }
    None
}

/// Marks the parts a text tells only by comparison: `11 still trapped` in a
/// text that says 22 were trapped, `Eleven of 22 workers trapped`,
/// passengers to one place beside all passengers. `stills[n]` says whether
/// figure `n` is said to be `still` so, `of_whole[n]` whether it is `of` the
/// whole right after it, and `bound_for` lists figures for what goes to a
/// place, with the place.
#[inline(never)]
fn remainders(
    found: &[Found],
    frames: &mut [Frame],
    stills: &[bool],
    of_whole: &[bool],
    bound_for: Vec<(usize, Box<str>, bool)>,
) {
    // `Passenger numbers to North America rose 7%` beside `passenger
    // numbers rose 3%`: a part, for that place (`bound_for`). And `six
    // people died in Mississippi` beside `killing at least 32 people in
    // seven states`, a part of a larger whole (the flag).
    for (n, place, smaller) in bound_for {
        let value = |m: usize| match found[m].value {
            Value::Number(v) => v,
            _ => f64::NAN,
        };
        // (A whole of the same time, as it stands: in `Net migration to
        // Britain hit a record 906,000 in the year to June 2023, … up from
        // a previous estimate of 740,000`, Britain's is the whole.)
        let whole = |m: usize| {
            m != n
                && !frames[m].subject.part
                && !frames[m].earlier
                && frames[m].time == frames[n].time
                && frames[m].subject.holder.is_none()
                && frames[m].subject.event == frames[n].subject.event
                && frames[m].subject.head == frames[n].subject.head
                && found[m].kind == found[n].kind
                && (!smaller || value(m) > value(n))
        };
        if frames[n].subject.head.is_some() && (0..frames.len()).any(whole) {
            frames[n].subject.part = true;
            frames[n].subject.holder = Some(place);
        }
    }
    // `11 still trapped` in a text that says 22 were trapped is what is left
    // of them: a part. (Alone, `40 people are still missing` is the count,
    // and meets another report's `41 remain missing`.) (So are those still
    // without something: `about 185,000 homes and businesses lost
    // electricity` and `fewer than 9,000 were still without power`.)
    for n in (0..frames.len()).filter(|&n| stills[n]) {
        let Value::Number(v) = found[n].value else {
            continue;
        };
        let of = |m: usize| {
            !stills[m]
                && frames[m].subject.event == frames[n].subject.event
                && frames[m].subject.head == frames[n].subject.head
                && matches!(found[m].value, Value::Number(w) if w > v)
        };
        if frames[n].subject.event.is_some() && (0..frames.len()).any(of) {
            frames[n].subject.part = true;
        }
    }
    // `Eleven of 22 workers trapped … were brought to the surface`: a part
    // that is said to be what its whole is, is a part of it. (`187 of the
    // 350 seats` were won; the 350 were not.)
    for n in (0..frames.len()).filter(|&n| of_whole[n]) {
        let (part, whole) = (&frames[n].subject, &frames[n + 1].subject);
        if part.event.is_some() && part.event == whole.event && part.head == whole.head {
            frames[n].subject.part = true;
        }
    }
}

/// Whether `f` is a distance that says where something is: `47 nautical
/// miles southwest of Pylos`, `40 miles offshore`.
fn says_where(t: &Tokens, f: &Found) -> bool {
    f.kind == Kind::Measure && t.has(f.end, lx::Set::Direction) && !t.capitalised(f.end)
}

/// The most words a place's name is read to (`Port Sudan` has two).
const PLACE_NAME_WORDS: usize = 5;

/// How many words may describe a place before its name: `east of the
/// capital Skopje`, `south of the coastal city of Marrakech`.
const PLACE_DESCRIPTION_REACH: usize = 4;

/// The name of the place a length `f` says something lies from: `Skopje`
/// in `100 km (62 miles) east of the capital Skopje`, `Port Sudan` in `38
/// kilometers north of Port Sudan`, `Kyiv` in `30 km from Kyiv` or `30 km
/// outside Kyiv`. None for a place with no name (`40 miles offshore`, `50
/// km from the border`).
fn distance_from(t: &Tokens, f: &Found, limit: usize) -> Option<std::ops::Range<usize>> {
    if f.kind != Kind::Measure || f.measure.is_none_or(|(d, _)| d != "length") {
        return None;
    }
    let k = past_conversion(t, f, limit)?;
    // (`east of`, `away from`, `from`, `outside`.)
    let k = if t.has(k, lx::Set::Direction) && !t.capitalised(k) && t.is_any(k + 1, &["of", "from"])
    {
        k + 2
    } else if t.is_any(k, &["from", "outside"]) {
        k + 1
    } else {
        return None;
    };
    // Past what the place is (`the capital`, `the city of`, a comma).
    let first = (k..(k + PLACE_DESCRIPTION_REACH).min(limit)).find(|&j| t.capitalised(j))?;
    if !(k..first).all(|j| t.is_punct(j, ',') || t.kind(j) == Some(TokKind::Word)) {
        return None;
    }
    // (A possessive ends it: `1.5km from Pokhara's airport` is from
    // Pokhara.)
    let last = limit.min(first + PLACE_NAME_WORDS);
    let end = (first..last)
        .find(|&j| {
            !t.capitalised(j)
                || month_or_weekday(t, j)
                || (j > first && t.word(j - 1).ends_with("'s"))
        })
        .unwrap_or(last);
    (end > first).then_some(first..end)
}

/// Where the words after measure `f` go on, past the other unit in
/// brackets (`100 km (62 miles)`), or past the bracket that closes it (for
/// the `62 miles` in them); `None` when the brackets do not close before
/// `limit`.
fn past_conversion(t: &Tokens, f: &Found, limit: usize) -> Option<usize> {
    let k = f.end;
    if t.is_punct(k, '(') {
        Some((k + 1..(k + 8).min(limit)).find(|&j| t.is_punct(j, ')'))? + 1)
    } else if t.is_punct(k, ')') {
        Some(k + 1)
    } else {
        Some(k)
    }
}

/// Whether length `f` is how deep something lies: `10 km (6 miles) below
/// the surface`, `beneath the seabed`.
fn below_surface(t: &Tokens, f: &Found, limit: usize) -> bool {
    if f.kind != Kind::Measure || f.measure.is_none_or(|(d, _)| d != "length") {
        return false;
    }
    let Some(k) = past_conversion(t, f, limit) else {
        return false;
    };
    let the = usize::from(t.is(k + 1, "the"));
    t.is_any(k, &["below", "beneath", "under", "underground"])
        && (t.is(k, "underground")
            || t.is_any(
                k + 1 + the,
                &["surface", "ground", "seabed", "sea", "earth"],
            ))
}

/// Whether word `k` names a month or a day of the week.
fn month_or_weekday(t: &Tokens, k: usize) -> bool {
    super::date::month_at(t, k).is_some() || t.has(k, lx::Set::Weekday)
}

/// Workers killed or rescued are people, not jobs: `six construction
/// workers were presumed dead` counts what `six people … presumed dead`
/// does. Survivors are people rescued; bodies are recovered.
fn people_not_jobs(subject: &mut Subject) {
    // (Bodies pulled from the rubble are recovered, not rescued: `pulled 45
    // bodies from the rubble` meets `45 bodies were recovered`.)
    if subject.head.as_deref() == Some("body") && subject.event == Some("rescued") {
        subject.event = Some("recovered");
    }
    // (And survivors are people rescued: `104 survivors were taken to
    // Kalamata` meets `104 people had been rescued`.)
    // (Survivors taken to hospital are people hospitalized.)
    if subject.head.as_deref() == Some("survivor") {
        if subject.event.is_none_or(|e| e == "rescued") {
            subject.head = Some(Cow::Borrowed("person"));
            subject.event = Some("rescued");
        } else if subject.event.is_some_and(happens_to_people) {
            subject.head = Some(Cow::Borrowed("person"));
        }
    }
    if subject
        .head
        .as_deref()
        .is_some_and(|h| h == "job" || h.ends_with(" job"))
        && subject.event.is_some_and(happens_to_people)
    {
        subject.head = Some(Cow::Borrowed("person"));
    }
    // (And suspects arrested are people arrested: `four suspects were
    // detained` meets `four people were detained`.)
    if subject.head.as_deref() == Some("suspect") && subject.event == Some("arrested") {
        subject.head = Some(Cow::Borrowed("person"));
    }
}

/// Events that happen only to people.
const HUMAN_EVENTS: &[&str] = &[
    "attended",
    "critical",
    "deployed",
    "killed",
    "injured",
    "missing",
    "displaced",
    "evacuated",
    "arrested",
    "captured",
    "casualties",
    "rescued",
    "trapped",
    "sickened",
    "hospitalized",
];

/// Whether `event` happens only to people: one of [`HUMAN_EVENTS`], or
/// being left without something ([`lx::LACKED`]).
pub(crate) fn happens_to_people(event: &str) -> bool {
    HUMAN_EVENTS.contains(&event) || lx::is_lacked(event)
}

/// Whether the word at `k`, right before a figure joined to another by
/// `and`, reads as a verb of its own (`cost £100bn and create 30,000
/// jobs`): a word on no list, and not one that adds to a count (`and
/// another 10`).
fn unlisted_verb(t: &Tokens, k: usize) -> bool {
    t.kind(k) == Some(TokKind::Word)
        && !t.has_any(k, lx::WORD_CLASSES)
        && !t.is_any(k, &["another", "further", "additional"])
}

/// Whether token `k` is part of a figure of `found` (in text order).
fn in_figure(found: &[Found], k: usize) -> bool {
    let at = found.partition_point(|g| g.end <= k);
    found.get(at).is_some_and(|g| g.start <= k)
}

/// Whether two figures are of one kind for sharing what they count: counts
/// and bare numbers are, and each other kind with itself.
fn same_kind_of_figure(a: Kind, b: Kind) -> bool {
    let count = |k| matches!(k, Kind::Count | Kind::Number);
    a == b || (count(a) && count(b))
}

/// Whether a figure of kind `k` is an amount of something: what can be
/// counted, measured or given per head, compared or coordinated.
pub(super) fn counts_like(k: Kind) -> bool {
    matches!(
        k,
        Kind::Count | Kind::Money | Kind::Percent | Kind::Measure | Kind::Number
    )
}

/// The role whose age a number set off by commas after it gives (`the
/// driver, 38, was arrested`), as `the 38-year-old driver` gives it: the
/// age is the driver's, whatever happened to him.
fn aged_role(t: &Tokens, f: &Found) -> Option<Cow<'static, str>> {
    let k = f.start.checked_sub(2)?;
    let set_off = f.kind == Kind::Duration
        && f.end == f.start + 1
        && t.is_punct(f.start - 1, ',')
        && t.is_punct(f.end, ',')
        && t.has(k, lx::Set::PersonRole)
        && k >= 1
        && lx::is_determiner(t.word(k - 1));
    if !set_off {
        return None;
    }
    let word = t.word(k);
    Some(class_of(word).map_or_else(|| Cow::Owned(word.to_owned()), Cow::Borrowed))
}

/// Whether the word at `k` may stand between a noun and `last`: a modal
/// or `to` (`talks will last`, `is due to last`), or a perfect's auxiliary
/// (`the strike had lasted`).
fn before_last(t: &Tokens, k: usize) -> bool {
    t.is_any(k, lx::MODALS) || t.is_any(k, &["had", "has", "have", "to"])
}

/// The noun heading the phrase before a verb of lasting right before a
/// span of time, which is how long that went on: `the outage lasted about
/// 14 hours`, `a strike over salary anomalies lasted more than 100 days`,
/// `talks that will last for two days`. (Only `last` after a modal or
/// `to` is the verb: `in the last 24 hours`.)
fn what_lasted(t: &Tokens, start: usize, left: usize) -> Option<usize> {
    let mut v = start.checked_sub(1)?;
    if t.is(v, "for") {
        v = v.checked_sub(1)?;
    }
    let lasted = t.is_any(v, &["lasted", "lasts", "lasting"])
        || (t.is(v, "last") && v >= 1 && before_last(t, v - 1));
    if !lasted {
        return None;
    }
    // (Back over `is due to`, `was expected to`.)
    let mut end = v;
    while end > left
        && (before_last(t, end - 1)
            || t.is_any(end - 1, &["due", "expected", "set", "scheduled", "likely"])
            || t.is_any(end - 1, FINITE_BE))
    {
        end -= 1;
    }
    // The phrase, back to its determiner or the clause's start (past one
    // after a preposition: `the meeting between the two leaders`): its
    // head is the word before its first preposition (`a strike over
    // pay`), or its last word.
    let preposition =
        |j: usize| t.is_any(j, lx::PLACE_PREPOSITIONS) || t.is_any(j, &["over", "between", "with"]);
    let first = (left..end)
        .rev()
        .take_while(|&j| {
            t.kind(j) == Some(TokKind::Word)
                && (!t.is_any(j, lx::DETERMINERS) || (j > left && preposition(j - 1)))
                && !cue(t, j, lx::VERB_MARKERS)
                && !ends_clause(t, j)
        })
        .last()?;
    match (first + 1..end).find(|&j| preposition(j)) {
        Some(p) => Some(p - 1),
        None => Some(end - 1),
    }
}

/// Rates that are shares of a base a report may name after them: `Turnout
/// was 71.4 per cent of registered voters`, `Unemployment was 4% of the
/// labour force`.
const RATES_OF_A_BASE: &[&str] = &["turnout", "unemployment", "underemployment"];

/// Wholes that parties or firms take shares of: one's share is not
/// another's (`The LPC took 52.3% of the vote`).
const CONTESTED_WHOLES: &[&str] = &["vote", "votes", "ballots", "seats", "market"];

/// How far back, in tokens, a figure's own stretch of words may reach
/// (to the figure before it, or its sentence's start): far past any
/// sentence of news, short of a pasted run of thousands of words.
const STRETCH_REACH: usize = 96;

/// Words that make a year a fiscal one (`fiscal 2026`, `financial year
/// 2024/25`).
const FISCAL: &[&str] = &["fiscal", "financial"];

/// The time figure `n` refers to, and the date mention that says it.
fn time_of(
    t: &Tokens,
    found: &[Found],
    frames: &[Frame],
    n: usize,
    anchor: Option<Day>,
    past: bool,
    dated: &[usize],
) -> (Time, Option<usize>) {
    let span = frames[n].sentence;
    // (Distance, index, and whether the date starts a total over years.)
    let mut best: Option<(usize, usize, bool)> = None;
    // Only the figures of the same sentence: `found` is in text order.
    let lo = dated.partition_point(|&m| found[m].start < span.0);
    let hi = dated.partition_point(|&m| found[m].start < span.1);
    // The nearest few dates on each side: a sentence of thousands of dates
    // and counts (a pasted table) would otherwise be quadratic.
    let at = dated.partition_point(|&m| found[m].start < found[n].start);
    let (lo, hi) = (lo.max(at.saturating_sub(32)), hi.min(at + 32).max(lo));
    for &m in &dated[lo..hi] {
        let d = &found[m];
        if m == n {
            continue;
        }
        let Some((a, b)) = d.period else { continue };
        // The dateline or publication date: that is now.
        if anchor.is_some_and(|z| a == z && b == z) {
            continue;
        }
        let is_date = d.kind == Kind::Date;
        let is_ago = d.kind == Kind::Duration;
        if !is_date && !is_ago {
            continue;
        }
        // (The word before it, past `the` and a fiscal year's name: `in
        // the 2024-25 fiscal year`, `in fiscal year 2024/25`.)
        let mut b = d.start;
        if b >= 2 && t.is(b - 1, "year") && t.is_any(b - 2, FISCAL) {
            b -= 2;
        } else if b > 0 && t.is_any(b - 1, FISCAL) {
            b -= 1;
        }
        if b > 0 && t.is(b - 1, "the") {
            b -= 1;
        }
        let before = b.checked_sub(1).map(|p| t.word(p)).unwrap_or("");
        let before_is = |set| b.checked_sub(1).is_some_and(|p| t.has(p, set));
        let after_when = (t.is_punct(d.end, ',') && t.is(d.end + 1, "when")) || t.is(d.end, "when");
        // (So is one in a `When` clause that opens the sentence, which
        // times the clause after its comma: `When the authority began
        // looking into it in January, four injuries had been reported`.)
        let opening_when = t.is(span.0, "when")
            && d.end <= found[n].start
            && (d.end..found[n].start).any(|k| t.is_punct(k, ','));
        let strong = matches!(before, "through" | "until" | "till")
            || (before == "of" && b >= 2 && t.is(b - 2, "as"))
            || opening_when;
        // (And one that names an incident: `Hamas' Oct. 7 attack killed
        // some 1,200 people`, `the 2011 tsunami`.)
        // (Past the words that name it: `the June 2014 GAIL pipeline fire`.)
        let of_incident = is_date
            && (d.end..d.end + 4)
                .take_while(|&k| t.kind(k) == Some(TokKind::Word) && !t.is_any(k, lx::DETERMINERS))
                .any(|k| t.is_any(k, lx::INCIDENT_NOUNS));
        // A date that says when something else began is not an as-of.
        // (An incident named by its date is dated by it, though the noun
        // reads as a beginning: `Malawi's 2022-2023 outbreak killed more
        // than 1,770 people`.)
        if frames[m].subject.event == Some("began") && !strong && !after_when && !of_incident {
            continue;
        }
        let sentence_initial = d.start == span.0;
        // (`last year`, `yesterday` say when with no word before them.)
        // (Not the year of a month before it: `since March last year`.)
        let adverbial = || {
            is_date
                && t.is_any(d.start, &["last", "yesterday"])
                && !(d.start > 0
                    && (t.has(d.start - 1, lx::Set::FunctionWord)
                        || t.has_any(d.start - 1, CALENDAR_WORDS)))
        };
        // (And one whose figure it is, in the possessive right before it:
        // `than last year's 3.1 per cent rise`, `Monday's 4.2% fall`.)
        let whose = is_date
            && d.end == found[n].start
            && d.end > d.start
            && t.word(d.end - 1).ends_with("'s");
        let marked = before_is(lx::Set::AsOfMarker)
            || sentence_initial
            || after_when
            || (is_ago && !before_is(lx::Set::PeriodStart))
            || adverbial()
            || of_incident
            || whose;
        // (In the figure's clause, or opening the sentence: not in `settled
        // 100,000 claims since 2020, but about 54,000 remain unresolved`.)
        let years_since = years_since(t, d, before, anchor)
            && !after_when
            && (d.start == span.0 + 1 || {
                let (x, y) = if d.start > found[n].end {
                    (found[n].end, d.start)
                } else {
                    (d.end, found[n].start)
                };
                !(x..y).any(|k| t.kind(k) == Some(TokKind::Punct))
            });
        // (A word that starts a period before a possessive is the
        // figure's: `rose after last year's 3.1 per cent rise`.)
        // (Nor one naming an incident that a relative clause after it
        // tells of: `comparisons with the 2007 collapse of a bridge in
        // Minneapolis, which killed 13 people`.)
        // (Or one without commas: `after the July 2020 landslide in
        // Hpakant that killed more than 170 people`.)
        let told_of = || {
            of_incident
                && (relative_clause(t, found[n].start, span).is_some_and(|(open, _)| open > d.end)
                    || (d.end < found[n].start
                        && found[n].start <= d.end + 10
                        && (d.end..found[n].start).any(|k| t.is_any(k, &["that", "which"]))
                        && !(d.end..found[n].start).any(|k| ends_clause(t, k))))
        };
        let blocked = (before_is(lx::Set::PeriodStart) && !after_when && !years_since && !whose
            || (d.start >= 2 && t.is(d.start - 2, "compared")))
            && !told_of();
        if !(marked || years_since) || blocked {
            continue;
        }
        // A `when` date governs what follows it.
        if after_when && d.start > found[n].start {
            continue;
        }
        // A date a participle gives a noun past the figure is that noun's:
        // in `15.3 million hectares burned, more than double the previous
        // record set in 1989`, 1989 is the record's (but `38.7C set in 2019`
        // is the 38.7C's).
        if d.start >= 3
            && d.start > found[n].end + 3
            && t.is_any(d.start - 1, &["in", "on"])
            && past_participle(t, d.start - 2)
            && t.kind(d.start - 3) == Some(TokKind::Word)
            && !t.has(d.start - 3, lx::Set::PhraseStop)
        {
            continue;
        }
        // A date past a record after the figure is the record's: `the
        // highest on records going back to 1999`, `beating the record set at
        // the 1996 Atlanta Games`, `surpassing the previous high of 4.76
        // meters during historic floods in 1941`.
        if d.start > found[n].end
            && (found[n].end..d.start).any(|k| t.is_any(k, &["record", "records", "previous"]))
        {
            continue;
        }
        // A date in a relative clause times that clause only: in `The
        // deal, which is expected to close in the first half of 2025, would
        // create a company with 61,000 employees`, the staff are not 2025's.
        // (Or to the end of the sentence: `1.5km from the new airport,
        // which opened on 1 January.`)
        // (But one right after the figure says of it: `the previous
        // record, recorded in 2019, was 38.7C`.)
        if relative_clause(t, d.start, span).is_some_and(|(open, close)| {
            found[n].end < open || found[n].start > close.unwrap_or(span.1)
        }) {
            continue;
        }
        // Nor does a date outside the relative clause the figure stands in
        // time it: in `The museum, which draws about 1.2 million visitors a
        // year, was closed on Sunday`, the visitors are not Sunday's.
        // (A clause its comma closes: one that runs to the end of the
        // sentence may still tell of the incident a date before it names,
        // `the March 2024 collapse of a bridge …, which killed six`.)
        if relative_clause(t, found[n].start, span)
            .is_some_and(|(open, close)| close.is_some_and(|c| d.start > c || d.end <= open))
        {
            continue;
        }
        // Nor one in a relative clause of another noun after the figure's:
        // in `seven injuries, including a woman who was cut last August`,
        // the injuries are not August's (but in `55 people who died on
        // Monday` they are Monday's).
        // (One pass: a determiner, then the relative pronoun.)
        let another_nouns_clause = || {
            let mut noun_phrase = false;
            (found[n].end..d.start).any(|k| {
                noun_phrase |= t.is_any(k, &["a", "an", "the"]);
                noun_phrase && t.is_any(k, &["who", "whose", "which"])
            })
        };
        if d.start > found[n].end && another_nouns_clause() {
            continue;
        }
        let dist = if d.start > found[n].end {
            d.start - found[n].end
        } else {
            found[n].start.saturating_sub(d.end)
        };
        let dist = if after_when { 0 } else { dist };
        // A date before `and` and a verb of its own times the clause it
        // ends: in `was founded in 1990 and has sold more than 40 million
        // robots`, the robots are not 1990's.
        // (And after it, one in a clause with a subject of its own: in
        // `has soared to £28.9bn, and the line will not open until 2039`,
        // the cost is not 2039's.)
        let own_clause = || {
            (d.end <= found[n].start
                && (d.end..found[n].start)
                    .any(|k| t.is(k, "and") && t.is_any(k + 1, lx::AUXILIARIES)))
                || (d.start >= found[n].end
                    && (found[n].end..d.start).any(|k| {
                        t.is_punct(k, ',')
                            && t.is(k + 1, "and")
                            && (t.is_any(k + 2, lx::DETERMINERS) || cue(t, k + 2, lx::PRONOUNS))
                    }))
        };
        // (Asked only of a date that would win: they read the words between.)
        if best.is_none_or(|(bd, _, _)| dist < bd)
            && !own_clause()
            // (A total since a date years back spans its clause, every
            // figure in it: `over 180 people have died in at least 62
            // collapses since 2020`.)
            && (years_since || !dates_another_figure(t, found, n, m, span))
        {
            best = Some((dist, m, years_since));
        }
    }
    if let Some((_, m, years_since)) = best {
        let d = &found[m];
        let (a, b) = d.period.unwrap_or((0, 0));
        // A total over the years since a date runs from it to now.
        if let Some(z) = anchor
            && years_since
        {
            // (The date stays a date of its own: when the span began.)
            return (Time::Explicit(a, z, calendar::Period::days(a, z).iso), None);
        }
        let iso = match &d.value {
            crate::Value::Text(s) if d.kind == Kind::Date => s.clone(),
            _ => calendar::Period::days(a, b).iso,
        };
        return (Time::Explicit(a, b, iso), Some(m));
    }
    if past {
        return (Time::Past, None);
    }
    (Time::Current, None)
}

/// Whether date `d`, after the word `before`, starts a total over years:
/// `More than 1,300 people have died in accidents on the country's
/// waterways since 2019`, a count of more than the story's, said more than
/// a year after the date (`anchor`, the publication day). Not `since
/// January`, the count of the year so far, nor a record or a first since
/// then (`the highest since 2019`, `the first rise since 2023`), which is
/// of now.
fn years_since(t: &Tokens, d: &Found, before: &str, anchor: Option<Day>) -> bool {
    const YEAR_DAYS: Day = 366;
    before == "since"
        && d.kind == Kind::Date
        && anchor.is_some_and(|z| d.period.is_some_and(|(a, _)| z - a > YEAR_DAYS))
        && !(d.start.saturating_sub(8)..d.start).any(|k| {
            let w = t.word(k);
            // (`at least` bounds a figure; `interest` and `protest` are
            // nouns.)
            let superlative = w.len() > 4
                && w.ends_with("est")
                && !lx::NOUNS_IN_EST.contains(&w)
                && !(w == "least" && k > 0 && t.is(k - 1, "at"));
            matches!(w, "first" | "time" | "most" | "record" | "ever") || superlative
        })
}

/// Whether the date `found[m]`, in the sentence `span` of figure `n`, is
/// another figure's rather than `n`'s.
fn dates_another_figure(
    t: &Tokens,
    found: &[Found],
    n: usize,
    m: usize,
    span: (usize, usize),
) -> bool {
    let d = &found[m];
    // `fell from 11.1% in October 2022 to 4.6% in October`: a date glued
    // to the amount before it (by `in`, `on`, `at` at most) is that
    // amount's, not the next one's.
    if m < n
        && m > 0
        && counts_like(found[m - 1].kind)
        && same_kind_of_figure(found[m - 1].kind, found[n].kind)
        && d.start >= found[m - 1].end
        && d.start - found[m - 1].end <= 1
        && (found[m - 1].end..d.start).all(|k| t.is_any(k, &["in", "on", "at"]))
    {
        return true;
    }
    // `The fine, about $2.7bn, is double the record €1.06bn levied in
    // 2009`: a date past another amount of the same kind is that amount's,
    // unless the two are listed together (`killed 5 and injured 10 on
    // Friday`), or the date opens the sentence and governs all of it (`In
    // 2015, two earthquakes killed about 9,000 people`), or a comma or a
    // say-verb sets it apart from that amount (`185 seats in the 350-member
    // parliament, official figures showed on Monday`).
    // (Past the conversion in brackets of the one before: `winds of 185
    // km per hour (115 mph) and gusts of up to 260 kph`.)
    let end_with_conversion = |g: usize| match found.get(g + 1) {
        Some(c) if is_conversion(t, found, g + 1) => c.end + usize::from(t.is_punct(c.end, ')')),
        _ => found[g].end,
    };
    let listed_with = |g: usize| {
        let (a, b) = if g < n {
            (end_with_conversion(g), found[n].start)
        } else {
            (end_with_conversion(n), found[g].start)
        };
        b.saturating_sub(a) <= 6
            && (a..b).any(|k| t.is(k, "and") || t.is(k, "or") || t.is_punct(k, ','))
    };
    let in_phrase_of = |g: usize| {
        let (a, b) = if g < m {
            (found[g].end, d.start)
        } else {
            (d.end, found[g].start)
        };
        !(a..b).any(|k| t.is_punct(k, ',') || t.has(k, lx::Set::SayVerb))
    };
    let opens =
        d.start == span.0 || (d.start == span.0 + 1 && t.kind(span.0) == Some(TokKind::Word));
    if !opens
        && (m.min(n) + 1..m.max(n))
            .any(|g| found[g].kind == found[n].kind && !listed_with(g) && in_phrase_of(g))
    {
        return true;
    }
    // `fell to 3.2% in January from 3.6% in December`: the date before a
    // figure compared against is the other figure's; `rose to 4.0% from 3.9%
    // in April`, `25,065 so far, compared with 28,526 in the whole of
    // 2021`: so is the date after it.
    let from = |g: &Found| {
        g.start > 0
            && (t.is_any(g.start - 1, &["from", "against", "versus"])
                || compared_at(t, g.start - 1))
    };
    // (And `about £10,000 less than a year ago`: the date a difference is
    // measured from.)
    // (Or `16% more than in 2023`.)
    let than = |g: &Found| {
        let date_at = g.end + 2 + usize::from(t.is(g.end + 2, "in"));
        found[m].start == date_at && t.is(g.end + 1, "than") && t.is_any(g.end, lx::COMPARATIVES)
    };
    (m < n && from(&found[n]))
        || (m > n
            && found[n + 1..m]
                .iter()
                .any(|g| counts_like(g.kind) && (from(g) || than(g))))
}

/// Every attribution in a sentence, with the token where it stands.
fn sources_in(
    t: &Tokens,
    span: (usize, usize),
    last_person: &mut Option<Source>,
    last_org: &mut Option<Source>,
) -> Vec<(usize, Source)> {
    let mut out = Vec::new();
    let (a, b) = span;
    let mut k = a;
    while k < b {
        // Most words are neither cue nor say-verb: one bit test passes them.
        if !t.has_any(k, lx::Set::SourceCue.bit() | lx::Set::SayVerb.bit()) {
            k += 1;
            continue;
        }
        // `according to X`, `as reported by X`
        let attributed = t.has(k, lx::Set::SourceCue)
            && lx::SOURCE_CUES
                .iter()
                .any(|(w, next)| t.is(k, w) && t.is(k + 1, next));
        if attributed {
            let j = k + 2;
            if let Some(src) = name_after(t, j, b) {
                remember(&src, last_person, last_org);
                out.push((k, src));
            }
            k += 2;
            continue;
        }
        // (Capitalised inside a sentence it is part of a name: `the United
        // States has risen`.)
        if t.has(k, lx::Set::SayVerb) && !(k > a && t.capitalised(k)) && !claims_lives(t, k, b) {
            // `X said`, `X has said`, `X previously reported`.
            let mut j = k;
            while j > a
                && matches!(
                    t.word(j - 1),
                    "has"
                        | "have"
                        | "had"
                        | "also"
                        | "previously"
                        | "later"
                        | "earlier"
                        | "then"
                        | "repeatedly"
                        | "recently"
                        | "once"
                        | "officially"
                        | "last"
                        | "not"
                )
            {
                j -= 1;
            }
            // (And back over the day: `The Treasury on Wednesday said`.)
            if j >= a + 2 && t.has(j - 1, lx::Set::Weekday) && t.is(j - 2, "on") {
                j -= 2;
            }
            let src =
                name_before(t, j, a, last_person, last_org).or_else(|| name_after(t, k + 1, b));
            if let Some(src) = src {
                remember(&src, last_person, last_org);
                out.push((k, src));
            }
        }
        k += 1;
    }
    out
}

/// Whether the say-verb at `k` is `claimed` of lives, which kills:
/// `Dengue claimed 11 lives`, `the floods have claimed at least 40 lives`.
fn claims_lives(t: &Tokens, k: usize, end: usize) -> bool {
    t.is_any(k, &["claimed", "claims"])
        && (k + 1..end.min(k + 6)).any(|j| t.is_any(j, &["lives", "life"]))
}

fn remember(src: &Source, last_person: &mut Option<Source>, last_org: &mut Option<Source>) {
    if src.person {
        *last_person = Some(src.clone());
    } else {
        *last_org = Some(src.clone());
    }
}

fn nearest_source(list: &[(usize, Source)], at: usize) -> Option<&Source> {
    // `list` is in text order, so the nearest stands just before or just
    // after `at`: looking only there keeps a run-on sentence linear.
    let cost = |i: usize| {
        let k = list[i].0;
        if k <= at { at - k } else { (k - at) * 2 }
    };
    let p = list.partition_point(|(k, _)| *k <= at);
    let before = p
        .checked_sub(1)
        .map(|q| list.partition_point(|(k, _)| *k < list[q].0));
    let after = (p < list.len()).then_some(p);
    [before, after]
        .into_iter()
        .flatten()
        .min_by_key(|&i| (cost(i), i))
        .map(|i| &list[i].1)
}

fn is_name_word(t: &Tokens, k: usize) -> bool {
    (t.capitalised(k)
        || t.raw(k).chars().all(|c| c.is_uppercase()) && t.kind(k) == Some(TokKind::Word))
        && super::date::month_at(t, k).is_none()
        && !t.has(k, lx::Set::Weekday)
}

fn make_source(t: &Tokens, first: usize, last: usize) -> Option<Source> {
    if first > last {
        return None;
    }
    // (A lone plural of people is a group, not a last name: `Residents
    // said`, `Survivors told reporters`.)
    let people = first == last
        && t.word(first)
            .strip_suffix('s')
            .is_some_and(|one| t.has(first, lx::Set::NounClass) || lx::PERSON_ROLES.contains(&one));
    let org =
        people || (first..=last).any(|k| t.has(k, lx::Set::Organisation)) || t.is(first, "the");
    if org {
        let text = t.text[t.toks[first].span().start..t.toks[last].span().end].trim();
        return Some(Source {
            name: text.into(),
            person: false,
        });
    }
    // A person: shown by the last name.
    let last_name = t.raw(last).trim_end_matches("'s").trim_end_matches("’s");
    Some(Source {
        name: last_name.into(),
        person: true,
    })
}

/// The name ending just before token `j` (`Ukrainian President Volodymyr
/// Zelensky`, `Ukraine’s interior ministry`, `he`).
fn name_before(
    t: &Tokens,
    j: usize,
    a: usize,
    last_person: &Option<Source>,
    last_org: &Option<Source>,
) -> Option<Source> {
    if j == a {
        return None;
    }
    let end = j - 1;
    let w = t.word(end);
    if t.has(end, lx::Set::SourcePronoun) {
        return if w == "it" || w == "its" || w == "they" || w == "their" {
            last_org.clone()
        } else {
            last_person.clone()
        };
    }
    // `Its report said`, `his office said`.
    if end > a && t.has(end - 1, lx::Set::SourcePronoun) && t.kind(end) == Some(TokKind::Word) {
        let p = t.word(end - 1);
        return if matches!(p, "its" | "their") {
            last_org.clone()
        } else {
            last_person.clone()
        };
    }
    let mut first = end;
    let mut k = end as isize;
    let mut any = false;
    while k >= a as isize {
        let ku = k as usize;
        let w = t.word(ku);
        if is_name_word(t, ku) || t.has(ku, lx::Set::Organisation) && (any || ku == end) {
            first = ku;
            any = true;
        } else if any
            && matches!(w, "for" | "of" | "and" | "on")
            && ku > a
            && is_name_word(t, ku - 1)
        {
            // `Centre for Strategic and International Studies`
        } else if any && (w == "the") {
            first = ku;
            break;
        } else if any
            && t.kind(ku) == Some(TokKind::Word)
            && !t.has(ku, lx::Set::PhraseStop)
            && (ku > a && t.word(ku - 1).ends_with("'s"))
        {
            // `Ukraine’s interior ministry`: lower-case words after a possessive.
            first = ku;
        } else {
            break;
        }
        k -= 1;
    }
    if !any {
        return None;
    }
    // Skip sentence-initial words that are not names (`Meanwhile`).
    make_source(t, first, end)
}

/// The name starting at token `j` (`according to Ukraine’s President
/// Volodymyr Zelensky`, `said Mayor Vitali Klitschko`).
fn name_after(t: &Tokens, j: usize, b: usize) -> Option<Source> {
    let mut k = j;
    let start = if t.is(k, "the") { k + 1 } else { k };
    k = start;
    let mut last = None;
    while k < b {
        let w = t.word(k);
        if is_name_word(t, k) || t.has(k, lx::Set::Organisation) {
            last = Some(k);
        } else if last.is_some() && lx::NAME_LINKS.contains(&w) && is_name_word(t, k + 1) {
        } else if t.kind(k) == Some(TokKind::Word)
            && t.word(k.saturating_sub(1)).ends_with("'s")
            && k > start
            && !t.has(k, lx::Set::PhraseStop)
        {
            last = Some(k);
        } else if last.is_some()
            && t.kind(k) == Some(TokKind::Word)
            && !t.has(k, lx::Set::PhraseStop)
            && (k + 1..(k + 3).min(b)).any(|o| t.has(o, lx::Set::Organisation))
        {
            // (A named place's body in lower case: `the Istanbul fire
            // brigade`, `the North West health department`.)
        } else {
            break;
        }
        k += 1;
    }
    let last = last?;
    // (Not a currency's letters before an amount: `announced Tk 25,000`,
    // `announced RM2 billion`.)
    if t.is_number(last + 1) {
        return None;
    }
    make_source(t, if start > j { j } else { start }, last)
}
