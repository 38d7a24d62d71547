//! The error sink of the `app!` pipeline: every check pushes into it, nothing stops at the
//! first error, and all of them come out as one `compile_error!` group.

use proc_macro2::{Span, TokenStream};
use std::fmt::Display;

/// Collected errors. Dropping a sink that still holds errors is a bug in the macro, so it
/// must be finished with [`Errors::finish`].
#[derive(Default)]
pub(crate) struct Errors {
    list: Vec<syn::Error>,
}

impl Errors {
    /// An error at `span`: one sentence, then an optional hint on its own `= help:` line.
    pub(crate) fn push(&mut self, span: Span, msg: impl Display, help: Option<String>) {
        let text = match help {
            Some(h) => format!("{msg}\n\n= help: {h}"),
            None => msg.to_string(),
        };
        self.list.push(syn::Error::new(span, text));
    }

    /// Like [`Errors::push`], spanning every token of `tokens` (first to last).
    pub(crate) fn push_tokens(&mut self, tokens: impl quote::ToTokens, msg: impl Display, help: Option<String>) {
        let text = match help {
            Some(h) => format!("{msg}\n\n= help: {h}"),
            None => msg.to_string(),
        };
        self.list.push(syn::Error::new_spanned(tokens, text));
    }

    pub(crate) fn len(&self) -> usize {
        self.list.len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// `Ok` when nothing was reported, else the errors as tokens.
    pub(crate) fn finish(mut self) -> Result<(), TokenStream> {
        let list = std::mem::take(&mut self.list);
        if list.is_empty() {
            return Ok(());
        }
        Err(list.into_iter().map(|e| e.to_compile_error()).collect())
    }
}

impl Drop for Errors {
    fn drop(&mut self) {
        if !self.list.is_empty() && !std::thread::panicking() {
            panic!("chopin-codegen: an error sink was dropped without being finished");
        }
    }
}

/// The closest of `candidates` to `name`, if close enough to suggest.
pub(crate) fn did_you_mean<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (edit_distance(name, c), c))
        .filter(|(d, c)| *d <= (name.len().max(c.len()) / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != *cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}
