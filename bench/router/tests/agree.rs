//! The three routers answer every replayed lookup as the generator says, for every method
//! (so 405s too): Chopin and matchit exactly, the HashMap on everything but parameter routes.

use chopin::Method;
use chopin_router_bench::{sets, Found, Hash, Kind, Matchit};

const METHODS: [Method; 6] = [Method::Get, Method::Head, Method::Post, Method::Put, Method::Delete, Method::Patch];

#[test]
fn every_lookup_reaches_its_route_in_each_router() {
    for set in sets() {
        let (m, h) = (Matchit::new(set.patterns), Hash::new(set.patterns));
        for l in set.lookups {
            let want = l.want.map_or(Found::NotFound, Found::Route);
            assert_eq!((set.chopin)(l.method, l.path), want, "chopin {} {:?} {}", set.size, l.method, l.path);
            assert_eq!(m.find(l.method, l.path), want, "matchit {} {:?} {}", set.size, l.method, l.path);
            let hash_want = if l.kind == Kind::Param { Found::NotFound } else { want };
            assert_eq!(h.find(l.method, l.path), hash_want, "hash {} {:?} {}", set.size, l.method, l.path);
        }
    }
}

#[test]
fn chopin_and_matchit_agree_on_every_method() {
    for set in sets() {
        let m = Matchit::new(set.patterns);
        for l in set.lookups {
            for method in METHODS {
                assert_eq!((set.chopin)(method, l.path), m.find(method, l.path), "{} {method:?} {}", set.size, l.path);
            }
        }
    }
}

#[test]
fn the_mix_has_every_kind() {
    for set in sets() {
        for kind in [Kind::Static, Kind::Param, Kind::Miss] {
            assert!(set.lookups.iter().filter(|l| l.kind == kind).count() >= 100, "{} {kind:?}", set.size);
        }
    }
}
