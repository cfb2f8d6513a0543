//! Where HQ is: a `postgres://` URL, kept without its password (which goes
//! to the OS keyring or comes from the environment), and whether the
//! connection is encrypted: always, unless the server is on this machine.

use crate::HqError;

#[derive(Clone, PartialEq, Eq)]
pub struct Target {
    pub host: String,
    pub port: u16,
    pub user: String,
    pub dbname: String,
}

impl std::fmt::Debug for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.url())
    }
}

impl Target {
    /// Reads a `postgres://user[:password]@host[:port]/database` URL;
    /// returns the target and the password it carried, if any.
    pub fn parse(text: &str) -> Result<(Target, Option<String>), HqError> {
        let bad = |why: &str| {
            HqError::Setup(format!(
                "{why}: give HQ as postgres://USER@HOST[:PORT]/DATABASE"
            ))
        };
        let url = url::Url::parse(text.trim()).map_err(|_| bad("that is not a URL"))?;
        if !matches!(url.scheme(), "postgres" | "postgresql") {
            return Err(bad("HQ is a PostgreSQL database"));
        }
        let host = url
            .host_str()
            .filter(|h| !h.is_empty())
            .ok_or_else(|| bad("the URL names no host"))?
            .trim_matches(['[', ']'])
            .to_string();
        let user = percent_decoded(url.username());
        if user.is_empty() {
            return Err(bad("the URL names no user"));
        }
        let dbname = percent_decoded(url.path().trim_start_matches('/'));
        if dbname.is_empty() || dbname.contains('/') {
            return Err(bad("the URL names no database"));
        }
        let password = url
            .password()
            .map(percent_decoded)
            .filter(|p| !p.is_empty());
        Ok((
            Target {
                host,
                port: url.port().unwrap_or(5432),
                user,
                dbname,
            },
            password,
        ))
    }

    /// The URL without any password; `parse` reads it back.
    pub fn url(&self) -> String {
        let host = if self.host.contains(':') {
            format!("[{}]", self.host)
        } else {
            self.host.clone()
        };
        let Ok(mut u) = url::Url::parse(&format!("postgres://{host}:{}/", self.port)) else {
            return format!("postgres://{host}:{}/", self.port);
        };
        let _ = u.set_username(&self.user);
        u.set_path(&self.dbname);
        u.to_string()
    }

    /// On this machine the connection stays here; anywhere else it is
    /// encrypted.
    pub fn is_loopback(&self) -> bool {
        self.host.eq_ignore_ascii_case("localhost")
            || self
                .host
                .parse::<std::net::IpAddr>()
                .is_ok_and(|ip| ip.is_loopback())
    }
}

fn percent_decoded(text: &str) -> String {
    url::form_urlencoded::parse(format!("x={}", text.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_gives_its_parts_and_keeps_no_password() {
        let (t, pw) =
            Target::parse("postgres://hq%40shop:s3cr%2Bt@db.example.com:6543/counterpay").unwrap();
        assert_eq!(t.user, "hq@shop");
        assert_eq!(pw.as_deref(), Some("s3cr+t"));
        assert_eq!(t.port, 6543);
        assert_eq!(
            t.url(),
            "postgres://hq%40shop@db.example.com:6543/counterpay"
        );
        assert_eq!(Target::parse(&t.url()).unwrap(), (t.clone(), None));
        assert!(!format!("{t:?}").contains("s3cr"));
        assert!(!t.is_loopback());
        let (local, none) = Target::parse("postgresql://me@127.0.0.1/hq").unwrap();
        assert_eq!((local.port, none), (5432, None));
        assert!(local.is_loopback());
        assert!(Target::parse("postgres://me@[::1]:5433/hq")
            .unwrap()
            .0
            .is_loopback());
        for bad in [
            "mysql://me@h/db",
            "postgres://h/db",
            "postgres://me@h/",
            "not a url",
        ] {
            assert!(Target::parse(bad).is_err(), "{bad}");
        }
    }
}
