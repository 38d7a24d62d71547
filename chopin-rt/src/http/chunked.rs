//! Chunked transfer-coding decoder (RFC 9112 §7.1): an incremental state machine that copies
//! chunk data to the output in runs and validates sizes, extensions and trailers strictly.

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

/// Where the decoder is inside the chunked body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// At the start of a chunk-size line.
    SizeStart,
    /// In the hex digits of the chunk size.
    Size,
    /// After the chunk size, in the extensions.
    Ext(Ext),
    /// After the CR ending the chunk-size line.
    SizeLf,
    /// In chunk data.
    Data,
    /// Expecting the CR after chunk data.
    DataCr,
    /// Expecting the LF after chunk data.
    DataLf,
    /// At the start of a trailer line, or of the final CRLF.
    TrailerStart,
    /// In a trailer field name.
    TrailerName,
    /// In a trailer field value.
    TrailerValue,
    /// After the CR ending a trailer line.
    TrailerLf,
    /// After the CR of the final CRLF.
    FinalLf,
    /// The body is complete.
    Done,
    /// An error was found; it is returned again on every later call.
    Failed(ChunkError),
}

/// Position inside the chunk extensions: `*( BWS ";" BWS name [ BWS "=" BWS value ] )`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ext {
    /// Right after the size or after a complete extension value: `;`, BWS or CR.
    After,
    /// Whitespace that must be followed by `;`.
    Bws,
    /// After `;`: whitespace or the first name byte.
    NameStart,
    /// In an extension name.
    Name,
    /// Whitespace after a name: `=` or `;` follows.
    AfterName,
    /// After `=`: whitespace, a token or a quoted string.
    ValueStart,
    /// In a token value.
    Token,
    /// In a quoted-string value.
    Quoted,
    /// After a backslash in a quoted string.
    QuotedEscape,
}

/// An incremental decoder of a chunked body.
#[derive(Clone, Debug)]
pub struct ChunkedDecoder {
    limits: ChunkLimits,
    state: State,
    /// The chunk size being read.
    size: u64,
    /// Bytes of the current chunk-size line so far (CRLF excluded).
    line_len: usize,
    /// Data bytes left in the current chunk.
    remaining: u64,
    /// Sum of the chunk sizes so far.
    total: u64,
    /// Bytes of the trailer section so far.
    trailer_len: usize,
}

#[inline]
fn hex_value(b: u8) -> Option<u64> {
    match b {
        b'0'..=b'9' => Some(u64::from(b - b'0')),
        b'a'..=b'f' => Some(u64::from(b - b'a' + 10)),
        b'A'..=b'F' => Some(u64::from(b - b'A' + 10)),
        _ => None,
    }
}

/// A chunk-size line of 1 to 16 hex digits and CRLF, without extensions, at the start of
/// `input`: the size and the line's length with its CRLF.
#[inline]
fn plain_size_line(input: &[u8]) -> Option<(u64, usize)> {
    let mut size = 0u64;
    for (k, &b) in input.iter().enumerate().take(17) {
        match hex_value(b) {
            Some(d) => size = size << 4 | d,
            None if k > 0 && b == b'\r' => {
                return (input.get(k + 1) == Some(&b'\n')).then_some((size, k + 2));
            }
            None => return None,
        }
    }
    None
}

#[inline]
fn is_tchar(b: u8) -> bool {
    super::parse::TCHAR[b as usize]
}

impl ChunkedDecoder {
    /// A decoder at the start of a body.
    pub fn new(limits: ChunkLimits) -> Self {
        ChunkedDecoder {
            limits,
            state: State::SizeStart,
            size: 0,
            line_len: 0,
            remaining: 0,
            total: 0,
            trailer_len: 0,
        }
    }

    /// True once the whole body, trailers included, has been decoded.
    pub fn is_done(&self) -> bool {
        self.state == State::Done
    }

    /// Sum of the chunk sizes announced so far.
    pub fn body_len(&self) -> u64 {
        self.total
    }

    /// Decodes from `input`, appending data to `out`.
    ///
    /// Consumes input until the body ends (`done`; the bytes after it are left alone) or the
    /// input runs out. Any split of a body across calls gives the same output and result. After
    /// an error, every later call returns the same error.
    pub fn decode(&mut self, input: &[u8], out: &mut Vec<u8>) -> Result<Decoded, ChunkError> {
        let mut i = 0;
        loop {
            match self.state {
                State::Done => {
                    return Ok(Decoded {
                        consumed: i,
                        done: true,
                    });
                }
                State::Failed(e) => return Err(e),
                State::Data => {
                    let rest = &input[i..];
                    if rest.is_empty() {
                        return Ok(Decoded {
                            consumed: i,
                            done: false,
                        });
                    }
                    let n = rest
                        .len()
                        .min(usize::try_from(self.remaining).unwrap_or(usize::MAX));
                    out.extend_from_slice(&rest[..n]);
                    i += n;
                    self.remaining -= n as u64;
                    if self.remaining == 0 {
                        self.state = State::DataCr;
                    }
                    continue;
                }
                // Fast paths for whole lines already in the input; anything unusual goes
                // byte by byte below, from the same position, with the same outcome.
                State::DataCr if input.get(i..i + 2) == Some(b"\r\n") => {
                    i += 2;
                    self.state = State::SizeStart;
                    continue;
                }
                State::SizeStart => {
                    if let Some((size, len)) = plain_size_line(&input[i..])
                        && len - 2 <= self.limits.max_line
                    {
                        i += len;
                        self.size = size;
                        if let Err(e) = self.size_line_done() {
                            self.state = State::Failed(e);
                            return Err(e);
                        }
                        continue;
                    }
                }
                State::TrailerStart if input.get(i..i + 2) == Some(b"\r\n") => {
                    i += 2;
                    self.state = State::Done;
                    continue;
                }
                _ => {}
            }
            let Some(&b) = input.get(i) else {
                return Ok(Decoded {
                    consumed: i,
                    done: false,
                });
            };
            i += 1;
            if let Err(e) = self.step(b) {
                self.state = State::Failed(e);
                return Err(e);
            }
        }
    }

    /// Advances over one byte outside chunk data.
    #[inline]
    fn step(&mut self, b: u8) -> Result<(), ChunkError> {
        match self.state {
            State::SizeStart | State::Size | State::Ext(_) => self.size_line(b),
            State::SizeLf => {
                if b != b'\n' {
                    return Err(ChunkError::BadSize);
                }
                self.size_line_done()
            }
            State::DataCr => {
                if b != b'\r' {
                    return Err(ChunkError::MissingCrlf);
                }
                self.state = State::DataLf;
                Ok(())
            }
            State::DataLf => {
                if b != b'\n' {
                    return Err(ChunkError::MissingCrlf);
                }
                self.state = State::SizeStart;
                Ok(())
            }
            State::TrailerStart if b == b'\r' => {
                self.state = State::FinalLf;
                Ok(())
            }
            State::FinalLf => {
                if b != b'\n' {
                    return Err(ChunkError::BadTrailer);
                }
                self.state = State::Done;
                Ok(())
            }
            State::TrailerStart | State::TrailerName | State::TrailerValue | State::TrailerLf => {
                self.trailer(b)
            }
            State::Data | State::Done | State::Failed(_) => Ok(()),
        }
    }

    /// One byte of a chunk-size line (size digits or extensions, up to the CR).
    fn size_line(&mut self, b: u8) -> Result<(), ChunkError> {
        if b == b'\n' {
            return Err(ChunkError::BareLf);
        }
        if b != b'\r' {
            self.line_len += 1;
            if self.line_len > self.limits.max_line {
                return Err(ChunkError::LineTooLong);
            }
        }
        let ext = match self.state {
            State::SizeStart => {
                let d = hex_value(b).ok_or(ChunkError::BadSize)?;
                self.size = d;
                self.state = State::Size;
                return Ok(());
            }
            State::Size => match hex_value(b) {
                Some(d) => {
                    if self.size >> 60 != 0 {
                        return Err(ChunkError::SizeOverflow);
                    }
                    self.size = self.size << 4 | d;
                    return Ok(());
                }
                None => Ext::After,
            },
            State::Ext(e) => e,
            _ => unreachable!("size_line outside a size line"),
        };
        let ws = b == b' ' || b == b'\t';
        let next = match ext {
            Ext::After => match b {
                b';' => Ext::NameStart,
                b'\r' => return self.size_line_cr(),
                _ if ws => Ext::Bws,
                _ => return Err(ChunkError::BadSize),
            },
            Ext::Bws => match b {
                b';' => Ext::NameStart,
                _ if ws => Ext::Bws,
                _ => return Err(ChunkError::BadSize),
            },
            Ext::NameStart => match b {
                _ if ws => Ext::NameStart,
                _ if is_tchar(b) => Ext::Name,
                _ => return Err(ChunkError::BadSize),
            },
            Ext::Name => match b {
                b'=' => Ext::ValueStart,
                b';' => Ext::NameStart,
                b'\r' => return self.size_line_cr(),
                _ if ws => Ext::AfterName,
                _ if is_tchar(b) => Ext::Name,
                _ => return Err(ChunkError::BadSize),
            },
            Ext::AfterName => match b {
                b'=' => Ext::ValueStart,
                b';' => Ext::NameStart,
                _ if ws => Ext::AfterName,
                _ => return Err(ChunkError::BadSize),
            },
            Ext::ValueStart => match b {
                b'"' => Ext::Quoted,
                _ if ws => Ext::ValueStart,
                _ if is_tchar(b) => Ext::Token,
                _ => return Err(ChunkError::BadSize),
            },
            Ext::Token => match b {
                b';' => Ext::NameStart,
                b'\r' => return self.size_line_cr(),
                _ if ws => Ext::Bws,
                _ if is_tchar(b) => Ext::Token,
                _ => return Err(ChunkError::BadSize),
            },
            Ext::Quoted => match b {
                b'"' => Ext::After,
                b'\\' => Ext::QuotedEscape,
                // qdtext: HTAB, SP, 0x21, 0x23-0x5B, 0x5D-0x7E, obs-text
                b'\t' | b' ' | 0x21 | 0x23..=0x5b | 0x5d..=0x7e | 0x80..=0xff => Ext::Quoted,
                _ => return Err(ChunkError::BadSize),
            },
            Ext::QuotedEscape => match b {
                b'\t' | b' '..=0x7e | 0x80..=0xff => Ext::Quoted,
                _ => return Err(ChunkError::BadSize),
            },
        };
        self.state = State::Ext(next);
        Ok(())
    }

    #[inline]
    fn size_line_cr(&mut self) -> Result<(), ChunkError> {
        self.state = State::SizeLf;
        Ok(())
    }

    /// The chunk-size line is complete: check the body limit, then read data or trailers.
    fn size_line_done(&mut self) -> Result<(), ChunkError> {
        self.total = match self.total.checked_add(self.size) {
            Some(t) if t <= self.limits.max_body => t,
            _ => return Err(ChunkError::TooLarge),
        };
        self.line_len = 0;
        if self.size == 0 {
            self.state = State::TrailerStart;
        } else {
            self.remaining = self.size;
            self.state = State::Data;
        }
        self.size = 0;
        Ok(())
    }

    /// One byte of a trailer field line (`name ":" OWS value OWS CRLF`), CRLF included.
    fn trailer(&mut self, b: u8) -> Result<(), ChunkError> {
        if b == b'\n' && self.state != State::TrailerLf {
            return Err(ChunkError::BareLf);
        }
        self.trailer_len += 1;
        if self.trailer_len > self.limits.max_trailers {
            return Err(ChunkError::TrailersTooLarge);
        }
        self.state = match (self.state, b) {
            (State::TrailerStart, _) if is_tchar(b) => State::TrailerName,
            (State::TrailerName, b':') => State::TrailerValue,
            (State::TrailerName, _) if is_tchar(b) => State::TrailerName,
            (State::TrailerValue, b'\r') => State::TrailerLf,
            (State::TrailerValue, _) if super::parse::is_value_byte(b) => State::TrailerValue,
            (State::TrailerLf, b'\n') => State::TrailerStart,
            _ => return Err(ChunkError::BadTrailer),
        };
        Ok(())
    }
}
