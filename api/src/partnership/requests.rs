//! Security requests (« recueillir les demandes de sécurité », « conseil aux élus »): a
//! coordinator writes to their commune's référent, or the référent (or the commander) to the
//! commune's officials; the thread goes back and forth, OPEN
//! while the brigade owes an answer, ANSWERED once it gave one, CLOSED by either side. The
//! référent and the brigade's commander see all the brigade's requests; coordinators see
//! their communes'. Each message reaches the other side's feed.

use chrono::Utc;
use entity::{
    enums::{NotificationKind, Role, SecurityRequestStatus, SecurityTopic},
    security_request, security_request_message,
};
use sea_orm::{ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};
use uuid::Uuid;

use super::access;
use crate::{
    db::Write,
    error::{AppError, AppResult},
    identity::{Principal, Viewer, policy},
    ids::{SecurityRequestId, UserId},
    notify::hearing,
    notify::{self, Message},
    pagination::{self, Order, Page, PageRequest},
    throttle::Throttles,
};

const SUBJECT_CHARS: usize = 200;
const BODY_CHARS: usize = 4000;
/// Most messages in one request's thread.
pub const MAX_MESSAGES: u64 = 200;

/// What a coordinator asks.
#[derive(Debug)]
pub struct NewRequest {
    pub commune_code: String,
    pub topic: SecurityTopic,
    pub subject: String,
    pub body: String,
}

/// Which side of a request the caller is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    /// The commune's elected officials.
    Officials,
    /// The brigade: the request's référent, the commune's current one, or the commander.
    Brigade,
}

/// Opens a thread between a commune's elected officials and the brigade: a coordinator writes
/// to the référent of a commune they coordinate (the commune's brigade, through its
/// commander, when no référent is designated yet); the référent of a commune, or the
/// commander of the brigade covering it, writes to its officials (the thread then waits on
/// them: ANSWERED, as after any word of the brigade).
pub async fn open(
    db: &DatabaseConnection,
    throttle: &Throttles,
    viewer: &Viewer,
    input: NewRequest,
) -> AppResult<security_request::Model> {
    let principal = policy::open_security_request(viewer)?;
    // The other side hears of every request: nobody can flood them.
    throttle.message(principal.id)?;
    let commune = access::commune(db, &input.commune_code, "communeCode").await?;
    let referent = access::current_referent(db, &commune.code).await?;
    let referent_brigade = match referent {
        Some(id) => entity::app_user::Entity::find_by_id(id).one(db).await?.and_then(|user| user.brigade_id),
        None => None,
    };
    let brigade = referent_brigade.or(commune.brigade_id);
    let opener = match principal.role {
        Role::BrigadeStaff => {
            access::opens_for_brigade(principal, referent, brigade)?;
            Side::Brigade
        }
        _ => {
            policy::coordinates(principal, &commune.code)?;
            Side::Officials
        }
    };
    let subject = crate::text::line_required(
        &input.subject,
        "subject",
        SUBJECT_CHARS,
        "Donnez un objet à la demande.",
    )?;
    let body = crate::text::clean_required(&input.body, "body", BODY_CHARS, "Décrivez la demande.")?;
    let brigade = brigade
        .ok_or_else(|| AppError::bad_input("communeCode", "Aucune brigade ne couvre cette commune."))?;
    let (status, other, title) = match opener {
        Side::Officials => (SecurityRequestStatus::Open, Side::Brigade, "Nouvelle demande de sécurité"),
        Side::Brigade => (SecurityRequestStatus::Answered, Side::Officials, "Message de la brigade"),
    };
    let now = Utc::now();
    let id = SecurityRequestId::generate();
    let txn = crate::db::write(db).await?;
    security_request::Entity::insert(security_request::ActiveModel {
        id: Set(id),
        commune_code: Set(commune.code.clone()),
        brigade_id: Set(brigade),
        author_id: Set(principal.id),
        referent_id: Set(referent),
        topic: Set(input.topic),
        subject: Set(subject),
        status: Set(status),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .exec_without_returning(&txn)
    .await?;
    add_message(&txn, id, principal, body).await?;
    let request =
        security_request::Entity::find_by_id(id).one(&txn).await?.ok_or(AppError::NotFound("Demande"))?;
    tell(&txn, &request, other, title).await?;
    txn.commit().await?;
    Ok(request)
}

/// Adds a message to a request the caller is party to; the status follows who wrote last.
pub async fn reply(
    db: &DatabaseConnection,
    throttle: &Throttles,
    viewer: &Viewer,
    id: SecurityRequestId,
    body: &str,
) -> AppResult<security_request::Model> {
    let principal = viewer.principal()?;
    let (request, side) = party(db, principal, id).await?;
    throttle.message(principal.id)?;
    if request.status == SecurityRequestStatus::Closed {
        return Err(AppError::Conflict("Cette demande est close ; ouvrez-en une nouvelle.".into()));
    }
    let thread = security_request_message::Entity::find()
        .filter(security_request_message::Column::RequestId.eq(request.id))
        .count(db)
        .await?;
    if thread >= MAX_MESSAGES {
        return Err(AppError::Conflict(format!(
            "Cette demande compte déjà {MAX_MESSAGES} messages : ouvrez-en une nouvelle."
        )));
    }
    let body = crate::text::clean_required(body, "body", BODY_CHARS, "Écrivez votre message.")?;
    let status = match side {
        Side::Brigade => SecurityRequestStatus::Answered,
        Side::Officials => SecurityRequestStatus::Open,
    };
    let txn = crate::db::write(db).await?;
    add_message(&txn, request.id, principal, body).await?;
    let changed = set_status(&txn, &request, status).await?;
    let other = if side == Side::Brigade { Side::Officials } else { Side::Brigade };
    let title = if side == Side::Brigade {
        "Réponse à votre demande de sécurité"
    } else {
        "Nouveau message sur une demande de sécurité"
    };
    tell(&txn, &changed, other, title).await?;
    txn.commit().await?;
    Ok(changed)
}

/// Closes a request (either side).
pub async fn close(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: SecurityRequestId,
) -> AppResult<security_request::Model> {
    let principal = viewer.principal()?;
    let (request, _) = party(db, principal, id).await?;
    if request.status == SecurityRequestStatus::Closed {
        return Err(AppError::Conflict("Cette demande est déjà close.".into()));
    }
    let txn = crate::db::write(db).await?;
    let closed = set_status(&txn, &request, SecurityRequestStatus::Closed).await?;
    txn.commit().await?;
    Ok(closed)
}

/// The request `id` with its thread, if the caller is a party to it (`None` otherwise: a
/// request one may not read looks like a missing one).
pub async fn get(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: SecurityRequestId,
) -> AppResult<Option<security_request::Model>> {
    let principal = viewer.principal()?;
    match party(db, principal, id).await {
        Ok((request, _)) => Ok(Some(request)),
        Err(AppError::NotFound(_)) => Ok(None),
        Err(error) => Err(error),
    }
}

/// What a list may be narrowed to.
#[derive(Debug, Default)]
pub struct RequestFilter {
    pub status: Option<SecurityRequestStatus>,
    pub commune_code: Option<String>,
}

/// The requests the caller sees, newest first: a référent's or commander's brigade's, a
/// coordinator's communes'.
pub async fn list(
    db: &DatabaseConnection,
    viewer: &Viewer,
    filter: RequestFilter,
    page: PageRequest,
) -> AppResult<Page<security_request::Model>> {
    let principal = viewer.principal()?;
    let mut query = security_request::Entity::find();
    query = match access::request_reader(db, principal).await? {
        access::RequestReader::Coordinator => {
            query.filter(security_request::Column::CommuneCode.is_in(principal.coordinated.clone()))
        }
        access::RequestReader::Brigade(brigade) => {
            query.filter(security_request::Column::BrigadeId.eq(brigade))
        }
    };
    if let Some(status) = filter.status {
        query = query.filter(security_request::Column::Status.eq(status));
    }
    if let Some(code) = filter.commune_code {
        query = query.filter(security_request::Column::CommuneCode.eq(code.trim()));
    }
    pagination::by_id(db, query, security_request::Column::Id, Order::NewestFirst, page).await
}

/// The request `id` and the caller's side of it; `NOT_FOUND` if they are not a party.
async fn party(
    db: &DatabaseConnection,
    principal: &Principal,
    id: SecurityRequestId,
) -> AppResult<(security_request::Model, Side)> {
    let request =
        security_request::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound("Demande"))?;
    let side = match principal.role {
        Role::Coordinator if policy::manages_commune(principal, &request.commune_code) => {
            Some(Side::Officials)
        }
        Role::BrigadeStaff if principal.brigade == Some(request.brigade_id) => {
            let referent = request.referent_id == Some(principal.id)
                || access::current_referent(db, &request.commune_code).await? == Some(principal.id);
            (referent || principal.commander).then_some(Side::Brigade)
        }
        _ => None,
    };
    side.map(|side| (request, side)).ok_or(AppError::NotFound("Demande"))
}

async fn add_message(
    txn: &Write,
    request: SecurityRequestId,
    principal: &Principal,
    body: String,
) -> AppResult<()> {
    security_request_message::Entity::insert(security_request_message::ActiveModel {
        id: Set(Uuid::now_v7()),
        request_id: Set(request),
        author_id: Set(principal.id),
        author_role: Set(principal.role),
        body: Set(body),
        created_at: Set(Utc::now()),
    })
    .exec_without_returning(txn)
    .await?;
    Ok(())
}

async fn set_status(
    txn: &Write,
    request: &security_request::Model,
    status: SecurityRequestStatus,
) -> AppResult<security_request::Model> {
    security_request::Entity::update_many()
        .col_expr(security_request::Column::Status, sea_orm::ActiveEnum::to_value(&status).into())
        .col_expr(security_request::Column::UpdatedAt, Utc::now().into())
        .filter(security_request::Column::Id.eq(request.id))
        .exec(txn)
        .await?;
    security_request::Entity::find_by_id(request.id).one(txn).await?.ok_or(AppError::NotFound("Demande"))
}

/// Notifies `side` of a request (never the author of the message: the other side only).
async fn tell(txn: &Write, request: &security_request::Model, side: Side, title: &str) -> AppResult<()> {
    let recipients: Vec<UserId> = match side {
        Side::Officials => hearing::enrolment::coordinators_of(txn, &request.commune_code)
            .await?
            .iter()
            .map(|user| user.id)
            .collect(),
        Side::Brigade => {
            let mut ids = access::commanders(txn, request.brigade_id).await?;
            let referent = match request.referent_id {
                Some(id) => Some(id),
                None => access::current_referent(txn, &request.commune_code).await?,
            };
            ids.extend(referent);
            ids.sort();
            ids.dedup();
            ids
        }
    };
    let message =
        Message::new(NotificationKind::SecurityRequest, title, "Ouvrez Vigie pour lire la demande.")
            .commune(request.commune_code.clone())
            .subject(request.id);
    notify::deliver(txn, &recipients, &message).await?;
    Ok(())
}
