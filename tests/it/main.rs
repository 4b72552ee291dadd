//! Integration tests, one module per capability, all on the harness in `vigie_tests`.
//! Run against SQLite by default and against PostgreSQL with `TEST_DATABASE_URL` set.

mod administration;
mod alerts;
mod attacks_access;
mod attacks_media;
mod attacks_round3;
mod attacks_sockets;
mod attacks_throttles;
mod authorization;
mod browser;
mod cli;
mod conformance;
mod console_types;
mod consoles;
mod cost_schema;
mod dataloaders;
mod email;
mod hearing;
mod identity;
mod migrations;
mod node_memory;
mod operating;
mod partnership;
mod photos;
mod public_api;
mod push;
mod replay;
mod reports;
mod routing_demo;
mod routing_france;
mod schema;
mod tokens;
mod transport;
mod trust_round2;
mod two_factor;
mod websocket;
