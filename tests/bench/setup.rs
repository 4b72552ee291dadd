//! What a run needs on the node, signed in: enrolled residents (registered, then approved by
//! the demo admin) and the demo staff member and mayor; or, on a database filled by
//! `fill.sql`, its accounts (`--filled-commune`, `--filled-staff`).

use serde_json::{Value, json};

/// The accounts of a database filled by `fill.sql`.
pub struct Filled {
    /// Its busiest commune (residents `r<k>.<commune>@bench.vigie.test`, mayor `maire.<commune>@…`).
    pub commune: String,
    /// The staff member of its busiest brigade.
    pub staff: String,
}

/// Signed-in accounts on a node.
pub struct World {
    pub url: String,
    pub http: reqwest::Client,
    pub residents: Vec<String>,
    pub staff: String,
    pub coordinator: String,
    /// The commune of `commune-activity`.
    pub commune: String,
    /// A point inside Giromagny (90052), where every filing happens.
    pub point: (f64, f64),
}

impl World {
    pub async fn prepare(url: &str, residents: usize, filled: Option<&Filled>) -> Self {
        let http = reqwest::Client::builder().pool_max_idle_per_host(1024).build().expect("client");
        let giromagny = vigie_tests::territory::belfort_communes()
            .into_iter()
            .find(|commune| commune.code == "90052")
            .expect("Giromagny in the demo territory");
        let point = (giromagny.inside.y(), giromagny.inside.x());
        let mut world = Self {
            url: url.trim_end_matches('/').to_owned(),
            http,
            residents: Vec::new(),
            staff: String::new(),
            coordinator: String::new(),
            commune: "90052".to_owned(),
            point,
        };
        if let Some(filled) = filled {
            world.commune.clone_from(&filled.commune);
            world.staff = world.login(&filled.staff, "brigade-demo-90").await;
            world.coordinator =
                world.login(&format!("maire.{}@bench.vigie.test", filled.commune), "commune-demo-90").await;
            for k in 1..=residents {
                let email = format!("r{k}.{}@bench.vigie.test", filled.commune);
                let token = world.login(&email, "habitant-demo-90").await;
                world.residents.push(token);
            }
            return world;
        }
        world.coordinator = world.login("maire.giromagny@vigie.test", "commune-demo-90").await;
        let admin = world.login("admin@vigie.test", "prefecture-demo-90").await;
        world.staff = world.login("gendarme.giromagny@vigie.test", "brigade-demo-90").await;
        let run = uuid::Uuid::new_v4().simple().to_string();
        for n in 0..residents {
            let email = format!("bench-{}-{n}@vigie.test", &run[..8]);
            let register =
                "mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }";
            let input = json!({ "input": { "email": email, "password": "une phrase de passe solide", "displayName": "Habitant de test", "communeCode": "90052" } });
            let registered = world.graphql(None, register, input).await;
            let id = registered["data"]["register"]["user"]["id"].clone();
            let token = registered["data"]["register"]["accessToken"]
                .as_str()
                .unwrap_or_else(|| panic!("register: {registered}"))
                .to_owned();
            let approve = "mutation($id: ID!) { decideEnrolment(userId: $id, approve: true) { id } }";
            let approved = world.graphql(Some(&admin), approve, json!({ "id": id })).await;
            assert!(approved.get("errors").is_none(), "approve: {approved}");
            world.residents.push(token);
        }
        world
    }

    async fn login(&self, email: &str, password: &str) -> String {
        let login = "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }";
        let answer = self.graphql(None, login, json!({ "e": email, "p": password })).await;
        answer["data"]["login"]["accessToken"]
            .as_str()
            .unwrap_or_else(|| panic!("login {email}: {answer}"))
            .to_owned()
    }

    /// One GraphQL request; the parsed answer.
    pub async fn graphql(&self, token: Option<&str>, query: &str, variables: Value) -> Value {
        let mut request = self
            .http
            .post(format!("{}/graphql", self.url))
            .json(&json!({ "query": query, "variables": variables }));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send().await.expect("request").json().await.expect("JSON answer")
    }
}
