//! Content types by file extension.

/// Extension (lower case) → media type. `text/*` types carry `charset=utf-8`; JSON, XML and SVG
/// do not (their encoding is defined by the format itself).
const TABLE: &[(&str, &str)] = &[
    ("html", "text/html; charset=utf-8"),
    ("htm", "text/html; charset=utf-8"),
    ("css", "text/css; charset=utf-8"),
    ("js", "text/javascript; charset=utf-8"),
    ("mjs", "text/javascript; charset=utf-8"),
    ("txt", "text/plain; charset=utf-8"),
    ("csv", "text/csv; charset=utf-8"),
    ("md", "text/markdown; charset=utf-8"),
    ("json", "application/json"),
    ("map", "application/json"),
    ("webmanifest", "application/manifest+json"),
    ("xml", "application/xml"),
    ("svg", "image/svg+xml"),
    ("png", "image/png"),
    ("apng", "image/apng"),
    ("jpg", "image/jpeg"),
    ("jpeg", "image/jpeg"),
    ("gif", "image/gif"),
    ("webp", "image/webp"),
    ("avif", "image/avif"),
    ("ico", "image/x-icon"),
    ("bmp", "image/bmp"),
    ("wasm", "application/wasm"),
    ("pdf", "application/pdf"),
    ("zip", "application/zip"),
    ("gz", "application/gzip"),
    ("tar", "application/x-tar"),
    ("mp4", "video/mp4"),
    ("webm", "video/webm"),
    ("mp3", "audio/mpeg"),
    ("ogg", "audio/ogg"),
    ("wav", "audio/wav"),
    ("woff", "font/woff"),
    ("woff2", "font/woff2"),
    ("ttf", "font/ttf"),
    ("otf", "font/otf"),
];

/// The default for unknown or missing extensions.
const DEFAULT: &str = "application/octet-stream";

/// The content type for `path` by its extension, compared case-insensitively
/// (`application/octet-stream` when unknown).
///
/// The extension is what follows the last `.` of the last path segment; a name that only starts
/// with a dot (`.profile`) has none.
///
/// ```
/// use chopin_rt::files::mime_for;
/// assert_eq!(mime_for("a/b/Index.HTML"), "text/html; charset=utf-8");
/// assert_eq!(mime_for("logo.png"), "image/png");
/// assert_eq!(mime_for("archive.tar.gz"), "application/gzip");
/// assert_eq!(mime_for("README"), "application/octet-stream");
/// ```
pub fn mime_for(path: &str) -> &'static str {
    let name = path.rsplit('/').next().unwrap_or(path);
    let ext = match name.rfind('.') {
        Some(0) | None => return DEFAULT,
        Some(i) => &name[i + 1..],
    };
    TABLE.iter().find(|(e, _)| e.eq_ignore_ascii_case(ext)).map_or(DEFAULT, |&(_, t)| t)
}
