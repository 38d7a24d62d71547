//! HTTP/1.1 message syntax (RFC 9112): the request-head parser, the chunked decoder and the
//! types they produce. Written by hand because the parser *is* the product's hot path: it
//! validates strictly (request smuggling shapes are errors) in one pass over borrowed bytes.

mod chunked;
mod head;
mod parse;

pub use chunked::{ChunkError, ChunkLimits, ChunkedDecoder, Decoded};
pub use head::{
    ConnectionFlags, Expect, HeaderSpan, Head, Limits, Method, ParseError, Span, Version,
    MAX_HEADERS,
};
pub use parse::{parse_head, HeadScanner};
pub(crate) use parse::parse_head_inline;

#[cfg(test)]
mod tests;
