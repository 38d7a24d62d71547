//! Fuzzes `parse_head`: the whole input in one call must agree with the same input fed to one
//! scanner in two pieces, and a head must stay inside the buffer.
#![no_main]

use chopin_rt::http::{Head, HeadScanner, HeaderSpan, Limits, MAX_HEADERS, ParseError, parse_head};
use libfuzzer_sys::fuzz_target;

type Outcome = Result<Option<(Head, Vec<HeaderSpan>)>, ParseError>;

fn run(pieces: &[usize], buf: &[u8], limits: &Limits) -> Outcome {
    let mut scanner = HeadScanner::default();
    let mut headers = [HeaderSpan::default(); MAX_HEADERS];
    for &end in pieces.iter().chain([&buf.len()]) {
        match parse_head(&buf[..end], &mut scanner, limits, &mut headers) {
            Ok(None) => {}
            Ok(Some(h)) => return Ok(Some((h, headers[..h.header_count].to_vec()))),
            Err(e) => return Err(e),
        }
    }
    Ok(None)
}

fuzz_target!(|data: &[u8]| {
    // Three control bytes: where to split, and which limits.
    let [a, b, c, input @ ..] = data else { return };
    let limits = if c & 1 == 0 {
        Limits::default()
    } else {
        Limits {
            max_target: usize::from(c >> 1),
            max_head: usize::from(*b) * 4,
            max_headers: usize::from(a & 15),
        }
    };
    let split = (usize::from(*a) << 8 | usize::from(*b)) % (input.len() + 1);
    let once = run(&[], input, &limits);
    if let Ok(Some((h, fields))) = &once {
        assert!(h.head_len <= input.len());
        assert!(h.header_count <= MAX_HEADERS && h.header_count <= limits.max_headers);
        for s in [h.method_span, h.target, h.path] {
            assert!(s.start <= s.end && s.end as usize <= h.head_len);
        }
        for f in fields {
            assert!(f.name.end as usize <= h.head_len && f.value.end as usize <= h.head_len);
        }
    }
    let two = run(&[split], input, &limits);
    assert_eq!(once, two, "split at {split}");
});
