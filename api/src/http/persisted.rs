//! Automatic persisted queries, as Apollo's protocol has them: a request may send only
//! `extensions.persistedQuery = { version: 1, sha256Hash }`; a node that knows the hash runs
//! the query it stands for, one that does not answers `PersistedQueryNotFound`
//! (`PERSISTED_QUERY_NOT_FOUND`) and the client sends hash and query together, which the
//! node checks (the hash must be the query's SHA-256) and remembers.
//!
//! Resolved before anything else, so a GET naming a persisted mutation is refused like one
//! spelt out. Each node keeps its own bounded cache (least recently used out): nodes stay
//! stateless, a miss costs the client one round trip.

use std::{
    collections::HashMap,
    sync::{
        Mutex,
        atomic::{AtomicU64, Ordering},
    },
};

use serde_json::Value;
use sha2::{Digest, Sha256};

/// Queries longer than this are run but not remembered.
const MAX_QUERY_BYTES: usize = 64 * 1024;

/// Why a persisted query could not be used.
#[derive(Debug, PartialEq, Eq)]
pub enum Miss {
    /// Unknown hash, no query: the client should send both.
    NotFound,
    /// The request is malformed (`extensions.persistedQuery` unusable, hash and query
    /// disagree): the message says how.
    Bad(&'static str),
}

/// One node's remembered queries.
#[derive(Debug)]
pub struct PersistedQueries {
    capacity: usize,
    clock: AtomicU64,
    entries: Mutex<HashMap<String, (std::sync::Arc<str>, u64)>>,
}

impl PersistedQueries {
    pub fn new(capacity: usize) -> Self {
        Self { capacity, clock: AtomicU64::new(0), entries: Mutex::new(HashMap::new()) }
    }

    /// The query text of a request: its own, or the persisted one its hash names. `None`
    /// when the request uses no persisted query and has no query either.
    pub fn resolve(&self, query: Option<&str>, extensions: Option<&Value>) -> Result<Option<String>, Miss> {
        let Some(persisted) = extensions.and_then(|extensions| extensions.get("persistedQuery")) else {
            return Ok(query.map(str::to_owned));
        };
        if self.capacity == 0 {
            return Err(Miss::Bad("Les requêtes persistées ne sont pas proposées par ce serveur."));
        }
        let version = persisted.get("version").and_then(Value::as_u64);
        if version != Some(1) {
            return Err(Miss::Bad("Version de requête persistée non prise en charge (1 attendue)."));
        }
        let hash = persisted
            .get("sha256Hash")
            .and_then(Value::as_str)
            .filter(|hash| hash.len() == 64 && hash.bytes().all(|byte| byte.is_ascii_hexdigit()))
            .ok_or(Miss::Bad("`persistedQuery.sha256Hash` : 64 chiffres hexadécimaux attendus."))?
            .to_ascii_lowercase();
        match query {
            Some(query) => {
                if hex(&Sha256::digest(query.as_bytes())) != hash {
                    return Err(Miss::Bad("provided sha does not match query"));
                }
                self.remember(hash, query);
                Ok(Some(query.to_owned()))
            }
            None => self.recall(&hash).map(|query| Some(query.to_string())).ok_or(Miss::NotFound),
        }
    }

    fn tick(&self) -> u64 {
        self.clock.fetch_add(1, Ordering::Relaxed)
    }

    fn recall(&self, hash: &str) -> Option<std::sync::Arc<str>> {
        let tick = self.tick();
        let mut entries = self.entries.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let entry = entries.get_mut(hash)?;
        entry.1 = tick;
        Some(entry.0.clone())
    }

    fn remember(&self, hash: String, query: &str) {
        if query.len() > MAX_QUERY_BYTES {
            return;
        }
        let tick = self.tick();
        let mut entries = self.entries.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if !entries.contains_key(&hash) && entries.len() >= self.capacity {
            let oldest = entries.iter().min_by_key(|(_, (_, used))| *used).map(|(hash, _)| hash.clone());
            if let Some(oldest) = oldest {
                entries.remove(&oldest);
            }
        }
        entries.insert(hash, (query.into(), tick));
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn hash_of(query: &str) -> String {
        hex(&Sha256::digest(query.as_bytes()))
    }

    fn ext(hash: &str) -> Value {
        json!({ "persistedQuery": { "version": 1, "sha256Hash": hash } })
    }

    #[test]
    fn a_hash_is_learnt_with_its_query_then_enough() {
        let cache = PersistedQueries::new(2);
        let query = "{ categories { code } }";
        let hash = hash_of(query);
        assert_eq!(cache.resolve(None, Some(&ext(&hash))), Err(Miss::NotFound));
        assert_eq!(cache.resolve(Some(query), Some(&ext(&hash))), Ok(Some(query.to_owned())));
        assert_eq!(cache.resolve(None, Some(&ext(&hash))), Ok(Some(query.to_owned())));
    }

    #[test]
    fn a_wrong_hash_is_refused_and_not_learnt() {
        let cache = PersistedQueries::new(2);
        let other = hash_of("{ me { id } }");
        assert!(matches!(
            cache.resolve(Some("{ categories { code } }"), Some(&ext(&other))),
            Err(Miss::Bad(_))
        ));
        assert_eq!(cache.resolve(None, Some(&ext(&other))), Err(Miss::NotFound));
        assert!(matches!(cache.resolve(None, Some(&ext("zz"))), Err(Miss::Bad(_))));
    }

    #[test]
    fn the_least_recently_used_goes_first() {
        let cache = PersistedQueries::new(2);
        let [a, b, c] = ["{ a }", "{ b }", "{ c }"];
        for query in [a, b] {
            cache.resolve(Some(query), Some(&ext(&hash_of(query)))).expect("learnt");
        }
        cache.resolve(None, Some(&ext(&hash_of(a)))).expect("a used again");
        cache.resolve(Some(c), Some(&ext(&hash_of(c)))).expect("learnt");
        assert!(cache.resolve(None, Some(&ext(&hash_of(a)))).is_ok());
        assert_eq!(cache.resolve(None, Some(&ext(&hash_of(b)))), Err(Miss::NotFound));
    }
}
