use super::*;
use counterpay_core::{CreateRequest, Flag, Gateway, GatewayError, Status};
use counterpay_sandbox::{Fault, NewPayment};
use rust_decimal::Decimal;
use std::str::FromStr;

pub fn request(order: &str, amount: &str, currency: &str) -> CreateRequest {
    CreateRequest {
        order_id: order.into(),
        fiat: "USD".into(),
        amount_fiat: Decimal::from_str(amount).unwrap(),
        currency: currency.into(),
        description: Some("table 4".into()),
        expiry_minutes: None,
    }
}

async fn settle(client: &Cryptofuse, reference: &str) -> counterpay_core::GatewayInvoice {
    for _ in 0..50 {
        let inv = client.status(reference).await.unwrap();
        if !inv.status.is_open() {
            return inv;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("payment {reference} did not settle");
}

#[tokio::test]
async fn a_full_payment_climbs_through_confirmations_to_paid() {
    let rig = rig().await;
    let client = rig.client();
    let created = client
        .create(&request("o-1", "12.50", "USDTTRC20"))
        .await
        .unwrap();
    assert_eq!(created.status, Status::Pending);
    assert_eq!(created.amount_crypto.unwrap().to_string(), "12.50000000");
    assert!(created.address.as_deref().unwrap().starts_with('T'));
    rig.sim.state.pay(&created.provider_ref, None).unwrap();
    let confirming = client.status(&created.provider_ref).await.unwrap();
    assert_eq!(confirming.status, Status::Confirming);
    assert!(confirming.txid.is_some());
    let done = settle(&client, &created.provider_ref).await;
    assert_eq!(done.status, Status::Paid);
    assert_eq!(done.confirmations.unwrap().received, 2);
    assert!(done.flags.is_empty());
}

#[tokio::test]
async fn short_over_and_absent_payments_map_to_our_vocabulary() {
    let rig = rig().await;
    let client = rig.client();
    let short = client
        .create(&request("o-short", "10.00", "USDTTRC20"))
        .await
        .unwrap();
    rig.sim
        .state
        .pay(&short.provider_ref, Some(Decimal::from(4)))
        .unwrap();
    let s = settle(&client, &short.provider_ref).await;
    assert_eq!(
        (s.status, s.paid_crypto.unwrap().to_string()),
        (Status::Underpaid, "4.00000000".into())
    );

    let over = client
        .create(&request("o-over", "10.00", "USDTTRC20"))
        .await
        .unwrap();
    rig.sim
        .state
        .pay(&over.provider_ref, Some(Decimal::from(11)))
        .unwrap();
    let o = settle(&client, &over.provider_ref).await;
    assert_eq!(o.status, Status::Paid);
    assert!(o.flags.contains(&Flag::Overpaid));

    let never = client
        .create(&request("o-never", "10.00", "USDTTRC20"))
        .await
        .unwrap();
    rig.sim.state.expire(&never.provider_ref).unwrap();
    assert_eq!(
        client.status(&never.provider_ref).await.unwrap().status,
        Status::Expired
    );
}

#[tokio::test]
async fn a_token_is_fetched_once_and_renewed_once_on_401() {
    let rig = rig().await;
    let client = rig.client();
    client.currencies().await.unwrap();
    let p = client
        .create(&request("o-t", "5.00", "USDTTRC20"))
        .await
        .unwrap();
    client.status(&p.provider_ref).await.unwrap();
    assert_eq!(rig.sim.state.requests("token"), 1);
    rig.sim.state.revoke_tokens();
    client.status(&p.provider_ref).await.unwrap();
    assert_eq!(rig.sim.state.requests("token"), 2);
}

#[tokio::test]
async fn a_403_is_forbidden_and_fetches_no_new_token() {
    let rig = rig().await;
    let client = rig.client();
    let p = client
        .create(&request("o-403", "5.00", "USDTTRC20"))
        .await
        .unwrap();
    rig.sim.state.inject("status", Fault::ServerError(403), 1);
    let e = client.status(&p.provider_ref).await.unwrap_err();
    assert!(matches!(e, GatewayError::Forbidden(_)), "{e:?}");
    assert_eq!(rig.sim.state.requests("token"), 1);
}

#[tokio::test]
async fn basic_client_credentials_work_and_bad_ones_say_so() {
    let rig = rig().await;
    let basic = rig.client_with(Auth::OAuth(OAuthClient {
        basic: true,
        ..oauth("secret-1")
    }));
    assert!(!basic.currencies().await.unwrap().is_empty());
    let wrong = rig.client_with(Auth::OAuth(oauth("nope")));
    let e = wrong.currencies().await.unwrap_err();
    assert!(matches!(e, GatewayError::Auth(_)), "{e:?}");
    assert!(e.to_string().contains("credentials"), "{e}");
}

#[tokio::test]
async fn the_api_key_variant_converts_at_the_gateways_rate() {
    let rig = rig().await;
    let client = rig.api_key_client("key-1");
    let p = client
        .create(&request("o-key", "130.00", "BTC"))
        .await
        .unwrap();
    assert_eq!(p.amount_crypto.unwrap().to_string(), "0.00200000");
    assert_eq!(p.order_id.as_deref(), Some("o-key"));
    assert_eq!(p.status, Status::Pending);
    assert!(p.checkout_url.is_some());
    assert_eq!(
        client
            .find_by_order_id("o-key")
            .await
            .unwrap()
            .unwrap()
            .provider_ref,
        p.provider_ref
    );
    // Reads go with the OAuth client: a wrong key fails only the create.
    let bad = rig.api_key_client("wrong");
    assert!(!bad.currencies().await.unwrap().is_empty());
    let e = bad
        .create(&request("o-bad-key", "130.00", "BTC"))
        .await
        .unwrap_err();
    assert!(matches!(e, GatewayError::Auth(_)), "{e:?}");
    assert_eq!(rig.sim.state.count_for_order("o-bad-key"), 0);
}

#[tokio::test]
async fn the_api_key_is_sent_on_the_create_only() {
    let rig = rig().await;
    let client = rig.api_key_client("key-1");
    let made = client
        .create(&request("o-scope", "10.00", "USDTTRC20"))
        .await
        .unwrap();
    // The simulator takes X-API-Key on /payments/create alone, as the
    // documents show it, and refuses a read that carries it: these reads
    // pass only because the client sends the bearer token without the key.
    Gateway::status(&client, &made.provider_ref).await.unwrap();
    client.currencies().await.unwrap();
    counterpay_core::payout::Payouts::balances(&client)
        .await
        .unwrap();
    let with_key_only = reqwest::Client::new()
        .get(format!("{}/currencies/", rig.sim.base_url()))
        .header("X-API-Key", "key-1")
        .send()
        .await
        .unwrap();
    assert_eq!(with_key_only.status(), 401);
}

#[tokio::test]
async fn currencies_rates_and_minimums_carry_their_limits() {
    let rig = rig().await;
    let client = rig.client();
    let list = client.currencies().await.unwrap();
    let usdt = list.iter().find(|c| c.code == "USDTTRC20").unwrap();
    assert_eq!(usdt.min_amount_fiat.unwrap().to_string(), "1.00");
    assert_eq!(usdt.limits_fiat.as_deref(), Some("USD"));
    let rate = client.rate("USD", "BTC", Decimal::from(130)).await.unwrap();
    assert_eq!(rate.estimated_amount.normalize().to_string(), "0.002");
    let min = client.min_amount("BTC").await.unwrap();
    assert!(min.min_amount > Decimal::ZERO);
    // The list is kept for a while: a second call asks nothing.
    client.currencies().await.unwrap();
    assert_eq!(rig.sim.state.requests("currencies"), 1);
}

#[tokio::test]
async fn rejections_carry_the_gateways_reason() {
    let rig = rig().await;
    let client = rig.client();
    let e = client
        .create(&request("o-small", "0.50", "USDTTRC20"))
        .await
        .unwrap_err();
    assert!(
        matches!(&e, GatewayError::Rejected { message, .. } if message.contains("between 1.00 and")),
        "{e:?}"
    );
    let e = client
        .create(&request("o-x", "5.00", "DOGE"))
        .await
        .unwrap_err();
    assert!(e.to_string().contains("DOGE is not supported"), "{e}");
    let e = client.status("no-such-payment").await.unwrap_err();
    assert!(matches!(e, GatewayError::NotFound(_)), "{e:?}");
}

#[tokio::test]
async fn orders_are_found_across_pages() {
    let rig = rig().await;
    let client = rig.client();
    let first = client
        .create(&request("o-first", "1.00", "USDTTRC20"))
        .await
        .unwrap();
    for i in 0..120 {
        let order = format!("filler-{i}");
        let new = NewPayment::priced(&order, "USDTTRC20", "USD", Decimal::ONE);
        rig.sim.state.create(new).unwrap();
    }
    let found = client.find_by_order_id("o-first").await.unwrap().unwrap();
    assert_eq!(found.provider_ref, first.provider_ref);
    assert!(client
        .find_by_order_id("o-missing")
        .await
        .unwrap()
        .is_none());
    assert_eq!(rig.sim.state.requests("list"), 4);
}

#[tokio::test]
async fn ping_and_the_credential_check_use_status_and_user_me() {
    let rig = rig().await;
    let client = rig.client();
    client.ping().await.unwrap();
    assert_eq!(rig.sim.state.requests("api_status"), 1);
    assert_eq!(
        rig.sim.state.requests("token"),
        0,
        "the ping needs no token"
    );
    client.check_credentials().await.unwrap();
    assert_eq!(rig.sim.state.requests("tenant"), 1);
    assert_eq!(rig.sim.state.requests("currencies"), 0);
    let tenant = client.tenant().await.unwrap();
    assert_eq!(tenant.is_fee_paid_by_user, Some(false));
    let wrong = rig.client_with(Auth::OAuth(oauth("nope")));
    wrong.ping().await.unwrap();
    let e = wrong.check_credentials().await.unwrap_err();
    assert!(matches!(e, GatewayError::Auth(_)), "{e:?}");
}

/// Who pays the fee goes out on the create and the rate as the shop chose.
#[tokio::test]
async fn the_fee_payer_is_sent_as_configured() {
    use axum::routing::{get, post};
    use std::sync::{Arc, Mutex};
    let seen = Arc::new(Mutex::new(Vec::<String>::new()));
    let (create_seen, rate_seen) = (seen.clone(), seen.clone());
    let app = axum::Router::new()
        .route(
            "/o/token/",
            post(|| async { r#"{"access_token":"t","expires_in":3600}"# }),
        )
        .route(
            "/payments/",
            post(move |body: String| async move {
                create_seen.lock().unwrap().push(body);
                r#"{"transaction_id":"p-1","status":"waiting","address":"TXYZ","amount_crypto":"10.1","currency":"USDTTRC20"}"#
            }),
        )
        .route(
            "/rates/",
            get(move |q: axum::extract::RawQuery| async move {
                rate_seen.lock().unwrap().push(q.0.unwrap_or_default());
                r#"{"currency_from":"USD","currency_to":"USDTTRC20","amount":10,"estimated_amount":10,"rate":1}"#
            }),
        );
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0))
        .await
        .unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let client = Cryptofuse::new(Config {
        base_url: base,
        auth: Auth::OAuth(oauth("secret-1")),
        timeouts: Timeouts::default(),
        expiry_minutes: None,
        fee_paid_by_user: true,
    })
    .unwrap();
    client
        .create(&request("o-fee", "10.00", "USDTTRC20"))
        .await
        .unwrap();
    client.rate("USD", "USDTTRC20", Decimal::TEN).await.unwrap();
    let seen = seen.lock().unwrap();
    let create: serde_json::Value = serde_json::from_str(&seen[0]).unwrap();
    assert_eq!(create["is_fee_paid_by_user"], true);
    assert!(seen[1].contains("is_fee_paid_by_user=true"), "{}", seen[1]);
}
