//! Encoding tables for the scalar conversions (the round trips against a server are in
//! `tests/pg_types.rs`).

use super::*;

fn col(ty: u32) -> Column {
    Column { name: "c".into(), type_oid: ty, binary: true }
}

#[test]
fn integers_widen_and_range_check() {
    let mut out = Vec::new();
    5i16.to_sql(oid::INT8, &mut out).unwrap();
    assert_eq!(out, 5i64.to_be_bytes());
    assert!(70_000i32.to_sql(oid::INT2, &mut Vec::new()).is_err());
    assert!((-1i64).to_sql(oid::OID, &mut Vec::new()).is_err());
    assert_eq!(i64::from_sql(&col(oid::INT2), &[0xff, 0xfe]).unwrap(), -2);
    assert!(i16::from_sql(&col(oid::INT4), &100_000i32.to_be_bytes()).is_err());
    assert!(i32::from_sql(&col(oid::TEXT), b"1").is_err());
}

#[test]
fn nulls_need_an_option() {
    assert!(i32::from_null(&col(oid::INT4)).is_err());
    assert_eq!(Option::<i32>::from_null(&col(oid::INT4)).unwrap(), None);
    assert_eq!(None::<i32>.to_sql(oid::INT4, &mut Vec::new()).unwrap(), IsNull::Yes);
}

#[test]
fn strings_read_text_columns_and_jsonb() {
    assert_eq!(<&str>::from_sql(&col(oid::JSONB), b"\x01[1]").unwrap(), "[1]");
    assert!(<&str>::from_sql(&col(oid::INT4), b"\0\0\0\x01").is_err());
    let text_col = Column { name: "p".into(), type_oid: 600, binary: false };
    assert_eq!(<&str>::from_sql(&text_col, b"(1,2)").unwrap(), "(1,2)");
}

#[test]
fn arrays_encode_with_null_flag() {
    let mut out = Vec::new();
    vec![Some(1i32), None].to_sql(1007, &mut out).unwrap();
    let mut expect = Vec::new();
    for v in [1i32, 1, 23, 2, 1, 4, 1, -1] {
        expect.extend_from_slice(&v.to_be_bytes());
    }
    assert_eq!(out, expect);
    let back: Vec<Option<i32>> = FromSql::from_sql(&col(1007), &out).unwrap();
    assert_eq!(back, vec![Some(1), None]);
    assert!(Vec::<i32>::from_sql(&col(1007), &out).is_err());
}
