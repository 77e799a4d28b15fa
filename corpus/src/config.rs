//! `explorer.toml`: what a corpus owner can tell the build about their documents.
//!
//! ```toml
//! [[theme]]
//! label = "energy"
//! terms = ["energy", "oil", "gas", "renewable energy"]
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
