//! What pricing a query costs, before any work: the consoles' queue page, the standard
//! introspection query, and the attack review's documents (2,400 aliases of
//! `communeOutlines`; fragments spreading each other twice over thirty levels — 2^30
//! selections, priced once each).
//!
//! Run: `cargo bench -p vigie-api --bench cost`.

// A benchmark asserts its inputs like a test does.
#![allow(clippy::expect_used)]

use std::hint::black_box;

use async_graphql::{OutputType, Variables, registry::Registry};
use criterion::{Criterion, criterion_group, criterion_main};
use vigie::{cost::walk, graphql::Query, routing::Sizes};

const QUEUE: &str = "query($filter: QueueFilter, $first: Int, $after: String) {
  brigadeQueue(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id status description createdAt category { code label urgency } commune { code name } location { latitude longitude } }
  }
}";

const INTROSPECTION: &str = include_str!("introspection.graphql");

fn registry() -> Registry {
    let mut registry = Registry { query_type: "Query".into(), ..Registry::default() };
    Query::create_type_info(&mut registry);
    registry
}

fn doubling(levels: usize) -> String {
    let mut document = String::from("{ ...f0 }\n");
    for n in 0..levels {
        document.push_str(&format!("fragment f{n} on Query {{ ...f{next} ...f{next} }}\n", next = n + 1));
    }
    document.push_str(&format!("fragment f{levels} on Query {{ categories {{ code }} }}\n"));
    document
}

fn bench(c: &mut Criterion) {
    let registry = registry();
    let sizes = Sizes {
        communes: 35_357,
        participating: 6_000,
        categories: 12,
        brigades: 3_000,
        brigades_per_departement: 40,
        communes_per_brigade: 60,
        communes_per_departement: 890,
    };
    let variables = Variables::from_json(serde_json::json!({ "first": 20 }));
    let aliases: String =
        (0..2400).map(|n| format!("a{n}: communeOutlines(codes: $c) {{ code name polygons }} ")).collect();
    let outlines = format!("query($c: [String!]!) {{ {aliases} }}");
    let doubled = doubling(30);
    for (name, text) in [
        ("queue page", QUEUE),
        ("introspection", INTROSPECTION),
        ("2,400 outline aliases", outlines.as_str()),
        ("fragments doubling 30 levels", doubled.as_str()),
    ] {
        let document = async_graphql::parser::parse_query(text).expect("parses");
        c.bench_function(&format!("price: {name}"), |b| {
            b.iter(|| walk::cost(black_box(&registry), black_box(&document), &variables, &sizes))
        });
        c.bench_function(&format!("parse and price: {name}"), |b| {
            b.iter(|| {
                let document = async_graphql::parser::parse_query(black_box(text)).expect("parses");
                walk::cost(&registry, &document, &variables, &sizes)
            })
        });
    }
}

/// The reference: what async-graphql's own parse step spends on the doubling document when
/// nothing priced it first (a bare schema, no extension), at 20 levels — each level doubles it.
fn unpriced(c: &mut Criterion) {
    struct Bare;
    #[async_graphql::Object]
    impl Bare {
        async fn categories(&self) -> Vec<String> {
            Vec::new()
        }
    }
    let schema =
        async_graphql::Schema::new(Bare, async_graphql::EmptyMutation, async_graphql::EmptySubscription);
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("runtime");
    let document = doubling(20).replace("categories { code }", "categories");
    let mut group = c.benchmark_group("async-graphql alone");
    group.sample_size(10);
    group.bench_function("fragments doubling 20 levels", |b| {
        b.iter(|| runtime.block_on(schema.execute(black_box(document.as_str()))))
    });
    group.finish();
}

criterion_group!(benches, bench, unpriced);
criterion_main!(benches);
