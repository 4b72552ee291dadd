//! What every subscriber of a node would otherwise ask the database for each event: the
//! event row and whether its own account is still active. With thousands of subscriptions a
//! single filing meant thousands of identical queries, enough to starve the pool the next
//! filing needed. Here the first subscriber to ask loads, the others wait for that answer
//! (single flight), and answers are kept briefly: an event never changes; an account check
//! is at most [`ACCOUNT_FRESH`] old (a suspension also closes the socket itself, see
//! `http/ws.rs`).

use std::{
    collections::HashMap,
    hash::Hash,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use entity::{app_user, report_event};
use sea_orm::{DatabaseConnection, DbErr, EntityTrait};
use tokio::sync::OnceCell;
use uuid::Uuid;

use crate::{error::AppResult, ids::UserId};

/// How long an account check answers for every subscription of that account.
pub const ACCOUNT_FRESH: Duration = Duration::from_secs(1);
/// How long a loaded event is kept for late subscribers.
const EVENT_FRESH: Duration = Duration::from_secs(30);
/// Entries kept before old ones are dropped.
const CAPACITY: usize = 4096;

/// A load's answer; a failed one is not kept (the next subscriber tries again).
type Loaded<T> = Result<T, Arc<DbErr>>;

/// One answer: when its flight started, and the answer once it landed.
type Flight<V> = (Instant, Arc<OnceCell<V>>);

/// Answers shared by every subscription of the process, by key, for a while.
struct Flights<K, V> {
    entries: Mutex<HashMap<K, Flight<V>>>,
    fresh: Duration,
}

impl<K: Eq + Hash + Copy, V: Clone> Flights<K, V> {
    fn new(fresh: Duration) -> Self {
        Self { entries: Mutex::new(HashMap::new()), fresh }
    }

    async fn get(&self, key: K, load: impl Future<Output = V>) -> V {
        let cell = {
            let Ok(mut entries) = self.entries.lock() else { return load.await };
            let now = Instant::now();
            if entries.len() >= CAPACITY {
                entries.retain(|_, (at, _)| now.duration_since(*at) < self.fresh);
            }
            match entries.get(&key) {
                Some((at, cell)) if now.duration_since(*at) < self.fresh => cell.clone(),
                _ => {
                    let cell = Arc::new(OnceCell::new());
                    entries.insert(key, (now, cell.clone()));
                    cell
                }
            }
        };
        cell.get_or_init(|| load).await.clone()
    }
}

impl<K: Eq + Hash + Copy, T: Clone> Flights<K, Loaded<T>> {
    /// Like `get`, but a load that failed is forgotten at once.
    async fn try_get(&self, key: K, load: impl Future<Output = Loaded<T>>) -> Loaded<T> {
        let answer = self.get(key, load).await;
        if answer.is_err()
            && let Ok(mut entries) = self.entries.lock()
        {
            entries.remove(&key);
        }
        answer
    }
}

/// The node's shared answers (one per node: the schema carries it).
pub struct Fanout {
    events: Flights<Uuid, Loaded<Option<Arc<report_event::Model>>>>,
    accounts: Flights<UserId, Loaded<Option<Arc<app_user::Model>>>>,
}

impl Default for Fanout {
    fn default() -> Self {
        Self { events: Flights::new(EVENT_FRESH), accounts: Flights::new(ACCOUNT_FRESH) }
    }
}

impl std::fmt::Debug for Fanout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fanout").finish_non_exhaustive()
    }
}

impl Fanout {
    /// The event `id`, loaded once for all the node's subscribers.
    pub async fn event(
        &self,
        db: &DatabaseConnection,
        id: Uuid,
    ) -> AppResult<Option<Arc<report_event::Model>>> {
        let load = async {
            let event = report_event::Entity::find_by_id(id).one(db).await.map_err(Arc::new)?;
            Loaded::Ok(event.map(Arc::new))
        };
        Ok(self.events.try_get(id, load).await?)
    }

    /// The account `id` if still active (`None`: disabled, suspended or gone), checked at
    /// most once a second for all its subscriptions.
    pub async fn active_account(
        &self,
        db: &DatabaseConnection,
        id: UserId,
    ) -> AppResult<Option<Arc<app_user::Model>>> {
        let load = async {
            let user = app_user::Entity::find_by_id(id).one(db).await.map_err(Arc::new)?;
            Loaded::Ok(user.filter(app_user::Model::is_active).map(Arc::new))
        };
        Ok(self.accounts.try_get(id, load).await?)
    }
}
