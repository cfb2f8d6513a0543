//! The owner boundary on the command line: setup, PINs for every change
//! that can move or reroute money, staff, and the audit trail.

use super::*;

const OWNER: &str = "246813";

fn set_up() -> Till {
    let t = Till::new();
    t.ok(&["provider", "add", "demo", "--kind", "sandbox"]);
    t.clone_with_env("COUNTERPAY_OWNER_PIN", OWNER).ok(&[
        "setup",
        "--shop",
        "Corner Café",
        "--fiat",
        "EUR",
        "--owner",
        "Olga",
    ]);
    t
}

fn as_owner(t: &Till) -> TillView<'_> {
    t.clone_with_env("COUNTERPAY_OWNER_PIN", OWNER)
}

#[test]
fn setup_takes_a_six_digit_pin_once() {
    let t = Till::new();
    t.run(&["setup", "--shop", "Kiosk"]).fails_with(
        "a PIN is needed for the owner: type it on a terminal or set COUNTERPAY_OWNER_PIN",
    );
    t.clone_with_env("COUNTERPAY_OWNER_PIN", "12345")
        .run(&["setup", "--shop", "Kiosk"])
        .fails_with("6 to 12 digits");
    let done = t
        .clone_with_env("COUNTERPAY_OWNER_PIN", OWNER)
        .ok(&["setup", "--shop", "Kiosk", "--fiat", "gbp", "--json"])
        .json();
    assert_eq!(done["shop"], "Kiosk");
    assert_eq!(done["fiat"], "GBP");
    assert_eq!(done["owner"]["role"], "owner");
    assert!(done["till_id"].as_str().unwrap().starts_with('T'));
    t.clone_with_env("COUNTERPAY_OWNER_PIN", OWNER)
        .run(&["setup", "--shop", "Other"])
        .fails_with("set up already");
    let staff = t.ok(&["staff", "list", "--json"]).json();
    assert_eq!(staff["staff"].as_array().unwrap().len(), 1);
}

#[test]
fn changes_need_the_owners_pin_once_there_is_an_owner() {
    let t = set_up();
    let changes: [&[&str]; 7] = [
        &["provider", "add", "scan", "--kind", "cryptoscan"],
        &["provider", "default", "demo"],
        &["provider", "logout", "demo"],
        &["provider", "remove", "demo"],
        &["settings", "set", "sound", "off"],
        &["staff", "remove", "Olga"],
        &["shift", "close"],
    ];
    for args in changes {
        let r = t.run(args);
        assert_eq!(r.code, 1, "{args:?} went through without a PIN");
        r.fails_with("PIN is needed");
        let wrong = t.clone_with_env("COUNTERPAY_OWNER_PIN", "999999").run(args);
        assert_eq!(wrong.code, 1, "{args:?} went through with a wrong PIN");
        wrong.fails_with("PIN is needed");
    }
    // Wrong tries have locked the owner out by now; a lockout outlasts
    // every right PIN until it ends.
    as_owner(&t)
        .run(&["settings", "set", "sound", "off"])
        .fails_with("try again in");
    assert_eq!(t.ok(&["settings", "get", "sound"]).stdout.trim(), "on");
}

#[test]
fn with_the_pin_changes_go_through_and_the_audit_names_who() {
    let t = set_up();
    let o = as_owner(&t);
    o.ok(&["provider", "add", "scan", "--kind", "cryptoscan"]);
    o.ok(&["provider", "default", "scan"]);
    o.ok(&["settings", "set", "sound", "off"]);
    o.clone()
        .and("COUNTERPAY_STAFF_PIN", "1357")
        .ok(&["staff", "add", "Ana", "--role", "cashier"]);
    o.clone()
        .and("COUNTERPAY_STAFF_PIN", "8642")
        .ok(&["staff", "add", "Mia", "--role", "manager"]);
    o.ok(&["staff", "remove", "Ana"]);
    o.ok(&["provider", "remove", "scan"]);
    let staff = t.ok(&["staff", "list", "--json"]).json();
    let names: Vec<&str> = staff["staff"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Olga", "Mia"]);

    // A manager closes a shift with their own PIN; a cashier cannot.
    t.clone_with_env("COUNTERPAY_STAFF_PIN", "8642")
        .ok(&["shift", "close", "--staff", "Mia"]);
    o.clone()
        .and("COUNTERPAY_STAFF_PIN", "1111")
        .ok(&["staff", "add", "Bo", "--role", "cashier"]);
    t.clone_with_env("COUNTERPAY_STAFF_PIN", "1111")
        .run(&["shift", "close", "--staff", "Bo"])
        .fails_with("a manager's or the owner's PIN is needed");

    let audit = t.ok(&["audit", "--json"]).json();
    let events = audit["events"].as_array().unwrap();
    let by = |action: &str| -> Vec<(String, String)> {
        events
            .iter()
            .filter(|e| e["action"] == action)
            .map(|e| {
                (
                    e["actor"].as_str().unwrap().into(),
                    e["details"].to_string(),
                )
            })
            .collect()
    };
    assert_eq!(by("setup")[0].0, "Olga");
    assert!(by("provider_added")
        .iter()
        .any(|(who, d)| who == "Olga" && d.contains("\"scan\"")));
    assert_eq!(by("default_provider_set")[0].0, "Olga");
    assert!(by("setting_changed")
        .iter()
        .any(|(who, d)| who == "Olga" && d.contains("\"sound\"")));
    assert_eq!(by("staff_added").len(), 3);
    assert_eq!(by("staff_removed")[0].0, "Olga");
    assert_eq!(by("provider_removed")[0].0, "Olga");
    assert_eq!(by("shift_closed")[0].0, "Mia");
    for e in events {
        for key in ["at", "actor", "action", "details"] {
            assert!(e.get(key).is_some(), "{key} missing: {e}");
        }
    }
    let text = t.ok(&["audit"]).stdout;
    assert!(
        text.contains("Olga") && text.contains("provider_added"),
        "{text}"
    );
    t.ok(&["journal", "verify"]);
}

#[test]
fn a_cashier_is_a_staff_member_once_there_is_staff() {
    let t = Till::new();
    t.ok(&["provider", "add", "demo", "--kind", "sandbox"]);
    // Before setup a cashier is a free name, for scripts.
    let free = t.charge(&["1.00", "--currency", "USDTTRC20", "--cashier", "anyone"]);
    assert_eq!(free["cashier"], "anyone");
    t.clone_with_env("COUNTERPAY_OWNER_PIN", OWNER)
        .ok(&["setup", "--shop", "Kiosk"]);
    as_owner(&t)
        .and("COUNTERPAY_STAFF_PIN", "1357")
        .ok(&["staff", "add", "Ana", "--role", "cashier"]);
    t.run(&[
        "charge",
        "2.00",
        "--currency",
        "USDTTRC20",
        "--cashier",
        "Zed",
    ])
    .fails_with("no staff member named Zed; the staff are Owner, Ana");
    let sale = t.charge(&["2.00", "--currency", "USDTTRC20", "--cashier", "ana"]);
    assert_eq!(sale["cashier"], "Ana");
    assert!(sale["staff_id"].as_str().unwrap().starts_with('S'));
    as_owner(&t).ok(&["staff", "remove", "Ana"]);
    t.run(&[
        "charge",
        "2.00",
        "--currency",
        "USDTTRC20",
        "--cashier",
        "Ana",
    ])
    .fails_with("no staff member named Ana");
}

#[test]
fn base_urls_are_https_except_on_loopback_and_shown_in_the_list() {
    let t = set_up();
    let o = as_owner(&t);
    o.run(&[
        "provider",
        "add",
        "fuse",
        "--kind",
        "cryptofuse",
        "--base-url",
        "http://pay.example.com",
    ])
    .fails_with("use https://");
    o.ok(&[
        "provider",
        "add",
        "fuse",
        "--kind",
        "cryptofuse",
        "--base-url",
        "https://pay.example.com/",
    ]);
    o.ok(&[
        "provider",
        "add",
        "local",
        "--kind",
        "cryptofuse",
        "--base-url",
        "http://127.0.0.1:9",
    ]);
    let list = t.ok(&["provider", "list", "--json"]).json();
    let urls: Vec<(&str, &str)> = list["providers"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| Some((p["name"].as_str()?, p["base_url"].as_str()?)))
        .collect();
    assert!(
        urls.contains(&("fuse", "https://pay.example.com")),
        "{urls:?}"
    );
    assert!(urls.contains(&("local", "http://127.0.0.1:9")), "{urls:?}");
    // Added, not made the default.
    assert!(list["providers"]
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["is_default"] == false));
    assert!(t
        .ok(&["provider", "list"])
        .stdout
        .contains("https://pay.example.com"));
}

#[test]
fn wrong_pins_tried_side_by_side_all_count_and_the_clock_does_not_matter() {
    let t = set_up();
    // Eight wrong tries at once, from eight processes.
    let tries: Vec<_> = (0..8)
        .map(|_| {
            let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_counterpay"));
            cmd.env("COUNTERPAY_DATA_DIR", t.data_dir())
                .env("COUNTERPAY_OWNER_PIN", "000000")
                .args(["settings", "set", "sound", "off"])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped());
            cmd.spawn().unwrap()
        })
        .collect();
    for child in tries {
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(1));
    }
    let actions = t.audit_actions();
    let failed = actions.iter().filter(|a| *a == "pin_failed").count();
    let locked = actions.iter().filter(|a| *a == "locked_out").count();
    // Every try was counted (none slipped past the count), and once five
    // had failed the rest met a lockout without being tried.
    assert_eq!(failed, 5, "{actions:?}");
    assert_eq!(locked, 1);
    as_owner(&t)
        .run(&["settings", "set", "sound", "off"])
        .fails_with("try again in");
}

#[test]
fn an_owner_pin_from_before_keeps_working_and_is_hashed_again() {
    use argon2::password_hash::{rand_core::OsRng, PasswordHasher, SaltString};
    let t = Till::new();
    // A data dir as the version before staff accounts left it: no keys,
    // a provider and a 4-digit owner PIN hashed with argon2's defaults,
    // all outside the chain.
    let old = argon2::Argon2::default()
        .hash_password(b"1234", &SaltString::generate(&mut OsRng))
        .unwrap()
        .to_string();
    drop(counterpay_journal::Journal::open(&t.journal_path()).unwrap());
    let conn = rusqlite::Connection::open(t.journal_path()).unwrap();
    conn.execute_batch(&format!(
        "INSERT INTO settings (key, value, updated_at) VALUES ('owner.pin_hash', '{old}', ''),
           ('shop_name', 'Old Shop', '');
         INSERT INTO providers (id, name, kind, base_url, options, is_default, created_at)
           VALUES ('demo', 'demo', 'sandbox', NULL, '{{}}', 1, '');"
    ))
    .unwrap();
    drop(conn);
    t.run(&["settings", "set", "sound", "off"])
        .fails_with("PIN is needed");
    t.clone_with_env("COUNTERPAY_OWNER_PIN", "1234")
        .ok(&["settings", "set", "sound", "off"]);
    let actions = t.audit_actions();
    for expected in ["config_adopted", "staff_added", "pin_strengthened"] {
        assert!(
            actions.iter().any(|a| a == expected),
            "{expected}: {actions:?}"
        );
    }
    assert_eq!(
        t.ok(&["settings", "get", "shop_name"]).stdout.trim(),
        "Old Shop"
    );
    t.charge(&["2", "--currency", "USDTTRC20"]);
    // The old PIN still opens, now hashed the new way.
    t.clone_with_env("COUNTERPAY_OWNER_PIN", "1234")
        .ok(&["settings", "set", "sound", "on"]);
    t.ok(&["journal", "verify"]);
}

/// Runs SQL on the journal file, as someone with only the file would.
fn edit_file(t: &Till, sql: &str) {
    let conn = rusqlite::Connection::open(t.journal_path()).unwrap();
    conn.execute_batch(sql).unwrap();
}

#[test]
fn editing_the_file_alone_moves_no_money_and_lifts_no_pin() {
    // A gateway pointed elsewhere in the table: no credentials go there.
    let t = set_up();
    edit_file(&t, "UPDATE providers SET base_url = 'https://evil.example'");
    t.run(&["charge", "5", "--currency", "USDTTRC20"])
        .fails_with("changed outside Counterpay");
    assert_eq!(t.run(&["journal", "verify"]).code, 4);

    // The owner's row deleted, and an old-style owner PIN planted: still
    // no change without the real owner's PIN, and the planted one opens
    // nothing.
    let t = set_up();
    let planted = {
        use argon2::password_hash::{rand_core::OsRng, PasswordHasher, SaltString};
        argon2::Argon2::default()
            .hash_password(b"1234", &SaltString::generate(&mut OsRng))
            .unwrap()
            .to_string()
    };
    edit_file(
        &t,
        &format!(
            "DELETE FROM staff;
             INSERT INTO settings (key, value, updated_at) VALUES ('owner.pin_hash', '{planted}', '');"
        ),
    );
    t.run(&["settings", "set", "sound", "off"])
        .fails_with("changed outside Counterpay");
    t.clone_with_env("COUNTERPAY_OWNER_PIN", "1234")
        .run(&["provider", "add", "evil", "--kind", "sandbox"])
        .fails_with("changed outside Counterpay");
    // Nor does the till count as new: no second owner is set up.
    t.clone_with_env("COUNTERPAY_OWNER_PIN", "13579135")
        .run(&["setup", "--shop", "Evil", "--owner", "Eve"])
        .fails_with("changed outside Counterpay");

    // Wrong tries deleted from the file do not lift a lockout.
    let t = set_up();
    for _ in 0..5 {
        t.clone_with_env("COUNTERPAY_OWNER_PIN", "999999")
            .run(&["settings", "set", "sound", "off"]);
    }
    edit_file(
        &t,
        "DELETE FROM events WHERE kind = 'audit' AND body LIKE '%pin_failed%';
         DELETE FROM events WHERE kind = 'audit' AND body LIKE '%locked_out%';",
    );
    as_owner(&t)
        .run(&["settings", "set", "sound", "off"])
        .fails_with("changed outside Counterpay");
    assert_eq!(t.ok(&["settings", "get", "sound"]).stdout.trim(), "on");
}
