//! Currency names several countries share, read as the one such currency
//! the reports name: a paper that writes `83.6m pesos` of a Philippine
//! story means the `P38.6 million` of another report.

use crate::lexicon::NATIONAL_CURRENCIES;
use crate::{Kind, Mention};

/// Gives amounts in a shared name (`pesos`, `shillings`, `dinars`; the
/// extractor's unit is the name itself) the code of the one currency of
/// that name any report names (`PHP` for `P38.6 million` or `Philippine
/// pesos`). With none, or two (`Kenyan` and `Ugandan shillings`), they
/// stay as they are: only another amount in the bare name meets them.
///
/// ```
/// use factcheck::{reconcile, Document, Options};
/// let docs = [
///     Document { id: "a".into(), text: "Damage to crops was put at P38.6 million.".into(), ..Document::default() },
///     Document { id: "b".into(), text: "Damage to crops was put at 38.6m pesos.".into(), ..Document::default() },
/// ];
/// let report = reconcile(&docs, &Options::default());
/// assert!(report.documents[1].mentions.iter().any(|m| m.unit.as_deref() == Some("PHP")));
/// ```
pub fn resolve_shared_names(mentions: &mut [Vec<Mention>]) {
    let money = |m: &&Mention| m.kind == Kind::Money && m.unit.is_some();
    let mut shared: Vec<String> = mentions
        .iter()
        .flatten()
        .filter(money)
        .filter_map(|m| m.unit.clone())
        .filter(|u| codes_of(u).next().is_some())
        .collect();
    shared.sort_unstable();
    shared.dedup();
    for name in shared {
        let mut named = mentions
            .iter()
            .flatten()
            .filter(money)
            .filter_map(|m| m.unit.as_deref())
            .filter(|u| codes_of(&name).any(|c| c == *u));
        let Some(code) = named.next() else {
            continue;
        };
        if !named.all(|u| u == code) {
            continue;
        }
        let code = code.to_string();
        for m in mentions.iter_mut().flatten() {
            if m.kind == Kind::Money && m.unit.as_deref() == Some(name.as_str()) {
                m.unit = Some(code.clone());
            }
        }
    }
}

/// The codes of the currencies called `name` (`peso`: MXN, PHP, ...), as
/// the lexicon lists them with their countries' adjectives.
fn codes_of(name: &str) -> impl Iterator<Item = &'static str> + '_ {
    NATIONAL_CURRENCIES
        .iter()
        .filter(move |(_, names, _)| names.first() == Some(&name))
        .map(|(_, _, code)| *code)
}
