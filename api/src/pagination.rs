//! Relay-style keyset pagination: opaque cursors over time-ordered UUIDv7 ids, no OFFSET,
//! and the connection shape every paged list shares.

use async_graphql::{
    SimpleObject,
    connection::{Connection, Edge},
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use uuid::Uuid;

use crate::error::{AppError, AppResult};

/// Items per page when the client does not say.
pub const DEFAULT_PAGE: u64 = 20;
/// Most items a page may hold.
pub const MAX_PAGE: u64 = 100;

/// A validated `first` / `after` pair.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageRequest {
    pub limit: u64,
    pub after: Option<Uuid>,
}

impl PageRequest {
    pub fn parse(first: Option<i32>, after: Option<&str>) -> AppResult<Self> {
        let limit = match first {
            None => DEFAULT_PAGE,
            Some(first) if (1..=MAX_PAGE as i32).contains(&first) => first as u64,
            Some(_) => {
                return Err(AppError::bad_input(
                    "first",
                    format!("`first` doit être compris entre 1 et {MAX_PAGE}."),
                ));
            }
        };
        let after = after.map(decode_cursor).transpose()?;
        Ok(Self { limit, after })
    }
}

/// The opaque cursor of an id.
pub fn encode_cursor(id: impl Into<Uuid>) -> String {
    URL_SAFE_NO_PAD.encode(format!("v1:{}", id.into()))
}

fn decode_cursor(cursor: &str) -> AppResult<Uuid> {
    URL_SAFE_NO_PAD
        .decode(cursor)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .and_then(|text| text.strip_prefix("v1:").and_then(|id| Uuid::parse_str(id).ok()))
        .ok_or_else(|| AppError::bad_input("after", "Curseur invalide."))
}

/// Which way a list of time-ordered ids runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    OldestFirst,
    NewestFirst,
}

/// A page of `query` ordered by its UUIDv7 `id` column (creation order), after the page's
/// cursor, with the total count of `query`.
pub async fn by_id<E>(
    db: &impl sea_orm::ConnectionTrait,
    mut query: sea_orm::Select<E>,
    id: E::Column,
    order: Order,
    page: PageRequest,
) -> AppResult<Page<E::Model>>
where
    E: sea_orm::EntityTrait,
    E::Model: Sync,
{
    use sea_orm::{ColumnTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};
    let total = query.clone().count(db).await?;
    query = match (order, page.after) {
        (Order::OldestFirst, Some(after)) => query.filter(id.gt(after)).order_by_asc(id),
        (Order::OldestFirst, None) => query.order_by_asc(id),
        (Order::NewestFirst, Some(after)) => query.filter(id.lt(after)).order_by_desc(id),
        (Order::NewestFirst, None) => query.order_by_desc(id),
    };
    let rows = query.limit(page.limit + 1).all(db).await?;
    Ok(Page::from_overfetch(rows, page.limit, total))
}

/// One page of results.
#[derive(Debug)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub has_next: bool,
    pub total: u64,
}

impl<T> Page<T> {
    /// Builds a page from up to `limit + 1` fetched rows.
    pub fn from_overfetch(mut items: Vec<T>, limit: u64, total: u64) -> Self {
        let has_next = items.len() as u64 > limit;
        items.truncate(limit as usize);
        Self { items, has_next, total }
    }
}

/// Fields every connection carries beside edges and page info.
#[derive(SimpleObject)]
pub struct Totals {
    /// How many items match, across all pages.
    pub total_count: i64,
}

/// A Relay connection over a page of rows, each shown as `node(row)` under `cursor(&row)`.
pub fn connection<T, N: async_graphql::OutputType>(
    page: Page<T>,
    cursor: impl Fn(&T) -> String,
    node: impl Fn(T) -> N,
) -> Connection<String, N, Totals> {
    let total_count = i64::try_from(page.total).unwrap_or(i64::MAX);
    let mut connection = Connection::with_additional_fields(false, page.has_next, Totals { total_count });
    connection.edges.extend(page.items.into_iter().map(|row| Edge::new(cursor(&row), node(row))));
    connection
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_round_trips() {
        let id = Uuid::now_v7();
        let page = PageRequest::parse(Some(5), Some(&encode_cursor(id))).expect("valid");
        assert_eq!(page, PageRequest { limit: 5, after: Some(id) });
    }

    #[test]
    fn a_forged_cursor_is_a_field_error() {
        let error = PageRequest::parse(None, Some("bm9wZQ")).expect_err("invalid");
        assert!(matches!(error, AppError::BadUserInput { ref field, .. } if field == "after"));
    }

    #[test]
    fn first_must_be_positive_and_bounded() {
        assert!(PageRequest::parse(Some(0), None).is_err());
        assert!(PageRequest::parse(Some(101), None).is_err());
        assert_eq!(PageRequest::parse(None, None).expect("default").limit, DEFAULT_PAGE);
    }
}
