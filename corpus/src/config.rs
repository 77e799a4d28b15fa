//! `explorer.toml`: what a corpus owner can tell the build about their documents.
//!
//! ```toml
//! [[theme]]
//! label = "energy"
//! terms = ["energy", "oil", "gas", "renewable energy"]
//! weight = 1.0   # optional: how much its terms count when a document's themes are chosen
//!
//! [[alias]]
//! name = "Shanghai Cooperation Organisation"
//! kind = "organization"
//! aliases = ["SCO", "Shanghai Cooperation Organization"]
//!
//! ignore = ["Bottom Line"]
//! ```

use serde::{Deserialize, Serialize};

use crate::diag::Diagnostic;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Themes in display order.
    #[serde(default, rename = "theme")]
    pub themes: Vec<Theme>,
    /// Extra names for entities.
    #[serde(default, rename = "alias")]
    pub aliases: Vec<Alias>,
    /// Names that must never become entities.
    #[serde(default)]
    pub ignore: Vec<String>,
}

/// A theme: its label and the words and phrases that signal it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    pub label: String,
    pub terms: Vec<String>,
    /// How much the theme's matches count against the other themes' when a document's themes
    /// are chosen (1 when left out): above 1 for a theme whose texts use many words of which
    /// the list can hold only some.
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub weight: f32,
}

fn one() -> f32 {
    1.0
}

fn is_one(w: &f32) -> bool {
    *w == 1.0
}

/// Names that refer to the same entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alias {
    /// The canonical name.
    pub name: String,
    /// `person`, `organization` or `place`, when the name alone does not say.
    #[serde(default)]
    pub kind: Option<String>,
    pub aliases: Vec<String>,
}

impl Config {
    /// Parses the configuration, naming the file and line of any problem.
    pub fn parse(path: &str, text: &str) -> Result<Config, Diagnostic> {
        let config: Config = toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|s| crate::diag::line_of(text.as_bytes(), s.start))
                .unwrap_or(1);
            Diagnostic::error(
                path,
                line,
                format!("invalid configuration: {}", e.message()),
            )
        })?;
        config.validate(path, text)?;
        Ok(config)
    }

    fn validate(&self, path: &str, text: &str) -> Result<(), Diagnostic> {
        let line_of = |needle: &str| {
            text.find(needle)
                .map(|at| crate::diag::line_of(text.as_bytes(), at))
                .unwrap_or(1)
        };
        let mut seen = std::collections::BTreeSet::new();
        for theme in &self.themes {
            if theme.label.trim().is_empty() {
                return Err(Diagnostic::error(
                    path,
                    line_of("label"),
                    "a theme has an empty label",
                ));
            }
            if !seen.insert(theme.label.as_str()) {
                return Err(Diagnostic::error(
                    path,
                    line_of(&format!("\"{}\"", theme.label)),
                    format!("theme \"{}\" is defined twice", theme.label),
                ));
            }
            if !(theme.weight.is_finite() && theme.weight > 0.0 && theme.weight <= 10.0) {
                // The line of this theme's weight: the first after its label.
                let label_at = text.find(&format!("\"{}\"", theme.label)).unwrap_or(0);
                let line = text[label_at..]
                    .find("weight")
                    .map(|at| crate::diag::line_of(text.as_bytes(), label_at + at))
                    .unwrap_or_else(|| line_of("weight"));
                return Err(Diagnostic::error(
                    path,
                    line,
                    format!(
                        "theme \"{}\": weight must be a number above 0 and at most 10, not {}",
                        theme.label, theme.weight
                    ),
                ));
            }
            if theme.terms.iter().all(|t| t.trim().is_empty()) {
                return Err(Diagnostic::error(
                    path,
                    line_of(&format!("\"{}\"", theme.label)),
                    format!("theme \"{}\" has no terms", theme.label),
                ));
            }
        }
        for alias in &self.aliases {
            if let Some(kind) = &alias.kind {
                if !matches!(kind.as_str(), "person" | "organization" | "place") {
                    return Err(Diagnostic::error(
                        path,
                        line_of(&format!("\"{kind}\"")),
                        format!("alias kind must be person, organization or place, not \"{kind}\""),
                    ));
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_theme_weight_out_of_range_is_refused_with_its_line() {
        let text = "[[theme]]\nlabel = \"a\"\nterms = [\"x\"]\nweight = 2\n\n[[theme]]\nlabel = \"b\"\nterms = [\"y\"]\nweight = 0\n";
        let e = Config::parse("explorer.toml", text).unwrap_err();
        assert_eq!((e.path.as_str(), e.line), ("explorer.toml", 9), "{e}");
        assert!(e.message.contains("weight must be a number above 0"), "{e}");
        let ok = "[[theme]]\nlabel = \"a\"\nterms = [\"x\"]\nweight = 1.5\n";
        let c = Config::parse("explorer.toml", ok).unwrap();
        assert_eq!(c.themes[0].weight, 1.5);
    }

    #[test]
    fn themes_keep_their_order() {
        let c = Config::parse(
            "explorer.toml",
            "[[theme]]\nlabel = \"b\"\nterms = [\"x\"]\n[[theme]]\nlabel = \"a\"\nterms = [\"y\"]\n",
        )
        .unwrap();
        let labels: Vec<&str> = c.themes.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["b", "a"]);
    }

    #[test]
    fn syntax_error_names_the_line() {
        let e = Config::parse(
            "explorer.toml",
            "[[theme]]\nlabel = \"a\"\nterms = [\"x\"\n",
        )
        .unwrap_err();
        assert_eq!(e.path, "explorer.toml");
        assert!(e.line >= 3, "{e}");
    }

    #[test]
    fn unknown_key_is_an_error() {
        let e = Config::parse("explorer.toml", "colour = \"red\"\n").unwrap_err();
        assert!(e.message.contains("colour"), "{e}");
    }

    #[test]
    fn duplicate_theme_is_an_error() {
        let e = Config::parse(
            "explorer.toml",
            "[[theme]]\nlabel = \"a\"\nterms = [\"x\"]\n[[theme]]\nlabel = \"a\"\nterms = [\"y\"]\n",
        )
        .unwrap_err();
        assert!(e.message.contains("twice"));
    }

    #[test]
    fn bad_alias_kind_is_an_error() {
        let e = Config::parse(
            "explorer.toml",
            "[[alias]]\nname = \"X\"\nkind = \"planet\"\naliases = []\n",
        )
        .unwrap_err();
        assert_eq!(e.line, 3);
    }
}
