//! Brute-force protection for logins: a token bucket per account and per client address
//! (governor). A bucket refills steadily, so the legitimate owner is slowed down, never
//! locked out for good. Buckets are per node: behind a load balancer the effective limit is
//! multiplied by the number of nodes, which still bounds guessing to a useless rate.

use std::{net::IpAddr, num::NonZeroU32, sync::Arc};

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::error::{AppError, AppResult};

/// Login attempt limits.
#[derive(Clone, Debug)]
pub struct LoginThrottle {
    per_account: Arc<DefaultKeyedRateLimiter<String>>,
    per_address: Arc<DefaultKeyedRateLimiter<IpAddr>>,
}

fn quota(burst: u32, refill_per_minute: u32) -> Quota {
    let burst = NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN);
    let rate = NonZeroU32::new(refill_per_minute).unwrap_or(NonZeroU32::MIN);
    Quota::per_minute(rate).allow_burst(burst)
}

impl LoginThrottle {
    /// `account_burst` attempts per account at once, then one more per minute; an address
    /// gets ten times that.
    pub fn new(account_burst: u32) -> Self {
        Self {
            per_account: Arc::new(RateLimiter::keyed(quota(account_burst, 1))),
            per_address: Arc::new(RateLimiter::keyed(quota(account_burst.saturating_mul(10), 10))),
        }
    }

    /// Takes one attempt for `account` from `address`, or says `RATE_LIMITED`.
    pub fn attempt(&self, account: &str, address: Option<IpAddr>) -> AppResult<()> {
        if let Some(address) = address
            && self.per_address.check_key(&address).is_err()
        {
            return Err(AppError::RateLimited);
        }
        if self.per_account.check_key(&account.to_owned()).is_err() {
            return Err(AppError::RateLimited);
        }
        Ok(())
    }

    /// Forgets idle buckets (called periodically).
    pub fn shrink(&self) {
        self.per_account.retain_recent();
        self.per_address.retain_recent();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attempts_beyond_the_burst_are_rate_limited_for_that_account_only() {
        let throttle = LoginThrottle::new(3);
        for _ in 0..3 {
            assert!(throttle.attempt("a@b.fr", None).is_ok());
        }
        assert!(matches!(throttle.attempt("a@b.fr", None), Err(AppError::RateLimited)));
        assert!(throttle.attempt("c@d.fr", None).is_ok());
    }

    #[test]
    fn one_address_cannot_spray_many_accounts() {
        let throttle = LoginThrottle::new(1);
        let address = Some(IpAddr::from([127, 0, 0, 1]));
        let refused =
            (0..20).filter(|n| throttle.attempt(&format!("user{n}@b.fr"), address).is_err()).count();
        assert_eq!(refused, 10);
    }
}
