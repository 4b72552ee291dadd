//! What a run needs on the node: enrolled residents (registered, then approved by the demo
//! admin) and the demo staff member, each signed in.

use serde_json::{Value, json};

/// Signed-in accounts on a node.
pub struct World {
    pub url: String,
    pub http: reqwest::Client,
    pub residents: Vec<String>,
    pub staff: String,
    /// A point inside Giromagny (90052), where every filing happens.
    pub point: (f64, f64),
}

impl World {
    pub async fn prepare(url: &str, residents: usize) -> Self {
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
            point,
        };
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
