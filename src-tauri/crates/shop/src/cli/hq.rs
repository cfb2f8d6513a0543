//! `hq set|migrate|sync|status|verify` and `report --hq`: shipping this
//! till's journal to HQ and reading every till's takings from there.

use super::{auth, Failure};
use crate::hq::HqStatus;
use crate::output;
use crate::shop::Shop;
use crate::takings::Days;
use clap::Subcommand;
use counterpay_hq::Scope;
use std::time::Duration;

#[derive(Debug, Subcommand)]
pub enum HqCommand {
    /// Point this till at HQ (postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE);
    /// the password goes to the OS keyring, or comes from COUNTERPAY_HQ_PASSWORD
    Set {
        #[arg(value_name = "URL")]
        url: String,
    },
    /// Bring HQ's schema up to date
    Migrate,
    /// Ship the events HQ does not hold yet
    Sync {
        /// Keep shipping new events as they come, until stopped
        #[arg(long)]
        follow: bool,
    },
    /// What has been shipped, what is pending, the last success and error
    Status {
        #[arg(long)]
        json: bool,
    },
    /// Compare this journal with HQ's copy of it (exit 4 where they part)
    Verify,
}

/// How often `hq sync --follow` looks for new events.
const FOLLOW_EVERY: Duration = Duration::from_secs(2);

pub async fn hq(shop: &Shop, cmd: HqCommand) -> Result<(), Failure> {
    match cmd {
        HqCommand::Set { url } => {
            let actor = auth::owner(shop, "set up HQ")?;
            let target = shop.hq_set(&url, &actor).await?;
            println!(
                "This till ships its journal to {}. Run `counterpay hq sync` now, or leave it to the window.",
                target.url()
            );
        }
        HqCommand::Migrate => {
            let version = shop.hq()?.migrate().await?;
            println!("HQ's schema is at version {version}.");
        }
        HqCommand::Sync { follow: false } => {
            let added = shop.hq_sync().await?;
            println!("Shipped {added} event(s); HQ holds this till's whole journal.");
        }
        HqCommand::Sync { follow: true } => follow(shop).await?,
        HqCommand::Status { json } => {
            let status = shop.hq_status()?;
            if json {
                output::json(&status);
            } else {
                print_status(&status);
            }
        }
        HqCommand::Verify => match shop.hq_verify().await? {
            Ok(m) => println!(
                "This journal matches HQ's copy: {} event(s) compared, {} not shipped yet.",
                m.compared, m.not_shipped
            ),
            Err(m) => {
                return Err(Failure::Tampered(format!(
                    "this journal and HQ's copy part at event {}: {}",
                    m.seq, m.why
                )))
            }
        },
    }
    Ok(())
}

/// Ships, then keeps shipping what comes; an error is said once and tried
/// again, never the end (HQ may only be down for a while).
async fn follow(shop: &Shop) -> Result<(), Failure> {
    shop.hq()?;
    let mut said: Option<String> = None;
    loop {
        match shop.hq_sync().await {
            Ok(added) => {
                if added > 0 || said.is_some() {
                    println!("Shipped {added} event(s).");
                }
                said = None;
            }
            Err(e) => {
                let line = e.to_string();
                if said.as_deref() != Some(line.as_str()) {
                    eprintln!("counterpay: {}", output::clean(&line));
                    said = Some(line);
                }
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(FOLLOW_EVERY) => {}
            _ = tokio::signal::ctrl_c() => return Ok(()),
        }
    }
}

fn print_status(s: &HqStatus) {
    match &s.url {
        Some(url) => println!("HQ          {url}"),
        None => {
            println!("HQ          not set up (counterpay hq set postgres://USER@HOST/DATABASE)")
        }
    }
    println!("Shipped     up to event {}", s.shipped_seq);
    println!("Pending     {} event(s)", s.pending);
    println!(
        "Last sync   {}",
        s.last_success.as_deref().unwrap_or("never")
    );
    if let Some(e) = &s.last_error {
        println!("Last error  {}", output::clean(e));
    }
}

/// `report --hq`: the same report as a till's, across the tills in scope,
/// with totals per till and per shop.
pub async fn report(
    shop: &Shop,
    days: Days,
    scope: Scope,
    json: bool,
    csv: bool,
) -> Result<(), Failure> {
    if csv {
        shop.hq_export_csv(days, &scope, std::io::stdout()).await?;
        return Ok(());
    }
    let t = shop.hq_takings(days, &scope).await?;
    if json {
        output::json(&output::HqReport {
            date: days.first.to_string(),
            takings: &t,
        });
    } else {
        output::report(&days.first.to_string(), &t.takings.summary);
        for till in &t.tills {
            let paid: Vec<String> = till
                .totals
                .iter()
                .map(|(fiat, total)| format!("{} {fiat}", total.amount))
                .collect();
            println!(
                "  Till       {} ({}, {}): {}",
                output::clean(&till.name),
                output::clean(&till.shop),
                till.till,
                if paid.is_empty() {
                    "nothing paid".into()
                } else {
                    paid.join(" + ")
                }
            );
        }
    }
    Ok(())
}
