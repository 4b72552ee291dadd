//! `vigie user list`: accounts by role, commune or brigade, one line each (tab-separated:
//! id, e-mail, role, name, state, brigade, communes), at most `--limit`, ordered by e-mail.

use std::collections::HashMap;

use entity::{app_user, brigade, coordinator_commune, enums::Role};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

/// The filters of `vigie user list`.
#[derive(Debug, clap::Args)]
pub struct ListFilter {
    #[arg(long, value_enum)]
    pub role: Option<super::user::RoleArg>,
    /// Residents of this commune, and coordinators of it (INSEE code).
    #[arg(long)]
    pub commune: Option<String>,
    /// Staff of this brigade (its code).
    #[arg(long)]
    pub brigade: Option<String>,
    /// At most this many lines.
    #[arg(long, default_value_t = 1000)]
    pub limit: u64,
}

pub async fn list(db: &DatabaseConnection, filter: ListFilter) -> anyhow::Result<()> {
    let placeholders = [crate::ids::ANONYMOUS_REPORTER, crate::ids::SYSTEM_ACTOR];
    let mut condition = Condition::all().add(app_user::Column::Id.is_not_in(placeholders));
    if let Some(role) = filter.role {
        condition = condition.add(app_user::Column::Role.eq(Role::from(role)));
    }
    if let Some(code) = &filter.brigade {
        let brigade = brigade::Entity::find()
            .filter(brigade::Column::Code.eq(code))
            .one(db)
            .await?
            .ok_or_else(|| anyhow::anyhow!("brigade {code} inconnue"))?;
        condition = condition.add(app_user::Column::BrigadeId.eq(brigade.id));
    }
    if let Some(commune) = &filter.commune {
        let coordinators = coordinator_commune::Entity::find()
            .select_only()
            .column(coordinator_commune::Column::UserId)
            .filter(coordinator_commune::Column::CommuneCode.eq(commune));
        condition = condition.add(
            Condition::any()
                .add(app_user::Column::CommuneCode.eq(commune))
                .add(app_user::Column::Id.in_subquery(sea_orm::QueryTrait::into_query(coordinators))),
        );
    }
    let users = app_user::Entity::find()
        .filter(condition)
        .order_by_asc(app_user::Column::Email)
        .limit(filter.limit.saturating_add(1))
        .all(db)
        .await?;
    let more = users.len() as u64 > filter.limit;
    let users = &users[..users.len().min(usize::try_from(filter.limit).unwrap_or(usize::MAX))];
    let brigades: HashMap<_, _> = brigade::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|brigade| (brigade.id, brigade.code))
        .collect();
    let ids: Vec<_> = users.iter().map(|user| user.id).collect();
    let mut communes: HashMap<_, Vec<String>> = HashMap::new();
    for chunk in ids.chunks(500) {
        let rows = coordinator_commune::Entity::find()
            .filter(coordinator_commune::Column::UserId.is_in(chunk.iter().copied()))
            .all(db)
            .await?;
        for row in rows {
            communes.entry(row.user_id).or_default().push(row.commune_code);
        }
    }
    println!("id\temail\trole\tname\tstate\tbrigade\tcommunes");
    for user in users {
        let state = match (user.disabled_at, user.enrolment_status) {
            (Some(_), _) => "DISABLED".to_owned(),
            (None, Some(status)) => format!("{status:?}").to_uppercase(),
            (None, None) => "ACTIVE".to_owned(),
        };
        let brigade = user.brigade_id.and_then(|id| brigades.get(&id)).map_or("-", String::as_str);
        let mut places = communes.remove(&user.id).unwrap_or_default();
        places.extend(user.commune_code.clone());
        places.sort();
        places.dedup();
        let places = if places.is_empty() { "-".to_owned() } else { places.join(",") };
        println!(
            "{}\t{}\t{}\t{}\t{state}\t{brigade}\t{places}",
            user.id,
            user.email,
            sea_orm::ActiveEnum::to_value(&user.role),
            user.display_name
        );
    }
    if more {
        println!("… more than {} accounts: narrow the filters or raise --limit", filter.limit);
    }
    Ok(())
}
