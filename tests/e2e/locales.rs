//! The message catalogues under `ui/locales/`: each parses as Fluent, each
//! language has every message (and attribute) English has and no other,
//! and every message the screens ask for by name is in them.

use fluent_syntax::ast::{Entry, Resource};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn ui() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("ui")
}

/// Each message as `id` and each attribute as `id.attribute`.
fn keys(tag: &str) -> BTreeSet<String> {
    let path = ui().join("locales").join(format!("{tag}.ftl"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource: Resource<&str> = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{tag}.ftl does not parse: {errors:?}"));
    let mut keys = BTreeSet::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let id = m.id.name.to_string();
            if m.value.is_some() {
                keys.insert(id.clone());
            }
            for a in m.attributes {
                keys.insert(format!("{id}.{}", a.id.name));
            }
        }
    }
    keys
}

const LANGUAGES: [&str; 5] = ["en", "es", "pt-BR", "tr", "vi"];

#[test]
fn every_language_has_every_message_english_has_and_no_other() {
    let english = keys("en");
    assert!(
        english.len() > 100,
        "only {} messages in English",
        english.len()
    );
    for tag in &LANGUAGES[1..] {
        let theirs = keys(tag);
        let missing: Vec<_> = english.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&english).collect();
        assert!(missing.is_empty(), "{tag}.ftl lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{tag}.ftl has messages English lacks: {extra:?}"
        );
    }
}

/// The ids the screens name: `data-l10n-id="…"` in their markup, and the
/// quoted ids in the first argument of each `t(…)` call (both arms of
/// `t(cond ? "a" : "b")`); ids made at run time are checked by family below.
fn asked_for() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let is_id = |s: &str| {
        s.starts_with(|c: char| c.is_ascii_lowercase())
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
    };
    for dir in [ui(), ui().join("owner")] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if !matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("js" | "html")
            ) {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for (at, _) in text.match_indices("data-l10n-id=\"") {
                let id: String = text[at + 14..].chars().take_while(|c| *c != '"').collect();
                ids.insert(id);
            }
            for (at, _) in text.match_indices("t(") {
                let before = text[..at].chars().last();
                if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.') {
                    continue;
                }
                let first: String = text[at + 2..]
                    .chars()
                    .take_while(|c| *c != ',' && *c != ')')
                    .collect();
                // A quoted word compared against (`x === "paid" ? …`) is
                // a value, not an id.
                let parts: Vec<&str> = first.split('"').collect();
                for (i, quoted) in parts.iter().enumerate().skip(1).step_by(2) {
                    let before = parts[i - 1].trim_end();
                    if is_id(quoted) && !before.ends_with("==") {
                        ids.insert(quoted.to_string());
                    }
                }
            }
        }
    }
    ids
}

#[test]
fn every_message_the_screens_ask_for_is_in_the_catalogue() {
    let english = keys("en");
    let asked = asked_for();
    assert!(
        asked.len() > 80,
        "only {} messages found in the screens",
        asked.len()
    );
    // A marked element may take only attributes from its message.
    let missing: Vec<_> = asked
        .iter()
        .filter(|id| !english.contains(*id))
        .filter(|id| !english.iter().any(|k| k.starts_with(&format!("{id}."))))
        .collect();
    assert!(missing.is_empty(), "asked for, not in en.ftl: {missing:?}");
    // The families asked for by a name made at run time.
    for family in [
        "status-pending",
        "status-confirming",
        "status-paid",
        "status-underpaid",
        "status-expired",
        "status-failed",
        "status-cancelled",
        "role-cashier",
        "role-manager",
        "role-owner",
        "figure-subtotal",
        "figure-discount",
        "figure-tax",
        "figure-tip",
        "receipt-subtotal",
        "receipt-discount",
        "receipt-tax",
        "receipt-tax-included",
        "receipt-tip",
    ] {
        assert!(english.contains(family), "{family} is not in en.ftl");
    }
    for kind in ["paid", "underpaid", "expired", "failed", "cancelled"] {
        for part in ["title", "detail", "customer"] {
            let id = format!("outcome-{kind}-{part}");
            assert!(english.contains(&id), "{id} is not in en.ftl");
        }
    }
}
