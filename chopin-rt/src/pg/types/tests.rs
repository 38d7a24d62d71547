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
    // int4 columns into every integer type: exact, range-checked, length-checked.
    let int4 = col(oid::INT4);
    assert_eq!(i32::from_sql(&int4, &(-7i32).to_be_bytes()).unwrap(), -7);
    assert_eq!(i64::from_sql(&int4, &i32::MIN.to_be_bytes()).unwrap(), i64::from(i32::MIN));
    assert_eq!(i16::from_sql(&int4, &(-32_768i32).to_be_bytes()).unwrap(), i16::MIN);
    assert_eq!(u32::from_sql(&int4, &i32::MAX.to_be_bytes()).unwrap(), i32::MAX as u32);
    let e = u32::from_sql(&int4, &(-1i32).to_be_bytes()).unwrap_err();
    assert!(e.to_string().contains("does not fit u32"), "{e}");
    let e = i32::from_sql(&int4, &[0, 0, 1]).unwrap_err();
    assert!(e.to_string().contains("wrong binary length"), "{e}");
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

mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Server bytes never panic a decoder: they decode or are an error.
        #[test]
        fn decoders_refuse_garbage_without_panicking(raw in proptest::collection::vec(any::<u8>(), 0..64)) {
            let _ = Numeric::from_sql(&col(oid::NUMERIC), &raw);
            let _ = Vec::<Option<i32>>::from_sql(&col(1007), &raw);
            let _ = Vec::<String>::from_sql(&col(1009), &raw);
            let _ = <&str>::from_sql(&col(oid::JSONB), &raw);
            let _ = Date::from_sql(&col(oid::DATE), &raw);
            let _ = i64::from_sql(&col(oid::INT8), &raw);
        }

        /// Decimal text survives the trip through the binary form exactly.
        #[test]
        fn numeric_text_round_trips(neg in any::<bool>(), int in "[1-9][0-9]{0,40}|0", frac in proptest::option::of("[0-9]{1,30}")) {
            let mut s = String::new();
            let zero = int == "0" && frac.as_deref().is_none_or(|f| f.bytes().all(|b| b == b'0'));
            if neg && !zero {
                s.push('-');
            }
            s.push_str(&int);
            if let Some(f) = &frac {
                s.push('.');
                s.push_str(f);
            }
            let mut out = Vec::new();
            Numeric::from(s.clone()).to_sql(oid::NUMERIC, &mut out).unwrap();
            let back = Numeric::from_sql(&col(oid::NUMERIC), &out).unwrap();
            prop_assert_eq!(back.as_str(), s.as_str());
        }

        /// Arrays of optional integers round-trip through the binary array form.
        #[test]
        fn int_arrays_round_trip(v in proptest::collection::vec(proptest::option::of(any::<i64>()), 0..40)) {
            let mut out = Vec::new();
            v.to_sql(1016, &mut out).unwrap();
            let back: Vec<Option<i64>> = FromSql::from_sql(&col(1016), &out).unwrap();
            prop_assert_eq!(back, v);
        }
    }
}
