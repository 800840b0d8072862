//! The vault's data: the secret model (pure) and its plaintext encoding.

pub mod format;
pub mod merge;
pub mod model;
pub mod names;

pub use format::{CatalogEntry, Document, Meta, Reader};
pub use model::{AWSCURRENT, AWSPENDING, AWSPREVIOUS, Secret, SecretValue, Version};
