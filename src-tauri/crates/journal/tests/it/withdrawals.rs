use super::*;
use counterpay_core::payout::{PayoutStatus, Withdrawal};

fn withdrawal(id: &str) -> Withdrawal {
    Withdrawal {
        id: id.into(),
        ..Withdrawal::request(
            "fuse",
            "USDTTRC20",
            Decimal::from_str("120.50").unwrap(),
            "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
        )
    }
}

#[test]
fn withdrawals_are_chained_and_their_state_follows_the_last_event() {
    let (_dir, j) = journal();
    let mut w = withdrawal("W-1");
    j.record_withdrawal(&w, None).unwrap();
    assert_eq!(j.open_withdrawals().unwrap().len(), 1);
    w.status = PayoutStatus::Completed;
    w.provider_ref = Some("wd-9".into());
    j.record_withdrawal(&w, None).unwrap();
    assert_eq!(j.withdrawal("W-1").unwrap().unwrap(), w);
    assert!(j.open_withdrawals().unwrap().is_empty());
    assert_eq!(j.withdrawals().unwrap().len(), 1);
    assert!(j.withdrawal("W-2").unwrap().is_none());
    assert_eq!(j.verify(&[]).unwrap().events, 2);
}

#[test]
fn an_edited_or_deleted_withdrawal_is_named() {
    let (dir, j) = journal();
    j.record_withdrawal(&withdrawal("W-1"), None).unwrap();
    tamper(
        &dir,
        "UPDATE withdrawals SET body = replace(body, '120.50', '20.50')",
    );
    assert!(j
        .verify(&[])
        .unwrap_err()
        .to_string()
        .starts_with("withdrawal W-1:"));

    let (dir, j) = journal();
    j.record_withdrawal(&withdrawal("W-1"), None).unwrap();
    tamper(
        &dir,
        "UPDATE events SET body = replace(body, 'TR7N', 'TR8N')",
    );
    assert_eq!(
        j.verify(&[]).unwrap_err().to_string(),
        "event 1: was edited: its content no longer matches its hash"
    );

    let (dir, j) = journal();
    j.record_withdrawal(&withdrawal("W-1"), None).unwrap();
    tamper(&dir, "DELETE FROM withdrawals");
    assert!(j
        .verify(&[])
        .unwrap_err()
        .to_string()
        .contains("current-state row was deleted"));
}

#[test]
fn payout_addresses_are_saved_once() {
    let (_dir, j) = journal();
    let a = j
        .add_payout_address(
            "Owner's Tron wallet",
            "USDTTRC20",
            "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
            &actor(),
        )
        .unwrap();
    let again = j
        .add_payout_address(
            "again",
            "USDTTRC20",
            "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
            &actor(),
        )
        .unwrap_err();
    assert!(again.to_string().contains("already saved"));
    assert_eq!(j.payout_addresses().unwrap(), vec![a.clone()]);
    assert!(j.remove_payout_address(a.id, &actor()).unwrap());
    assert!(!j.remove_payout_address(a.id, &actor()).unwrap());
}

#[test]
fn a_new_withdrawal_waits_while_one_through_the_same_gateway_is_unknown() {
    let (_dir, j) = journal();
    let mut lost = withdrawal("W-1");
    lost.status = PayoutStatus::Unknown;
    j.record_withdrawal(&lost, None).unwrap();
    let blocked = j.begin_withdrawal(&withdrawal("W-2"), &entry()).unwrap();
    assert_eq!(blocked.map(|w| w.id), Some("W-1".to_string()));
    assert!(
        j.withdrawal("W-2").unwrap().is_none(),
        "a blocked one was written"
    );
    let mut elsewhere = withdrawal("W-3");
    elsewhere.provider = "pay".into();
    assert_eq!(j.begin_withdrawal(&elsewhere, &entry()).unwrap(), None);
    lost.status = PayoutStatus::Failed;
    j.record_withdrawal(&lost, None).unwrap();
    assert_eq!(
        j.begin_withdrawal(&withdrawal("W-2"), &entry()).unwrap(),
        None
    );
    assert_eq!(j.withdrawals().unwrap().len(), 3);
}
