//! The demo territory: the Territoire de Belfort with real commune boundaries, plausible
//! brigades, nine participating communes, the default categories and one account of each
//! role. Safe to run twice: everything is an upsert or skipped when present.

pub mod activity;
mod partnership;
mod picture;
mod regroup;

use std::path::Path;

use anyhow::Context;
use entity::{
    app_user, brigade, category, commune,
    enums::{BrigadeKind, CoordinatorTitle, EnrolmentStatus, Role},
};
use geo::{Distance, Euclidean, InteriorPoint, Point};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, sea_query::OnConflict,
};

use crate::{
    admin::{
        communes::{self, ParticipationChange},
        routing_rules,
    },
    identity::{
        Email, Password, Reach,
        accounts::{self, NewAccount},
        actor::Actor,
        phone::Phone,
    },
    routing::geojson::FeatureCollection,
    territory::{
        brigade_import::{self, BrigadeRecord},
        import,
    },
};

/// The boundary file of the demo département, as published in `shared/data`.
pub const DEMO_BOUNDARIES: &str = "france-communes-2018/communes-90-territoire-de-belfort.geojson";

/// The same file, shipped with the project (`api/data/`, IGN/INSEE, Licence Ouverte) and
/// embedded in the binary: the demo works in any clone.
const EMBEDDED_BOUNDARIES: &str = include_str!("../../data/communes-90-territoire-de-belfort.geojson");

/// The nine communes that joined the scheme in the demo.
pub const PARTICIPATING: [&str; 9] =
    ["90010", "90008", "90032", "90099", "90052", "90033", "90009", "90053", "90089"];

/// Urban communes of the Belfort police zone (police nationale).
const POLICE_ZONE: [&str; 8] = ["90010", "90008", "90029", "90032", "90039", "90075", "90076", "90099"];

/// Gendarmerie brigades and the commune each sits in; every other commune goes to the
/// nearest seat.
const GENDARMERIE: [(&str, &str, &str); 6] = [
    ("BTA-DELLE", "Brigade territoriale autonome de Delle", "90033"),
    ("COB-GIROMAGNY", "Communauté de brigades de Giromagny", "90052"),
    ("BTA-ROUGEMONT", "Brigade territoriale de Rougemont-le-Château", "90089"),
    ("BTA-GRANDVILLARS", "Brigade territoriale de Grandvillars", "90053"),
    ("BTA-BEAUCOURT", "Brigade territoriale de Beaucourt", "90009"),
    ("BTA-FONTAINE", "Brigade territoriale de Fontaine", "90047"),
];

const URGENT: &str = "En cas d'urgence ou de danger immédiat, composez le 17 ou le 112 : Vigie ne remplace pas un appel d'urgence.";

/// Default categories seen together around one intrusion: they form incidents together.
const INTRUSION: [&str; 3] = ["SUSPICIOUS_VEHICLE", "SUSPICIOUS_BEHAVIOUR", "BURGLARY"];

/// Default categories: code, French label, urgent advice, urgency (3 = most urgent).
pub const CATEGORIES: [(&str, &str, &str, i32, Option<&str>); 11] = [
    ("SUSPICIOUS_VEHICLE", "Véhicule suspect", URGENT, 2, None),
    ("SUSPICIOUS_BEHAVIOUR", "Comportement suspect", URGENT, 2, None),
    (
        "BURGLARY",
        "Cambriolage ou tentative",
        "Cambriolage en cours : composez immédiatement le 17 ou le 112, ne vous interposez pas et ne touchez à rien pour préserver les traces.",
        3,
        None,
    ),
    ("VANDALISM", "Dégradations, vandalisme", URGENT, 1, None),
    (
        "MOTORBIKE_RODEO",
        "Rodéo motorisé",
        "Ne cherchez pas à intervenir. En cas de danger immédiat, composez le 17 ou le 112.",
        2,
        None,
    ),
    (
        "DRUG_DEALING",
        "Trafic de stupéfiants",
        "Ne cherchez pas à intervenir ni à photographier les personnes de près. En cas de danger, composez le 17 ou le 112.",
        2,
        None,
    ),
    (
        "VIOLENCE",
        "Actes de violence",
        "Si les violences continuent ou si quelqu'un est blessé, composez le 17 ou le 112 (le 114 par SMS).",
        3,
        None,
    ),
    (
        "VIOLENCE_IN_PROGRESS",
        "Violences en cours",
        "Composez le 17 ou le 112 (le 114 par SMS).",
        3,
        Some(
            "Violences en cours : composez le 17 ou le 112 (le 114 par SMS). Vigie n'est pas un service d'urgence.",
        ),
    ),
    ("TRAFFICKING", "Trafics (hors stupéfiants)", URGENT, 2, None),
    ("INCIVILITIES", "Incivilités", URGENT, 1, None),
    ("OTHER", "Autre fait suspect", URGENT, 1, None),
];

/// The demo accounts (also listed in the README): email, password, name, role.
pub const DEMO_ACCOUNTS: [(&str, &str, &str, Role); 4] = [
    ("admin@vigie.test", "prefecture-demo-90", "Préfecture du Territoire de Belfort", Role::Admin),
    ("gendarme.giromagny@vigie.test", "brigade-demo-90", "Adjudant Morel", Role::BrigadeStaff),
    ("maire.giromagny@vigie.test", "commune-demo-90", "Mairie de Giromagny", Role::Coordinator),
    ("habitant.giromagny@vigie.test", "habitant-demo-90", "Claire Habitante", Role::Resident),
];

/// The demo communes: from `explicit` when given, else the copy embedded in the binary.
pub fn demo_boundaries(explicit: Option<&Path>) -> anyhow::Result<FeatureCollection> {
    match explicit {
        Some(path) => import::read_feature_collection(path),
        None => serde_json::from_str(EMBEDDED_BOUNDARIES).context("the embedded demo boundaries"),
    }
}

/// Inserts the default categories that are missing (existing ones keep their edits).
pub async fn seed_categories(db: &DatabaseConnection) -> anyhow::Result<()> {
    let rows = CATEGORIES.iter().zip(0..).map(|((code, label, advice, urgency, diversion), position)| {
        category::ActiveModel {
            code: Set((*code).to_owned()),
            label: Set((*label).to_owned()),
            urgent_advice: Set(Some((*advice).to_owned())),
            position: Set(position),
            active: Set(true),
            urgency: Set(*urgency),
            diversion: Set(diversion.map(str::to_owned)),
            incident_group: Set(INTRUSION.contains(code).then(|| "INTRUSION".to_owned())),
        }
    });
    let txn = crate::db::write(db).await?;
    category::Entity::insert_many(rows)
        .on_conflict(OnConflict::column(category::Column::Code).do_nothing().to_owned())
        .exec_without_returning(&txn)
        .await?;
    // Running nodes read categories from their routing snapshot.
    crate::routing::store::bump_revision(&txn).await?;
    txn.commit().await?;
    Ok(())
}

/// An interior point (latitude, longitude) of each demo commune.
pub fn interior_points(
    collection: &FeatureCollection,
) -> anyhow::Result<std::collections::HashMap<String, (f64, f64)>> {
    let mut points = std::collections::HashMap::new();
    for feature in &collection.features {
        let code = feature.property(&["code"]).context("feature without code")?;
        let shape = feature.geometry.as_ref().context("feature without geometry")?.to_multi_polygon()?;
        let point = shape.interior_point().context("empty boundary")?;
        points.insert(code, (point.y(), point.x()));
    }
    Ok(points)
}

/// Loads the whole demo territory.
pub async fn seed_demo(db: &DatabaseConnection, collection: &FeatureCollection) -> anyhow::Result<()> {
    seed_categories(db).await?;
    let summary = import::import_communes(db, collection).await?;
    tracing::info!(inserted = summary.inserted, updated = summary.updated, "demo communes imported");
    brigade_import::import_brigades(db, &demo_brigades(collection)?).await?;
    configure_participation(db).await?;
    seed_accounts(db).await?;
    partnership::seed(db).await?;
    Ok(())
}

fn demo_brigades(collection: &FeatureCollection) -> anyhow::Result<Vec<BrigadeRecord>> {
    let mut centres = Vec::new();
    for feature in &collection.features {
        let code = feature.property(&["code"]).context("feature without code")?;
        let shape = feature.geometry.as_ref().context("feature without geometry")?.to_multi_polygon()?;
        centres.push((code, shape.interior_point().context("empty boundary")?));
    }
    let centre_of =
        |code: &str| centres.iter().find(|(candidate, _)| candidate == code).map(|(_, point)| *point);
    let seats: Vec<(usize, Point<f64>)> = GENDARMERIE
        .iter()
        .enumerate()
        .map(|(at, (_, _, seat))| {
            centre_of(seat).map(|point| (at, point)).context("brigade seat not in the file")
        })
        .collect::<anyhow::Result<_>>()?;
    let mut records: Vec<BrigadeRecord> = GENDARMERIE
        .iter()
        .map(|(code, name, _)| record(code, name, BrigadeKind::Gendarmerie, "17"))
        .collect();
    let mut police = record(
        "CSP-BELFORT",
        "Commissariat de police de Belfort",
        BrigadeKind::PoliceNationale,
        "03 84 58 50 00",
    );
    for (code, centre) in &centres {
        if POLICE_ZONE.contains(&code.as_str()) {
            police.communes.push(code.clone());
            continue;
        }
        let nearest = seats
            .iter()
            .min_by(|a, b| Euclidean.distance(a.1, *centre).total_cmp(&Euclidean.distance(b.1, *centre)))
            .map_or(0, |(at, _)| *at);
        records[nearest].communes.push(code.clone());
    }
    records.push(police);
    records.push(record(
        "PM-BELFORT",
        "Police municipale de Belfort",
        BrigadeKind::PoliceMunicipale,
        "03 84 54 24 24",
    ));
    Ok(records)
}

fn record(code: &str, name: &str, kind: BrigadeKind, phone: &str) -> BrigadeRecord {
    BrigadeRecord {
        code: code.to_owned(),
        name: name.to_owned(),
        kind,
        phone: Some(phone.to_owned()),
        email: None,
        address: None,
        department: Some("90".to_owned()),
        communes: Vec::new(),
        area: None,
    }
}

/// Records the nine communes' protocols and sends incivilities in Belfort to its municipal
/// police, through the same services an admin uses (history and audit included).
async fn configure_participation(db: &DatabaseConnection) -> anyhow::Result<()> {
    let operator = Actor::operator();
    let effective_on = chrono::NaiveDate::from_ymd_opt(2025, 1, 15).context("a valid date")?;
    for code in PARTICIPATING {
        let commune =
            commune::Entity::find_by_id(code.to_owned()).one(db).await?.context("demo commune missing")?;
        if commune.participating {
            continue;
        }
        let change = ParticipationChange {
            commune: code.to_owned(),
            participating: true,
            effective_on,
            reference: Some(format!("PC-90-2025-{code}")),
        };
        communes::set_participation(db, &operator, change).await?;
    }
    let municipal = brigade::Entity::find()
        .filter(brigade::Column::Code.eq("PM-BELFORT"))
        .one(db)
        .await?
        .context("municipal police missing")?;
    routing_rules::set(db, &operator, "90010", "INCIVILITIES", Some(municipal.id)).await?;
    Ok(())
}

async fn seed_accounts(db: &DatabaseConnection) -> anyhow::Result<()> {
    for (email, password, name, role) in DEMO_ACCOUNTS {
        let exists =
            app_user::Entity::find().filter(app_user::Column::Email.eq(email)).one(db).await?.is_some();
        if exists {
            continue;
        }
        let account = NewAccount {
            email: Email::parse(email, "email")?,
            password: Password::new(password.to_owned(), "password")?.into(),
            display_name: name.to_owned(),
            phone: Phone::parse_optional((role == Role::Coordinator).then_some("+33600000090"), "phone")?,
            role,
            brigade_code: (role == Role::BrigadeStaff).then(|| "COB-GIROMAGNY".to_owned()),
            commune_codes: match role {
                Role::Coordinator | Role::Resident => vec!["90052".to_owned()],
                _ => Vec::new(),
            },
            enrolment: EnrolmentStatus::Approved,
            // The prefecture of the Territoire de Belfort administers its département.
            reach: if role == Role::Admin {
                Reach::Departments(vec!["90".to_owned()])
            } else {
                Reach::Nothing
            },
            title: (role == Role::Coordinator).then_some(CoordinatorTitle::Mayor),
            organisation: None,
        };
        accounts::create_account(db, account, accounts::Origin::operator()).await?;
    }
    Ok(())
}
