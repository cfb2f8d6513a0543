//! Running a shop: backups while the till works, restoring into a new
//! data dir, the owner's recovery code, the X-report, logs and
//! diagnostics.

use super::*;

const OWNER: &str = "246813";
const NEW_OWNER: &str = "975310";

/// A till set up by its owner, with the recovery code setup showed.
fn set_up() -> (Till, String) {
    let t = Till::new();
    t.ok(&["provider", "add", "demo", "--kind", "sandbox"]);
    let done = t
        .clone_with_env("COUNTERPAY_OWNER_PIN", OWNER)
        .ok(&["setup", "--shop", "Corner", "--json"])
        .json();
    let code = done["recovery_code"].as_str().unwrap().to_string();
    (t, code)
}

fn ids(list: &[Value]) -> Vec<String> {
    let mut ids: Vec<String> = list
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids
}

#[test]
fn a_backup_taken_while_watch_runs_restores_into_a_new_till_and_verifies() {
    let (t, _) = set_up();
    let paid = t.charge(&["12.50", "--currency", "USDTTRC20"]);
    t.ok(&["sandbox", "pay", paid["id"].as_str().unwrap()]);
    t.charge(&["3.20", "--currency", "USDTTRC20"]);
    let mut watch = t.spawn(&["watch"]);
    // Sales go on while the copy is taken.
    let file = t.log_dir().join("during-watch.db");
    let made = std::thread::scope(|s| {
        let seller = s.spawn(|| {
            for n in 1..=5 {
                t.charge(&[&format!("1.0{n}"), "--currency", "USDTTRC20"]);
            }
        });
        let made = t.ok(&["backup", file.to_str().unwrap(), "--json"]).json();
        seller.join().unwrap();
        made
    });
    watch.kill().unwrap();
    watch.wait().unwrap();
    assert!(made["events"].as_i64().unwrap() > 0, "{made}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(
            mode & 0o077,
            0,
            "the backup is readable by others: {mode:o}"
        );
    }

    // A second backup to the same name is refused, not overwritten.
    t.run(&["backup", file.to_str().unwrap()])
        .fails_with("exists already");

    let new = Till::new();
    let restored = new
        .ok(&["restore", file.to_str().unwrap(), "--json"])
        .json();
    new.ok(&["journal", "verify"]);
    // The copy is of one moment: every sale journaled by then, none after.
    let copied = ids(&new.invoices());
    let all = ids(&t.invoices());
    assert_eq!(restored["invoices"].as_u64(), Some(copied.len() as u64));
    assert!(
        copied.len() >= 2 && copied.iter().all(|i| all.contains(i)),
        "{copied:?}"
    );
    assert!(new
        .audit_actions()
        .contains(&"journal_restored".to_string()));
    // The restored till takes the owner's PIN it had.
    new.clone_with_env("COUNTERPAY_OWNER_PIN", OWNER)
        .ok(&["settings", "set", "sound", "off"]);

    // Restoring over a till that has a journal is refused, and leaves it.
    let head = t.ok(&["journal", "head"]).stdout;
    t.run(&["restore", file.to_str().unwrap()])
        .fails_with("is not empty");
    assert_eq!(t.ok(&["journal", "head"]).stdout, head);
}

#[test]
fn a_backup_holds_neither_the_tills_keys_nor_a_pin() {
    let (t, _) = set_up();
    t.charge(&["5", "--currency", "USDTTRC20"]);
    let file = t.log_dir().join("copy.db");
    t.ok(&["backup", file.to_str().unwrap()]);
    let copy = std::fs::read(&file).unwrap();
    let copy = String::from_utf8_lossy(&copy);
    // Without a keyring here, the keys sit beside the journal: none of
    // their hex may be in the copy.
    let keys: Value = serde_json::from_str(
        &std::fs::read_to_string(t.data_dir().join("till-keys.json")).unwrap(),
    )
    .unwrap();
    for secret in ["chain_key", "pepper"] {
        let hex = keys[secret].as_str().unwrap();
        assert_eq!(hex.len(), 64);
        assert!(!copy.contains(hex), "the backup holds the {secret}");
    }
    assert!(!copy.contains(OWNER), "the backup holds the owner PIN");
}

#[test]
fn on_another_machine_a_restore_needs_the_recovery_code() {
    let (t, code) = set_up();
    t.charge(&["7.77", "--currency", "USDTTRC20"]);
    let file = t.log_dir().join("moving.db");
    t.ok(&["backup", file.to_str().unwrap()]);
    // Another machine: the keys of the till the backup came from are not
    // to be found there.
    std::fs::remove_file(t.data_dir().join("till-keys.json")).unwrap();

    let new = Till::new();
    new.run(&["restore", file.to_str().unwrap()])
        .fails_with("recovery code");
    new.run(&[
        "restore",
        file.to_str().unwrap(),
        "--recovery-code",
        "00000-00000-00000-00000",
    ])
    .fails_with("wrong recovery code");
    assert_eq!(
        std::fs::read_dir(new.data_dir()).unwrap().count(),
        0,
        "a refused restore leaves the data dir empty"
    );
    new.clone_with_env("COUNTERPAY_RECOVERY_CODE", &code.to_lowercase())
        .ok(&["restore", file.to_str().unwrap()]);
    new.ok(&["journal", "verify"]);
    assert_eq!(new.invoices().len(), 1);
    // The pepper came along: the owner's PIN still opens the till.
    new.clone_with_env("COUNTERPAY_OWNER_PIN", OWNER)
        .ok(&["settings", "set", "sound", "off"]);
}

#[test]
fn the_recovery_code_resets_the_owner_pin_and_a_wrong_one_counts_as_a_wrong_pin() {
    let (t, code) = set_up();
    let with_new_pin = t.clone_with_env("COUNTERPAY_OWNER_PIN", NEW_OWNER);
    with_new_pin
        .run(&[
            "owner",
            "reset-pin",
            "--recovery-code",
            "AAAAA-BBBBB-CCCCC-DDDDD",
        ])
        .fails_with("wrong recovery code; 4 more tries");
    // The old PIN still works, and its right try ends the run of wrong ones.
    let next = with_new_pin
        .ok(&["owner", "reset-pin", "--recovery-code", &code, "--json"])
        .json();
    let next = next["recovery_code"].as_str().unwrap();
    assert_ne!(next, code);
    t.clone_with_env("COUNTERPAY_OWNER_PIN", OWNER)
        .run(&["settings", "set", "sound", "off"])
        .fails_with("wrong PIN");
    with_new_pin.ok(&["settings", "set", "sound", "off"]);
    // The code used is spent; the new one works.
    with_new_pin
        .run(&["owner", "reset-pin", "--recovery-code", &code])
        .fails_with("wrong recovery code");
    t.clone_with_env("COUNTERPAY_OWNER_PIN", OWNER).ok(&[
        "owner",
        "reset-pin",
        "--recovery-code",
        next,
    ]);
    let actions = t.audit_actions();
    assert_eq!(
        actions.iter().filter(|a| *a == "owner_pin_reset").count(),
        2,
        "{actions:?}"
    );
    assert!(actions.iter().filter(|a| *a == "pin_failed").count() >= 3);
}

#[test]
fn five_wrong_recovery_codes_lock_the_owner_out() {
    let (t, code) = set_up();
    let with_new_pin = t.clone_with_env("COUNTERPAY_OWNER_PIN", NEW_OWNER);
    for _ in 0..5 {
        with_new_pin.run(&["owner", "reset-pin", "--recovery-code", "WRONG"]);
    }
    with_new_pin
        .run(&["owner", "reset-pin", "--recovery-code", &code])
        .fails_with("too many wrong PINs");
}

#[test]
fn the_x_report_counts_the_open_shift_and_starts_again_after_a_close() {
    let (t, _) = set_up();
    let sale = t.charge(&["10.00", "--currency", "USDTTRC20"]);
    t.ok(&["sandbox", "pay", sale["id"].as_str().unwrap()]);
    t.settle();
    let before = t.ok(&["report", "--shift", "current", "--json"]).json();
    assert_eq!(before["shift"], "current");
    assert_eq!(before["sealed"], false);
    assert_eq!(before["number"], 1);
    assert_eq!(before["summary"]["invoices"], 1, "{before}");
    // Reading it seals nothing.
    t.run(&["report", "--shift", "1"])
        .fails_with("no shift 1 has been closed");

    let z = t
        .clone_with_env("COUNTERPAY_OWNER_PIN", OWNER)
        .ok(&["shift", "close", "--json"])
        .json();
    assert_eq!(z["summary"], before["summary"]);
    let after = t.ok(&["report", "--shift", "current", "--json"]).json();
    assert_eq!(after["number"], 2);
    assert_eq!(after["summary"]["invoices"], 0, "{after}");
    let text = t.ok(&["report", "--shift", "current"]).stdout;
    assert!(text.contains("X-report"), "{text}");
    let bad = t.run(&["report", "--shift", "later"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.contains("give a shift's number, or current"),
        "{}",
        bad.stderr
    );
}

#[test]
fn the_log_is_a_file_and_diagnostics_tell_support_everything_but_secrets() {
    let (t, _) = set_up();
    let secret = "s3cr3t-client-value";
    let env = [
        ("COUNTERPAY_FUSE_CLIENT_ID", "id-value-123"),
        ("COUNTERPAY_FUSE_CLIENT_SECRET", secret),
        ("COUNTERPAY_OWNER_PIN", OWNER),
    ];
    let mut with = t.clone_with_env(env[0].0, env[0].1);
    for (k, v) in &env[1..] {
        with = with.and(k, v);
    }
    with.ok(&[
        "provider",
        "add",
        "fuse",
        "--kind",
        "cryptofuse",
        "--base-url",
        "http://127.0.0.1:9",
    ]);
    // A refused charge leaves a warning in the log.
    with.run(&[
        "charge",
        "1",
        "--currency",
        "USDTTRC20",
        "--provider",
        "fuse",
    ]);
    t.charge(&["2", "--currency", "USDTTRC20", "--provider", "demo"]);
    let logs = walk(t.log_dir());
    assert_eq!(logs.len(), 1, "{logs:?}");
    let log = std::fs::read_to_string(&logs[0]).unwrap();
    assert!(log.contains("invoice created"), "{log}");

    let text = with.ok(&["diagnostics"]).stdout;
    let json = with.ok(&["diagnostics", "--json"]);
    for out in [&text, &json.stdout] {
        assert!(!out.contains(secret), "{out}");
        assert!(!out.contains("id-value-123"), "{out}");
        assert!(!out.contains(OWNER), "{out}");
    }
    let d = json.json();
    assert_eq!(d["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(d["journal"]["ok"], true);
    assert_eq!(d["set_up"], true);
    let fuse = d["providers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "fuse")
        .expect("the provider is listed");
    assert_eq!(fuse["base_url"], "http://127.0.0.1:9");
    assert!(
        d["last_errors"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l.as_str().unwrap().contains("WARN")),
        "{d}"
    );
    assert!(text.contains("Journal:   verified"), "{text}");
}

#[test]
fn the_owner_confirms_an_underpaid_cryptoscan_invoice_by_hand() {
    let (t, _) = set_up();
    let owner = t.clone_with_env("COUNTERPAY_OWNER_PIN", OWNER);
    owner.ok(&[
        "provider",
        "add",
        "scan",
        "--kind",
        "sandbox",
        "--option",
        "protocol=cryptoscan",
    ]);
    let sale = t.charge(&["20", "--currency", "USDTTRC20", "--provider", "scan"]);
    let id = sale["id"].as_str().unwrap();
    // Part of it arrives, then its time runs out.
    t.ok(&["sandbox", "pay", id, "--amount", "5"]);
    t.ok(&["sandbox", "expire", id]);
    let closed = t.settle()["status"].as_str().unwrap().to_string();
    assert!(
        matches!(closed.as_str(), "underpaid" | "expired"),
        "{closed}"
    );

    // The PIN first, and only for an invoice that needs it.
    t.run(&["confirm", id, "--txid", "0xfeed"])
        .fails_with("the owner's PIN is needed to confirm a payment by hand");
    let confirmed = owner
        .ok(&[
            "confirm",
            id,
            "--txid",
            "0xfeed",
            "--reason",
            "the rest came from an exchange",
            "--json",
        ])
        .json();
    assert_eq!(confirmed["status"], "paid");
    assert!(
        confirmed["flags"]
            .as_array()
            .unwrap()
            .contains(&Value::from("confirmed_manually")),
        "{confirmed}"
    );
    owner
        .run(&["confirm", id, "--txid", "0xfeed"])
        .fails_with("only an underpaid or expired invoice");
    let report = t.ok(&["report", "--json"]).json();
    let exceptions = report["exceptions"].as_array().unwrap();
    assert_eq!(exceptions.len(), 1, "{report}");
    assert_eq!(
        exceptions[0]["flags"],
        serde_json::json!(["confirmed_manually"])
    );
    assert_eq!(report["totals"]["USD"]["amount"], "20.00");
    assert!(t
        .audit_actions()
        .contains(&"confirmed_manually".to_string()));

    // A gateway without a way to confirm says so.
    let other = t.charge(&["3", "--currency", "USDTTRC20", "--provider", "demo"]);
    let other = other["id"].as_str().unwrap();
    t.ok(&["sandbox", "expire", other]);
    t.settle();
    owner
        .run(&["confirm", other, "--txid", "0xbeef"])
        .fails_with("no way to confirm a payment by hand");
}

#[test]
fn a_backup_that_fails_verify_is_not_restored_and_leaves_nothing() {
    let (t, _) = set_up();
    t.charge(&["9.99", "--currency", "USDTTRC20"]);
    let file = t.log_dir().join("edited.db");
    t.ok(&["backup", file.to_str().unwrap()]);
    let conn = rusqlite::Connection::open(&file).unwrap();
    conn.execute(
        "UPDATE events SET body = replace(body, '9.99', '0.99') WHERE kind <> 'audit'",
        [],
    )
    .unwrap();
    drop(conn);
    let new = Till::new();
    let r = new.run(&["restore", file.to_str().unwrap()]);
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stderr.contains("journal verify"), "{}", r.stderr);
    assert_eq!(std::fs::read_dir(new.data_dir()).unwrap().count(), 0);
    // The same place takes the good backup afterwards.
    let good = t.log_dir().join("good.db");
    t.ok(&["backup", good.to_str().unwrap()]);
    new.ok(&["restore", good.to_str().unwrap()]);
    new.ok(&["journal", "verify"]);
}

#[test]
fn the_owner_makes_a_new_recovery_code_with_the_pin() {
    let (t, old) = set_up();
    t.run(&["owner", "recovery-code"])
        .fails_with("the owner's PIN is needed to make a new recovery code");
    let next = t
        .clone_with_env("COUNTERPAY_OWNER_PIN", OWNER)
        .ok(&["owner", "recovery-code", "--json"])
        .json();
    let next = next["recovery_code"].as_str().unwrap().to_string();
    let with_new_pin = t.clone_with_env("COUNTERPAY_OWNER_PIN", NEW_OWNER);
    with_new_pin
        .clone()
        .and("COUNTERPAY_RECOVERY_CODE", &old)
        .run(&["owner", "reset-pin"])
        .fails_with("wrong recovery code");
    with_new_pin
        .and("COUNTERPAY_RECOVERY_CODE", &next)
        .ok(&["owner", "reset-pin"]);
}
