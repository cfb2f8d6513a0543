//! Every command fails with `{code, message}`: a code the UI can branch on
//! and a sentence a cashier can act on.

use serde::Serialize;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct CommandError {
    pub code: String,
    pub message: String,
}

impl CommandError {
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        CommandError {
            code: code.into(),
            message: message.into(),
        }
    }
}

impl From<counterpay_core::TillError> for CommandError {
    fn from(e: counterpay_core::TillError) -> Self {
        CommandError::new(e.code(), e.to_string())
    }
}

impl From<crate::staff::PinError> for CommandError {
    fn from(e: crate::staff::PinError) -> Self {
        CommandError::new(e.code(), e.to_string())
    }
}

impl From<crate::shop::ShopError> for CommandError {
    fn from(e: crate::shop::ShopError) -> Self {
        CommandError::new("storage", e.to_string())
    }
}

impl From<counterpay_journal::JournalError> for CommandError {
    fn from(e: counterpay_journal::JournalError) -> Self {
        CommandError::new("storage", e.to_string())
    }
}

impl From<counterpay_core::LedgerError> for CommandError {
    fn from(e: counterpay_core::LedgerError) -> Self {
        CommandError::new("journal", e.to_string())
    }
}

impl From<crate::takings::TakingsError> for CommandError {
    fn from(e: crate::takings::TakingsError) -> Self {
        let code = match e {
            crate::takings::TakingsError::Journal(_) => "journal",
            crate::takings::TakingsError::Write(_) => "write",
            _ => "invalid",
        };
        CommandError::new(code, e.to_string())
    }
}

pub type CommandResult<T> = Result<T, CommandError>;
