//! The commands over IPC in Tauri's mock runtime, with the app's real
//! capabilities: what each window may call, and what it gets.

use super::builder;
use crate::shop::Shop;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{WebviewUrl, WebviewWindow, WebviewWindowBuilder};

struct Rig {
    _dir: tempfile::TempDir,
    app: tauri::App<tauri::test::MockRuntime>,
}

/// A shop in `dir` with one sandbox provider, `demo`.
pub(super) fn sandbox_shop(dir: &std::path::Path) -> Shop {
    let shop = Shop::open(Some(dir.to_path_buf())).unwrap();
    shop.journal
        .add_provider(&counterpay_core::ProviderConfig {
            name: "demo".into(),
            kind: counterpay_core::ProviderKind::Sandbox,
            base_url: None,
            options: Default::default(),
            is_default: true,
        })
        .unwrap();
    shop
}

fn rig() -> Rig {
    let dir = tempfile::tempdir().unwrap();
    let shop = sandbox_shop(dir.path());
    let app = builder(mock_builder(), shop)
        .build(tauri::generate_context!())
        .unwrap();
    Rig { _dir: dir, app }
}

fn window(rig: &Rig, label: &str) -> WebviewWindow<tauri::test::MockRuntime> {
    WebviewWindowBuilder::new(&rig.app, label, WebviewUrl::App("index.html".into()))
        .build()
        .unwrap()
}

/// Shows that each command refuses staff, then sets the first PIN, 1234,
/// which unlocks owner mode.
fn become_owner(counter: &WebviewWindow<tauri::test::MockRuntime>, refused: &[&str], args: Value) {
    for cmd in refused {
        let e = call(counter, cmd, args.clone()).unwrap_err();
        assert_eq!(e["code"], "owner_only", "{cmd}");
    }
    call(
        counter,
        "owner_set_pin",
        json!({"current": null, "new": "1234"}),
    )
    .unwrap();
}

fn call(
    w: &WebviewWindow<tauri::test::MockRuntime>,
    cmd: &str,
    args: Value,
) -> Result<Value, Value> {
    get_ipc_response(
        w,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|body| body.deserialize::<Value>().unwrap())
}

#[test]
fn the_counter_charges_and_errors_come_as_code_and_message() {
    let rig = rig();
    let counter = window(&rig, "main");
    let state = call(&counter, "counter_state", json!({})).unwrap();
    assert_eq!(state["sandbox"], true);
    assert_eq!(state["fiat"], "USD");
    let view = call(
        &counter,
        "charge",
        json!({"amount": "12.50", "currency": "USDTTRC20", "note": null}),
    )
    .unwrap();
    assert_eq!(view["amount_fiat"], "12.50");
    assert!(view["qr_svg"].as_str().unwrap().contains("<svg"));
    assert_eq!(view["sandbox"], true);
    let bad = call(
        &counter,
        "charge",
        json!({"amount": "-3", "currency": "USDTTRC20", "note": null}),
    )
    .unwrap_err();
    assert_eq!(bad["code"], "bad_amount");
    assert_eq!(bad["message"], "the amount cannot be negative");
    let recent = call(&counter, "recent", json!({})).unwrap();
    assert_eq!(recent.as_array().unwrap().len(), 1);
}

#[test]
fn owner_commands_refuse_staff_until_the_pin_unlocks_them() {
    let rig = rig();
    let counter = window(&rig, "main");
    let refused = call(&counter, "owner_settings", json!({})).unwrap_err();
    assert_eq!(refused["code"], "owner_only");
    let no_pin = call(&counter, "owner_unlock", json!({"pin": "1234"})).unwrap_err();
    assert_eq!(no_pin["code"], "pin_not_set");
    call(
        &counter,
        "owner_set_pin",
        json!({"current": null, "new": "1234"}),
    )
    .unwrap();
    assert!(
        call(&counter, "owner_settings", json!({}))
            .unwrap()
            .as_array()
            .unwrap()
            .len()
            >= 6
    );
    call(&counter, "owner_lock", json!({})).unwrap();
    // Setting a PIN again is an owner's act once one exists.
    let again = call(
        &counter,
        "owner_set_pin",
        json!({"current": null, "new": "9999"}),
    )
    .unwrap_err();
    assert_eq!(again["code"], "owner_only");
    let wrong = call(&counter, "owner_unlock", json!({"pin": "0000"})).unwrap_err();
    assert_eq!(wrong["code"], "pin_wrong");
    call(&counter, "owner_unlock", json!({"pin": "1234"})).unwrap();
    let saved = call(
        &counter,
        "owner_set",
        json!({"key": "shop_name", "value": "Corner Café"}),
    )
    .unwrap();
    assert_eq!(saved, "Corner Café");
    let state = call(&counter, "counter_state", json!({})).unwrap();
    assert_eq!(state["shop_name"], "Corner Café");
}

#[test]
fn the_customer_display_may_only_read_what_it_shows() {
    let rig = rig();
    let counter = window(&rig, "main");
    let customer = window(&rig, "customer");
    let view = call(
        &counter,
        "charge",
        json!({"amount": "7", "currency": "USDTTRC20", "note": "staff only"}),
    )
    .unwrap();
    let shown = call(&customer, "customer_state", json!({})).unwrap();
    assert_eq!(shown["invoice"]["id"], view["id"]);
    assert!(shown["invoice"].get("note").is_none() && shown["invoice"].get("order_id").is_none());
    // Arguments that would do, so only the window's permissions can refuse.
    let id = view["id"].clone();
    for (cmd, args) in [
        (
            "charge",
            json!({"amount": "7", "currency": "USDTTRC20", "note": null}),
        ),
        ("recent", json!({})),
        ("owner_unlock", json!({"pin": "1234"})),
        ("simulate", json!({"id": id, "action": "full"})),
        ("cancel", json!({"id": id})),
    ] {
        let refused = call(&customer, cmd, args.clone()).unwrap_err();
        assert!(
            refused.as_str().is_some_and(|m| m.contains("not allowed")),
            "{cmd} on the customer display: {refused}"
        );
        assert!(call(&counter, "counter_state", json!({})).is_ok());
    }
    assert_eq!(
        call(&counter, "invoice", json!({"id": id})).unwrap()["status"],
        "pending"
    );
}

/// A paid sale written straight into the shop's journal, as the watcher
/// of another till sharing the data dir would.
fn paid_sale(rig: &Rig, amount: &str, cashier: &str) -> String {
    use counterpay_core::{EventKind, Invoice, Ledger, Status};
    use std::str::FromStr;
    let journal =
        counterpay_journal::Journal::open(&rig._dir.path().join(counterpay_journal::FILE_NAME))
            .unwrap();
    let mut inv = Invoice::intent(
        counterpay_core::till::new_id(),
        "demo".into(),
        format!("order-{amount}"),
        "USD".into(),
        rust_decimal::Decimal::from_str(amount).unwrap(),
        "USDTTRC20".into(),
        None,
    );
    inv.status = Status::Paid;
    inv.cashier = Some(cashier.into());
    inv.paid_crypto = inv.amount_fiat;
    inv.txid = Some("feed01".into());
    inv.paid_at = Some(inv.created_at);
    journal.append(EventKind::Updated, &inv).unwrap();
    inv.id
}

#[test]
fn takings_exports_and_shifts_are_the_owners_and_receipts_only_for_paid_sales() {
    let rig = rig();
    let counter = window(&rig, "main");
    let paid = paid_sale(&rig, "12.50", "ana");
    let pending = call(
        &counter,
        "charge",
        json!({"amount": "3.00", "currency": "USDTTRC20", "note": null, "cashier": "bo"}),
    )
    .unwrap();

    let receipt = call(&counter, "receipt", json!({"id": paid})).unwrap();
    assert_eq!(receipt["amount_fiat"], "12.50");
    assert_eq!(receipt["txid"], "feed01");
    assert_eq!(receipt["cashier"], "ana");
    let refused = call(&counter, "receipt", json!({"id": pending["id"]})).unwrap_err();
    assert!(refused["message"]
        .as_str()
        .unwrap()
        .contains("only a paid invoice"));

    become_owner(
        &counter,
        &["owner_takings", "owner_shifts", "owner_close_shift"],
        json!({}),
    );

    let t = call(&counter, "owner_takings", json!({})).unwrap();
    assert_eq!(t["totals"]["USD"]["amount"], "12.50");
    assert_eq!(t["by_cashier"]["ana"]["USD"]["amount"], "12.50");
    assert_eq!(t["counts"]["pending"], 1);
    assert_eq!(t["invoices"], 2);
    assert!(t["chart_svg"].as_str().unwrap().contains("<rect"));
    let backwards = call(
        &counter,
        "owner_takings",
        json!({"first": "2026-03-02", "last": "2026-03-01"}),
    )
    .unwrap_err();
    assert_eq!(backwards["code"], "invalid");
    let typo = call(&counter, "owner_takings", json!({"first": "2026-13-01"})).unwrap_err();
    assert!(typo["message"].as_str().unwrap().contains("YYYY-MM-DD"));

    let out = rig._dir.path().join("today.csv");
    let rows = call(
        &counter,
        "owner_export",
        json!({"format": "csv", "path": out}),
    )
    .unwrap();
    assert_eq!(rows, 2);
    let csv = std::fs::read_to_string(&out).unwrap();
    assert_eq!(csv.lines().count(), 3, "{csv}");
    assert!(csv.contains(",ana,USD,12.50,USDTTRC20,"), "{csv}");
    let bad = rig._dir.path().join("today.xml");
    let refused = call(
        &counter,
        "owner_export",
        json!({"format": "xml", "path": bad}),
    )
    .unwrap_err();
    assert_eq!(refused["code"], "invalid");
    assert!(!bad.exists() && !rig._dir.path().join("today.xml.partial").exists());

    let z = call(&counter, "owner_close_shift", json!({})).unwrap();
    assert_eq!(z["number"], 1);
    assert_eq!(z["summary"]["totals"]["USD"]["amount"], "12.50");
    let again = call(&counter, "owner_close_shift", json!({})).unwrap();
    assert_eq!(again["number"], 2);
    let list = call(&counter, "owner_shifts", json!({})).unwrap();
    let numbers: Vec<u64> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|z| z["number"].as_u64().unwrap())
        .collect();
    assert_eq!(numbers, vec![2, 1]);

    let customer = window(&rig, "customer");
    for cmd in ["owner_takings", "receipt", "owner_export"] {
        let refused = call(&customer, cmd, json!({"id": paid})).unwrap_err();
        assert!(
            refused.as_str().is_some_and(|m| m.contains("not allowed")),
            "{cmd}: {refused}"
        );
    }
}

#[test]
fn withdrawals_are_the_owners_and_a_new_address_needs_the_pin() {
    let rig = rig();
    let counter = window(&rig, "main");
    let tron = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";
    let ask = json!({"provider": null, "asset": "USDTTRC20", "amount": "10",
        "address": tron, "pin": "1234"});
    become_owner(
        &counter,
        &[
            "owner_balances",
            "owner_withdraw",
            "owner_withdrawals",
            "owner_addresses",
        ],
        ask.clone(),
    );

    let typo = call(
        &counter,
        "owner_withdraw_quote",
        json!({"provider": null, "asset": "USDTTRC20", "amount": "10",
            "address": "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u"}),
    )
    .unwrap_err();
    assert_eq!(typo["code"], "payout_refused");
    assert!(typo["message"].as_str().unwrap().contains("checksum"));

    let add = |pin: &str| {
        call(
            &counter,
            "owner_add_address",
            json!({"label": "Owner's wallet", "asset": "usdttrc20", "address": tron, "pin": pin}),
        )
    };
    let nosuch = call(
        &counter,
        "owner_resolve_withdrawal",
        json!({"id": "WNOSUCH", "sent": true, "pin": "1234"}),
    )
    .unwrap_err();
    assert_eq!(nosuch["code"], "invalid");
    assert_eq!(add("0000").unwrap_err()["code"], "pin_wrong");
    let saved = add("1234").unwrap();
    assert_eq!(saved["asset"], "USDTTRC20");
    let list = call(&counter, "owner_addresses", json!({})).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert!(call(&counter, "owner_withdrawals", json!({}))
        .unwrap()
        .as_array()
        .unwrap()
        .is_empty());

    let customer = window(&rig, "customer");
    for cmd in ["owner_balances", "owner_withdraw", "owner_add_address"] {
        let refused = call(&customer, cmd, ask.clone()).unwrap_err();
        assert!(
            refused.as_str().is_some_and(|m| m.contains("not allowed")),
            "{cmd}: {refused}"
        );
    }
}

#[test]
fn bad_requests_from_the_screens_get_their_own_code() {
    let rig = rig();
    let counter = window(&rig, "main");
    let sale = call(
        &counter,
        "charge",
        json!({"amount": "4.00", "currency": "USDTTRC20", "note": null}),
    )
    .unwrap();
    let id = sale["id"].clone();
    let wrong = call(&counter, "simulate", json!({"id": id, "action": "refund"})).unwrap_err();
    assert_eq!(wrong["code"], "invalid");
    call(&counter, "cancel", json!({"id": id})).unwrap();
    let again = call(&counter, "cancel", json!({"id": id})).unwrap_err();
    assert_eq!(again["code"], "invalid");
    assert!(again["message"]
        .as_str()
        .unwrap()
        .contains("no longer be cancelled"));
    let unknown = call(&counter, "invoice", json!({"id": "NOSUCH"})).unwrap_err();
    assert_eq!(unknown["code"], "unknown_invoice");

    assert_eq!(
        call(&counter, "update_state", json!({})).unwrap()["state"],
        "unchecked"
    );
    become_owner(&counter, &["owner_update_install"], json!({}));
    let nothing = call(&counter, "owner_update_install", json!({})).unwrap_err();
    assert_eq!(nothing["code"], "no_update");

    let kind = call(
        &counter,
        "owner_add_provider",
        json!({"name": "x", "kind": "paypal", "baseUrl": null, "options": {}}),
    )
    .unwrap_err();
    assert_eq!(kind["code"], "invalid");
    let gone = call(&counter, "owner_remove_provider", json!({"name": "nosuch"})).unwrap_err();
    assert_eq!(gone["code"], "invalid");
    call(
        &counter,
        "owner_add_provider",
        json!({"name": "fuse", "kind": "cryptofuse", "baseUrl": null, "options": {}}),
    )
    .unwrap();
    let half = call(
        &counter,
        "owner_store_credentials",
        json!({"name": "fuse", "values": {"client_id": "abc"}}),
    )
    .unwrap_err();
    assert_eq!(half["code"], "invalid");
    assert!(half["message"]
        .as_str()
        .unwrap()
        .contains("nothing was stored"));
}
