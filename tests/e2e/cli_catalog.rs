//! The catalogue from the command line: added, listed, imported all or
//! nothing, removed, and every change on the journal's audit trail.

use super::*;
use serde_json::json;

const OWNER: &str = "135790";

fn owned_till(fiat: &str) -> Till {
    let t = Till::new();
    t.clone_with_env("COUNTERPAY_OWNER_PIN", OWNER).ok(&[
        "setup",
        "--shop",
        "Corner Café",
        "--fiat",
        fiat,
    ]);
    t
}

fn items(t: &Till) -> Vec<Value> {
    t.ok(&["catalog", "list", "--json"]).json()["items"]
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn items_are_added_changed_and_removed_with_the_owners_pin() {
    let t = owned_till("USD");
    let o = t.clone_with_env("COUNTERPAY_OWNER_PIN", OWNER);
    o.ok(&[
        "catalog",
        "add",
        "Flat white",
        "--price",
        "3.5",
        "--tax",
        "8.875",
        "--category",
        "Coffee",
    ]);
    o.ok(&["catalog", "add", "Mug", "--price", "12", "--sku", "mug-1"]);
    let all = items(&t);
    assert_eq!(all.len(), 2);
    let fw = all.iter().find(|i| i["sku"] == "FLAT-WHITE").unwrap();
    assert_eq!(
        (
            &fw["price"],
            &fw["tax_rate"],
            &fw["category"],
            &fw["active"]
        ),
        (
            &json!("3.50"),
            &json!("8.875"),
            &json!("Coffee"),
            &json!(true)
        )
    );
    let mug = all.iter().find(|i| i["sku"] == "MUG-1").unwrap();
    assert_eq!(
        (&mug["price"], &mug["tax_rate"]),
        (&json!("12.00"), &json!("0"))
    );

    let changed = o.ok(&[
        "catalog",
        "add",
        "Flat white",
        "--price",
        "3.80",
        "--tax",
        "8.875",
    ]);
    assert!(
        changed.stdout.starts_with("Changed FLAT-WHITE"),
        "{}",
        changed.stdout
    );
    assert_eq!(items(&t).len(), 2);

    t.clone_with_env("COUNTERPAY_OWNER_PIN", "000000")
        .run(&["catalog", "remove", "MUG-1"])
        .fails_with("PIN");
    o.run(&["catalog", "add", "Tea", "--price", "1.005"])
        .fails_with("decimals");
    o.run(&["catalog", "add", "Tea", "--price", "2", "--tax", "8%"])
        .fails_with("percentage");
    o.ok(&["catalog", "remove", "mug-1"]);
    o.run(&["catalog", "remove", "MUG-1"])
        .fails_with("no item has the SKU MUG-1");
    assert_eq!(items(&t).len(), 1);

    let actions = t.audit_actions();
    let count = |a: &str| actions.iter().filter(|x| x.as_str() == a).count();
    assert_eq!((count("item_saved"), count("item_removed")), (3, 1));
    t.ok(&["journal", "verify"]);

    // A price edited behind the app's back is caught.
    let conn = rusqlite::Connection::open(t.journal_path()).unwrap();
    conn.execute("UPDATE catalog SET price = '0.01'", [])
        .unwrap();
    drop(conn);
    let bad = t.run(&["journal", "verify"]);
    assert_eq!(bad.code, 4, "{}", bad.stderr);
    assert!(
        bad.stderr.contains("catalogue item FLAT-WHITE"),
        "{}",
        bad.stderr
    );
}

#[test]
fn an_import_with_a_bad_row_imports_nothing_and_names_each_line() {
    let t = owned_till("EUR");
    let o = t.clone_with_env("COUNTERPAY_OWNER_PIN", OWNER);
    let file = t.data_dir().join("items.csv");
    std::fs::write(
        &file,
        "sku,name,price,tax,category\nLATTE,Latte,4.20,20,Coffee\nMUG,Mug,twelve,0,\nCAKE,Cake,3.50,7,Food\nlatte,Latte again,1,0,\n",
    )
    .unwrap();
    let path = file.to_str().unwrap();
    let refused = o.run(&["catalog", "import", path]);
    let line = refused.error_line();
    assert!(line.contains("items.csv: nothing imported"), "{line}");
    assert!(line.contains("line 3: price"), "{line}");
    assert!(
        line.contains("line 5: the SKU LATTE is in the file twice"),
        "{line}"
    );
    assert!(!line.contains("line 4"), "{line}");
    assert!(items(&t).is_empty());

    std::fs::write(
        &file,
        "sku,name,price,tax,category\nLATTE,Latte,4.20,20,Coffee\nCAKE,Cake,3.5,7,Food\n",
    )
    .unwrap();
    let done = o.ok(&["catalog", "import", path]);
    assert!(
        done.stdout.contains("2 item(s) new or changed"),
        "{}",
        done.stdout
    );
    // The same file again changes nothing and records nothing.
    let again = o.ok(&["catalog", "import", path]);
    assert!(again.stdout.contains("0 item(s)"), "{}", again.stdout);
    let all = items(&t);
    let skus: Vec<&str> = all.iter().map(|i| i["sku"].as_str().unwrap()).collect();
    assert_eq!(skus, ["LATTE", "CAKE"], "by category, then name");
    assert_eq!(all[1]["price"], "3.50");
    let saved = t
        .audit_actions()
        .iter()
        .filter(|a| a.as_str() == "item_saved")
        .count();
    assert_eq!(saved, 2);
}

#[test]
fn a_name_that_gives_a_taken_sku_and_a_new_fiat_under_priced_items_are_refused() {
    let t = owned_till("USD");
    let o = t.clone_with_env("COUNTERPAY_OWNER_PIN", OWNER);
    o.ok(&["catalog", "add", "Flat white", "--price", "3.50"]);
    o.run(&["catalog", "add", "Flat-White!", "--price", "9"])
        .fails_with("FLAT-WHITE is already the SKU of Flat white");
    assert_eq!(items(&t)[0]["price"], "3.50");
    o.run(&["settings", "set", "fiat", "JPY"])
        .fails_with("the catalogue's prices are in USD");
    o.ok(&["catalog", "remove", "FLAT-WHITE"]);
    o.ok(&["settings", "set", "fiat", "JPY"]);
}

#[test]
fn a_hidden_item_stays_listed_but_is_not_sold_until_offered_again() {
    let t = owned_till("USD");
    let owner = t.clone_with_env("COUNTERPAY_OWNER_PIN", OWNER);
    owner.ok(&["provider", "add", "demo", "--kind", "sandbox"]);
    for item in COFFEE_AND_MUG {
        owner.ok(&item);
    }
    t.run(&["catalog", "hide", "MUG"])
        .fails_with("the owner's PIN is needed");
    owner.ok(&["catalog", "hide", "mug"]);
    let mug = items(&t).into_iter().find(|i| i["sku"] == "MUG").unwrap();
    assert_eq!(mug["active"], false, "{mug}");
    t.run(&["charge", "--item", "MUG", "--currency", "BTC"])
        .fails_with("no item in the catalogue has the SKU MUG");
    owner
        .run(&["catalog", "hide", "TEA"])
        .fails_with("no item has the SKU TEA");
    owner.ok(&["catalog", "unhide", "MUG"]);
    let sale = t.charge(&["--item", "MUG", "--currency", "BTC"]);
    assert_eq!(sale["lines"][0]["sku"], "MUG");
    let actions = t.audit_actions();
    assert_eq!(
        actions.iter().filter(|a| *a == "item_saved").count(),
        4,
        "two added, hidden, offered again: {actions:?}"
    );
    t.ok(&["journal", "verify"]);
}

#[test]
fn a_discount_past_the_owners_limit_needs_a_managers_pin_and_is_on_the_record() {
    let t = owned_till("USD");
    let owner = t.clone_with_env("COUNTERPAY_OWNER_PIN", OWNER);
    owner.ok(&["provider", "add", "demo", "--kind", "sandbox"]);
    for item in COFFEE_AND_MUG {
        owner.ok(&item);
    }
    for (name, role, pin) in [("Mia", "manager", "4321"), ("Bo", "cashier", "1234")] {
        t.clone_with_env("COUNTERPAY_OWNER_PIN", OWNER)
            .and("COUNTERPAY_STAFF_PIN", pin)
            .ok(&["staff", "add", name, "--role", role]);
    }
    owner.ok(&["settings", "set", "discount_limit", "10"]);
    let mug = |more: &[&'static str]| {
        let mut args = vec!["charge", "--item", "MUG", "--currency", "BTC", "--json"];
        args.extend_from_slice(more);
        args
    };
    // Up to the limit, no one is asked.
    t.ok(&mug(&["--discount", "10%"]));
    // Past it: refused without a PIN, and a cashier's will not do.
    t.run(&mug(&["--discount", "1.21"]))
        .fails_with("a discount of 10.08 % is above the shop's limit of 10 %");
    t.clone_with_env("COUNTERPAY_STAFF_PIN", "1234")
        .run(&mug(&["--discount", "20%", "--approved-by", "Bo"]))
        .fails_with("Bo is a cashier");
    t.clone_with_env("COUNTERPAY_STAFF_PIN", "9999")
        .run(&mug(&["--discount", "20%", "--approved-by", "Mia"]))
        .fails_with("Mia's PIN is needed");
    let approved = t
        .clone_with_env("COUNTERPAY_STAFF_PIN", "4321")
        .ok(&mug(&[
            "--discount",
            "20%",
            "--approved-by",
            "Mia",
            "--cashier",
            "Bo",
        ]))
        .json();
    assert_eq!(approved["discount"], "2.40");
    let by_owner = owner.ok(&mug(&["--discount", "50%"])).json();
    assert_eq!(by_owner["discount"], "6.00");
    let audit = t.ok(&["audit", "--json"]).json();
    let entries: Vec<&Value> = audit["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "discount_approved")
        .collect();
    assert_eq!(entries.len(), 2, "{audit}");
    assert_eq!(entries[0]["actor"], "Mia");
    assert_eq!(entries[0]["details"]["invoice"], approved["id"]);
    assert_eq!(entries[0]["details"]["cashier"], "Bo");
    assert_eq!(entries[1]["actor"], "Owner");
}
