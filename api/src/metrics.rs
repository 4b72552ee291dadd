//! A node's metrics, served at `/metrics` in Prometheus' text exposition format (0.0.4).
//! Every label takes its values from a closed set (the schema's root fields, the contract's
//! codes, the outbox's channels): nothing a client sends can grow the series without end.
//! Values measured at scrape time (pool, outbox, routing) are set just before encoding.

use prometheus::{
    Encoder, Gauge, GaugeVec, HistogramOpts, HistogramVec, IntCounterVec, IntGauge, IntGaugeVec, Opts,
    Registry, TextEncoder,
};

/// The media type of the exposition format.
pub const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

/// One node's metrics (each node its own registry: tests run several in one process).
#[derive(Debug)]
pub struct Metrics {
    registry: Registry,
    /// The process's own (`process_*`, unprefixed as every exporter names them).
    process: Registry,
    /// GraphQL operations by root field and outcome code (`OK` when no error).
    pub operations: IntCounterVec,
    /// GraphQL operations' duration by root field.
    pub operation_seconds: HistogramVec,
    /// HTTP responses by route and status class.
    pub http_responses: IntCounterVec,
    /// HTTP requests' duration by route.
    pub http_seconds: HistogramVec,
    /// Database pool connections by state (`in_use`, `idle`, `max`).
    pub db_pool: IntGaugeVec,
    /// Writers queued for the embedded database's write turn.
    pub db_writers_waiting: IntGauge,
    /// Outbox messages waiting by channel.
    pub outbox_pending: IntGaugeVec,
    /// Age of the oldest waiting outbox message by channel.
    pub outbox_oldest_seconds: GaugeVec,
    pub websockets_open: IntGauge,
    pub subscriptions_open: IntGauge,
    pub routing_revision: IntGauge,
    pub routing_build_seconds: Gauge,
    /// Retention runs by result (`done`, `skipped`, `failed`).
    pub retention_runs: IntCounterVec,
    /// 1 while the node accepts traffic, 0 once it stops or the database is away.
    pub ready: IntGauge,
}

impl Metrics {
    /// A fresh registry with every family registered.
    pub fn new() -> Result<Self, prometheus::Error> {
        let registry = Registry::new_custom(Some("vigie".into()), None)?;
        let seconds = |name: &str, help: &str, labels: &[&str]| {
            // 1 ms to ~33 s.
            let buckets = prometheus::exponential_buckets(0.001, 2.0, 16)?;
            HistogramVec::new(HistogramOpts::new(name, help).buckets(buckets), labels)
        };
        let metrics = Self {
            operations: IntCounterVec::new(
                Opts::new("graphql_operations_total", "GraphQL operations by root field and outcome code."),
                &["operation", "outcome"],
            )?,
            operation_seconds: seconds(
                "graphql_operation_duration_seconds",
                "GraphQL operations' duration by root field.",
                &["operation"],
            )?,
            http_responses: IntCounterVec::new(
                Opts::new("http_responses_total", "HTTP responses by route and status."),
                &["route", "status"],
            )?,
            http_seconds: seconds(
                "http_request_duration_seconds",
                "HTTP requests' duration by route.",
                &["route"],
            )?,
            db_pool: IntGaugeVec::new(
                Opts::new("db_pool_connections", "Database pool connections by state (in_use, idle, max)."),
                &["state"],
            )?,
            db_writers_waiting: IntGauge::new(
                "db_writers_waiting",
                "Writers waiting for the embedded database's write turn.",
            )?,
            outbox_pending: IntGaugeVec::new(
                Opts::new("outbox_pending_messages", "Outbox messages waiting to be delivered, by channel."),
                &["channel"],
            )?,
            outbox_oldest_seconds: GaugeVec::new(
                Opts::new(
                    "outbox_oldest_pending_age_seconds",
                    "Age of the oldest waiting outbox message, by channel.",
                ),
                &["channel"],
            )?,
            websockets_open: IntGauge::new("websockets_open", "Websockets open on this node.")?,
            subscriptions_open: IntGauge::new(
                "subscriptions_open",
                "GraphQL subscriptions running on this node.",
            )?,
            routing_revision: IntGauge::new(
                "routing_revision",
                "Jurisdictions revision the routing index serves.",
            )?,
            routing_build_seconds: Gauge::new(
                "routing_index_build_seconds",
                "How long the current routing index took to build.",
            )?,
            retention_runs: IntCounterVec::new(
                Opts::new("retention_runs_total", "Retention runs by result (done, skipped, failed)."),
                &["result"],
            )?,
            ready: IntGauge::new(
                "ready",
                "1 while the node takes traffic (database reachable, not stopping).",
            )?,
            registry,
            process: Registry::new(),
        };
        metrics.register_all()?;
        Ok(metrics)
    }

    fn register_all(&self) -> Result<(), prometheus::Error> {
        let registry = &self.registry;
        registry.register(Box::new(self.operations.clone()))?;
        registry.register(Box::new(self.operation_seconds.clone()))?;
        registry.register(Box::new(self.http_responses.clone()))?;
        registry.register(Box::new(self.http_seconds.clone()))?;
        registry.register(Box::new(self.db_pool.clone()))?;
        registry.register(Box::new(self.db_writers_waiting.clone()))?;
        registry.register(Box::new(self.outbox_pending.clone()))?;
        registry.register(Box::new(self.outbox_oldest_seconds.clone()))?;
        registry.register(Box::new(self.websockets_open.clone()))?;
        registry.register(Box::new(self.subscriptions_open.clone()))?;
        registry.register(Box::new(self.routing_revision.clone()))?;
        registry.register(Box::new(self.routing_build_seconds.clone()))?;
        registry.register(Box::new(self.retention_runs.clone()))?;
        registry.register(Box::new(self.ready.clone()))?;
        // CPU, memory, open files and threads of the process (Linux only).
        #[cfg(target_os = "linux")]
        self.process.register(Box::new(prometheus::process_collector::ProcessCollector::for_self()))?;
        Ok(())
    }

    /// Counts one GraphQL operation.
    pub fn operation(&self, operation: &str, outcome: &str, seconds: f64) {
        self.operations.with_label_values(&[operation, outcome]).inc();
        self.operation_seconds.with_label_values(&[operation]).observe(seconds);
    }

    /// Counts one HTTP response.
    pub fn http(&self, route: &str, status: u16, seconds: f64) {
        let class = match status {
            100..=199 => "1xx",
            200..=299 => "2xx",
            300..=399 => "3xx",
            400..=499 => "4xx",
            _ => "5xx",
        };
        self.http_responses.with_label_values(&[route, class]).inc();
        self.http_seconds.with_label_values(&[route]).observe(seconds);
    }

    /// The exposition text of every family.
    pub fn render(&self) -> Result<String, prometheus::Error> {
        let mut buffer = Vec::new();
        let mut families = self.registry.gather();
        families.extend(self.process.gather());
        TextEncoder::new().encode(&families, &mut buffer)?;
        String::from_utf8(buffer).map_err(|error| prometheus::Error::Msg(error.to_string()))
    }
}

/// Counts an open thing (a socket, a subscription) for as long as it lives.
#[derive(Debug)]
pub struct Open(IntGauge);

impl Open {
    pub fn new(gauge: &IntGauge) -> Self {
        gauge.inc();
        Self(gauge.clone())
    }
}

impl Drop for Open {
    fn drop(&mut self) {
        self.0.dec();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families_render_with_their_prefix_and_help() {
        let metrics = Metrics::new().expect("registry");
        metrics.operation("fileReport", "OK", 0.004);
        let text = metrics.render().expect("render");
        assert!(text.contains("# TYPE vigie_graphql_operations_total counter"), "{text}");
        assert!(text.contains(r#"vigie_graphql_operations_total{operation="fileReport",outcome="OK"} 1"#));
        assert!(text.contains("vigie_graphql_operation_duration_seconds_bucket"));
    }
}
