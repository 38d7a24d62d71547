//! Chopin.
pub use chopin_rt as rt;
