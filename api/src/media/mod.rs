//! Photos: presigned uploads to S3-compatible storage (or the node's own folder in
//! embedded mode), real-type checks and metadata stripping on attach, signed downloads.

mod bytes;
mod graphql;
pub mod heic;
pub mod jpeg;
pub mod local;
pub mod png;
pub mod s3;
pub mod sanitize;
pub mod service;
pub mod store;
mod upload;
pub mod webp;

pub use self::{
    graphql::{MediaMutation, photo_service},
    store::PhotoStore,
};

#[cfg(test)]
mod properties;
