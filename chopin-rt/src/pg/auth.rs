//! Password authentication: MD5 and SCRAM-SHA-256 / SCRAM-SHA-256-PLUS (RFC 5802, RFC 7677,
//! `tls-server-end-point` channel binding from RFC 5929). Crypto comes from aws-lc-rs, the
//! one backend rustls uses too; nonces from the kernel's random source.

use std::num::NonZeroU32;

use aws_lc_rs::{constant_time, digest, hmac, pbkdf2};
use md5::{Digest, Md5};

use super::Error;

/// `md5` + hex(md5(hex(md5(password ‖ user)) ‖ salt)), the answer to an MD5 challenge.
pub(crate) fn md5_password(user: &str, password: &str, salt: [u8; 4]) -> String {
    let inner = hex(&Md5::new().chain_update(password).chain_update(user).finalize());
    let outer = Md5::new().chain_update(inner.as_bytes()).chain_update(salt).finalize();
    format!("md5{}", hex(&outer))
}

fn hex(b: &[u8]) -> String {
    const D: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(b.len() * 2);
    for &x in b {
        s.push(D[(x >> 4) as usize] as char);
        s.push(D[(x & 15) as usize] as char);
    }
    s
}

/// What the client binds SCRAM to.
#[derive(Debug, Clone)]
pub(crate) enum Binding {
    /// No TLS: `n,,`.
    None,
    /// TLS, but the server did not offer channel binding: `y,,`.
    Unused,
    /// `p=tls-server-end-point,,` with the hash of the server's certificate.
    EndPoint(Vec<u8>),
}

impl Binding {
    fn gs2_header(&self) -> &'static str {
        match self {
            Binding::None => "n,,",
            Binding::Unused => "y,,",
            Binding::EndPoint(_) => "p=tls-server-end-point,,",
        }
    }
}

/// A SCRAM-SHA-256 exchange in progress, from the client's side.
pub(crate) struct Scram {
    password: Vec<u8>,
    binding: Binding,
    client_nonce: String,
    client_first_bare: String,
    /// Set after the server-first message: the expected server signature.
    server_signature: Option<Vec<u8>>,
}

impl Scram {
    /// Starts an exchange with a fresh 18-byte nonce from the kernel.
    pub(crate) fn new(password: &str, binding: Binding) -> Result<Scram, Error> {
        let mut raw = [0u8; 18];
        crate::sys::fill_random(&mut raw).map_err(|e| Error::Random(e.into()))?;
        Ok(Scram::with_nonce(password, binding, base64_encode(&raw)))
    }

    fn with_nonce(password: &str, binding: Binding, client_nonce: String) -> Scram {
        // The server ignores the SCRAM user name and uses the startup message's user.
        let client_first_bare = format!("n=,r={client_nonce}");
        Scram {
            password: password.as_bytes().to_vec(),
            binding,
            client_nonce,
            client_first_bare,
            server_signature: None,
        }
    }

    /// The client-first message.
    pub(crate) fn client_first(&self) -> Vec<u8> {
        format!("{}{}", self.binding.gs2_header(), self.client_first_bare).into_bytes()
    }

    /// Answers the server-first message with the client-final message (carrying the proof).
    pub(crate) fn client_final(&mut self, server_first: &[u8]) -> Result<Vec<u8>, Error> {
        let bad = |m: &str| Error::Auth(format!("bad SCRAM server-first message: {m}"));
        let sf = std::str::from_utf8(server_first).map_err(|_| bad("not UTF-8"))?;
        let mut nonce = None;
        let mut salt = None;
        let mut iterations = None;
        for attr in sf.split(',') {
            match attr.split_at_checked(2) {
                Some(("r=", v)) => nonce = Some(v),
                Some(("s=", v)) => salt = Some(base64_decode(v).ok_or_else(|| bad("salt is not base64"))?),
                Some(("i=", v)) => iterations = v.parse::<u32>().ok().and_then(NonZeroU32::new),
                _ => {}
            }
        }
        let nonce = nonce.ok_or_else(|| bad("no nonce"))?;
        let salt = salt.ok_or_else(|| bad("no salt"))?;
        let iterations = iterations.ok_or_else(|| bad("no iteration count"))?;
        if !nonce.starts_with(&self.client_nonce) || nonce.len() == self.client_nonce.len() {
            return Err(bad("the server nonce does not extend the client nonce"));
        }
        let mut salted = [0u8; 32];
        pbkdf2::derive(pbkdf2::PBKDF2_HMAC_SHA256, iterations, &salt, &self.password, &mut salted);
        let salted_key = hmac::Key::new(hmac::HMAC_SHA256, &salted);
        let client_key = hmac::sign(&salted_key, b"Client Key");
        let stored_key = digest::digest(&digest::SHA256, client_key.as_ref());

        let mut cbind = self.binding.gs2_header().as_bytes().to_vec();
        if let Binding::EndPoint(hash) = &self.binding {
            cbind.extend_from_slice(hash);
        }
        let without_proof = format!("c={},r={nonce}", base64_encode(&cbind));
        let auth_message = format!("{},{sf},{without_proof}", self.client_first_bare);

        let client_sig =
            hmac::sign(&hmac::Key::new(hmac::HMAC_SHA256, stored_key.as_ref()), auth_message.as_bytes());
        let proof: Vec<u8> =
            client_key.as_ref().iter().zip(client_sig.as_ref()).map(|(a, b)| a ^ b).collect();
        let server_key = hmac::sign(&salted_key, b"Server Key");
        let server_sig =
            hmac::sign(&hmac::Key::new(hmac::HMAC_SHA256, server_key.as_ref()), auth_message.as_bytes());
        self.server_signature = Some(server_sig.as_ref().to_vec());
        Ok(format!("{without_proof},p={}", base64_encode(&proof)).into_bytes())
    }

    /// Checks the server-final message: the server proves it knows the password too.
    pub(crate) fn verify_final(&self, server_final: &[u8]) -> Result<(), Error> {
        let sf = std::str::from_utf8(server_final)
            .map_err(|_| Error::Auth("bad SCRAM server-final message".into()))?;
        if let Some(e) = sf.strip_prefix("e=") {
            return Err(Error::Auth(format!("the server ended SCRAM: {e}")));
        }
        let v = sf
            .split(',')
            .find_map(|a| a.strip_prefix("v="))
            .and_then(base64_decode)
            .ok_or_else(|| Error::Auth("SCRAM server-final message has no signature".into()))?;
        let expected = self
            .server_signature
            .as_ref()
            .ok_or_else(|| Error::Auth("SCRAM server-final message arrived too early".into()))?;
        constant_time::verify_slices_are_equal(&v, expected)
            .map_err(|_| Error::Auth("the server's SCRAM signature is wrong".into()))
    }
}

/// The `tls-server-end-point` binding data (RFC 5929 §4.1): the certificate hashed with its
/// signature's hash, SHA-256 when that is MD5 or SHA-1 (or not recognised).
pub(crate) fn end_point_hash(cert_der: &[u8]) -> Vec<u8> {
    const SHA384: [&[u8]; 2] = [
        &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0c], // sha384WithRSAEncryption
        &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x03],       // ecdsa-with-SHA384
    ];
    const SHA512: [&[u8]; 2] = [
        &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0d], // sha512WithRSAEncryption
        &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x04],       // ecdsa-with-SHA512
    ];
    let alg = match signature_oid(cert_der) {
        Some(oid) if SHA384.contains(&oid) => &digest::SHA384,
        Some(oid) if SHA512.contains(&oid) => &digest::SHA512,
        _ => &digest::SHA256,
    };
    digest::digest(alg, cert_der).as_ref().to_vec()
}

/// The OID of `Certificate.signatureAlgorithm` (DER: SEQUENCE { tbs, AlgorithmIdentifier, … }).
fn signature_oid(der: &[u8]) -> Option<&[u8]> {
    fn tlv(b: &[u8]) -> Option<(u8, &[u8], &[u8])> {
        let (&tag, rest) = b.split_first()?;
        let (&l0, rest) = rest.split_first()?;
        let (len, rest) = if l0 < 0x80 {
            (l0 as usize, rest)
        } else {
            let n = (l0 & 0x7f) as usize;
            if n == 0 || n > 4 || rest.len() < n {
                return None;
            }
            (rest[..n].iter().fold(0usize, |a, &b| a << 8 | b as usize), &rest[n..])
        };
        (rest.len() >= len).then(|| (tag, &rest[..len], &rest[len..]))
    }
    let (_, cert, _) = tlv(der)?;
    let (_, _tbs, after) = tlv(cert)?;
    let (_, alg, _) = tlv(after)?;
    let (tag, oid, _) = tlv(alg)?;
    (tag == 0x06).then_some(oid)
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub(crate) fn base64_encode(b: &[u8]) -> String {
    let mut s = String::with_capacity(b.len().div_ceil(3) * 4);
    for c in b.chunks(3) {
        let n = (c[0] as u32) << 16 | (*c.get(1).unwrap_or(&0) as u32) << 8 | *c.get(2).unwrap_or(&0) as u32;
        for i in 0..4 {
            if i <= c.len() {
                s.push(B64[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                s.push('=');
            }
        }
    }
    s
}

pub(crate) fn base64_decode(s: &str) -> Option<Vec<u8>> {
    let s = s.as_bytes();
    if !s.len().is_multiple_of(4) {
        return None;
    }
    let mut out = Vec::with_capacity(s.len() / 4 * 3);
    for (ci, c) in s.chunks(4).enumerate() {
        let last = ci == s.len() / 4 - 1;
        let mut n = 0u32;
        let mut pad = 0;
        for (i, &ch) in c.iter().enumerate() {
            let v = match ch {
                b'=' if last && i >= 2 => {
                    pad += 1;
                    0
                }
                _ if pad > 0 => return None,
                _ => B64.iter().position(|&x| x == ch)? as u32,
            };
            n = n << 6 | v;
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..3 - pad]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trips() {
        for (raw, enc) in [(&b""[..], ""), (b"f", "Zg=="), (b"fo", "Zm8="), (b"foo", "Zm9v"), (b"foob", "Zm9vYg==")] {
            assert_eq!(base64_encode(raw), enc);
            assert_eq!(base64_decode(enc).unwrap(), raw);
        }
        assert!(base64_decode("Zm9").is_none());
        assert!(base64_decode("Z=9v").is_none());
    }

    /// The SCRAM-SHA-256 example exchange of RFC 7677 §3.
    #[test]
    fn rfc7677_example() {
        let mut s = Scram::with_nonce("pencil", Binding::None, "rOprNGfwEbeRWgbNEkqO".into());
        // The RFC's user name is "user"; the exchange below is computed with it.
        s.client_first_bare = "n=user,r=rOprNGfwEbeRWgbNEkqO".into();
        let fin = s
            .client_final(b"r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")
            .unwrap();
        assert_eq!(
            std::str::from_utf8(&fin).unwrap(),
            "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="
        );
        s.verify_final(b"v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=").unwrap();
        assert!(s.verify_final(b"v=AAAATRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=").is_err());
        assert!(s.verify_final(b"e=invalid-proof").is_err());
    }

    #[test]
    fn a_nonce_that_does_not_extend_ours_is_refused() {
        let mut s = Scram::with_nonce("pw", Binding::None, "abc".into());
        assert!(s.client_final(b"r=xyz123,s=QUJD,i=4096").is_err());
        assert!(s.client_final(b"r=abc,s=QUJD,i=4096").is_err());
    }

    #[test]
    fn md5_answer_matches_the_server_formula() {
        // Computed independently with Python's hashlib.
        assert_eq!(md5_password("u", "pw", [1, 2, 3, 4]), "md50803a98a0618b75c8f9a50f280cad373");
    }
}
