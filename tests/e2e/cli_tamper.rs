//! History that cannot be rewritten by whoever holds only the journal
//! file: the chain is keyed with a secret in the OS keyring, and its
//! newest event is recorded there too.

use super::cli_keyring::Keyring;
use super::*;

/// Edits every sale's amount and recomputes every hash as a plain chain:
/// what someone with the file and the sqlite3 tool could do.
fn rewrite_with_recomputed_hashes(t: &Till) {
    let conn = rusqlite::Connection::open(t.journal_path()).unwrap();
    let rows: Vec<(i64, String, String, String, String)> = conn
        .prepare("SELECT seq, at, kind, invoice_id, body FROM events ORDER BY seq")
        .unwrap()
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut prev = "0".repeat(64);
    for (seq, at, kind, subject, body) in rows {
        let body = body.replace("\"12.50\"", "\"1.25\"");
        let hash =
            counterpay_journal::event_hash(None, seq, &at, &kind, &subject, body.as_bytes(), &prev);
        conn.execute(
            "UPDATE events SET body = ?2, prev_hash = ?3, hash = ?4 WHERE seq = ?1",
            rusqlite::params![seq, body, prev, hash],
        )
        .unwrap();
        prev = hash;
    }
    conn.execute(
        "UPDATE invoices SET amount_fiat = '1.25', body = replace(body, '\"12.50\"', '\"1.25\"')",
        [],
    )
    .unwrap();
}

/// Removes the newest sale whole, events and derived row: a shorter but
/// self-consistent journal.
fn cut_the_newest_sale(t: &Till) {
    let conn = rusqlite::Connection::open(t.journal_path()).unwrap();
    let id: String = conn
        .query_row(
            "SELECT invoice_id FROM events WHERE kind IN ('intent', 'created', 'updated')
             ORDER BY seq DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    conn.execute_batch(&format!(
        "DELETE FROM events WHERE invoice_id = '{id}' OR seq > (SELECT min(seq) FROM events WHERE invoice_id = '{id}');
         DELETE FROM invoices WHERE id = '{id}';"
    ))
    .unwrap();
}

const JOURNAL_FILES: [&str; 3] = [
    "journal.sqlite3",
    "journal.sqlite3-wal",
    "journal.sqlite3-shm",
];

/// A copy of the journal's files as they are now.
fn keep_copy(t: &Till) -> TempDir {
    let copy = tempfile::tempdir().unwrap();
    for f in JOURNAL_FILES {
        let from = t.data_dir().join(f);
        if from.exists() {
            std::fs::copy(&from, copy.path().join(f)).unwrap();
        }
    }
    copy
}

/// The journal's files put back as `copy` holds them.
fn put_back(t: &Till, copy: &TempDir) {
    for f in JOURNAL_FILES {
        let (from, to) = (copy.path().join(f), t.data_dir().join(f));
        let _ = std::fs::remove_file(&to);
        if from.exists() {
            std::fs::copy(&from, &to).unwrap();
        }
    }
}

fn two_sales(t: &Till) {
    t.ok(&["provider", "add", "demo", "--kind", "sandbox"]);
    for _ in 0..2 {
        let sale = t.charge(&["12.50", "--currency", "USDTTRC20"]);
        t.ok(&["sandbox", "pay", sale["id"].as_str().unwrap()]);
        t.settle();
    }
}

#[test]
fn with_the_key_in_the_keyring_a_rewrite_or_a_cut_tail_fails_verify() {
    let keyring = Keyring::start();
    let t = Till::new().with_env("DBUS_SESSION_BUS_ADDRESS", &keyring.address);
    two_sales(&t);
    let ok = t.ok(&["journal", "verify"]);
    assert!(ok.stdout.contains("OS keyring"), "{}", ok.stdout);
    // No key file lies beside the journal.
    assert!(!t.data_dir().join("till-keys.json").exists());

    let copy = keep_copy(&t);
    rewrite_with_recomputed_hashes(&t);
    let bad = t.run(&["journal", "verify"]);
    assert_eq!(bad.code, 4, "{}", bad.stdout);
    bad.fails_with("was edited");

    // Put the original back, then cut its tail instead.
    put_back(&t, &copy);
    t.ok(&["journal", "verify"]);
    // The key in a keyring this process cannot reach is said as such, not
    // as tampering.
    t.clone_with_env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .run(&["settings", "set", "sound", "off"])
        .fails_with("PINs cannot be checked here");
    let head = t.ok(&["journal", "head"]).stdout.trim().to_string();
    assert_eq!(head.len(), 64);
    cut_the_newest_sale(&t);
    let cut = t.run(&["journal", "verify"]);
    assert_eq!(cut.code, 4);
    cut.fails_with("no longer holds");
    let expected = t.run(&["journal", "verify", "--expect-head", &head]);
    assert_eq!(expected.code, 4);
    expected.fails_with(&head);
}

#[test]
fn without_a_keyring_it_says_what_is_protected_and_expect_head_catches_a_cut() {
    let t = Till::new()
        .with_env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .with_env("DISPLAY", "");
    two_sales(&t);
    let ok = t.ok(&["journal", "verify"]);
    assert!(
        ok.stdout.contains("in a file beside the journal"),
        "{}",
        ok.stdout
    );
    let head = t.ok(&["journal", "head"]).stdout.trim().to_string();
    t.ok(&["journal", "verify", "--expect-head", &head]);
    t.run(&["journal", "verify", "--expect-head", &"f".repeat(64)])
        .fails_with("no longer holds");
    let copy = keep_copy(&t);
    cut_the_newest_sale(&t);
    let r = t.run(&["journal", "verify", "--expect-head", &head]);
    assert_eq!(r.code, 4);
    // A rewrite made with the journal file alone, no key file, still shows.
    put_back(&t, &copy);
    t.ok(&["journal", "verify"]);
    rewrite_with_recomputed_hashes(&t);
    let rewritten = t.run(&["journal", "verify"]);
    assert_eq!(rewritten.code, 4);
    rewritten.fails_with("was edited");
}
