use super::*;
use counterpay_core::{ProviderConfig, ProviderKind};
use std::collections::BTreeMap;

fn provider(name: &str, is_default: bool) -> ProviderConfig {
    ProviderConfig {
        name: name.into(),
        kind: ProviderKind::Sandbox,
        base_url: None,
        options: BTreeMap::from([("protocol".to_string(), "cryptofuse".to_string())]),
        is_default,
    }
}

#[test]
fn providers_are_added_listed_and_removed() {
    let (_dir, j) = journal();
    j.add_provider(&provider("demo", false)).unwrap();
    j.add_provider(&provider("shop", true)).unwrap();
    assert_eq!(
        j.providers().unwrap(),
        vec![provider("demo", false), provider("shop", true)]
    );
    j.add_provider(&provider("third", true)).unwrap();
    let defaults: Vec<_> = j
        .providers()
        .unwrap()
        .into_iter()
        .filter(|p| p.is_default)
        .collect();
    assert_eq!(defaults, vec![provider("third", true)]);
    j.remove_provider("demo").unwrap();
    assert_eq!(j.providers().unwrap().len(), 2);
}

#[test]
fn duplicate_unknown_and_bad_names_are_refused_with_a_reason() {
    let (_dir, j) = journal();
    j.add_provider(&provider("demo", false)).unwrap();
    let dup = j
        .add_provider(&provider("demo", false))
        .unwrap_err()
        .to_string();
    assert!(dup.contains("exists already"), "{dup}");
    let missing = j.remove_provider("nope").unwrap_err().to_string();
    assert_eq!(missing, "no provider named nope");
    assert!(j.add_provider(&provider("my shop", false)).is_err());
}
