//! The CryptoScan client against the simulator speaking CryptoScan.

use super::*;
use counterpay_core::{CreateRequest, Flag, Gateway, GatewayError, GatewayInvoice, Status};
use counterpay_gateways::cryptoscan::{self as scan, Cryptoscan, Widget};
use counterpay_sandbox::{Fault, NewPayment};
use rust_decimal::Decimal;
use std::str::FromStr;

fn client_for(base_url: String, public: &str, private: &str, auth: scan::Auth) -> Cryptoscan {
    Cryptoscan::new(scan::Config {
        base_url,
        public_key: public.into(),
        private_key: private.into(),
        auth,
        timeouts: timeouts(),
    })
    .unwrap()
}

impl Rig {
    fn scan_with(&self, public: &str, private: &str, auth: scan::Auth) -> Cryptoscan {
        client_for(self.sim.base_url(), public, private, auth)
    }

    fn scan(&self) -> Cryptoscan {
        self.scan_with("pk_1", "sk_1", scan::Auth::default())
    }
}

fn request(order: &str, fiat: &str, amount: &str, currency: &str) -> CreateRequest {
    CreateRequest {
        order_id: order.into(),
        fiat: fiat.into(),
        amount_fiat: Decimal::from_str(amount).unwrap(),
        currency: currency.into(),
        description: Some("table 4 & co".into()),
        expiry_minutes: None,
    }
}

async fn created(client: &Cryptoscan, order: &str) -> GatewayInvoice {
    client
        .create(&request(order, "USD", "12.50", "USDTTRC20"))
        .await
        .unwrap()
}

#[tokio::test]
async fn a_full_payment_goes_from_pending_to_paid() {
    let rig = rig_for(Protocol::Cryptoscan).await;
    let client = rig.scan();
    let inv = created(&client, "o-1").await;
    assert_eq!(inv.status, Status::Pending);
    assert_eq!(inv.amount_crypto, Some(Decimal::from_str("12.5").unwrap()));
    assert_eq!(inv.currency.as_deref(), Some("USDTTRC20"));
    assert_eq!(inv.order_id.as_deref(), Some("o-1"));
    assert!(inv.address.as_deref().unwrap().starts_with('T'));
    assert!(inv.expires_at.unwrap() > chrono::Utc::now());
    let seen = client.status(&inv.provider_ref).await.unwrap();
    assert_eq!(seen.status, Status::Pending);
    assert_eq!(seen.address, inv.address);
    assert_eq!(seen.order_id.as_deref(), Some("o-1"));

    rig.sim.state.pay(&inv.provider_ref, None).unwrap();
    // Confirming on chain, which CryptoScan does not show.
    let confirming = client.status(&inv.provider_ref).await.unwrap();
    assert_eq!(confirming.status, Status::Pending);
    assert_eq!(confirming.confirmations, None);
    let mut paid = confirming;
    for _ in 0..50 {
        if paid.status != Status::Pending {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        paid = client.status(&inv.provider_ref).await.unwrap();
    }
    assert_eq!(paid.status, Status::Paid);
    assert!(paid.flags.is_empty());
    assert!(paid.txid.is_some());
    assert_eq!(paid.paid_crypto, paid.amount_crypto);
}

#[tokio::test]
async fn a_fiat_other_than_usd_is_priced_and_named() {
    let rig = rig_for(Protocol::Cryptoscan).await;
    let client = rig.scan();
    let inv = client
        .create(&request("o-eur", "EUR", "10.00", "USDTERC20"))
        .await
        .unwrap();
    assert_eq!(inv.amount_crypto, Some(Decimal::from_str("10.8").unwrap()));
    assert_eq!(inv.currency.as_deref(), Some("USDTERC20"));
    assert!(inv.address.as_deref().unwrap().starts_with("0x"));
    let p = rig.sim.state.payment(&inv.provider_ref).unwrap();
    assert_eq!(
        (p.price_currency.as_str(), p.currency.as_str()),
        ("EUR", "USDTERC20")
    );
    assert_eq!(p.metadata.as_deref(), Some("table 4 & co"));
}

#[tokio::test]
async fn unpaid_and_short_paid_invoices_expire() {
    let rig = rig_for(Protocol::Cryptoscan).await;
    let client = rig.scan();
    let never = created(&client, "o-never").await;
    rig.sim.state.expire(&never.provider_ref).unwrap();
    assert_eq!(
        client.status(&never.provider_ref).await.unwrap().status,
        Status::Expired
    );

    let short = created(&client, "o-short").await;
    let id = &short.provider_ref;
    rig.sim.state.pay(id, Some(Decimal::from(4))).unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        client.status(&short.provider_ref).await.unwrap().status,
        Status::Pending
    );
    rig.sim.state.expire(id).unwrap();
    assert_eq!(
        client.status(&short.provider_ref).await.unwrap().status,
        Status::Expired
    );
}

#[tokio::test]
async fn a_cancelled_invoice_is_cancelled() {
    let rig = rig_for(Protocol::Cryptoscan).await;
    let client = rig.scan();
    let inv = created(&client, "o-cancel").await;
    rig.sim.state.cancel(&inv.provider_ref).unwrap();
    assert_eq!(
        client.status(&inv.provider_ref).await.unwrap().status,
        Status::Cancelled
    );
}

#[tokio::test]
async fn a_manual_confirmation_is_paid_and_flagged() {
    let rig = rig_for(Protocol::Cryptoscan).await;
    let client = rig.scan();
    let by_dashboard = created(&client, "o-dash").await;
    rig.sim
        .state
        .confirm_manually(&by_dashboard.provider_ref, "0xdash")
        .unwrap();
    let seen = client.status(&by_dashboard.provider_ref).await.unwrap();
    assert_eq!(seen.status, Status::Paid);
    assert!(seen.flags.contains(&Flag::ConfirmedManually));
    assert_eq!(seen.txid.as_deref(), Some("0xdash"));

    for auth in [scan::Auth::Signature, scan::Auth::PrivateKey] {
        let client = rig.scan_with("pk_1", "sk_1", auth);
        let order = format!("o-api-{auth:?}");
        let by_api = created(&client, &order).await;
        let answer = client
            .confirm_manually(&by_api.provider_ref, "0xapi")
            .await
            .unwrap();
        assert_eq!(answer.status, Status::Paid, "{auth:?}");
        assert!(answer.flags.contains(&Flag::ConfirmedManually));
        assert_eq!(answer.txid.as_deref(), Some("0xapi"));
        let later = client.status(&by_api.provider_ref).await.unwrap();
        assert_eq!(later.status, Status::Paid);
        assert!(later.flags.contains(&Flag::ConfirmedManually));
    }

    let e = client.confirm_manually("999", "0x1").await.unwrap_err();
    assert!(matches!(e, GatewayError::NotFound(_)), "{e:?}");
    let e = client.confirm_manually("1", " ").await.unwrap_err();
    assert!(
        e.to_string().contains("Transaction Id cannot be blank"),
        "{e}"
    );
}

#[tokio::test]
async fn both_auth_modes_work_and_wrong_keys_are_refused() {
    let rig = rig_for(Protocol::Cryptoscan).await;
    for auth in [scan::Auth::Signature, scan::Auth::PrivateKey] {
        let client = rig.scan_with("pk_1", "sk_1", auth);
        let order = format!("o-auth-{auth:?}");
        let inv = created(&client, &order).await;
        client.status(&inv.provider_ref).await.unwrap();
        client.find_by_order_id(&order).await.unwrap().unwrap();
        client.user().await.unwrap();
        for (public, private) in [("pk_1", "sk_2"), ("pk_2", "sk_1")] {
            let wrong = rig.scan_with(public, private, auth);
            let e = wrong.status(&inv.provider_ref).await.unwrap_err();
            assert!(matches!(e, GatewayError::Auth(_)), "{auth:?}: {e:?}");
            assert!(e.to_string().contains("invalid credentials"), "{e}");
            let e = wrong
                .create(&request("o-wrong", "USD", "5", "USDTTRC20"))
                .await
                .unwrap_err();
            assert!(matches!(e, GatewayError::Auth(_)), "{auth:?}: {e:?}");
        }
    }
    assert_eq!(rig.sim.state.count_for_order("o-wrong"), 0);
    let e = Cryptoscan::new(scan::Config {
        base_url: rig.sim.base_url(),
        public_key: "pk_1".into(),
        private_key: " ".into(),
        auth: scan::Auth::Signature,
        timeouts: Timeouts::default(),
    })
    .err()
    .unwrap();
    assert!(matches!(e, GatewayError::Auth(_)), "{e:?}");
}

#[tokio::test]
async fn field_errors_carry_the_gateways_words() {
    let rig = rig_for(Protocol::Cryptoscan).await;
    let client = rig.scan();
    let e = client
        .create(&request("", "USD", "5", "USDTTRC20"))
        .await
        .unwrap_err();
    let GatewayError::Rejected { message, fields } = &e else {
        panic!("{e:?}");
    };
    assert_eq!(message, "Invalid request data");
    assert_eq!(fields[0].field, "client_reference_id");
    assert_eq!(fields[0].message, "Client Reference Id cannot be blank.");
    assert!(
        e.to_string()
            .contains("client_reference_id: Client Reference Id cannot be blank."),
        "{e}"
    );

    let e = client
        .create(&request("o-small", "USD", "0.50", "USDTTRC20"))
        .await
        .unwrap_err();
    assert!(
        e.to_string().contains("amount: amount must be between"),
        "{e}"
    );
    let e = client
        .create(&request("o-jpy", "JPY", "500", "USDTTRC20"))
        .await
        .unwrap_err();
    assert!(
        e.to_string().contains("Currency JPY is not available."),
        "{e}"
    );
    let e = client
        .create(&request("o-usdc", "USD", "5", "USDCERC20"))
        .await
        .unwrap_err();
    assert!(
        e.to_string()
            .contains("There is no active wallet for USDC ERC-20."),
        "{e}"
    );

    let e = client
        .create(&request("o-btc", "USD", "5", "BTC"))
        .await
        .unwrap_err();
    assert!(e.to_string().contains("CryptoScan cannot take BTC"), "{e}");
    assert_eq!(rig.sim.state.requests("create"), 4);
}

#[tokio::test]
async fn a_duplicate_client_reference_id_is_rejected() {
    let rig = rig_for(Protocol::Cryptoscan).await;
    let client = rig.scan();
    created(&client, "o-dup").await;
    let e = client
        .create(&request("o-dup", "USD", "20", "USDTTRC20"))
        .await
        .unwrap_err();
    let GatewayError::Rejected { fields, .. } = &e else {
        panic!("{e:?}");
    };
    assert_eq!(fields[0].field, "client_reference_id");
    assert!(fields[0].message.contains("has already been taken"), "{e}");
    let e = client
        .create_widget(
            &request("o-dup", "USD", "20", "USDTTRC20"),
            &Widget::default(),
        )
        .await
        .unwrap_err();
    assert!(matches!(e, GatewayError::Rejected { .. }), "{e:?}");
    assert_eq!(rig.sim.state.count_for_order("o-dup"), 1);
}

#[tokio::test]
async fn a_create_answered_500_is_found_by_order_id_and_made_once() {
    for fault in [Fault::CreateThen500, Fault::CreateThenHang] {
        let rig = rig_for(Protocol::Cryptoscan).await;
        let client = rig.scan();
        rig.sim.state.inject("create", fault.clone(), 1);
        let e = client
            .create(&request("o-lost", "USD", "5.00", "USDTTRC20"))
            .await
            .unwrap_err();
        assert!(e.outcome_unknown(), "{fault:?}: {e:?}");
        assert_eq!(rig.sim.state.requests("create"), 1, "{fault:?}");
        assert_eq!(rig.sim.state.count_for_order("o-lost"), 1, "{fault:?}");
        let found = client.find_by_order_id("o-lost").await.unwrap().unwrap();
        assert_eq!(found.order_id.as_deref(), Some("o-lost"));
        assert_eq!(found.status, Status::Pending);
        assert!(client.find_by_order_id("o-other").await.unwrap().is_none());
    }
}

#[tokio::test]
async fn a_create_that_failed_before_taking_effect_is_not_found() {
    for fault in [Fault::ServerError(502), Fault::Reset] {
        let rig = rig_for(Protocol::Cryptoscan).await;
        let client = rig.scan();
        rig.sim.state.inject("create", fault.clone(), 1);
        let e = client
            .create(&request("o-once", "USD", "5.00", "USDTTRC20"))
            .await
            .unwrap_err();
        assert!(e.outcome_unknown(), "{fault:?}: {e:?}");
        assert_eq!(rig.sim.state.requests("create"), 1, "{fault:?}");
        assert!(client.find_by_order_id("o-once").await.unwrap().is_none());
    }
}

#[tokio::test]
async fn the_search_picks_the_exact_reference() {
    let rig = rig_for(Protocol::Cryptoscan).await;
    let client = rig.scan();
    let first = created(&client, "o-first").await;
    assert_eq!(first.provider_ref, "1");
    // Searching "1" also matches invoice number 1, whose order is o-first.
    let named_one = created(&client, "1").await;
    let found = client.find_by_order_id("1").await.unwrap().unwrap();
    assert_eq!(found.provider_ref, named_one.provider_ref);
    assert_eq!(
        client
            .find_by_order_id("o-first")
            .await
            .unwrap()
            .unwrap()
            .provider_ref,
        "1"
    );
}

#[tokio::test]
async fn a_widget_invoice_has_a_checkout_url() {
    let rig = rig_for(Protocol::Cryptoscan).await;
    let client = rig.scan_with("pk_1", "sk_1", scan::Auth::PrivateKey);
    let widget = Widget {
        description: Some("Coffee for two".into()),
        back_url: Some("https://shop.example/thanks?x=1 2".into()),
        cancel_url: None,
        lang: Some("de-DE".into()),
    };
    let inv = client
        .create_widget(&request("o-w", "USD", "7", "USDTTRC20"), &widget)
        .await
        .unwrap();
    assert!(inv.checkout_url.as_deref().unwrap().contains("/payment/"));
    assert_eq!(inv.status, Status::Pending);
    assert_eq!(inv.order_id.as_deref(), Some("o-w"));
    assert_eq!(inv.currency.as_deref(), Some("USDTTRC20"));
    let signed = rig.scan();
    let again = signed
        .create_widget(&request("o-w2", "USD", "7.10", "USDTTRC20"), &widget)
        .await
        .unwrap();
    assert_eq!(again.amount_crypto, Some(Decimal::from_str("7.1").unwrap()));
    let p = rig.sim.state.payment(&again.provider_ref).unwrap();
    assert_eq!(p.description.as_deref(), Some("Coffee for two"));
}

#[tokio::test]
async fn user_rates_and_currency_status_are_read() {
    let rig = rig_for(Protocol::Cryptoscan).await;
    let client = rig.scan();
    let user = client.user().await.unwrap();
    assert_eq!(user.balance.to_string(), "85.00");
    assert_eq!(user.currency, "USD");
    let rates = client.currency_rates().await.unwrap();
    let eur = rates.iter().find(|r| r.currency == "EUR").unwrap();
    assert_eq!(eur.rate.to_string(), "0.92593");
    assert!(eur.enabled);
    assert!(!rates.iter().find(|r| r.currency == "JPY").unwrap().enabled);
    let gbp = client.currency_status("gbp").await.unwrap();
    assert!(gbp.enabled);
    assert_eq!(gbp.rate.unwrap().to_string(), "0.7874");
    let e = client.currency_status("XYZ").await.unwrap_err();
    assert!(matches!(e, GatewayError::NotFound(_)), "{e:?}");
    let e = client.currency_status("../user").await.unwrap_err();
    assert!(matches!(e, GatewayError::NotFound(_)), "{e:?}");
    assert_eq!(rig.sim.state.requests("rates"), 3);
}

#[tokio::test]
async fn currencies_are_the_assets_the_client_can_name() {
    let rig = rig_for(Protocol::Cryptoscan).await;
    let list = rig.scan().currencies().await.unwrap();
    let codes: Vec<_> = list.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(codes, ["USDTTRC20", "USDTERC20", "USDTBEP20", "USDCERC20"]);
    assert_eq!(list[0].network.as_deref(), Some("TRC-20"));
    assert_eq!(list[0].token.as_deref(), Some("USDT"));
    assert!(list.iter().all(|c| c.min_amount.is_none()));
}

#[tokio::test]
async fn unknown_invoices_are_not_found() {
    let rig = rig_for(Protocol::Cryptoscan).await;
    let client = rig.scan();
    for id in ["999", "abc", "1/../../user", ""] {
        let e = client.status(id).await.unwrap_err();
        assert!(matches!(e, GatewayError::NotFound(_)), "{id}: {e:?}");
    }
    assert_eq!(rig.sim.state.requests("status"), 1);
    // A bystander's invoice made straight in the simulator is seen too.
    let new = NewPayment::priced("o-sim", "USDTBEP20", "USD", Decimal::ONE);
    let p = rig.sim.state.create(new).unwrap();
    let seen = client.status(&p.number.to_string()).await.unwrap();
    assert_eq!(seen.currency.as_deref(), Some("USDTBEP20"));
}

#[tokio::test]
async fn reads_wait_out_a_429_and_report_a_long_one() {
    let rig = rig_for(Protocol::Cryptoscan).await;
    let client = rig.scan();
    let r = created(&client, "o-429").await.provider_ref;
    rig.sim.state.inject("status", Fault::RateLimit(1), 1);
    let started = std::time::Instant::now();
    client.status(&r).await.unwrap();
    assert!(started.elapsed() >= Duration::from_secs(1));
    assert_eq!(rig.sim.state.requests("status"), 2);
    rig.sim.state.inject("search", Fault::RateLimit(120), 1);
    let e = client.find_by_order_id("o-429").await.unwrap_err();
    assert_eq!(
        e,
        GatewayError::RateLimited {
            retry_after: Some(Duration::from_secs(120))
        }
    );
}

#[tokio::test]
async fn reads_retry_server_errors_resets_and_hangs_within_a_bound() {
    for fault in [
        Fault::ServerError(500),
        Fault::ServerError(503),
        Fault::Reset,
        Fault::Hang,
    ] {
        let rig = rig_for(Protocol::Cryptoscan).await;
        let client = rig.scan();
        let r = created(&client, "o-f").await.provider_ref;
        rig.sim.state.inject("status", fault.clone(), 2);
        assert!(client.status(&r).await.is_ok(), "{fault:?} was not retried");
        assert_eq!(rig.sim.state.requests("status"), 3, "{fault:?}");
        rig.sim.state.inject("status", fault.clone(), 3);
        let e = client.status(&r).await.unwrap_err();
        assert!(
            matches!(e, GatewayError::Unavailable(_)),
            "{fault:?}: {e:?}"
        );
    }
}

#[tokio::test]
async fn malformed_answers_are_protocol_errors() {
    let rig = rig_for(Protocol::Cryptoscan).await;
    let client = rig.scan();
    let r = created(&client, "o-m").await.provider_ref;
    for route in ["status", "search", "user", "rates"] {
        rig.sim.state.inject(route, Fault::Malformed, 1);
    }
    let e = client.status(&r).await.unwrap_err();
    assert!(matches!(e, GatewayError::Protocol(_)), "{e:?}");
    assert!(e.to_string().contains("cannot read"), "{e}");
    let e = client.find_by_order_id("o-m").await.unwrap_err();
    assert!(matches!(e, GatewayError::Protocol(_)), "{e:?}");
    assert!(matches!(
        client.user().await,
        Err(GatewayError::Protocol(_))
    ));
    assert!(matches!(
        client.currency_rates().await,
        Err(GatewayError::Protocol(_))
    ));
}

#[tokio::test]
async fn a_rate_limited_create_is_sent_again_after_the_wait() {
    let rig = rig_for(Protocol::Cryptoscan).await;
    let client = rig.scan();
    rig.sim.state.inject("create", Fault::RateLimit(1), 1);
    created(&client, "o-429c").await;
    assert_eq!(rig.sim.state.requests("create"), 2);
    assert_eq!(rig.sim.state.count_for_order("o-429c"), 1);
}

#[tokio::test]
async fn an_unreachable_gateway_is_unavailable() {
    let client = client_for(
        "http://127.0.0.1:9/api/v1".into(),
        "pk_1",
        "sk_1",
        scan::Auth::Signature,
    );
    let e = client.status("1").await.unwrap_err();
    assert!(matches!(e, GatewayError::Unavailable(_)), "{e:?}");
}
