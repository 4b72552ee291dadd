//! The demo's partnership work, through the same services as the API: the Giromagny
//! brigade's staff member commands it and is référent of Giromagny, a social landlord is a
//! partner, and one problem case is open — so the consoles have something to show.

use anyhow::Context;
use entity::{app_user, brigade, commune, enums::PartnerKind, partner_organisation, problem_case};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

use crate::{
    identity::{account_state, actor::Actor, viewer},
    partnership::{cases, partners, referents},
};

const STAFF: &str = "gendarme.giromagny@vigie.test";
const CASE_TITLE: &str = "Rodéos motorisés autour du lotissement des Vosges";

pub async fn seed(db: &DatabaseConnection) -> anyhow::Result<()> {
    let staff = app_user::Entity::find()
        .filter(app_user::Column::Email.eq(STAFF))
        .one(db)
        .await?
        .context("demo staff member missing")?;
    if !staff.commander {
        account_state::set_staff_profile(
            db,
            &Actor::operator(),
            staff.id,
            true,
            Some("Adjudant-chef, commandant de brigade"),
        )
        .await?;
    }
    let staff = viewer::active_user(db, staff.id).await?;
    let as_staff = viewer::of_user(db, staff.clone()).await?;
    if crate::partnership::access::current_referent(db, "90052").await?.is_none() {
        referents::designate(db, &as_staff, "90052", staff.id).await?;
    }
    let as_staff = viewer::of_user(db, staff.clone()).await?;
    let exists = partner_organisation::Entity::find()
        .filter(partner_organisation::Column::Department.eq("90"))
        .count(db)
        .await?;
    if exists == 0 {
        let organisation = partners::OrganisationInput {
            id: None,
            name: "Territoire Habitat".to_owned(),
            kind: PartnerKind::SocialLandlord,
            department: "90".to_owned(),
        };
        partners::save(db, &as_staff, organisation).await?;
    }
    if problem_case::Entity::find().filter(problem_case::Column::Title.eq(CASE_TITLE)).count(db).await? > 0 {
        return Ok(());
    }
    let brigade = brigade::Entity::find()
        .filter(brigade::Column::Code.eq("COB-GIROMAGNY"))
        .one(db)
        .await?
        .context("demo brigade missing")?;
    let neighbour = commune::Entity::find()
        .filter(commune::Column::BrigadeId.eq(brigade.id))
        .filter(commune::Column::Code.ne("90052"))
        .order_by_asc(commune::Column::Code)
        .one(db)
        .await?
        .context("a second commune of the Giromagny brigade")?;
    let case = cases::NewCase {
        title: CASE_TITLE.to_owned(),
        problem: "Des deux-roues motorisés tournent le soir entre le lotissement et le terrain de sport ; bruit et risques pour les piétons.".to_owned(),
        commune_codes: vec!["90052".to_owned(), neighbour.code],
        sector: None,
        category_codes: vec!["MOTORBIKE_RODEO".to_owned()],
    };
    let opened = cases::open(db, &as_staff, case).await?;
    let organisation = partner_organisation::Entity::find()
        .filter(partner_organisation::Column::Department.eq("90"))
        .one(db)
        .await?
        .context("demo partner missing")?;
    cases::add_member(db, &as_staff, opened.id, cases::NewMember::Organisation(organisation.id)).await?;
    Ok(())
}
