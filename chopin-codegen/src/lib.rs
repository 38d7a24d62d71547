//! Procedural macros of Chopin.
