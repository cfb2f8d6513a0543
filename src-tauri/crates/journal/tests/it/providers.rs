use super::*;
use counterpay_core::{ProviderConfig, ProviderKind};
use std::collections::BTreeMap;

fn provider(name: &str, is_default: bool) -> ProviderConfig {
    ProviderConfig {
        id: String::new(),
        name: name.into(),
        kind: ProviderKind::Sandbox,
        base_url: None,
        options: BTreeMap::from([("protocol".to_string(), "cryptofuse".to_string())]),
        is_default,
    }
}

fn without_ids(list: Vec<ProviderConfig>) -> Vec<ProviderConfig> {
    list.into_iter()
        .map(|p| ProviderConfig {
            id: String::new(),
            ..p
        })
        .collect()
}

#[test]
fn providers_are_added_listed_and_removed() {
    let (_dir, j) = journal();
    j.add_provider(&provider("demo", false), &actor()).unwrap();
    j.add_provider(&provider("shop", true), &actor()).unwrap();
    assert_eq!(
        without_ids(j.providers().unwrap()),
        vec![provider("demo", false), provider("shop", true)]
    );
    j.add_provider(&provider("third", true), &actor()).unwrap();
    let defaults: Vec<_> = without_ids(j.providers().unwrap())
        .into_iter()
        .filter(|p| p.is_default)
        .collect();
    assert_eq!(defaults, vec![provider("third", true)]);
    j.remove_provider("demo", &actor()).unwrap();
    assert_eq!(j.providers().unwrap().len(), 2);
}

#[test]
fn duplicate_unknown_and_bad_names_are_refused_with_a_reason() {
    let (_dir, j) = journal();
    j.add_provider(&provider("demo", false), &actor()).unwrap();
    let dup = j
        .add_provider(&provider("demo", false), &actor())
        .unwrap_err()
        .to_string();
    assert!(dup.contains("exists already"), "{dup}");
    let missing = j.remove_provider("nope", &actor()).unwrap_err().to_string();
    assert_eq!(missing, "no provider named nope");
    assert!(j
        .add_provider(&provider("my shop", false), &actor())
        .is_err());
}

#[test]
fn a_provider_added_again_gets_a_new_id_and_the_default_is_its_own_change() {
    let (_dir, j) = journal();
    let first = j.add_provider(&provider("fuse", false), &actor()).unwrap();
    assert!(
        first.id.starts_with('P') && first.id.len() == 11,
        "{}",
        first.id
    );
    j.add_provider(&provider("scan", false), &actor()).unwrap();
    j.remove_provider("fuse", &actor()).unwrap();
    let again = j.add_provider(&provider("fuse", false), &actor()).unwrap();
    assert_ne!(first.id, again.id);
    assert!(j.providers().unwrap().iter().all(|p| !p.is_default));
    j.set_default_provider("scan", &actor()).unwrap();
    let defaults: Vec<String> = j
        .providers()
        .unwrap()
        .into_iter()
        .filter(|p| p.is_default)
        .map(|p| p.name)
        .collect();
    assert_eq!(defaults, vec!["scan".to_string()]);
    assert!(j.set_default_provider("nope", &actor()).is_err());
    let actions: Vec<String> = j
        .audit_between(
            chrono::Utc::now() - chrono::Duration::hours(1),
            chrono::Utc::now() + chrono::Duration::hours(1),
        )
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(
        actions,
        [
            "provider_added",
            "provider_added",
            "provider_removed",
            "provider_added",
            "default_provider_set"
        ]
    );
    j.verify(&[]).unwrap();
}
