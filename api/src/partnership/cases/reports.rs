//! The reports of a problem case: suggestions for its référent, links, the linked list.

use chrono::{DateTime, Utc};
use entity::{problem_case, problem_case_report, report};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{OnConflict, Query},
};

use super::super::{
    access,
    sector::{self, Area},
};
use crate::{
    error::{AppError, AppResult},
    identity::Viewer,
    ids::{CaseId, ReportId},
};

use super::{open_managed, scope_of, within};

/// Most reports linked to one case.
const MAX_LINKED: u64 = 2000;

/// Most reports linked (or suggested) at once.
pub const MAX_REPORTS: usize = 200;

/// Reports the référent may link: those of the case's brigade, in the sector (communes and
/// drawn area) and categories, observed between `from` and `to`; newest first, bounded.
pub async fn suggestions(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: CaseId,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> AppResult<Vec<report::Model>> {
    let principal = viewer.principal()?;
    let case = access::managed_case(db, principal, id).await?;
    if to <= from {
        return Err(AppError::bad_input("to", "La fin de la période doit suivre son début."));
    }
    let (communes, categories) = scope_of(db, case.id).await?;
    let area = case.sector_polygon.as_deref().map(Area::parse).transpose()?;
    let linked = Query::select()
        .column(problem_case_report::Column::ReportId)
        .from(problem_case_report::Entity)
        .and_where(problem_case_report::Column::CaseId.eq(case.id))
        .to_owned();
    let candidates = report::Entity::find()
        .filter(report::Column::BrigadeId.eq(case.brigade_id))
        .filter(report::Column::CommuneCode.is_in(communes))
        .filter(report::Column::CategoryCode.is_in(categories))
        .filter(report::Column::ObservedAt.gte(from))
        .filter(report::Column::ObservedAt.lt(to))
        .filter(report::Column::Id.not_in_subquery(linked))
        .order_by_desc(report::Column::Id)
        .limit(MAX_REPORTS as u64 * 4)
        .all(db)
        .await?;
    Ok(candidates
        .into_iter()
        .filter(|report| sector::inside(area.as_ref(), report.latitude, report.longitude))
        .take(MAX_REPORTS)
        .collect())
}

/// Links reports of the case's brigade in its sector communes (already linked ones are
/// kept once).
pub async fn link_reports(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: CaseId,
    reports: &[ReportId],
) -> AppResult<problem_case::Model> {
    let principal = viewer.principal()?;
    let case = open_managed(db, principal, id).await?;
    if reports.is_empty() || reports.len() > MAX_REPORTS {
        return Err(AppError::bad_input(
            "reportIds",
            format!("Liez de 1 à {MAX_REPORTS} signalements à la fois."),
        ));
    }
    let linked = problem_case_report::Entity::find()
        .filter(problem_case_report::Column::CaseId.eq(case.id))
        .count(db)
        .await?;
    within(linked + reports.len() as u64 - 1, MAX_LINKED, "signalements liés")?;
    let (communes, _) = scope_of(db, case.id).await?;
    let found = report::Entity::find()
        .filter(report::Column::Id.is_in(reports.iter().copied()))
        .filter(report::Column::BrigadeId.eq(case.brigade_id))
        .filter(report::Column::CommuneCode.is_in(communes))
        .count(db)
        .await?;
    let mut distinct = reports.to_vec();
    distinct.sort();
    distinct.dedup();
    if found != distinct.len() as u64 {
        return Err(AppError::bad_input(
            "reportIds",
            "Signalement introuvable dans le secteur de ce dossier pour votre brigade.",
        ));
    }
    let now = Utc::now();
    let rows = distinct.iter().map(|report| problem_case_report::ActiveModel {
        case_id: Set(case.id),
        report_id: Set(*report),
        linked_by: Set(principal.id),
        linked_at: Set(now),
    });
    problem_case_report::Entity::insert_many(rows)
        .on_conflict(
            OnConflict::columns([problem_case_report::Column::CaseId, problem_case_report::Column::ReportId])
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(case)
}
