//! The `vigie` command line as operators use it, against the database under test.

use clap::Parser;
use entity::{app_user, coordinator_commune, enums::Role};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use vigie::cli::Cli;
use vigie_tests::TestDatabase;

/// Runs `vigie <args…>` against `database`, as an operator at the command line.
pub(crate) async fn vigie(database: &TestDatabase, args: &[&str]) -> anyhow::Result<()> {
    let mut argv = vec!["vigie", "--database-url", &database.url];
    argv.extend_from_slice(args);
    vigie::cli::run(Cli::try_parse_from(argv)?).await
}

/// `vigie user create --email E --password <a long one> --role ROLE <extra…>`.
async fn create_user(
    database: &TestDatabase,
    email: &str,
    password: &str,
    role: &str,
    extra: &[&str],
) -> anyhow::Result<()> {
    let mut args = vec!["user", "create", "--email", email, "--password", password, "--role", role];
    args.extend_from_slice(extra);
    vigie(database, &args).await
}

const LONG: &str = "un mot de passe long";

/// The account with `email`, if any.
async fn user(database: &TestDatabase, email: &str) -> Option<app_user::Model> {
    app_user::Entity::find().filter(app_user::Column::Email.eq(email)).one(&database.db).await.expect("query")
}

/// The brigade with `code`, if any.
async fn brigade(database: &TestDatabase, code: &str) -> Option<entity::brigade::Model> {
    let query = entity::brigade::Entity::find().filter(entity::brigade::Column::Code.eq(code));
    query.one(&database.db).await.expect("query")
}

#[tokio::test]
async fn operators_create_staff_coordinators_and_admins() {
    let database = TestDatabase::demo().await;
    create_user(&database, "Chef.Delle@Gendarmerie.test", LONG, "BRIGADE_STAFF", &["--brigade", "BTA-DELLE"])
        .await
        .expect("staff created");
    let coordinator =
        ["--commune", "90033", "--commune", "90009", "--phone", "06 11 22 33 44", "--title", "DEPUTY_MAYOR"];
    create_user(&database, "maire@delle.test", LONG, "COORDINATOR", &coordinator)
        .await
        .expect("coordinator created");
    create_user(&database, "prefet@belfort.test", LONG, "ADMIN", &["--departement", "90"])
        .await
        .expect("admin created");
    create_user(&database, "operateur@vigie.test", LONG, "ADMIN", &["--national"])
        .await
        .expect("national admin created");
    let refused =
        create_user(&database, "personne@vigie.test", LONG, "ADMIN", &[]).await.expect_err("no scope");
    assert!(refused.to_string().contains("département"), "{refused:#}");
    let refused = create_user(&database, "faux@vigie.test", LONG, "ADMIN", &["--departement", "99"])
        .await
        .expect_err("bad code");
    assert!(refused.to_string().contains("99"), "{refused:#}");

    let staff = user(&database, "chef.delle@gendarmerie.test").await.expect("email stored normalised");
    assert_eq!(staff.role, Role::BrigadeStaff);
    assert!(staff.brigade_id.is_some());
    assert!(staff.password_hash.starts_with("$argon2id$"));

    let coordinator = user(&database, "maire@delle.test").await.expect("coordinator");
    let communes = coordinator_commune::Entity::find()
        .filter(coordinator_commune::Column::UserId.eq(coordinator.id))
        .all(&database.db)
        .await
        .expect("query");
    assert_eq!(communes.len(), 2);
    assert_eq!(coordinator.phone.as_deref(), Some("+33611223344"));
    assert_eq!(coordinator.title, Some(entity::enums::CoordinatorTitle::DeputyMayor));

    let scope = |email: &'static str| {
        let db = database.db.clone();
        async move {
            let admin = app_user::Entity::find()
                .filter(app_user::Column::Email.eq(email))
                .one(&db)
                .await
                .expect("query")
                .expect("admin");
            vigie::identity::viewer::reach_of(&db, &admin).await.expect("reach")
        }
    };
    assert_eq!(scope("prefet@belfort.test").await, vigie::identity::Reach::Departments(vec!["90".into()]));
    assert_eq!(scope("operateur@vigie.test").await, vigie::identity::Reach::National);
}

#[tokio::test]
async fn a_second_account_with_the_same_email_is_refused() {
    let database = TestDatabase::demo().await;
    let error = create_user(&database, "ADMIN@vigie.test", LONG, "ADMIN", &["--national"])
        .await
        .expect_err("duplicate refused");
    assert!(error.to_string().contains("existe déjà"), "{error:#}");
}

#[tokio::test]
async fn staff_need_a_known_brigade_and_coordinators_a_known_commune() {
    let database = TestDatabase::demo().await;
    let refused: [(&str, &str, &[&str]); 6] = [
        ("BRIGADE_STAFF", LONG, &[]),
        ("BRIGADE_STAFF", LONG, &["--brigade", "NOPE"]),
        ("COORDINATOR", LONG, &["--commune", "99999"]),
        ("COORDINATOR", LONG, &["--commune", "90052", "--phone", "12"]),
        ("ADMIN", "court", &[]),
        ("RESIDENT", LONG, &["--commune", "90075"]),
    ];
    for (role, password, extra) in refused {
        let result = create_user(&database, "a@b.test", password, role, extra).await;
        assert!(result.is_err(), "{role} {extra:?} was accepted");
    }
    let users = app_user::Entity::find()
        .filter(app_user::Column::Email.eq("a@b.test"))
        .all(&database.db)
        .await
        .expect("query");
    assert!(users.is_empty(), "a refused account was half-written");
}

/// `vigie import brigades` of a CSV file holding `content`.
async fn import_brigades(database: &TestDatabase, content: &str) -> anyhow::Result<()> {
    let dir = tempfile::tempdir().expect("temp dir");
    let csv = dir.path().join("brigades.csv");
    std::fs::write(&csv, content).expect("write");
    vigie(database, &["import", "brigades", csv.to_str().expect("utf-8")]).await
}

/// The commune with INSEE `code`.
async fn commune(database: &TestDatabase, code: &str) -> entity::commune::Model {
    let found = entity::commune::Entity::find_by_id(code.to_owned()).one(&database.db).await.expect("query");
    found.expect("commune")
}

#[tokio::test]
async fn brigades_import_from_csv_assigns_their_communes() {
    let database = TestDatabase::demo().await;
    let header = "code;name;kind;phone;email;address;communes";
    import_brigades(
        &database,
        &format!("{header}\nBTA-ETUEFFONT;Brigade d'Étueffont;GENDARMERIE;17;;;90041 90003\n"),
    )
    .await
    .expect("import");
    let assigned = brigade(&database, "BTA-ETUEFFONT").await.expect("brigade");
    assert_eq!(commune(&database, "90041").await.brigade_id, Some(assigned.id));
    assert_eq!(assigned.department.as_deref(), Some("90"), "taken from the communes it covers");

    assert!(
        import_brigades(&database, &format!("{header}\nBTA-X;X;GENDARMERIE;;;;90041 99999\n")).await.is_err()
    );
    assert!(brigade(&database, "BTA-X").await.is_none(), "a failed import left a brigade behind");
}

#[tokio::test]
async fn a_brigade_covering_no_commune_needs_its_departement() {
    let database = TestDatabase::demo().await;
    let row = |departement: &str| {
        format!(
            "code;name;kind;phone;email;address;communes;departement\nPM-DELLE;Police municipale de Delle;POLICE_MUNICIPALE;;;;;{departement}\n"
        )
    };
    let error = import_brigades(&database, &row("")).await.expect_err("refused");
    assert!(format!("{error:#}").contains("departement"), "{error:#}");
    assert!(import_brigades(&database, &row("2C")).await.is_err());
    import_brigades(&database, &row("90")).await.expect("imported");
    let brigade = brigade(&database, "PM-DELLE").await.expect("brigade");
    assert_eq!(brigade.department.as_deref(), Some("90"));
}

#[tokio::test]
async fn operators_join_communes_set_overrides_and_disable_accounts_from_the_command_line() {
    let database = TestDatabase::demo().await;
    vigie(&database, &["commune", "join", "90041", "--on", "2026-11-02", "--reference", "PC-90-2026-041"])
        .await
        .expect("joined");
    let commune = commune(&database, "90041").await;
    assert!(commune.participating);
    assert_eq!(commune.participating_since.map(|date| date.to_string()).as_deref(), Some("2026-11-02"));
    let again =
        vigie(&database, &["commune", "join", "90041", "--on", "2026-11-02"]).await.expect_err("twice");
    assert!(again.to_string().contains("participe déjà"), "{again:#}");
    vigie(&database, &["commune", "leave", "90041", "--on", "2026-11-20"]).await.expect("left");

    vigie(&database, &["commune", "route", "90052", "--category", "VANDALISM", "--brigade", "PM-BELFORT"])
        .await
        .expect("override set");
    let rules = entity::routing_rule::Entity::find()
        .filter(entity::routing_rule::Column::CommuneCode.eq("90052"))
        .all(&database.db)
        .await
        .expect("query");
    assert_eq!(rules.len(), 1);
    vigie(&database, &["commune", "route", "90052", "--category", "VANDALISM"])
        .await
        .expect("override removed");

    vigie(&database, &["user", "disable", "Gendarme.Giromagny@vigie.test", "--reason", "Mutation"])
        .await
        .expect("disabled");
    let staff = user(&database, "gendarme.giromagny@vigie.test").await.expect("staff");
    assert!(staff.disabled_at.is_some());
    vigie(&database, &["user", "enable", "gendarme.giromagny@vigie.test"]).await.expect("enabled");
    vigie(&database, &["user", "move", "gendarme.giromagny@vigie.test", "--brigade", "BTA-DELLE"])
        .await
        .expect("moved");
    vigie(&database, &["user", "reset-password", "gendarme.giromagny@vigie.test"])
        .await
        .expect("code issued");
    let codes = entity::password_reset::Entity::find().all(&database.db).await.expect("query");
    assert_eq!(codes.len(), 1);
    assert!(vigie(&database, &["user", "disable", "personne@vigie.test", "--reason", "x"]).await.is_err());
}

/// `vigie <args…>` run as a process against `database`: its standard output.
async fn vigie_output(database: &TestDatabase, args: &[&str]) -> String {
    let output = tokio::process::Command::new(vigie_tests::node::binary())
        .args(["--database-url", &database.url])
        .args(args)
        .env_remove("DATABASE_URL")
        .output()
        .await
        .expect("vigie runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[tokio::test]
async fn operators_list_accounts_and_create_partners_of_an_organisation() {
    let app = vigie_tests::TestApp::spawn().await;
    // The demo has this organisation.
    let database = &app.database;
    create_user(
        database,
        "gardien@territoire-habitat.test",
        LONG,
        "PARTNER",
        &["--organisation", "Territoire Habitat"],
    )
    .await
    .expect("partner created");
    let unknown =
        create_user(database, "autre@bailleur.test", LONG, "PARTNER", &["--organisation", "Inconnu"]).await;
    assert!(unknown.is_err(), "an unknown organisation is refused");

    let partners = vigie_output(database, &["user", "list", "--role", "PARTNER"]).await;
    let lines: Vec<&str> = partners.lines().skip(1).collect();
    assert_eq!(lines.len(), 1, "{partners}");
    assert!(
        lines[0].contains("gardien@territoire-habitat.test") && lines[0].contains("\tPARTNER\t"),
        "{partners}"
    );

    let brigade = vigie_output(database, &["user", "list", "--brigade", "COB-GIROMAGNY"]).await;
    assert!(brigade.lines().count() > 1, "{brigade}");
    assert!(
        brigade
            .lines()
            .skip(1)
            .all(|line| line.contains("\tBRIGADE_STAFF\t") && line.contains("COB-GIROMAGNY"))
    );

    let commune =
        vigie_output(database, &["user", "list", "--commune", "90052", "--role", "COORDINATOR"]).await;
    assert!(commune.lines().skip(1).all(|line| line.contains("90052")), "{commune}");
    assert!(commune.lines().count() > 1, "the commune's coordinators: {commune}");

    let limited = vigie_output(database, &["user", "list", "--limit", "1"]).await;
    assert_eq!(limited.lines().count(), 3, "header, one account, the note: {limited}");
    assert!(!limited.contains("Compte supprimé"), "the erased reporters' placeholder is no account");
}
