//! The schema-wide cost test. It reads `schema.graphql`, finds every list field reachable
//! from `Query` and every cycle between types that passes through a list, and builds for
//! each the worst query the depth limit lets through: the list at its largest (`first: 100`,
//! argument lists of 100), then, for a cycle, the cycle again and again down to the last
//! level. Each is priced by the node (a node with a budget of 0 refuses everything and says
//! its price), then sent as each role; it must be refused as `QUERY_TOO_COMPLEX`, or
//! answered with no more values than its price. A list field whose price is lower than
//! what it returns, or a new list nobody priced, fails here.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

use async_graphql::parser::{
    parse_schema,
    types::{BaseType, Type, TypeKind, TypeSystemDefinition},
};
use serde_json::{Value, json};
use vigie_tests::{Client, TestApp};

use crate::reports::{FILE, filing, inside};

/// A field of an object type, as the generator needs it.
#[derive(Clone, Debug)]
struct Field {
    owner: String,
    name: String,
    target: String,
    list: bool,
    /// The arguments written in the worst query (`None`: some required one cannot be made).
    args: Option<String>,
}

/// The part of the schema the generator walks.
struct Model {
    objects: BTreeMap<String, Vec<Field>>,
}

fn named(ty: &Type) -> &str {
    match &ty.base {
        BaseType::Named(name) => name.as_str(),
        BaseType::List(inner) => named(inner),
    }
}

impl Model {
    /// The schema, with `ids` (by the name of the field that takes one) for arguments.
    fn read(ids: HashMap<String, String>) -> Self {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema.graphql");
        let sdl = std::fs::read_to_string(path).expect("schema.graphql");
        let document = parse_schema(&sdl).expect("schema parses");
        let (mut enums, mut inputs, mut raw) = (HashMap::new(), HashMap::new(), Vec::new());
        for definition in document.definitions {
            let TypeSystemDefinition::Type(definition) = definition else { continue };
            let name = definition.node.name.node.to_string();
            match definition.node.kind {
                TypeKind::Enum(values) => {
                    let first = values.values.first().map(|value| value.node.value.node.to_string());
                    enums.insert(name, first.unwrap_or_default());
                }
                TypeKind::InputObject(input) => {
                    let fields = input.fields.into_iter().map(|field| field.node);
                    let required = fields
                        .filter(|field| !field.ty.node.nullable && field.default_value.is_none())
                        .map(|field| (field.name.node.to_string(), field.ty.node))
                        .collect::<Vec<_>>();
                    inputs.insert(name, required);
                }
                TypeKind::Object(object) => raw.push((name, object.fields)),
                TypeKind::Interface(interface) => raw.push((name, interface.fields)),
                _ => {}
            }
        }
        let values = Values { enums, inputs, ids };
        let objects = raw
            .into_iter()
            .map(|(owner, fields)| {
                let fields = fields
                    .into_iter()
                    .map(|field| {
                        let field = field.node;
                        let args = values.arguments(&field.name.node, &field.arguments);
                        Field {
                            owner: owner.clone(),
                            name: field.name.node.to_string(),
                            target: named(&field.ty.node).to_owned(),
                            list: matches!(field.ty.node.base, BaseType::List(_)),
                            args,
                        }
                    })
                    .collect();
                (owner, fields)
            })
            .collect();
        Self { objects }
    }

    fn is_object(&self, name: &str) -> bool {
        self.objects.contains_key(name)
    }

    /// The fields of `owner` a query can select (their required arguments can be made).
    fn usable(&self, owner: &str) -> impl Iterator<Item = &Field> {
        self.objects.get(owner).into_iter().flatten().filter(|field| field.args.is_some())
    }

    /// The shortest chain of fields from `from` to `to` (empty when they are the same).
    fn path(&self, from: &str, to: &str) -> Option<Vec<Field>> {
        let mut reached: HashMap<&str, Option<&Field>> = HashMap::from([(from, None)]);
        let mut queue = VecDeque::from([from]);
        while let Some(at) = queue.pop_front() {
            if at == to {
                let mut chain = Vec::new();
                let mut cursor = to;
                while let Some(Some(field)) = reached.get(cursor) {
                    chain.push((*field).clone());
                    cursor = field.owner.as_str();
                }
                chain.reverse();
                return Some(chain);
            }
            for field in self.usable(at).filter(|field| self.is_object(&field.target)) {
                if !reached.contains_key(field.target.as_str()) {
                    reached.insert(field.target.as_str(), Some(field));
                    queue.push_back(field.target.as_str());
                }
            }
        }
        None
    }

    /// Every scalar and enum of `owner` that takes no argument it cannot be given.
    fn leaves(&self, owner: &str) -> String {
        let leaves: Vec<&str> = self
            .usable(owner)
            .filter(|field| !self.is_object(&field.target))
            .map(|field| field.name.as_str())
            .collect();
        if leaves.is_empty() { "__typename".to_owned() } else { leaves.join(" ") }
    }
}

/// Argument values of the right type: the largest page, lists of 100, the widest period,
/// an id of the data for a field that reads one, and otherwise a value of the demo territory.
struct Values {
    enums: HashMap<String, String>,
    inputs: HashMap<String, Vec<(String, Type)>>,
    ids: HashMap<String, String>,
}

impl Values {
    fn arguments(
        &self,
        field: &str,
        arguments: &[async_graphql::Positioned<async_graphql::parser::types::InputValueDefinition>],
    ) -> Option<String> {
        let mut written = Vec::new();
        for argument in arguments {
            let argument = &argument.node;
            let name = argument.name.node.as_str();
            let ty = &argument.ty.node;
            if name == "first" {
                written.push("first: 100".to_owned());
            } else if !ty.nullable && argument.default_value.is_none() {
                let value = match named(ty) {
                    "ID" => format!("{:?}", self.ids.get(field)?),
                    _ => self.literal(name, ty, 0)?,
                };
                written.push(format!("{name}: {value}"));
            }
        }
        Some(if written.is_empty() { String::new() } else { format!("({})", written.join(", ")) })
    }

    fn literal(&self, name: &str, ty: &Type, depth: usize) -> Option<String> {
        if depth > 3 {
            return None;
        }
        match &ty.base {
            BaseType::List(inner) => {
                let item = self.literal(name, inner, depth + 1)?;
                Some(format!("[{}]", vec![item; 100].join(", ")))
            }
            BaseType::Named(type_name) => Some(match type_name.as_str() {
                "Int" => "1".to_owned(),
                "Float" => "47.7".to_owned(),
                "Boolean" => "true".to_owned(),
                "ID" => "\"0190f0a0-0000-7000-8000-000000000000\"".to_owned(),
                "Date" => "\"2026-01-01\"".to_owned(),
                "DateTime" if name == "to" => "\"2100-01-01T00:00:00Z\"".to_owned(),
                "DateTime" => "\"2000-01-01T00:00:00Z\"".to_owned(),
                "String" if name.starts_with("departement") => "\"90\"".to_owned(),
                "String" => "\"90052\"".to_owned(),
                other => match (self.enums.get(other), self.inputs.get(other)) {
                    (Some(first), _) => first.clone(),
                    (None, Some(fields)) => {
                        let fields = fields
                            .iter()
                            .map(|(field, ty)| {
                                Some(format!("{field}: {}", self.literal(field, ty, depth + 1)?))
                            })
                            .collect::<Option<Vec<_>>>()?;
                        format!("{{ {} }}", fields.join(", "))
                    }
                    (None, None) => return None,
                },
            }),
        }
    }
}

/// `chain` opened one field in another, `inner` at the bottom.
fn nest(chain: &[Field], inner: &str) -> String {
    chain.iter().rev().fold(inner.to_owned(), |inside, field| {
        format!("{}{} {{ {inside} }}", field.name, field.args.as_deref().unwrap_or(""))
    })
}

/// The worst queries of the schema: each list field at its largest, and each cycle through
/// a list repeated down to the depth limit (`depth` fields nested).
fn worst_queries(model: &Model, depth: usize) -> (BTreeSet<String>, Vec<String>) {
    let mut queries = BTreeSet::new();
    let mut unreachable = Vec::new();
    for field in model.objects.values().flatten().filter(|field| field.list && field.args.is_some()) {
        let Some(to_owner) = model.path("Query", &field.owner) else {
            unreachable.push(format!("{}.{}", field.owner, field.name));
            continue;
        };
        let at_bottom = if model.is_object(&field.target) {
            nest(std::slice::from_ref(field), &model.leaves(&field.target))
        } else {
            format!("{}{}", field.name, field.args.as_deref().unwrap_or(""))
        };
        queries.insert(format!("{{ {} }}", nest(&to_owner, &at_bottom)));
        // Through the list and back to its owner, again and again.
        let Some(back) = model.path(&field.target, &field.owner).filter(|_| model.is_object(&field.target))
        else {
            continue;
        };
        let cycle: Vec<Field> = std::iter::once(field.clone()).chain(back).collect();
        let mut chain = to_owner;
        for step in cycle.iter().cycle() {
            if chain.len() + 1 >= depth {
                break;
            }
            chain.push(step.clone());
        }
        let bottom = chain.last().map_or("Query", |field| field.target.as_str()).to_owned();
        queries.insert(format!("{{ {} }}", nest(&chain, &model.leaves(&bottom))));
    }
    (queries, unreachable)
}

/// The values an answer holds: one per field, plus one per item of a list.
pub fn values(value: &Value) -> u64 {
    match value {
        Value::Object(fields) => fields.values().map(|inner| 1 + items(inner)).sum(),
        _ => 0,
    }
}

fn items(value: &Value) -> u64 {
    match value {
        Value::Object(_) => values(value),
        Value::Array(list) => list.iter().map(|item| if item.is_object() { values(item) } else { 1 }).sum(),
        _ => 0,
    }
}

/// Some of everything a role reads: reports with comments, statuses and duplicates, a
/// security request with an answer, the demo's partnership case. Returns the ids the
/// queries read, by the name of the field that takes one.
async fn with_data(app: &TestApp) -> HashMap<String, String> {
    let (resident, staff, mayor) = (app.resident().await, app.staff().await, app.coordinator().await);
    let mut reports = Vec::new();
    for tag in ["cost-1", "cost-2", "cost-3"] {
        let filed = resident.query(FILE, filing(tag, "MOTORBIKE_RODEO", inside("90052"))).await;
        let id = filed.data()["fileReport"]["id"].as_str().expect("id").to_owned();
        let comment = "mutation($id: ID!) { addReportComment(reportId: $id, body: \"Encore.\") { id } }";
        resident.query(comment, json!({ "id": id })).await.data();
        reports.push(id);
    }
    let acknowledge = "mutation($id: ID!) { transitionReport(reportId: $id, to: ACKNOWLEDGED) { id } }";
    staff.query(acknowledge, json!({ "id": reports[0] })).await.data();
    let mark = "mutation($id: ID!, $of: ID!) { markDuplicate(reportId: $id, duplicateOf: $of) { id } }";
    for duplicate in &reports[1..] {
        staff.query(mark, json!({ "id": duplicate, "of": reports[0] })).await.data();
    }
    let open = "mutation { openSecurityRequest(input: { communeCode: \"90052\", topic: ADVICE, subject: \"Éclairage\", body: \"Rue sombre.\" }) { id } }";
    let opened = mayor.query(open, json!({})).await;
    let reply = "mutation($id: ID!) { replyToSecurityRequest(id: $id, body: \"Nous passons.\") { id } }";
    staff.query(reply, json!({ "id": opened.data()["openSecurityRequest"]["id"] })).await.data();
    let cases = staff.query("{ problemCases(first: 1) { nodes { id } } }", json!({})).await;
    let case = cases.data()["problemCases"]["nodes"][0]["id"].as_str().expect("the demo's case").to_owned();
    HashMap::from([
        ("report".to_owned(), reports[0].clone()),
        ("problemCase".to_owned(), case.clone()),
        ("problemCaseSuggestions".to_owned(), case),
    ])
}

#[tokio::test]
async fn every_list_and_every_cycle_of_the_schema_is_refused_or_answered_within_its_price() {
    let app = TestApp::spawn().await;
    let ids = with_data(&app).await;
    let pricing = app.second_node_with(|config| config.max_query_complexity = 0).await;
    let budget = app.state.config.max_query_complexity;
    let model = Model::read(ids);
    let (queries, unreachable) = worst_queries(&model, app.state.config.max_query_depth);
    // Types reached only through a mutation's answer are priced by `price`'s own test.
    assert!(unreachable.len() < 10, "list fields no query reaches: {unreachable:?}");
    let roles: Vec<(&str, Client)> = vec![
        ("anonymous", app.anonymous()),
        ("resident", app.resident().await),
        ("staff", app.staff().await),
        ("coordinator", app.coordinator().await),
        ("admin", app.admin().await),
    ];
    let (mut refused, mut answered, mut invalid) = (0, 0, Vec::new());
    for query in &queries {
        let priced = pricing.anonymous().query(query, json!({})).await;
        let cost = priced.body["errors"][0]["extensions"]["cost"]
            .as_u64()
            .unwrap_or_else(|| panic!("no price for {query}: {}", priced.body));
        for (role, client) in &roles {
            let answer = client.query(query, json!({})).await;
            let errors = answer.body["errors"].as_array().cloned().unwrap_or_default();
            let code = |error: &Value| error["extensions"]["code"].as_str().unwrap_or("").to_owned();
            if errors.iter().any(|error| code(error) == "QUERY_TOO_COMPLEX") {
                assert!(cost > budget || errors[0]["extensions"]["cost"].is_null(), "{query}");
                refused += 1;
                continue;
            }
            assert!(cost <= budget, "{role} ran {query} priced {cost} over the budget {budget}");
            // A request error (no path) means the generator wrote something invalid.
            if errors.iter().any(|error| error["path"].is_null() && code(error) == "BAD_USER_INPUT") {
                let shown: String = query.chars().take(300).collect();
                invalid.push(format!("{shown}: {}", answer.body["errors"][0]["message"]));
                continue;
            }
            let held = values(&answer.body["data"]);
            assert!(held <= cost, "{role}: {query} answered {held} values for a price of {cost}");
            answered += usize::from(held > 0);
        }
    }
    assert!(invalid.is_empty(), "queries the generator got wrong: {invalid:#?}");
    assert!(refused > 0 && answered > 100, "refused {refused}, answered {answered} of {}", queries.len());
}
