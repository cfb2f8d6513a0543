use super::*;
use counterpay_core::{EventKind, Ledger, LedgerError};

#[test]
fn events_derive_the_current_state() {
    let (_dir, j) = journal();
    let inv = intent("o-1", "12.50");
    j.append(EventKind::Intent, &inv).unwrap();
    let paid = with_status(inv.clone(), Status::Paid);
    j.append(EventKind::Updated, &paid).unwrap();
    assert_eq!(j.invoice(&inv.id).unwrap().unwrap(), paid);
    assert!(j.open_invoices().unwrap().is_empty());
    assert_eq!(
        j.live_by_order("o-1").unwrap().unwrap().status,
        Status::Paid
    );
}

#[test]
fn one_order_has_one_live_invoice() {
    let (_dir, j) = journal();
    j.append(EventKind::Intent, &intent("o-1", "1.00")).unwrap();
    let second = j.append(EventKind::Intent, &intent("o-1", "1.00"));
    assert!(matches!(second, Err(LedgerError::DuplicateOrder(o)) if o == "o-1"));
    // The refused intent left nothing behind.
    assert_eq!(j.verify(&[]).unwrap().events, 1);
}

#[test]
fn a_failed_attempt_frees_its_order_id() {
    let (_dir, j) = journal();
    let mut first = intent("o-2", "1.00");
    j.append(EventKind::Intent, &first).unwrap();
    first.fail("gateway refused");
    j.append(EventKind::Failed, &first).unwrap();
    assert!(j.has_failed_attempt("o-2").unwrap());
    assert!(j.live_by_order("o-2").unwrap().is_none());
    j.append(EventKind::Intent, &intent("o-2", "1.00")).unwrap();
    assert!(j.live_by_order("o-2").unwrap().is_some());
}

#[test]
fn the_journal_survives_reopening() {
    let (dir, j) = journal();
    let inv = intent("o-3", "7.00");
    j.append(EventKind::Intent, &inv).unwrap();
    drop(j);
    let j = Journal::open(&dir.path().join(counterpay_journal::FILE_NAME)).unwrap();
    assert_eq!(j.invoice(&inv.id).unwrap().unwrap(), inv);
    assert_eq!(j.open_invoices().unwrap(), vec![inv]);
}

#[test]
fn amounts_are_stored_as_decimal_text() {
    let (dir, j) = journal();
    j.append(EventKind::Intent, &intent("o-4", "0.10")).unwrap();
    let conn = rusqlite::Connection::open(dir.path().join(counterpay_journal::FILE_NAME)).unwrap();
    let (text, ty): (String, String) = conn
        .query_row(
            "SELECT amount_fiat, typeof(amount_fiat) FROM invoices",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((text.as_str(), ty.as_str()), ("0.10", "text"));
}

#[test]
fn invoices_are_listed_by_creation_time() {
    let (_dir, j) = journal();
    let a = intent("a", "1.00");
    let mut b = intent("b", "2.00");
    b.created_at = a.created_at + chrono::Duration::days(1);
    j.append_many(&[
        (EventKind::Intent, a.clone()),
        (EventKind::Intent, b.clone()),
    ])
    .unwrap();
    let day = |inv: &Invoice| {
        let start = inv.created_at - chrono::Duration::seconds(1);
        j.invoices_between(start, start + chrono::Duration::hours(1), None)
            .unwrap()
    };
    assert_eq!(day(&a), vec![a.clone()]);
    assert_eq!(day(&b), vec![b.clone()]);
    let none = j
        .invoices_between(
            a.created_at,
            b.created_at + chrono::Duration::seconds(1),
            Some(Status::Paid),
        )
        .unwrap();
    assert!(none.is_empty());
}

#[test]
fn money_is_found_by_the_day_it_settled() {
    let (_dir, j) = journal();
    let mut inv = intent("late", "9.00");
    inv.created_at -= chrono::Duration::days(3);
    j.append(EventKind::Intent, &inv).unwrap();
    let mut paid = with_status(inv.clone(), Status::Paid);
    paid.paid_at = Some(inv.created_at + chrono::Duration::days(2));
    j.append(EventKind::Updated, &paid).unwrap();
    let day = paid.paid_at.unwrap() - chrono::Duration::hours(1);
    let mut settled = Vec::new();
    j.visit_period(day, day + chrono::Duration::days(1), |i, at| {
        settled.push((i.id, at.created, at.settled))
    })
    .unwrap();
    assert_eq!(settled, vec![(inv.id.clone(), false, true)]);
    let mut created = Vec::new();
    j.visit_between(day, day + chrono::Duration::days(1), |i| created.push(i.id))
        .unwrap();
    assert!(created.is_empty());
    assert!(j.verify(&[]).is_ok());
}

#[test]
fn the_watched_set_is_open_invoices_and_those_closed_inside_the_window() {
    let (_dir, j) = journal();
    let at = |status: Status, order: &str, reference: Option<&str>, hours_ago: i64| {
        let mut inv = with_status(intent(order, "1.00"), status);
        inv.provider_ref = reference.map(str::to_string);
        inv.updated_at -= chrono::Duration::hours(hours_ago);
        j.append(EventKind::Updated, &inv).unwrap();
        inv.id
    };
    let open = at(Status::Pending, "w-1", None, 30);
    let short = at(Status::Underpaid, "w-2", Some("r2"), 1);
    let late = at(Status::Expired, "w-3", Some("r3"), 2);
    let cancelled = at(Status::Cancelled, "w-4", Some("r4"), 3);
    at(Status::Expired, "w-5", Some("r5"), 30);
    at(Status::Expired, "w-6", None, 1);
    at(Status::Paid, "w-7", Some("r7"), 1);
    at(Status::Failed, "w-8", None, 1);
    let since = chrono::Utc::now() - chrono::Duration::hours(24);
    let mut ids: Vec<String> = j
        .watched(since)
        .unwrap()
        .into_iter()
        .map(|w| w.id)
        .collect();
    ids.sort();
    let mut expected = vec![open, short.clone(), late, cancelled];
    expected.sort();
    assert_eq!(ids, expected);
    // The version moves with each event of that invoice.
    let version = |id: &str| {
        j.watched(since)
            .unwrap()
            .into_iter()
            .find(|w| w.id == id)
            .unwrap()
            .version
    };
    let before = version(&short);
    let mut again = j.invoice(&short).unwrap().unwrap();
    again.paid_crypto += rust_decimal::Decimal::ONE;
    j.append(EventKind::Updated, &again).unwrap();
    assert!(version(&short) > before);
}
