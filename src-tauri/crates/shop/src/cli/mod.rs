//! The headless command line. Its commands, flags and JSON shapes are a
//! public contract: scripts and tests depend on them.

mod auth;
mod catalog;
mod hq;
mod payouts;
mod staff;

use crate::shop::{Payer, Shop};
use crate::takings::Days;
use crate::{notify, output, secrets};
use clap::{Args, Parser, Subcommand};
use counterpay_core::shift::ZReport;
use counterpay_core::{Asset, ChargeRequest, Invoice, Ledger, Status, TillError, Watcher};
use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

#[derive(Debug, Parser)]
#[command(
    name = "counterpay",
    version,
    about = "Take crypto payments at the counter. With no command, opens the counter window."
)]
pub struct Cli {
    /// Where the journal and settings live [default: the OS app-data dir]
    #[arg(long, global = true, env = "COUNTERPAY_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Set up a new till: its name, fiat and owner PIN
    Setup(staff::SetupArgs),
    /// The people who work the till
    #[command(subcommand)]
    Staff(staff::StaffCommand),
    /// Who did what: sign-ins, wrong PINs, changes to the shop
    Audit {
        /// The day, in the till's local time [default: today]
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Configure the gateways this till speaks to
    #[command(subcommand)]
    Provider(ProviderCommand),
    /// What customers can pay with, and the limits
    Currencies {
        #[arg(long)]
        provider: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Create an invoice for a sale
    Charge(ChargeArgs),
    /// Mark an underpaid or expired invoice paid by hand at its gateway
    /// (CryptoScan), with the owner's PIN
    Confirm {
        id: String,
        /// The transaction that paid it
        #[arg(long, value_name = "TX")]
        txid: String,
        /// Why, for the audit trail
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Show one invoice
    Status {
        id: String,
        /// Ask the gateway first
        #[arg(long)]
        refresh: bool,
        #[arg(long)]
        json: bool,
    },
    /// Watch open invoices and print each change
    Watch {
        /// Exit 0 once no invoice is open
        #[arg(long)]
        until_settled: bool,
        /// Give up after this many seconds
        #[arg(long, value_name = "SECONDS")]
        timeout: Option<u64>,
        #[arg(long)]
        json: bool,
        /// Show OS notifications for final outcomes (unless the setting is off)
        #[arg(long)]
        notify: bool,
    },
    /// List the invoices of a day
    Invoices {
        /// The day, in the till's local time [default: today]
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        #[arg(long, value_name = "S")]
        status: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// The takings of a day or of days, or a closed shift's Z-report
    Report {
        #[arg(long, value_name = "YYYY-MM-DD", conflicts_with_all = ["shift", "from", "to"])]
        date: Option<String>,
        /// The first day of a range
        #[arg(long, value_name = "YYYY-MM-DD", conflicts_with = "shift")]
        from: Option<String>,
        /// The last day of a range [default: the first]
        #[arg(
            long,
            value_name = "YYYY-MM-DD",
            conflicts_with = "shift",
            requires = "from"
        )]
        to: Option<String>,
        /// A closed shift's Z-report, by number, or `current`: the open
        /// shift so far (the X-report), sealing nothing
        #[arg(long, value_name = "N|current")]
        shift: Option<ShiftArg>,
        /// Every till's takings, from HQ
        #[arg(long, conflicts_with = "shift")]
        hq: bool,
        /// With --hq: one shop's tills
        #[arg(long, value_name = "S", requires = "hq")]
        shop: Option<String>,
        /// With --hq: one till, by id or name
        #[arg(long, value_name = "T", requires = "hq")]
        till: Option<String>,
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        #[arg(long)]
        csv: bool,
    },
    /// Ship this till's journal to HQ, and check it against HQ's copy
    #[command(subcommand)]
    Hq(hq::HqCommand),
    /// Close the shift: write its Z-report into the journal
    #[command(subcommand)]
    Shift(ShiftCommand),
    /// What each gateway holds for the shop
    Balances {
        #[arg(long)]
        provider: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Send money from a gateway to the owner's wallet (checked, then sent once)
    Withdraw(payouts::WithdrawArgs),
    /// Send money back to a customer from a paid, overpaid or underpaid
    /// invoice: the excess, all that arrived, or an amount (owner's PIN)
    Refund(payouts::RefundArgs),
    /// The withdrawals made, each looked up until its outcome is final
    Withdrawals {
        #[arg(long)]
        json: bool,
        /// After checking the gateway's dashboard: this one was sent
        #[arg(long, value_name = "ID", conflicts_with = "mark_not_sent")]
        mark_sent: Option<String>,
        /// After checking the gateway's dashboard: this one was never sent
        #[arg(long, value_name = "ID")]
        mark_not_sent: Option<String>,
    },
    /// Compare a day of the journal with each gateway's own records
    /// (exit 5 when they differ)
    Reconcile {
        /// The day, in the till's local time [default: today]
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        #[arg(long)]
        provider: Option<String>,
        /// Apply what the gateway knows better: a status further along, a
        /// sale of this till's whose create answer was lost
        #[arg(long)]
        adopt: bool,
        #[arg(long)]
        json: bool,
    },
    /// Check the journal
    #[command(subcommand)]
    Journal(JournalCommand),
    /// Show or change the shop's settings
    #[command(subcommand)]
    Settings(SettingsCommand),
    /// The shop's items: name, SKU, price, tax rate, category
    #[command(subcommand)]
    Catalog(catalog::CatalogCommand),
    /// The simulated payer of sandbox invoices
    #[command(subcommand)]
    Sandbox(SandboxCommand),
    /// Copy the journal to FILE while the till runs (no credentials or keys in it)
    Backup {
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Put a backup into an empty data dir: a new or replaced till
    Restore {
        file: PathBuf,
        /// The owner's recovery code: needed when the backup was made on
        /// another machine
        #[arg(long, env = "COUNTERPAY_RECOVERY_CODE", value_name = "CODE")]
        recovery_code: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// The owner's PIN and recovery code
    #[command(subcommand)]
    Owner(OwnerCommand),
    /// What support needs: version, OS, folders, providers, latest errors,
    /// the journal's check, HQ (never a secret)
    Diagnostics {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum OwnerCommand {
    /// Set a new owner PIN with the recovery code (the PIN typed twice, or
    /// COUNTERPAY_OWNER_PIN); prints the next recovery code
    ResetPin {
        #[arg(long, env = "COUNTERPAY_RECOVERY_CODE", value_name = "CODE")]
        recovery_code: String,
        #[arg(long)]
        json: bool,
    },
    /// A new recovery code, with the owner's PIN; the old one stops
    /// resetting the PIN
    RecoveryCode {
        #[arg(long)]
        json: bool,
    },
}

/// Which shift `report --shift` means.
#[derive(Debug, Clone, Copy)]
pub enum ShiftArg {
    Current,
    Closed(u64),
}

impl std::str::FromStr for ShiftArg {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim() {
            "current" => Ok(ShiftArg::Current),
            n => n
                .parse()
                .map(ShiftArg::Closed)
                .map_err(|_| format!("{n}: give a shift's number, or current")),
        }
    }
}

#[derive(Debug, Args)]
pub struct ChargeArgs {
    /// The price in fiat, like 12.50; with --item it may be left out, and
    /// when given must be the items' total
    #[arg(allow_hyphen_values = true)]
    amount: Option<String>,
    /// A catalogue item, SKU or SKU:QTY (repeat for more)
    #[arg(long = "item", value_name = "SKU[:QTY]")]
    items: Vec<String>,
    /// Off the whole sale, before tax: an amount or a percentage (10%)
    #[arg(long, value_name = "AMOUNT|N%", allow_hyphen_values = true)]
    discount: Option<String>,
    /// On top, after discount and tax: an amount or a percentage (15%)
    #[arg(long, value_name = "AMOUNT|N%", allow_hyphen_values = true)]
    tip: Option<String>,
    /// The asset the customer pays with, like USDTTRC20 or BTC [default:
    /// the shop's default_asset setting, as at the counter]
    #[arg(long)]
    currency: Option<String>,
    /// [default: the shop's fiat setting, USD unless changed]
    #[arg(long)]
    fiat: Option<String>,
    #[arg(long)]
    provider: Option<String>,
    /// The shop's own reference; charging it again returns the same invoice
    #[arg(long)]
    order_id: Option<String>,
    #[arg(long)]
    note: Option<String>,
    /// Who takes the sale: a staff member's name once the till has staff
    #[arg(long)]
    cashier: Option<String>,
    /// The manager who lets a discount past the shop's discount_limit,
    /// with their PIN in COUNTERPAY_STAFF_PIN [default: the owner, with
    /// COUNTERPAY_OWNER_PIN]
    #[arg(long, value_name = "NAME")]
    approved_by: Option<String>,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Subcommand)]
pub enum ProviderCommand {
    /// Add a gateway
    Add {
        name: String,
        #[arg(long)]
        kind: String,
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        #[arg(long = "option", value_name = "KEY=VALUE")]
        options: Vec<String>,
        /// Use it when --provider is left out
        #[arg(long)]
        default: bool,
    },
    /// Check the gateway: reachable, credentials accepted, the shop's fiat
    /// and the counter's asset enabled (exit 1 when a check fails)
    Test {
        name: String,
        #[arg(long)]
        json: bool,
    },
    /// Make a provider the one used when --provider is left out
    Default {
        name: String,
    },
    List {
        #[arg(long)]
        json: bool,
    },
    Remove {
        name: String,
    },
    /// Store the provider's credentials in the OS keyring (asked for without echo)
    Login {
        name: String,
    },
    /// Remove the provider's credentials from the OS keyring
    Logout {
        name: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum ShiftCommand {
    /// Close the open shift; prints the Z-report written
    Close {
        #[arg(long)]
        json: bool,
        /// A manager closing it (PIN typed or COUNTERPAY_STAFF_PIN);
        /// without it, the owner's PIN
        #[arg(long, value_name = "NAME")]
        staff: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum SettingsCommand {
    List {
        #[arg(long)]
        json: bool,
    },
    Get {
        key: String,
    },
    Set {
        key: String,
        #[arg(allow_hyphen_values = true)]
        value: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum JournalCommand {
    /// Recompute the hash chain and the derived state
    Verify {
        /// Also fail (exit 4) unless the chain still holds this event
        #[arg(long, value_name = "HASH")]
        expect_head: Option<String>,
    },
    /// Print the hash of the newest event
    Head,
}

#[derive(Debug, Subcommand)]
pub enum SandboxCommand {
    /// Pay a sandbox invoice (in full unless --amount is given)
    Pay {
        id: String,
        #[arg(long, value_name = "CRYPTO")]
        amount: Option<String>,
    },
    /// Make a sandbox invoice expire now
    Expire { id: String },
}

/// How a command ended, beyond success.
pub enum Failure {
    /// One line for stderr; exit 1.
    Error(String),
    /// `watch --until-settled` ran out of time; exit 3.
    Timeout(String),
    /// `journal verify` found a bad row; exit 4.
    Tampered(String),
    /// `reconcile` found differences; exit 5.
    Differs(String),
}

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure::Error(e.to_string())
    }
}

pub fn run(data_dir: Option<PathBuf>, command: Command) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => return fail(Failure::Error(format!("cannot start: {e}"))),
    };
    // A restore makes the data dir; opening a till there first would not
    // leave it empty.
    if let Command::Restore {
        file,
        recovery_code,
        json,
    } = &command
    {
        return match restore(data_dir, file, recovery_code.as_deref(), *json) {
            Ok(()) => ExitCode::SUCCESS,
            Err(f) => fail(f),
        };
    }
    let shop = match Shop::open(data_dir) {
        Ok(s) => s,
        Err(e) => return fail(Failure::Error(e.to_string())),
    };
    output::use_zone(shop.zone());
    let done = runtime.block_on(dispatch(&shop, command));
    // Whatever the command wrote, its newest event is recorded off the file.
    shop.record_head();
    match done {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => fail(f),
    }
}

fn fail(f: Failure) -> ExitCode {
    let (line, code) = match f {
        Failure::Error(m) => (m, 1),
        Failure::Timeout(m) => (m, 3),
        Failure::Tampered(m) => (m, 4),
        Failure::Differs(m) => (m, 5),
    };
    // One line, whatever the message carried, and no terminal controls
    // from a gateway's words.
    eprintln!(
        "counterpay: {}",
        output::clean(&line.replace(['\n', '\r'], " "))
    );
    ExitCode::from(code)
}

async fn dispatch(shop: &Shop, command: Command) -> Result<(), Failure> {
    match command {
        Command::Setup(args) => staff::setup(shop, args),
        Command::Staff(cmd) => staff::staff(shop, cmd),
        Command::Audit { date, json } => staff::audit(shop, date.as_deref(), json),
        Command::Provider(p) => provider(shop, p).await,
        Command::Currencies { provider, json } => currencies(shop, provider.as_deref(), json).await,
        Command::Charge(args) => charge(shop, args).await,
        Command::Status { id, refresh, json } => status(shop, &id, refresh, json).await,
        Command::Confirm {
            id,
            txid,
            reason,
            json,
        } => {
            let invoice = find_id(shop, &id)?;
            let actor = auth::owner(shop, "confirm a payment by hand")?;
            let confirmed = shop
                .confirm_manually(&invoice.id, &txid, reason.as_deref(), &actor)
                .await?;
            show(&confirmed, json, false);
            Ok(())
        }
        Command::Watch {
            until_settled,
            timeout,
            json,
            notify,
        } => {
            let notify = notify && shop.settings()?.notifications;
            watch(shop, until_settled, timeout, json, notify).await
        }
        Command::Settings(cmd) => settings(shop, cmd),
        Command::Catalog(cmd) => catalog::run(shop, cmd),
        Command::Invoices { date, status, json } => {
            invoices(shop, date.as_deref(), status.as_deref(), json)
        }
        Command::Report {
            shift: Some(ShiftArg::Closed(number)),
            json,
            csv,
            ..
        } => shift_report(shop, number, json, csv),
        Command::Report {
            shift: Some(ShiftArg::Current),
            json,
            csv,
            ..
        } => {
            if csv {
                return Err(Failure::Error(
                    "the open shift has no CSV yet: close it (`counterpay shift close`), then `report --shift N --csv`".into(),
                ));
            }
            let x = shop.journal.current_shift()?;
            if json {
                output::json(&output::XReport(&x));
            } else {
                output::xreport(&x);
            }
            Ok(())
        }
        Command::Report {
            date,
            from,
            to,
            hq: true,
            shop: shop_name,
            till,
            json,
            csv,
            ..
        } => {
            let days = Days::parse(
                shop.zone(),
                date.as_deref().or(from.as_deref()),
                to.as_deref(),
            )?;
            let scope = counterpay_hq::Scope {
                shop: shop_name,
                till,
            };
            hq::report(shop, days, scope, json, csv).await
        }
        Command::Report {
            date,
            from,
            to,
            json,
            csv,
            ..
        } => report(
            shop,
            date.as_deref().or(from.as_deref()),
            to.as_deref(),
            json,
            csv,
        ),
        Command::Hq(cmd) => hq::hq(shop, cmd).await,
        Command::Shift(ShiftCommand::Close { json, staff }) => {
            let actor = auth::manager(shop, staff.as_deref(), "close the shift")?;
            let z = shop.journal.close_shift(&actor)?;
            show_zreport(&z, json);
            Ok(())
        }
        Command::Journal(JournalCommand::Verify { expect_head }) => {
            verify(shop, expect_head.as_deref())
        }
        Command::Journal(JournalCommand::Head) => {
            println!("{}", shop.journal.head()?.1);
            Ok(())
        }
        Command::Balances { provider, json } => {
            payouts::balances(shop, provider.as_deref(), json).await
        }
        Command::Withdraw(args) => payouts::withdraw(shop, args).await,
        Command::Refund(args) => payouts::refund(shop, args).await,
        Command::Withdrawals {
            json,
            mark_sent,
            mark_not_sent,
        } => match (mark_sent, mark_not_sent) {
            (Some(id), _) => payouts::resolve(shop, &id, true, json),
            (_, Some(id)) => payouts::resolve(shop, &id, false, json),
            _ => payouts::withdrawals(shop, json).await,
        },
        Command::Sandbox(cmd) => sandbox(shop, cmd),
        Command::Reconcile {
            date,
            provider,
            adopt,
            json,
        } => {
            let days = Days::parse(shop.zone(), date.as_deref(), None)?;
            let r = shop.reconcile(days, provider.as_deref(), adopt).await?;
            if json {
                output::json(&r);
            } else {
                output::reconciliation(&r);
            }
            match r.unresolved() {
                0 => Ok(()),
                n => Err(Failure::Differs(format!(
                    "{n} difference(s) between the journal and the gateways on {}",
                    r.date
                ))),
            }
        }
        Command::Backup { file, json } => {
            let made = shop.backup(&file)?;
            if json {
                output::json(&made);
            } else {
                println!(
                    "Backed up {} events to {} (newest {}). It holds no credentials and no keys: \
                     restoring it on another machine needs the owner's recovery code.",
                    made.events,
                    made.file.display(),
                    made.head
                );
            }
            Ok(())
        }
        Command::Restore { .. } => unreachable!("restored before a till is opened"),
        Command::Owner(OwnerCommand::ResetPin {
            recovery_code,
            json,
        }) => staff::reset_pin(shop, &recovery_code, json),
        Command::Owner(OwnerCommand::RecoveryCode { json }) => staff::new_recovery_code(shop, json),
        Command::Diagnostics { json } => {
            let d = shop.diagnostics();
            if json {
                output::json(&d);
            } else {
                print!("{}", output::clean_lines(&d.to_string()));
            }
            Ok(())
        }
    }
}

fn restore(
    data_dir: Option<PathBuf>,
    file: &std::path::Path,
    code: Option<&str>,
    json: bool,
) -> Result<(), Failure> {
    let dir = data_dir
        .or_else(crate::shop::default_data_dir)
        .ok_or(crate::shop::ShopError::NoDataDir)?;
    match crate::backup::restore(&dir, file, code) {
        Ok(v) => {
            if json {
                output::json(&serde_json::json!({
                    "data_dir": dir.display().to_string(),
                    "events": v.events,
                    "invoices": v.invoices,
                }));
            } else {
                println!(
                    "Restored {} events and {} invoices into {}; `journal verify` is clean. \
                     Enter each gateway's credentials again (`counterpay provider login NAME`): \
                     they stay in the old machine's keyring.",
                    v.events,
                    v.invoices,
                    dir.display()
                );
            }
            Ok(())
        }
        Err(e @ crate::backup::RestoreError::Tampered(_)) => Err(Failure::Tampered(e.to_string())),
        Err(e) => Err(Failure::Error(e.to_string())),
    }
}

async fn provider(shop: &Shop, cmd: ProviderCommand) -> Result<(), Failure> {
    match cmd {
        ProviderCommand::Add {
            name,
            kind,
            base_url,
            options,
            default,
        } => {
            let mut opts = BTreeMap::new();
            for o in options {
                let (k, v) = o
                    .split_once('=')
                    .filter(|(k, _)| !k.trim().is_empty())
                    .ok_or_else(|| format!("--option {o}: write it as KEY=VALUE"))?;
                opts.insert(k.trim().to_string(), v.trim().to_string());
            }
            let actor = auth::owner(shop, "add a provider")?;
            let cfg =
                shop.add_provider(&name, &kind, base_url.as_deref(), opts, default, &actor)?;
            println!(
                "Added provider {} ({}{}).",
                cfg.name,
                cfg.kind,
                cfg.base_url()
                    .map(|u| format!(" at {}", output::clean(u)))
                    .unwrap_or_default()
            );
            // A warning only: the gateway may just be down now.
            let test = shop.test_provider(&cfg).await;
            output::provider_test(&test);
            Ok(())
        }
        ProviderCommand::Test { name, json } => {
            let cfg = shop.provider(Some(&name))?;
            let test = shop.test_provider(&cfg).await;
            if json {
                output::json(&test);
            } else {
                output::provider_test(&test);
            }
            match test.checks.iter().find(|c| !c.ok) {
                None => Ok(()),
                Some(c) => Err(Failure::Error(format!(
                    "{name} failed the {} check: {}",
                    c.check, c.reason
                ))),
            }
        }
        ProviderCommand::Default { name } => {
            shop.provider(Some(&name))?;
            let actor = auth::owner(shop, "change the default provider")?;
            shop.set_default_provider(&name, &actor)?;
            println!("Charges go to {name} when no provider is named.");
            Ok(())
        }
        ProviderCommand::List { json } => {
            let list = shop.journal.providers()?;
            if json {
                output::json(&serde_json::json!({ "providers": list }));
            } else {
                output::providers(&list);
            }
            Ok(())
        }
        ProviderCommand::Login { name } => login(shop, &name),
        ProviderCommand::Logout { name } => {
            let cfg = shop.provider(Some(&name))?;
            let actor = auth::owner(shop, "remove a provider's credentials")?;
            let removed = shop.forget_credentials(&cfg, &actor)?;
            println!("Removed {removed} credential(s) of {name} from the OS keyring.");
            Ok(())
        }
        ProviderCommand::Remove { name } => {
            shop.provider(Some(&name))?;
            let actor = auth::owner(shop, "remove a provider")?;
            let forgotten = shop.remove_provider(&name, &actor)?;
            println!(
                "Removed provider {name} and {forgotten} keyring credential(s). Its invoices stay in the journal."
            );
            Ok(())
        }
    }
}

/// Asks for each secret the provider needs (without echo on a terminal;
/// one per line from a pipe) and stores them in the OS keyring.
fn login(shop: &Shop, name: &str) -> Result<(), Failure> {
    use std::io::{BufRead, IsTerminal};
    let cfg = shop.provider(Some(name))?;
    let actor = auth::owner(shop, "store a provider's credentials")?;
    let terminal = std::io::stdin().is_terminal();
    let mut lines = std::io::stdin().lock().lines();
    let values = secrets::collect(&cfg, |key| {
        let read = if terminal {
            rpassword::prompt_password(format!("{key} for {name}: "))
        } else {
            lines.next().transpose().map(Option::unwrap_or_default)
        };
        read.map_err(|e| format!("cannot read {key}: {e}"))
    })?;
    shop.store_credentials(&cfg, &values, &actor)?;
    println!(
        "Stored {} credential(s) for {name} in the OS keyring. Environment variables, when set, still win.",
        values.len()
    );
    Ok(())
}

fn settings(shop: &Shop, cmd: SettingsCommand) -> Result<(), Failure> {
    let mut current = shop.settings()?;
    match cmd {
        SettingsCommand::List { json } => {
            let all = current.all();
            if json {
                output::json(&all.into_iter().collect::<BTreeMap<_, _>>());
            } else {
                for (k, v) in all {
                    println!("{k:<16} {v}");
                }
            }
        }
        SettingsCommand::Get { key } => {
            println!("{}", current.get(&key)?);
        }
        SettingsCommand::Set { key, value } => {
            // A bad value is refused before anyone is asked for a PIN.
            current.set(&key, &value)?;
            let actor = auth::owner(shop, "change the settings")?;
            let canonical = shop.set_setting(&key, &value, &actor)?;
            println!("{key} = {canonical}");
        }
    }
    Ok(())
}

async fn currencies(shop: &Shop, provider: Option<&str>, json: bool) -> Result<(), Failure> {
    let cfg = shop.provider(provider)?;
    let connected = crate::connect::connect(&cfg, shop.secrets(), &shop.data_dir).await?;
    let list = connected
        .gateway
        .currencies()
        .await
        .map_err(TillError::from)?;
    if json {
        output::json(&serde_json::json!({ "provider": cfg.name, "currencies": list }));
    } else {
        output::currencies(&list);
    }
    Ok(())
}

async fn charge(shop: &Shop, a: ChargeArgs) -> Result<(), Failure> {
    let cfg = shop.provider(a.provider.as_deref())?;
    let settings = shop.settings()?;
    // Once the till has staff, a cashier is one of them, by name.
    let (cashier, staff_id) = match a.cashier.as_deref() {
        Some(name) if shop.owner()?.is_some() => {
            let person = shop.staff_named(name)?;
            (Some(person.name), Some(person.id))
        }
        other => (other.map(str::to_string), None),
    };
    let fiat = a.fiat.unwrap_or_else(|| settings.fiat.code().to_string());
    let (amount, sale) = priced(
        shop, &settings, &a.items, a.amount, a.discount, a.tip, &fiat,
    )?;
    let approval = match sale
        .as_ref()
        .and_then(|s| crate::catalog::over_discount_limit(&settings, s))
    {
        Some(over) => Some(auth::manager(
            shop,
            a.approved_by.as_deref(),
            &format!("approve it ({over})"),
        )?),
        None => None,
    };
    let invoice = shop
        .till()
        .charge(ChargeRequest {
            provider: cfg.name,
            amount,
            fiat,
            currency: a
                .currency
                .unwrap_or_else(|| settings.default_asset.code().to_string()),
            order_id: a.order_id,
            note: a.note,
            expiry_minutes: settings.expiry_minutes,
            cashier,
            staff_id,
            sale,
        })
        .await?;
    if let Some(actor) = approval {
        crate::catalog::record_discount_approval(shop, &invoice, &actor);
    }
    show(&invoice, a.json, true);
    Ok(())
}

/// The amount to charge, and the priced cart when there is one: items
/// (an amount typed beside them goes to the till as typed, which refuses
/// one that is not their total), or a typed amount with a discount or a
/// tip; a typed amount alone is charged as it is.
fn priced(
    shop: &Shop,
    settings: &counterpay_core::settings::Settings,
    items: &[String],
    amount: Option<String>,
    discount: Option<String>,
    tip: Option<String>,
    fiat: &str,
) -> Result<(String, Option<counterpay_core::sale::Sale>), Failure> {
    let shop_fiat = &settings.fiat;
    let carted = !items.is_empty() || discount.is_some() || tip.is_some();
    if carted && !fiat.trim().eq_ignore_ascii_case(shop_fiat.code()) {
        return Err(Failure::Error(format!(
            "items, discounts and tips are in the shop's fiat, {shop_fiat}, not {fiat}"
        )));
    }
    let sale = match (items.is_empty(), &amount) {
        (true, None) => {
            return Err(Failure::Error(
                "give the amount (such as 12.50), or catalogue items with --item SKU[:QTY]".into(),
            ))
        }
        (true, Some(a)) if !carted => return Ok((a.clone(), None)),
        (true, Some(a)) => crate::catalog::ring_up(
            shop,
            settings,
            &[],
            Some(a),
            discount.as_deref(),
            tip.as_deref(),
        )?,
        (false, _) => crate::catalog::ring_up(
            shop,
            settings,
            items,
            None,
            discount.as_deref(),
            tip.as_deref(),
        )?,
    };
    let amount = match (items.is_empty(), amount) {
        (false, Some(typed)) => typed,
        _ => sale.total.to_string(),
    };
    Ok((amount, Some(sale)))
}

fn show(invoice: &Invoice, json: bool, with_qr: bool) {
    if json {
        output::json(invoice);
    } else {
        output::invoice(invoice, with_qr);
    }
}

fn find_id(shop: &Shop, id: &str) -> Result<Invoice, Failure> {
    let id = id.trim().to_ascii_uppercase();
    Ok(shop
        .journal
        .invoice(&id)?
        .ok_or(TillError::UnknownInvoice(id))?)
}

async fn status(shop: &Shop, id: &str, refresh: bool, json: bool) -> Result<(), Failure> {
    let mut invoice = find_id(shop, id)?;
    if refresh {
        invoice = shop.till().refresh(&invoice.id).await?.0;
    }
    show(&invoice, json, invoice.is_open());
    Ok(())
}

/// How often `watch --until-settled` checks whether anything is still open.
const SETTLED_CHECK: Duration = Duration::from_millis(250);

async fn watch(
    shop: &Shop,
    until_settled: bool,
    timeout: Option<u64>,
    json: bool,
    notify: bool,
) -> Result<(), Failure> {
    let till = Arc::new(shop.till());
    let watcher = Watcher::new(till.clone(), shop.settings()?.watch_config());
    let mut changes = watcher.subscribe();
    // What this command has seen open; it settles only when the journal and
    // the changes it printed agree that nothing is.
    let mut open: HashSet<String> = till
        .ledger()
        .open_invoices()?
        .into_iter()
        .map(|i| i.id)
        .collect();
    let running = tokio::spawn(watcher.clone().run());
    let _stop = AbortOnDrop(running);
    let deadline = timeout.map(|s| tokio::time::Instant::now() + Duration::from_secs(s));
    let mut check = tokio::time::interval(SETTLED_CHECK);
    loop {
        // Changes first: a change already published is printed before a
        // tick may decide that all is settled.
        tokio::select! {
            biased;
            change = changes.recv() => match change {
                Ok(inv) => {
                    if inv.is_open() {
                        open.insert(inv.id.clone());
                    } else {
                        open.remove(&inv.id);
                    }
                    if json {
                        output::json_line(&inv);
                    } else {
                        output::change(&inv);
                    }
                    if let Some(note) = notify.then(|| notify::note_for(&inv)).flatten() {
                        notify::show(&note);
                    }
                }
                Err(tokio::sync::broadcast::error::RecvError::Lagged(n)) => {
                    tracing::warn!(missed = n, "watch fell behind; the journal has every change");
                }
                Err(tokio::sync::broadcast::error::RecvError::Closed) => return Ok(()),
            },
            _ = check.tick() => {
                // Money may have reached a closed invoice while nothing
                // watched: settled only once each recent one was read.
                if until_settled && open.is_empty() && watcher.caught_up() && till.open_count()? == 0 {
                    return Ok(());
                }
            }
            _ = sleep_until_deadline(deadline) => {
                if until_settled {
                    return Err(Failure::Timeout(format!(
                        "{} invoice(s) still open after {} s",
                        till.open_count()?.max(open.len()),
                        timeout.unwrap_or_default()
                    )));
                }
                return Ok(());
            }
            _ = tokio::signal::ctrl_c() => return Ok(()),
        }
    }
}

async fn sleep_until_deadline(deadline: Option<tokio::time::Instant>) {
    match deadline {
        Some(d) => tokio::time::sleep_until(d).await,
        None => std::future::pending().await,
    }
}

/// Stops the watcher when `watch` returns, whichever way.
struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// The UTC bounds of a local calendar day (today when `date` is None).
fn invoices(
    shop: &Shop,
    date: Option<&str>,
    status: Option<&str>,
    json: bool,
) -> Result<(), Failure> {
    let status = status.map(str::parse::<Status>).transpose()?;
    let days = Days::parse(shop.zone(), date, None)?;
    let list = shop.journal.invoices_between(days.from, days.to, status)?;
    if json {
        output::json(&serde_json::json!({ "invoices": list }));
    } else {
        output::invoice_table(&list);
    }
    Ok(())
}

fn report(
    shop: &Shop,
    first: Option<&str>,
    last: Option<&str>,
    json: bool,
    csv: bool,
) -> Result<(), Failure> {
    let days = Days::parse(shop.zone(), first, last)?;
    if csv {
        shop.export_csv(days, std::io::stdout().lock())?;
        return Ok(());
    }
    let takings = shop.takings(days)?;
    if json {
        output::json(&output::DayReport {
            date: days.first.to_string(),
            takings: &takings,
        });
    } else {
        output::report(&days.first.to_string(), &takings.summary);
    }
    Ok(())
}

fn show_zreport(z: &ZReport, json: bool) {
    if json {
        output::json(z);
    } else {
        output::zreport(z);
    }
}

fn shift_report(shop: &Shop, number: u64, json: bool, csv: bool) -> Result<(), Failure> {
    let z = shop
        .journal
        .shift(number)?
        .ok_or_else(|| format!("no shift {number} has been closed"))?;
    if csv {
        shop.export_shift_csv(number, std::io::stdout().lock())?;
        return Ok(());
    }
    show_zreport(&z, json);
    Ok(())
}

fn verify(shop: &Shop, expect_head: Option<&str>) -> Result<(), Failure> {
    match shop.verify(expect_head) {
        Ok(v) => {
            println!(
                "Journal verified: {} events, {} invoices, no row edited or missing.",
                v.events, v.invoices
            );
            match shop.keys() {
                Ok(keys) => println!("Protection: {}.", keys.protection()),
                Err(why) => println!("Protection: the till's keys cannot be had here ({why})."),
            }
            Ok(())
        }
        Err(e @ counterpay_journal::VerifyError::NoKey { .. }) => Err(Failure::Error(format!(
            "the journal cannot be verified here: {e}"
        ))),
        Err(e) => Err(Failure::Tampered(format!(
            "journal verification failed: {e}"
        ))),
    }
}

fn sandbox(shop: &Shop, cmd: SandboxCommand) -> Result<(), Failure> {
    match cmd {
        SandboxCommand::Pay { id, amount } => {
            let invoice = find_id(shop, &id)?;
            let amount = amount
                .map(|a| Asset::parse(&invoice.currency).and_then(|asset| asset.parse_amount(&a)))
                .transpose()?;
            let p = shop.simulate(&invoice.id, Payer::Pay(amount))?;
            println!(
                "The sandbox payer sent {} {} to invoice {} ({} of {} now paid). `counterpay watch` shows it arrive.",
                amount.unwrap_or(p.paid).normalize(),
                invoice.currency,
                invoice.id,
                p.paid.normalize(),
                p.amount_crypto.normalize()
            );
        }
        SandboxCommand::Expire { id } => {
            let invoice = find_id(shop, &id)?;
            shop.simulate(&invoice.id, Payer::Expire)?;
            println!("Sandbox invoice {} expires now.", invoice.id);
        }
    }
    Ok(())
}
