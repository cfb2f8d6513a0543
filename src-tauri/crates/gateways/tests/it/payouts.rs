//! Cryptofuse balances and withdrawals against the simulator: checked
//! before sending, sent once, found again by our id when the answer is lost.

use super::*;
use counterpay_core::payout::{PayoutStatus, Payouts};
use counterpay_core::{CreateRequest, Gateway};
use counterpay_sandbox::Fault;
use rust_decimal::Decimal;

/// A simulator whose balance holds `amount` USDTTRC20 from a paid sale.
async fn funded(amount: &str) -> (Rig, Cryptofuse) {
    let rig = rig().await;
    let client = rig.client();
    let inv = client
        .create(&CreateRequest {
            order_id: "o-fund".into(),
            fiat: "USD".into(),
            amount_fiat: amount.parse().unwrap(),
            currency: "USDTTRC20".into(),
            description: None,
            expiry_minutes: None,
        })
        .await
        .unwrap();
    rig.sim.state.pay(&inv.provider_ref, None).unwrap();
    for _ in 0..100 {
        if !Gateway::status(&client, &inv.provider_ref)
            .await
            .unwrap()
            .status
            .is_open()
        {
            return (rig, client);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the funding payment did not settle");
}

#[tokio::test]
async fn a_withdrawal_is_estimated_sent_and_tracked_to_completion() {
    let (rig, c) = funded("200").await;
    let b = c.balances().await.unwrap();
    let main = b.iter().find(|b| b.asset == "USDTTRC20").unwrap();
    assert_eq!(
        (main.account.as_str(), main.available),
        ("main", Decimal::from(200))
    );

    c.validate_address("USDTTRC20", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")
        .await
        .unwrap();
    let bad = c
        .validate_address("USDTTRC20", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u")
        .await
        .unwrap_err();
    assert_eq!(bad.code(), "gateway_rejected");

    let q = c.quote("USDTTRC20", Decimal::from(100)).await.unwrap();
    assert_eq!(q.fee.to_string(), "1.50000000");
    assert_eq!(q.receive.to_string(), "98.50000000");
    assert_eq!(q.minimum, Some(Decimal::from(10)));
    assert_eq!(
        rig.sim.state.requests("withdraw"),
        0,
        "a quote sent a withdrawal"
    );

    let w = payout("USDTTRC20", "100");
    let sent = c.withdraw(&w).await.unwrap();
    assert_eq!(sent.status, PayoutStatus::Pending);
    assert_eq!(sent.receive.unwrap().to_string(), "98.50000000");
    let mut tracked = w.clone();
    tracked.apply(&sent);
    let done = loop {
        let s = Payouts::status(&c, &tracked).await.unwrap();
        if s.status.is_final() {
            break s;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert_eq!(done.status, PayoutStatus::Completed);
    assert!(done.txid.is_some());
    let left = c.balances().await.unwrap();
    assert_eq!(
        left.iter()
            .find(|b| b.asset == "USDTTRC20")
            .unwrap()
            .available,
        Decimal::from(100)
    );
}

#[tokio::test]
async fn a_lost_answer_is_found_by_our_id_not_sent_again() {
    let (rig, c) = funded("50").await;
    rig.sim.state.inject("withdraw", Fault::CreateThen500, 1);
    let w = payout("USDTTRC20", "20");
    let e = c.withdraw(&w).await.unwrap_err();
    assert!(e.outcome_unknown(), "{e}");
    assert_eq!(
        rig.sim.state.requests("withdraw"),
        1,
        "the create was retried"
    );
    let found = c.find(&w).await.unwrap().expect("the gateway has it");
    assert_eq!(found.status, PayoutStatus::Pending);
    assert!(c.find(&payout("USDTTRC20", "20")).await.unwrap().is_none());
}

#[tokio::test]
async fn the_api_key_variant_reads_balances_with_its_oauth_client() {
    let (rig, _) = funded("30").await;
    let c = rig.api_key_client("key-1");
    assert!(c.withdrawals_unsupported().is_none());
    let b = c.balances().await.unwrap();
    assert_eq!(
        b.iter()
            .find(|b| b.asset == "USDTTRC20")
            .map(|b| b.available),
        Some(Decimal::from(30))
    );
}
