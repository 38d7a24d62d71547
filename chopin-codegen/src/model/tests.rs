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
fn perfect_hash_separates_keys_differing_in_one_byte() {
    // Keys of every length that differ only in their last (or first) byte: the hardest case
    // for a multiplicative hash without a finaliser.
    for len in 1..=40usize {
        let mut keys: Vec<Vec<u8>> = Vec::new();
        for c in b'a'..=b'z' {
            let mut k = vec![b'x'; len];
            k[len - 1] = c;
            keys.push(k.clone());
            k[len - 1] = b'x';
            k[0] = c;
            keys.push(k);
        }
        keys.sort();
        keys.dedup();
        let refs: Vec<&[u8]> = keys.iter().map(|k| k.as_slice()).collect();
        let phf = Phf::build(&refs);
        for (i, k) in refs.iter().enumerate() {
            assert_eq!(phf.lookup(&refs, k), Some(i), "len {len}");
        }
    }
}

#[test]
fn perfect_hash_places_every_key() {
    for n in [1usize, 2, 3, 10, 100, 2000] {
        let keys: Vec<String> = (0..n).map(|i| format!("/route/{i}/x")).collect();
        let refs: Vec<&[u8]> = keys.iter().map(|k| k.as_bytes()).collect();
        let phf = Phf::build(&refs);
        // The hash mixes well enough that a displacement is found without growing the table.
        assert_eq!(phf.slots.len(), n.next_power_of_two(), "{n} keys");
        for (i, k) in refs.iter().enumerate() {
            assert_eq!(phf.lookup(&refs, k), Some(i), "key {i} of {n}");
        }
        assert_eq!(phf.lookup(&refs, b"/nope"), None);
        // Deterministic: the same keys give the same table.
        let again = Phf::build(&refs);
        assert_eq!((again.seed, again.disps.clone()), (phf.seed, phf.disps.clone()));
    }
}

#[test]
fn perfect_hash_reads_only_the_ends_when_they_tell_keys_apart() {
    // Up to 16 bytes the length and the end words are the whole key.
    let short: Vec<&[u8]> = vec![b"/", b"/json", b"/plaintext", b"/sixteen-bytes!!", b""];
    let phf = Phf::build(&short);
    assert_eq!(phf.kind, HashKind::Ends);
    for (i, k) in short.iter().enumerate() {
        assert_eq!(phf.lookup(&short, k), Some(i));
    }
    assert_eq!(phf.lookup(&short, b"/plaintexT"), None);
    // Longer keys with distinct ends still use the two-word hash; a path that differs from a
    // key only in the middle hashes alike and is refused by the key comparison.
    let long: Vec<&[u8]> = vec![b"/api/v1/users/list", b"/api/v1/posts/list", b"/api/v1/users/item"];
    let phf = Phf::build(&long);
    assert_eq!(phf.kind, HashKind::Ends);
    for (i, k) in long.iter().enumerate() {
        assert_eq!(phf.lookup(&long, k), Some(i));
    }
    assert_eq!(phf.lookup(&long, b"/api/v1/uXers/list"), None);
    // Two keys that agree on length and both end words need every word.
    let keys: Vec<&[u8]> = vec![b"/reports/2024/a/summary", b"/reports/2025/a/summary"];
    let phf = Phf::build(&keys);
    assert_eq!(phf.kind, HashKind::Full);
    for (i, k) in keys.iter().enumerate() {
        assert_eq!(phf.lookup(&keys, k), Some(i));
    }
    assert_eq!(phf.lookup(&keys, b"/reports/2026/a/summary"), None);
}
