//! Type round trips against the harness cluster: each supported type through a parameter
//! and back, NULLs, arrays, a 10 MiB bytea, and property tests whose inserted values are
//! read back by `psql` (a different client) and compared with the expected text.

mod pg_harness;

use chopin_rt::block_on;
use chopin_rt::pg::{Client, Date, Json, Numeric, Time, Timestamp, TimestampTz, ToSql, Uuid};
use pg_harness::{cluster, SCRAM};
use proptest::prelude::*;

fn connect() -> impl std::future::Future<Output = Client> {
    let url = cluster().url(SCRAM.0, SCRAM.1, "sslmode=disable");
    async move { Client::connect(&url).await.unwrap() }
}

#[test]
fn each_type_round_trips_through_a_parameter() {
    block_on(async {
        let db = connect().await;
        macro_rules! rt {
            ($ty:literal, $v:expr, $t:ty) => {{
                let v: $t = $v;
                let got: $t = db.query_one(concat!("SELECT $1::", $ty), &[&v]).await.unwrap().get(0);
                assert_eq!(got, v, "{}", $ty);
                let none: Option<$t> = None;
                let got: Option<$t> = db.query_one(concat!("SELECT $1::", $ty), &[&none]).await.unwrap().get(0);
                assert_eq!(got, None, "NULL {}", $ty);
            }};
        }
        rt!("bool", true, bool);
        rt!("int2", -32768, i16);
        rt!("int4", i32::MAX, i32);
        rt!("int8", i64::MIN, i64);
        rt!("float4", 1.5, f32);
        rt!("float8", -2.25e300, f64);
        rt!("text", "héllo\n\"wörld\"".to_string(), String);
        rt!("varchar", "v".to_string(), String);
        rt!("bytea", vec![0u8, 1, 255, 0], Vec<u8>);
        rt!("uuid", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11".parse().unwrap(), Uuid);
        rt!("date", Date::from_ymd(2024, 2, 29).unwrap(), Date);
        rt!("time", Time::from_hms_micro(23, 59, 59, 999_999).unwrap(), Time);
        rt!("timestamp", Timestamp(-123_456_789), Timestamp);
        rt!("timestamptz", TimestampTz(987_654_321_000), TimestampTz);
        rt!("numeric", Numeric::from("-123456789012345678901234567890.000000001".to_string()), Numeric);
        rt!("json", Json(r#"{"b": [1, 2],  "a": null}"#.into()), Json);
        rt!("jsonb", Json(r#"{"a": null, "b": [1, 2]}"#.into()), Json);
        rt!("int4[]", vec![1, 2, 3], Vec<i32>);
        rt!("int8[]", vec![Some(1), None, Some(-3)], Vec<Option<i64>>);
        rt!("text[]", vec!["a".to_string(), "b,c".into(), "\"".into()], Vec<String>);
        rt!("float8[]", vec![0.5, -1.0], Vec<f64>);
        rt!("bool[]", vec![true, false], Vec<bool>);
        rt!("uuid[]", vec![Uuid([7; 16])], Vec<Uuid>);
        rt!("date[]", vec![Date(0), Date(-1)], Vec<Date>);
        rt!("timestamptz[]", vec![TimestampTz(1)], Vec<TimestampTz>);
        rt!("numeric[]", vec![Numeric::from("1.50".to_string()), Numeric::from("NaN".to_string())], Vec<Numeric>);
        rt!("bytea[]", vec![vec![1u8], vec![]], Vec<Vec<u8>>);
        rt!("int4[]", vec![], Vec<i32>);

        // Integers widen into wider parameters; a string feeds any type as text.
        let got: i64 = db.query_one("SELECT $1::int8", &[&5i16]).await.unwrap().get(0);
        assert_eq!(got, 5);
        let got: Date = db.query_one("SELECT $1::date", &[&"2001-02-03"]).await.unwrap().get(0);
        assert_eq!(got, Date::from_ymd(2001, 2, 3).unwrap());
        // A type without a binary decoder arrives as text.
        let p: String = db.query_one("SELECT point(1, 2)", &[]).await.unwrap().get(0);
        assert_eq!(p, "(1,2)");
        // Wrong Rust type for a column or parameter: a client error, the connection goes on.
        let row = db.query_one("SELECT 1::int4", &[]).await.unwrap();
        assert!(row.try_get::<_, String>(0).is_err());
        assert!(row.try_get::<_, bool>(0).is_err());
        let e = db.query("SELECT $1::int2", &[&100_000i32]).await.unwrap_err();
        assert_eq!(e.class(), chopin_rt::pg::ErrorClass::Client);
        let e = db.query("SELECT $1::int4", &[]).await.unwrap_err();
        assert!(e.to_string().contains("parameters"), "{e}");
        let n: i32 = db.query_one("SELECT 1", &[]).await.unwrap().get(0);
        assert_eq!(n, 1);
    });
}

#[test]
fn a_ten_mebibyte_bytea_round_trips() {
    let data: Vec<u8> = (0..10 * 1024 * 1024u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8).collect();
    block_on(async {
        let db = connect().await;
        db.batch_execute("CREATE TABLE IF NOT EXISTS big (id int PRIMARY KEY, b bytea)").await.unwrap();
        db.execute("INSERT INTO big VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET b = excluded.b", &[&data])
            .await
            .unwrap();
        let back: Vec<u8> = db.query_one("SELECT b FROM big WHERE id = 1", &[]).await.unwrap().get(0);
        assert!(back == data, "the bytea came back different");
    });
    // What another client reads.
    let sample = cluster().psql("SELECT length(b), get_byte(b, 0), get_byte(b, 5000000), get_byte(b, 10485759) FROM big");
    let expect = format!("{}|{}|{}|{}", data.len(), data[0], data[5_000_000], data[10_485_759]);
    assert_eq!(sample.trim(), expect);
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// A decimal text as PostgreSQL prints it (no leading zeros, scale kept).
fn numeric_text() -> impl Strategy<Value = String> {
    (any::<bool>(), "[1-9][0-9]{0,30}|0", proptest::option::of("[0-9]{1,20}")).prop_map(|(neg, int, frac)| {
        let mut s = String::new();
        if neg && !(int == "0" && frac.as_deref().is_none_or(|f| f.bytes().all(|b| b == b'0'))) {
            s.push('-');
        }
        s.push_str(&int);
        if let Some(f) = frac {
            s.push('.');
            s.push_str(&f);
        }
        s
    })
}

#[derive(Debug, Clone)]
struct Vals {
    i2: i16,
    i8: i64,
    f8: f64,
    text: String,
    bytes: Vec<u8>,
    num: String,
    date: i32,
    ts: i64,
    tstz: i64,
    uuid: [u8; 16],
    arr: Vec<Option<i64>>,
    flag: Option<bool>,
}

fn vals() -> impl Strategy<Value = Vals> {
    // Dates from 4000 BC to 200000 AD; timestamps within PostgreSQL's range as well.
    let days = -2_192_000i32..72_000_000;
    let micros = -189_000_000_000_000_000i64..3_000_000_000_000_000_000;
    (
        (any::<i16>(), any::<i64>(), any::<f64>().prop_filter("finite or inf", |f| !f.is_nan()), "\\PC{0,40}"),
        (proptest::collection::vec(any::<u8>(), 0..64), numeric_text(), days, micros.clone(), micros),
        (any::<[u8; 16]>(), proptest::collection::vec(proptest::option::of(any::<i64>()), 0..6), any::<Option<bool>>()),
    )
        .prop_map(|((i2, i8, f8, text), (bytes, num, date, ts, tstz), (uuid, arr, flag))| Vals {
            i2,
            i8,
            f8,
            text: text.replace('\0', ""),
            bytes,
            num,
            date,
            ts,
            tstz,
            uuid,
            arr,
            flag,
        })
}

fn expected_psql_line(id: usize, v: &Vals) -> String {
    let arr: Vec<String> = v.arr.iter().map(|x| x.map_or("NULL".to_string(), |n| n.to_string())).collect();
    format!(
        "{id}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{{{}}}|{}",
        v.i2,
        v.i8,
        v.f8.to_bits(),
        hex(v.text.as_bytes()),
        hex(&v.bytes),
        v.num,
        Date(v.date),
        Timestamp(v.ts),
        TimestampTz(v.tstz),
        Uuid(v.uuid),
        arr.join(","),
        match v.flag {
            Some(true) => "t",
            Some(false) => "f",
            None => "",
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn values_written_by_the_driver_read_back_the_same_in_psql(rows in proptest::collection::vec(vals(), 1..24)) {
        let table = format!("prop_{}", std::process::id());
        block_on(async {
            let db = connect().await;
            db.batch_execute(&format!(
                "DROP TABLE IF EXISTS {table}; CREATE TABLE {table} (id int, i2 int2, i8 int8, f8 float8, t text, \
                 b bytea, n numeric, d date, ts timestamp, tz timestamptz, u uuid, a int8[], f bool)"
            )).await.unwrap();
            let sql = format!("INSERT INTO {table} VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)");
            for (i, v) in rows.iter().enumerate() {
                let id = i as i32;
                let num = Numeric::from(v.num.clone());
                let params: [&dyn ToSql; 13] = [&id, &v.i2, &v.i8, &v.f8, &v.text, &v.bytes, &num, &Date(v.date),
                    &Timestamp(v.ts), &TimestampTz(v.tstz), &Uuid(v.uuid), &v.arr, &v.flag];
                db.execute(&sql, &params).await.unwrap();
            }
            // Our own reader agrees too.
            let back = db.query(&format!("SELECT i8, n, a, f, t FROM {table} ORDER BY id"), &[]).await.unwrap();
            for (r, v) in back.iter().zip(&rows) {
                assert_eq!(r.get::<_, i64>(0), v.i8);
                assert_eq!(r.get::<_, Numeric>(1).as_str(), v.num);
                assert_eq!(r.get::<_, Vec<Option<i64>>>(2), v.arr);
                assert_eq!(r.get::<_, Option<bool>>(3), v.flag);
                assert_eq!(r.get::<_, &str>(4), v.text);
            }
        });
        // float8 is compared by bits: psql prints the shortest exact text, parsed back here.
        let out = cluster().psql(&format!(
            "SET TimeZone = 'UTC'; SELECT id, i2, i8, f8::text, encode(convert_to(t, 'UTF8'), 'hex'), encode(b, 'hex'), \
             n, d, ts, tz, u, a, f FROM {table} ORDER BY id"
        ));
        let lines: Vec<String> = out.lines().map(|l| {
            let mut cols: Vec<String> = l.split('|').map(str::to_string).collect();
            cols[3] = cols[3].parse::<f64>().map(|f| f.to_bits().to_string()).unwrap_or_else(|_| cols[3].clone());
            cols.join("|")
        }).collect();
        let expect: Vec<String> = rows.iter().enumerate().map(|(i, v)| expected_psql_line(i, v)).collect();
        prop_assert_eq!(lines, expect);
    }
}
