//! The cost of a parsed operation: every field costs one, plus what it selects; a list
//! field costs its [`Price`] — its items times what one item selects. Fragments count
//! where they are spread, each priced once per operation (a document whose fragments spread
//! each other twice over prices in linear time, and its exponential cost is refused);
//! `@skip`/`@include` are ignored (the dearer reading wins). A fragment cycle, or spreads
//! nested deeper than async-graphql's own limit, is reported instead of a cost: its
//! recursion check expands fragments without memory, so such a document must never reach it.

use std::{
    cell::{Cell, RefCell},
    collections::HashMap,
};

use async_graphql::{
    Name, Positioned, Value as ConstValue, Variables,
    parser::types::{ExecutableDocument, Field, OperationType, Selection, SelectionSet, VariableDefinition},
    registry::{MetaType, Registry},
};

use async_graphql_value::Value;

use super::price::{self, Args, Price};
use crate::routing::Sizes;

/// Fragment spreads nested at most this deep (async-graphql's recursion limit).
pub const MAX_SPREAD_DEPTH: usize = 32;

/// A document refused for its shape before it is priced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A fragment spreads itself, directly or not.
    Cycle,
    /// Fragments spread fragments deeper than [`MAX_SPREAD_DEPTH`].
    TooDeep,
}

/// The cost of the dearest operation of `document`.
pub fn cost(
    registry: &Registry,
    document: &ExecutableDocument,
    variables: &Variables,
    sizes: &Sizes,
) -> Result<u64, Shape> {
    let mut dearest = 0;
    for (_, operation) in document.operations.iter() {
        let root = match operation.node.ty {
            OperationType::Query => Some(registry.query_type.as_str()),
            OperationType::Mutation => registry.mutation_type.as_deref(),
            OperationType::Subscription => registry.subscription_type.as_deref(),
        };
        let walker = Walker {
            registry,
            document,
            variables,
            sizes,
            defaults: &operation.node.variable_definitions,
            fragments: RefCell::default(),
            spreads: Cell::new(0),
            shape: Cell::new(None),
        };
        let cost = root.map_or(0, |root| walker.selection_set(&operation.node.selection_set.node, root));
        if let Some(shape) = walker.shape.get() {
            return Err(shape);
        }
        dearest = dearest.max(cost);
    }
    Ok(dearest)
}

/// What a fragment costs, once known; `None` while it is being priced.
type Fragments<'a> = RefCell<HashMap<&'a Name, Option<u64>>>;

/// One operation's walk.
struct Walker<'a> {
    registry: &'a Registry,
    document: &'a ExecutableDocument,
    variables: &'a Variables,
    sizes: &'a Sizes,
    /// The operation's variable definitions (their defaults stand in for missing values).
    defaults: &'a [Positioned<VariableDefinition>],
    fragments: Fragments<'a>,
    /// How deep the spreads being priced are nested.
    spreads: Cell<usize>,
    shape: Cell<Option<Shape>>,
}

impl<'a> Walker<'a> {
    fn selection_set(&self, set: &'a SelectionSet, type_name: &str) -> u64 {
        set.items.iter().fold(0u64, |total, selection| {
            let cost = match &selection.node {
                Selection::Field(field) => self.field(&field.node, type_name),
                Selection::InlineFragment(fragment) => {
                    let on = fragment.node.type_condition.as_ref().map(|on| on.node.on.node.as_str());
                    self.selection_set(&fragment.node.selection_set.node, on.unwrap_or(type_name))
                }
                Selection::FragmentSpread(spread) => self.fragment(&spread.node.fragment_name.node),
            };
            total.saturating_add(cost)
        })
    }

    /// A named fragment's cost, priced the first time it is spread.
    fn fragment(&self, name: &'a Name) -> u64 {
        if let Some(known) = self.fragments.borrow().get(name).copied() {
            if known.is_none() {
                self.shape.set(Some(Shape::Cycle));
            }
            return known.unwrap_or(0);
        }
        let Some(fragment) = self.document.fragments.get(name) else { return 0 };
        if self.spreads.get() >= MAX_SPREAD_DEPTH {
            self.shape.set(Some(Shape::TooDeep));
            return 0;
        }
        self.fragments.borrow_mut().insert(name, None);
        self.spreads.set(self.spreads.get() + 1);
        let on = fragment.node.type_condition.node.on.node.as_str();
        let cost = self.selection_set(&fragment.node.selection_set.node, on);
        self.spreads.set(self.spreads.get() - 1);
        self.fragments.borrow_mut().insert(name, Some(cost));
        cost
    }

    fn field(&self, field: &'a Field, parent: &str) -> u64 {
        let name = field.name.node.as_str();
        let meta = self.registry.types.get(parent).and_then(|parent| match parent {
            MetaType::Object { fields, .. } | MetaType::Interface { fields, .. } => fields.get(name),
            _ => None,
        });
        let Some(meta) = meta else { return 1 };
        let item_type = meta.ty.trim_matches(|c| matches!(c, '[' | ']' | '!'));
        let child = self.selection_set(&field.selection_set.node, item_type);
        match price::price(parent, name, &FieldArgs { field, walker: self }, self.sizes) {
            Some(price) => price.of(child),
            // Introspection's lists: one per item (the schema is small and fixed).
            None if meta.ty.contains('[') => Price { base: 1, items: 1 }.of(child),
            None => child.saturating_add(1),
        }
    }

    /// The value of a variable: given, else its default.
    fn variable(&self, name: &Name) -> Option<&'a ConstValue> {
        self.variables.get(name).or_else(|| {
            self.defaults
                .iter()
                .find(|definition| definition.node.name.node == *name)
                .and_then(|definition| definition.node.default_value.as_ref())
                .map(|default| &default.node)
        })
    }
}

/// One field's arguments, variables resolved.
struct FieldArgs<'w, 'a> {
    field: &'a Field,
    walker: &'w Walker<'a>,
}

impl FieldArgs<'_, '_> {
    fn value(&self, name: &str) -> Option<ConstValue> {
        let value = self.field.get_argument(name)?.node.clone();
        value.into_const_with(|variable| self.walker.variable(&variable).cloned().ok_or(())).ok()
    }
}

impl Args for FieldArgs<'_, '_> {
    fn int(&self, name: &str) -> Option<i64> {
        match self.value(name)? {
            ConstValue::Number(number) => number.as_i64(),
            _ => None,
        }
    }

    fn boolean(&self, name: &str) -> Option<bool> {
        match self.value(name)? {
            ConstValue::Boolean(value) => Some(value),
            _ => None,
        }
    }

    /// Read in place: a hostile document may give the same long list to thousands of fields.
    fn list_len(&self, name: &str) -> Option<usize> {
        match &self.field.get_argument(name)?.node {
            Value::Variable(variable) => match self.walker.variable(variable)? {
                ConstValue::List(items) => Some(items.len()),
                ConstValue::Null => None,
                // A single value where a list is expected is a list of one.
                _ => Some(1),
            },
            Value::List(items) => Some(items.len()),
            Value::Null => None,
            _ => Some(1),
        }
    }

    fn present(&self, name: &str) -> bool {
        self.value(name).is_some_and(|value| value != ConstValue::Null)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A registry that knows only the root's name: every field costs one.
    fn cost_of(query: &str) -> Result<u64, Shape> {
        let registry = Registry { query_type: "Query".into(), ..Registry::default() };
        let document = async_graphql::parser::parse_query(query).expect("parses");
        cost(&registry, &document, &Variables::default(), &Sizes::default())
    }

    #[test]
    fn fragments_spread_twice_over_are_priced_once_each_and_their_cost_multiplies() {
        // f0 spreads f1 twice, f1 spreads f2 twice, … : 2^30 fields, priced in 31 steps.
        let query = doubling(30);
        let started = std::time::Instant::now();
        assert!(cost_of(&query).expect("priced") >= 1 << 30);
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
    }

    /// `levels` fragments, each spreading the next twice, the last selecting one field.
    fn doubling(levels: usize) -> String {
        let mut query = String::from("{ ...f0 }\n");
        for n in 0..levels {
            query.push_str(&format!("fragment f{n} on Query {{ ...f{next} ...f{next} }}\n", next = n + 1));
        }
        query.push_str(&format!("fragment f{levels} on Query {{ names }}\n"));
        query
    }

    #[test]
    fn a_fragment_cycle_is_reported_not_recursed() {
        let cycle = "{ ...a } fragment a on Query { names ...b ...b } fragment b on Query { ...a ...a }";
        assert_eq!(cost_of(cycle), Err(Shape::Cycle));
    }

    #[test]
    fn spreads_nested_past_the_limit_are_reported() {
        assert!(cost_of(&doubling(MAX_SPREAD_DEPTH - 1)).is_ok());
        assert_eq!(cost_of(&doubling(MAX_SPREAD_DEPTH + 1)), Err(Shape::TooDeep));
    }
}
