//! Reports: filing and routing, the lifecycle, the triage queue, commune activity, and
//! live updates to reporters and brigades.

pub mod abuse;
mod abuse_graphql;
pub mod access;
pub mod activity;
mod activity_types;
pub mod assignment;
pub mod deadlines;
pub mod departement;
mod departement_types;
pub mod escalation;
mod event_types;
pub mod events;
pub mod filing;
mod graphql;
mod incident_graphql;
pub mod incidents;
mod inputs;
pub mod lifecycle;
pub mod live;
pub mod loaders;
pub mod nearby;
pub mod queries;
pub mod read_log;
pub mod triage;
mod types;
mod work_graphql;

pub use self::abuse_graphql::{AbuseMutation, AbuseQuery};
pub use self::graphql::{ReportMutation, ReportQuery, ReportSubscription};
pub use self::incident_graphql::{IncidentMutation, IncidentQuery};
pub use self::types::{GeoPoint, Report, ReportStatus};
pub use self::work_graphql::{BrigadeWorkMutation, BrigadeWorkQuery};
