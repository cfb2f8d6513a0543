//! The updater against a local server that serves a signed manifest and
//! artifact the way a release does: a good signature is accepted; a
//! tampered artifact, a wrong key or a signature for another version is
//! refused. Keys are made here with minisign, as `tauri signer` makes them.

use super::until_no_sale_open;
use axum::routing::get;
use base64::Engine;
use std::io::Cursor;
use std::sync::{Arc, Mutex};
use tauri::test::{mock_builder, MockRuntime};
use tauri_plugin_updater::UpdaterExt;

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;
const ARTIFACT: &[u8] = b"counterpay 0.2.0 as an updater bundle";

struct Key {
    pair: minisign::KeyPair,
}

impl Key {
    fn new() -> Key {
        Key {
            pair: minisign::KeyPair::generate_unencrypted_keypair().unwrap(),
        }
    }

    /// The form tauri.conf.json's `plugins.updater.pubkey` takes.
    fn public(&self) -> String {
        B64.encode(self.pair.pk.to_box().unwrap().to_string())
    }

    /// The form latest.json's `signature` takes, signed for `version`.
    fn sign(&self, data: &[u8], version: &str) -> String {
        let sig = minisign::sign(
            Some(&self.pair.pk),
            &self.pair.sk,
            Cursor::new(data),
            Some(&format!(
                "timestamp:1700000000\tfile:counterpay.tar.gz\tversion:{version}"
            )),
            Some("signature from tauri secret key"),
        )
        .unwrap();
        B64.encode(sig.to_string())
    }
}

/// What the release server serves; tests change it between checks.
#[derive(Clone)]
struct Release {
    manifest: Arc<Mutex<String>>,
    artifact: Arc<Mutex<Vec<u8>>>,
}

async fn serve(release: Release) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (m, a) = (release.manifest.clone(), release.artifact.clone());
    let app = axum::Router::new()
        .route(
            "/latest.json",
            get(move || async move { m.lock().unwrap().clone() }),
        )
        .route(
            "/counterpay.tar.gz",
            get(move || async move { a.lock().unwrap().clone() }),
        );
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    base
}

fn manifest(base: &str, version: &str, signature: &str) -> String {
    serde_json::json!({
        "version": version,
        "notes": "Faster QR codes",
        "pub_date": "2026-11-20T12:00:00Z",
        "platforms": {
            tauri_plugin_updater::target().unwrap(): {
                "signature": signature,
                "url": format!("{base}/counterpay.tar.gz"),
            }
        }
    })
    .to_string()
}

fn app() -> tauri::App<MockRuntime> {
    mock_builder()
        .plugin(tauri_plugin_updater::Builder::new().build())
        .build(tauri::generate_context!())
        .unwrap()
}

async fn download(
    app: &tauri::App<MockRuntime>,
    base: &str,
    pubkey: &str,
) -> Result<Vec<u8>, String> {
    let updater = app
        .updater_builder()
        .pubkey(pubkey)
        .endpoints(vec![format!("{base}/latest.json").parse().unwrap()])
        .unwrap()
        .build()
        .unwrap();
    let update = updater
        .check()
        .await
        .map_err(|e| e.to_string())?
        .expect("0.2.0 is newer than the running version");
    assert_eq!(update.body.as_deref(), Some("Faster QR codes"));
    update
        .download(|_, _| {}, || {})
        .await
        .map_err(|e| e.to_string())
}

#[tokio::test]
async fn a_signed_update_is_accepted_and_anything_else_refused() {
    let ours = Key::new();
    let release = Release {
        manifest: Arc::default(),
        artifact: Arc::new(Mutex::new(ARTIFACT.to_vec())),
    };
    let base = serve(release.clone()).await;
    let app = app();
    *release.manifest.lock().unwrap() = manifest(&base, "0.2.0", &ours.sign(ARTIFACT, "0.2.0"));

    let good = download(&app, &base, &ours.public()).await;
    assert_eq!(good.as_deref(), Ok(ARTIFACT));

    let someone_else = Key::new();
    let wrong_key = download(&app, &base, &someone_else.public()).await;
    assert!(
        wrong_key
            .as_ref()
            .is_err_and(|e| e.contains("different key")),
        "another key's update: {wrong_key:?}"
    );

    let mut tampered = ARTIFACT.to_vec();
    tampered[0] ^= 1;
    *release.artifact.lock().unwrap() = tampered;
    let refused = download(&app, &base, &ours.public()).await;
    assert!(
        refused
            .as_ref()
            .is_err_and(|e| e.contains("verification failed")),
        "a tampered artifact: {refused:?}"
    );

    // An old, genuinely signed release announced as a newer version.
    *release.artifact.lock().unwrap() = ARTIFACT.to_vec();
    *release.manifest.lock().unwrap() = manifest(&base, "0.3.0", &ours.sign(ARTIFACT, "0.2.0"));
    let replayed = download(&app, &base, &ours.public()).await;
    let message = replayed.unwrap_err();
    assert!(message.contains("0.2.0"), "{message}");
}

#[test]
fn the_shipped_public_key_is_a_minisign_key() {
    let conf: serde_json::Value =
        serde_json::from_str(include_str!("../../../../tauri.conf.json")).unwrap();
    let pubkey = conf["plugins"]["updater"]["pubkey"].as_str().unwrap();
    let text = String::from_utf8(B64.decode(pubkey).unwrap()).unwrap();
    assert!(minisign::PublicKeyBox::from_string(&text)
        .and_then(|b| b.into_public_key())
        .is_ok());
    assert_eq!(conf["plugins"]["updater"]["requireSignedVersion"], true);
    for url in conf["plugins"]["updater"]["endpoints"].as_array().unwrap() {
        assert!(url.as_str().unwrap().starts_with("https://"), "{url}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_update_waits_while_a_sale_is_open() {
    let dir = tempfile::tempdir().unwrap();
    let shop = crate::desktop::tests::sandbox_shop(dir.path());
    let till = Arc::new(shop.till());
    let sale = till
        .charge(counterpay_core::ChargeRequest {
            provider: "demo".into(),
            amount: "5.00".into(),
            fiat: "USD".into(),
            currency: "USDTTRC20".into(),
            order_id: None,
            note: None,
            expiry_minutes: None,
            cashier: None,
            staff_id: None,
            sale: None,
        })
        .await
        .unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let waiter = {
        let (till, seen) = (till.clone(), seen.clone());
        tokio::spawn(async move {
            until_no_sale_open(&till, |open| seen.lock().unwrap().push(open)).await
        })
    };
    tokio::time::timeout(std::time::Duration::from_secs(30), async {
        while seen.lock().unwrap().is_empty() {
            tokio::task::yield_now().await;
        }
    })
    .await
    .expect("the update never looked at the open sales");
    assert!(
        !waiter.is_finished(),
        "the update did not wait for the sale"
    );
    till.cancel(&sale.id).unwrap();
    tokio::time::timeout(std::time::Duration::from_secs(30), waiter)
        .await
        .expect("the update still waits after the sale ended")
        .unwrap();
    assert_eq!(seen.lock().unwrap()[0], 1);
}
