//! The people who work the till, their roles, and what each role may do.
//! PINs are checked by the app; here a person is a name and a role.

use crate::invoice::timestamp;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Ordered by reach: each role may do what the ones before it may.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Cashier,
    Manager,
    Owner,
}

/// What an action needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permission {
    /// Take a sale, cancel one's own open sale, see today's list, print a
    /// receipt.
    Sell,
    /// Takings, exports, shift close, cancelling anyone's sale.
    Manage,
    /// Gateways, credentials, withdrawals, payout addresses, staff,
    /// settings, updates.
    Own,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Cashier, Role::Manager, Role::Owner];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Cashier => "cashier",
            Role::Manager => "manager",
            Role::Owner => "owner",
        }
    }

    pub fn may(self, p: Permission) -> bool {
        match p {
            Permission::Sell => true,
            Permission::Manage => self >= Role::Manager,
            Permission::Own => self == Role::Owner,
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s.trim().to_ascii_lowercase())
            .ok_or_else(|| format!("\"{s}\" is not a role: use cashier, manager or owner"))
    }
}

/// A person as everyone may see them: no PIN hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffMember {
    pub id: String,
    pub name: String,
    pub role: Role,
}

/// A person as the journal keeps them, with the hash of their PIN.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffRecord {
    pub id: String,
    pub name: String,
    pub role: Role,
    /// An argon2id PHC string.
    pub pin_hash: String,
    /// Whether the hash was keyed with the till's pepper (older hashes
    /// were not, and are made again at their next use).
    pub peppered: bool,
    #[serde(with = "timestamp")]
    pub added_at: DateTime<Utc>,
    #[serde(default, with = "timestamp::option")]
    pub removed_at: Option<DateTime<Utc>>,
}

impl StaffRecord {
    pub fn member(&self) -> StaffMember {
        StaffMember {
            id: self.id.clone(),
            name: self.name.clone(),
            role: self.role,
        }
    }

    pub fn is_active(&self) -> bool {
        self.removed_at.is_none()
    }
}

/// The hash is no password, but it has no business in a log either.
impl fmt::Debug for StaffRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StaffRecord")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("role", &self.role)
            .field("pin_hash", &"<redacted>")
            .field("peppered", &self.peppered)
            .field("added_at", &self.added_at)
            .field("removed_at", &self.removed_at)
            .finish()
    }
}

/// A staff name as typed: trimmed, 1 to 32 printable characters.
pub fn check_name(name: &str) -> Result<String, crate::Said> {
    let n = name.trim();
    if n.is_empty() || n.chars().count() > 32 || n.chars().any(char::is_control) {
        return Err(crate::said!(
            "error-staff-name",
            "\"{name}\" is not a staff name: give 1 to 32 printable characters",
            name = n
        ));
    }
    Ok(n.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_role_may_what_the_ones_below_it_may() {
        use Permission::*;
        let may = |r: Role| [Sell, Manage, Own].map(|p| r.may(p));
        assert_eq!(may(Role::Cashier), [true, false, false]);
        assert_eq!(may(Role::Manager), [true, true, false]);
        assert_eq!(may(Role::Owner), [true, true, true]);
        assert_eq!("Manager".parse::<Role>().unwrap(), Role::Manager);
        assert!("boss".parse::<Role>().unwrap_err().contains("cashier"));
    }

    #[test]
    fn names_are_trimmed_and_checked_and_hashes_stay_out_of_debug() {
        assert_eq!(check_name("  Ana ").unwrap(), "Ana");
        assert!(check_name(" ").is_err());
        assert!(check_name(&"x".repeat(33)).is_err());
        assert!(check_name("a\u{1b}[31m").is_err());
        let r = StaffRecord {
            id: "S1".into(),
            name: "Ana".into(),
            role: Role::Cashier,
            pin_hash: "$argon2id$secret-looking".into(),
            peppered: true,
            added_at: Utc::now(),
            removed_at: None,
        };
        assert!(!format!("{r:?}").contains("argon2id"));
    }
}
