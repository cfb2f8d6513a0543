use super::*;
use counterpay_core::{EventKind, Ledger};

fn paid(order: &str, amount: &str) -> Invoice {
    let mut inv = with_status(intent(order, amount), Status::Paid);
    inv.paid_at = Some(inv.created_at);
    inv
}

#[test]
fn shifts_are_numbered_without_gaps_and_seal_what_they_cover() {
    let (_dir, j) = journal();
    j.append(EventKind::Updated, &paid("a", "10.00")).unwrap();
    let mut short = with_status(intent("b", "5.00"), Status::Underpaid);
    short.paid_at = Some(short.created_at);
    j.append(EventKind::Updated, &short).unwrap();
    let first = j.close_shift(&actor()).unwrap();
    assert_eq!(first.number, 1);
    assert_eq!(first.last_seq, 2);
    assert_eq!(first.summary.totals["USD"].amount.to_string(), "10.00");
    assert_eq!(first.exceptions.len(), 1, "{first:?}");
    assert_eq!(first.exceptions[0].status, Status::Underpaid);

    j.append(EventKind::Updated, &paid("c", "1.50")).unwrap();
    let second = j.close_shift(&actor()).unwrap();
    assert_eq!(second.number, 2);
    assert_eq!(second.opened_at, Some(first.closed_at));
    assert_eq!(second.summary.totals["USD"].amount.to_string(), "1.50");
    let empty = j.close_shift(&actor()).unwrap();
    assert_eq!((empty.number, empty.summary.invoices), (3, 0));

    assert_eq!(j.shift(2).unwrap().unwrap(), second);
    let mut covered = Vec::new();
    assert!(j.shift_invoices(2, |i| covered.push(i.order_id)).unwrap());
    assert_eq!(covered, vec!["c".to_string()]);
    assert!(!j.shift_invoices(7, |_| {}).unwrap());
    assert!(j.shift(9).unwrap().is_none());
    let numbers: Vec<u64> = j.shifts().unwrap().iter().map(|z| z.number).collect();
    assert_eq!(numbers, vec![3, 2, 1]);
    // Three sales, three Z-reports, and who closed each on the audit trail.
    assert_eq!(j.verify(&[]).unwrap().events, 9);
    assert_eq!(second.closed_by.as_deref(), Some("Olga"));
}

#[test]
fn an_edited_or_removed_z_report_is_named() {
    let (dir, j) = journal();
    j.append(EventKind::Updated, &paid("a", "10.00")).unwrap();
    j.close_shift(&actor()).unwrap();
    tamper(
        &dir,
        "UPDATE shifts SET body = replace(body, '10.00', '99.00')",
    );
    assert!(j
        .verify(&[])
        .unwrap_err()
        .to_string()
        .starts_with("shift 1:"));

    let (dir, j) = journal();
    j.append(EventKind::Updated, &paid("a", "10.00")).unwrap();
    j.close_shift(&actor()).unwrap();
    tamper(
        &dir,
        "UPDATE events SET body = replace(body, '10.00', '99.00') WHERE kind = 'shift_closed'",
    );
    assert_eq!(
        j.verify(&[]).unwrap_err().to_string(),
        "event 2: was edited: its content no longer matches its hash"
    );

    let (dir, j) = journal();
    j.close_shift(&actor()).unwrap();
    tamper(&dir, "DELETE FROM shifts");
    assert!(j
        .verify(&[])
        .unwrap_err()
        .to_string()
        .contains("row was deleted"));

    // Moving a sale into another shift is an edit too.
    let (dir, j) = journal();
    j.append(EventKind::Updated, &paid("a", "10.00")).unwrap();
    tamper(&dir, "UPDATE invoices SET settled_seq = NULL");
    assert!(j
        .verify(&[])
        .unwrap_err()
        .to_string()
        .contains("events it is counted under"));
}
