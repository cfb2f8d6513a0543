//! The audit trail: configuration derived from it, people and their PINs'
//! history in it, and what an older version left adopted into it.

use super::*;
use counterpay_core::{ProviderConfig, ProviderKind, Role, StaffRecord};
use counterpay_journal::VerifyError;

fn person(j: &Journal, name: &str, role: Role) -> StaffRecord {
    let r = StaffRecord {
        id: j.new_staff_id(),
        name: name.into(),
        role,
        pin_hash: format!("$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$hash-of-{name}"),
        peppered: true,
        added_at: counterpay_core::invoice::timestamp::now(),
        removed_at: None,
    };
    let entry = AuditEntry::new(&actor(), "staff_added", serde_json::json!({"name": name}));
    j.save_staff(&r, &entry).unwrap();
    r
}

#[test]
fn settings_providers_and_addresses_edited_behind_the_app_fail_verify() {
    for sql in [
        "UPDATE settings SET value = 'EUR' WHERE key = 'fiat'",
        "INSERT INTO settings (key, value, updated_at) VALUES ('update_endpoint', 'https://evil', '')",
        "UPDATE providers SET base_url = 'https://evil.example'",
        "UPDATE providers SET is_default = 1",
        "UPDATE payout_addresses SET address = 'TXevilevilevilevilevilevilevilevil1'",
        "DELETE FROM payout_addresses",
    ] {
        let (dir, j) = journal();
        j.set_setting("fiat", "USD", &actor()).unwrap();
        j.add_provider(
            &ProviderConfig {
                id: String::new(),
                name: "fuse".into(),
                kind: ProviderKind::Cryptofuse,
                base_url: Some("https://api.cryptofuse.com".into()),
                options: Default::default(),
                is_default: false,
            },
            &actor(),
        )
        .unwrap();
        j.add_payout_address("Mine", "USDTTRC20", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", &actor())
            .unwrap();
        j.verify(&[]).unwrap();
        tamper(&dir, sql);
        let e = j.verify(&[]).unwrap_err();
        assert!(matches!(e, VerifyError::Config(_)), "{sql}: {e}");
    }
}

#[test]
fn each_change_is_on_the_trail_with_its_actor_and_no_repeat_for_the_same_value() {
    let (_dir, j) = journal();
    j.set_setting("shop_name", "Corner", &actor()).unwrap();
    j.set_setting("shop_name", "Corner", &actor()).unwrap();
    j.set_setting("shop_name", "Corner Café", &actor()).unwrap();
    let now = chrono::Utc::now();
    let trail = j
        .audit_between(
            now - chrono::Duration::hours(1),
            now + chrono::Duration::hours(1),
        )
        .unwrap();
    assert_eq!(trail.len(), 2);
    assert_eq!(trail[1].actor, "Olga");
    assert_eq!(trail[1].action, "setting_changed");
    assert_eq!(trail[1].details["previous"], "Corner");
    assert_eq!(trail[1].details["value"], "Corner Café");
    assert_eq!(
        j.setting("shop_name").unwrap().as_deref(),
        Some("Corner Café")
    );
}

#[test]
fn people_are_derived_from_their_events_and_a_swapped_pin_hash_shows() {
    let (dir, j) = journal();
    let owner = person(&j, "Olga", Role::Owner);
    let ana = person(&j, "Ana", Role::Cashier);
    assert_eq!(j.owner().unwrap().unwrap(), owner);
    assert_eq!(j.staff_named("ANA").unwrap().unwrap(), ana);
    assert_eq!(j.staff().unwrap(), vec![owner.clone(), ana.clone()]);
    let clash = StaffRecord {
        id: j.new_staff_id(),
        ..ana.clone()
    };
    let e = j.save_staff(&clash, &entry()).unwrap_err();
    assert!(e.to_string().contains("already on the staff"), "{e}");
    let second_owner = StaffRecord {
        id: j.new_staff_id(),
        name: "Otto".into(),
        ..owner.clone()
    };
    let e = j.save_staff(&second_owner, &entry()).unwrap_err();
    assert!(e.to_string().contains("one owner"), "{e}");
    j.check_live_state(None).unwrap();
    j.verify(&[]).unwrap();

    tamper(
        &dir,
        &format!(
            "UPDATE staff SET body = replace(body, 'hash-of-Olga', 'hash-of-mallory') WHERE id = '{}'",
            owner.id
        ),
    );
    let e = j.check_live_state(None).unwrap_err();
    assert!(matches!(e, VerifyError::Staff { .. }), "{e}");
    assert!(matches!(j.verify(&[]), Err(VerifyError::Staff { .. })));
}

#[test]
fn wrong_pins_are_counted_from_the_chain_until_a_right_one() {
    let (_dir, j) = journal();
    let ana = person(&j, "Ana", Role::Cashier);
    let failed = AuditEntry::new(
        &actor(),
        "pin_failed",
        serde_json::json!({"purpose": "sign in"}),
    );
    let lock_at_3 = |n: u32| {
        (n >= 3)
            .then(|| AuditEntry::new(&actor(), "locked_out", serde_json::json!({"seconds": 30})))
    };
    for expected in 1..=2 {
        let (n, locked) = j.record_pin_failure(&ana.id, &failed, lock_at_3).unwrap();
        assert_eq!((n, locked.is_some()), (expected, false));
    }
    let (n, locked) = j.record_pin_failure(&ana.id, &failed, lock_at_3).unwrap();
    assert_eq!(n, 3);
    assert!(locked.is_some());
    let history = j.pin_history(&ana.id).unwrap();
    assert_eq!(history.failures, 3);
    assert_eq!(history.lockout.unwrap().details["seconds"], 30);
    j.record_person(
        &ana.id,
        &AuditEntry::new(&actor(), "signed_in", serde_json::json!({})),
    )
    .unwrap();
    assert_eq!(j.pin_history(&ana.id).unwrap(), Default::default());
    j.verify(&[]).unwrap();
}

#[test]
fn what_an_older_version_left_is_adopted_onto_the_trail_once() {
    let (dir, j) = journal();
    drop(j);
    // As version 0.1 left it: settings and an owner PIN outside the chain.
    tamper(
        &dir,
        "INSERT INTO settings (key, value, updated_at) VALUES ('fiat', 'EUR', ''),
           ('owner.pin_hash', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$old', ''),
           ('owner.failures', '3', '');
         INSERT INTO providers (id, name, kind, base_url, options, is_default, created_at)
           VALUES ('demo', 'demo', 'sandbox', NULL, '{}', 1, '');",
    );
    let j = Journal::open(&dir.path().join(counterpay_journal::FILE_NAME)).unwrap();
    j.adopt_legacy_config().unwrap();
    let owner = j.owner().unwrap().unwrap();
    assert_eq!(owner.role, Role::Owner);
    assert!(!owner.peppered);
    assert!(owner.pin_hash.ends_with("$old"));
    assert_eq!(j.setting("owner.failures").unwrap(), None);
    assert_eq!(j.setting("fiat").unwrap().as_deref(), Some("EUR"));
    assert_eq!(j.providers().unwrap()[0].id, "demo");
    j.verify(&[]).unwrap();
    let events = j.verify(&[]).unwrap().events;
    drop(j);
    let j = Journal::open(&dir.path().join(counterpay_journal::FILE_NAME)).unwrap();
    j.adopt_legacy_config().unwrap();
    assert_eq!(j.verify(&[]).unwrap().events, events);
}
