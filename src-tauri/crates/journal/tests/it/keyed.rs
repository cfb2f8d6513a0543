//! A keyed chain: only the holder of the key can extend or rewrite it, and
//! heads recorded off the file catch a cut tail.

use super::*;
use counterpay_core::{EventKind, Ledger};
use counterpay_journal::{ChainKey, Head, Keying, VerifyError};

fn keyed() -> (TempDir, Journal, ChainKey) {
    let (dir, j) = journal();
    let key = ChainKey::generate(j.head().unwrap().0 + 1);
    j.set_keying(Keying::Keyed(key.clone())).unwrap();
    (dir, j, key)
}

fn sales(j: &Journal, n: usize) {
    let first = j.head().unwrap().0;
    for i in 0..n {
        let inv = intent(&format!("k-{first}-{i}"), "3.00");
        j.append(EventKind::Intent, &inv).unwrap();
        j.append(EventKind::Updated, &with_status(inv, Status::Paid))
            .unwrap();
    }
}

/// Recomputes every hash as a plain chain, as someone with the file and
/// the sqlite3 tool (and without the key) would after editing a row.
fn rewrite_plain(dir: &TempDir) {
    let conn = rusqlite::Connection::open(dir.path().join(counterpay_journal::FILE_NAME)).unwrap();
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
        let body = body.replace("3.00", "0.30");
        let hash = plain_hash(seq, &at, &kind, &subject, &body, &prev);
        conn.execute(
            "UPDATE events SET body = ?2, prev_hash = ?3, hash = ?4 WHERE seq = ?1",
            rusqlite::params![seq, body, prev, hash],
        )
        .unwrap();
        prev = hash;
    }
    conn.execute(
        "UPDATE invoices SET amount_fiat = '0.30', body = replace(body, '3.00', '0.30')",
        [],
    )
    .unwrap();
}

fn plain_hash(seq: i64, at: &str, kind: &str, subject: &str, body: &str, prev: &str) -> String {
    counterpay_journal::event_hash(None, seq, at, kind, subject, body.as_bytes(), prev)
}

#[test]
fn a_keyed_journal_verifies_only_with_its_key() {
    let (_dir, j, key) = keyed();
    sales(&j, 3);
    let v = j.verify(&[]).unwrap();
    assert_eq!(v.keyed_from, Some(key.from_seq()));
    j.set_keying(Keying::Keyed(ChainKey::generate(key.from_seq())))
        .unwrap();
    assert!(matches!(j.verify(&[]), Err(VerifyError::Event { .. })));
    j.set_keying(Keying::Unavailable("the keyring is locked".into()))
        .unwrap();
    let e = j.verify(&[]).unwrap_err();
    assert!(matches!(e, VerifyError::NoKey { .. }), "{e}");
    assert!(e.to_string().contains("the keyring is locked"));
    let refused = j
        .append(EventKind::Intent, &intent("k-x", "1.00"))
        .unwrap_err();
    assert!(
        refused.to_string().contains("cannot be written here"),
        "{refused}"
    );
}

#[test]
fn a_rewrite_with_recomputed_hashes_fails_without_the_key() {
    let (dir, j, key) = keyed();
    sales(&j, 3);
    drop(j);
    rewrite_plain(&dir);
    let j = Journal::open(&dir.path().join(counterpay_journal::FILE_NAME)).unwrap();
    // As a plain chain it is whole: the hint says it was keyed.
    let e = j.verify(&[]).unwrap_err();
    assert!(matches!(e, VerifyError::NoKey { .. }), "{e}");
    j.set_keying(Keying::Keyed(key)).unwrap();
    let e = j.verify(&[]).unwrap_err();
    assert!(e.to_string().contains("was edited"), "{e}");
}

#[test]
fn a_plain_prefix_is_sealed_by_the_first_keyed_event() {
    let (dir, j) = journal();
    sales(&j, 2);
    let key = ChainKey::generate(j.head().unwrap().0 + 1);
    j.set_keying(Keying::Keyed(key.clone())).unwrap();
    sales(&j, 2);
    j.verify(&[]).unwrap();
    drop(j);
    // Rewriting the plain part, even with its hashes recomputed, breaks
    // the link the keyed part made to it.
    let conn = rusqlite::Connection::open(dir.path().join(counterpay_journal::FILE_NAME)).unwrap();
    let (at, kind, subject, body, prev): (String, String, String, String, String) = conn
        .query_row(
            "SELECT at, kind, invoice_id, body, prev_hash FROM events WHERE seq = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .unwrap();
    let body = body.replace("3.00", "0.30");
    let hash = plain_hash(1, &at, &kind, &subject, &body, &prev);
    conn.execute(
        "UPDATE events SET body = ?1, hash = ?2 WHERE seq = 1",
        rusqlite::params![body, hash],
    )
    .unwrap();
    drop(conn);
    let j = Journal::open(&dir.path().join(counterpay_journal::FILE_NAME)).unwrap();
    j.set_keying(Keying::Keyed(key)).unwrap();
    assert!(j.verify(&[]).is_err());
}

#[test]
fn a_recorded_head_catches_a_cut_tail() {
    let (dir, j, _key) = keyed();
    sales(&j, 3);
    let (seq, hash) = j.head().unwrap();
    let recorded = Head {
        seq: Some(seq),
        hash: hash.clone(),
    };
    j.verify(std::slice::from_ref(&recorded)).unwrap();
    // The newest sale, events and derived row alike, cut off.
    let last: String = {
        let conn =
            rusqlite::Connection::open(dir.path().join(counterpay_journal::FILE_NAME)).unwrap();
        conn.query_row("SELECT invoice_id FROM events WHERE seq = ?1", [seq], |r| {
            r.get(0)
        })
        .unwrap()
    };
    tamper(
        &dir,
        &format!("DELETE FROM events WHERE invoice_id = '{last}'; DELETE FROM invoices WHERE id = '{last}';"),
    );
    // Consistent by itself...
    j.verify(&[]).unwrap();
    // ...but not with the head kept off the file, by number or by hash.
    let e = j.verify(&[recorded]).unwrap_err();
    assert!(e.to_string().contains("no longer holds"), "{e}");
    let by_hash = Head { seq: None, hash };
    assert!(matches!(j.verify(&[by_hash]), Err(VerifyError::Head(_))));
}
