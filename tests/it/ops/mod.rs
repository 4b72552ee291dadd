//! The operations kit as a prefecture's IT would check it: metrics, request ids and the
//! access log, outages, a graceful stop, persisted queries.

mod backup;
mod demo;
mod dump;
mod metrics;
mod outage;
mod packaging;
mod persisted;
mod request_ids;
mod startup;
mod stop;
