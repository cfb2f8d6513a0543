use super::cryptofuse::request;
use super::*;
use counterpay_core::{Gateway, GatewayError};
use counterpay_sandbox::Fault;

async fn created(client: &Cryptofuse) -> String {
    client
        .create(&request("o-f", "5.00", "USDTTRC20"))
        .await
        .unwrap()
        .provider_ref
}

#[tokio::test]
async fn reads_wait_out_a_429_as_told() {
    let rig = rig().await;
    let client = rig.client();
    let r = created(&client).await;
    rig.sim.state.inject("status", Fault::RateLimit(1), 1);
    let started = std::time::Instant::now();
    client.status(&r).await.unwrap();
    assert!(started.elapsed() >= Duration::from_secs(1));
    assert_eq!(rig.sim.state.requests("status"), 2);
}

#[tokio::test]
async fn a_long_retry_after_is_reported_not_slept() {
    let rig = rig().await;
    let client = rig.client();
    let r = created(&client).await;
    rig.sim.state.inject("status", Fault::RateLimit(120), 1);
    let e = client.status(&r).await.unwrap_err();
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
        let rig = rig().await;
        let client = rig.client();
        let r = created(&client).await;
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
    let rig = rig().await;
    let client = rig.client();
    let r = created(&client).await;
    rig.sim.state.inject("status", Fault::Malformed, 1);
    let e = client.status(&r).await.unwrap_err();
    assert!(matches!(e, GatewayError::Protocol(_)), "{e:?}");
    assert!(e.to_string().contains("cannot read"), "{e}");
}

#[tokio::test]
async fn a_create_is_never_sent_twice_when_its_outcome_is_unknown() {
    for fault in [
        Fault::CreateThen500,
        Fault::CreateThenHang,
        Fault::ServerError(502),
        Fault::Reset,
    ] {
        let rig = rig().await;
        let client = rig.client();
        rig.sim.state.inject("create", fault.clone(), 1);
        let e = client
            .create(&request("o-once", "5.00", "USDTTRC20"))
            .await
            .unwrap_err();
        assert!(e.outcome_unknown(), "{fault:?}: {e:?}");
        assert_eq!(rig.sim.state.requests("create"), 1, "{fault:?}");
        let made = rig.sim.state.count_for_order("o-once");
        let found = client.find_by_order_id("o-once").await.unwrap();
        assert_eq!(found.is_some(), made == 1, "{fault:?}");
    }
}

#[tokio::test]
async fn a_rate_limited_create_is_sent_again_after_the_wait() {
    let rig = rig().await;
    let client = rig.client();
    rig.sim.state.inject("create", Fault::RateLimit(1), 1);
    client
        .create(&request("o-429", "5.00", "USDTTRC20"))
        .await
        .unwrap();
    assert_eq!(rig.sim.state.count_for_order("o-429"), 1);
}

#[tokio::test]
async fn an_unreachable_gateway_is_unavailable() {
    let rig = rig().await;
    let client = Cryptofuse::new(Config {
        base_url: "http://127.0.0.1:9".into(),
        auth: Auth::OAuth(oauth("secret-1")),
        timeouts: Timeouts {
            connect: Duration::from_millis(500),
            request: Duration::from_secs(1),
        },
        expiry_minutes: None,
        fee_paid_by_user: false,
    })
    .unwrap();
    drop(rig);
    let e = client.currencies().await.unwrap_err();
    assert!(matches!(e, GatewayError::Unavailable(_)), "{e:?}");
}

#[tokio::test]
async fn a_redirect_is_not_followed_and_a_huge_answer_is_not_read() {
    let rig = rig().await;
    let client = rig.client();
    let r = created(&client).await;
    rig.sim.state.inject("status", Fault::Redirect, 1);
    let e = client.status(&r).await.unwrap_err();
    assert!(
        matches!(&e, GatewayError::Protocol(m) if m.contains("does not follow")),
        "{e:?}"
    );
    assert_eq!(rig.sim.state.requests("status"), 1);
    rig.sim.state.inject("status", Fault::Huge, 1);
    let e = client.status(&r).await.unwrap_err();
    assert!(
        matches!(&e, GatewayError::Protocol(m) if m.contains("4 MiB")),
        "{e:?}"
    );
    assert!(client.status(&r).await.is_ok());
}
