//! The `vigie` command line as operators use it, against the database under test.

use clap::Parser;
use entity::{app_user, coordinator_commune, enums::Role};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use vigie::cli::Cli;
use vigie_tests::TestDatabase;

async fn vigie(database: &TestDatabase, args: &[&str]) -> anyhow::Result<()> {
    let mut argv = vec!["vigie", "--database-url", &database.url];
    argv.extend_from_slice(args);
    vigie::cli::run(Cli::try_parse_from(argv)?).await
}

#[tokio::test]
async fn operators_create_staff_coordinators_and_admins() {
    let database = TestDatabase::demo().await;
    vigie(
        &database,
        &[
            "user",
            "create",
            "--email",
            "Chef.Delle@Gendarmerie.test",
            "--password",
            "un mot de passe long",
            "--role",
            "BRIGADE_STAFF",
            "--brigade",
            "BTA-DELLE",
        ],
    )
    .await
    .expect("staff created");
    vigie(
        &database,
        &[
            "user",
            "create",
            "--email",
            "maire@delle.test",
            "--password",
            "un mot de passe long",
            "--role",
            "COORDINATOR",
            "--commune",
            "90033",
            "--commune",
            "90009",
            "--phone",
            "+33611223344",
        ],
    )
    .await
    .expect("coordinator created");
    vigie(
        &database,
        &[
            "user",
            "create",
            "--email",
            "prefet@belfort.test",
            "--password",
            "un mot de passe long",
            "--role",
            "ADMIN",
        ],
    )
    .await
    .expect("admin created");

    let staff = app_user::Entity::find()
        .filter(app_user::Column::Email.eq("chef.delle@gendarmerie.test"))
        .one(&database.db)
        .await
        .expect("query")
        .expect("email stored normalised");
    assert_eq!(staff.role, Role::BrigadeStaff);
    assert!(staff.brigade_id.is_some());
    assert!(staff.password_hash.starts_with("$argon2id$"));

    let coordinator = app_user::Entity::find()
        .filter(app_user::Column::Email.eq("maire@delle.test"))
        .one(&database.db)
        .await
        .expect("query")
        .expect("coordinator");
    let communes = coordinator_commune::Entity::find()
        .filter(coordinator_commune::Column::UserId.eq(coordinator.id))
        .all(&database.db)
        .await
        .expect("query");
    assert_eq!(communes.len(), 2);
    assert_eq!(coordinator.phone.as_deref(), Some("+33611223344"));
}

#[tokio::test]
async fn a_second_account_with_the_same_email_is_refused() {
    let database = TestDatabase::demo().await;
    let error = vigie(
        &database,
        &[
            "user",
            "create",
            "--email",
            "ADMIN@vigie.test",
            "--password",
            "un mot de passe long",
            "--role",
            "ADMIN",
        ],
    )
    .await
    .expect_err("duplicate refused");
    assert!(error.to_string().contains("existe déjà"), "{error:#}");
}

#[tokio::test]
async fn staff_need_a_known_brigade_and_coordinators_a_known_commune() {
    let database = TestDatabase::demo().await;
    let no_brigade = vigie(
        &database,
        &[
            "user",
            "create",
            "--email",
            "a@b.test",
            "--password",
            "un mot de passe long",
            "--role",
            "BRIGADE_STAFF",
        ],
    )
    .await;
    assert!(no_brigade.is_err());
    let unknown_brigade = vigie(
        &database,
        &[
            "user",
            "create",
            "--email",
            "a@b.test",
            "--password",
            "un mot de passe long",
            "--role",
            "BRIGADE_STAFF",
            "--brigade",
            "NOPE",
        ],
    )
    .await;
    assert!(unknown_brigade.is_err());
    let unknown_commune = vigie(
        &database,
        &[
            "user",
            "create",
            "--email",
            "a@b.test",
            "--password",
            "un mot de passe long",
            "--role",
            "COORDINATOR",
            "--commune",
            "99999",
        ],
    )
    .await;
    assert!(unknown_commune.is_err());
    let short_password = vigie(
        &database,
        &["user", "create", "--email", "a@b.test", "--password", "court", "--role", "ADMIN"],
    )
    .await;
    assert!(short_password.is_err());
    let users = app_user::Entity::find()
        .filter(app_user::Column::Email.eq("a@b.test"))
        .all(&database.db)
        .await
        .expect("query");
    assert!(users.is_empty(), "a refused account was half-written");
}

#[tokio::test]
async fn brigades_import_from_csv_assigns_their_communes() {
    let database = TestDatabase::demo().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let csv = dir.path().join("brigades.csv");
    std::fs::write(&csv, "code;name;kind;phone;email;address;communes\nBTA-ETUEFFONT;Brigade d'Étueffont;GENDARMERIE;17;;;90041 90003\n").expect("write");
    vigie(&database, &["import", "brigades", csv.to_str().expect("utf-8")]).await.expect("import");
    let etueffont = entity::commune::Entity::find_by_id("90041")
        .one(&database.db)
        .await
        .expect("query")
        .expect("commune");
    let brigade = entity::brigade::Entity::find_by_id(etueffont.brigade_id.expect("assigned"))
        .one(&database.db)
        .await
        .expect("query")
        .expect("brigade");
    assert_eq!(brigade.code, "BTA-ETUEFFONT");

    std::fs::write(&csv, "code;name;kind;phone;email;address;communes\nBTA-X;X;GENDARMERIE;;;;90041 99999\n")
        .expect("write");
    assert!(vigie(&database, &["import", "brigades", csv.to_str().expect("utf-8")]).await.is_err());
    let none = entity::brigade::Entity::find()
        .filter(entity::brigade::Column::Code.eq("BTA-X"))
        .one(&database.db)
        .await
        .expect("query");
    assert!(none.is_none(), "a failed import left a brigade behind");
}
