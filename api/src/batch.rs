//! Batching: the one way DataLoaders are built, for every domain.

use async_graphql::dataloader::{DataLoader, Loader};

/// A batching loader without a cache.
pub fn uncached<T: Loader<K>, K: Send + Sync + std::hash::Hash + Eq + Clone + 'static>(
    loader: T,
) -> DataLoader<T> {
    let loader = DataLoader::new(loader, tokio::spawn);
    loader.enable_all_cache(false);
    loader
}
