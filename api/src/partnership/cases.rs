//! Problem cases of partnership groups: opened by a référent for a sector of communes their
//! brigade covers, with the categories concerned; members (coordinators of the sector,
//! partner organisations, other staff) see the case, its reports on the ~200 m grid and
//! never a reporter; the référent links reports (with suggestions), records simple actions
//! and meetings, and closes the case with an evaluation.

use chrono::{DateTime, NaiveDate, Utc};
use entity::{
    app_user, category,
    enums::{ActionStatus, NotificationKind, ProblemCaseStatus, Role},
    partner_organisation, problem_case, problem_case_action, problem_case_category, problem_case_commune,
    problem_case_meeting, problem_case_member, problem_case_report, report,
};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{OnConflict, Query},
};
use uuid::Uuid;

use super::{
    access::{self, CaseRole},
    evaluation::{self, Evaluation},
    sector::{self, Area},
};
use crate::{
    db::Write,
    error::{AppError, AppResult},
    identity::{Principal, Viewer, policy},
    ids::{ReportId, UserId},
    inbox::{self, Message},
    notify::coverage,
    pagination::{self, Order, Page, PageRequest},
};

const MAX_COMMUNES: usize = 50;
const MAX_CATEGORIES: usize = 20;
/// Most reports linked (or suggested) at once.
pub const MAX_REPORTS: usize = 200;

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
    let brigade =
        principal.brigade.filter(|_| principal.role == Role::BrigadeStaff).ok_or(AppError::Forbidden)?;
    if access::referent_communes(db, principal.id).await?.is_empty() {
        return Err(AppError::Forbidden);
    }
    let title = crate::text::clean_line(&input.title, "title", 200)?
        .ok_or_else(|| AppError::bad_input("title", "Donnez un titre au dossier."))?;
    let problem = crate::text::clean(&input.problem, "problem", 4000)?
        .ok_or_else(|| AppError::bad_input("problem", "Décrivez le problème identifié."))?;
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
    let id = Uuid::now_v7();
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
    case: Uuid,
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

/// Who to add: an account or an organisation.
#[derive(Clone, Copy, Debug)]
pub enum NewMember {
    User(UserId),
    Organisation(Uuid),
}

/// Adds a member (the case's manager): a coordinator of a sector commune, a staff member,
/// or a partner organisation of the brigade's département. The new member hears of it.
pub async fn add_member(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: Uuid,
    member: NewMember,
) -> AppResult<problem_case::Model> {
    let principal = viewer.principal()?;
    let case = open_managed(db, principal, id).await?;
    let (communes, _) = scope_of(db, case.id).await?;
    let (user_id, organisation_id, recipients) = match member {
        NewMember::User(user) => {
            let account = app_user::Entity::find_by_id(user)
                .filter(app_user::Column::DisabledAt.is_null())
                .one(db)
                .await?;
            let fits = match account.as_ref().map(|account| account.role) {
                Some(Role::Coordinator) => {
                    let theirs = crate::people::coordinated_communes(db, user).await?;
                    theirs.iter().any(|code| communes.contains(code))
                }
                Some(Role::BrigadeStaff) => true,
                _ => false,
            };
            if !fits {
                return Err(AppError::bad_input(
                    "userId",
                    "Ajoutez un coordinateur du secteur ou un membre d'une brigade ; un partenaire, par son organisation.",
                ));
            }
            (Some(user), None, vec![user])
        }
        NewMember::Organisation(organisation) => {
            let known = partner_organisation::Entity::find_by_id(organisation).one(db).await?;
            let department =
                communes.first().map(|code| crate::territory::department::of_commune(code).to_owned());
            if known.as_ref().map(|row| Some(row.department.clone())) != Some(department) {
                return Err(AppError::bad_input(
                    "organisationId",
                    "Organisation partenaire inconnue dans ce département.",
                ));
            }
            let members: Vec<UserId> = app_user::Entity::find()
                .select_only()
                .column(app_user::Column::Id)
                .filter(app_user::Column::OrganisationId.eq(organisation))
                .filter(app_user::Column::Role.eq(Role::Partner))
                .filter(app_user::Column::DisabledAt.is_null())
                .into_tuple()
                .all(db)
                .await?;
            (None, Some(organisation), members)
        }
    };
    let mut already =
        problem_case_member::Entity::find().filter(problem_case_member::Column::CaseId.eq(case.id));
    already = match member {
        NewMember::User(user) => already.filter(problem_case_member::Column::UserId.eq(user)),
        NewMember::Organisation(organisation) => {
            already.filter(problem_case_member::Column::OrganisationId.eq(organisation))
        }
    };
    if already.count(db).await? > 0 {
        return Ok(case);
    }
    let txn = crate::db::write(db).await?;
    problem_case_member::Entity::insert(problem_case_member::ActiveModel {
        id: Set(Uuid::now_v7()),
        case_id: Set(case.id),
        user_id: Set(user_id),
        organisation_id: Set(organisation_id),
        added_at: Set(Utc::now()),
    })
    .exec_without_returning(&txn)
    .await?;
    let message = Message::new(
        NotificationKind::ProblemCase,
        "Vous participez à un dossier de partenariat",
        "Ouvrez Vigie pour consulter le dossier.",
    )
    .subject(case.id);
    inbox::deliver(&txn, &recipients, &message).await?;
    txn.commit().await?;
    Ok(case)
}

/// Removes a member.
pub async fn remove_member(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: Uuid,
    member: NewMember,
) -> AppResult<problem_case::Model> {
    let principal = viewer.principal()?;
    let case = open_managed(db, principal, id).await?;
    let mut delete =
        problem_case_member::Entity::delete_many().filter(problem_case_member::Column::CaseId.eq(case.id));
    delete = match member {
        NewMember::User(user) => delete.filter(problem_case_member::Column::UserId.eq(user)),
        NewMember::Organisation(organisation) => {
            delete.filter(problem_case_member::Column::OrganisationId.eq(organisation))
        }
    };
    delete.exec(db).await?;
    Ok(case)
}

/// The case's members.
pub async fn members(db: &DatabaseConnection, case: Uuid) -> AppResult<Vec<problem_case_member::Model>> {
    Ok(problem_case_member::Entity::find()
        .filter(problem_case_member::Column::CaseId.eq(case))
        .order_by_asc(problem_case_member::Column::AddedAt)
        .all(db)
        .await?)
}

/// Reports the référent may link: those of the case's brigade, in the sector (communes and
/// drawn area) and categories, observed between `from` and `to`; newest first, bounded.
pub async fn suggestions(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: Uuid,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> AppResult<Vec<report::Model>> {
    let principal = viewer.principal()?;
    let (case, role) = access::visible_case(db, principal, id).await?;
    if !role.manages() {
        return Err(AppError::Forbidden);
    }
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
    id: Uuid,
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

/// The linked reports, newest first.
pub async fn reports(db: &DatabaseConnection, case: Uuid) -> AppResult<Vec<report::Model>> {
    let linked = Query::select()
        .column(problem_case_report::Column::ReportId)
        .from(problem_case_report::Entity)
        .and_where(problem_case_report::Column::CaseId.eq(case))
        .to_owned();
    Ok(report::Entity::find()
        .filter(report::Column::Id.in_subquery(linked))
        .order_by_desc(report::Column::Id)
        .all(db)
        .await?)
}

/// An action to record (no id) or update.
#[derive(Debug)]
pub struct ActionInput {
    pub id: Option<Uuid>,
    pub title: String,
    pub owner: String,
    pub organisation: Option<Uuid>,
    pub due_on: Option<NaiveDate>,
    pub status: ActionStatus,
    pub outcome: Option<String>,
}

pub async fn save_action(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: Uuid,
    input: ActionInput,
) -> AppResult<problem_case_action::Model> {
    let principal = viewer.principal()?;
    let case = open_managed(db, principal, id).await?;
    let title = crate::text::clean_line(&input.title, "title", 200)?
        .ok_or_else(|| AppError::bad_input("title", "Donnez un intitulé à l'action."))?;
    let owner = crate::text::clean_line(&input.owner, "owner", 200)?
        .ok_or_else(|| AppError::bad_input("owner", "Indiquez qui porte l'action."))?;
    let outcome = crate::text::clean_optional(input.outcome.as_deref(), "outcome", 4000)?;
    let now = Utc::now();
    let done_at = (input.status == ActionStatus::Done).then_some(now);
    let saved = match input.id {
        Some(action) => {
            let existing = problem_case_action::Entity::find_by_id(action)
                .filter(problem_case_action::Column::CaseId.eq(case.id))
                .one(db)
                .await?
                .ok_or(AppError::NotFound("Action"))?;
            let done_at =
                if input.status == ActionStatus::Done { existing.done_at.or(done_at) } else { None };
            problem_case_action::Entity::update(problem_case_action::ActiveModel {
                id: Set(existing.id),
                title: Set(title),
                owner: Set(owner),
                organisation_id: Set(input.organisation),
                due_on: Set(input.due_on),
                status: Set(input.status),
                outcome: Set(outcome),
                done_at: Set(done_at),
                ..Default::default()
            })
            .exec(db)
            .await?
        }
        None => {
            problem_case_action::Entity::insert(problem_case_action::ActiveModel {
                id: Set(Uuid::now_v7()),
                case_id: Set(case.id),
                title: Set(title),
                owner: Set(owner),
                organisation_id: Set(input.organisation),
                due_on: Set(input.due_on),
                status: Set(input.status),
                outcome: Set(outcome),
                done_at: Set(done_at),
                created_at: Set(now),
            })
            .exec_with_returning(db)
            .await?
        }
    };
    Ok(saved)
}

pub async fn actions(db: &DatabaseConnection, case: Uuid) -> AppResult<Vec<problem_case_action::Model>> {
    Ok(problem_case_action::Entity::find()
        .filter(problem_case_action::Column::CaseId.eq(case))
        .order_by_asc(problem_case_action::Column::CreatedAt)
        .all(db)
        .await?)
}

/// A meeting to record.
#[derive(Debug)]
pub struct MeetingInput {
    pub held_on: NaiveDate,
    pub attendees: String,
    pub minutes: String,
}

/// Records a meeting; the members hear of it.
pub async fn record_meeting(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: Uuid,
    input: MeetingInput,
) -> AppResult<problem_case_meeting::Model> {
    let principal = viewer.principal()?;
    let case = open_managed(db, principal, id).await?;
    let attendees = crate::text::clean(&input.attendees, "attendees", 2000)?
        .ok_or_else(|| AppError::bad_input("attendees", "Indiquez les participants."))?;
    let minutes = crate::text::clean(&input.minutes, "minutes", 20_000)?
        .ok_or_else(|| AppError::bad_input("minutes", "Rédigez le compte rendu."))?;
    let txn = crate::db::write(db).await?;
    let meeting = problem_case_meeting::Entity::insert(problem_case_meeting::ActiveModel {
        id: Set(Uuid::now_v7()),
        case_id: Set(case.id),
        held_on: Set(input.held_on),
        attendees: Set(attendees),
        minutes: Set(minutes),
        created_at: Set(Utc::now()),
    })
    .exec_with_returning(&txn)
    .await?;
    let recipients = member_accounts(&txn, case.id, principal.id).await?;
    let message = Message::new(
        NotificationKind::ProblemCase,
        "Compte rendu de réunion",
        "Le compte rendu d'une réunion de partenariat est disponible.",
    )
    .subject(case.id);
    inbox::deliver(&txn, &recipients, &message).await?;
    txn.commit().await?;
    Ok(meeting)
}

pub async fn meetings(db: &DatabaseConnection, case: Uuid) -> AppResult<Vec<problem_case_meeting::Model>> {
    Ok(problem_case_meeting::Entity::find()
        .filter(problem_case_meeting::Column::CaseId.eq(case))
        .order_by_asc(problem_case_meeting::Column::HeldOn)
        .all(db)
        .await?)
}

/// Closes the case with the référent's assessment and the computed evaluation over windows
/// of `window_days` (7 to 365).
pub async fn close(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: Uuid,
    assessment: &str,
    window_days: i64,
) -> AppResult<problem_case::Model> {
    let principal = viewer.principal()?;
    let case = open_managed(db, principal, id).await?;
    let assessment = crate::text::clean(assessment, "assessment", 8000)?
        .ok_or_else(|| AppError::bad_input("assessment", "Rédigez l'évaluation qualitative du dossier."))?;
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
    id: Uuid,
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
    id: Uuid,
) -> AppResult<problem_case::Model> {
    let case = access::managed_case(db, principal, id).await?;
    if case.status != ProblemCaseStatus::Open {
        return Err(AppError::Conflict("Ce dossier est clos.".into()));
    }
    Ok(case)
}

/// The accounts that hear about a case: user members and the partners of member
/// organisations, but not `except` (who acted).
async fn member_accounts(txn: &Write, case: Uuid, except: UserId) -> AppResult<Vec<UserId>> {
    let rows = problem_case_member::Entity::find()
        .filter(problem_case_member::Column::CaseId.eq(case))
        .all(txn)
        .await?;
    let mut users: Vec<UserId> = rows.iter().filter_map(|row| row.user_id).collect();
    let organisations: Vec<Uuid> = rows.iter().filter_map(|row| row.organisation_id).collect();
    if !organisations.is_empty() {
        let partners: Vec<UserId> = app_user::Entity::find()
            .select_only()
            .column(app_user::Column::Id)
            .filter(app_user::Column::OrganisationId.is_in(organisations))
            .filter(app_user::Column::Role.eq(Role::Partner))
            .filter(app_user::Column::DisabledAt.is_null())
            .into_tuple()
            .all(txn)
            .await?;
        users.extend(partners);
    }
    users.retain(|user| *user != except);
    users.sort();
    users.dedup();
    Ok(users)
}
