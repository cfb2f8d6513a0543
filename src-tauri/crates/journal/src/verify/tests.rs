//! The walk split into parts must find what one walk finds: tiny parts
//! here, so that invoices, settings and shifts cross their boundaries.

use super::{ranges, verify, Split, VerifyError};
use crate::Journal;
use counterpay_core::{Actor, EventKind, Invoice, Ledger, Role, Status};
use rust_decimal::Decimal;
use tempfile::TempDir;

fn owner() -> Actor {
    Actor {
        id: Some("S-OWNER".into()),
        name: "Olga".into(),
        role: Some(Role::Owner),
    }
}

fn intent(order: &str) -> Invoice {
    Invoice::intent(
        counterpay_core::till::new_id(),
        "demo".into(),
        order.into(),
        "USD".into(),
        Decimal::new(1250, 2),
        "USDTTRC20".into(),
        None,
    )
}

fn paid(mut inv: Invoice) -> Invoice {
    inv.status = Status::Paid;
    inv.paid_crypto = inv.amount_fiat;
    inv.paid_at = Some(inv.created_at);
    inv
}

/// A journal whose first invoice is created at the start, paid short in
/// the middle and paid in full at the end, around other sales, settings
/// and closed shifts.
fn shop_day() -> (TempDir, Journal, Invoice) {
    let dir = tempfile::tempdir().unwrap();
    let j = Journal::open(&dir.path().join(crate::FILE_NAME)).unwrap();
    j.set_setting("till_name", "Front", &owner()).unwrap();
    let mut long = intent("long");
    j.append(EventKind::Intent, &long).unwrap();
    long.status = Status::Pending;
    j.append(EventKind::Created, &long).unwrap();
    for round in 0..3 {
        for n in 0..4 {
            let inv = intent(&format!("r{round}-{n}"));
            j.append(EventKind::Intent, &inv).unwrap();
            j.append(EventKind::Updated, &paid(inv)).unwrap();
        }
        if round == 1 {
            long.status = Status::Underpaid;
            long.paid_crypto = Decimal::new(500, 2);
            j.append(EventKind::Updated, &long).unwrap();
            j.set_setting("till_name", "Front counter", &owner())
                .unwrap();
        }
        j.close_shift(&owner()).unwrap();
    }
    j.append(EventKind::Updated, &paid(long.clone())).unwrap();
    (dir, j, long)
}

fn check(j: &Journal, parts: usize) -> Result<super::Verified, VerifyError> {
    verify(
        &j.conn(),
        j.path(),
        &j.keying(),
        None,
        &[],
        Split {
            parts,
            events_per_part: 1,
        },
    )
}

fn tamper(dir: &TempDir, sql: &str) {
    let conn = rusqlite::Connection::open(dir.path().join(crate::FILE_NAME)).unwrap();
    conn.execute_batch(sql).unwrap();
}

#[test]
fn ranges_cover_every_event_once() {
    assert_eq!(ranges(10, 3), vec![1..=3, 4..=6, 7..=10]);
    assert_eq!(ranges(2, 1), vec![1..=2]);
    let none = ranges(0, 1);
    assert!(none.len() == 1 && none[0].is_empty());
}

#[test]
fn any_number_of_parts_finds_what_one_walk_finds() {
    let (_dir, j, _) = shop_day();
    let whole = check(&j, 1).unwrap();
    assert_eq!(whole.invoices, 13);
    for parts in 2..=5 {
        let v = check(&j, parts).unwrap();
        assert_eq!((v.events, v.invoices), (whole.events, whole.invoices));
    }
}

#[test]
fn an_invoice_counted_under_the_wrong_event_is_named_across_parts() {
    let (dir, j, long) = shop_day();
    tamper(
        &dir,
        &format!(
            "UPDATE invoices SET settled_seq = settled_seq - 1 WHERE id = '{}'",
            long.id
        ),
    );
    for parts in [1, 3] {
        let e = check(&j, parts).unwrap_err().to_string();
        assert!(
            e.starts_with(&format!(
                "invoice {}: the events it is counted under",
                long.id
            )),
            "{parts} parts: {e}"
        );
    }
    let (dir, j, long) = shop_day();
    tamper(
        &dir,
        &format!(
            "UPDATE invoices SET created_seq = last_seq WHERE id = '{}'",
            long.id
        ),
    );
    for parts in [1, 3] {
        let e = check(&j, parts).unwrap_err().to_string();
        assert!(
            e.starts_with(&format!("invoice {}", long.id)),
            "{parts} parts: {e}"
        );
    }
}

#[test]
fn a_deleted_event_where_parts_meet_is_named() {
    let (dir, j, _) = shop_day();
    let upto = j.head().unwrap().0;
    let second = *ranges(upto, 3)[1].start();
    tamper(
        &dir,
        &format!("DELETE FROM events WHERE seq = {}", second - 1),
    );
    let e = check(&j, 3).unwrap_err();
    assert!(
        matches!(&e, VerifyError::Event { seq, .. } if *seq == second - 1),
        "{e}"
    );
    let (dir, j, _) = shop_day();
    tamper(&dir, &format!("DELETE FROM events WHERE seq = {second}"));
    assert_eq!(
        check(&j, 3).unwrap_err().to_string(),
        format!(
            "event {second}: missing: the journal jumps from event {} to event {} (a row was deleted)",
            second - 1,
            second + 1
        )
    );
}

#[test]
fn the_earliest_problem_is_named_whichever_part_finds_it() {
    let (dir, j, _) = shop_day();
    let upto = j.head().unwrap().0;
    tamper(
        &dir,
        &format!("UPDATE events SET body = replace(body, '12.5', '12.6') WHERE seq IN (3, {upto})"),
    );
    assert_eq!(
        check(&j, 3).unwrap_err().to_string(),
        "event 3: was edited: its content no longer matches its hash"
    );
}
