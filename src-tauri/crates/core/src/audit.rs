//! The audit trail: who did what, when. Each entry is an event in the same
//! hash chain as sales, so it cannot be edited or removed unseen. Details
//! never hold a secret (no credential, no PIN, no PIN hash).

use crate::invoice::timestamp;
use crate::staff::{Role, StaffMember};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Who acted: a person who proved it with a PIN, or the till itself (the
/// command line before an owner exists, an upgrade).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// The staff id; `None` for the till itself.
    pub id: Option<String>,
    pub name: String,
    pub role: Option<Role>,
}

impl Actor {
    pub fn staff(m: &StaffMember) -> Actor {
        Actor {
            id: Some(m.id.clone()),
            name: m.name.clone(),
            role: Some(m.role),
        }
    }

    /// The command line on a till that has no owner yet.
    pub fn command_line() -> Actor {
        Actor {
            id: None,
            name: "command line (no owner yet)".into(),
            role: None,
        }
    }

    /// Counterpay itself, adopting what an older version left.
    pub fn upgrade() -> Actor {
        Actor {
            id: None,
            name: "Counterpay upgrade".into(),
            role: None,
        }
    }

    /// Counterpay itself, putting a backup into a new data dir.
    pub fn restore() -> Actor {
        Actor {
            id: None,
            name: "Counterpay restore".into(),
            role: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    #[serde(with = "timestamp")]
    pub at: DateTime<Utc>,
    /// The actor's name at the time.
    pub actor: String,
    #[serde(default)]
    pub actor_id: Option<String>,
    #[serde(default)]
    pub role: Option<Role>,
    /// What was done, as a snake_case word: `provider_added`, `signed_in`...
    pub action: String,
    /// What changed, without secrets.
    pub details: serde_json::Value,
}

impl AuditEntry {
    pub fn new(actor: &Actor, action: &str, details: serde_json::Value) -> Self {
        AuditEntry {
            at: timestamp::now(),
            actor: actor.name.clone(),
            actor_id: actor.id.clone(),
            role: actor.role,
            action: action.to_string(),
            details,
        }
    }
}
