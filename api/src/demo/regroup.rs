//! The demo's incidents, regrouped once its reports are moved back in time.

use entity::report;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::state::AppState;

/// Incidents as the backdated times make them: grouping ran when the reports were filed, all
/// within a second; it runs again on their backdated observations, oldest first (the two
/// burglaries of one night, rue des Prés, group; reports weeks apart do not).
pub async fn regroup(state: &AppState, ids: &[String]) -> anyhow::Result<()> {
    use sea_orm::sea_query::Expr;

    let ids =
        ids.iter().map(|id| Ok(crate::ids::ReportId(id.parse()?))).collect::<anyhow::Result<Vec<_>>>()?;
    let txn = crate::db::write(&state.db).await?;
    let mut rows = report::Entity::find().filter(report::Column::Id.is_in(ids.clone())).all(&txn).await?;
    let formed: Vec<_> = rows.iter().filter_map(|row| row.incident_id).collect();
    report::Entity::update_many()
        .col_expr(report::Column::IncidentId, Expr::value(Option::<uuid::Uuid>::None))
        .filter(report::Column::Id.is_in(ids))
        .exec(&txn)
        .await?;
    entity::incident::Entity::delete_many()
        .filter(entity::incident::Column::Id.is_in(formed))
        .exec(&txn)
        .await?;
    rows.sort_by_key(|row| row.observed_at);
    let jurisdictions = state.routing.current();
    let rule = state.config.brigade_work.incident_rule();
    for row in rows {
        let Some(category) = jurisdictions.active_category(&row.category_code) else { continue };
        let Some(row) = report::Entity::find_by_id(row.id).one(&txn).await? else { continue };
        if row.incident_id.is_none() {
            let partners = jurisdictions.incident_partners(category);
            crate::reports::incidents::grouping::at_filing(&txn, &row, rule, partners).await?;
        }
    }
    txn.commit().await?;
    Ok(())
}
