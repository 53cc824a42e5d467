//! Labels and one-sentence explanations, built from the claims.

use super::Claim;
use crate::extract::Subject;
use crate::mention::Kind;

fn plural(head: &str) -> String {
    match head {
        "person" => "people".into(),
        "child" => "children".into(),
        "man" => "men".into(),
        "woman" => "women".into(),
        "body" => "bodies".into(),
        "war" | "talks" | "contact" => head.into(),
        // (`-ies` after a consonant only: `boys`, `keys`, `days`.)
        h if h.ends_with('y') && !h[..h.len() - 1].ends_with(['a', 'e', 'o', 'u']) => {
            format!("{}ies", &h[..h.len() - 1])
        }
        // `beaches`, `taxes`, `addresses`.
        h if ["ch", "sh", "x", "z", "ss"]
            .iter()
            .any(|end| h.ends_with(end)) =>
        {
            format!("{h}es")
        }
        // `fisherman`, `policeman` (but `humans`, `Germans`).
        h if h.ends_with("man") && !matches!(h, "human" | "german" | "roman" | "shaman") => {
            format!("{}men", &h[..h.len() - 3])
        }
        // A plural already: `fishermen`, `policemen`.
        h if h.ends_with('s') || h.ends_with("men") => h.into(),
        h => format!("{h}s"),
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// A short label for a fact: `Ukrainian soldiers killed`, `Revenue
/// forecast per year (money)`; `earlier` marks a fact of figures a report
/// sets against the current one (`compared with about 500 a year earlier`).
pub fn label(kind: Kind, subject: &Subject, as_of: Option<&str>, earlier: bool) -> String {
    // Counted things read in the plural (`soldiers killed`); money is for
    // something (`aid`), and measures are of something (`river`).
    // (The time of an incident is of it, `time of the explosion`; that of
    // what befell things counted is of them, `time of day: people killed`.)
    let head = match kind {
        Kind::Money | Kind::Measure | Kind::Percent => subject.head.as_deref().map(str::to_string),
        Kind::Time if subject.event.is_none() => subject.head.as_deref().map(str::to_string),
        _ => subject.head.as_deref().map(plural),
    };
    let base = subject.words(head.as_deref()).collect::<Vec<_>>().join(" ");
    // (A figure said of nothing, which two reports give alike: `$186,000`.)
    let base = if base.is_empty() {
        match kind {
            Kind::Money => "amount".to_string(),
            Kind::Percent => "percentage".to_string(),
            Kind::Measure => "measure".to_string(),
            Kind::Count | Kind::Number => "count".to_string(),
            _ => base,
        }
    } else {
        base
    };
    let base = match kind {
        // (`When the invasion began`, but `Date: people killed`.)
        Kind::Date => match (head.as_deref(), subject.event) {
            (Some(h), Some(e)) if !crate::lexicon::COUNTED_EVENTS.contains(&e) => {
                format!("when the {h} {e}")
            }
            _ if base.is_empty() => "date".to_string(),
            _ => format!("date: {base}"),
        },
        Kind::Time if base.is_empty() => "time of day".to_string(),
        Kind::Time if subject.event.is_some() => format!("time of day: {base}"),
        Kind::Time => format!("time of the {base}"),
        Kind::Duration if base.is_empty() => "time".to_string(),
        Kind::Duration => format!("time: {base}"),
        Kind::Ordinal if base.is_empty() => "rank".to_string(),
        Kind::Ordinal => format!("rank: {base}"),
        Kind::Money => format!("{base} (money)"),
        _ => base,
    };
    let label = match as_of {
        Some(t) => format!("{base} (as of {t})"),
        None if earlier => format!("{base} (earlier figure)"),
        None => base,
    };
    capitalise(&label)
}

/// How a report without an outlet is named: its id without a file
/// extension, and without a content hash after `_` (`000_5ef4edd7b5086734.txt`
/// is `000`; `quake_a.txt` stays `quake_a`, apart from `quake_b.txt`).
fn short(doc: &str) -> &str {
    let stem = match doc.rsplit_once('.') {
        Some((stem, ext))
            if !stem.is_empty()
                && (1..=4).contains(&ext.len())
                && ext.bytes().all(|b| b.is_ascii_alphanumeric()) =>
        {
            stem
        }
        _ => doc,
    };
    match stem.rsplit_once('_') {
        Some((name, hash))
            if !name.is_empty()
                && hash.len() >= 8
                && hash.bytes().all(|b| b.is_ascii_hexdigit()) =>
        {
            name
        }
        _ => stem,
    }
}

fn number_word(n: usize) -> String {
    [
        "No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
    ]
    .get(n)
    .map_or_else(|| n.to_string(), |s| s.to_string())
}

/// Groups the claims by what they say: (the words, as of, sources, docs).
fn readings(claims: &[Claim]) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    // Indexes into `out`, so thousands of claims stay linear.
    let mut index: rustc_hash::FxHashMap<String, usize> = Default::default();
    let mut seen: rustc_hash::FxHashSet<(usize, String)> = Default::default();
    for c in claims {
        let mut what = c.text.clone();
        if let Some(t) = &c.as_of {
            what = format!("{what}, as of {t}");
        }
        let doc = c
            .outlet
            .clone()
            .unwrap_or_else(|| short(&c.doc).to_string());
        let k = *index.entry(what.clone()).or_insert_with(|| {
            out.push((what, Vec::new()));
            out.len() - 1
        });
        if seen.insert((k, doc.clone())) {
            out[k].1.push(doc);
        }
    }
    out.sort_by_key(|(_, d)| std::cmp::Reverse(d.len()));
    out
}

fn says(docs: &[String]) -> String {
    if docs.len() == 1 {
        format!("{} says", docs[0])
    } else {
        format!(
            "{} reports ({}) say",
            number_word(docs.len()),
            docs.join(", ")
        )
    }
}

/// One sentence on why a fact has its status.
pub fn explanation(status: super::Status, claims: &[Claim], docs: usize) -> String {
    use super::Status::*;
    let r = readings(claims);
    let parts: Vec<String> = r
        .iter()
        .map(|(what, docs)| format!("{} {}", says(docs), what))
        .collect();
    match status {
        Single => format!(
            "Only {} gives this figure: {}.",
            r.first().map_or(String::new(), |(_, d)| d.join(", ")),
            claims.first().map_or("", |c| c.text.as_str())
        ),
        Agree => {
            if r.len() == 1 {
                format!("{} reports agree: {}.", number_word(docs), r[0].0)
            } else {
                format!(
                    "The figures fit together once qualifiers and rounding are allowed for: {}.",
                    parts.join("; ")
                )
            }
        }
        // (One report's own figures for one fact: no other report is
        // involved, and the reader should not go looking for one.)
        Conflict if docs == 1 => format!(
            "{} contradicts itself: it gives {}.",
            r.first().map_or(String::new(), |(_, d)| d.join(", ")),
            r.iter()
                .map(|(what, _)| what.as_str())
                .collect::<Vec<_>>()
                .join(" and ")
        ),
        Conflict => format!("Reports disagree: {}.", parts.join("; ")),
        Disputed => {
            let mut by_source: Vec<String> = Vec::new();
            for c in claims {
                let s = format!(
                    "{} gives {}",
                    c.source.as_deref().unwrap_or("an unnamed source"),
                    c.text
                );
                if !by_source.contains(&s) {
                    by_source.push(s);
                }
            }
            format!(
                "Different sources give figures that cannot both be right: {}.",
                by_source.join("; ")
            )
        }
        Revision => format!("The figure was updated over time: {}.", parts.join("; ")),
    }
}

#[cfg(test)]
mod tests {
    use super::{plural, short};

    #[test]
    fn a_label_names_many_in_the_plural() {
        for (one, many) in [
            ("person", "people"),
            ("country", "countries"),
            ("boy", "boys"),
            ("key", "keys"),
            ("day", "days"),
            ("beach", "beaches"),
            ("fisherman", "fishermen"),
            ("human", "humans"),
        ] {
            assert_eq!(plural(one), many, "{one}");
        }
    }

    #[test]
    fn a_report_is_named_by_its_file_without_extension_or_hash() {
        for (id, name) in [
            ("000_5ef4edd7b5086734.txt", "000"),
            ("quake_a.txt", "quake_a"),
            ("quake_b.txt", "quake_b"),
            ("reuters", "reuters"),
            ("bbc-news_2023.md", "bbc-news_2023"),
            ("v1.2", "v1"),
            (".txt", ".txt"),
        ] {
            assert_eq!(short(id), name, "{id}");
        }
    }
}
