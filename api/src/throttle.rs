//! Rate limits, from governor's keyed token buckets: a bucket refills steadily, so a
//! legitimate user is slowed down, never locked out for good. Keys are chosen so that an
//! attacker cannot spend someone else's allowance: logins per (account, address) and per
//! address, registrations per address and per commune, filings, photo tickets, alerts,
//! broadcasts and messages that notify someone per user. E-mails are counted per recipient
//! address: there, protecting a mailbox from a flood wins over the (hour-long, at worst)
//! delay someone else's tries can cause its owner. Buckets live on each node: behind a load
//! balancer the effective limit is the node count times the configured one, which still
//! bounds abuse to a useless rate.

use std::{hash::Hash, net::IpAddr, num::NonZeroU32, sync::Arc, time::Duration};

use governor::{
    DefaultKeyedRateLimiter, Quota, RateLimiter,
    clock::{Clock, DefaultClock},
};
use uuid::Uuid;

use crate::{
    config::Config,
    error::{AppError, AppResult},
    ids::UserId,
};

/// One keyed limit.
#[derive(Clone, Debug)]
struct Limit<K: Hash + Eq + Clone>(Arc<DefaultKeyedRateLimiter<K>>);

impl<K: Hash + Eq + Clone> Limit<K> {
    /// `burst` at once, then `burst` more spread over `period`.
    fn new(burst: u32, period: Duration) -> Self {
        let burst = NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN);
        let quota = Quota::with_period(period / burst.get())
            .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
            .allow_burst(burst);
        Self(Arc::new(RateLimiter::keyed(quota)))
    }

    /// Takes one from `key`'s bucket, or says `RATE_LIMITED` with when to retry.
    fn take(&self, key: &K) -> AppResult<()> {
        self.0.check_key(key).map_err(|refused| {
            let wait = refused.wait_time_from(DefaultClock::default().now());
            AppError::RateLimited(wait.as_secs() + u64::from(wait.subsec_nanos() > 0))
        })
    }

    fn shrink(&self) {
        self.0.retain_recent();
    }
}

const MINUTE: Duration = Duration::from_secs(60);
const HOUR: Duration = Duration::from_secs(3600);

/// Every rate limit of a node.
#[derive(Clone, Debug)]
pub struct Throttles {
    login_pair: Limit<(String, Option<IpAddr>)>,
    login_address: Limit<IpAddr>,
    register_address: Limit<IpAddr>,
    register_commune: Limit<String>,
    reports: Limit<Uuid>,
    photo_uploads: Limit<Uuid>,
    alerts: Limit<Uuid>,
    broadcasts: Limit<Uuid>,
    messages: Limit<Uuid>,
    mails: Limit<String>,
}

impl Throttles {
    pub fn new(config: &Config) -> Self {
        let login = config.login_burst;
        Self {
            // `login` at once, then one a minute.
            login_pair: Limit::new(login, MINUTE * login.max(1)),
            login_address: Limit::new(login.saturating_mul(10), MINUTE * login.max(1)),
            register_address: Limit::new(config.register_per_hour, HOUR),
            register_commune: Limit::new(config.register_per_hour_per_commune, HOUR),
            reports: Limit::new(config.reports_per_hour, HOUR),
            photo_uploads: Limit::new(config.photo_uploads_per_hour, HOUR),
            alerts: Limit::new(config.alerts_per_hour, HOUR),
            broadcasts: Limit::new(config.broadcasts_per_day, HOUR * 24),
            messages: Limit::new(config.messages_per_hour, HOUR),
            mails: Limit::new(config.mails_per_hour_per_address, HOUR),
        }
    }

    /// A login attempt on `account` from `address`: the address's own allowance for that
    /// account, and for all accounts. Another address is never slowed by it.
    pub fn login(&self, account: &str, address: Option<IpAddr>) -> AppResult<()> {
        if let Some(address) = address {
            self.login_address.take(&address)?;
        }
        self.login_pair.take(&(account.to_owned(), address))
    }

    /// A registration into `commune` from `address`.
    pub fn register(&self, commune: &str, address: Option<IpAddr>) -> AppResult<()> {
        if let Some(address) = address {
            self.register_address.take(&address)?;
        }
        self.register_commune.take(&commune.trim().to_owned())
    }

    /// An e-mail to `address` that someone else may have asked for (a registration code, a
    /// password reset): counted per address, whether or not it has an account.
    pub fn mail(&self, address: &str) -> AppResult<()> {
        self.mails.take(&address.to_owned())
    }

    /// A report filed by `user`.
    pub fn file_report(&self, user: UserId) -> AppResult<()> {
        self.reports.take(&user.0)
    }

    /// A photo upload ticket for `user`.
    pub fn photo_upload(&self, user: UserId) -> AppResult<()> {
        self.photo_uploads.take(&user.0)
    }

    /// An intervention alert sent by `user`.
    pub fn alert(&self, user: UserId) -> AppResult<()> {
        self.alerts.take(&user.0)
    }

    /// A broadcast to residents sent by `user`.
    pub fn broadcast(&self, user: UserId) -> AppResult<()> {
        self.broadcasts.take(&user.0)
    }

    /// A message that notifies someone (a comment, added photos, a security request or a
    /// reply, an abuse flag) sent by `user`: nobody floods another's feed and phone.
    pub fn message(&self, user: UserId) -> AppResult<()> {
        self.messages.take(&user.0)
    }

    /// Forgets idle buckets (called periodically).
    pub fn shrink(&self) {
        self.login_pair.shrink();
        self.login_address.shrink();
        self.register_address.shrink();
        self.register_commune.shrink();
        self.reports.shrink();
        self.photo_uploads.shrink();
        self.alerts.shrink();
        self.broadcasts.shrink();
        self.messages.shrink();
        self.mails.shrink();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limited(result: AppResult<()>) -> Option<u64> {
        match result {
            Err(AppError::RateLimited(seconds)) => Some(seconds),
            _ => None,
        }
    }

    #[test]
    fn failed_logins_from_one_address_never_lock_the_owner_out_from_another() {
        let throttle = Limit::<(String, Option<IpAddr>)>::new(3, MINUTE * 3);
        let attacker = Some(IpAddr::from([203, 0, 113, 9]));
        let owner = Some(IpAddr::from([198, 51, 100, 4]));
        for _ in 0..3 {
            assert!(throttle.take(&("maire@b.fr".into(), attacker)).is_ok());
        }
        let wait = limited(throttle.take(&("maire@b.fr".into(), attacker))).expect("throttled");
        assert!((1..=60).contains(&wait), "retry after {wait}s");
        assert!(throttle.take(&("maire@b.fr".into(), owner)).is_ok());
    }

    #[test]
    fn one_address_cannot_spray_many_accounts() {
        let throttle = Limit::<IpAddr>::new(10, MINUTE);
        let address = IpAddr::from([127, 0, 0, 1]);
        let refused = (0..20).filter(|_| throttle.take(&address).is_err()).count();
        assert_eq!(refused, 10);
    }
}
