//! A clock that setting the date cannot move: the time since this machine
//! booted, and which boot it is. Lockouts are measured on it, so moving the
//! wall clock forward does not lift one. Linux only; elsewhere lockouts
//! fall back to the wall clock.

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BootClock {
    pub boot_id: String,
    /// Seconds since boot, suspend included.
    pub uptime: f64,
}

pub fn now() -> Option<BootClock> {
    let boot_id = std::fs::read_to_string("/proc/sys/kernel/random/boot_id").ok()?;
    let uptime = std::fs::read_to_string("/proc/uptime").ok()?;
    Some(BootClock {
        boot_id: boot_id.trim().to_string(),
        uptime: uptime.split_whitespace().next()?.parse().ok()?,
    })
}

/// Seconds that have surely passed since `then` was read: on the same boot,
/// the uptime between; after a reboot, only the uptime since it (a reboot
/// restarts a wait, it never ends one).
pub fn elapsed_since(then: &BootClock, now: &BootClock) -> f64 {
    if then.boot_id == now.boot_id {
        (now.uptime - then.uptime).max(0.0)
    } else {
        now.uptime
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reboot_restarts_the_wait_and_never_ends_it() {
        let at = |boot: &str, uptime| BootClock {
            boot_id: boot.into(),
            uptime,
        };
        assert_eq!(elapsed_since(&at("a", 100.0), &at("a", 130.0)), 30.0);
        assert_eq!(elapsed_since(&at("a", 100.0), &at("b", 12.0)), 12.0);
        assert_eq!(elapsed_since(&at("a", 100.0), &at("a", 90.0)), 0.0);
        if cfg!(target_os = "linux") {
            let here = now().expect("Linux has /proc/uptime");
            assert!(here.uptime > 0.0 && !here.boot_id.is_empty());
        }
    }
}
