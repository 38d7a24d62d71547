//! chopin-rt: the runtime under Chopin.
pub mod http;
