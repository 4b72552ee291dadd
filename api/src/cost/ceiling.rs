//! The weight of one answer, counted while it is built: each field counts as it starts
//! (its name, and one field more), and adds what it holds when it resolves (strings,
//! numbers and lists of them; an object's own fields count themselves). Counting at the
//! start matters: async-graphql starts the fields of a list's items side by side, level by
//! level, and a cycle mispriced would hold millions of started fields before the first
//! leaf resolved. Past the ceiling, or past [`MAX_FIELDS`] fields, the rest resolves to
//! nothing at once and the answer is replaced by one typed error: a pricing mistake costs a
//! refusal, never the node.

use std::sync::atomic::{AtomicU64, Ordering};

use async_graphql::Value;

/// Fields one answer may start. An accepted query answers at most its price in values
/// (the schema-wide cost test holds every list to it): 5,000 by default; the whole
/// introspection of the schema is about 8,400 (a test keeps it under 15,000). Each started
/// field holds the futures of its items until the answer is done: at 25,000, two answers
/// of a mispriced cycle at once cost a debug node about 100 MiB.
pub const MAX_FIELDS: u64 = 25_000;

#[derive(Debug)]
pub struct Ceiling {
    bytes: u64,
    used: AtomicU64,
    fields: AtomicU64,
}

impl Ceiling {
    pub fn new(bytes: u64) -> Self {
        Self { bytes, used: AtomicU64::new(0), fields: AtomicU64::new(0) }
    }

    /// Whether the answer already outgrew the ceiling (its remaining fields are skipped).
    pub fn exceeded(&self) -> bool {
        self.used.load(Ordering::Relaxed) > self.bytes || self.fields.load(Ordering::Relaxed) > MAX_FIELDS
    }

    /// Counts a field named `name` that starts resolving.
    pub fn enter(&self, name: &str) {
        self.fields.fetch_add(1, Ordering::Relaxed);
        self.used.fetch_add(name.len() as u64 + 3, Ordering::Relaxed);
    }

    /// Counts what a resolved field holds.
    pub fn add(&self, value: Option<&Value>) {
        self.used.fetch_add(value.map_or(4, weigh), Ordering::Relaxed);
    }

    /// Starts over (a subscription's next event is an answer of its own).
    pub fn reset(&self) {
        self.used.store(0, Ordering::Relaxed);
        self.fields.store(0, Ordering::Relaxed);
    }
}

/// About what `value` adds to the JSON answer, objects excepted (their fields are counted
/// as they resolve).
fn weigh(value: &Value) -> u64 {
    match value {
        Value::Null => 4,
        Value::Boolean(_) => 5,
        Value::Number(_) => 12,
        Value::String(text) => text.len() as u64 + 2,
        Value::Enum(name) => name.len() as u64 + 2,
        Value::Binary(bytes) => bytes.len() as u64 * 4 / 3 + 2,
        Value::List(items) => items.iter().map(|item| weigh(item) + 1).sum::<u64>() + 2,
        Value::Object(_) => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_and_lists_count_and_the_ceiling_trips_once_passed() {
        let ceiling = Ceiling::new(100);
        ceiling.enter("name");
        ceiling.add(Some(&Value::String("Giromagny".into())));
        assert!(!ceiling.exceeded());
        let numbers = Value::List((0..20).map(Value::from).collect());
        ceiling.enter("polygons");
        ceiling.add(Some(&numbers));
        assert!(ceiling.exceeded(), "20 numbers weigh more than the 80 bytes left");
        ceiling.reset();
        assert!(!ceiling.exceeded());
    }

    #[test]
    fn fields_started_count_before_any_resolves() {
        let ceiling = Ceiling::new(u64::MAX);
        for _ in 0..MAX_FIELDS {
            ceiling.enter("c");
        }
        assert!(!ceiling.exceeded());
        ceiling.enter("c");
        assert!(ceiling.exceeded(), "too many fields started, none resolved yet");
    }
}
