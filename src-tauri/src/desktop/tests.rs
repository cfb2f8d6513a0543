//! The commands over IPC in Tauri's mock runtime, with the app's real
//! capabilities: what each window may call, and what it gets.

use super::builder;
use crate::shop::Shop;
use counterpay_core::Permission;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{WebviewUrl, WebviewWindow, WebviewWindowBuilder};

struct Rig {
    _dir: tempfile::TempDir,
    app: tauri::App<tauri::test::MockRuntime>,
    owner: String,
    manager: String,
    cashier: String,
}

pub(super) const OWNER_PIN: &str = "135790";
const MANAGER_PIN: &str = "2468";
const CASHIER_PIN: &str = "1357";

/// A shop in `dir` with one sandbox provider, `demo`, the default.
pub(super) fn sandbox_shop(dir: &std::path::Path) -> Shop {
    let shop = Shop::open(Some(dir.to_path_buf())).unwrap();
    shop.add_provider(
        "demo",
        "sandbox",
        None,
        Default::default(),
        true,
        &counterpay_core::Actor::command_line(),
    )
    .unwrap();
    shop
}

/// A set-up sandbox shop: Olga the owner, Mia a manager, Ana a cashier.
fn rig() -> Rig {
    let dir = tempfile::tempdir().unwrap();
    let shop = sandbox_shop(dir.path());
    let owner = shop.setup("Corner", None, "Olga", OWNER_PIN).unwrap().owner;
    let actor = counterpay_core::Actor::staff(&owner);
    let manager = shop
        .add_staff("Mia", counterpay_core::Role::Manager, MANAGER_PIN, &actor)
        .unwrap();
    let cashier = shop
        .add_staff("Ana", counterpay_core::Role::Cashier, CASHIER_PIN, &actor)
        .unwrap();
    let app = builder(mock_builder(), shop)
        .build(tauri::generate_context!())
        .unwrap();
    Rig {
        _dir: dir,
        app,
        owner: owner.id,
        manager: manager.id,
        cashier: cashier.id,
    }
}

/// A shop with no owner yet: the first run.
fn fresh() -> (tempfile::TempDir, tauri::App<tauri::test::MockRuntime>) {
    let dir = tempfile::tempdir().unwrap();
    let shop = sandbox_shop(dir.path());
    let app = builder(mock_builder(), shop)
        .build(tauri::generate_context!())
        .unwrap();
    (dir, app)
}

fn window(rig: &Rig, label: &str) -> WebviewWindow<tauri::test::MockRuntime> {
    window_of(&rig.app, label)
}

fn window_of(
    app: &tauri::App<tauri::test::MockRuntime>,
    label: &str,
) -> WebviewWindow<tauri::test::MockRuntime> {
    WebviewWindowBuilder::new(app, label, WebviewUrl::App("index.html".into()))
        .build()
        .unwrap()
}

fn sign_in(w: &WebviewWindow<tauri::test::MockRuntime>, id: &str, pin: &str) {
    call(w, "sign_in", json!({"id": id, "pin": pin})).unwrap();
}

fn open_office(w: &WebviewWindow<tauri::test::MockRuntime>, id: &str, pin: &str) {
    call(w, "owner_unlock", json!({"pin": pin, "staff": id})).unwrap();
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

fn sale(w: &WebviewWindow<tauri::test::MockRuntime>, amount: &str) -> Value {
    call(
        w,
        "charge",
        json!({"amount": amount, "currency": "USDTTRC20", "note": null}),
    )
    .unwrap()
}

#[test]
fn the_counter_says_why_it_has_no_gateway_in_the_catalogues_words() {
    let dir = tempfile::tempdir().unwrap();
    let shop = Shop::open(Some(dir.path().to_path_buf())).unwrap();
    let app = builder(mock_builder(), shop)
        .build(tauri::generate_context!())
        .unwrap();
    let counter = window_of(&app, "main");
    let state = call(&counter, "counter_state", json!({})).unwrap();
    let problem = &state["provider_problem"];
    assert_eq!(problem["l10n"]["id"], "error-no-gateway", "{state}");
    assert!(
        problem["message"]
            .as_str()
            .is_some_and(|m| m.contains("no provider is configured")),
        "{problem}"
    );
}

#[test]
fn nothing_sells_before_setup_and_setup_makes_a_six_digit_owner_once() {
    let (_dir, app) = fresh();
    let counter = window_of(&app, "main");
    let state = call(&counter, "counter_state", json!({})).unwrap();
    assert_eq!(state["setup_needed"], true);
    let early = call(
        &counter,
        "charge",
        json!({"amount": "5", "currency": "USDTTRC20", "note": null}),
    )
    .unwrap_err();
    assert_eq!(early["code"], "setup_needed");
    let setup = |pin: &str, again: &str| {
        call(
            &counter,
            "setup",
            json!({"shopName": "Corner Café", "fiat": "EUR", "pin": pin, "pinAgain": again}),
        )
    };
    assert_eq!(
        setup("123456", "123457").unwrap_err()["code"],
        "pin_mismatch"
    );
    assert_eq!(setup("12345", "12345").unwrap_err()["code"], "pin_format");
    let done = setup("123456", "123456").unwrap();
    let owner = &done["owner"];
    assert_eq!(owner["role"], "owner");
    assert_eq!(
        done["recovery_code"].as_str().map(str::len),
        Some(23),
        "the recovery code is shown at setup: {done}"
    );
    let state = call(&counter, "counter_state", json!({})).unwrap();
    assert_eq!(state["setup_needed"], false);
    assert_eq!(state["shop_name"], "Corner Café");
    assert_eq!(state["fiat"], "EUR");
    assert_eq!(state["person"]["role"], "owner");
    assert_eq!(setup("654321", "654321").unwrap_err()["code"], "invalid");
    let sold = sale(&counter, "5");
    assert_eq!(sold["cashier"], "Owner");
    assert_eq!(sold["staff_id"], owner["id"]);
}

#[test]
fn the_counter_charges_as_the_signed_in_person_and_errors_come_as_code_and_message() {
    let rig = rig();
    let counter = window(&rig, "main");
    let state = call(&counter, "counter_state", json!({})).unwrap();
    assert_eq!(state["sandbox"], true);
    assert_eq!(state["staff"].as_array().unwrap().len(), 3);
    assert!(state["person"].is_null());
    let out = call(
        &counter,
        "charge",
        json!({"amount": "12.50", "currency": "USDTTRC20", "note": null}),
    )
    .unwrap_err();
    assert_eq!(out["code"], "signed_out");
    let wrong = call(
        &counter,
        "sign_in",
        json!({"id": rig.cashier, "pin": "0000"}),
    )
    .unwrap_err();
    assert_eq!(wrong["code"], "pin_wrong");
    sign_in(&counter, &rig.cashier, CASHIER_PIN);
    let view = sale(&counter, "12.50");
    assert_eq!(view["amount_fiat"], "12.50");
    assert_eq!(view["cashier"], "Ana");
    assert_eq!(view["staff_id"], rig.cashier.as_str());
    assert!(view["qr_svg"].as_str().unwrap().contains("<svg"));
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
    call(&counter, "sign_out", json!({})).unwrap();
    assert_eq!(
        call(&counter, "recent", json!({})).unwrap_err()["code"],
        "signed_out"
    );
}

/// Arguments that would do for each command, so only the role can refuse.
fn every_back_office_command() -> Vec<(&'static str, Value, Permission)> {
    use Permission::*;
    let tron = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";
    vec![
        ("owner_takings", json!({}), Manage),
        ("owner_shifts", json!({}), Manage),
        ("owner_close_shift", json!({}), Manage),
        ("owner_export", json!({"format": "xml"}), Manage),
        ("owner_current_shift", json!({}), Manage),
        (
            "owner_export_shift",
            json!({"number": 99, "format": "csv"}),
            Manage,
        ),
        ("owner_sales", json!({"query": {}}), Manage),
        ("owner_sales_filters", json!({}), Manage),
        ("owner_sale", json!({"id": "X"}), Manage),
        ("owner_receipt", json!({"id": "X"}), Manage),
        ("owner_check", json!({"id": "X"}), Manage),
        ("owner_reconcile", json!({"date": "2020-13-01"}), Manage),
        (
            "owner_confirm",
            json!({"id": "X", "txid": "0x1", "reason": null, "pin": OWNER_PIN}),
            Own,
        ),
        ("owner_test_provider", json!({"name": "demo"}), Own),
        ("owner_settings", json!({}), Own),
        ("owner_gateways", json!({}), Own),
        ("owner_diagnostics", json!({}), Own),
        (
            "owner_set",
            json!({"key": "sound", "value": "off", "pin": OWNER_PIN}),
            Own,
        ),
        ("owner_providers", json!({}), Own),
        (
            "owner_add_provider",
            json!({"name": "x", "kind": "sandbox", "baseUrl": null, "options": {}, "pin": OWNER_PIN}),
            Own,
        ),
        (
            "owner_remove_provider",
            json!({"name": "demo", "pin": OWNER_PIN}),
            Own,
        ),
        (
            "owner_set_default_provider",
            json!({"name": "demo", "pin": OWNER_PIN}),
            Own,
        ),
        (
            "owner_store_credentials",
            json!({"name": "demo", "values": {}, "pin": OWNER_PIN}),
            Own,
        ),
        ("owner_balances", json!({}), Own),
        (
            "owner_withdraw_quote",
            json!({"provider": null, "asset": "USDTTRC20", "amount": "1", "address": tron}),
            Own,
        ),
        ("owner_withdraw", json!({"pin": OWNER_PIN}), Own),
        ("owner_withdrawals", json!({}), Own),
        (
            "owner_resolve_withdrawal",
            json!({"id": "W1", "sent": true, "pin": OWNER_PIN}),
            Own,
        ),
        ("owner_addresses", json!({}), Own),
        (
            "owner_add_address",
            json!({"label": "x", "asset": "USDTTRC20", "address": tron, "pin": OWNER_PIN}),
            Own,
        ),
        (
            "owner_remove_address",
            json!({"id": 1, "pin": OWNER_PIN}),
            Own,
        ),
        ("owner_update_check", json!({}), Own),
        ("owner_update_install", json!({}), Own),
        ("owner_staff", json!({}), Own),
        (
            "owner_add_staff",
            json!({"name": "Zed", "role": "cashier", "staffPin": "9999", "pin": OWNER_PIN}),
            Own,
        ),
        (
            "owner_remove_staff",
            json!({"name": "Ana", "pin": OWNER_PIN}),
            Own,
        ),
        ("owner_activity", json!({}), Own),
        ("owner_set_pin", json!({"current": "0", "new": "0"}), Manage),
    ]
}

#[test]
fn each_back_office_command_refuses_the_roles_that_may_not_call_it() {
    let rig = rig();
    let counter = window(&rig, "main");
    sign_in(&counter, &rig.cashier, CASHIER_PIN);
    // A cashier at the counter reaches none of it.
    for (cmd, args, need) in every_back_office_command() {
        let e = call(&counter, cmd, args).unwrap_err();
        let code = if need == Permission::Own {
            "owner_only"
        } else {
            "manager_only"
        };
        assert_eq!(e["code"], code, "{cmd} for a cashier: {e}");
    }
    // Nor can a cashier open the back office.
    let e = call(
        &counter,
        "owner_unlock",
        json!({"pin": CASHIER_PIN, "staff": rig.cashier}),
    )
    .unwrap_err();
    assert_eq!(e["code"], "manager_only");
    // A manager reaches the takings and shifts, not the owner's part.
    open_office(&counter, &rig.manager, MANAGER_PIN);
    for (cmd, args, need) in every_back_office_command() {
        let got = call(&counter, cmd, args);
        match need {
            Permission::Own => assert_eq!(
                got.unwrap_err()["code"],
                "owner_only",
                "{cmd} for a manager"
            ),
            _ => assert!(
                got.as_ref()
                    .err()
                    .is_none_or(|e| e["code"] != "manager_only" && e["code"] != "owner_only"),
                "{cmd} refused a manager: {got:?}"
            ),
        }
    }
    // Closing the back office locks it again.
    call(&counter, "owner_lock", json!({})).unwrap();
    assert_eq!(
        call(&counter, "owner_shifts", json!({})).unwrap_err()["code"],
        "manager_only"
    );
    // The owner reaches everything (refusals left are about the request).
    open_office(&counter, &rig.owner, OWNER_PIN);
    for (cmd, args, _) in every_back_office_command() {
        if let Err(e) = call(&counter, cmd, args) {
            assert!(
                e["code"] != "owner_only" && e["code"] != "manager_only",
                "{cmd} refused the owner: {e}"
            );
        }
    }
}

#[test]
fn money_routing_changes_ask_for_the_owners_pin_again() {
    let rig = rig();
    let counter = window(&rig, "main");
    open_office(&counter, &rig.owner, OWNER_PIN);
    let add = |pin: &str| {
        call(
            &counter,
            "owner_add_provider",
            json!({"name": "fuse", "kind": "cryptofuse", "baseUrl": "https://api.cryptofuse.com",
                   "options": {}, "pin": pin}),
        )
    };
    assert_eq!(add("000000").unwrap_err()["code"], "pin_wrong");
    let fuse = add(OWNER_PIN).unwrap();
    assert_eq!(
        fuse["is_default"], false,
        "adding a gateway must not reroute sales"
    );
    assert_eq!(fuse["base_url"], "https://api.cryptofuse.com");
    let http = call(
        &counter,
        "owner_add_provider",
        json!({"name": "plain", "kind": "cryptofuse", "baseUrl": "http://gateway.example",
               "options": {}, "pin": OWNER_PIN}),
    )
    .unwrap_err();
    assert!(
        http["message"].as_str().unwrap().contains("https"),
        "{http}"
    );
    let default = |pin: &str| {
        call(
            &counter,
            "owner_set_default_provider",
            json!({"name": "fuse", "pin": pin}),
        )
    };
    assert_eq!(default("").unwrap_err()["code"], "pin_needed");
    default(OWNER_PIN).unwrap();
    // The fiat reroutes money; the shop's name does not.
    let fiat = call(
        &counter,
        "owner_set",
        json!({"key": "fiat", "value": "EUR"}),
    )
    .unwrap_err();
    assert_eq!(fiat["code"], "pin_needed");
    let fiat = call(
        &counter,
        "owner_set",
        json!({"key": "fiat", "value": "EUR", "pin": OWNER_PIN}),
    );
    assert_eq!(fiat.unwrap(), "EUR");
    let named = call(
        &counter,
        "owner_set",
        json!({"key": "shop_name", "value": "Corner Café"}),
    );
    assert_eq!(named.unwrap(), "Corner Café");
    // A value that does not fit is refused with the setting named, for the
    // screen to say with the setting's rule in its language.
    let zone = call(
        &counter,
        "owner_set",
        json!({"key": "time_zone", "value": "Mars/Olympus"}),
    )
    .unwrap_err();
    assert_eq!(zone["code"], "invalid");
    assert_eq!(
        zone["l10n"],
        json!({"id": "settings-refused", "args": {"key": "time_zone", "value": "Mars/Olympus"}})
    );
    let trail = call(&counter, "owner_activity", json!({})).unwrap();
    let actions: Vec<&str> = trail
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for expected in [
        "provider_added",
        "default_provider_set",
        "setting_changed",
        "pin_failed",
    ] {
        assert!(
            actions.contains(&expected),
            "{expected} missing from {actions:?}"
        );
    }
    assert_eq!(
        actions.iter().filter(|a| **a == "pin_failed").count(),
        1,
        "a PIN not typed is no wrong try: {actions:?}"
    );
}

#[test]
fn the_owner_changes_their_pin_with_the_current_one() {
    let rig = rig();
    let counter = window(&rig, "main");
    open_office(&counter, &rig.owner, OWNER_PIN);
    let change = |current: &str, new: &str| {
        call(
            &counter,
            "owner_set_pin",
            json!({"current": current, "new": new}),
        )
    };
    assert_eq!(change("000000", "246813").unwrap_err()["code"], "pin_wrong");
    assert_eq!(
        change(OWNER_PIN, "24681").unwrap_err()["code"],
        "pin_format"
    );
    change(OWNER_PIN, "246813").unwrap();
    call(&counter, "owner_lock", json!({})).unwrap();
    let old = call(
        &counter,
        "owner_unlock",
        json!({"pin": OWNER_PIN, "staff": rig.owner}),
    );
    assert_eq!(old.unwrap_err()["code"], "pin_wrong");
    open_office(&counter, &rig.owner, "246813");
}

#[test]
fn a_cashier_cancels_only_their_own_open_sale() {
    let rig = rig();
    let counter = window(&rig, "main");
    sign_in(&counter, &rig.manager, MANAGER_PIN);
    let managers = sale(&counter, "4.00");
    let other = sale(&counter, "5.00");
    sign_in(&counter, &rig.cashier, CASHIER_PIN);
    let own = sale(&counter, "6.00");
    let refused = call(&counter, "cancel", json!({"id": managers["id"]})).unwrap_err();
    assert_eq!(refused["code"], "manager_only");
    assert!(refused["message"].as_str().unwrap().contains("Mia"));
    call(&counter, "cancel", json!({"id": own["id"]})).unwrap();
    sign_in(&counter, &rig.manager, MANAGER_PIN);
    call(&counter, "cancel", json!({"id": other["id"]})).unwrap();
}

#[test]
fn the_customer_display_may_only_read_what_it_shows() {
    let rig = rig();
    let counter = window(&rig, "main");
    sign_in(&counter, &rig.cashier, CASHIER_PIN);
    let customer = window(&rig, "customer");
    let view = call(
        &counter,
        "charge",
        json!({"amount": "7", "currency": "USDTTRC20", "note": "staff only"}),
    )
    .unwrap();
    let shown = call(
        &customer,
        "customer_state",
        json!({"channel": "__CHANNEL__:7"}),
    )
    .unwrap();
    assert_eq!(shown["screen"]["show"], "invoice");
    assert_eq!(shown["screen"]["id"], view["id"]);
    assert!(shown["screen"].get("note").is_none() && shown["screen"].get("order_id").is_none());
    // No tip is offered: none is taken.
    let unasked = call(&customer, "customer_tip", json!({"choice": "15"})).unwrap_err();
    assert_eq!(unasked["code"], "invalid", "{unasked}");
    // Arguments that would do, so only the window's permissions can refuse.
    let id = view["id"].clone();
    for (cmd, args) in [
        (
            "charge",
            json!({"amount": "7", "currency": "USDTTRC20", "note": null}),
        ),
        ("recent", json!({})),
        ("counter_catalog", json!({})),
        (
            "show_cart",
            json!({"cart": {"lines": [], "discount": null, "tip": null}, "askTip": false}),
        ),
        ("owner_catalog", json!({})),
        ("owner_unlock", json!({"pin": OWNER_PIN})),
        ("sign_in", json!({"id": rig.cashier, "pin": CASHIER_PIN})),
        ("simulate", json!({"id": id, "action": "full"})),
        ("cancel", json!({"id": id})),
        (
            "plugin:event|listen",
            json!({"event": "invoice", "target": {"kind": "Any"}, "handler": 1}),
        ),
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
    let shop = Shop::open(Some(rig._dir.path().to_path_buf())).unwrap();
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
    shop.journal.append(EventKind::Updated, &inv).unwrap();
    inv.id
}

#[test]
fn takings_and_shifts_are_a_managers_and_receipts_only_for_paid_sales() {
    let rig = rig();
    let counter = window(&rig, "main");
    let paid = paid_sale(&rig, "12.50", "Ana");
    sign_in(&counter, &rig.cashier, CASHIER_PIN);
    let pending = sale(&counter, "3.00");

    let receipt = call(&counter, "receipt", json!({"id": paid})).unwrap();
    assert_eq!(receipt["amount_fiat"], "12.50");
    assert_eq!(receipt["txid"], "feed01");
    assert_eq!(receipt["cashier"], "Ana");
    let refused = call(&counter, "receipt", json!({"id": pending["id"]})).unwrap_err();
    assert!(refused["message"]
        .as_str()
        .unwrap()
        .contains("only a paid invoice"));

    open_office(&counter, &rig.manager, MANAGER_PIN);
    let t = call(&counter, "owner_takings", json!({})).unwrap();
    assert_eq!(t["totals"]["USD"]["amount"], "12.50");
    assert_eq!(t["by_cashier"]["Ana"]["USD"]["amount"], "12.50");
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
    let format = call(&counter, "owner_export", json!({"format": "xml"})).unwrap_err();
    assert_eq!(format["code"], "invalid");

    let z = call(&counter, "owner_close_shift", json!({})).unwrap();
    assert_eq!(z["number"], 1);
    assert_eq!(z["closed_by"], "Mia");
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
fn withdrawals_and_addresses_need_the_pin_each_time() {
    let rig = rig();
    let counter = window(&rig, "main");
    let tron = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";
    open_office(&counter, &rig.owner, OWNER_PIN);
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
        json!({"id": "WNOSUCH", "sent": true, "pin": OWNER_PIN}),
    )
    .unwrap_err();
    assert_eq!(nosuch["code"], "invalid");
    assert_eq!(add("000000").unwrap_err()["code"], "pin_wrong");
    let saved = add(OWNER_PIN).unwrap();
    assert_eq!(saved["asset"], "USDTTRC20");
    let list = call(&counter, "owner_addresses", json!({})).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);
    let forget = |pin: &str| {
        call(
            &counter,
            "owner_remove_address",
            json!({"id": saved["id"], "pin": pin}),
        )
    };
    assert_eq!(forget("000000").unwrap_err()["code"], "pin_wrong");
    forget(OWNER_PIN).unwrap();
    assert!(call(&counter, "owner_withdrawals", json!({}))
        .unwrap()
        .as_array()
        .unwrap()
        .is_empty());
}

#[test]
fn staff_are_added_and_removed_by_the_owner_with_the_pin() {
    let rig = rig();
    let counter = window(&rig, "main");
    open_office(&counter, &rig.owner, OWNER_PIN);
    let add = |name: &str, role: &str, staff_pin: &str, pin: &str| {
        call(
            &counter,
            "owner_add_staff",
            json!({"name": name, "role": role, "staffPin": staff_pin, "pin": pin}),
        )
    };
    assert_eq!(
        add("Bo", "cashier", "12", OWNER_PIN).unwrap_err()["code"],
        "pin_format"
    );
    assert_eq!(
        add("Bo", "cashier", "4321", "000000").unwrap_err()["code"],
        "pin_wrong"
    );
    // A name taken, as the journal refuses it: in the catalogue's words.
    let taken = add("ana", "cashier", "4321", OWNER_PIN).unwrap_err();
    assert_eq!(taken["code"], "invalid");
    assert_eq!(
        taken["message"],
        "Ana is already on the staff; pick another name"
    );
    assert_eq!(
        taken["l10n"],
        json!({"id": "error-staff-name-taken", "args": {"name": "Ana"}})
    );
    let second_owner = add("Bo", "owner", "432100", OWNER_PIN).unwrap_err();
    assert_eq!(
        (&second_owner["code"], &second_owner["l10n"]["id"]),
        (&json!("invalid"), &json!("error-one-owner"))
    );
    let bo = add("Bo", "cashier", "4321", OWNER_PIN).unwrap();
    assert_eq!(bo["role"], "cashier");
    let names: Vec<String> = call(&counter, "owner_staff", json!({}))
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["Olga", "Mia", "Ana", "Bo"]);
    call(
        &counter,
        "owner_remove_staff",
        json!({"name": "Bo", "pin": OWNER_PIN}),
    )
    .unwrap();
    let gone = call(&counter, "sign_in", json!({"id": bo["id"], "pin": "4321"})).unwrap_err();
    assert_eq!(gone["code"], "unknown_staff");
    let owner = call(
        &counter,
        "owner_remove_staff",
        json!({"name": "Olga", "pin": OWNER_PIN}),
    )
    .unwrap_err();
    assert_eq!(
        (&owner["code"], &owner["l10n"]["id"]),
        (&json!("invalid"), &json!("error-owner-stays"))
    );
}

#[test]
fn bad_requests_from_the_screens_get_their_own_code() {
    let rig = rig();
    let counter = window(&rig, "main");
    sign_in(&counter, &rig.cashier, CASHIER_PIN);
    let sold = sale(&counter, "4.00");
    let id = sold["id"].clone();
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
    open_office(&counter, &rig.owner, OWNER_PIN);
    let nothing = call(&counter, "owner_update_install", json!({})).unwrap_err();
    assert_eq!(nothing["code"], "no_update");

    let kind = call(
        &counter,
        "owner_add_provider",
        json!({"name": "x", "kind": "paypal", "baseUrl": null, "options": {}, "pin": OWNER_PIN}),
    )
    .unwrap_err();
    assert_eq!(kind["code"], "invalid");
    // What the owner typed into the gateway form, refused in the
    // catalogue's words with what was typed.
    let plain = call(
        &counter,
        "owner_add_provider",
        json!({"name": "fuse", "kind": "cryptofuse", "baseUrl": "http://pay.example",
               "options": {}, "pin": OWNER_PIN}),
    )
    .unwrap_err();
    assert_eq!(plain["code"], "invalid");
    assert!(
        plain["message"]
            .as_str()
            .unwrap()
            .starts_with("provider fuse: --base-url http://pay.example: plain http"),
        "{plain}"
    );
    assert_eq!(plain["l10n"]["id"], "error-url-http");
    assert_eq!(plain["l10n"]["args"]["url"], "http://pay.example");
    let named = call(
        &counter,
        "owner_add_provider",
        json!({"name": "my shop", "kind": "cryptofuse", "baseUrl": null, "options": {}, "pin": OWNER_PIN}),
    )
    .unwrap_err();
    assert_eq!(
        (&named["code"], &named["l10n"]["id"]),
        (&json!("invalid"), &json!("error-provider-name"))
    );
    let gone = call(
        &counter,
        "owner_remove_provider",
        json!({"name": "nosuch", "pin": OWNER_PIN}),
    )
    .unwrap_err();
    assert_eq!(gone["code"], "invalid");
    call(
        &counter,
        "owner_add_provider",
        json!({"name": "fuse", "kind": "cryptofuse", "baseUrl": null, "options": {}, "pin": OWNER_PIN}),
    )
    .unwrap();
    let half = call(
        &counter,
        "owner_store_credentials",
        json!({"name": "fuse", "values": {"client_id": "abc"}, "pin": OWNER_PIN}),
    )
    .unwrap_err();
    assert_eq!(half["code"], "invalid");
    assert!(half["message"]
        .as_str()
        .unwrap()
        .contains("nothing was stored"));
}

#[test]
fn the_sales_history_finds_a_sale_by_its_amount_shows_its_history_and_reprints_it() {
    let rig = rig();
    let counter = window(&rig, "main");
    let paid = paid_sale(&rig, "12.50", "Ana");
    paid_sale(&rig, "4.00", "Mia");
    open_office(&counter, &rig.manager, MANAGER_PIN);
    let found = call(&counter, "owner_sales", json!({"query": {"text": "12.5"}})).unwrap();
    let found = found.as_array().unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["id"], paid.as_str());
    let by_staff = call(
        &counter,
        "owner_sales",
        json!({"query": {"staff": "Mia", "status": "paid"}}),
    )
    .unwrap();
    assert_eq!(by_staff.as_array().unwrap().len(), 1);
    let bad = call(
        &counter,
        "owner_sales",
        json!({"query": {"first": "yesterday"}}),
    );
    assert_eq!(bad.unwrap_err()["code"], "invalid");

    let sale = call(&counter, "owner_sale", json!({"id": paid})).unwrap();
    assert_eq!(sale["receipt"], true);
    let history = sale["history"].as_array().unwrap();
    assert_eq!(history.last().unwrap()["status"], "paid");
    assert_eq!(history.last().unwrap()["txid"], "feed01");
    let receipt = call(&counter, "owner_receipt", json!({"id": paid})).unwrap();
    assert_eq!(receipt["amount_fiat"], "12.50");
    assert_eq!(receipt["invoice_id"], paid.as_str());
}

#[test]
fn settings_come_as_grouped_controls_and_gateways_with_stored_marks_not_secrets() {
    let rig = rig();
    let counter = window(&rig, "main");
    open_office(&counter, &rig.owner, OWNER_PIN);
    let settings = call(&counter, "owner_settings", json!({})).unwrap();
    let of = |key: &str| {
        settings
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["key"] == key)
            .cloned()
            .unwrap_or_else(|| panic!("no setting {key}"))
    };
    assert_eq!(of("sound")["control"]["type"], "toggle");
    assert_eq!(of("monitor_hours")["control"]["unit"], "hours");
    assert_eq!(of("update_endpoint")["group"], "advanced");
    assert_eq!(of("receipt_footer")["group"], "receipt");
    assert_eq!(of("backup_dir")["control"]["type"], "folder");

    call(
        &counter,
        "owner_add_provider",
        json!({"name": "fuse", "kind": "cryptofuse", "baseUrl": "https://api.cryptofuse.com",
               "options": {"auth": "api_key"}, "pin": OWNER_PIN}),
    )
    .unwrap();
    let gateways = call(&counter, "owner_gateways", json!({})).unwrap();
    let fuse = gateways["providers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "fuse")
        .unwrap()
        .clone();
    assert_eq!(fuse["auth"], "api_key");
    let secrets = fuse["secrets"].as_array().unwrap();
    // The API key creates payments; everything else goes through OAuth.
    let labels: Vec<_> = secrets.iter().map(|s| s["label"].clone()).collect();
    assert_eq!(labels, ["API key", "Client ID", "Client secret"]);
    assert!(secrets.iter().all(|s| s["state"] != "stored"));
    let kinds = gateways["kinds"].as_array().unwrap();
    assert_eq!(kinds.len(), 4);

    let text = call(&counter, "owner_diagnostics", json!({})).unwrap();
    let text = text.as_str().unwrap();
    assert!(
        text.contains("fuse (cryptofuse) at https://api.cryptofuse.com"),
        "{text}"
    );
    assert!(!text.contains(OWNER_PIN));
}

#[test]
fn the_x_report_counts_the_open_shift_without_closing_it() {
    let rig = rig();
    let counter = window(&rig, "main");
    paid_sale(&rig, "7.00", "Ana");
    open_office(&counter, &rig.manager, MANAGER_PIN);
    let x = call(&counter, "owner_current_shift", json!({})).unwrap();
    assert_eq!(x["number"], 1);
    assert_eq!(x["closed_by"], Value::Null);
    assert_eq!(x["summary"]["invoices"], 1);
    assert_eq!(
        call(&counter, "owner_shifts", json!({})).unwrap(),
        json!([]),
        "an X-report seals nothing"
    );
    // The sandbox holds nothing the journal does not.
    let r = call(&counter, "owner_reconcile", json!({"date": null})).unwrap();
    assert_eq!(r["differences"], json!([]), "{r}");
}

/// A shop with two items and a discount limit of 10 %.
fn selling_rig() -> Rig {
    let rig = rig();
    let shop = Shop::open(Some(rig._dir.path().to_path_buf())).unwrap();
    let actor = counterpay_core::Actor::command_line();
    for (name, price, sku, tax) in [
        ("Coffee", "3.45", "COF", "8.875"),
        ("Mug", "12.00", "MUG", "20"),
    ] {
        crate::catalog::add(&shop, name, price, Some(sku), Some(tax), None, &actor).unwrap();
    }
    shop.set_setting("discount_limit", "10", &actor).unwrap();
    shop.set_setting("tips", "customer", &actor).unwrap();
    rig
}

fn cart(discount: Option<&str>) -> Value {
    json!({"lines": [{"sku": "COF", "qty": 2, "amount": null, "discount": null},
                     {"sku": "MUG", "qty": 1, "amount": null, "discount": "1.00"},
                     {"sku": null, "qty": 1, "amount": "5", "discount": null}],
           "discount": discount, "tip": "10%"})
}

#[test]
fn a_cart_is_priced_by_the_app_and_charged_at_its_figures() {
    let rig = selling_rig();
    let counter = window(&rig, "main");
    sign_in(&counter, &rig.cashier, CASHIER_PIN);
    let offered = call(&counter, "counter_catalog", json!({})).unwrap();
    assert_eq!(offered["items"].as_array().unwrap().len(), 2, "{offered}");
    let priced = call(&counter, "price_cart", json!({"cart": cart(None)})).unwrap();
    // 6.90 + 0.61 tax; 11.00 + 2.20 tax; 5.00: 25.71, and a 10 % tip of 2.57.
    assert_eq!(
        (
            &priced["subtotal"],
            &priced["discount"],
            &priced["tax"],
            &priced["tip"],
            &priced["total"]
        ),
        (
            &json!("23.90"),
            &json!("1.00"),
            &json!("2.81"),
            &json!("2.57"),
            &json!("28.28")
        ),
        "{priced}"
    );
    assert!(priced["needs_approval"].is_null());
    // An amount sent beside the cart is not what is charged: the cart is.
    let sold = call(
        &counter,
        "charge",
        json!({"amount": "1.00", "currency": "USDTTRC20", "note": null, "cart": cart(None)}),
    )
    .unwrap();
    assert_eq!(sold["amount_fiat"], "28.28");
    assert_eq!(sold["lines"].as_array().unwrap().len(), 3);
    assert_eq!(sold["tip"], "2.57");
}

#[test]
fn a_discount_past_the_limit_needs_a_managers_pin_not_a_cashiers() {
    let rig = selling_rig();
    let counter = window(&rig, "main");
    sign_in(&counter, &rig.cashier, CASHIER_PIN);
    let steep = cart(Some("20%"));
    let priced = call(&counter, "price_cart", json!({"cart": steep})).unwrap();
    assert_eq!(
        (
            &priced["needs_approval"]["share"],
            &priced["needs_approval"]["limit"]
        ),
        (&json!("23.35"), &json!("10")),
        "{priced}"
    );
    let charge = |approval: Value| {
        call(
            &counter,
            "charge",
            json!({"amount": null, "currency": "USDTTRC20", "note": null,
                   "cart": steep, "approval": approval}),
        )
    };
    // Each refusal names its message in the screens' catalogue, with the
    // figures as arguments (a count as a number, for its plural).
    let needed = charge(Value::Null).unwrap_err();
    assert_eq!(needed["code"], "approval_needed");
    assert_eq!(
        needed["l10n"],
        json!({"id": "error-approval-needed", "args": {"share": "23.35", "limit": "10"}})
    );
    let by_cashier = charge(json!({"staff": rig.cashier, "pin": CASHIER_PIN})).unwrap_err();
    assert_eq!(by_cashier["code"], "manager_only", "{by_cashier}");
    let wrong = charge(json!({"staff": rig.manager, "pin": "0000"})).unwrap_err();
    assert_eq!(
        wrong["l10n"],
        json!({"id": "error-pin-wrong", "args": {"tries": 4}}),
        "{wrong}"
    );
    let sold = charge(json!({"staff": rig.manager, "pin": MANAGER_PIN})).unwrap();
    assert_eq!(sold["discount"], "5.58", "{sold}");
    // A manager at the counter gives it alone.
    sign_in(&counter, &rig.manager, MANAGER_PIN);
    let priced = call(&counter, "price_cart", json!({"cart": steep})).unwrap();
    assert!(priced["needs_approval"].is_null());
    charge(Value::Null).unwrap();
}

#[test]
fn the_customer_display_takes_one_tip_of_those_it_offers_once() {
    let rig = selling_rig();
    let counter = window(&rig, "main");
    sign_in(&counter, &rig.cashier, CASHIER_PIN);
    let customer = window(&rig, "customer");
    let tip = |choice: &str| call(&customer, "customer_tip", json!({"choice": choice}));
    let show = |ask: bool| {
        call(
            &counter,
            "show_cart",
            json!({"cart": {"lines": [{"sku": "MUG", "qty": 1, "amount": null, "discount": null}],
                            "discount": null, "tip": null}, "askTip": ask}),
        )
        .unwrap()
    };
    show(false);
    assert!(tip("none").is_err(), "taken while none was offered");
    show(true);
    let shown = call(
        &customer,
        "customer_state",
        json!({"channel": "__CHANNEL__:7"}),
    )
    .unwrap();
    assert_eq!(shown["screen"]["show"], "cart");
    let offered: Vec<&str> = shown["screen"]["tips"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["choice"].as_str().unwrap())
        .collect();
    assert_eq!(offered, ["none", "10", "15", "20"]);
    // 12.00 with 20 % tax on top is 14.40; 15 % of it is 2.16.
    assert_eq!(shown["screen"]["tips"][2]["total"], "16.56");
    assert!(tip("99").is_err());
    tip("15").unwrap();
    assert!(tip("15").is_err(), "one tap, one tip");
}

/// A command the app handles but Tauri was not told of, or no window is
/// granted, is refused at run time: silently, where an event's handler
/// calls it (notifications once were).
#[test]
fn every_command_the_app_handles_is_declared_and_granted_to_a_window() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |path: &str| std::fs::read_to_string(root.join(path)).unwrap();
    let quoted = |text: &str| -> std::collections::BTreeSet<String> {
        text.split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    };
    let commands = read("src-tauri/src/desktop/commands.rs");
    let handled: std::collections::BTreeSet<String> = commands
        .split_once("generate_handler![")
        .and_then(|(_, rest)| rest.split_once(']'))
        .expect("commands.rs hands Tauri its commands")
        .0
        .split(',')
        .map(|c| c.trim().rsplit("::").next().unwrap().to_string())
        .filter(|c| !c.is_empty())
        .collect();
    assert!(handled.len() > 50, "{handled:?}");
    let build = read("src-tauri/build.rs");
    let declared = quoted(build.split_once(".commands(&[").unwrap().1);
    let granted: std::collections::BTreeSet<String> = ["main", "customer"]
        .iter()
        .flat_map(|w| quoted(&read(&format!("src-tauri/capabilities/{w}.json"))))
        .filter_map(|p| p.strip_prefix("allow-").map(|c| c.replace('-', "_")))
        .collect();
    let undeclared: Vec<_> = handled.difference(&declared).collect();
    assert!(undeclared.is_empty(), "not in build.rs: {undeclared:?}");
    let ungranted: Vec<_> = handled.difference(&granted).collect();
    assert!(ungranted.is_empty(), "no window may call {ungranted:?}");
}

#[test]
fn the_counter_window_may_show_the_notifications_it_words() {
    let rig = rig();
    let shop = Shop::open(Some(rig._dir.path().to_path_buf())).unwrap();
    // Turned off, so the test shows nothing on this machine: the call is
    // what is checked, through the window's permissions.
    shop.set_setting(
        "notifications",
        "off",
        &counterpay_core::Actor::command_line(),
    )
    .unwrap();
    let counter = window(&rig, "main");
    let shown = call(
        &counter,
        "show_notification",
        json!({"title": "Paid: 7.00 USD", "body": "for order o-1"}),
    );
    assert_eq!(shown, Ok(Value::Null));
}

#[test]
fn a_connection_test_gives_each_reason_in_the_catalogues_words_too() {
    let rig = rig();
    let counter = window(&rig, "main");
    open_office(&counter, &rig.owner, OWNER_PIN);
    let test = call(&counter, "owner_test_provider", json!({"name": "demo"})).unwrap();
    assert_eq!(test["ok"], true, "{test}");
    let checks = test["checks"].as_array().unwrap();
    let reasons = test["reasons_l10n"].as_array().unwrap();
    assert_eq!(checks.len(), 4, "{test}");
    assert_eq!(reasons.len(), checks.len());
    let ids: Vec<&str> = reasons.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids[..2],
        ["gateways-reason-answered", "gateways-reason-accepted"]
    );
    assert!(ids[2].starts_with("gateways-reason-fiat"), "{ids:?}");
    assert_eq!(ids[3], "gateways-reason-assets");
    // A count stays a number, so the catalogue picks its plural.
    assert!(reasons[3]["args"]["count"].as_u64().unwrap() > 1, "{test}");
    // The command line's reason is beside it, in English.
    assert_eq!(checks[0]["reason"], "the gateway answered");
}
