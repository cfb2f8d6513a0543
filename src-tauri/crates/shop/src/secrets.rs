//! Gateway credentials: environment variables first (`COUNTERPAY_<NAME>_<KEY>`),
//! then the OS keyring (Windows Credential Manager, macOS Keychain, Secret
//! Service on Linux). Nothing here ever writes a secret to a file or a log.

use crate::connect::Secrets;
use counterpay_core::ProviderConfig;

/// The keyring service every Counterpay credential is filed under.
const SERVICE: &str = "counterpay";

#[derive(Debug, thiserror::Error)]
pub enum KeyringError {
    #[error("no OS keyring is available here ({0}); set the credentials as environment variables instead: {1}")]
    Unavailable(String, String),
    #[error("the OS keyring refused: {0}")]
    Refused(String),
    #[error("the change could not be put on the audit trail: {0}")]
    Audit(String),
}

/// Filed under the provider's own id (made when it was added), never its
/// name alone: a provider added again under an old name has none.
fn entry(provider: &ProviderConfig, key: &str) -> Result<keyring::Entry, keyring::Error> {
    keyring::Entry::new(SERVICE, &format!("{}/{key}", provider.id))
}

/// Env vars win over the keyring; a keyring that cannot be reached is the
/// same as an empty one.
pub struct EnvThenKeyring;

impl Secrets for EnvThenKeyring {
    fn get(&self, provider: &ProviderConfig, key: &str) -> Option<String> {
        if let Some(v) = std::env::var(provider.secret_env_var(key))
            .ok()
            .filter(|v| !v.trim().is_empty())
        {
            return Some(v);
        }
        match entry(provider, key).and_then(|e| e.get_password()) {
            Ok(v) if !v.is_empty() => Some(v),
            Ok(_) | Err(keyring::Error::NoEntry) => None,
            Err(e) => {
                tracing::debug!(provider = %provider.name, key, error = %describe(&e), "keyring unavailable");
                None
            }
        }
    }
}

/// Where a provider's secret is, as the owner's form marks it: never
/// its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SecretState {
    Stored,
    /// Set by an environment variable, which wins over the keyring.
    Environment,
    Missing,
    /// No OS keyring answers here.
    Unavailable,
}

pub fn state(provider: &ProviderConfig, key: &str) -> SecretState {
    if std::env::var(provider.secret_env_var(key)).is_ok_and(|v| !v.trim().is_empty()) {
        return SecretState::Environment;
    }
    match entry(provider, key).and_then(|e| e.get_password()) {
        Ok(v) if !v.is_empty() => SecretState::Stored,
        Ok(_) | Err(keyring::Error::NoEntry) => SecretState::Missing,
        Err(_) => SecretState::Unavailable,
    }
}

/// Keyring errors without anything that could echo a secret back.
pub(crate) fn describe(e: &keyring::Error) -> String {
    match e {
        keyring::Error::PlatformFailure(inner) | keyring::Error::NoStorageAccess(inner) => {
            inner.to_string()
        }
        keyring::Error::NoEntry => "no entry".into(),
        keyring::Error::BadEncoding(_) => "a stored value is not text".into(),
        keyring::Error::TooLong(what, max) => format!("{what} is longer than {max}"),
        keyring::Error::Invalid(what, why) => format!("{what}: {why}"),
        keyring::Error::Ambiguous(_) => "several matching entries".into(),
        _ => "unknown keyring error".into(),
    }
}

fn classify(e: keyring::Error, provider: &ProviderConfig, keys: &[&str]) -> KeyringError {
    match e {
        keyring::Error::PlatformFailure(_) | keyring::Error::NoStorageAccess(_) => {
            let vars: Vec<String> = keys.iter().map(|k| provider.secret_env_var(k)).collect();
            KeyringError::Unavailable(describe(&e), vars.join(", "))
        }
        other => KeyringError::Refused(describe(&other)),
    }
}

/// Every secret the provider's kind needs, in order, from `value_of`
/// (a terminal prompt, a form): each one given, or nothing to store.
pub fn collect(
    provider: &ProviderConfig,
    mut value_of: impl FnMut(&str) -> Result<String, String>,
) -> Result<Vec<(&'static str, String)>, String> {
    let keys = crate::connect::secret_keys(provider);
    if keys.is_empty() {
        return Err(format!(
            "{} is a {} provider and needs no credentials",
            provider.name, provider.kind
        ));
    }
    let mut values = Vec::new();
    for key in keys {
        let value = value_of(key)?.trim().to_string();
        if value.is_empty() {
            return Err(format!("no {key} was given; nothing was stored"));
        }
        values.push((*key, value));
    }
    Ok(values)
}

/// Stores each `(key, secret)` in the keyring.
pub fn store(provider: &ProviderConfig, values: &[(&str, String)]) -> Result<(), KeyringError> {
    let keys: Vec<&str> = values.iter().map(|(k, _)| *k).collect();
    for (key, secret) in values {
        entry(provider, key)
            .and_then(|e| e.set_password(secret))
            .map_err(|e| classify(e, provider, &keys))?;
    }
    Ok(())
}

/// Removes the provider's secrets; returns how many there were.
pub fn forget(provider: &ProviderConfig, keys: &[&str]) -> Result<usize, KeyringError> {
    let mut removed = 0;
    for key in keys {
        match entry(provider, key).and_then(|e| e.delete_credential()) {
            Ok(()) => removed += 1,
            Err(keyring::Error::NoEntry) => {}
            Err(e) => return Err(classify(e, provider, keys)),
        }
    }
    Ok(removed)
}
