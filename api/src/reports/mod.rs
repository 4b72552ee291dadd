//! Reports: filing and routing, the lifecycle, the triage queue, commune activity, and
//! live updates to reporters and brigades.

pub mod access;
pub mod activity;
pub mod events;
pub mod filing;
mod graphql;
mod inputs;
pub mod lifecycle;
pub mod live;
pub mod loaders;
pub mod nearby;
pub mod queries;
pub mod read_log;
pub mod triage;
mod types;

pub use self::graphql::{ReportMutation, ReportQuery, ReportSubscription};
pub use self::types::{GeoPoint, Report, ReportStatus};
