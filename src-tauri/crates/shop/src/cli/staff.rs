//! `setup`, `staff` and `audit`: the people who work the till and the
//! record of what they did.

use super::{auth, Failure};
use crate::output;
use crate::shop::Shop;
use crate::takings::Days;
use clap::{Args, Subcommand};
use counterpay_core::Role;

#[derive(Debug, Args)]
pub struct SetupArgs {
    /// The shop's name, as customers see it
    #[arg(long, value_name = "NAME")]
    shop: String,
    /// The currency prices are typed in [default: USD]
    #[arg(long, value_name = "CODE")]
    fiat: Option<String>,
    /// The owner's name on the audit trail
    #[arg(long, value_name = "NAME", default_value = "Owner")]
    owner: String,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Subcommand)]
pub enum StaffCommand {
    /// Add a cashier or a manager (their PIN typed twice, or COUNTERPAY_STAFF_PIN)
    Add {
        name: String,
        #[arg(long, value_name = "cashier|manager")]
        role: String,
    },
    List {
        #[arg(long)]
        json: bool,
    },
    /// Remove a cashier or a manager; their sales keep their name
    Remove { name: String },
}

/// Sets up the till; the owner PIN is typed twice, or given once as
/// `COUNTERPAY_OWNER_PIN`.
pub fn setup(shop: &Shop, a: SetupArgs) -> Result<(), Failure> {
    if shop.owner()?.is_some() {
        return Err(Failure::Error(
            "this till is set up already: it has an owner (change settings with `counterpay settings set`)".into(),
        ));
    }
    let pin = auth::new_pin(auth::OWNER_PIN, "the owner")?;
    let done = shop.setup(&a.shop, a.fiat.as_deref(), &a.owner, &pin)?;
    let settings = shop.settings()?;
    let till = shop.journal.till_id()?;
    if a.json {
        output::json(&serde_json::json!({
            "shop": settings.shop_name,
            "fiat": settings.fiat.code(),
            "till_id": till,
            "owner": done.owner,
            "recovery_code": done.recovery_code,
        }));
    } else {
        println!(
            "Set up {} ({}), till {till}. The owner, {}, signs in with the PIN just chosen.",
            settings.shop_name,
            settings.fiat.code(),
            done.owner.name
        );
        println!("{}", recovery_note(&done.recovery_code));
    }
    Ok(())
}

/// The recovery code, with what it is for: shown once, kept by the owner.
fn recovery_note(code: &str) -> String {
    format!(
        "Recovery code: {code}\nWrite it down and keep it away from the till: it resets a forgotten owner PIN \
         (`counterpay owner reset-pin`) and moves the journal to another machine. It is shown only now."
    )
}

/// `owner reset-pin`: a new owner PIN with the recovery code, and the next
/// code in its place.
pub fn reset_pin(shop: &Shop, code: &str, json: bool) -> Result<(), Failure> {
    shop.owner()?.ok_or(crate::staff::PinError::NotSet)?;
    let pin = auth::new_pin(auth::OWNER_PIN, "the owner")?;
    let next = shop.reset_owner_pin(code, &pin).map_err(|e| match e {
        crate::staff::PinError::Wrong(left) => Failure::Error(format!(
            "wrong recovery code; {left} more tries before a lockout (a wrong code counts as a wrong owner PIN)"
        )),
        e => e.into(),
    })?;
    if json {
        output::json(&serde_json::json!({ "recovery_code": next }));
    } else {
        println!("The owner PIN is reset. The old recovery code no longer resets it.");
        println!("{}", recovery_note(&next));
    }
    Ok(())
}

/// `owner recovery-code`: a new code, for a till set up before codes
/// existed or one whose code was lost.
pub fn new_recovery_code(shop: &Shop, json: bool) -> Result<(), Failure> {
    shop.owner()?.ok_or(crate::staff::PinError::NotSet)?;
    let actor = auth::owner(shop, "make a new recovery code")?;
    let code = shop.issue_recovery_code(&actor)?;
    if json {
        output::json(&serde_json::json!({ "recovery_code": code }));
    } else {
        println!("{}", recovery_note(&code));
    }
    Ok(())
}

pub fn staff(shop: &Shop, cmd: StaffCommand) -> Result<(), Failure> {
    match cmd {
        StaffCommand::Add { name, role } => {
            let role: Role = role.parse()?;
            if shop.owner()?.is_none() {
                return Err(Failure::Error(
                    "set the till up first (`counterpay setup`): staff are added by its owner"
                        .into(),
                ));
            }
            let actor = auth::owner(shop, "add staff")?;
            let pin = auth::new_pin(auth::STAFF_PIN, name.trim())?;
            let added = shop.add_staff(&name, role, &pin, &actor)?;
            println!("Added {} as a {}.", added.name, added.role);
        }
        StaffCommand::List { json } => {
            let people: Vec<_> = shop.journal.staff()?.iter().map(|p| p.member()).collect();
            if json {
                output::json(&serde_json::json!({ "staff": people }));
            } else if people.is_empty() {
                println!("No staff yet: `counterpay setup` makes the owner.");
            } else {
                for p in people {
                    println!("{:<32} {:<8} {}", p.name, p.role, p.id);
                }
            }
        }
        StaffCommand::Remove { name } => {
            shop.staff_named(&name)?;
            let actor = auth::owner(shop, "remove staff")?;
            let removed = shop.remove_staff(&name, &actor)?;
            println!(
                "Removed {}. Their sales keep their name; they can no longer sign in.",
                removed.name
            );
        }
    }
    Ok(())
}

pub fn audit(shop: &Shop, date: Option<&str>, json: bool) -> Result<(), Failure> {
    let days = Days::parse(shop.zone(), date, None)?;
    let events = shop.journal.audit_between(days.from, days.to)?;
    if json {
        output::json(&serde_json::json!({ "events": events }));
    } else if events.is_empty() {
        println!("Nothing on the audit trail for {}.", days.first);
    } else {
        for e in &events {
            output::audit_line(e);
        }
    }
    Ok(())
}
