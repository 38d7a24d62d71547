//! Fuzzes `ChunkedDecoder`: decoding the input in one call must give the same output, the same
//! consumed count and the same error as decoding it in two pieces.
#![no_main]

use chopin_rt::http::{ChunkError, ChunkLimits, ChunkedDecoder};
use libfuzzer_sys::fuzz_target;

/// Total consumed and whether done, or the error; with the output.
fn run(
    input: &[u8],
    split: usize,
    limits: ChunkLimits,
) -> (Result<(usize, bool), ChunkError>, Vec<u8>) {
    let mut d = ChunkedDecoder::new(limits);
    let mut out = Vec::new();
    let mut consumed = 0;
    for end in [split, input.len()] {
        let end = end.max(consumed);
        match d.decode(&input[consumed..end], &mut out) {
            Ok(r) => {
                assert!(r.consumed <= end - consumed);
                consumed += r.consumed;
                if r.done {
                    return (Ok((consumed, true)), out);
                }
            }
            Err(e) => return (Err(e), out),
        }
    }
    (Ok((consumed, false)), out)
}

fuzz_target!(|data: &[u8]| {
    let [a, b, c, input @ ..] = data else { return };
    let limits = if c & 1 == 0 {
        ChunkLimits {
            max_body: 1 << 20,
            max_line: 4096,
            max_trailers: 8192,
        }
    } else {
        ChunkLimits {
            max_body: u64::from(*a) * 8,
            max_line: usize::from(c >> 1),
            max_trailers: usize::from(*b),
        }
    };
    let split = (usize::from(*a) << 8 | usize::from(*b)) % (input.len() + 1);
    let once = run(input, input.len(), limits);
    let two = run(input, split, limits);
    assert_eq!(once, two, "split at {split}");
    if let (Ok(_), out) = &once {
        assert!(out.len() <= input.len());
    }
});
