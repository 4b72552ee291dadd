//! Latency histograms and the printed summary.

use std::time::Duration;

use hdrhistogram::Histogram;
use serde_json::json;

/// Microseconds, 1 µs to 60 s, three significant digits.
pub fn histogram() -> Histogram<u64> {
    Histogram::new_with_bounds(1, 60_000_000, 3).expect("histogram bounds")
}

pub fn record(histogram: &mut Histogram<u64>, elapsed: Duration) {
    let micros = u64::try_from(elapsed.as_micros()).unwrap_or(u64::MAX).clamp(1, 60_000_000);
    histogram.record(micros).expect("in bounds");
}

/// Runs the workers (each returning its latencies and error count after one second of
/// warm-up) side by side and sums what they measured.
pub async fn gather(
    workers: impl IntoIterator<Item = impl Future<Output = (Histogram<u64>, u64)>>,
) -> Summary {
    let started = std::time::Instant::now();
    let results = futures_util::future::join_all(workers).await;
    let elapsed = started.elapsed().saturating_sub(Duration::from_secs(1));
    let mut latencies = histogram();
    let mut errors = 0;
    for (worker, failed) in results {
        latencies.add(worker).expect("same bounds");
        errors += failed;
    }
    Summary { latencies, errors, elapsed, extra: Default::default() }
}

/// What a run measured.
pub struct Summary {
    pub latencies: Histogram<u64>,
    pub errors: u64,
    pub elapsed: Duration,
    /// Extra figures of the scenario (memory, sockets).
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl Summary {
    pub fn print(&self, scenario: &str, label: &str, connections: usize) {
        let count = self.latencies.len();
        let rate = count as f64 / self.elapsed.as_secs_f64().max(1e-9);
        let ms = |quantile: f64| self.latencies.value_at_quantile(quantile) as f64 / 1000.0;
        println!(
            "{scenario:<14} {label:<9} c={connections:<4} {count:>8} ok {errors:>5} err {rate:>9.1}/s  p50 {p50:>7.2} ms  p99 {p99:>8.2} ms  max {max:>8.2} ms {extra}",
            errors = self.errors,
            p50 = ms(0.5),
            p99 = ms(0.99),
            max = self.latencies.max() as f64 / 1000.0,
            extra = if self.extra.is_empty() {
                String::new()
            } else {
                serde_json::Value::Object(self.extra.clone()).to_string()
            },
        );
        let line = json!({
            "scenario": scenario, "label": label, "connections": connections, "ok": count,
            "errors": self.errors, "per_second": rate, "p50_ms": ms(0.5), "p90_ms": ms(0.9),
            "p99_ms": ms(0.99), "max_ms": self.latencies.max() as f64 / 1000.0, "extra": self.extra,
        });
        println!("JSON {line}");
    }
}
