//! The review's anonymous attacks against a real `vigie serve` process (the binary this
//! workspace builds, on its embedded SQLite with the demo territory), its memory read from
//! `/proc`: refused by their price without growing the node, and — on a node whose budget
//! is switched off, as if every list were mispriced — cut by the answer ceiling with the
//! node's memory still within a bound, a bystander answered meanwhile.

use serde_json::{Value, json};

/// A `vigie serve --demo` process on a free port (its data folder removed when dropped).
struct Node {
    node: vigie_tests::node::Node,
    _dir: tempfile::TempDir,
}

impl Node {
    async fn start(budget: Option<&str>) -> Self {
        let dir = tempfile::tempdir().expect("data dir");
        // What is measured is memory and the refusal's code: on a test machine loaded by the
        // rest of the suite, pricing these documents has outlasted the usual 30 s limit.
        let mut env = vec![("VIGIE_REQUEST_TIMEOUT_SECS", "300".to_owned())];
        env.extend(budget.map(|budget| ("VIGIE_MAX_QUERY_COMPLEXITY", budget.to_owned())));
        let node = vigie_tests::node::Node::demo(dir.path(), &env).await;
        Self { node, _dir: dir }
    }

    async fn query(&self, query: &str, variables: Value) -> Value {
        self.node.query(query, variables).await
    }

    /// The node's resident memory, and its peak so far, in MiB.
    fn memory(&self) -> (u64, u64) {
        let pid = self.node.pid();
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("/proc status");
        let kib = |key: &str| {
            status
                .lines()
                .find_map(|line| line.strip_prefix(key))
                .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
                .expect(key)
        };
        (kib("VmRSS:") / 1024, kib("VmHWM:") / 1024)
    }

    async fn bystander(&self) {
        let answer = self.query("{ categories { code } }", json!({})).await;
        assert!(answer["data"]["categories"].as_array().is_some_and(|list| !list.is_empty()), "{answer}");
    }
}

fn all_refused(answers: Vec<Value>) {
    for answer in answers {
        let code = answer["errors"][0]["extensions"]["code"].as_str().unwrap_or("none");
        let errors: String = answer["errors"].to_string().chars().take(1500).collect();
        assert_eq!(code, "QUERY_TOO_COMPLEX", "{errors}");
    }
}

/// The anonymous attacks of the review: outlines by the thousand, the cycle through lists,
/// and (`fragments`) fragments that double.
async fn attacks(node: &Node, fragments: bool) -> Vec<Value> {
    let communes = node.query("{ communes { code } }", json!({})).await;
    let codes: Vec<Value> =
        communes["data"]["communes"].as_array().expect("codes").iter().map(|c| c["code"].clone()).collect();
    let codes: Vec<Value> = codes.iter().cycle().take(100).cloned().collect();
    let aliases: String =
        (0..2400).map(|n| format!("o{n}: communeOutlines(codes: $c) {{ code polygons }} ")).collect();
    let outlines = format!("query($c: [String!]!) {{ {aliases} }}");
    let cycle =
        format!("{{ communes {{ {} code {} }} }}", "brigade { communes { ".repeat(6), "} } ".repeat(6));
    let mut doubling = String::from("{ ...f0 }\n");
    for n in 0..30 {
        doubling.push_str(&format!("fragment f{n} on Query {{ ...f{next} ...f{next} }}\n", next = n + 1));
    }
    doubling.push_str("fragment f30 on Query { categories { code } }\n");
    let mut calls = vec![
        node.query(&outlines, json!({ "c": codes })),
        node.query(&outlines, json!({ "c": codes })),
        node.query(&cycle, json!({})),
        node.query(&cycle, json!({})),
    ];
    if fragments {
        calls.push(node.query(&doubling, json!({})));
    }
    let (answers, ()) = tokio::join!(futures_util::future::join_all(calls), node.bystander());
    answers
}

#[tokio::test]
async fn the_anonymous_attacks_leave_a_real_node_within_its_memory() {
    let node = Node::start(None).await;
    node.bystander().await;
    let (before, _) = node.memory();
    all_refused(attacks(&node, true).await);
    let (_, peak) = node.memory();
    eprintln!("priced node: {before} MiB before, peak {peak} MiB");
    assert!(peak < before + 64, "refused before any work: {before} → {peak} MiB");

    // As if every list were mispriced: only the answer ceiling stands. (Not against fragments
    // that double: their price is what keeps them from async-graphql's expansion.)
    let unpriced = Node::start(Some("1000000000000")).await;
    unpriced.bystander().await;
    let (before, _) = unpriced.memory();
    all_refused(attacks(&unpriced, false).await);
    let (after, peak) = unpriced.memory();
    eprintln!("unpriced node: {before} MiB before, peak {peak} MiB, {after} MiB after");
    assert!(peak < before + 512, "the ceiling bounds the node: {before} → {peak} MiB");
    unpriced.bystander().await;
}
