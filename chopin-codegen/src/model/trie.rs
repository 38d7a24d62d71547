//! The segment trie of routes with parameters, from which `emit::router` writes one matcher
//! function per branching node. Precedence at every segment: static children, then the
//! `:param` child, then the `*rest` child, backtracking when a branch fails deeper down.

use std::collections::BTreeMap;

use super::Seg;

/// A node: what may come at one segment position.
#[derive(Default, Debug)]
pub(crate) struct Node {
    pub(crate) statics: BTreeMap<String, Node>,
    pub(crate) param: Option<(String, Box<Node>)>,
    pub(crate) rest: Option<(String, usize)>,
    /// The endpoint of a route ending here.
    pub(crate) end: Option<usize>,
}

impl Node {
    pub(crate) fn insert(&mut self, segs: &[Seg], endpoint: usize) {
        let Some((first, tail)) = segs.split_first() else {
            self.end = Some(endpoint);
            return;
        };
        match first {
            Seg::Static(s) => self.statics.entry(s.clone()).or_default().insert(tail, endpoint),
            Seg::Param(p) => {
                let child = self.param.get_or_insert_with(|| (p.clone(), Box::default()));
                child.1.insert(tail, endpoint);
            }
            Seg::Rest(p) => self.rest = Some((p.clone(), endpoint)),
        }
    }

    /// True when matching continues below this node (it needs its own function).
    pub(crate) fn has_children(&self) -> bool {
        !self.statics.is_empty() || self.param.is_some() || self.rest.is_some()
    }

    /// Reference matcher, for tests of the emitted code's semantics.
    #[cfg(test)]
    pub(crate) fn lookup<'p>(&self, rest: &'p str, params: &mut Vec<(String, &'p str)>) -> Option<usize> {
        let (seg, tail) = match rest.find('/') {
            Some(i) => (&rest[..i], Some(&rest[i + 1..])),
            None => (rest, None),
        };
        if let Some(child) = self.statics.get(seg) {
            match tail {
                None if child.end.is_some() => return child.end,
                Some(t) => {
                    if let Some(e) = child.lookup(t, params) {
                        return Some(e);
                    }
                }
                None => {}
            }
        }
        if let Some((name, child)) = &self.param
            && !seg.is_empty()
        {
            let mark = params.len();
            params.push((name.clone(), seg));
            match tail {
                None if child.end.is_some() => return child.end,
                Some(t) => {
                    if let Some(e) = child.lookup(t, params) {
                        return Some(e);
                    }
                }
                None => {}
            }
            params.truncate(mark);
        }
        if let Some((name, e)) = &self.rest
            && !rest.is_empty()
        {
            params.push((name.clone(), rest));
            return Some(*e);
        }
        None
    }
}
