//! Which failures mean "the database cannot be reached right now" (answered `UNAVAILABLE`,
//! HTTP 503, with a delay to retry after) rather than a defect (`INTERNAL`): a refused or
//! broken connection, a pool that gave no connection in time, a server shutting down or
//! out of connections, an embedded database busy past its budget.

use sea_orm::{DbErr, RuntimeErr};

/// What a client is told to wait before trying again.
pub const RETRY_AFTER_SECS: u64 = 5;

/// Whether `error` (one link of a chain) is an outage.
pub fn is_outage(error: &(dyn std::error::Error + 'static)) -> bool {
    if let Some(error) = error.downcast_ref::<DbErr>() {
        return db_outage(error);
    }
    if let Some(error) = error.downcast_ref::<sea_orm::sqlx::Error>() {
        return sqlx_outage(error);
    }
    false
}

/// Whether a database error is an outage.
pub fn db_outage(error: &DbErr) -> bool {
    match error {
        DbErr::ConnectionAcquire(_) => true,
        DbErr::Conn(RuntimeErr::SqlxError(error))
        | DbErr::Exec(RuntimeErr::SqlxError(error))
        | DbErr::Query(RuntimeErr::SqlxError(error)) => sqlx_outage(error),
        DbErr::Conn(_) => true,
        _ => false,
    }
}

fn sqlx_outage(error: &sea_orm::sqlx::Error) -> bool {
    use sea_orm::sqlx::Error;
    match error {
        Error::Io(_) | Error::Tls(_) | Error::PoolTimedOut | Error::PoolClosed | Error::WorkerCrashed => true,
        Error::Protocol(_) => true,
        Error::Database(error) => error.code().is_some_and(|code| unavailable_code(&code)),
        _ => false,
    }
}

/// PostgreSQL's connection exceptions (class 08), shutdowns (57P01–57P03) and exhausted
/// resources (class 53: too many connections, out of memory or disk); SQLite's BUSY and
/// LOCKED, with their extended codes.
fn unavailable_code(code: &str) -> bool {
    if code.starts_with("08") || code.starts_with("53") || matches!(code, "57P01" | "57P02" | "57P03") {
        return true;
    }
    code.parse::<u32>().is_ok_and(|sqlite| matches!(sqlite & 0xff, 5 | 6))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outages_are_told_apart_from_defects() {
        assert!(db_outage(&DbErr::ConnectionAcquire(sea_orm::ConnAcquireErr::Timeout)));
        let refused = sea_orm::sqlx::Error::Io(std::io::Error::from(std::io::ErrorKind::ConnectionRefused));
        assert!(db_outage(&DbErr::Query(RuntimeErr::SqlxError(std::sync::Arc::new(refused)))));
        assert!(!db_outage(&DbErr::RecordNotFound("report".into())));
        assert!(!db_outage(&DbErr::Query(RuntimeErr::SqlxError(std::sync::Arc::new(
            sea_orm::sqlx::Error::RowNotFound
        )))));
        assert!(unavailable_code("57P01") && unavailable_code("08006") && unavailable_code("53300"));
        assert!(unavailable_code("5") && unavailable_code("517") && unavailable_code("262"));
        assert!(!unavailable_code("23505") && !unavailable_code("2067") && !unavailable_code("19"));
    }

    #[test]
    fn an_outage_anywhere_in_a_chain_is_unavailable() {
        let error = anyhow::Error::new(DbErr::ConnectionAcquire(sea_orm::ConnAcquireErr::ConnectionClosed))
            .context("reading the queue");
        let error = crate::error::AppError::internal(error);
        assert_eq!(error.code(), crate::error::ErrorCode::Unavailable);
    }
}
