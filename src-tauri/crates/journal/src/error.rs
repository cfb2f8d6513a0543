#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    #[error("the journal at {path} cannot be opened: {source}")]
    Open {
        path: String,
        source: rusqlite::Error,
    },
    #[error("the journal's schema cannot be brought up to date: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("the journal failed: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("the journal holds an unreadable record: {0}")]
    Corrupt(String),
    #[error("{0}")]
    Provider(String),
    #[error("{0}")]
    Invalid(String),
    /// What people asked for that the journal refuses, in the catalogue's
    /// words too.
    #[error(transparent)]
    Refused(#[from] counterpay_core::Said),
    /// The journal is keyed and this process has no key to write with.
    #[error("the journal cannot be written here: {0}")]
    Key(String),
}

impl From<JournalError> for counterpay_core::LedgerError {
    fn from(e: JournalError) -> Self {
        match e {
            JournalError::Sqlite(rusqlite::Error::SqliteFailure(f, _))
                if f.code == rusqlite::ErrorCode::DatabaseBusy
                    || f.code == rusqlite::ErrorCode::DatabaseLocked =>
            {
                counterpay_core::LedgerError::Busy
            }
            other => counterpay_core::LedgerError::Storage(other.to_string()),
        }
    }
}
