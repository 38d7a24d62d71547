//! The error sink of the derive: every rule reports here, errors are combined into one
//! `syn::Error` at the end, and each message is one sentence followed by a `help` line.

use proc_macro2::Span;

/// Collects errors; [`Errors::finish`] must be called (it is the only way to read them).
#[derive(Default)]
pub(crate) struct Errors {
    errors: Vec<syn::Error>,
}

impl Errors {
    /// Reports `message` at `span`, with `help` on the next line.
    pub(crate) fn report(&mut self, span: Span, message: impl AsRef<str>, help: impl AsRef<str>) {
        self.errors.push(error(span, message, help));
    }

    /// All errors combined, or `Ok` when none was reported.
    pub(crate) fn finish(self) -> syn::Result<()> {
        let mut it = self.errors.into_iter();
        match it.next() {
            None => Ok(()),
            Some(mut first) => {
                first.extend(it);
                Err(first)
            }
        }
    }
}

/// One error: the sentence, then `= help: …`.
pub(crate) fn error(span: Span, message: impl AsRef<str>, help: impl AsRef<str>) -> syn::Error {
    syn::Error::new(span, format!("{}\n= help: {}", message.as_ref(), help.as_ref()))
}

/// The candidate closest to `input` (at most a third of its letters off), for "did you mean".
pub(crate) fn did_you_mean<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let budget = (input.len() / 3).max(1);
    candidates
        .into_iter()
        .map(|c| (distance(&input.to_ascii_lowercase(), &c.to_ascii_lowercase()), c))
        .filter(|(d, _)| *d <= budget)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    #[test]
    fn suggestions() {
        assert_eq!(super::did_you_mean("renam", ["rename", "skip"]), Some("rename"));
        assert_eq!(super::did_you_mean("camelcase", ["camelCase", "snake_case"]), Some("camelCase"));
        assert_eq!(super::did_you_mean("zzz", ["rename", "skip"]), None);
    }
}
