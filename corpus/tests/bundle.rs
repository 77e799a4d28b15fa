//! The compiled bundle: deterministic, versioned, and read back exactly as written.

use std::path::Path;

use corpus::compile::compile_dir;
use corpus::model::{BundleError, FORMAT_VERSION, MAGIC};
use corpus::Corpus;

fn seeds() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds")
}

#[test]
fn same_input_gives_the_same_bytes() {
    let a = compile_dir(&seeds(), None)
        .expect("seeds compile")
        .corpus
        .to_bytes();
    let b = compile_dir(&seeds(), None)
        .expect("seeds compile")
        .corpus
        .to_bytes();
    assert_eq!(a, b);
}

#[test]
fn bundle_round_trips() {
    let corpus = compile_dir(&seeds(), None).expect("seeds compile").corpus;
    let bytes = corpus.to_bytes();
    let back = Corpus::from_bytes(&bytes).expect("bundle decodes");
    assert_eq!(back.to_bytes(), bytes);
    assert_eq!(back.docs[0].text, corpus.docs[0].text);
}

#[test]
fn other_format_version_is_refused_with_a_reason() {
    let mut bytes = compile_dir(&seeds(), None)
        .expect("seeds compile")
        .corpus
        .to_bytes();
    bytes[8..12].copy_from_slice(&(FORMAT_VERSION + 1).to_le_bytes());
    let err = Corpus::from_bytes(&bytes).unwrap_err();
    assert_eq!(
        err,
        BundleError::Version {
            found: FORMAT_VERSION + 1,
            expected: FORMAT_VERSION
        }
    );
    assert!(err.to_string().contains("rebuild"));
}

#[test]
fn foreign_bytes_are_not_a_bundle() {
    assert_eq!(
        Corpus::from_bytes(b"PK\x03\x04 not a bundle").unwrap_err(),
        BundleError::NotABundle
    );
    let mut truncated = MAGIC.to_vec();
    truncated.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    truncated.extend_from_slice(&[0xff; 3]);
    assert_eq!(
        Corpus::from_bytes(&truncated).unwrap_err(),
        BundleError::Damaged
    );
}

#[test]
fn a_changed_byte_anywhere_is_caught_by_the_checksum() {
    let bytes = compile_dir(&seeds(), None)
        .expect("seeds compile")
        .corpus
        .to_bytes();
    for at in (corpus::model::HEADER_LEN..bytes.len()).step_by(97) {
        let mut changed = bytes.clone();
        changed[at] ^= 0x20;
        assert_eq!(
            Corpus::from_bytes(&changed).unwrap_err(),
            BundleError::Damaged,
            "byte {at}"
        );
    }
}

/// The seed corpus, compiled once and changed by each case below before it is written and read.
fn forged(change: impl FnOnce(&mut Corpus)) -> Result<Corpus, BundleError> {
    let mut corpus = compile_dir(&seeds(), None).expect("seeds compile").corpus;
    change(&mut corpus);
    Corpus::from_bytes(&corpus.to_bytes())
}

fn refused(change: impl FnOnce(&mut Corpus), words: &str) {
    match forged(change) {
        Err(BundleError::Invalid(why)) => assert!(why.contains(words), "{why}"),
        Err(other) => panic!("expected a refusal mentioning {words:?}, got {other:?}"),
        Ok(_) => panic!("expected a refusal mentioning {words:?}, but the bundle was read"),
    }
}

#[test]
fn passage_past_the_end_of_its_document_is_refused() {
    refused(
        |c| {
            let end = c.docs[0].text.len() as u32;
            c.passages[3].span = corpus::model::Span {
                start: end - 2,
                end: end + 10,
            };
        },
        "passage 3",
    );
}

#[test]
fn span_inside_a_character_is_refused() {
    refused(
        |c| {
            let text = c.docs[0].text.clone();
            let inside = text
                .char_indices()
                .find(|(_, ch)| ch.len_utf8() > 1)
                .unwrap()
                .0
                + 1;
            c.mentions[0].span = corpus::model::Span::new(inside, inside + 1);
        },
        "mention 0",
    );
}

#[test]
fn mention_of_a_missing_entity_is_refused() {
    refused(
        |c| c.mentions[0].entity = c.entities.len() as u32,
        "names entity",
    );
}

#[test]
fn a_mention_without_text_is_refused() {
    // One empty mention among placed ones.
    refused(
        |c| c.mentions[0].span.end = c.mentions[0].span.start,
        "mention 0 has no text",
    );
    // Every mention without its place (as a sharded site's core keeps them): not a bundle.
    refused(
        |c| {
            for m in &mut c.mentions {
                m.span = Default::default();
            }
        },
        "has no text",
    );
}

#[test]
fn entity_in_more_documents_than_the_corpus_has_is_refused() {
    refused(
        |c| c.entities[0].doc_count = c.docs.len() as u32 + 1,
        "entity 0",
    );
}

#[test]
fn sections_past_the_end_of_the_table_are_refused() {
    // A section's document is not written: it is the one whose range holds it, and ranges that
    // leave the table or overlap are refused.
    let sections = |c: &Corpus| c.sections.len() as u32;
    refused(
        |c| {
            let n = sections(c);
            let last = c.docs.len() - 1;
            c.docs[last].sections.end = n + 3;
        },
        "reach past the",
    );
    refused(
        |c| c.docs[0].passages.start = 1,
        "document 0's passages 1..",
    );
}

#[test]
fn relation_in_more_passages_than_the_corpus_has_is_refused() {
    refused(
        |c| c.relations[0].passages = c.passages.len() as u32 + 5,
        "relation 0",
    );
}

#[test]
fn relation_of_an_entity_with_itself_is_refused() {
    refused(|c| c.relations[0].b = c.relations[0].a, "relation 0");
}

#[test]
fn postings_naming_a_missing_passage_are_refused() {
    refused(
        |c| {
            // A single posting of a huge gap (32,767, tf 1) for the first term.
            let start = c.index.offsets[0] as usize;
            let end = c.index.offsets[1] as usize;
            let forged = [0xfe, 0xff, 0x03];
            c.index.postings.splice(start..end, forged);
            let delta = forged.len() as i64 - (end - start) as i64;
            for o in &mut c.index.offsets[1..] {
                *o = (*o as i64 + delta) as u32;
            }
        },
        "postings name passage",
    );
}

#[test]
fn offsets_out_of_order_are_refused() {
    refused(|c| c.index.offsets.swap(1, 2), "offsets");
}

#[test]
fn a_term_dictionary_that_is_not_one_is_refused() {
    // (A dictionary damaged on the way is caught by the checksum first, above.)
    refused(|c| c.index.terms = vec![3, 0, 0], "terms");
}

#[test]
fn word_counts_fewer_than_the_words_are_refused() {
    refused(|c| _ = c.views.words.counts.pop(), "counts for");
}

#[test]
fn phrase_of_a_missing_word_is_refused() {
    refused(
        |c| {
            let n = c.views.words.words.len() as u32;
            c.views.words.phrases.push((0, n));
            c.views.words.counts.push(1);
        },
        "phrases",
    );
}

#[test]
fn word_lists_longer_than_their_bytes_are_refused() {
    refused(|c| c.views.words.passage_bytes[0] += 1, "lists take");
}

#[test]
fn similar_document_that_does_not_exist_is_refused() {
    refused(
        |c| {
            c.views.similar.resize(c.docs.len(), Vec::new());
            c.views.similar[0].push(corpus::views::tables::SimilarDoc {
                doc: c.docs.len() as u32,
                score: 0.5,
            });
        },
        "similar documents",
    );
}

#[test]
fn network_node_of_a_missing_entity_is_refused() {
    refused(
        |c| {
            c.views.layout.push(corpus::views::tables::LayoutNode {
                entity: c.entities.len() as u32 + 3,
                x: 0.5,
                y: 0.5,
            })
        },
        "network layout",
    );
}

#[test]
fn alias_evidence_for_more_entities_than_there_are_is_refused() {
    refused(
        |c| c.alias_evidence.resize(c.entities.len() + 1, Vec::new()),
        "alias evidence",
    );
}

/// Found by the `bundle` fuzz target: a bundle resealed after a byte inside the term dictionary
/// was changed kept the dictionary's header and footer intact, so it opened, and a lookup later
/// walked into the damaged nodes and panicked. The dictionary's own checksum now refuses it.
#[test]
fn a_resealed_bundle_with_a_damaged_term_dictionary_is_refused() {
    let terms_len = compile_dir(&seeds(), None)
        .expect("seeds compile")
        .corpus
        .index
        .terms
        .len();
    assert!(terms_len > 64);
    // Every byte between the dictionary's header and its footer, in steps.
    for at in (24..terms_len - 24).step_by(terms_len / 16) {
        refused(|c| c.index.terms[at] ^= 0x55, "terms");
    }
}
