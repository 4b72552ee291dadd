//! Batching: the one way DataLoaders are built, for every domain.

use std::{collections::HashMap, hash::Hash, sync::Arc};

use async_graphql::dataloader::{DataLoader, Loader};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    sea_query::IntoCondition,
};

/// A batching loader without a cache.
pub fn uncached<T: Loader<K>, K: Send + Sync + Hash + Eq + Clone + 'static>(loader: T) -> DataLoader<T> {
    let loader = DataLoader::new(loader, tokio::spawn);
    loader.enable_all_cache(false);
    loader
}

/// Rows of `E` by a unique key column: one `WHERE column IN (…)` per batch.
pub struct ByKey<E: EntityTrait, K> {
    db: DatabaseConnection,
    column: E::Column,
    key: fn(&E::Model) -> K,
}

impl<E: EntityTrait, K> ByKey<E, K> {
    /// Loads rows of `E` whose `column` holds the key `key(row)` returns.
    pub fn new(db: &DatabaseConnection, column: E::Column, key: fn(&E::Model) -> K) -> Self {
        Self { db: db.clone(), column, key }
    }
}

impl<E, K> Loader<K> for ByKey<E, K>
where
    E: EntityTrait,
    E::Model: Clone + Send + Sync + 'static,
    K: Into<sea_orm::Value> + Send + Sync + Hash + Eq + Clone + 'static,
{
    type Value = E::Model;
    type Error = Arc<DbErr>;

    async fn load(&self, keys: &[K]) -> Result<HashMap<K, E::Model>, Self::Error> {
        let rows = E::find()
            .filter(self.column.is_in(keys.iter().cloned()))
            .all(&self.db)
            .await
            .map_err(Arc::new)?;
        Ok(rows.into_iter().map(|row| ((self.key)(&row), row)).collect())
    }
}

/// Rows of `E` grouped by the key a column points to (the events of reports, say), in the
/// order of `order`, at most `max` a key, the rows matching `condition` only.
pub struct Grouped<E: EntityTrait, K> {
    db: DatabaseConnection,
    column: E::Column,
    key: fn(&E::Model) -> Option<K>,
    order: E::Column,
    condition: Condition,
    max: usize,
}

impl<E: EntityTrait, K> Grouped<E, K> {
    /// Rows whose `column` holds a key (`key(row)`), oldest `order` first.
    pub fn new(
        db: &DatabaseConnection,
        column: E::Column,
        key: fn(&E::Model) -> Option<K>,
        order: E::Column,
    ) -> Self {
        Self { db: db.clone(), column, key, order, condition: Condition::all(), max: usize::MAX }
    }

    /// Only the rows matching `condition`.
    pub fn only(mut self, condition: impl IntoCondition) -> Self {
        self.condition = condition.into_condition();
        self
    }

    /// At most `max` rows a key.
    pub fn at_most(mut self, max: usize) -> Self {
        self.max = max;
        self
    }
}

impl<E, K> Loader<K> for Grouped<E, K>
where
    E: EntityTrait,
    E::Model: Clone + Send + Sync + 'static,
    K: Into<sea_orm::Value> + Send + Sync + Hash + Eq + Clone + 'static,
{
    type Value = Vec<E::Model>;
    type Error = Arc<DbErr>;

    async fn load(&self, keys: &[K]) -> Result<HashMap<K, Vec<E::Model>>, Self::Error> {
        let rows = E::find()
            .filter(self.column.is_in(keys.iter().cloned()))
            .filter(self.condition.clone())
            .order_by_asc(self.order)
            .all(&self.db)
            .await
            .map_err(Arc::new)?;
        let mut groups: HashMap<K, Vec<E::Model>> = HashMap::new();
        for row in rows {
            if let Some(key) = (self.key)(&row) {
                let group = groups.entry(key).or_default();
                if group.len() < self.max {
                    group.push(row);
                }
            }
        }
        Ok(groups)
    }
}
