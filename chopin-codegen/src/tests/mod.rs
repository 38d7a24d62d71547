//! Snapshot tests of the code the macros generate (`snapshots/<feature>__<case>.snap`).

mod app;
mod serialize;
