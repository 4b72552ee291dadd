//! How many items each list field can return: the one table the cost of a query is read
//! from. A field with a `first` argument returns a page; every other list is bounded by
//! its argument, by the node's data ([`Sizes`]), or by a cap the domain enforces. A list
//! field that is in none of these has no price, and the schema test fails on it.

use crate::{
    notify::broadcasts,
    pagination::{DEFAULT_PAGE, MAX_PAGE},
    partnership::{cases, partners, requests},
    reports::{assignment, departement, incidents, loaders::MAX_DUPLICATES, nearby},
    routing::Sizes,
    territory::outline::MAX_OUTLINES,
};

/// What one field costs: `base`, plus `items` times what one item selects (at least 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Price {
    pub base: u64,
    pub items: u64,
}

impl Price {
    const fn items(items: u64) -> Self {
        Self { base: 1, items }
    }

    /// The cost of the field whose one item costs `child`.
    pub fn of(self, child: u64) -> u64 {
        self.base.saturating_add(self.items.saturating_mul(child.max(1)))
    }
}

/// The arguments of one field, as the walker resolved them.
pub trait Args {
    fn int(&self, name: &str) -> Option<i64>;
    fn boolean(&self, name: &str) -> Option<bool>;
    fn list_len(&self, name: &str) -> Option<usize>;
    fn present(&self, name: &str) -> bool;
}

/// A report's history: status changes, notes and the reporter's comments (comments are
/// rate-limited; an answer past the ceiling is cut short whatever this says).
pub const EVENTS_PER_REPORT: u64 = 100;
/// Photos one report may carry.
pub const PHOTOS_PER_REPORT: u64 = 10;
/// Communes one coordinator is named for.
pub const COMMUNES_PER_COORDINATOR: u64 = 50;
/// The référents one commune has had.
pub const REFERENTS_PER_COMMUNE: u64 = 50;
/// Rows of a case's evaluation (one per month of its life, a few years at most).
pub const EVALUATION_ROWS: u64 = 60;
/// Weeks in the longest activity period.
pub const WEEKS: u64 = 54;
/// Report statuses and notification channels, as enums.
pub const STATUSES: u64 = 8;
pub const CHANNEL_KINDS: u64 = 16;
/// Headers of an upload ticket.
pub const TICKET_HEADERS: u64 = 8;
/// What one outline weighs: its polygons are one field but thousands of numbers.
pub const OUTLINE_WEIGHT: u64 = 40;

/// The price of `type_name.field`, or `None` when it returns a single value (or a list
/// nobody priced: [`unpriced_lists`] finds those).
pub fn price(type_name: &str, field: &str, args: &dyn Args, sizes: &Sizes) -> Option<Price> {
    if type_name.starts_with("__") {
        // Introspection: bounded by the schema itself; the answer ceiling guards the rest.
        return None;
    }
    if is_page(type_name, field) {
        // The field that returned the connection priced the page.
        return Some(Price::items(1));
    }
    if args.present("first") {
        let asked = args.int("first").map_or(DEFAULT_PAGE, |first| u64::try_from(first).unwrap_or(0));
        return Some(Price::items(asked.clamp(1, MAX_PAGE)));
    }
    let items = match (type_name, field) {
        ("Query", "communes") if args.boolean("participating") == Some(true) => sizes.participating,
        ("Query", "communes") if args.present("departement") => sizes.communes_per_departement,
        ("Query", "communes") => sizes.communes,
        ("Query", "categories" | "categoryOverrides") => sizes.categories,
        ("Query", "brigades") if args.present("departement") => sizes.brigades_per_departement,
        ("Query", "brigades") => sizes.brigades,
        ("Query", "communeOutlines") => {
            let codes = args.list_len("codes").unwrap_or(MAX_OUTLINES).min(MAX_OUTLINES);
            codes as u64
        }
        ("Query", "problemCaseSuggestions") => cases::MAX_REPORTS as u64,
        ("Query", "exportMyData") => {
            // One document of everything the caller holds: a dozen reads and a signed link per
            // photo, priced like a full page so that it cannot ride along in a batch.
            return Some(Price { base: 50, items: MAX_PAGE });
        }
        ("Query", "partnerOrganisations") => partners::MAX_ORGANISATIONS,
        ("Query", "partnerAccounts") => partners::MAX_ACCOUNTS,
        ("Query", "problemCaseCandidates") => cases::MAX_CANDIDATES * 3,
        ("Query", "referentHistory") => REFERENTS_PER_COMMUNE,
        ("Query", "participationHistory") => crate::admin::communes::MAX_PERIODS,
        ("Query", "brigadeStaff") => assignment::STAFF_LIST_MAX,
        ("DepartementActivity", "communes") => sizes.communes_per_departement,
        ("DepartementActivity", "byWeek") => WEEKS,
        ("DepartementActivity", "brigades") => sizes.brigades_per_departement,
        ("DepartementActivity", "cells") => departement::MAX_CELLS as u64,
        ("Brigade", "communes") => sizes.communes_per_brigade,
        ("Broadcast", "communeCodes") => broadcasts::MAX_COMMUNES as u64,
        ("CaseEvaluation", "rows") => EVALUATION_ROWS,
        ("CommuneActivity", "byCategory") => sizes.categories,
        ("CommuneBilan", "byCategory") => sizes.categories,
        ("CommuneBilan", "byMonth") => 12,
        ("CommuneBilan", "outcomes") => STATUSES,
        ("CommuneActivity", "byStatus") => STATUSES,
        ("CommuneActivity", "byWeek") => WEEKS,
        ("CommuneOutline", "polygons") => OUTLINE_WEIGHT,
        ("NotificationPreferences", "channels") => CHANNEL_KINDS,
        ("PhotoUploadTicket", "headers") => TICKET_HEADERS,
        ("ProblemCase", "communeCodes") => cases::MAX_COMMUNES as u64,
        ("ProblemCase", "categoryCodes") => cases::MAX_CATEGORIES as u64,
        ("ProblemCase", "members") => cases::MAX_MEMBERS,
        ("ProblemCase", "reports") => cases::MAX_REPORTS as u64,
        ("ProblemCase", "actions" | "meetings") => cases::MAX_ROWS,
        ("Incident", "reports") => incidents::MAX_REPORTS,
        ("IncidentMutation" | "Mutation", "transitionIncident") => incidents::MAX_REPORTS,
        ("Report", "events") => EVENTS_PER_REPORT,
        ("Report", "photos") => PHOTOS_PER_REPORT,
        ("Report", "duplicates") => MAX_DUPLICATES as u64,
        ("Report", "possibleDuplicates") => {
            // One spatial query per report, whatever it finds.
            return Some(Price { base: 50, items: nearby::MAX_LISTED as u64 });
        }
        ("SecurityRequest", "messages") => requests::MAX_MESSAGES,
        ("TotpSetup", "recoveryCodes") => crate::identity::totp::RECOVERY_CODES as u64,
        ("User", "coordinatedCommunes") => COMMUNES_PER_COORDINATOR,
        _ => return None,
    };
    Some(Price::items(items.max(1)))
}

/// The `edges` and `nodes` of a connection: the page its field priced.
fn is_page(type_name: &str, field: &str) -> bool {
    type_name.ends_with("Connection") && matches!(field, "edges" | "nodes")
}

/// No arguments at all: how the schema test asks for a price.
struct NoArgs;

impl Args for NoArgs {
    fn int(&self, _: &str) -> Option<i64> {
        None
    }
    fn boolean(&self, _: &str) -> Option<bool> {
        None
    }
    fn list_len(&self, _: &str) -> Option<usize> {
        None
    }
    fn present(&self, _: &str) -> bool {
        false
    }
}

/// Every list field of `sdl` that [`price`] does not know (`Type.field`), and every field
/// returning a connection without a `first` argument.
pub fn unpriced_lists(sdl: &str) -> Result<Vec<String>, String> {
    use async_graphql::parser::types::{BaseType, TypeKind};
    let document = async_graphql::parser::parse_schema(sdl).map_err(|error| error.to_string())?;
    let mut missing = Vec::new();
    for definition in document.definitions {
        let async_graphql::parser::types::TypeSystemDefinition::Type(definition) = definition else {
            continue;
        };
        let type_name = definition.node.name.node.as_str();
        let fields = match &definition.node.kind {
            TypeKind::Object(object) => &object.fields,
            TypeKind::Interface(interface) => &interface.fields,
            _ => continue,
        };
        for field in fields {
            let field = &field.node;
            let name = field.name.node.as_str();
            let list = matches!(field.ty.node.base, BaseType::List(_));
            let returns = field.ty.node.base.to_string();
            let connection = returns.trim_end_matches('!').ends_with("Connection");
            let takes_first = field.arguments.iter().any(|argument| argument.node.name.node == "first");
            if connection && !takes_first {
                missing.push(format!("{type_name}.{name} (a connection without `first`)"));
            } else if list && price(type_name, name, &NoArgs, &Sizes::default()).is_none() {
                missing.push(format!("{type_name}.{name}"));
            }
        }
    }
    Ok(missing)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_field_of_the_schema_has_a_price() {
        let sdl = include_str!("../../../schema.graphql");
        let missing = unpriced_lists(sdl).expect("schema.graphql parses");
        assert!(missing.is_empty(), "list fields without a price in cost/price.rs: {missing:?}");
    }

    #[test]
    fn a_list_field_nobody_priced_is_found() {
        let sdl = "type Query { a: Int  things: [Thing!]!  page(first: Int): ThingConnection!  \
                   bad: ThingConnection! }\ntype Thing { id: ID! }\n\
                   type ThingConnection { nodes: [Thing!]! }";
        let missing = unpriced_lists(sdl).expect("parses");
        assert_eq!(missing, ["Query.things", "Query.bad (a connection without `first`)"]);
    }

    #[test]
    fn pages_are_priced_by_what_they_ask_within_the_cap() {
        struct First(i64);
        impl Args for First {
            fn int(&self, name: &str) -> Option<i64> {
                (name == "first").then_some(self.0)
            }
            fn boolean(&self, _: &str) -> Option<bool> {
                None
            }
            fn list_len(&self, _: &str) -> Option<usize> {
                None
            }
            fn present(&self, name: &str) -> bool {
                name == "first"
            }
        }
        let sizes = Sizes::default();
        assert_eq!(price("Query", "myReports", &First(7), &sizes), Some(Price::items(7)));
        assert_eq!(price("Query", "myReports", &First(100_000), &sizes), Some(Price::items(MAX_PAGE)));
        assert_eq!(price("Query", "myReports", &NoArgs, &sizes), None, "no `first`: not a page");
        assert_eq!(Price::items(7).of(3), 22);
        assert_eq!(Price::items(7).of(0), 8, "an item costs at least one");
    }

    #[test]
    fn public_lists_are_priced_by_the_data_the_node_holds() {
        let sizes =
            Sizes { communes: 35_000, participating: 9, communes_per_brigade: 40, ..Sizes::default() };
        assert_eq!(price("Query", "communes", &NoArgs, &sizes), Some(Price::items(35_000)));
        assert_eq!(price("Brigade", "communes", &NoArgs, &sizes), Some(Price::items(40)));
        assert_eq!(price("Commune", "name", &NoArgs, &sizes), None);
    }
}
