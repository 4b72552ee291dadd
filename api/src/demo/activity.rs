//! A demo with life (`serve --demo`): five weeks of plausible activity in the Territoire de
//! Belfort, played through the GraphQL API itself as each demo account would (so every rule,
//! event, notification and audit entry is the real one), then moved back in time. Residents
//! enrol (some approved, some waiting), file reports (one with a photo) that the Giromagny
//! brigade acknowledges, works, resolves, rejects and links as duplicates, with public and
//! internal notes; an alert goes to the mayor and is closed, another is open; the mayor
//! broadcasts and asks the référent for a security diagnosis; the partnership case gets its
//! reports and an action; the two burglaries of one night form an incident still waiting
//! for the brigade. Played once: a second `--demo` finds it and does nothing.

use std::net::{IpAddr, Ipv4Addr};

use anyhow::{Context, bail};
use chrono::{Duration, Utc};
use entity::{app_user, report, report_event};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::{Value, json};

use crate::{
    graphql::{self, VigieSchema},
    identity::{RequestContext, viewer},
    state::AppState,
};

/// Every demo resident's password (the README lists it).
pub const RESIDENT_PASSWORD: &str = "habitant-demo-90";
/// The marker of a played activity: the first report's client request id.
const MARKER: &str = "demo-activity-01";

/// New residents: e-mail, name, commune, decided by (`None`: left waiting).
const NEWCOMERS: [(&str, &str, &str, Option<&str>); 6] = [
    ("julien.martin@vigie.test", "Julien Martin", "90052", Some(MAYOR)),
    ("sophie.bernard@vigie.test", "Sophie Bernard", "90052", Some(MAYOR)),
    ("karim.haddad@vigie.test", "Karim Haddad", "90052", None),
    ("lucie.perrin@vigie.test", "Lucie Perrin", "90052", None),
    ("marc.dubois@vigie.test", "Marc Dubois", "90033", None),
    ("nadia.roux@vigie.test", "Nadia Roux", "90010", Some(ADMIN)),
];
const CLAIRE: &str = "habitant.giromagny@vigie.test";
const STAFF: &str = "gendarme.giromagny@vigie.test";
const MAYOR: &str = "maire.giromagny@vigie.test";
const ADMIN: &str = "admin@vigie.test";

/// The reports: reporter, category, commune, what they saw, days ago.
const REPORTS: [(&str, &str, &str, &str, i64); 12] = [
    (
        CLAIRE,
        "SUSPICIOUS_VEHICLE",
        "90052",
        "Une camionnette blanche sans plaque avant tourne dans le lotissement des Vosges depuis une heure, deux hommes regardent les maisons.",
        33,
    ),
    (
        "julien.martin@vigie.test",
        "BURGLARY",
        "90052",
        "Porte de garage forcée cette nuit rue des Prés, des outils ont disparu.",
        30,
    ),
    (
        "sophie.bernard@vigie.test",
        "BURGLARY",
        "90052",
        "Mon garage a été fracturé cette nuit, comme celui du voisin rue des Prés.",
        30,
    ),
    (
        CLAIRE,
        "MOTORBIKE_RODEO",
        "90052",
        "Rodéo de motos cross sur le chemin du stade, très bruyant et dangereux pour les enfants.",
        26,
    ),
    (
        "julien.martin@vigie.test",
        "MOTORBIKE_RODEO",
        "90052",
        "Encore des motos sans plaque qui font des roues arrière devant l'école ce soir.",
        19,
    ),
    (
        "sophie.bernard@vigie.test",
        "VANDALISM",
        "90052",
        "L'abribus de la place a été brisé cette nuit, verre partout sur le trottoir.",
        16,
    ),
    (
        CLAIRE,
        "SUSPICIOUS_BEHAVIOUR",
        "90052",
        "Deux personnes relèvent les boîtes aux lettres de la rue et notent quelque chose.",
        12,
    ),
    (
        "julien.martin@vigie.test",
        "INCIVILITIES",
        "90052",
        "Dépôt sauvage de gravats au bout du chemin forestier.",
        10,
    ),
    (
        "sophie.bernard@vigie.test",
        "DRUG_DEALING",
        "90052",
        "Allées et venues chaque soir vers 22 h derrière la salle des fêtes.",
        7,
    ),
    (CLAIRE, "OTHER", "90052", "Un chien errant très agressif dans le quartier depuis hier.", 3),
    (
        "nadia.roux@vigie.test",
        "VANDALISM",
        "90010",
        "Tags sur la façade de la médiathèque, faits cette nuit.",
        5,
    ),
    (
        "nadia.roux@vigie.test",
        "SUSPICIOUS_VEHICLE",
        "90010",
        "Une berline stationne moteur allumé devant la banque depuis une heure.",
        1,
    ),
];

/// Plays the activity unless it was played already.
pub async fn play(state: &AppState) -> anyhow::Result<()> {
    let db = &state.db;
    if report::Entity::find().filter(report::Column::ClientRequestId.eq(MARKER)).one(db).await?.is_some() {
        return Ok(());
    }
    let play = Play { schema: graphql::build_schema(state.clone()), state };
    play.enrol().await?;
    let ids = play.file().await?;
    play.triage(&ids).await?;
    play.commune_work(&ids).await?;
    backdate(state, &ids).await?;
    super::regroup::regroup(state, &ids).await?;
    tracing::info!(reports = ids.len(), "demo activity played");
    Ok(())
}

struct Play<'a> {
    schema: VigieSchema,
    state: &'a AppState,
}

impl Play<'_> {
    /// Runs `query` as the account `email` (`None`: anonymous, from `ip`), returning `data`.
    async fn run(&self, email: Option<&str>, ip: u8, query: &str, variables: Value) -> anyhow::Result<Value> {
        let viewer = match email {
            Some(email) => {
                let user = app_user::Entity::find()
                    .filter(app_user::Column::Email.eq(email))
                    .one(&self.state.db)
                    .await?
                    .with_context(|| format!("demo account {email} missing"))?;
                viewer::of_user(&self.state.db, user).await?
            }
            None => viewer::Viewer::Anonymous,
        };
        let context = RequestContext {
            viewer,
            client_ip: Some(IpAddr::V4(Ipv4Addr::new(10, 90, 0, ip))),
            refresh_cookie: None,
            cookie_writable: false,
            over_websocket: false,
        };
        let request =
            async_graphql::Request::new(query).variables(async_graphql::Variables::from_json(variables));
        let response = graphql::execute(&self.schema, self.state, context, request).await;
        if let Some(error) = response.errors.first() {
            bail!("demo step failed ({}): {}", query.chars().take(60).collect::<String>(), error.message);
        }
        Ok(response.data.into_json()?)
    }

    async fn enrol(&self) -> anyhow::Result<()> {
        let register = "mutation($i: RegisterInput!) { register(input: $i) { user { id } } }";
        let decide = "mutation($u: ID!) { decideEnrolment(userId: $u, approve: true) { id } }";
        for ((email, name, commune, decider), ip) in NEWCOMERS.iter().zip(1..) {
            let input = json!({ "i": { "email": email, "password": RESIDENT_PASSWORD, "displayName": name, "communeCode": commune } });
            let created = self.run(None, ip, register, input).await?;
            let id = created["register"]["user"]["id"].clone();
            if let Some(decider) = decider {
                self.run(Some(decider), 200, decide, json!({ "u": id })).await?;
            }
        }
        Ok(())
    }

    /// Files every report (the first with its photo); their ids in order.
    async fn file(&self) -> anyhow::Result<Vec<String>> {
        let file = "mutation($i: FileReportInput!) { fileReport(input: $i) { id } }";
        let places = super::interior_points(&super::demo_boundaries(None)?)?;
        let mut ids = Vec::new();
        for ((reporter, category, commune, description, _), n) in REPORTS.iter().zip(1..) {
            let (latitude, longitude) = *places.get(*commune).context("demo commune without a shape")?;
            // A few hundred metres apart, around the commune's interior point.
            let offset = (f64::from(n % 5) - 2.0) * 0.0012;
            let input = json!({ "i": {
                "clientRequestId": format!("demo-activity-{n:02}"),
                "categoryCode": category,
                "description": description,
                "location": { "latitude": latitude + offset, "longitude": longitude - offset / 2.0, "accuracyMeters": 12.0 },
            } });
            let filed = self.run(Some(reporter), 100, file, input).await?;
            ids.push(filed["fileReport"]["id"].as_str().context("report id")?.to_owned());
        }
        self.attach_photo(CLAIRE, &ids[0]).await?;
        Ok(ids)
    }

    async fn attach_photo(&self, reporter: &str, report: &str) -> anyhow::Result<()> {
        let bytes = super::picture::van_at_night()?;
        let ticket =
            "mutation($s: Int!) { requestPhotoUpload(contentType: \"image/png\", byteSize: $s) { photoId } }";
        let issued = self.run(Some(reporter), 100, ticket, json!({ "s": bytes.len() })).await?;
        let photo = issued["requestPhotoUpload"]["photoId"].as_str().context("photo id")?.to_owned();
        let id = photo.parse::<uuid::Uuid>().map(crate::ids::PhotoId)?;
        // What the phone's upload would have stored.
        self.state.photos.write(&crate::media::service::upload_key(id), &bytes, "image/png").await?;
        let attach = "mutation($r: ID!, $p: [ID!]!) { addReportPhotos(reportId: $r, photoIds: $p) { id } }";
        self.run(Some(reporter), 100, attach, json!({ "r": report, "p": [photo] })).await?;
        Ok(())
    }

    /// The brigade's work on its queue.
    async fn triage(&self, ids: &[String]) -> anyhow::Result<()> {
        let to = "mutation($r: ID!, $s: ReportStatus!, $p: String, $i: String) { transitionReport(reportId: $r, to: $s, publicNote: $p, internalNote: $i) { id } }";
        let step = |n: usize, status: &str, public: Option<&str>, internal: Option<&str>| json!({ "r": ids[n], "s": status, "p": public, "i": internal });
        let steps = [
            step(0, "ACKNOWLEDGED", Some("Merci, une patrouille passe dans le lotissement."), None),
            step(0, "IN_PROGRESS", None, Some("Véhicule signalé au fichier ; patrouille de nuit renforcée.")),
            step(
                0,
                "RESOLVED",
                Some("Le véhicule a été contrôlé : rien de suspect. Merci de votre vigilance."),
                Some("Contrôle 23 h 40, artisan de Lure, chantier voisin."),
            ),
            step(1, "ACKNOWLEDGED", Some("Plainte à déposer à la brigade : nous vous appelons."), None),
            step(
                1,
                "IN_PROGRESS",
                None,
                Some("Relevés d'empreintes faits ; rapprochement avec Chaux en cours."),
            ),
            step(3, "ACKNOWLEDGED", None, Some("Secteur connu : voir le dossier de partenariat.")),
            step(5, "ACKNOWLEDGED", None, None),
            step(5, "IN_PROGRESS", None, Some("Vu avec la mairie : vitrage commandé.")),
            step(5, "RESOLVED", Some("La mairie a fait remplacer la vitre ; une ronde passe le soir."), None),
            step(
                7,
                "REJECTED",
                Some("Ce dépôt relève de la mairie : il a été signalé aux services techniques."),
                None,
            ),
            step(8, "ACKNOWLEDGED", None, Some("Renseignement transmis à la brigade de recherches.")),
        ];
        for variables in steps {
            self.run(Some(STAFF), 150, to, variables).await?;
        }
        let duplicate = "mutation($r: ID!, $d: ID!) { markDuplicate(reportId: $r, duplicateOf: $d) { id } }";
        self.run(Some(STAFF), 150, duplicate, json!({ "r": ids[2], "d": ids[1] })).await?;
        let note = "mutation($r: ID!, $p: String) { addReportNote(reportId: $r, publicNote: $p) { id } }";
        let question = "Pouvez-vous nous dire dans quelle rue vous l'avez vu en dernier ?";
        self.run(Some(STAFF), 150, note, json!({ "r": ids[9], "p": question })).await?;
        // The brigade's own order: one report taken in hand, one raised.
        let me = self.run(Some(STAFF), 150, "{ me { id } }", json!({})).await?;
        let assign = "mutation($r: ID!, $u: ID) { assignReport(reportId: $r, userId: $u) { id } }";
        self.run(Some(STAFF), 150, assign, json!({ "r": ids[1], "u": me["me"]["id"] })).await?;
        let priority = "mutation($r: ID!, $w: String) { setReportPriority(reportId: $r, priority: 3, reason: $w) { id } }";
        let why = "Troisième signalement de ce type dans le secteur ce mois-ci.";
        self.run(Some(STAFF), 150, priority, json!({ "r": ids[9], "w": why })).await?;
        let comment = "mutation($r: ID!, $b: String!) { addReportComment(reportId: $r, body: $b) { id } }";
        let answer = "Rue de la Côte, vers le lavoir, ce matin vers 8 h.";
        self.run(Some(CLAIRE), 100, comment, json!({ "r": ids[9], "b": answer })).await?;
        Ok(())
    }

    /// Alerts, a broadcast, a security request, the partnership case's reports and action.
    async fn commune_work(&self, ids: &[String]) -> anyhow::Result<()> {
        let send = "mutation($c: String!, $m: String!, $r: ID) { sendInterventionAlert(communeCode: $c, message: $m, reportId: $r) { id } }";
        let sent = self
            .run(Some(STAFF), 150, send, json!({ "c": "90052", "m": "Intervention en cours rue des Prés (cambriolages) : évitez le secteur.", "r": ids[1] }))
            .await?;
        let close = "mutation($a: ID!, $m: String!) { closeInterventionAlert(id: $a, message: $m) { id } }";
        let over = "Intervention terminée rue des Prés, circulation normale.";
        self.run(Some(STAFF), 150, close, json!({ "a": sent["sendInterventionAlert"]["id"], "m": over }))
            .await?;
        let open = "Contrôles routiers en cours à l'entrée de Giromagny ce soir.";
        self.run(Some(STAFF), 150, send, json!({ "c": "90052", "m": open, "r": null })).await?;

        let broadcast = "mutation($i: BroadcastInput!) { broadcastToResidents(input: $i) { id } }";
        let expires = (Utc::now() + Duration::days(21)).to_rfc3339();
        let message = json!({ "i": {
            "communeCodes": ["90052"],
            "title": "Vague de cambriolages de garages",
            "body": "Plusieurs garages ont été fracturés rue des Prés. Fermez portes et portails, et signalez tout véhicule inhabituel dans Vigie.",
            "expiresAt": expires,
        } });
        self.run(Some(MAYOR), 200, broadcast, message).await?;

        let ask = "mutation($i: SecurityRequestInput!) { openSecurityRequest(input: $i) { id } }";
        let request = json!({ "i": {
            "communeCode": "90052",
            "topic": "SECURITY_DIAGNOSIS",
            "subject": "Diagnostic de sécurité de la salle des fêtes",
            "body": "Pouvez-vous passer voir l'éclairage et les accès de la salle des fêtes ? Des riverains signalent des allées et venues le soir.",
        } });
        let opened = self.run(Some(MAYOR), 200, ask, request).await?;
        let reply = "mutation($r: ID!, $b: String!) { replyToSecurityRequest(id: $r, body: $b) { id } }";
        let body = "Passage prévu jeudi à 14 h avec le référent sûreté du groupement.";
        self.run(Some(STAFF), 150, reply, json!({ "r": opened["openSecurityRequest"]["id"], "b": body }))
            .await?;

        let cases = "{ problemCases(first: 5) { edges { node { id } } } }";
        let listed = self.run(Some(STAFF), 150, cases, json!({})).await?;
        let case = listed["problemCases"]["edges"][0]["node"]["id"].clone();
        if case.is_null() {
            bail!("the demo's partnership case is missing");
        }
        let link =
            "mutation($c: ID!, $r: [ID!]!) { linkReportsToProblemCase(caseId: $c, reportIds: $r) { id } }";
        self.run(Some(STAFF), 150, link, json!({ "c": case, "r": [ids[3], ids[4]] })).await?;
        let action = "mutation($c: ID!, $i: ProblemCaseActionInput!) { saveProblemCaseAction(caseId: $c, input: $i) { id } }";
        let due = (Utc::now() + Duration::days(14)).date_naive().to_string();
        let input = json!({ "c": case, "i": {
            "title": "Pose de barrières au chemin du stade",
            "owner": "Services techniques de la mairie",
            "dueOn": due,
            "status": "IN_PROGRESS",
        } });
        self.run(Some(STAFF), 150, action, input).await?;
        Ok(())
    }
}

/// Moves each report and its history back by its "days ago", keeping their order and
/// spacing (the API stamped them all now).
async fn backdate(state: &AppState, ids: &[String]) -> anyhow::Result<()> {
    for (id, (.., days)) in ids.iter().zip(REPORTS.iter()) {
        let shift = Duration::days(*days) - Duration::hours(2);
        let id = crate::ids::ReportId(id.parse()?);
        let Some(row) = report::Entity::find_by_id(id).one(&state.db).await? else { continue };
        let filed = row.created_at - shift;
        // Each step of the history a few hours after the one before (never in the future).
        let step = |n: i64| (filed + Duration::hours(3 * n)).min(Utc::now());
        let events = report_event::Entity::find()
            .filter(report_event::Column::ReportId.eq(id))
            .order_by_asc(report_event::Column::Id)
            .all(&state.db)
            .await?;
        let last = i64::try_from(events.len()).unwrap_or(1).saturating_sub(1);
        for (event, n) in events.into_iter().zip(0..) {
            let mut active: report_event::ActiveModel = event.into();
            active.at = Set(step(n));
            active.update(&state.db).await?;
        }
        let mut active: report::ActiveModel = row.clone().into();
        active.observed_at = Set(filed - Duration::minutes(20));
        active.created_at = Set(filed);
        active.updated_at = Set(step(last));
        active.acknowledged_at = Set(row.acknowledged_at.map(|_| step(1)));
        // Deadlines move with the filing: the reports still waiting are overdue, as they
        // would be (the escalation sweep tells the commander on the node's first pass).
        active.acknowledge_by = Set(row.acknowledge_by.map(|at| at - shift));
        active.escalate_by = Set(row.escalate_by.map(|at| at - shift));
        active.update(&state.db).await?;
    }
    Ok(())
}
