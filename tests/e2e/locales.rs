//! The message catalogues under `ui/locales/<language>/`: each parses as Fluent, each
//! language has every message (and attribute) English has and no other,
//! and every message the screens ask for by name is in them.

use fluent_syntax::ast::{Entry, Resource};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn ui() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("ui")
}

/// Each message as `id` and each attribute as `id.attribute`, over all of
/// a language's files (`ui/locales/<tag>/*.ftl`); an id given twice fails.
fn keys(tag: &str) -> BTreeSet<String> {
    let dir = ui().join("locales").join(tag);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    assert_eq!(
        files
            .iter()
            .map(|p| p.file_name().unwrap().to_str().unwrap())
            .collect::<Vec<_>>(),
        FILES,
        "{tag} has other files than the screens load"
    );
    let mut keys = BTreeSet::new();
    let mut ids = BTreeSet::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let name = format!("{tag}/{}", path.file_name().unwrap().to_string_lossy());
        let resource: Resource<&str> = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{name} does not parse: {errors:?}"));
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let id = m.id.name.to_string();
                assert!(ids.insert(id.clone()), "{name} gives {id} again");
                if m.value.is_some() {
                    keys.insert(id.clone());
                }
                for a in m.attributes {
                    keys.insert(format!("{id}.{}", a.id.name));
                }
            }
        }
    }
    keys
}

/// The files each language has, as `ui/i18n.js` loads them (sorted).
const FILES: [&str; 3] = ["counter.ftl", "office-money.ftl", "office-setup.ftl"];

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
        assert!(missing.is_empty(), "{tag} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{tag} has messages English lacks: {extra:?}"
        );
    }
}

/// The variables each message (and attribute) of a language uses, over
/// all its files, by `id` or `id.attribute`.
fn variables(tag: &str) -> BTreeMap<String, BTreeSet<String>> {
    use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
    fn inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match e {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            InlineExpression::Placeable { expression } => expression_of(expression, out),
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
            }
            _ => {}
        }
    }
    fn expression_of(e: &Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    pattern(&v.value, out);
                }
            }
        }
    }
    fn pattern(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &p.elements {
            if let PatternElement::Placeable { expression } = element {
                expression_of(expression, out);
            }
        }
    }
    let mut found = BTreeMap::new();
    for file in FILES {
        let path = ui().join("locales").join(tag).join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let resource: Resource<&str> = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{tag}/{file} does not parse: {errors:?}"));
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let mut used = BTreeSet::new();
                if let Some(value) = &m.value {
                    pattern(value, &mut used);
                }
                found.insert(m.id.name.to_string(), used);
                for a in &m.attributes {
                    let mut used = BTreeSet::new();
                    pattern(&a.value, &mut used);
                    found.insert(format!("{}.{}", m.id.name, a.id.name), used);
                }
            }
        }
    }
    found
}

#[test]
fn no_language_asks_for_a_figure_english_does_not_give() {
    let english = variables("en");
    assert!(
        english.values().any(|v| v.contains("network")),
        "no variables read from English"
    );
    for tag in &LANGUAGES[1..] {
        for (id, used) in variables(tag) {
            let given = english.get(&id).cloned().unwrap_or_default();
            let unknown: Vec<_> = used.difference(&given).collect();
            assert!(
                unknown.is_empty(),
                "{tag} {id} uses {unknown:?}, which English never gives"
            );
        }
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

/// The catalogue ids the app's words name, read from its sources: the
/// literal that opens each `.said(`, `said!(`, `Said::new(` and
/// `Said::detail(`, and every `"error-…"` literal.
fn named_by_the_app() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for text in rust_sources() {
        for opening in [".said(", "said!(", "Said::new(", "Said::detail("] {
            for (at, _) in text.match_indices(opening) {
                ids.extend(literal_opening(&text[at + opening.len()..]));
            }
        }
        for (at, _) in text.match_indices("\"error-") {
            ids.extend(literal_opening(&text[at..]));
        }
    }
    ids
}

/// The text of every Rust source of the app: the desktop's and every
/// crate's.
fn rust_sources() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri");
    super::walk(&dir)
        .into_iter()
        .filter(|path| path.extension().is_some_and(|e| e == "rs"))
        .map(|path| std::fs::read_to_string(path).unwrap())
        .collect()
}

/// The string an argument list opens with (`"id", …` gives `id`); none
/// when its first argument is not a literal (`said(id, args)`).
fn literal_opening(text: &str) -> Option<String> {
    let rest = text.trim_start().strip_prefix('"')?;
    Some(rest.chars().take_while(|c| *c != '"').collect())
}

#[test]
fn every_message_the_apps_errors_name_is_in_the_catalogue() {
    let english = keys("en");
    let named = named_by_the_app();
    assert!(named.len() > 100, "only {named:?}");
    assert!(
        named.contains("gateways-reason-answered") && named.contains("error-address-checksum"),
        "said!() and Said::new() ids not read: {named:?}"
    );
    let missing: Vec<_> = named.iter().filter(|id| !english.contains(*id)).collect();
    assert!(
        missing.is_empty(),
        "named by the app, not in English: {missing:?}"
    );
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
    assert!(missing.is_empty(), "asked for, not in English: {missing:?}");
    // The families asked for by a name made at run time: each member the
    // app can send, from its own lists where it has them.
    let word = |code: &str| code.replace('_', "-");
    let mut family: Vec<String> = Vec::new();
    for s in counterpay_core::Status::ALL {
        family.push(format!("status-{}", s.as_str()));
    }
    for f in counterpay_core::Flag::ALL {
        family.push(format!("sale-flag-{}", word(f.as_str())));
    }
    for k in counterpay_core::ProviderKind::ALL {
        family.push(format!("gateways-kind-{}", k.as_str()));
    }
    for (key, _) in counterpay_core::settings::KEYS {
        family.push(format!("setting-{}", word(key)));
        family.push(format!("setting-{}.help", word(key)));
    }
    for role in ["cashier", "manager", "owner"] {
        family.push(format!("role-{role}"));
    }
    for figure in ["subtotal", "discount", "tax", "tip"] {
        family.push(format!("figure-{figure}"));
        family.push(format!("receipt-{figure}"));
    }
    family.push("receipt-tax-included".into());
    for status in [
        "requested",
        "unknown",
        "review",
        "pending",
        "completed",
        "failed",
    ] {
        family.push(format!("payout-status-{status}"));
    }
    for event in ["intent", "created", "adopted", "updated", "failed"] {
        family.push(format!("sale-event-{event}"));
    }
    for kind in [
        "missing_locally",
        "missing_at_gateway",
        "status",
        "amount",
        "other_till",
    ] {
        family.push(format!("takings-difference-{}", word(kind)));
    }
    for group in [
        "shop", "counter", "selling", "receipt", "backup", "advanced",
    ] {
        family.push(format!("settings-group-{group}"));
    }
    // The audit actions the Activity tab words, as it lists them.
    let activity = std::fs::read_to_string(ui().join("owner/activity.js")).unwrap();
    let listed = activity
        .split_once("const ACTIONS = [")
        .and_then(|(_, rest)| rest.split_once("];"))
        .expect("activity.js lists its ACTIONS")
        .0;
    let actions: Vec<&str> = listed.split('"').skip(1).step_by(2).collect();
    assert!(actions.len() > 20, "{actions:?}");
    for action in actions {
        family.push(format!("activity-action-{}", word(action)));
    }
    for key in audit_detail_names() {
        family.push(format!("activity-field-{}", word(&key)));
    }
    // Where a person signed in, as the sign-in's detail names the place.
    let places = sources_matching("Purpose::SignIn(\"");
    assert!(places.len() >= 2, "{places:?}");
    for place in places {
        family.push(format!("activity-at-{}", place.replace(' ', "-")));
    }
    for id in family {
        assert!(english.contains(&id), "{id} is not in English");
    }
    for kind in ["paid", "underpaid", "expired", "failed", "cancelled"] {
        for part in ["title", "detail", "customer"] {
            let id = format!("outcome-{kind}-{part}");
            assert!(english.contains(&id), "{id} is not in English");
        }
    }
}

/// The quoted words that follow `opening` anywhere in the Rust sources.
fn sources_matching(opening: &str) -> BTreeSet<String> {
    rust_sources()
        .iter()
        .flat_map(|text| {
            text.match_indices(opening)
                .map(|(at, _)| {
                    text[at + opening.len()..]
                        .chars()
                        .take_while(|c| *c != '"')
                        .collect()
                })
                .collect::<Vec<String>>()
        })
        .collect()
}

/// The names of the details the journal records of an activity, which the
/// Activity tab words: the keys of each `AuditEntry::new(.., json!({..}))`
/// in the sources, and the plain fields of the records a change of the
/// catalogue, the gateways or the payout addresses carries.
fn audit_detail_names() -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for text in rust_sources() {
        for (at, _) in text.match_indices("AuditEntry::new(") {
            // The details are given within the call's first few lines.
            let call: String = text[at..].chars().take(400).collect();
            let Some(open) = call.find("json!({") else {
                continue;
            };
            let body = &call[open + 7..];
            let body = &body[..body.find('}').unwrap_or(body.len())];
            for part in body.split(',') {
                if let Some((key, _)) = part.trim().split_once("\":") {
                    names.insert(key.trim_start_matches('"').to_string());
                }
            }
        }
    }
    let item = counterpay_core::catalog::CatalogItem::from_input(
        "Tea",
        "1",
        None,
        Some("8"),
        Some("Drinks"),
        &counterpay_core::Fiat::parse("EUR").unwrap(),
    )
    .unwrap();
    let provider = counterpay_core::ProviderConfig {
        id: "p".into(),
        name: "demo".into(),
        kind: counterpay_core::ProviderKind::Sandbox,
        base_url: Some("http://127.0.0.1".into()),
        options: Default::default(),
        is_default: true,
    };
    let address = counterpay_journal::PayoutAddress {
        id: 1,
        label: "cold".into(),
        asset: "BTC".into(),
        address: "bc1q".into(),
        added_at: "2026-12-01T00:00:00Z".into(),
    };
    for record in [
        serde_json::to_value(item).unwrap(),
        serde_json::to_value(provider).unwrap(),
        serde_json::to_value(address).unwrap(),
    ] {
        for (key, value) in record.as_object().unwrap() {
            if !value.is_object() && !value.is_array() {
                names.insert(key.clone());
            }
        }
    }
    // Sealed keys are said as a whole, not as a detail.
    names.remove("sealed");
    assert!(names.len() > 40, "{names:?}");
    names
}

/// Elements whose words are not shown as text.
const VOID: [&str; 6] = ["input", "br", "img", "meta", "link", "hr"];
/// Attributes a person reads or hears.
const READ_ATTRIBUTES: [&str; 4] = ["placeholder", "aria-label", "title", "alt"];

/// The words in the markup that no message gives: text directly inside
/// an element without `data-l10n-id`, and read attributes on one.
fn unmarked_words_in(file: &str, text: &str) -> Vec<String> {
    let has_words = |s: &str| s.chars().any(|c| c.is_alphabetic());
    let mut open: Vec<(String, bool)> = Vec::new();
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find('<') {
        let words = rest[..at].trim();
        let marked = open.last().is_some_and(|(_, marked)| *marked);
        let raw = open
            .iter()
            .any(|(tag, _)| tag == "script" || tag == "style");
        if has_words(words) && !marked && !raw {
            found.push(format!("{file}: text {words:?}"));
        }
        let end = rest[at..].find('>').expect("a tag is closed") + at;
        let tag = &rest[at + 1..end];
        rest = &rest[end + 1..];
        if tag.starts_with('!') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            let name = name.trim().to_ascii_lowercase();
            if let Some(i) = open.iter().rposition(|(t, _)| *t == name) {
                open.truncate(i);
            }
            continue;
        }
        let name: String = tag
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '/')
            .collect::<String>()
            .to_ascii_lowercase();
        // `translate="no"`: a name, the same in every language.
        let marked = tag.contains("data-l10n-id=") || tag.contains("translate=\"no\"");
        for attribute in READ_ATTRIBUTES {
            if let Some(i) = tag.find(&format!(" {attribute}=\"")) {
                let value: String = tag[i + attribute.len() + 3..]
                    .chars()
                    .take_while(|c| *c != '"')
                    .collect();
                if has_words(&value) && !marked {
                    found.push(format!("{file}: {attribute} {value:?}"));
                }
            }
        }
        if !VOID.contains(&name.as_str()) && !tag.ends_with('/') {
            open.push((name, marked));
        }
    }
    found
}

/// Words put on screen by script without a message: a quoted string with
/// letters given to what a person reads.
fn unmarked_words_in_scripts() -> Vec<String> {
    let sinks = [
        ".textContent = ",
        ".placeholder = ",
        ".title = ",
        ".ariaLabel = ",
        ".label = ",
        "alert(",
        "confirm(",
        "setAttribute(\"aria-label\", ",
        "setAttribute(\"title\", ",
        "setAttribute(\"placeholder\", ",
    ];
    let mut found = Vec::new();
    for dir in [ui(), ui().join("owner")] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "js") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            for (n, line) in text.lines().enumerate() {
                for sink in sinks {
                    let Some(at) = line.find(sink) else { continue };
                    let given = line[at + sink.len()..].trim_start();
                    let quoted = given.starts_with(['"', '\'', '`']);
                    let words: String = given
                        .chars()
                        .skip(1)
                        .take_while(|c| !"\"'`$".contains(*c))
                        .collect();
                    if quoted && words.chars().any(|c| c.is_alphabetic()) {
                        found.push(format!("{name}:{}: {}", n + 1, line.trim()));
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_word_on_screen_comes_from_the_catalogue() {
    let page = |file: &str| std::fs::read_to_string(ui().join(file)).unwrap();
    let mut found = unmarked_words_in("index.html", &page("index.html"));
    found.extend(unmarked_words_in("customer.html", &page("customer.html")));
    found.extend(unmarked_words_in_scripts());
    assert!(
        found.is_empty(),
        "{} words on screen no message gives:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_word_finder_finds_words_outside_messages() {
    // A page with one marked and two unmarked words, checked like the real
    // ones, so the test above cannot pass by finding nothing.
    let found = unmarked_words_in(
        "check.html",
        "<div><p data-l10n-id=\"x\">Marked</p><p>Loose</p><input placeholder=\"Typed\"></div>",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found[0].contains("Loose") && found[1].contains("Typed"),
        "{found:?}"
    );
}
