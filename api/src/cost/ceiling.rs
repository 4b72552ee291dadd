//! The weight of one answer, counted while it is built: each resolved field adds its name
//! and what it holds (strings, numbers and lists of them; an object's own fields count
//! themselves). Past the ceiling the rest resolves to nothing at once, and the answer is
//! replaced by one typed error: a pricing mistake costs a refusal, never the node.

use std::sync::atomic::{AtomicU64, Ordering};

use async_graphql::Value;

#[derive(Debug)]
pub struct Ceiling {
    bytes: u64,
    used: AtomicU64,
}

impl Ceiling {
    pub fn new(bytes: u64) -> Self {
        Self { bytes, used: AtomicU64::new(0) }
    }

    /// Whether the answer already outgrew the ceiling (its remaining fields are skipped).
    pub fn exceeded(&self) -> bool {
        self.used.load(Ordering::Relaxed) > self.bytes
    }

    /// Counts a resolved field named `name` holding `value`.
    pub fn add(&self, name: &str, value: Option<&Value>) {
        let weight = name.len() as u64 + 3 + value.map_or(4, weigh);
        self.used.fetch_add(weight, Ordering::Relaxed);
    }

    /// Starts over (a subscription's next event is an answer of its own).
    pub fn reset(&self) {
        self.used.store(0, Ordering::Relaxed);
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
        ceiling.add("name", Some(&Value::String("Giromagny".into())));
        assert!(!ceiling.exceeded());
        let numbers = Value::List((0..20).map(Value::from).collect());
        ceiling.add("polygons", Some(&numbers));
        assert!(ceiling.exceeded(), "20 numbers weigh more than the 80 bytes left");
        ceiling.reset();
        assert!(!ceiling.exceeded());
    }
}
