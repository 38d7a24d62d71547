//! Chunked transfer-coding decoder (placeholder signatures; implemented on the `http-parser` branch).

use std::fmt;

/// Bounds for a chunked body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkLimits {
    /// Largest decoded body; more gets 413.
    pub max_body: u64,
    /// Longest chunk-size line (size plus extensions).
    pub max_line: usize,
    /// Largest trailer section in bytes.
    pub max_trailers: usize,
}

/// Why a chunked body was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChunkError {
    /// A chunk size that is empty, not hex, or has a `0x` prefix.
    BadSize,
    /// A chunk size that does not fit in 64 bits.
    SizeOverflow,
    /// A chunk line ending in LF without CR.
    BareLf,
    /// Chunk data not followed by CRLF.
    MissingCrlf,
    /// A chunk-size line (with extensions) longer than the limit.
    LineTooLong,
    /// A malformed trailer field.
    BadTrailer,
    /// Trailers larger than the limit.
    TrailersTooLarge,
    /// The decoded body exceeds the limit (413).
    TooLarge,
}

impl ChunkError {
    /// The status code this error is answered with.
    pub fn status(self) -> u16 {
        match self {
            ChunkError::TooLarge => 413,
            _ => 400,
        }
    }
    /// One lowercase sentence.
    pub fn reason(self) -> &'static str {
        match self {
            ChunkError::BadSize => "invalid chunk size",
            ChunkError::SizeOverflow => "chunk size overflows",
            ChunkError::BareLf => "chunk line ends in a bare lf",
            ChunkError::MissingCrlf => "chunk data not followed by crlf",
            ChunkError::LineTooLong => "chunk size line too long",
            ChunkError::BadTrailer => "malformed trailer field",
            ChunkError::TrailersTooLarge => "trailer section too large",
            ChunkError::TooLarge => "request body too large",
        }
    }
}

impl fmt::Display for ChunkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.reason())
    }
}

impl std::error::Error for ChunkError {}

/// Result of one [`ChunkedDecoder::decode`] call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// Input bytes consumed.
    pub consumed: usize,
    /// True once the last chunk and the trailers are complete.
    pub done: bool,
}

/// An incremental decoder of a chunked body.
#[derive(Clone, Debug)]
pub struct ChunkedDecoder {
    limits: ChunkLimits,
}

impl ChunkedDecoder {
    /// A decoder at the start of a body.
    pub fn new(limits: ChunkLimits) -> Self {
        ChunkedDecoder { limits }
    }
    /// Decodes from `input`, appending data to `out`.
    pub fn decode(&mut self, input: &[u8], out: &mut Vec<u8>) -> Result<Decoded, ChunkError> {
        let _ = (input, out, self.limits);
        unimplemented!("decode")
    }
}
