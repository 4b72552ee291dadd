//! Problem cases of partnership groups: opened by a référent for a sector of communes their
//! brigade covers, with the categories concerned; members (coordinators of the sector,
//! partner organisations, other staff) see the case, its reports on the ~200 m grid and
//! never a reporter; the référent links reports (with suggestions), records simple actions
//! and meetings, and closes the case with an evaluation.

use chrono::Utc;
use entity::{
    app_user, category,
    enums::{ProblemCaseStatus, Role},
    problem_case, problem_case_category, problem_case_commune, problem_case_member,
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, QuerySelect, sea_query::Query,
};

use super::{
    access::{self, CaseRole},
    evaluation::{self, Evaluation},
    sector::Area,
};
use crate::{
    db::Write,
    error::{AppError, AppResult},
    identity::{Principal, Viewer, policy},
    ids::{CaseId, OrganisationId, UserId},
    notify::coverage,
    pagination::{self, Order, Page, PageRequest},
};

mod candidates;
mod members;
mod reports;
pub mod retention;
mod work;

pub use self::{
    candidates::{Candidate, MAX_CANDIDATES, candidates},
    members::{MAX_MEMBERS, NewMember, add_member, remove_member},
    reports::{MAX_REPORTS, link_reports, suggestions},
    work::{ActionInput, MAX_ROWS, MeetingInput, actions, record_meeting, save_action},
};

pub const MAX_COMMUNES: usize = 50;
pub const MAX_CATEGORIES: usize = 20;

/// A case to open.
#[derive(Debug)]
pub struct NewCase {
    pub title: String,
    pub problem: String,
    pub commune_codes: Vec<String>,
    pub sector: Option<String>,
    pub category_codes: Vec<String>,
}

/// Opens a case: the caller must be référent of some commune, and their brigade must cover
/// every commune of the sector.
pub async fn open(
    db: &DatabaseConnection,
    viewer: &Viewer,
    input: NewCase,
) -> AppResult<problem_case::Model> {
    let principal = viewer.principal()?;
    let brigade = access::case_opener(db, principal).await?;
    let title = crate::text::line_required(&input.title, "title", 200, "Donnez un titre au dossier.")?;
    let problem =
        crate::text::clean_required(&input.problem, "problem", 4000, "Décrivez le problème identifié.")?;
    let mut communes = input.commune_codes.iter().map(|code| code.trim().to_owned()).collect::<Vec<_>>();
    communes.sort();
    communes.dedup();
    if communes.is_empty() || communes.len() > MAX_COMMUNES {
        return Err(AppError::bad_input(
            "communeCodes",
            format!("Le secteur compte de 1 à {MAX_COMMUNES} communes."),
        ));
    }
    for code in &communes {
        let commune = access::commune(db, code, "communeCodes").await?;
        if !coverage::brigade_covers(db, brigade, &commune).await? {
            return Err(AppError::bad_input(
                "communeCodes",
                format!("Votre brigade ne couvre pas {}.", commune.name),
            ));
        }
    }
    let mut categories = input.category_codes.iter().map(|code| code.trim().to_owned()).collect::<Vec<_>>();
    categories.sort();
    categories.dedup();
    if categories.is_empty() || categories.len() > MAX_CATEGORIES {
        return Err(AppError::bad_input("categoryCodes", "Choisissez de 1 à 20 catégories."));
    }
    let known =
        category::Entity::find().filter(category::Column::Code.is_in(categories.clone())).count(db).await?;
    if known != categories.len() as u64 {
        return Err(AppError::bad_input("categoryCodes", "Catégorie inconnue."));
    }
    let sector = match input.sector.as_deref().map(str::trim).filter(|text| !text.is_empty()) {
        Some(text) => {
            Area::parse(text)?;
            Some(text.to_owned())
        }
        None => None,
    };
    let id = CaseId::generate();
    let txn = crate::db::write(db).await?;
    problem_case::Entity::insert(problem_case::ActiveModel {
        id: Set(id),
        brigade_id: Set(brigade),
        lead_id: Set(principal.id),
        title: Set(title),
        problem: Set(problem),
        status: Set(ProblemCaseStatus::Open),
        sector_polygon: Set(sector),
        opened_at: Set(Utc::now()),
        closed_at: Set(None),
        assessment: Set(None),
        evaluation: Set(None),
    })
    .exec_without_returning(&txn)
    .await?;
    let links = communes
        .iter()
        .map(|code| problem_case_commune::ActiveModel { case_id: Set(id), commune_code: Set(code.clone()) });
    problem_case_commune::Entity::insert_many(links).exec_without_returning(&txn).await?;
    let links = categories.iter().map(|code| problem_case_category::ActiveModel {
        case_id: Set(id),
        category_code: Set(code.clone()),
    });
    problem_case_category::Entity::insert_many(links).exec_without_returning(&txn).await?;
    let case = problem_case::Entity::find_by_id(id).one(&txn).await?.ok_or(AppError::NotFound("Dossier"))?;
    txn.commit().await?;
    Ok(case)
}

/// The case's communes and categories.
pub async fn scope_of(
    db: &impl sea_orm::ConnectionTrait,
    case: CaseId,
) -> AppResult<(Vec<String>, Vec<String>)> {
    let communes = problem_case_commune::Entity::find()
        .select_only()
        .column(problem_case_commune::Column::CommuneCode)
        .filter(problem_case_commune::Column::CaseId.eq(case))
        .into_tuple()
        .all(db)
        .await?;
    let categories = problem_case_category::Entity::find()
        .select_only()
        .column(problem_case_category::Column::CategoryCode)
        .filter(problem_case_category::Column::CaseId.eq(case))
        .into_tuple()
        .all(db)
        .await?;
    Ok((communes, categories))
}

/// Closes the case with the référent's assessment and the computed evaluation over windows
/// of `window_days` (7 to 365).
pub async fn close(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: CaseId,
    assessment: &str,
    window_days: i64,
) -> AppResult<problem_case::Model> {
    let principal = viewer.principal()?;
    let case = open_managed(db, principal, id).await?;
    let assessment = crate::text::clean_required(
        assessment,
        "assessment",
        8000,
        "Rédigez l'évaluation qualitative du dossier.",
    )?;
    if !(7..=365).contains(&window_days) {
        return Err(AppError::bad_input("windowDays", "La fenêtre d'évaluation va de 7 à 365 jours."));
    }
    let now = Utc::now();
    let done = actions(db, case.id).await?.iter().filter_map(|action| action.done_at).max().unwrap_or(now);
    let (communes, categories) = scope_of(db, case.id).await?;
    let area = case.sector_polygon.as_deref().map(Area::parse).transpose()?;
    let scope = evaluation::Scope {
        communes: &communes,
        categories: &categories,
        area: area.as_ref(),
        opened_at: case.opened_at,
        actions_done_at: done,
        window_days,
        now,
    };
    let computed = evaluation::compute(db, scope).await?;
    let json = serde_json::to_string(&computed).map_err(AppError::internal)?;
    let closed = problem_case::Entity::update_many()
        .col_expr(
            problem_case::Column::Status,
            sea_orm::ActiveEnum::to_value(&ProblemCaseStatus::Closed).into(),
        )
        .col_expr(problem_case::Column::ClosedAt, Some(now).into())
        .col_expr(problem_case::Column::Assessment, Some(assessment).into())
        .col_expr(problem_case::Column::Evaluation, Some(json).into())
        .filter(problem_case::Column::Id.eq(case.id))
        .filter(problem_case::Column::Status.eq(ProblemCaseStatus::Open))
        .exec(db)
        .await?;
    if closed.rows_affected != 1 {
        return Err(AppError::Conflict("Ce dossier est déjà clos.".into()));
    }
    problem_case::Entity::find_by_id(case.id).one(db).await?.ok_or(AppError::NotFound("Dossier"))
}

/// The stored evaluation of a closed case.
pub fn evaluation_of(case: &problem_case::Model) -> Option<Evaluation> {
    case.evaluation.as_deref().and_then(|json| serde_json::from_str(json).ok())
}

/// What a list may be narrowed to.
#[derive(Debug, Default)]
pub struct CaseFilter {
    pub status: Option<ProblemCaseStatus>,
}

/// The cases the caller sees, newest first: those they run or are a member of (through
/// their organisation, for partners).
pub async fn list(
    db: &DatabaseConnection,
    viewer: &Viewer,
    filter: CaseFilter,
    page: PageRequest,
) -> AppResult<Page<problem_case::Model>> {
    let principal = viewer.principal()?;
    policy::partnership_member(viewer)?;
    let memberships = Query::select()
        .column(problem_case_member::Column::CaseId)
        .from(problem_case_member::Entity)
        .and_where(match (principal.role, principal.organisation) {
            (Role::Partner, Some(organisation)) => {
                problem_case_member::Column::OrganisationId.eq(organisation)
            }
            _ => problem_case_member::Column::UserId.eq(principal.id),
        })
        .to_owned();
    let mut visible = sea_orm::Condition::any().add(problem_case::Column::Id.in_subquery(memberships));
    if principal.role == Role::BrigadeStaff
        && let Some(brigade) = principal.brigade
    {
        visible = visible.add(problem_case::Column::LeadId.eq(principal.id));
        if principal.commander {
            visible = visible.add(problem_case::Column::BrigadeId.eq(brigade));
        }
    }
    let mut query = problem_case::Entity::find().filter(visible);
    if let Some(status) = filter.status {
        query = query.filter(problem_case::Column::Status.eq(status));
    }
    pagination::by_id(db, query, problem_case::Column::Id, Order::NewestFirst, page).await
}

/// The case `id` as the caller may see it (`None` if not a member).
pub async fn get(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: CaseId,
) -> AppResult<Option<(problem_case::Model, CaseRole)>> {
    let principal = viewer.principal()?;
    match access::visible_case(db, principal, id).await {
        Ok(found) => Ok(Some(found)),
        Err(AppError::NotFound(_)) => Ok(None),
        Err(error) => Err(error),
    }
}

/// The case, if the caller runs it and it is still open.
async fn open_managed(
    db: &DatabaseConnection,
    principal: &Principal,
    id: CaseId,
) -> AppResult<problem_case::Model> {
    let case = access::managed_case(db, principal, id).await?;
    if case.status != ProblemCaseStatus::Open {
        return Err(AppError::Conflict("Ce dossier est clos.".into()));
    }
    Ok(case)
}

/// The accounts that hear about a case: user members and the partners of member
/// organisations, but not `except` (who acted).
async fn member_accounts(txn: &Write, case: CaseId, except: UserId) -> AppResult<Vec<UserId>> {
    let rows = problem_case_member::Entity::find()
        .filter(problem_case_member::Column::CaseId.eq(case))
        .all(txn)
        .await?;
    let mut users: Vec<UserId> = rows.iter().filter_map(|row| row.user_id).collect();
    let organisations: Vec<OrganisationId> = rows.iter().filter_map(|row| row.organisation_id).collect();
    users.extend(partners_of(txn, organisations).await?);
    users.retain(|user| *user != except);
    users.sort();
    users.dedup();
    Ok(users)
}

/// The active PARTNER accounts of `organisations`.
async fn partners_of(
    db: &impl ConnectionTrait,
    organisations: Vec<OrganisationId>,
) -> AppResult<Vec<UserId>> {
    if organisations.is_empty() {
        return Ok(Vec::new());
    }
    Ok(app_user::Entity::find()
        .select_only()
        .column(app_user::Column::Id)
        .filter(app_user::Column::OrganisationId.is_in(organisations))
        .filter(app_user::Column::Role.eq(Role::Partner))
        .filter(app_user::Column::DisabledAt.is_null())
        .into_tuple()
        .all(db)
        .await?)
}

/// `CONFLICT` when a case already holds `limit` rows of `what` (every list of a case is
/// bounded, so reading one never grows without end).
fn within(count: u64, limit: u64, what: &str) -> AppResult<()> {
    if count >= limit {
        return Err(AppError::Conflict(format!("Ce dossier compte déjà {limit} {what}, le maximum.")));
    }
    Ok(())
}
