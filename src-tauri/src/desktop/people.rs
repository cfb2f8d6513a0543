//! Setting a till up, signing in at the counter, the staff and the
//! activity (audit) tab of the back office.

use super::error::{CommandError, CommandResult};
use super::session::Session;
use super::Desktop;
use crate::staff::{PinError, Purpose, SetUp};
use crate::takings::Days;
use counterpay_core::said;
use counterpay_core::{AuditEntry, Permission, Role, StaffMember, StaffRecord};
use tauri::State;

/// The first run: the shop's name, its fiat and the owner's PIN, typed
/// twice. The owner is signed in at the counter at once, and shown the
/// recovery code.
#[tauri::command]
pub fn setup(
    state: State<'_, Desktop>,
    shop_name: String,
    fiat: String,
    pin: String,
    pin_again: String,
) -> CommandResult<SetUp> {
    if pin != pin_again {
        return Err(PinError::Mismatch.into());
    }
    let done = state.shop.setup(&shop_name, Some(&fiat), "Owner", &pin)?;
    state
        .sessions
        .set_counter(Some(Session::new(done.owner.clone(), false)));
    Ok(done)
}

/// Signs a person in at the counter: every sale is theirs until they sign
/// out or the counter sits idle.
#[tauri::command]
pub fn sign_in(state: State<'_, Desktop>, id: String, pin: String) -> CommandResult<StaffMember> {
    state.set_up()?;
    let person = active(&state, &id)?;
    let checked = state
        .shop
        .check_pin(&person, &pin, Purpose::SignIn("counter"))?;
    state.sessions.set_counter(Some(Session::new(
        checked.person.clone(),
        checked.too_short,
    )));
    Ok(checked.person)
}

#[tauri::command]
pub fn sign_out(state: State<'_, Desktop>) {
    state.sessions.set_counter(None);
    state.sessions.set_office(None);
}

fn active(state: &Desktop, id: &str) -> CommandResult<StaffRecord> {
    state
        .shop
        .journal
        .staff_member(id)?
        .filter(StaffRecord::is_active)
        .ok_or_else(|| {
            CommandError::refused(
                "unknown_staff",
                said!("error-no-staff", "no such staff member: pick a name"),
            )
        })
}

#[tauri::command]
pub fn owner_staff(state: State<'_, Desktop>) -> CommandResult<Vec<StaffMember>> {
    state.office(Permission::Own)?;
    Ok(state
        .shop
        .journal
        .staff()?
        .iter()
        .map(StaffRecord::member)
        .collect())
}

/// Adds a cashier or a manager with their own PIN; the owner's PIN again.
#[tauri::command]
pub fn owner_add_staff(
    state: State<'_, Desktop>,
    name: String,
    role: String,
    staff_pin: String,
    pin: String,
) -> CommandResult<StaffMember> {
    state.office(Permission::Own)?;
    let role: Role = role
        .parse()
        .map_err(|m: String| CommandError::new("invalid", m))?;
    crate::staff::check_format(&staff_pin, crate::staff::STAFF_MIN_DIGITS)?;
    let actor = state.confirm(&pin, "add staff")?;
    Ok(state.shop.add_staff(&name, role, &staff_pin, &actor)?)
}

#[tauri::command]
pub fn owner_remove_staff(
    state: State<'_, Desktop>,
    name: String,
    pin: String,
) -> CommandResult<StaffMember> {
    state.office(Permission::Own)?;
    state.shop.staff_named(&name)?;
    let actor = state.confirm(&pin, "remove staff")?;
    Ok(state.shop.remove_staff(&name, &actor)?)
}

/// The audit trail of a day (today by default), oldest first.
#[tauri::command]
pub fn owner_activity(
    state: State<'_, Desktop>,
    date: Option<String>,
) -> CommandResult<Vec<AuditEntry>> {
    state.office(Permission::Own)?;
    let days = Days::parse(state.shop.zone(), date.as_deref(), None)?;
    Ok(state.shop.journal.audit_between(days.from, days.to)?)
}
