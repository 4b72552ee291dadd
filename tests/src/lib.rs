//! The one test harness: `TestApp::spawn()` gives a fresh database (SQLite by default,
//! PostgreSQL when `TEST_DATABASE_URL` is set), the demo territory, the server on port 0,
//! and clients that speak GraphQL over HTTP.

pub mod fcm;
pub mod gateway;
pub mod images;
pub mod live;
pub mod node;
pub mod pg;
pub mod smtp;
mod template;
pub mod territory;

use std::{net::SocketAddr, path::PathBuf};

use sea_orm::{ConnectionTrait, DatabaseConnection};
use serde_json::{Value, json};
use vigie::{config::Config, state::AppState};

/// Which database backend this test run uses.
pub fn backend_name() -> &'static str {
    if std::env::var_os("TEST_DATABASE_URL").is_some() { "postgres" } else { "sqlite" }
}

/// `shared/data` beside the checkout (overridable with `VIGIE_SHARED_DATA`).
pub fn shared_data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("VIGIE_SHARED_DATA") {
        return PathBuf::from(dir);
    }
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/data");
    assert!(dir.is_dir(), "shared data not found at {} (set VIGIE_SHARED_DATA)", dir.display());
    dir
}

/// The URL of database `name` on the server of `admin_url`.
fn database_url(admin_url: &str, name: &str) -> String {
    let base = admin_url.rsplit_once('/').map_or(admin_url, |(base, _)| base);
    format!("{base}/{name}")
}

fn data_dir() -> tempfile::TempDir {
    tempfile::Builder::new().prefix("vigie-test-").tempdir().expect("data dir")
}

/// A PostgreSQL database a test created is dropped when the test ends (its connections
/// closed by force); SQLite files and data folders go with their temporary directories.
impl Drop for TestDatabase {
    fn drop(&mut self) {
        let (Some(name), Ok(admin_url)) = (self.created.take(), std::env::var("TEST_DATABASE_URL")) else {
            return;
        };
        // Drop runs inside the test's runtime: do the async work on a thread of our own.
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().ok()?;
            runtime.block_on(async {
                let admin = vigie::db::connect_url(&admin_url, 1).await.ok()?;
                admin
                    .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                    .await
                    .ok()?;
                admin.close().await.ok()
            })
        });
        let _ = dropped.join();
    }
}

/// A fresh, migrated, empty database, and the URL to reach it.
pub struct TestDatabase {
    pub db: DatabaseConnection,
    pub url: String,
    /// The SQLite file's folder; removed with the database.
    _dir: Option<tempfile::TempDir>,
    /// The data folder of the servers over this database (keys, media); removed with it.
    data: tempfile::TempDir,
    /// The PostgreSQL database this test created, dropped when it ends.
    created: Option<String>,
}

impl TestDatabase {
    /// Without migrations.
    pub async fn blank() -> Self {
        match std::env::var("TEST_DATABASE_URL") {
            Ok(admin_url) => Self::postgres(&admin_url, None).await,
            Err(_) => Self::sqlite(None).await,
        }
    }

    /// Migrated.
    pub async fn migrated() -> Self {
        let database = Self::blank().await;
        vigie::db::migrate(&database.db).await.expect("migrations apply");
        database
    }

    /// Migrated, with the demo territory: a copy of the run's template.
    pub async fn demo() -> Self {
        match template::get() {
            template::Template::Postgres(template) => {
                let admin_url = std::env::var("TEST_DATABASE_URL").expect("TEST_DATABASE_URL");
                Self::postgres(&admin_url, Some(template)).await
            }
            template::Template::Sqlite(template) => Self::sqlite(Some(template)).await,
        }
    }

    /// The database at `url` (a private cluster's), migrated, with the demo territory.
    pub async fn demo_at(url: &str) -> Self {
        let db = vigie::db::connect_url(url, 5).await.expect("connect");
        vigie::db::migrate(&db).await.expect("migrations apply");
        let communes = vigie::demo::demo_boundaries(None).expect("demo boundaries");
        vigie::demo::seed_demo(&db, &communes).await.expect("demo seeded");
        Self { db, url: url.to_owned(), _dir: None, data: data_dir(), created: None }
    }

    /// The database at `url` as it is (a restored dump).
    pub async fn at(url: &str) -> Self {
        let db = vigie::db::connect_url(url, 5).await.expect("connect");
        Self { db, url: url.to_owned(), _dir: None, data: data_dir(), created: None }
    }

    /// The data folder of the servers over this database (keys, media).
    pub fn data_dir(&self) -> PathBuf {
        self.data.path().join("data")
    }

    /// The embedded database of data folder `root/data` (as `vigie restore` leaves it).
    pub async fn embedded_in(root: tempfile::TempDir) -> Self {
        let path = root.path().join("data").join("vigie.db");
        let db = vigie::db::connect_sqlite_file(&path, 5).await.expect("open SQLite");
        let url = format!("sqlite://{}?mode=rwc", path.display());
        Self { db, url, _dir: None, data: root, created: None }
    }

    /// A new database on the server of `admin_url`, empty or a copy of `template`.
    async fn postgres(admin_url: &str, template: Option<&str>) -> Self {
        let admin = vigie::db::connect_url(admin_url, 1).await.expect("connect to TEST_DATABASE_URL");
        let name = format!("vigie_test_{}", uuid::Uuid::new_v4().simple());
        let from = template.map(|template| format!(" TEMPLATE \"{template}\"")).unwrap_or_default();
        admin
            .execute_unprepared(&format!("CREATE DATABASE \"{name}\"{from}"))
            .await
            .expect("create database");
        admin.close().await.expect("close admin connection");
        let url = database_url(admin_url, &name);
        let db = vigie::db::connect_url(&url, 5).await.expect("connect to the test database");
        Self { db, url, _dir: None, data: data_dir(), created: Some(name) }
    }

    /// A new SQLite file, empty or a copy of `template`.
    async fn sqlite(template: Option<&std::path::Path>) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("vigie.db");
        if let Some(template) = template {
            std::fs::copy(template, &path).expect("copy the template");
        }
        let db = vigie::db::connect_sqlite_file(&path, 5).await.expect("open SQLite");
        let url = format!("sqlite://{}?mode=rwc", path.display());
        Self { db, url, _dir: Some(dir), data: data_dir(), created: None }
    }

    /// A configuration pointing at this database.
    pub fn config(&self) -> Config {
        use clap::Parser;
        #[derive(Parser)]
        struct Args {
            #[command(flatten)]
            config: Config,
        }
        let data_dir = self.data.path().join("data");
        let args = Args::parse_from([
            "vigie",
            "--listen",
            "127.0.0.1:0",
            "--data-dir",
            data_dir.to_str().expect("utf-8 temp dir"),
            "--database-url",
            &self.url,
            "--routing-refresh-secs",
            "1",
            // Throttles out of the way; the tests about throttling set their own.
            "--reports-per-hour",
            "100000",
            "--register-per-hour",
            "100000",
            "--register-per-hour-per-commune",
            "100000",
            "--photo-uploads-per-hour",
            "100000",
            "--alerts-per-hour",
            "100000",
            "--messages-per-hour",
            "100000",
        ]);
        args.config
    }
}

/// A running server over a fresh database.
pub struct TestApp {
    pub address: SocketAddr,
    pub state: AppState,
    pub database: TestDatabase,
    http: reqwest::Client,
    _stop: tokio::sync::oneshot::Sender<()>,
}

impl TestApp {
    /// A server over the demo territory.
    pub async fn spawn() -> Self {
        Self::serve(TestDatabase::demo().await).await
    }

    /// A server over `database`.
    pub async fn serve(database: TestDatabase) -> Self {
        let config = database.config();
        Self::serve_with(database, config).await
    }

    /// A server over the demo territory, with its configuration adjusted by `adjust`.
    pub async fn spawn_with(adjust: impl FnOnce(&mut Config)) -> Self {
        let database = TestDatabase::demo().await;
        let mut config = database.config();
        adjust(&mut config);
        Self::serve_with(database, config).await
    }

    /// The S3 settings of the test run's S3-compatible server (`TEST_S3_ENDPOINT`, started
    /// by `scripts/test`), if there is one.
    pub fn s3(config: &mut Config) -> bool {
        let Ok(endpoint) = std::env::var("TEST_S3_ENDPOINT") else { return false };
        config.s3_endpoint = Some(endpoint);
        config.s3_bucket = Some(std::env::var("TEST_S3_BUCKET").unwrap_or_else(|_| "vigie-test".into()));
        config.s3_access_key_id = std::env::var("TEST_S3_ACCESS_KEY").unwrap_or_default();
        config.s3_secret_access_key =
            std::env::var("TEST_S3_SECRET_KEY").ok().and_then(|secret| secret.parse().ok());
        config.s3_path_style = true;
        // Each app its own corner of the shared bucket, so sweeps never meet another test.
        config.s3_prefix = format!("{}/", uuid::Uuid::new_v4().simple());
        true
    }

    /// A server over `database` with `config`.
    pub async fn serve_with(database: TestDatabase, mut config: Config) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let address = listener.local_addr().expect("address");
        if config.public_url.is_none() {
            config.public_url = Some(format!("http://{address}"));
        }
        let state = AppState::new(database.db.clone(), config).await.expect("state");
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let served = state.clone();
        tokio::spawn(async move {
            let shutdown = async move {
                let _ = stopped.await;
            };
            vigie::serve(listener, served, shutdown).await.expect("server runs");
        });
        Self { address, state, database, http: reqwest::Client::new(), _stop: stop }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }

    /// A client without credentials.
    pub fn anonymous(&self) -> Client {
        Client {
            http: self.http.clone(),
            endpoint: self.url("/graphql"),
            auth: Auth::None,
            forwarded_for: None,
            websocket: None,
        }
    }

    /// A client signed in with `email` and `password` (asserting the login works).
    pub async fn login(&self, email: &str, password: &str) -> Client {
        let response = self
            .anonymous()
            .query(
                "mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }",
                json!({ "email": email, "password": password }),
            )
            .await;
        let token = response.data()["login"]["accessToken"].as_str().expect("access token").to_owned();
        self.anonymous().with_token(&token)
    }

    /// The demo account of `role`, with a token issued directly (no Argon2 check): tests
    /// about logging in use [`Self::login`].
    async fn demo(&self, role: entity::enums::Role) -> Client {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        let (email, _, _, _) = vigie::demo::DEMO_ACCOUNTS
            .into_iter()
            .find(|account| account.3 == role)
            .expect("a demo account of each role");
        let user = entity::app_user::Entity::find()
            .filter(entity::app_user::Column::Email.eq(email))
            .one(&self.state.db)
            .await
            .expect("read the demo account")
            .expect("the demo account exists");
        let token = self.state.keys.issue(user.id, user.session_epoch).expect("token");
        self.anonymous().with_token(&token)
    }

    /// The demo resident of Giromagny (approved).
    pub async fn resident(&self) -> Client {
        self.demo(entity::enums::Role::Resident).await
    }

    /// The demo staff member of COB-GIROMAGNY.
    pub async fn staff(&self) -> Client {
        self.demo(entity::enums::Role::BrigadeStaff).await
    }

    /// The demo coordinator (mayor) of Giromagny.
    pub async fn coordinator(&self) -> Client {
        self.demo(entity::enums::Role::Coordinator).await
    }

    /// The demo admin.
    pub async fn admin(&self) -> Client {
        self.demo(entity::enums::Role::Admin).await
    }

    /// A new admin of `departements` (none: national), created as an operator would at
    /// the command line, with a token issued directly.
    pub async fn admin_of(&self, email: &str, departements: &[&str]) -> Client {
        use vigie::identity::{Email, Password, Reach, accounts};
        let reach = if departements.is_empty() {
            Reach::National
        } else {
            Reach::Departments(departements.iter().map(|code| (*code).to_owned()).collect())
        };
        let account = accounts::NewAccount {
            email: Email::parse(email, "email").expect("email"),
            password: Password::new("une phrase de passe solide".into(), "password")
                .expect("password")
                .into(),
            display_name: format!("Administrateur {departements:?}"),
            phone: None,
            role: entity::enums::Role::Admin,
            brigade_code: None,
            commune_codes: Vec::new(),
            enrolment: entity::enums::EnrolmentStatus::Approved,
            reach,
            title: None,
            organisation: None,
        };
        let user = accounts::create_account(&self.state.db, account, accounts::Origin::operator())
            .await
            .expect("admin created");
        self.anonymous().with_token(&self.state.keys.issue(user.id, user.session_epoch).expect("token"))
    }

    /// A new staff member of the brigade `code` (created by the demo admin), signed in.
    pub async fn staff_of(&self, code: &str, email: &str) -> Client {
        let created = self
            .admin()
            .await
            .query(
                "mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }",
                json!({ "input": { "email": email, "password": "une phrase de passe solide", "displayName": format!("Brigade {code}"), "role": "BRIGADE_STAFF", "brigadeCode": code } }),
            )
            .await;
        created.data();
        self.login(email, "une phrase de passe solide").await
    }

    /// [`Self::register`] with an owned e-mail (for many registrations at once).
    pub async fn register_as(&self, email: String, commune: &str) -> Registered {
        self.register(&email, commune).await
    }

    /// Registers a new resident of `commune`; returns their client, id and refresh token.
    pub async fn register(&self, email: &str, commune: &str) -> Registered {
        let response = self
            .anonymous()
            .query(
                "mutation($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id enrolmentStatus } } }",
                json!({ "input": {
                    "email": email,
                    "password": "une phrase de passe solide",
                    "displayName": "Nouvel Habitant",
                    "phone": "06 12 34 56 78",
                    "communeCode": commune,
                } }),
            )
            .await;
        let payload = &response.data()["register"];
        Registered {
            client: self.anonymous().with_token(payload["accessToken"].as_str().expect("token")),
            id: payload["user"]["id"].as_str().expect("id").to_owned(),
            refresh_token: payload["refreshToken"].as_str().expect("refresh token").to_owned(),
        }
    }

    pub fn http(&self) -> &reqwest::Client {
        &self.http
    }

    /// The websocket endpoint.
    pub fn ws_url(&self) -> String {
        format!("ws://{}/graphql/ws", self.address)
    }

    /// Runs `query` on this node's schema directly, as `client`'s viewer would over HTTP,
    /// with no HTTP in between (for tests about resolvers, not transport).
    pub async fn execute_as(&self, client: &Client, query: &str, variables: Value) -> Gql {
        let authorization = match &client.auth {
            Auth::Bearer(token) => Some(format!("Bearer {token}")),
            Auth::Verbatim(value) => Some(value.clone()),
            Auth::None => None,
        };
        let schema = vigie::graphql::build_schema(self.state.clone());
        let viewer = vigie::identity::viewer::from_authorization(
            &self.state.db,
            &self.state.keys,
            authorization.as_deref(),
        )
        .await;
        let body = match viewer {
            Ok(viewer) => {
                let context = vigie::identity::RequestContext {
                    viewer,
                    client_ip: None,
                    refresh_cookie: None,
                    cookie_writable: false,
                    over_websocket: false,
                };
                let request = async_graphql::Request::new(query)
                    .variables(async_graphql::Variables::from_json(variables));
                let response = vigie::graphql::execute(&schema, &self.state, context, request).await;
                serde_json::to_value(response).expect("response as JSON")
            }
            Err(error) => {
                serde_json::to_value(vigie::graphql::error_response(error)).expect("response as JSON")
            }
        };
        Gql { status: reqwest::StatusCode::OK, body }
    }

    /// A second server process over the same database (another node behind the balancer).
    pub async fn second_node(&self) -> TestApp {
        self.second_node_with(|_| {}).await
    }

    /// A second node over the same database, its configuration adjusted by `adjust`.
    pub async fn second_node_with(&self, adjust: impl FnOnce(&mut Config)) -> TestApp {
        let db = vigie::db::connect_url(&self.database.url, 5).await.expect("second node connects");
        let database =
            TestDatabase { db, url: self.database.url.clone(), _dir: None, data: data_dir(), created: None };
        let mut config = self.state.config.as_ref().clone();
        config.jwt_key_file = Some(self.state.config.jwt_key_path());
        adjust(&mut config);
        TestApp::serve_with(database, config).await
    }
}

/// A freshly registered resident.
pub struct Registered {
    pub client: Client,
    pub id: String,
    pub refresh_token: String,
}

/// How a client authenticates.
#[derive(Clone, Debug)]
enum Auth {
    None,
    /// `Authorization: Bearer <token>`.
    Bearer(String),
    /// An `Authorization` value sent as it is (for tests of malformed headers).
    Verbatim(String),
}

/// A GraphQL client as an app or console would be.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    endpoint: String,
    auth: Auth,
    forwarded_for: Option<String>,
    /// Send every operation over a new `graphql-transport-ws` socket at this URL instead.
    websocket: Option<String>,
}

/// A GraphQL response.
#[derive(Debug)]
pub struct Gql {
    pub status: reqwest::StatusCode,
    pub body: Value,
}

impl Gql {
    /// `data`, asserting there were no errors.
    pub fn data(&self) -> &Value {
        assert!(self.body.get("errors").is_none(), "unexpected errors: {}", self.body);
        &self.body["data"]
    }

    /// The `extensions.code` of the first error, asserting there is one.
    pub fn error_code(&self) -> &str {
        self.body["errors"][0]["extensions"]["code"]
            .as_str()
            .unwrap_or_else(|| panic!("expected an error with a code: {}", self.body))
    }

    /// The `extensions.field` of the first error.
    pub fn error_field(&self) -> Option<&str> {
        self.body["errors"][0]["extensions"]["field"].as_str()
    }
}

impl Client {
    /// The bearer token, if signed in.
    pub fn token(&self) -> Option<&str> {
        match &self.auth {
            Auth::Bearer(token) => Some(token),
            Auth::None | Auth::Verbatim(_) => None,
        }
    }

    /// The same client presenting `token` as its bearer token.
    pub fn with_token(&self, token: &str) -> Self {
        Self { auth: Auth::Bearer(token.to_owned()), ..self.clone() }
    }

    /// The same client (same credentials) speaking to another node.
    pub fn on(&self, node: &TestApp) -> Self {
        Self { endpoint: node.url("/graphql"), ..self.clone() }
    }

    /// The same client running each operation over its own websocket at `url` (token in
    /// `connection_init`), as the app does for live updates.
    pub fn over_websocket(&self, url: &str) -> Self {
        Self { websocket: Some(url.to_owned()), ..self.clone() }
    }

    /// The same client sending `X-Forwarded-For: value` (as a proxy in front would).
    pub fn forwarded_for(&self, value: &str) -> Self {
        Self { forwarded_for: Some(value.to_owned()), ..self.clone() }
    }

    /// The same client sending `value` verbatim as its `Authorization` header.
    pub fn with_authorization(&self, value: &str) -> Self {
        Self { auth: Auth::Verbatim(value.to_owned()), ..self.clone() }
    }

    /// POSTs a query with variables (or runs it over a websocket, see
    /// [`Self::over_websocket`]).
    pub async fn query(&self, query: &str, variables: Value) -> Gql {
        if let Some(url) = &self.websocket {
            let payload = match &self.auth {
                Auth::Verbatim(value) => json!({ "authorization": value }),
                Auth::Bearer(token) => json!({ "authorization": format!("Bearer {token}") }),
                Auth::None => json!({}),
            };
            let mut socket = live::Socket::open(url, payload).await;
            let body = socket.run("1", query, variables).await;
            return Gql { status: reqwest::StatusCode::OK, body };
        }
        let mut request =
            self.http.post(&self.endpoint).json(&json!({ "query": query, "variables": variables }));
        match &self.auth {
            Auth::Verbatim(value) => request = request.header("authorization", value),
            Auth::Bearer(token) => request = request.bearer_auth(token),
            Auth::None => {}
        }
        if let Some(hops) = &self.forwarded_for {
            request = request.header("x-forwarded-for", hops);
        }
        let response = request.send().await.expect("request sent");
        let status = response.status();
        Gql { status, body: response.json().await.expect("JSON body") }
    }

    /// GETs a query.
    pub async fn get(&self, query: &str) -> Gql {
        let response =
            self.http.get(&self.endpoint).query(&[("query", query)]).send().await.expect("request sent");
        let status = response.status();
        Gql { status, body: response.json().await.expect("JSON body") }
    }
}
