//! An account: resident, coordinator, brigade staff or admin.

use sea_orm::entity::prelude::*;

use crate::ids::{BrigadeId, OrganisationId, UserId};

use crate::enums::{CoordinatorTitle, EnrolmentStatus, Role};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "app_user")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: UserId,
    /// Normalised (trimmed, lower-cased); unique.
    #[sea_orm(unique)]
    pub email: String,
    /// Argon2id PHC string; never leaves the identity module.
    pub password_hash: String,
    pub display_name: String,
    pub phone: Option<String>,
    pub role: Role,
    /// A resident's commune.
    pub commune_code: Option<String>,
    /// A staff member's brigade.
    pub brigade_id: Option<BrigadeId>,
    /// Residents only.
    pub enrolment_status: Option<EnrolmentStatus>,
    /// Coordinators: whether intervention alerts may be sent by SMS.
    pub sms_alerts: bool,
    /// Set when an admin disables the account: its tokens stop working at once.
    pub disabled_at: Option<DateTimeUtc>,
    /// Admins: whether they administer every département (else those of `admin_department`).
    pub national_admin: bool,
    /// Coordinators: maire, adjoint or citoyen référent.
    pub title: Option<CoordinatorTitle>,
    /// Quiet hours for non-urgent pushes, minutes after midnight, Paris time.
    pub quiet_start: Option<i16>,
    pub quiet_end: Option<i16>,
    /// Staff: commands their brigade (designates référents, sees every security request).
    pub commander: bool,
    /// Staff: grade or function shown to elected officials ("Adjudant-chef").
    pub rank: Option<String>,
    /// Partners: their organisation.
    pub organisation_id: Option<OrganisationId>,
    /// How many times every session of the account was ended; access tokens carry the
    /// value they were issued under and stop working once it moved on.
    pub session_epoch: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// Whether the account may act: neither disabled nor suspended.
    pub fn is_active(&self) -> bool {
        self.disabled_at.is_none() && self.enrolment_status != Some(EnrolmentStatus::Suspended)
    }
}
