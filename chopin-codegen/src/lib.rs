//! Procedural macros of Chopin: `app!`, `derive(Serialize)`, `derive(Model)`. The crate is part
//! of the workspace layout; its macros arrive with the `app!` work and export nothing yet.
