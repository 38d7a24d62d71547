//! Paths, the trie's precedence and the perfect hash, table-driven.

use super::*;

#[test]
fn path_table() {
    use PathError::*;
    let cases: &[(&str, Result<Vec<Seg>, PathError>)] = &[
        ("/", Ok(vec![])),
        ("/users", Ok(vec![Seg::Static("users".into())])),
        ("/users/", Ok(vec![Seg::Static("users".into()), Seg::Static(String::new())])),
        ("/users/:id", Ok(vec![Seg::Static("users".into()), Seg::Param("id".into())])),
        ("/f/*rest", Ok(vec![Seg::Static("f".into()), Seg::Rest("rest".into())])),
        ("users", Err(NoLeadingSlash)),
        ("", Err(NoLeadingSlash)),
        ("/a//b", Err(EmptySegment)),
        ("/f/*rest/x", Err(RestNotLast("rest".into()))),
        ("/u/:Id", Err(BadParamName("Id".into()))),
        ("/u/:", Err(BadParamName(String::new()))),
        ("/u/:1a", Err(BadParamName("1a".into()))),
        ("/u/a:b", Err(PartialParam(":b".into()))),
        ("/u/a b", Err(BadChar(' '))),
        ("/u?x=1", Err(BadChar('?'))),
        ("/%20", Err(BadChar('%'))),
    ];
    for (p, want) in cases {
        assert_eq!(&parse_path(p), want, "{p}");
    }
    let many: String = (0..17).map(|i| format!("/:p{i}")).collect();
    assert_eq!(parse_path(&many), Err(TooManyParams(17)));
}

fn trie_of(paths: &[&str]) -> Node {
    let mut n = Node::default();
    for (i, p) in paths.iter().enumerate() {
        n.insert(&parse_path(p).unwrap(), i);
    }
    n
}

#[test]
fn trie_precedence_and_backtracking() {
    let t = trie_of(&["/users/:id", "/users/new/edit", "/users/:id/posts", "/files/*path", "/a/:x/c", "/a/b/:y", "/x/"]);
    let look = |p: &str| {
        let mut params = Vec::new();
        let e = t.lookup(p.strip_prefix('/').unwrap(), &mut params);
        (e, params.into_iter().map(|(n, v)| format!("{n}={v}")).collect::<Vec<_>>().join(","))
    };
    assert_eq!(look("/users/7"), (Some(0), "id=7".into()));
    assert_eq!(look("/users/new/edit"), (Some(1), "".into()));
    // Static `new` fails deeper (`posts`), so the `:id` branch is tried.
    assert_eq!(look("/users/new/posts"), (Some(2), "id=new".into()));
    assert_eq!(look("/users/"), (None, "".into()));
    assert_eq!(look("/files/a/b.txt"), (Some(3), "path=a/b.txt".into()));
    assert_eq!(look("/files/"), (None, "".into()));
    assert_eq!(look("/a/b/c"), (Some(5), "y=c".into()));
    assert_eq!(look("/a/z/c"), (Some(4), "x=z".into()));
    assert_eq!(look("/x/"), (Some(6), "".into()));
    assert_eq!(look("/x"), (None, "".into()));
}

#[test]
fn perfect_hash_places_every_key() {
    for n in [1usize, 2, 3, 10, 100, 2000] {
        let keys: Vec<String> = (0..n).map(|i| format!("/route/{i}/x")).collect();
        let refs: Vec<&[u8]> = keys.iter().map(|k| k.as_bytes()).collect();
        let phf = Phf::build(&refs);
        assert!(phf.slots.len().is_power_of_two() && phf.slots.len() >= n);
        for (i, k) in refs.iter().enumerate() {
            assert_eq!(phf.lookup(&refs, k), Some(i), "key {i} of {n}");
        }
        assert_eq!(phf.lookup(&refs, b"/nope"), None);
        // Deterministic: the same keys give the same table.
        let again = Phf::build(&refs);
        assert_eq!((again.seed, again.disps.clone()), (phf.seed, phf.disps.clone()));
    }
}
