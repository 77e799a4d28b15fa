//! The check a decoded bundle passes before anything reads it: every cross-reference points at
//! something that exists, every span lies inside its document's text on character boundaries,
//! every offset table is ascending and inside the bytes it indexes, and every id in the index's
//! dictionaries and postings is in range. A bundle that was cut short, corrupted or forged is
//! refused with the first problem found, so that the engine and the views can index the corpus
//! without checking again (and without panicking). One pass, linear in the bundle.

use super::{Corpus, Span};
use crate::index::{Groups, Index};

/// The first problem found, as a phrase ("passage 12 names document 40 of 3").
pub(super) fn corpus(c: &Corpus) -> Result<(), String> {
    let docs = c.docs.len();
    let sections = c.sections.len();
    let passages = c.passages.len();
    let entities = c.entities.len();
    let themes = c.themes.len();
    for limit in [docs, sections, passages, entities, themes] {
        if u32::try_from(limit).is_err() {
            return Err("a table has more than 2^32 rows".into());
        }
    }

    for (i, d) in c.docs.iter().enumerate() {
        range(&d.sections, sections, || format!("document {i}'s sections"))?;
        range(&d.passages, passages, || format!("document {i}'s passages"))?;
        ids(d.themes.iter().map(|&t| t as u32), themes, || {
            format!("document {i}'s themes")
        })?;
    }
    let text_of = |doc: u32, what: &dyn Fn() -> String| -> Result<&str, String> {
        c.docs
            .get(doc as usize)
            .map(|d| d.text.as_str())
            .ok_or_else(|| format!("{} names document {doc} of {docs}", what()))
    };
    for (i, s) in c.sections.iter().enumerate() {
        let what = || format!("section {i}");
        let text = text_of(s.doc, &what)?;
        if let Some(h) = s.heading {
            span(h, text, &what)?;
        }
        range(&s.passages, passages, what)?;
    }
    for (i, p) in c.passages.iter().enumerate() {
        let what = || format!("passage {i}");
        let text = text_of(p.doc, &what)?;
        if p.section as usize >= sections {
            return Err(format!(
                "passage {i} names section {} of {sections}",
                p.section
            ));
        }
        span(p.span, text, &what)?;
        for &s in &p.sentences {
            span(s, text, &|| format!("a sentence of passage {i}"))?;
        }
        ids(p.themes.iter().map(|&t| t as u32), themes, what)?;
    }
    // The text of the passage a fact names.
    let passage_text = |passage: u32, what: &dyn Fn() -> String| -> Result<&str, String> {
        let p = c
            .passages
            .get(passage as usize)
            .ok_or_else(|| format!("{} names passage {passage} of {passages}", what()))?;
        // Checked above: every passage's document exists.
        Ok(c.docs[p.doc as usize].text.as_str())
    };
    for (i, e) in c.entities.iter().enumerate() {
        if e.doc_count as usize > docs || e.doc_count > e.mention_count {
            return Err(format!(
                "entity {i} is in {} documents of {docs}, with {} mentions",
                e.doc_count, e.mention_count
            ));
        }
    }
    for (i, m) in c.mentions.iter().enumerate() {
        let what = || format!("mention {i}");
        if m.entity as usize >= entities {
            return Err(format!(
                "mention {i} names entity {} of {entities}",
                m.entity
            ));
        }
        if m.span.is_empty() {
            return Err(format!("mention {i} has no text"));
        }
        span(m.span, passage_text(m.passage, &what)?, &what)?;
    }
    for (i, d) in c.dates.iter().enumerate() {
        let what = || format!("date {i}");
        if i > 0 && c.dates[i - 1].passage > d.passage {
            return Err(format!("{}: out of passage order", what()));
        }
        let text = passage_text(d.passage, &what)?;
        span(d.span, text, &what)?;
        span(d.sentence, text, &what)?;
    }
    for (i, f) in c.figures.iter().enumerate() {
        let what = || format!("figure {i}");
        if i > 0 && c.figures[i - 1].passage > f.passage {
            return Err(format!("{}: out of passage order", what()));
        }
        let text = passage_text(f.passage, &what)?;
        span(f.span, text, &what)?;
        span(f.sentence, text, &what)?;
    }
    for (i, r) in c.relations.iter().enumerate() {
        let what = || format!("relation {i}");
        ids([r.a, r.b].into_iter(), entities, what)?;
        if r.a == r.b || r.passages == 0 || r.passages as usize > passages {
            return Err(format!(
                "{}: pairs entity {} with entity {} in {} passages of {passages}",
                what(),
                r.a,
                r.b,
                r.passages
            ));
        }
    }
    if c.alias_evidence.len() > entities {
        return Err(format!(
            "alias evidence for {} entities of {entities}",
            c.alias_evidence.len()
        ));
    }
    views(&c.views, docs, passages, entities)?;
    index(&c.index, docs, sections, passages, entities)
}

/// The tables the views read: similar documents, the network layout and the word table.
fn views(
    v: &crate::views::ViewTables,
    docs: usize,
    passages: usize,
    entities: usize,
) -> Result<(), String> {
    if v.similar.len() > docs {
        return Err(format!(
            "similar documents listed for {} documents of {docs}",
            v.similar.len()
        ));
    }
    for (i, list) in v.similar.iter().enumerate() {
        ids(list.iter().map(|s| s.doc), docs, || {
            format!("document {i}'s similar documents")
        })?;
    }
    ids(v.layout.iter().map(|n| n.entity), entities, || {
        "the network layout".into()
    })?;
    if v.layout.windows(2).any(|w| w[0].entity >= w[1].entity)
        || v.layout
            .iter()
            .any(|n| !(n.x.is_finite() && n.y.is_finite()))
    {
        return Err("the network layout is out of order or not a number".into());
    }
    let w = &v.words;
    ids(
        w.phrases.iter().flat_map(|&(a, b)| [a, b]),
        w.words.len(),
        || "the word table's phrases".into(),
    )?;
    if w.counts.len() != w.entry_count() {
        return Err(format!(
            "the word table has {} counts for {} entries",
            w.counts.len(),
            w.entry_count()
        ));
    }
    if w.passage_bytes.len() != passages {
        return Err(format!(
            "the word table has lists for {} passages of {passages}",
            w.passage_bytes.len()
        ));
    }
    let listed: u64 = w.passage_bytes.iter().map(|&b| b as u64).sum();
    if listed != w.entries.len() as u64 {
        return Err(format!(
            "the word table's lists take {listed} bytes of {}",
            w.entries.len()
        ));
    }
    dictionary(&w.keys, w.words.len(), "word list (views)")
}

fn range(r: &std::ops::Range<u32>, len: usize, what: impl Fn() -> String) -> Result<(), String> {
    if r.start > r.end || r.end as usize > len {
        return Err(format!("{} run {}..{} of {len}", what(), r.start, r.end));
    }
    Ok(())
}

fn ids(
    ids: impl Iterator<Item = u32>,
    len: usize,
    what: impl Fn() -> String,
) -> Result<(), String> {
    for id in ids {
        if id as usize >= len {
            return Err(format!("{} name {id} of {len}", what()));
        }
    }
    Ok(())
}

fn span(s: Span, text: &str, what: &dyn Fn() -> String) -> Result<(), String> {
    let ok = s.start <= s.end
        && (s.end as usize) <= text.len()
        && text.is_char_boundary(s.start as usize)
        && text.is_char_boundary(s.end as usize);
    if ok {
        Ok(())
    } else {
        Err(format!(
            "{} has the span {}..{} in a text of {} bytes (or inside a character)",
            what(),
            s.start,
            s.end,
            text.len()
        ))
    }
}

/// An offset table: one more entry than rows, ascending, its last entry within `bytes`.
fn offsets(table: &[u32], rows: usize, bytes: usize, what: &str) -> Result<(), String> {
    if table.len() != rows + 1 {
        return Err(format!(
            "the index's {what} has {} offsets for {rows} rows",
            table.len()
        ));
    }
    if table.windows(2).any(|w| w[0] > w[1]) || table.last().is_some_and(|&l| l as usize > bytes) {
        return Err(format!(
            "the index's {what} offsets run out of order or out of range"
        ));
    }
    Ok(())
}

/// LEB128 varints as the index writes them; `None` when one is cut short or too long.
fn varints(mut bytes: &[u8]) -> impl Iterator<Item = Option<u32>> + '_ {
    std::iter::from_fn(move || {
        if bytes.is_empty() {
            return None;
        }
        let mut v: u32 = 0;
        let mut shift = 0;
        loop {
            let Some((&b, rest)) = bytes.split_first() else {
                return Some(None);
            };
            bytes = rest;
            v |= ((b & 0x7f) as u32).checked_shl(shift).unwrap_or(0);
            if b & 0x80 == 0 {
                return Some(Some(v));
            }
            shift += 7;
            if shift > 28 {
                bytes = &[];
                return Some(None);
            }
        }
    })
}

/// The passage of a term's last posting (0 for none), decoding its varints in one tight loop;
/// `None` when one is cut short or too long.
fn last_posting(bytes: &[u8]) -> Option<u64> {
    let mut i = 0;
    let mut passage: u64 = 0;
    let mut flagged = false;
    while i < bytes.len() {
        let mut v: u64 = 0;
        let mut shift = 0;
        loop {
            let b = *bytes.get(i)?;
            i += 1;
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                break;
            }
            shift += 7;
            if shift > 28 {
                return None;
            }
        }
        if flagged {
            // This varint is the previous posting's `tf - 2`.
            flagged = false;
        } else {
            passage += v >> 1;
            flagged = v & 1 == 1;
        }
    }
    (!flagged).then_some(passage)
}

/// A dictionary: valid `fst` bytes whose values name groups, and groups whose members are ids.
fn groups(g: &Groups, members: usize, what: &str) -> Result<(), String> {
    let rows = g.offsets.len().saturating_sub(1);
    offsets(&g.offsets, rows, g.members.len(), what)?;
    ids(g.members.iter().copied(), members, || {
        format!("the index's {what}")
    })?;
    dictionary(&g.keys, rows, what)
}

/// A dictionary's bytes: an `fst` map, or nothing when there are no values.
fn dictionary(bytes: &[u8], values: usize, what: &str) -> Result<(), String> {
    if bytes.is_empty() {
        return if values == 0 {
            Ok(())
        } else {
            Err(format!("the index's {what} has no dictionary"))
        };
    }
    // The bundle's checksum vouches for the bytes as written, but a bundle can be forged and
    // sealed again: the dictionary's own checksum (over all of it, not only its header and
    // footer) must hold too, or a lookup would walk into damaged nodes and panic.
    fst::Map::new(bytes).map_err(|e| format!("the index's {what}: {e}"))?;
    if fst_checksum_holds(bytes) {
        Ok(())
    } else {
        Err(format!(
            "the index's {what} is damaged: its checksum does not match"
        ))
    }
}

/// The check `fst`'s `verify` makes, done here: the dictionary's format version (its first eight
/// bytes) is 3 or later, and its last four bytes are the CRC-32C of the rest, masked as in
/// Snappy's framing. `fst` computes it sixteen bytes at a time with 16 KB of tables, which the
/// page would carry for this check alone; a byte at a time, with one table of 1 KB, is enough for
/// the dictionaries' size.
fn fst_checksum_holds(bytes: &[u8]) -> bool {
    let version = bytes
        .get(..8)
        .map(|v| u64::from_le_bytes(v.try_into().expect("eight bytes")));
    let Some(split) = bytes.len().checked_sub(4) else {
        return false;
    };
    if version.is_none_or(|v| v < 3) {
        return false;
    }
    let (body, tail) = bytes.split_at(split);
    let expected = u32::from_le_bytes(tail.try_into().expect("four bytes"));
    let mut crc = !0u32;
    for &b in body {
        crc = CRC32C[((crc ^ b as u32) & 0xFF) as usize] ^ (crc >> 8);
    }
    (!crc).rotate_right(15).wrapping_add(0xA282_EAD8) == expected
}

/// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78) of each byte value.
const CRC32C: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut crc = i as u32;
        let mut bit = 0;
        while bit < 8 {
            crc = (crc >> 1) ^ (0x82F6_3B78 & (crc & 1).wrapping_neg());
            bit += 1;
        }
        table[i] = crc;
        i += 1;
    }
    table
};

fn index(
    ix: &Index,
    docs: usize,
    sections: usize,
    passages: usize,
    entities: usize,
) -> Result<(), String> {
    let terms = ix.df.len();
    dictionary(&ix.terms, terms, "terms")?;
    offsets(&ix.offsets, terms, ix.postings.len(), "postings")?;
    for t in 0..terms {
        let bytes = &ix.postings[ix.offsets[t] as usize..ix.offsets[t + 1] as usize];
        // `gap << 1 | (tf > 1)`, then `tf - 2` when the flag is set. Gaps are never negative, so
        // the last passage is the largest: one comparison per term.
        let last = last_posting(bytes).ok_or("the index's postings are cut short")?;
        if last >= passages as u64 && !bytes.is_empty() {
            return Err(format!(
                "term {t}'s postings name passage {last} of {passages}"
            ));
        }
    }
    groups(&ix.stems, terms, "stems")?;
    groups(&ix.variants, terms, "spelling variants")?;
    groups(&ix.entity_words, entities, "entity words")?;
    ids(ix.field_terms.iter().copied(), terms, || {
        "the index's field terms".into()
    })?;
    if ix.field_terms.windows(2).any(|w| w[0] >= w[1]) {
        return Err("the index's field terms are not ascending".into());
    }
    offsets(
        &ix.field_offsets,
        ix.field_terms.len(),
        ix.field_postings.len(),
        "field postings",
    )?;
    for i in 0..ix.field_terms.len() {
        let bytes =
            &ix.field_postings[ix.field_offsets[i] as usize..ix.field_offsets[i + 1] as usize];
        let mut values = varints(bytes);
        for (what, len) in [("document", docs), ("section", sections)] {
            let n = values
                .next()
                .flatten()
                .ok_or("the index's field postings are cut short")?;
            let mut id: u64 = 0;
            for _ in 0..n {
                let gap = values
                    .next()
                    .flatten()
                    .ok_or("the index's field postings are cut short")?;
                id += gap as u64;
                if id >= len as u64 {
                    return Err(format!("a field posting names {what} {id} of {len}"));
                }
            }
        }
    }
    offsets(
        &ix.entity_offsets,
        ix.entity_offsets.len().saturating_sub(1),
        ix.entity_postings.len(),
        "entity postings",
    )?;
    if ix.entity_offsets.len() > entities + 1 {
        return Err("the index has postings for more entities than there are".into());
    }
    for e in 0..ix.entity_offsets.len().saturating_sub(1) {
        let bytes =
            &ix.entity_postings[ix.entity_offsets[e] as usize..ix.entity_offsets[e + 1] as usize];
        let mut values = varints(bytes);
        let n = values.next().flatten().unwrap_or(0);
        let mut id: u64 = 0;
        for _ in 0..n {
            let gap = values
                .next()
                .flatten()
                .ok_or("the index's entity postings are cut short")?;
            id += gap as u64;
            if id >= passages as u64 {
                return Err(format!(
                    "entity {e}'s postings name passage {id} of {passages}"
                ));
            }
        }
    }
    if ix.passage_len.len() != passages {
        return Err(format!(
            "the index has lengths for {} passages of {passages}",
            ix.passage_len.len()
        ));
    }
    if !ix.avg_passage_len.is_finite() || ix.avg_passage_len < 0.0 {
        return Err("the index's average passage length is not a number".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(keys: &[&str]) -> Vec<u8> {
        let mut b = fst::MapBuilder::memory();
        for (i, k) in keys.iter().enumerate() {
            b.insert(k, i as u64).unwrap();
        }
        b.into_inner().unwrap()
    }

    #[test]
    fn fst_checksum_agrees_with_fst_verify_on_every_damaged_byte() {
        for keys in [
            &["a"][..],
            &["alpha", "beta", "gamma", "gammas", "zeta"][..],
        ] {
            let bytes = map(keys);
            assert!(fst_checksum_holds(&bytes));
            assert!(fst::raw::Fst::new(&bytes[..]).unwrap().verify().is_ok());
            for at in 0..bytes.len() {
                let mut damaged = bytes.clone();
                damaged[at] ^= 0x10;
                let Ok(f) = fst::raw::Fst::new(&damaged[..]) else {
                    continue;
                };
                assert_eq!(
                    fst_checksum_holds(&damaged),
                    f.verify().is_ok(),
                    "byte {at}"
                );
                assert!(!fst_checksum_holds(&damaged), "byte {at}");
            }
        }
    }
}
