//! `rename_all` rules, with `serde`'s semantics: variant names are read as `PascalCase`,
//! field names as `snake_case`, and converted word by word.

/// A `rename_all` case style.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RenameRule {
    Lower,
    Upper,
    Pascal,
    Camel,
    Snake,
    ScreamingSnake,
    Kebab,
    ScreamingKebab,
}

/// Every style, as written in the attribute.
pub(crate) const RULES: &[(&str, RenameRule)] = &[
    ("lowercase", RenameRule::Lower),
    ("UPPERCASE", RenameRule::Upper),
    ("PascalCase", RenameRule::Pascal),
    ("camelCase", RenameRule::Camel),
    ("snake_case", RenameRule::Snake),
    ("SCREAMING_SNAKE_CASE", RenameRule::ScreamingSnake),
    ("kebab-case", RenameRule::Kebab),
    ("SCREAMING-KEBAB-CASE", RenameRule::ScreamingKebab),
];

impl RenameRule {
    pub(crate) fn from_name(name: &str) -> Option<RenameRule> {
        RULES.iter().find(|(n, _)| *n == name).map(|(_, r)| *r)
    }

    /// Renames a variant name, taken to be `PascalCase`.
    pub(crate) fn apply_to_variant(self, variant: &str) -> String {
        match self {
            RenameRule::Pascal => variant.to_owned(),
            RenameRule::Lower => variant.to_ascii_lowercase(),
            RenameRule::Upper => variant.to_ascii_uppercase(),
            RenameRule::Camel => {
                let mut chars = variant.chars();
                match chars.next() {
                    Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
                    None => String::new(),
                }
            }
            RenameRule::Snake => {
                let mut out = String::new();
                for (i, ch) in variant.char_indices() {
                    if i > 0 && ch.is_uppercase() {
                        out.push('_');
                    }
                    out.push(ch.to_ascii_lowercase());
                }
                out
            }
            RenameRule::ScreamingSnake => RenameRule::Snake.apply_to_variant(variant).to_ascii_uppercase(),
            RenameRule::Kebab => RenameRule::Snake.apply_to_variant(variant).replace('_', "-"),
            RenameRule::ScreamingKebab => {
                RenameRule::ScreamingSnake.apply_to_variant(variant).replace('_', "-")
            }
        }
    }

    /// Renames a field name, taken to be `snake_case`.
    pub(crate) fn apply_to_field(self, field: &str) -> String {
        match self {
            RenameRule::Lower | RenameRule::Snake => field.to_owned(),
            RenameRule::Upper | RenameRule::ScreamingSnake => field.to_ascii_uppercase(),
            RenameRule::Pascal => {
                let mut out = String::new();
                let mut capitalize = true;
                for ch in field.chars() {
                    if ch == '_' {
                        capitalize = true;
                    } else if capitalize {
                        out.push(ch.to_ascii_uppercase());
                        capitalize = false;
                    } else {
                        out.push(ch);
                    }
                }
                out
            }
            RenameRule::Camel => {
                let pascal = RenameRule::Pascal.apply_to_field(field);
                let mut chars = pascal.chars();
                match chars.next() {
                    Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
                    None => String::new(),
                }
            }
            RenameRule::Kebab => field.replace('_', "-"),
            RenameRule::ScreamingKebab => field.to_ascii_uppercase().replace('_', "-"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::RenameRule::{self, *};

    #[test]
    fn variants_and_fields_convert_as_serde_does() {
        let variants: &[(RenameRule, &str, &str)] = &[
            (Lower, "VeryTasty", "verytasty"),
            (Upper, "VeryTasty", "VERYTASTY"),
            (Pascal, "VeryTasty", "VeryTasty"),
            (Camel, "VeryTasty", "veryTasty"),
            (Snake, "VeryTasty", "very_tasty"),
            (ScreamingSnake, "VeryTasty", "VERY_TASTY"),
            (Kebab, "VeryTasty", "very-tasty"),
            (ScreamingKebab, "VeryTasty", "VERY-TASTY"),
            (Snake, "A", "a"),
            (Snake, "HTTPServer", "h_t_t_p_server"),
        ];
        for (rule, input, want) in variants {
            assert_eq!(rule.apply_to_variant(input), *want, "{rule:?} {input}");
        }
        let fields: &[(RenameRule, &str, &str)] = &[
            (Lower, "very_tasty", "very_tasty"),
            (Upper, "very_tasty", "VERY_TASTY"),
            (Pascal, "very_tasty", "VeryTasty"),
            (Camel, "very_tasty", "veryTasty"),
            (Snake, "very_tasty", "very_tasty"),
            (ScreamingSnake, "very_tasty", "VERY_TASTY"),
            (Kebab, "very_tasty", "very-tasty"),
            (ScreamingKebab, "very_tasty", "VERY-TASTY"),
            (Camel, "a", "a"),
            (Pascal, "_leading__double", "LeadingDouble"),
        ];
        for (rule, input, want) in fields {
            assert_eq!(rule.apply_to_field(input), *want, "{rule:?} {input}");
        }
    }
}
