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
    assert!(matches!(
        Corpus::from_bytes(&truncated),
        Err(BundleError::Decode(_))
    ));
}
