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
pub mod window;
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

/// `value` with `decimals` digits after the point (`fixed(2.345, 1)` → `2.3`), by integer
/// arithmetic: the app then carries no code for formatting floats with a precision.
pub fn fixed(value: impl Into<f64>, decimals: u32) -> String {
    let value: f64 = value.into();
    if !value.is_finite() {
        return not_finite(value);
    }
    let unit = 10u64.pow(decimals);
    let n = (value.abs() * unit as f64).round() as u64;
    let sign = if value < 0.0 && n > 0 { "-" } else { "" };
    let (whole, frac) = (n / unit, n % unit);
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{frac:0width$}", width = decimals as usize)
    }
}

/// What `f64`'s `Display` writes for a value that is not finite, without linking the float
/// formatting code (some 14 KB of the page) for it.
fn not_finite(value: f64) -> String {
    match (value.is_nan(), value < 0.0) {
        (true, _) => "NaN",
        (false, true) => "-inf",
        (false, false) => "inf",
    }
    .to_string()
}

/// "1 passage", "3 passages".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A number short enough for a chart's axis: three significant digits at most, with "k", "m" or
/// "bn" from ten thousand up (`3744000000` → `3.74 bn`, `12500000` → `12.5 m`, `45000` →
/// `45 k`, `640` → `640`, `2.5` → `2.5`).
pub fn compact_number(value: f64) -> String {
    if !value.is_finite() {
        return not_finite(value);
    }
    let (scaled, suffix) = match value.abs() {
        a if a >= 1e9 => (value / 1e9, " bn"),
        a if a >= 1e6 => (value / 1e6, " m"),
        a if a >= 1e4 => (value / 1e3, " k"),
        a if a >= 1e3 => return format_number(value.round()),
        _ => (value, ""),
    };
    // Rounded to three significant digits; 999.9 k rounds to 1,000 k, which reads as 1 m.
    let digits = |v: f64| match v.abs() {
        a if a >= 100.0 => 0,
        a if a >= 10.0 => 1,
        _ => 2,
    };
    let text = fixed(scaled, digits(scaled));
    let text = match text.split_once('.') {
        Some((whole, frac)) if frac.trim_end_matches('0').is_empty() => whole.to_string(),
        Some((whole, frac)) => format!("{whole}.{}", frac.trim_end_matches('0')),
        None => text,
    };
    let next = match suffix {
        " k" => Some(" m"),
        " m" => Some(" bn"),
        _ => None,
    };
    match next {
        Some(next) if text.trim_start_matches('-') == "1000" => {
            format!("{}1{next}", if value < 0.0 { "-" } else { "" })
        }
        _ => format!("{text}{suffix}"),
    }
}

/// A number for reading: thousands grouped, at most two decimals (`3744000000` →
/// `3,744,000,000`, `2.5` → `2.5`).
pub fn format_number(value: f64) -> String {
    if !value.is_finite() {
        return not_finite(value);
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
    use super::{compact_number, fixed, format_number};

    #[test]
    fn axis_numbers_are_short() {
        assert_eq!(compact_number(3_744_000_000.0), "3.74 bn");
        assert_eq!(compact_number(12_500_000.0), "12.5 m");
        assert_eq!(compact_number(45_000.0), "45 k");
        assert_eq!(compact_number(999_960.0), "1 m");
        assert_eq!(compact_number(150_000_000_000.0), "150 bn");
        assert_eq!(compact_number(2_000_000.0), "2 m");
        assert_eq!(compact_number(9_999.0), "9,999");
        assert_eq!(compact_number(640.0), "640");
        assert_eq!(compact_number(2.5), "2.5");
        assert_eq!(compact_number(0.125), "0.13");
        assert_eq!(compact_number(-45_000.0), "-45 k");
        assert_eq!(compact_number(0.0), "0");
        for v in [f64::NAN, f64::INFINITY] {
            assert_eq!(compact_number(v), v.to_string());
        }
    }

    #[test]
    fn fixed_rounds_to_the_digits_asked() {
        assert_eq!(fixed(2.345f64, 1), "2.3");
        assert_eq!(fixed(0.96f32, 1), "1.0");
        assert_eq!(fixed(-0.04f64, 1), "0.0");
        assert_eq!(fixed(-12.5f64, 0), "-13");
        assert_eq!(fixed(1.23456f64, 2), "1.23");
        assert_eq!(fixed(640.0f64, 0), "640");
        for v in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(fixed(v, 1), v.to_string());
            assert_eq!(format_number(v), v.to_string());
        }
    }

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
