//! Who is at the till. The counter has one signed-in person, who takes the
//! sales; the back office is opened by a manager or the owner with their
//! PIN, locks itself after the owner's idle time and when it is closed,
//! and asks the owner's PIN again for each change that can move or reroute
//! money. Both are checked here, in the app, for every command: the window
//! only shows what the checks allow.

use super::error::{CommandError, CommandResult};
use super::Desktop;
use crate::staff::Purpose;
use counterpay_core::said;
use counterpay_core::{Actor, Permission, StaffMember};
use std::sync::Mutex;
use std::time::{Duration, Instant};

#[derive(Debug, Clone)]
pub struct Session {
    pub person: StaffMember,
    last: Instant,
    /// The PIN used is shorter than the person's role now asks for.
    pub too_short: bool,
}

impl Session {
    pub fn new(person: StaffMember, too_short: bool) -> Session {
        Session {
            person,
            last: Instant::now(),
            too_short,
        }
    }
}

#[derive(Default)]
pub struct Sessions {
    counter: Mutex<Option<Session>>,
    office: Mutex<Option<Session>>,
}

/// The session in `slot` if it has been used within `idle` (`None` for no
/// limit), renewed; an idle one is ended.
fn current(slot: &Mutex<Option<Session>>, idle: Option<Duration>) -> Option<Session> {
    let mut s = slot.lock().unwrap_or_else(|p| p.into_inner());
    match s.as_mut() {
        Some(session) if idle.is_none_or(|limit| session.last.elapsed() < limit) => {
            session.last = Instant::now();
            Some(session.clone())
        }
        _ => {
            *s = None;
            None
        }
    }
}

fn minutes(m: u32) -> Option<Duration> {
    (m > 0).then(|| Duration::from_secs(u64::from(m) * 60))
}

impl Sessions {
    pub fn set_counter(&self, s: Option<Session>) {
        *self.counter.lock().unwrap_or_else(|p| p.into_inner()) = s;
    }

    pub fn set_office(&self, s: Option<Session>) {
        *self.office.lock().unwrap_or_else(|p| p.into_inner()) = s;
    }
}

impl Desktop {
    fn idle_limits(&self) -> CommandResult<(Option<Duration>, Option<Duration>)> {
        let s = self.shop.settings()?;
        Ok((
            minutes(s.counter_idle_minutes),
            minutes(s.owner_idle_minutes.max(1)),
        ))
    }

    /// Refuses everything at the counter until the till is set up.
    pub(super) fn set_up(&self) -> CommandResult<()> {
        match self.shop.owner()? {
            Some(_) => Ok(()),
            None => Err(CommandError::refused(
                "setup_needed",
                said!(
                    "error-setup-needed",
                    "set the till up first: its name, its currency and the owner's PIN"
                ),
            )),
        }
    }

    /// The person signed in at the counter, whose session a person's act
    /// (a charge, a cancel) renews.
    pub(super) fn seller(&self) -> CommandResult<StaffMember> {
        self.set_up()?;
        let (idle, _) = self.idle_limits()?;
        let person = current(&self.sessions.counter, idle)
            .map(|s| s.person)
            .ok_or_else(signed_out)?;
        self.still_on_staff(&person, || self.sessions.set_counter(None))
    }

    /// The person signed in at the counter, for what the screen reads by
    /// itself (today's list after each change): it does not count as a
    /// touch, so the counter still signs out when nobody is there.
    pub(super) fn seller_reading(&self) -> CommandResult<StaffMember> {
        self.set_up()?;
        let person = self
            .counter_session()?
            .map(|s| s.person)
            .ok_or_else(signed_out)?;
        self.still_on_staff(&person, || self.sessions.set_counter(None))
    }

    /// A session ends when its person is removed from the staff.
    fn still_on_staff(
        &self,
        person: &StaffMember,
        end: impl FnOnce(),
    ) -> CommandResult<StaffMember> {
        match self.shop.journal.staff_member(&person.id)? {
            Some(r) if r.is_active() && r.role == person.role => Ok(person.clone()),
            _ => {
                end();
                Err(CommandError::refused(
                    "signed_out",
                    said!(
                        "error-left-staff",
                        "{name} is no longer on the staff: sign in again",
                        name = &person.name
                    ),
                ))
            }
        }
    }

    /// The counter's session as it stands, without renewing it.
    pub(super) fn counter_session(&self) -> CommandResult<Option<Session>> {
        let (idle, _) = self.idle_limits()?;
        let s = self
            .sessions
            .counter
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        Ok(s.clone()
            .filter(|s| idle.is_none_or(|limit| s.last.elapsed() < limit)))
    }

    /// The back office's person, if it is open and they may `need`.
    pub(super) fn office(&self, need: Permission) -> CommandResult<StaffMember> {
        let (_, idle) = self.idle_limits()?;
        let refused = || match need {
            Permission::Own => CommandError::refused(
                "owner_only",
                said!(
                    "error-owner-only",
                    "this needs the owner: open the back office with the owner's PIN"
                ),
            ),
            _ => CommandError::refused(
                "manager_only",
                said!(
                    "error-manager-only",
                    "this needs a manager or the owner: open the back office with their PIN"
                ),
            ),
        };
        let person = current(&self.sessions.office, idle)
            .map(|s| s.person)
            .ok_or_else(refused)?;
        let person = self
            .still_on_staff(&person, || self.sessions.set_office(None))
            .map_err(|_| refused())?;
        if person.role.may(need) {
            Ok(person)
        } else {
            Err(refused())
        }
    }

    /// The back office's session as it stands, without renewing it.
    pub(super) fn office_session(&self) -> CommandResult<Option<Session>> {
        let (_, idle) = self.idle_limits()?;
        let s = self
            .sessions
            .office
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        Ok(s.clone()
            .filter(|s| idle.is_none_or(|limit| s.last.elapsed() < limit)))
    }

    /// A manager or the owner on the staff, proven by their PIN: who opens
    /// the back office, or lets a discount past the owner's limit (`what`
    /// names it for the refusal of anyone else).
    pub(super) fn manager_with_pin(
        &self,
        id: &str,
        pin: &str,
        purpose: crate::staff::Purpose<'_>,
        what: &str,
    ) -> CommandResult<crate::staff::Checked> {
        let person = self
            .shop
            .journal
            .staff_member(id)?
            .filter(counterpay_core::StaffRecord::is_active)
            .ok_or_else(no_such_person)?;
        if !person.role.may(Permission::Manage) {
            return Err(CommandError::refused(
                "manager_only",
                said!(
                    "error-not-manager",
                    "{name} is a {role}: only a manager or the owner may {what}",
                    name = &person.name,
                    role = person.role.as_str(),
                    what = what
                ),
            ));
        }
        Ok(self.shop.check_pin(&person, pin, purpose)?)
    }

    /// The owner's PIN typed again for one change that can move or reroute
    /// money, even inside an open back office.
    pub(super) fn confirm(&self, pin: &str, what: &str) -> CommandResult<Actor> {
        let person = self.office(Permission::Own)?;
        // Nothing typed is no try: it must not count towards a lockout.
        if pin.trim().is_empty() {
            return Err(CommandError::refused(
                "pin_needed",
                said!(
                    "error-pin-needed",
                    "the owner's PIN is needed to {what}",
                    what = what
                ),
            ));
        }
        let record = self.shop.journal.staff_member(&person.id)?.ok_or_else(|| {
            CommandError::refused(
                "owner_only",
                said!("error-owner-gone", "the owner's record is gone"),
            )
        })?;
        self.shop.check_pin(&record, pin, Purpose::Confirm(what))?;
        Ok(Actor::staff(&person))
    }
}

/// A person picked who is not (or no longer) on the staff.
pub(super) fn no_such_person() -> CommandError {
    CommandError::refused(
        "unknown_staff",
        said!("error-no-staff", "no such staff member"),
    )
}

fn signed_out() -> CommandError {
    CommandError::new("signed_out", "sign in with your PIN first")
        .said("error-signed-out", serde_json::json!({}))
}
