//! Compile-pass and compile-fail cases; each `fail/**/*.rs` has its expected `.stderr` beside it.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.pass("pass/*.rs");
    t.compile_fail("fail/**/*.rs");
}
