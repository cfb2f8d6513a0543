use super::*;
use counterpay_core::{CreateRequest, Flag, Gateway, GatewayError, Status};
use counterpay_gateways::cryptopayment::{self, Cryptopayment};
use counterpay_sandbox::{Fault, NewPayment};
use rust_decimal::Decimal;
use std::str::FromStr;

fn client(rig: &Rig, secret: &str) -> Cryptopayment {
    Cryptopayment::new(cryptopayment::Config {
        base_url: rig.sim.base_url(),
        api_key: "pk_1".into(),
        api_secret: secret.into(),
        timeouts: timeouts(),
    })
    .unwrap()
}

fn request(order: &str, fiat: &str, amount: &str, currency: &str) -> CreateRequest {
    CreateRequest {
        order_id: order.into(),
        fiat: fiat.into(),
        amount_fiat: Decimal::from_str(amount).unwrap(),
        currency: currency.into(),
        description: Some("table 4".into()),
        expiry_minutes: None,
    }
}

async fn settled(c: &Cryptopayment, reference: &str) -> counterpay_core::GatewayInvoice {
    for _ in 0..60 {
        let inv = c.status(reference).await.unwrap();
        if !inv.status.is_open() {
            return inv;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("invoice {reference} did not settle");
}

#[tokio::test]
async fn an_invoice_is_paid_through_its_confirmations() {
    let rig = rig_for(Protocol::Cryptopayment).await;
    let c = client(&rig, "sk_1");
    let inv = c
        .create(&request("o-1", "USD", "50.00", "USDTTRC20"))
        .await
        .unwrap();
    assert_eq!(inv.status, Status::Pending);
    assert_eq!(inv.amount_crypto, Some(Decimal::from(50)));
    assert!(inv.checkout_url.is_some());
    assert_eq!(inv.confirmations.unwrap().required, Some(2));
    rig.sim.state.pay(&inv.provider_ref, None).unwrap();
    let confirming = c.status(&inv.provider_ref).await.unwrap();
    assert_eq!(confirming.status, Status::Confirming);
    let done = settled(&c, &inv.provider_ref).await;
    assert_eq!(done.status, Status::Paid);
    assert_eq!(done.confirmations.unwrap().received, 2);
}

#[tokio::test]
async fn short_over_and_expired_invoices_are_told_apart() {
    let rig = rig_for(Protocol::Cryptopayment).await;
    let c = client(&rig, "sk_1");
    let short = c
        .create(&request("o-s", "USD", "10", "USDTTRC20"))
        .await
        .unwrap();
    rig.sim
        .state
        .pay(&short.provider_ref, Some(Decimal::from(4)))
        .unwrap();
    assert_eq!(
        settled(&c, &short.provider_ref).await.status,
        Status::Underpaid
    );
    let over = c
        .create(&request("o-o", "USD", "10", "USDTTRC20"))
        .await
        .unwrap();
    rig.sim
        .state
        .pay(&over.provider_ref, Some(Decimal::from(11)))
        .unwrap();
    let o = settled(&c, &over.provider_ref).await;
    assert!(o.flags.contains(&Flag::Overpaid));
    let late = c.create(&request("o-e", "USD", "10", "BTC")).await.unwrap();
    rig.sim.state.expire(&late.provider_ref).unwrap();
    assert_eq!(
        c.status(&late.provider_ref).await.unwrap().status,
        Status::Expired
    );
}

#[tokio::test]
async fn only_usd_and_documented_networks_are_priced() {
    let rig = rig_for(Protocol::Cryptopayment).await;
    let c = client(&rig, "sk_1");
    assert_eq!(c.pricing_fiats(), Some(&["USD"][..]));
    let e = c
        .create(&request("o-eur", "EUR", "10", "BTC"))
        .await
        .unwrap_err();
    assert!(e.to_string().contains("USD only"), "{e}");
    let e = c
        .create(&request("o-doge", "USD", "10", "DOGE"))
        .await
        .unwrap_err();
    assert!(e.to_string().contains("does not take DOGE"), "{e}");
    let e = c
        .create(&request("o-small", "USD", "0.50", "BTC"))
        .await
        .unwrap_err();
    assert!(
        matches!(&e, GatewayError::Rejected { fields, .. } if fields[0].field == "amount_usd"),
        "{e:?}"
    );
    assert_eq!(rig.sim.state.payment_count(), 0);
}

#[tokio::test]
async fn bad_credentials_are_reported_as_such() {
    let rig = rig_for(Protocol::Cryptopayment).await;
    let e = client(&rig, "wrong").status("x").await.unwrap_err();
    assert!(matches!(e, GatewayError::Auth(_)), "{e:?}");
}

#[tokio::test]
async fn a_lost_create_answer_is_found_by_order_id_across_pages() {
    let rig = rig_for(Protocol::Cryptopayment).await;
    let c = client(&rig, "sk_1");
    rig.sim.state.inject("create", Fault::CreateThen500, 1);
    let e = c
        .create(&request("o-lost", "USD", "5", "LTC"))
        .await
        .unwrap_err();
    assert!(e.outcome_unknown(), "{e:?}");
    for i in 0..25 {
        let order = format!("later-{i}");
        rig.sim
            .state
            .create(NewPayment::priced(&order, "LTC", "USD", Decimal::ONE))
            .unwrap();
    }
    let found = c.find_by_order_id("o-lost").await.unwrap().unwrap();
    assert_eq!(found.currency.as_deref(), Some("LTC"));
    assert_eq!(rig.sim.state.count_for_order("o-lost"), 1);
    assert!(c.find_by_order_id("o-none").await.unwrap().is_none());
}

#[tokio::test]
async fn reads_weather_faults_and_report_garbage() {
    let rig = rig_for(Protocol::Cryptopayment).await;
    let c = client(&rig, "sk_1");
    let inv = c
        .create(&request("o-f", "USD", "5", "USDTTRC20"))
        .await
        .unwrap();
    for fault in [
        Fault::RateLimit(1),
        Fault::ServerError(500),
        Fault::Reset,
        Fault::Hang,
    ] {
        rig.sim.state.inject("status", fault.clone(), 1);
        assert!(c.status(&inv.provider_ref).await.is_ok(), "{fault:?}");
    }
    rig.sim.state.inject("status", Fault::Malformed, 1);
    let e = c.status(&inv.provider_ref).await.unwrap_err();
    assert!(matches!(e, GatewayError::Protocol(_)), "{e:?}");
    rig.sim.state.inject("create", Fault::ServerError(503), 1);
    let e = c
        .create(&request("o-503", "USD", "5", "USDTTRC20"))
        .await
        .unwrap_err();
    assert!(e.outcome_unknown());
    assert_eq!(rig.sim.state.requests("create"), 2);
}

#[tokio::test]
async fn balances_and_withdrawals_follow_the_fee_table() {
    use counterpay_core::payout::{PayoutStatus, Payouts};
    let rig = rig_for(Protocol::Cryptopayment).await;
    let c = client(&rig, "sk_1");
    let inv = c
        .create(&request("o-b", "USD", "100", "USDTTRC20"))
        .await
        .unwrap();
    rig.sim.state.pay(&inv.provider_ref, None).unwrap();
    settled(&c, &inv.provider_ref).await;
    let usdt = |b: Vec<counterpay_core::payout::Balance>| {
        b.into_iter()
            .find(|b| b.asset == "USDTTRC20")
            .unwrap()
            .available
    };
    assert_eq!(usdt(c.balances().await.unwrap()).to_string(), "100");
    let q = c.quote("USDTTRC20", Decimal::from(50)).await.unwrap();
    assert_eq!(
        (q.fee, q.receive, q.minimum),
        (Decimal::ONE, Decimal::from(49), Some(Decimal::from(5)))
    );
    assert_eq!(q.review_over_usd, Some(Decimal::from(500)));
    let e = c
        .withdraw(&super::payout("USDTTRC20", "4"))
        .await
        .unwrap_err();
    assert!(e.to_string().contains("at least 5 USDT-TRC20"), "{e}");
    let e = c
        .withdraw(&super::payout("USDTTRC20", "101"))
        .await
        .unwrap_err();
    assert!(e.to_string().contains("insufficient"), "{e}");
    let w = c.withdraw(&super::payout("USDTTRC20", "50")).await.unwrap();
    assert_eq!(w.status, PayoutStatus::Pending);
    assert_eq!(
        (w.fee, w.receive),
        (Some(Decimal::ONE), Some(Decimal::from(49)))
    );
    assert_eq!(usdt(c.balances().await.unwrap()).to_string(), "50");
    let lookup = c.find(&super::payout("USDTTRC20", "50")).await.unwrap_err();
    assert_eq!(lookup.code(), "gateway_unsupported");
}
