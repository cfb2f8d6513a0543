use super::*;
use counterpay_core::{EventKind, Ledger};
use counterpay_journal::VerifyError;

/// A journal of three invoices and five events.
fn filled() -> (TempDir, Journal, Vec<Invoice>) {
    let (dir, j) = journal();
    let invs: Vec<Invoice> = ["a", "b", "c"].iter().map(|o| intent(o, "12.50")).collect();
    for inv in &invs {
        j.append(EventKind::Intent, inv).unwrap();
    }
    j.append(
        EventKind::Created,
        &with_status(invs[0].clone(), Status::Pending),
    )
    .unwrap();
    j.append(
        EventKind::Updated,
        &with_status(invs[0].clone(), Status::Paid),
    )
    .unwrap();
    (dir, j, invs)
}

fn problem(j: &Journal) -> String {
    j.verify(&[]).unwrap_err().to_string()
}

#[test]
fn an_untouched_journal_verifies() {
    let (_dir, j, _) = filled();
    let v = j.verify(&[]).unwrap();
    assert_eq!((v.events, v.invoices), (5, 3));
}

#[test]
fn an_edited_event_is_named() {
    let (dir, j, _) = filled();
    tamper(
        &dir,
        "UPDATE events SET body = replace(body, '12.50', '12.51') WHERE seq = 2",
    );
    assert_eq!(
        problem(&j),
        "event 2: was edited: its content no longer matches its hash"
    );
}

#[test]
fn a_rehashed_event_breaks_the_next_link() {
    let (dir, j, _) = filled();
    tamper(&dir, "UPDATE events SET hash = '00' WHERE seq = 3");
    assert!(problem(&j).starts_with("event 3: was edited"));
    let (dir, j, _) = filled();
    tamper(
        &dir,
        "UPDATE events SET prev_hash = (SELECT hash FROM events WHERE seq = 1) WHERE seq = 3",
    );
    assert!(problem(&j).starts_with("event 3: does not follow event 2"));
}

#[test]
fn a_deleted_event_is_named() {
    let (dir, j, _) = filled();
    tamper(&dir, "DELETE FROM events WHERE seq = 2");
    assert_eq!(
        problem(&j),
        "event 2: missing: the journal jumps from event 1 to event 3 (a row was deleted)"
    );
}

#[test]
fn an_edited_current_state_is_named() {
    let (dir, j, invs) = filled();
    tamper(
        &dir,
        &format!(
            "UPDATE invoices SET amount_fiat = '99.00' WHERE id = '{}'",
            invs[1].id
        ),
    );
    assert_eq!(
        problem(&j),
        format!(
            "invoice {}: its current state differs from its events in amount_fiat",
            invs[1].id
        )
    );
    let (dir, j, invs) = filled();
    tamper(
        &dir,
        &format!(
            "UPDATE invoices SET status = 'pending' WHERE id = '{}'",
            invs[0].id
        ),
    );
    assert!(problem(&j).contains("status"));
}

#[test]
fn a_deleted_current_state_row_is_named() {
    let (dir, j, invs) = filled();
    tamper(
        &dir,
        &format!("DELETE FROM invoices WHERE id = '{}'", invs[2].id),
    );
    assert_eq!(
        problem(&j),
        format!(
            "invoice {}: has events but its current-state row was deleted",
            invs[2].id
        )
    );
}

#[test]
fn a_dropped_latest_event_leaves_the_state_ahead_of_the_events() {
    let (dir, j, invs) = filled();
    tamper(&dir, "DELETE FROM events WHERE seq = 5");
    let p = problem(&j);
    assert!(p.starts_with(&format!("invoice {}", invs[0].id)), "{p}");
}

#[test]
fn a_corrupted_file_fails_verification() {
    let (dir, j, _) = filled();
    drop(j);
    let path = dir.path().join(counterpay_journal::FILE_NAME);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .unwrap();
    drop(conn);
    let mut bytes = std::fs::read(&path).unwrap();
    let at = bytes.windows(5).position(|w| w == b"12.50").unwrap();
    bytes[at + 4] = b'1';
    std::fs::write(&path, bytes).unwrap();
    let j = Journal::open(&path).unwrap();
    assert!(matches!(
        j.verify(&[]),
        Err(VerifyError::Event { .. } | VerifyError::Invoice { .. } | VerifyError::Journal(_))
    ));
}
