//! One file per component: props and callbacks in, no hidden state beyond view details.

pub mod chart;
pub mod concordance;
pub mod downloads;
pub mod entity_chips;
pub mod entity_page;
pub mod facets;
pub mod figures;
pub mod help;
pub mod highlighted;
pub mod hit;
pub mod kwic;
pub mod link;
pub mod nav;
pub mod network;
pub mod note_tools;
pub mod notes_view;
pub mod overview;
pub mod query_problems;
pub mod reader;
pub mod results;
pub mod search_box;
pub mod search_view;
pub mod timeline;
pub mod views;
pub mod words;

use yew::{Callback, MouseEvent};

/// The click handler of an in-app link: a plain click runs `action` instead of loading the
/// `href`; a click with a modifier or another button is left to the browser (new tab, window).
pub fn in_app(action: impl Fn() + 'static) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        if e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() || e.button() != 0 {
            return;
        }
        e.prevent_default();
        action();
    })
}

/// "1 passage", "3 passages".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A number for reading: thousands grouped, at most two decimals (`3744000000` →
/// `3,744,000,000`, `2.5` → `2.5`).
pub fn format_number(value: f64) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let rounded = (value * 100.0).round() / 100.0;
    let sign = if rounded < 0.0 { "-" } else { "" };
    let abs = rounded.abs();
    let whole = abs.trunc() as u64;
    let cents = ((abs - abs.trunc()) * 100.0).round() as u64;
    let digits = whole.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 4);
    out.push_str(sign);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if cents > 0 {
        let frac = format!("{cents:02}");
        out.push('.');
        out.push_str(frac.trim_end_matches('0'));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::format_number;

    #[test]
    fn numbers_are_grouped_with_at_most_two_decimals() {
        assert_eq!(format_number(3_744_000_000.0), "3,744,000,000");
        assert_eq!(format_number(2.5), "2.5");
        assert_eq!(format_number(0.125), "0.13");
        assert_eq!(format_number(-1234.0), "-1,234");
        assert_eq!(format_number(999.999), "1,000");
        assert_eq!(format_number(0.0), "0");
    }
}
