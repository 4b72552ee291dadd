//! Request/response scenarios: each of `connections` workers sends its next request as soon
//! as the previous one is answered, for the duration, after a one-second warm-up.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::{
    setup::World,
    stats::{self, Summary},
};

const FILE: &str = "mutation($input: FileReportInput!) { fileReport(input: $input) { id status } }";
const MY_REPORTS: &str =
    "{ myReports(first: 20) { totalCount edges { node { id status category { code } } } } }";
const QUEUE: &str =
    "{ brigadeQueue(first: 50) { totalCount edges { node { id status category { code } } } } }";

const ACTIVITY: &str = "query($commune: String!, $from: DateTime) { communeActivity(communeCode: $commune, from: $from) { total byCategory { key count } byStatus { key count } medianSecondsToAcknowledge reports(first: 20) { edges { node { id status } } } } }";

#[derive(Clone, Copy, Debug)]
pub enum Kind {
    FileReport,
    MyReports,
    BrigadeQueue,
    /// The busiest commune's last year, as its mayor.
    CommuneActivity,
    /// 70 % my reports, 20 % filings, 10 % the queue.
    Mixed,
}

impl Kind {
    pub fn parse(name: &str) -> Option<Self> {
        Some(match name {
            "file-report" => Self::FileReport,
            "my-reports" => Self::MyReports,
            "brigade-queue" => Self::BrigadeQueue,
            "commune-activity" => Self::CommuneActivity,
            "mixed" => Self::Mixed,
            _ => return None,
        })
    }
}

enum Call {
    File,
    Mine,
    Queue,
    Activity,
}

fn pick(kind: Kind, sequence: u64) -> Call {
    match kind {
        Kind::FileReport => Call::File,
        Kind::MyReports => Call::Mine,
        Kind::BrigadeQueue => Call::Queue,
        Kind::CommuneActivity => Call::Activity,
        Kind::Mixed => match sequence % 10 {
            0 | 1 => Call::File,
            2 => Call::Queue,
            _ => Call::Mine,
        },
    }
}

pub async fn run(world: &World, kind: Kind, connections: usize, duration: Duration) -> Summary {
    let warm_until = Instant::now() + Duration::from_secs(1);
    let until = warm_until + duration;
    let run = uuid::Uuid::new_v4().simple().to_string();
    let year_ago = (chrono::Utc::now() - chrono::Duration::days(365)).to_rfc3339();
    let workers = (0..connections).map(|worker| {
        let run = run.clone();
        let year_ago = year_ago.clone();
        async move {
            let mut histogram = stats::histogram();
            let mut errors = 0;
            let mut sequence = 0u64;
            let resident = &world.residents[worker % world.residents.len()];
            while Instant::now() < until {
                sequence += 1;
                let (token, query, variables) = match pick(kind, sequence + worker as u64) {
                    Call::File => {
                        (resident.as_str(), FILE, filing(world, &format!("{run}-{worker}-{sequence}")))
                    }
                    Call::Mine => (resident.as_str(), MY_REPORTS, json!({})),
                    Call::Queue => (world.staff.as_str(), QUEUE, json!({})),
                    Call::Activity => (
                        world.coordinator.as_str(),
                        ACTIVITY,
                        json!({ "commune": world.commune, "from": year_ago }),
                    ),
                };
                let started = Instant::now();
                let answer = world.graphql(Some(token), query, variables).await;
                let elapsed = started.elapsed();
                if started < warm_until {
                    continue;
                }
                if let Some(error) = answer.get("errors") {
                    if errors == 0 && worker == 0 {
                        eprintln!("first error: {error}");
                    }
                    errors += 1;
                } else {
                    stats::record(&mut histogram, elapsed);
                }
            }
            (histogram, errors)
        }
    });
    stats::gather(workers).await
}

fn filing(world: &World, request: &str) -> Value {
    json!({ "input": {
        "clientRequestId": request,
        "categoryCode": "SUSPICIOUS_VEHICLE",
        "description": "Une camionnette blanche tourne lentement dans le lotissement depuis une heure.",
        "location": { "latitude": world.point.0, "longitude": world.point.1, "accuracyMeters": 8.0 },
    } })
}
