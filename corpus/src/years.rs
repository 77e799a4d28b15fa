//! What a document's metadata says beyond its fields: the year it is from, read by the index
//! builder (a title word), the facets and the views alike.

use crate::model::Doc;

/// The year a document is from: that of its date, else a year in its source URL's path
/// (`/2015/07/...`, `/2015-07-10-...`), as news sites write them.
pub fn doc_year(doc: &Doc) -> Option<i32> {
    if let Some(y) = doc.date.as_deref().and_then(|d| d.get(..4)?.parse().ok()) {
        return Some(y);
    }
    let source = doc.source.as_deref()?;
    let path = source.split_once("://").map_or(source, |(_, rest)| rest);
    path.split('/').skip(1).find_map(|seg| {
        let head = seg.get(..4)?;
        let tail = &seg[4..];
        let year: i32 = head.parse().ok()?;
        let plausible = (1900..=2100).contains(&year) && head.bytes().all(|b| b.is_ascii_digit());
        (plausible && (tail.is_empty() || tail.starts_with(['-', '_']))).then_some(year)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_year_from_date_or_source_path() {
        let doc = |date: Option<&str>, source: Option<&str>| Doc {
            date: date.map(str::to_string),
            source: source.map(str::to_string),
            ..Doc::default()
        };
        assert_eq!(doc_year(&doc(Some("2024-06-13"), None)), Some(2024));
        assert_eq!(
            doc_year(&doc(None, Some("https://x.com/2015/07/a-b/"))),
            Some(2015)
        );
        assert_eq!(
            doc_year(&doc(None, Some("https://x.com/news/2015-07-10-ufa"))),
            Some(2015)
        );
        assert_eq!(
            doc_year(&doc(None, Some("https://x.com/news/2506724.html"))),
            None
        );
        assert_eq!(doc_year(&doc(None, Some("https://2015.com/a"))), None);
        assert_eq!(doc_year(&doc(None, None)), None);
    }
}
