//! The cost of a parsed operation: every field costs one, plus what it selects; a list
//! field costs its [`Price`] — its items times what one item selects. Fragments count
//! where they are spread; `@skip`/`@include` are ignored (the dearer reading wins).

use async_graphql::{
    Name, Positioned, Value as ConstValue, Variables,
    parser::types::{ExecutableDocument, Field, OperationType, Selection, SelectionSet, VariableDefinition},
    registry::{MetaType, Registry},
};

use super::price::{self, Args, Price};
use crate::routing::Sizes;

/// Fragment spreads followed at most this deep (validation refuses cycles; this only
/// keeps a malformed document from recursing).
const MAX_SPREAD_DEPTH: usize = 32;

/// The cost of the dearest operation of `document`.
pub fn cost(registry: &Registry, document: &ExecutableDocument, variables: &Variables, sizes: &Sizes) -> u64 {
    let walker = Walker { registry, document, variables, sizes };
    document
        .operations
        .iter()
        .map(|(_, operation)| {
            let root = match operation.node.ty {
                OperationType::Query => Some(registry.query_type.as_str()),
                OperationType::Mutation => registry.mutation_type.as_deref(),
                OperationType::Subscription => registry.subscription_type.as_deref(),
            };
            let scope = Scope { defaults: &operation.node.variable_definitions };
            root.map_or(0, |root| walker.selection_set(&operation.node.selection_set.node, root, &scope, 0))
        })
        .max()
        .unwrap_or(0)
}

struct Walker<'a> {
    registry: &'a Registry,
    document: &'a ExecutableDocument,
    variables: &'a Variables,
    sizes: &'a Sizes,
}

/// The operation's variable definitions (their defaults stand in for missing values).
struct Scope<'a> {
    defaults: &'a [Positioned<VariableDefinition>],
}

impl Walker<'_> {
    fn selection_set(&self, set: &SelectionSet, type_name: &str, scope: &Scope<'_>, spreads: usize) -> u64 {
        set.items.iter().fold(0u64, |total, selection| {
            let cost = match &selection.node {
                Selection::Field(field) => self.field(&field.node, type_name, scope, spreads),
                Selection::InlineFragment(fragment) => {
                    let on = fragment.node.type_condition.as_ref().map(|on| on.node.on.node.as_str());
                    self.selection_set(
                        &fragment.node.selection_set.node,
                        on.unwrap_or(type_name),
                        scope,
                        spreads,
                    )
                }
                Selection::FragmentSpread(spread) if spreads < MAX_SPREAD_DEPTH => {
                    let Some(fragment) = self.document.fragments.get(&spread.node.fragment_name.node) else {
                        return total;
                    };
                    let on = fragment.node.type_condition.node.on.node.as_str();
                    self.selection_set(&fragment.node.selection_set.node, on, scope, spreads + 1)
                }
                Selection::FragmentSpread(_) => 0,
            };
            total.saturating_add(cost)
        })
    }

    fn field(&self, field: &Field, parent: &str, scope: &Scope<'_>, spreads: usize) -> u64 {
        let name = field.name.node.as_str();
        let meta = self.registry.types.get(parent).and_then(|parent| match parent {
            MetaType::Object { fields, .. } | MetaType::Interface { fields, .. } => fields.get(name),
            _ => None,
        });
        let Some(meta) = meta else { return 1 };
        let item_type = meta.ty.trim_matches(|c| matches!(c, '[' | ']' | '!'));
        let child = self.selection_set(&field.selection_set.node, item_type, scope, spreads);
        let args = FieldArgs { field, walker: self, scope };
        match price::price(parent, name, &args, self.sizes) {
            Some(price) => price.of(child),
            None if meta.ty.contains('[') => Price { base: 1, items: 1 }.of(child),
            None => child.saturating_add(1),
        }
    }

    /// The value of a variable: given, else its default.
    fn variable(&self, name: &Name, scope: &Scope<'_>) -> Option<ConstValue> {
        self.variables.get(name).cloned().or_else(|| {
            scope
                .defaults
                .iter()
                .find(|definition| definition.node.name.node == *name)
                .and_then(|definition| definition.node.default_value.as_ref())
                .map(|default| default.node.clone())
        })
    }
}

/// One field's arguments, variables resolved.
struct FieldArgs<'a> {
    field: &'a Field,
    walker: &'a Walker<'a>,
    scope: &'a Scope<'a>,
}

impl FieldArgs<'_> {
    fn value(&self, name: &str) -> Option<ConstValue> {
        let value = self.field.get_argument(name)?.node.clone();
        value.into_const_with(|variable| self.walker.variable(&variable, self.scope).ok_or(())).ok()
    }
}

impl Args for FieldArgs<'_> {
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

    fn list_len(&self, name: &str) -> Option<usize> {
        match self.value(name)? {
            ConstValue::List(items) => Some(items.len()),
            ConstValue::Null => None,
            // A single value where a list is expected is a list of one.
            _ => Some(1),
        }
    }

    fn present(&self, name: &str) -> bool {
        self.value(name).is_some_and(|value| value != ConstValue::Null)
    }
}
