//! `balances`, `withdraw` and `withdrawals`. A withdrawal is confirmed on a
//! terminal (or with `--yes`) and, once the till has an owner, needs the
//! owner's PIN too: typed on the terminal or given as `COUNTERPAY_OWNER_PIN`.

use super::{auth, Failure};
use crate::output;
use crate::payouts::{Checked, PayoutRequest, ProviderBalances};
use crate::shop::Shop;
use clap::Args;
use counterpay_core::payout::{PayoutStatus, Withdrawal};
use std::io::{BufRead, IsTerminal, Write};

#[derive(Debug, Args)]
pub struct WithdrawArgs {
    /// The asset, like USDTTRC20 or BTC
    #[arg(long, value_name = "CODE")]
    currency: String,
    /// How much leaves the balance (the fee comes out of it), or `all`
    #[arg(long, allow_hyphen_values = true)]
    amount: String,
    /// The owner's wallet; checked for its network's format and checksum
    #[arg(long, value_name = "ADDR")]
    address: String,
    #[arg(long)]
    provider: Option<String>,
    #[command(flatten)]
    send: SendFlags,
}

/// How a withdrawal or a refund is sent.
#[derive(Debug, Args)]
pub struct SendFlags {
    /// Show the fee and what arrives; send nothing
    #[arg(long)]
    estimate: bool,
    /// Send without asking
    #[arg(long)]
    yes: bool,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub struct RefundArgs {
    /// The paid, overpaid or underpaid invoice the money came in on
    id: String,
    /// `excess` (the overpayment), `all` (what arrived) or an amount of
    /// the invoice's asset
    #[arg(long, allow_hyphen_values = true)]
    amount: String,
    /// The customer's wallet; checked for its network's format and checksum
    #[arg(long, value_name = "ADDR")]
    address: String,
    /// Record a refund already made in the gateway's dashboard (a gateway
    /// with no withdrawal API, such as CryptoScan) by its transaction id,
    /// instead of sending one
    #[arg(long, value_name = "TXID", conflicts_with_all = ["estimate", "yes"])]
    txid: Option<String>,
    #[command(flatten)]
    send: SendFlags,
}

pub async fn balances(shop: &Shop, provider: Option<&str>, json: bool) -> Result<(), Failure> {
    let all = shop.balances(provider).await?;
    if json {
        output::json(&serde_json::json!({ "providers": all }));
    } else {
        print_balances(&all);
    }
    if all.iter().all(|p| p.error.is_some()) && !all.is_empty() {
        return Err(Failure::Error("no gateway's balance could be read".into()));
    }
    Ok(())
}

fn print_balances(all: &[ProviderBalances]) {
    if all.is_empty() {
        println!("No provider is configured.");
    }
    for p in all {
        println!("{} ({})", p.provider, p.kind);
        if let Some(e) = &p.error {
            println!("  balance not read: {}", output::clean(&e.to_string()));
        }
        for b in &p.balances {
            println!(
                "  {:<14} {:>20} {:<10} pending {}",
                output::clean(&b.account),
                b.available.normalize(),
                output::clean(&b.asset),
                b.pending.normalize()
            );
        }
        if let Some(why) = &p.no_withdrawals {
            println!("  no withdrawals here: {why}");
        }
    }
}

fn print_quote(c: &Checked) {
    let q = &c.quote;
    println!(
        "Withdrawal from {}: {} {}",
        c.provider,
        q.amount.normalize(),
        q.asset
    );
    println!("  Fee        {} {}", q.fee.normalize(), q.asset);
    println!("  Arrives    {} {}", q.receive.normalize(), q.asset);
    println!("  To         {}", c.address);
    if let Some(m) = q.minimum {
        println!("  Minimum    {} {}", m.normalize(), q.asset);
    }
    if let Some(a) = c.available {
        println!("  Available  {} {}", a.normalize(), q.asset);
    }
    for note in &q.notes {
        println!("  {}", output::clean(&note.to_string()));
    }
}

fn print_withdrawal(w: &Withdrawal) {
    println!(
        "{}  {:<9}  {} {} to {}  via {}{}{}",
        w.id,
        w.status.as_str(),
        w.amount.normalize(),
        w.asset,
        w.address,
        w.provider,
        w.provider_ref
            .as_deref()
            .map(|r| format!(" (ref {})", output::clean(r)))
            .unwrap_or_default(),
        w.failure
            .as_deref()
            .map(|f| format!("; {}", output::clean(f)))
            .unwrap_or_default()
    );
}

/// Asks on the terminal; refuses when there is none to ask on.
fn confirm(c: &Checked) -> Result<(), Failure> {
    if !std::io::stdin().is_terminal() {
        return Err(Failure::Error(
            "no terminal to confirm the withdrawal on: check the figures with --estimate, then send with --yes".into(),
        ));
    }
    // On stderr, so `--json` output stays JSON.
    eprint!(
        "Send {} {} to {} ({} arrives)? Type yes to send: ",
        c.quote.amount.normalize(),
        c.quote.asset,
        c.address,
        c.quote.receive.normalize()
    );
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| format!("cannot read the answer: {e}"))?;
    if line.trim().eq_ignore_ascii_case("yes") {
        Ok(())
    } else {
        Err(Failure::Error("not confirmed: nothing was sent".into()))
    }
}

pub async fn withdraw(shop: &Shop, a: WithdrawArgs) -> Result<(), Failure> {
    let checked = shop
        .payout_quote(&PayoutRequest {
            provider: a.provider,
            asset: a.currency,
            amount: a.amount,
            address: a.address,
        })
        .await?;
    if !confirmed(&checked, &a.send)? {
        return Ok(());
    }
    let actor = auth::owner(shop, "withdraw")?;
    let w = shop.withdraw(&checked, &actor).await?;
    outcome(&w, a.send.json)
}

/// Sends money back to a customer: `refund ID --amount excess|all|AMOUNT`.
pub async fn refund(shop: &Shop, a: RefundArgs) -> Result<(), Failure> {
    if let Some(txid) = &a.txid {
        let actor = auth::owner(shop, "record a refund")?;
        let w = shop.record_refund(&a.id, &a.amount, &a.address, txid, &actor)?;
        return outcome(&w, a.send.json);
    }
    let (invoice, checked) = shop.refund_quote(&a.id, &a.amount, &a.address).await?;
    if !a.send.json {
        println!(
            "Refund of invoice {} ({} {} paid)",
            invoice.id,
            invoice.paid_crypto.normalize(),
            invoice.currency
        );
    }
    if !confirmed(&checked, &a.send)? {
        return Ok(());
    }
    let actor = auth::owner(shop, "refund")?;
    let w = shop.refund(&invoice.id, &checked, &actor).await?;
    outcome(&w, a.send.json)
}

/// Shows the checked quote and asks; false for an estimate, which sends
/// nothing.
fn confirmed(checked: &Checked, flags: &SendFlags) -> Result<bool, Failure> {
    if flags.estimate {
        if flags.json {
            output::json(&serde_json::json!({ "estimate": checked, "sent": false }));
        } else {
            print_quote(checked);
            println!("Estimate only: nothing was sent.");
        }
        return Ok(false);
    }
    if !flags.json {
        print_quote(checked);
    }
    if !flags.yes {
        confirm(checked)?;
    }
    Ok(true)
}

/// Prints what became of a withdrawal sent; anything but sent is a failure.
fn outcome(w: &Withdrawal, json: bool) -> Result<(), Failure> {
    if json {
        output::json(w);
    } else {
        print_withdrawal(w);
    }
    match w.status {
        PayoutStatus::Failed => Err(Failure::Error(format!(
            "withdrawal {} failed: {}",
            w.id,
            w.failure.as_deref().unwrap_or("the gateway refused it")
        ))),
        PayoutStatus::Unknown | PayoutStatus::Requested => Err(Failure::Error(format!(
            "withdrawal {}: the gateway's answer was lost; it is never sent again. `counterpay withdrawals` looks it up",
            w.id
        ))),
        _ => Ok(()),
    }
}

/// The owner's word on a withdrawal the gateway cannot report, PIN first.
pub fn resolve(shop: &Shop, id: &str, sent: bool, json: bool) -> Result<(), Failure> {
    let actor = auth::owner(shop, "mark a withdrawal")?;
    let w = shop.resolve_withdrawal(id, sent, &actor)?;
    if json {
        output::json(&w);
    } else {
        print_withdrawal(&w);
    }
    Ok(())
}

pub async fn withdrawals(shop: &Shop, json: bool) -> Result<(), Failure> {
    shop.refresh_withdrawals().await?;
    let all = shop.journal.withdrawals()?;
    if json {
        output::json(&serde_json::json!({ "withdrawals": all }));
    } else if all.is_empty() {
        println!("No withdrawal has been made.");
    } else {
        all.iter().for_each(print_withdrawal);
    }
    Ok(())
}
