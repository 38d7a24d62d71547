//! The route tables: `__chopin_find(method, path, params) -> Found`. Static paths go through a
//! perfect hash emitted with its seed and displacement table; paths with parameters through
//! one matcher function per branching node of the segment trie; each pattern's per-method
//! route ids and `Allow` value are a constant table.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::model::{self, Model, Node, Phf};

pub(crate) fn emit_router(m: &Model) -> TokenStream {
    let rt = super::rt();
    let endpoints = m.endpoints.iter().map(|e| {
        let ids = e.ids.iter().map(|id| Literal::u16_unsuffixed(id.map_or(u16::MAX, |i| i as u16)));
        let allow = &e.allow;
        quote!(([#(#ids),*], #allow))
    });
    let n_end = m.endpoints.len();
    let statics = emit_static(m);
    let mut fns = Vec::new();
    let has_dynamic = m.trie.has_children();
    if has_dynamic {
        let mut counter = 0;
        emit_node(&m.trie, &mut counter, &mut fns);
    }
    let has_static = !m.statics.is_empty();
    let find_static = has_static.then(|| {
        quote! {
            if let ::std::option::Option::Some(e) = __chopin_static(path.as_bytes()) {
                return __chopin_pick(e, method);
            }
        }
    });
    let find_dynamic = has_dynamic.then(|| {
        quote! {
            if let ::std::option::Option::Some(rest) = path.strip_prefix('/')
                && let ::std::option::Option::Some(e) = __chopin_node_0(rest, params)
            {
                return __chopin_pick(e, method);
            }
        }
    });
    let call_static = has_static.then(|| {
        quote! {
            if let ::std::option::Option::Some(e) = __chopin_static(req.path_bytes()) {
                return __chopin_serve(app, __chopin_pick(e, method), #rt::Context::without_params(*req), reply);
            }
        }
    });
    let call_dynamic = has_dynamic.then(|| {
        quote! {
            let path = req.path();
            let mut params = #rt::Params::new();
            if let ::std::option::Option::Some(rest) = path.strip_prefix('/')
                && let ::std::option::Option::Some(e) = __chopin_node_0(rest, &mut params)
            {
                return __chopin_serve(app, __chopin_pick(e, method), #rt::Context::new(*req, &params), reply);
            }
        }
    });
    quote! {
        /// Per pattern: the route for each method slot (`u16::MAX`: none) and the `Allow` value.
        static __CHOPIN_ENDPOINTS: [([u16; 8], &str); #n_end] = [#(#endpoints),*];

        #[inline(always)]
        fn __chopin_pick(e: usize, method: #rt::Method) -> #rt::Found {
            let (ids, allow) = &__CHOPIN_ENDPOINTS[e];
            let id = ids[#rt::method_slot(method)];
            if id != u16::MAX { #rt::Found::Route(id) } else { #rt::Found::NotAllowed(allow) }
        }

        /// Resolves a request: static paths first (perfect hash), then the segment matchers.
        #[inline]
        #[allow(unused_variables)]
        fn __chopin_find<'p>(method: #rt::Method, path: &'p str, params: &mut #rt::Params<'p>) -> #rt::Found {
            #find_static
            #find_dynamic
            #rt::Found::NotFound
        }

        /// Routes and answers one request. A static route gets a context with no parameter
        /// table at all, and its lookup hashes the path's bytes (no text conversion); only
        /// the segment matchers take the path as text and fill a table.
        #[inline]
        #[allow(unused_variables)]
        fn __chopin_call(app: &App, req: &#rt::Request<'_>, reply: &mut #rt::Reply<'_>) {
            let method = req.method();
            #call_static
            #call_dynamic
            reply.send(#rt::not_found())
        }

        #[inline(always)]
        #[allow(dead_code)]
        fn __chopin_serve<'r>(app: &'r App, found: #rt::Found, cx: #rt::Context<'r>, reply: &mut #rt::Reply<'_>) {
            match found {
                #rt::Found::Route(id) => __chopin_dispatch(app, id, &cx, reply),
                #rt::Found::NotAllowed(allow) => reply.send(#rt::method_not_allowed(allow)),
                #rt::Found::NotFound => reply.send(#rt::not_found()),
            }
        }

        #statics
        #(#fns)*
    }
}

fn emit_static(m: &Model) -> TokenStream {
    let rt = super::rt();
    if m.statics.is_empty() {
        return quote!();
    }
    let keys: Vec<&[u8]> = m.statics.iter().map(|(p, _)| p.as_bytes()).collect();
    let phf = Phf::build(&keys);
    let table = phf.slots.len();
    let buckets = phf.disps.len();
    let slot_keys = phf.slots.iter().map(|s| match s {
        Some(k) => m.statics[*k].0.clone(),
        None => String::new(),
    });
    let slot_ends = phf.slots.iter().map(|s| Literal::u16_unsuffixed(s.map_or(u16::MAX, |k| m.statics[k].1 as u16)));
    let disps = phf.disps.iter().map(|(a, b)| {
        let (a, b) = (Literal::u32_unsuffixed(*a), Literal::u32_unsuffixed(*b));
        quote!((#a, #b))
    });
    let seed = Literal::u64_suffixed(phf.seed);
    let k = Literal::u64_suffixed(model::HASH_K);
    let f1 = Literal::u64_suffixed(model::FMIX1);
    let f2 = Literal::u64_suffixed(model::FMIX2);
    let bmask = Literal::usize_unsuffixed(buckets - 1);
    let tmask = Literal::u32_unsuffixed((table - 1) as u32);
    let tail = quote! {
        if len >= 4 {
            let lo = u32::from_le_bytes(<[u8; 4]>::try_from(&b[..4]).unwrap_or([0; 4])) as u64;
            let hi = u32::from_le_bytes(<[u8; 4]>::try_from(&b[len - 4..]).unwrap_or([0; 4])) as u64;
            lo | (hi << 32)
        } else if len >= 2 {
            let lo = u16::from_le_bytes([b[0], b[1]]) as u64;
            let hi = u16::from_le_bytes([b[len - 2], b[len - 1]]) as u64;
            lo | (hi << 16)
        } else if len == 1 {
            b[0] as u64
        } else {
            0
        }
    };
    let hash_fn = match phf.kind {
        model::HashKind::Ends => {
            let s2 = Literal::u64_suffixed(model::ends_seed2(phf.seed));
            quote! {
                /// The perfect hash of the static paths (fixed seed): a folded multiplication of
                /// the first eight bytes with the last eight and the length.
                #[inline(always)]
                fn __chopin_hash(b: &[u8]) -> u64 {
                    let len = b.len();
                    let (a, z) = if len >= 8 {
                        (
                            u64::from_le_bytes(<[u8; 8]>::try_from(&b[..8]).unwrap_or([0; 8])),
                            u64::from_le_bytes(<[u8; 8]>::try_from(&b[len - 8..]).unwrap_or([0; 8])),
                        )
                    } else {
                        (#tail, 0)
                    };
                    let p = ((a ^ #seed) as u128) * ((z ^ (len as u64) ^ #s2) as u128);
                    (p as u64) ^ ((p >> 64) as u64)
                }
            }
        }
        model::HashKind::Full => quote! {
            /// The perfect hash of the static paths (fixed seed), over every word.
            #[inline(always)]
            fn __chopin_hash(b: &[u8]) -> u64 {
                const K: u64 = #k;
                let len = b.len();
                let mut h: u64 = #seed ^ (len as u64).wrapping_mul(K);
                let mut chunks = b.chunks_exact(8);
                for c in &mut chunks {
                    let w = u64::from_le_bytes(<[u8; 8]>::try_from(c).unwrap_or([0; 8]));
                    h = (h ^ w).wrapping_mul(K);
                    h ^= h >> 29;
                }
                let t = if chunks.remainder().is_empty() {
                    0
                } else if len >= 8 {
                    u64::from_le_bytes(<[u8; 8]>::try_from(&b[len - 8..]).unwrap_or([0; 8]))
                } else {
                    #tail
                };
                h = (h ^ t).wrapping_mul(K);
                h ^= h >> 33;
                h = h.wrapping_mul(#f1);
                h ^= h >> 33;
                h = h.wrapping_mul(#f2);
                h ^ (h >> 33)
            }
        },
    };
    quote! {
        #hash_fn

        /// The endpoint of a static path, if `path` is one (inlined into both callers: it is
        /// the request path's first step).
        #[inline(always)]
        fn __chopin_static(path: &[u8]) -> ::std::option::Option<usize> {
            static KEYS: [&str; #table] = [#(#slot_keys),*];
            static ENDS: [u16; #table] = [#(#slot_ends),*];
            static DISPS: [(u32, u32); #buckets] = [#(#disps),*];
            let h = __chopin_hash(path);
            let f1 = (h >> 32) as u32;
            let f2 = ((h >> 16) as u32) | 1;
            let d = DISPS[(h as u32 as usize) & #bmask];
            let s = (f1.wrapping_add(d.0.wrapping_mul(f2)).wrapping_add(d.1) & #tmask) as usize;
            if ENDS[s] != u16::MAX && #rt::key_eq(KEYS[s], path) { ::std::option::Option::Some(ENDS[s] as usize) } else { ::std::option::Option::None }
        }
    }
}

/// Emits the matcher of `node` (and of its descendants) as `__chopin_node_<n>`.
fn emit_node(node: &Node, counter: &mut usize, fns: &mut Vec<TokenStream>) -> usize {
    let rt = super::rt();
    let me = *counter;
    *counter += 1;
    let name = format_ident!("__chopin_node_{}", me);
    let mut statics = Vec::new();
    for (seg, child) in &node.statics {
        let body = child_step(child, counter, fns);
        statics.push(quote!(#seg => { #body }));
    }
    let static_match = if statics.is_empty() {
        quote!()
    } else {
        quote! {
            match seg {
                #(#statics)*
                _ => {}
            }
        }
    };
    let param = match &node.param {
        Some((pname, child)) => {
            let body = child_step(child, counter, fns);
            quote! {
                if !seg.is_empty() {
                    let mark = params.len();
                    params.push(#pname, seg);
                    #body
                    params.truncate(mark);
                }
            }
        }
        None => quote!(),
    };
    let rest = match &node.rest {
        Some((pname, e)) => {
            let e = Literal::usize_unsuffixed(*e);
            quote! {
                if !rest.is_empty() {
                    params.push(#pname, rest);
                    return ::std::option::Option::Some(#e);
                }
            }
        }
        None => quote!(),
    };
    fns.push(quote! {
        #[allow(unused_variables)]
        fn #name<'p>(rest: &'p str, params: &mut #rt::Params<'p>) -> ::std::option::Option<usize> {
            let (seg, tail) = #rt::split_segment(rest);
            #static_match
            #param
            #rest
            ::std::option::Option::None
        }
    });
    me
}

/// What to do once a segment matched and led to `child`.
fn child_step(child: &Node, counter: &mut usize, fns: &mut Vec<TokenStream>) -> TokenStream {
    let end = child.end.map(Literal::usize_unsuffixed);
    if child.has_children() {
        let n = emit_node(child, counter, fns);
        let f = format_ident!("__chopin_node_{}", n);
        match end {
            Some(e) => quote! {
                match tail {
                    ::std::option::Option::None => return ::std::option::Option::Some(#e),
                    ::std::option::Option::Some(t) => {
                        if let ::std::option::Option::Some(e) = #f(t, params) {
                            return ::std::option::Option::Some(e);
                        }
                    }
                }
            },
            None => quote! {
                if let ::std::option::Option::Some(t) = tail
                    && let ::std::option::Option::Some(e) = #f(t, params)
                {
                    return ::std::option::Option::Some(e);
                }
            },
        }
    } else {
        match end {
            Some(e) => quote! {
                if tail.is_none() {
                    return ::std::option::Option::Some(#e);
                }
            },
            None => quote!(),
        }
    }
}
