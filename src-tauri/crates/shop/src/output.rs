//! What the command line prints: JSON for scripts, plain text for people.

use chrono::{DateTime, NaiveDateTime, Utc};
use counterpay_core::report::Summary;
use counterpay_core::{Currency, Invoice, ProviderConfig, TillZone};
use serde::Serialize;
use std::io::Write;
use std::sync::OnceLock;

/// The till's time zone, which times are printed in: set once when a
/// command opens the shop.
static ZONE: OnceLock<TillZone> = OnceLock::new();

pub fn use_zone(zone: TillZone) {
    let _ = ZONE.set(zone);
}

/// A time on the till's wall clock.
fn wall(t: DateTime<Utc>) -> NaiveDateTime {
    ZONE.get().copied().unwrap_or_default().wall(t)
}

/// Text for a terminal with every control character taken out: what a
/// gateway sends (an address, a reason) must not move the cursor, clear
/// the screen or retitle the window. JSON output needs no such care: its
/// encoding escapes them.
pub fn clean(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).collect()
}

/// Several lines of text, with controls other than line ends removed.
pub fn clean_lines(text: &str) -> String {
    text.chars()
        .filter(|c| *c == '\n' || !c.is_control())
        .collect()
}

pub fn json<T: Serialize + ?Sized>(value: &T) {
    match serde_json::to_string_pretty(value) {
        Ok(text) => println!("{text}"),
        Err(e) => eprintln!("counterpay: cannot write JSON: {e}"),
    }
}

/// One JSON object on one line, flushed at once for line-reading scripts.
pub fn json_line<T: Serialize + ?Sized>(value: &T) {
    if let Ok(text) = serde_json::to_string(value) {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{text}");
        let _ = out.flush();
    }
}

pub fn providers(list: &[ProviderConfig]) {
    if list.is_empty() {
        println!("No provider is configured. Add one: counterpay provider add demo --kind sandbox");
        return;
    }
    for p in list {
        let options: Vec<String> = p.options.iter().map(|(k, v)| format!("{k}={v}")).collect();
        println!(
            "{:<16} {:<14} {}{}{}",
            p.name,
            p.kind,
            clean(p.base_url().unwrap_or("(built in)")),
            if options.is_empty() {
                String::new()
            } else {
                format!("  {}", options.join(" "))
            },
            if p.is_default { "  [default]" } else { "" }
        );
    }
}

pub fn currencies(list: &[Currency]) {
    println!("{:<12} {:<28} {:>14} {:>16}", "CODE", "NAME", "MIN", "MAX");
    for c in list {
        let limit =
            |crypto: Option<rust_decimal::Decimal>, fiat: Option<rust_decimal::Decimal>| match (
                fiat,
                &c.limits_fiat,
            ) {
                (Some(f), Some(code)) => format!("{f} {code}"),
                _ => crypto
                    .map(|v| v.normalize().to_string())
                    .unwrap_or_else(|| "-".into()),
            };
        println!(
            "{:<12} {:<28} {:>14} {:>16}",
            clean(&c.code),
            clean(&c.name),
            limit(c.min_amount, c.min_amount_fiat),
            limit(c.max_amount, c.max_amount_fiat)
        );
    }
}

fn crypto_text(inv: &Invoice) -> String {
    match inv.amount_crypto {
        Some(a) => format!("{} {}", a.normalize(), clean(&inv.currency)),
        None => format!("? {}", clean(&inv.currency)),
    }
}

pub fn invoice(inv: &Invoice, with_qr: bool) {
    println!(
        "Invoice {}  {}",
        inv.id,
        inv.status.as_str().to_ascii_uppercase()
    );
    println!("  Price      {} {}", inv.amount_fiat, inv.fiat);
    println!("  Pay        {}", crypto_text(inv));
    if !inv.paid_crypto.is_zero() {
        println!(
            "  Received   {} {}",
            inv.paid_crypto.normalize(),
            clean(&inv.currency)
        );
    }
    if let Some(a) = &inv.address {
        println!("  Address    {}", clean(a));
    }
    if let Some(t) = &inv.txid {
        println!("  Txid       {}", clean(t));
    }
    if let Some(required) = inv
        .confirmations
        .required
        .filter(|_| inv.confirmations.received > 0)
    {
        println!("  Confirmed  {} of {required}", inv.confirmations.received);
    }
    if let Some(t) = inv.expires_at {
        println!("  Expires    {}", wall(t).format("%Y-%m-%d %H:%M:%S"));
    }
    println!("  Order      {}", clean(&inv.order_id));
    if let Some(who) = &inv.cashier {
        println!("  Cashier    {}", clean(who));
    }
    if !inv.flags.is_empty() {
        let flags: Vec<String> = inv.flags.iter().map(|f| format!("{f:?}")).collect();
        println!("  Flags      {}", flags.join(", "));
    }
    if let Some(reason) = &inv.failure {
        println!("  Why        {}", clean(reason));
    }
    if let (true, Some(uri)) = (with_qr, &inv.payment_uri) {
        if let Ok(code) = qrcode::QrCode::new(uri.as_bytes()) {
            let art = code
                .render::<qrcode::render::unicode::Dense1x2>()
                .quiet_zone(true)
                .build();
            println!("\n{art}");
        }
    }
}

/// One line per change, for `watch` without --json.
pub fn change(inv: &Invoice) {
    let conf = inv
        .confirmations
        .required
        .map(|r| format!(" ({} of {r} confirmations)", inv.confirmations.received))
        .unwrap_or_default();
    println!(
        "{}  {}  {:<10} {} {}  {}{}",
        wall(inv.updated_at).format("%H:%M:%S"),
        inv.id,
        inv.status.as_str().to_ascii_uppercase(),
        inv.amount_fiat,
        inv.fiat,
        crypto_text(inv),
        if inv.status.is_open() {
            conf
        } else {
            String::new()
        }
    );
}

pub fn invoice_table(list: &[Invoice]) {
    if list.is_empty() {
        println!("No invoices.");
        return;
    }
    println!(
        "{:<10} {:<8} {:<10} {:>14} {:<24} ORDER",
        "ID", "TIME", "STATUS", "PRICE", "PAY"
    );
    for inv in list {
        println!(
            "{:<10} {:<8} {:<10} {:>14} {:<24} {}",
            inv.id,
            wall(inv.created_at).format("%H:%M:%S"),
            inv.status,
            format!("{} {}", inv.amount_fiat, inv.fiat),
            crypto_text(inv),
            clean(&inv.order_id)
        );
    }
}

/// `report --json`: the day asked for, then the takings.
#[derive(Serialize)]
pub struct DayReport<'a> {
    pub date: String,
    #[serde(flatten)]
    pub takings: &'a crate::takings::Takings,
}

/// `report --hq --json`: the same, with `tills` and `shops` added.
#[derive(Serialize)]
pub struct HqReport<'a> {
    pub date: String,
    #[serde(flatten)]
    pub takings: &'a crate::hq::HqTakings,
}

pub fn report(day: &str, s: &Summary) {
    println!("Takings for {day}: {} invoice(s)", s.invoices);
    if s.totals.is_empty() {
        println!("  Nothing paid.");
    }
    for (fiat, t) in &s.totals {
        println!("  Paid       {} {fiat}  ({} invoice(s))", t.amount, t.count);
    }
    for (fiat, t) in &s.refunds {
        println!("  Refunded   {} {fiat}  ({} refund(s))", t.amount, t.count);
    }
    for (fiat, net) in s.net.iter().filter(|_| !s.refunds.is_empty()) {
        println!("  Net        {net} {fiat}");
    }
    for (rate, t) in &s.tax {
        println!("  Tax {rate} %  {} on {} line(s)", t.amount, t.count);
    }
    for (who, t) in &s.tips {
        println!(
            "  Tips       {} for {who}, apart from the takings",
            t.amount
        );
    }
    for (asset, t) in &s.by_asset {
        println!("  Received   {} {asset}", t.amount.normalize());
    }
    for (asset, t) in &s.underpaid {
        println!(
            "  Underpaid  {} {asset} arrived on {} short invoice(s)",
            t.amount.normalize(),
            t.count
        );
    }
    let counts: Vec<String> = s
        .counts
        .iter()
        .filter(|(_, n)| **n > 0)
        .map(|(st, n)| format!("{st} {n}"))
        .collect();
    if !counts.is_empty() {
        println!("  By status  {}", counts.join(", "));
    }
}

/// A shift's heading, its takings and its exceptions: what the X- and
/// Z-reports both show.
fn shift_body(z: &counterpay_core::shift::ZReport, heading: &str, label: &str) {
    println!(
        "{heading} {}",
        wall(z.closed_at).format("%Y-%m-%d %H:%M:%S")
    );
    report(label, &z.summary);
    for e in &z.exceptions {
        let flags: Vec<String> = e.flags.iter().map(|f| format!("{f:?}")).collect();
        println!(
            "  Exception  {} {} {} {} {}",
            e.id,
            e.status,
            e.amount_fiat,
            e.fiat,
            flags.join(" ")
        );
    }
}

pub fn zreport(z: &counterpay_core::shift::ZReport) {
    shift_body(
        z,
        &format!("Z-report {}  closed", z.number),
        &format!("shift {}", z.number),
    );
    if let Some(who) = &z.closed_by {
        println!("  Closed by  {}", clean(who));
    }
    println!(
        "  Sealed     event {} with hash {}",
        z.last_seq, z.last_hash
    );
    println!("             {}", counterpay_core::shift::SEAL_EXPLAINED);
}

/// The open shift so far, as JSON: what closing it would seal, marked as
/// not sealed.
#[derive(Serialize)]
pub struct XReport<'a>(
    #[serde(serialize_with = "x_fields")] pub &'a counterpay_core::shift::ZReport,
);

fn x_fields<S: serde::Serializer>(
    z: &&counterpay_core::shift::ZReport,
    s: S,
) -> Result<S::Ok, S::Error> {
    serde_json::json!({
        "shift": "current",
        "number": z.number,
        "sealed": false,
        "opened_at": z.opened_at.map(|t| counterpay_core::invoice::timestamp::format(&t)),
        "as_of": counterpay_core::invoice::timestamp::format(&z.closed_at),
        "last_seq": z.last_seq,
        "summary": z.summary,
        "exceptions": z.exceptions,
    })
    .serialize(s)
}

pub fn xreport(z: &counterpay_core::shift::ZReport) {
    shift_body(
        z,
        &format!(
            "X-report  shift {} so far (not closed, nothing sealed), as of",
            z.number
        ),
        &format!("shift {} so far", z.number),
    );
}

/// One audit entry as a line: local time, who, what, the details.
pub fn audit_line(e: &counterpay_core::AuditEntry) {
    // Sealed keys are for the till to open, not for a person to read.
    let mut details = e.details.clone();
    if let Some(sealed) = details.get_mut("sealed") {
        *sealed = "(sealed)".into();
    }
    println!(
        "{}  {:<24} {:<22} {}",
        wall(e.at).format("%H:%M:%S"),
        clean(&e.actor),
        clean(&e.action),
        clean(&details.to_string())
    );
}

pub fn provider_test(t: &crate::provider_test::ProviderTest) {
    for c in &t.checks {
        println!(
            "  {:<12} {:<6} {}",
            c.check,
            if c.ok { "ok" } else { "FAILED" },
            clean(&c.reason.to_string())
        );
    }
}

pub fn reconciliation(r: &crate::reconcile::Reconciliation) {
    use counterpay_core::reconcile::Side;
    let side = |s: &Option<Side>| match s {
        Some(s) => format!(
            "{} {}",
            s.status,
            s.amount_crypto
                .map(|a| a.normalize().to_string())
                .unwrap_or_default()
        ),
        None => "-".into(),
    };
    if r.differences.is_empty() {
        println!("{}: the journal and the gateways agree.", r.date);
    }
    for d in &r.differences {
        println!(
            "{:<18} {:<10} {:<12} {:<24} journal: {:<20} gateway: {}{}",
            d.kind.as_str(),
            clean(&d.provider),
            d.id.as_deref().unwrap_or("-"),
            clean(d.provider_ref.as_deref().unwrap_or("-")),
            side(&d.local),
            side(&d.gateway),
            if d.adopted { "  (adopted)" } else { "" }
        );
    }
    for n in &r.notes {
        println!("Note: {}", clean(&n.to_string()));
    }
}
