//! Who a command acts as. On a till with no owner yet, the command line
//! itself (for scripts, tests and the sandbox); once an owner exists,
//! changes that can move or reroute money need the owner's PIN, typed on
//! a terminal or given as `COUNTERPAY_OWNER_PIN`, and a shift close needs
//! a manager's or the owner's.

use super::Failure;
use crate::shop::Shop;
use crate::staff::{PinError, Purpose};
use counterpay_core::{Actor, Permission};
use std::io::IsTerminal;

pub(super) const OWNER_PIN: &str = "COUNTERPAY_OWNER_PIN";
pub(super) const STAFF_PIN: &str = "COUNTERPAY_STAFF_PIN";

/// A PIN from the environment, or typed without echo on a terminal.
fn read_pin(var: &str, prompt: &str, needed: &str) -> Result<String, Failure> {
    match std::env::var(var) {
        Ok(p) => Ok(p.trim().to_string()),
        Err(_) if std::io::stdin().is_terminal() => rpassword::prompt_password(prompt)
            .map(|p| p.trim().to_string())
            .map_err(|e| Failure::Error(format!("{needed}: the PIN cannot be read ({e})"))),
        Err(_) => Err(Failure::Error(format!(
            "{needed}: type it on a terminal or set {var}"
        ))),
    }
}

/// The owner, proven by PIN for this command; the command line itself
/// while the till has no owner.
pub fn owner(shop: &Shop, what: &str) -> Result<Actor, Failure> {
    let Some(owner) = shop.owner()? else {
        // "No owner" must be the chain's word, not a deleted row's (with
        // an owner, `check_pin` asks the same).
        shop.check_integrity()?;
        return Ok(Actor::command_line());
    };
    let needed = format!("the owner's PIN is needed to {what}");
    let pin = read_pin(OWNER_PIN, "Owner PIN: ", &needed)?;
    shop.check_pin(&owner, &pin, Purpose::Confirm(what))
        .map_err(|e| Failure::Error(format!("{needed}: {e}")))?;
    Ok(Actor::staff(&owner.member()))
}

/// A manager named by `--staff` with their PIN (`COUNTERPAY_STAFF_PIN`),
/// or else the owner with theirs.
pub fn manager(shop: &Shop, staff: Option<&str>, what: &str) -> Result<Actor, Failure> {
    let Some(name) = staff else {
        return owner(shop, what);
    };
    if shop.owner()?.is_none() {
        return Err(Failure::Error(PinError::NotSet.to_string()));
    }
    let person = shop.staff_named(name)?;
    if !person.role.may(Permission::Manage) {
        return Err(Failure::Error(format!(
            "{} is a {}: a manager's or the owner's PIN is needed to {what}",
            person.name, person.role
        )));
    }
    let needed = format!("{}'s PIN is needed to {what}", person.name);
    let pin = read_pin(STAFF_PIN, &format!("PIN for {}: ", person.name), &needed)?;
    shop.check_pin(&person, &pin, Purpose::Confirm(what))
        .map_err(|e| Failure::Error(format!("{needed}: {e}")))?;
    Ok(Actor::staff(&person.member()))
}

/// A new PIN: once from `var`, or typed twice on a terminal.
pub fn new_pin(var: &str, whose: &str) -> Result<String, Failure> {
    if let Ok(p) = std::env::var(var) {
        return Ok(p.trim().to_string());
    }
    if !std::io::stdin().is_terminal() {
        return Err(Failure::Error(format!(
            "a PIN is needed for {whose}: type it on a terminal or set {var}"
        )));
    }
    let read = |prompt: &str| {
        rpassword::prompt_password(prompt)
            .map(|p| p.trim().to_string())
            .map_err(|e| Failure::Error(format!("the PIN cannot be read ({e})")))
    };
    let first = read(&format!("New PIN for {whose}: "))?;
    let again = read("The same PIN again: ")?;
    if first != again {
        return Err(Failure::Error(PinError::Mismatch.to_string()));
    }
    Ok(first)
}
