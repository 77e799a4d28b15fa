//! Folders and files as a careless scraper or a hostile sender would produce them: each case is
//! read, refused or skipped with a message naming the file, and none hangs, exhausts memory,
//! overflows the stack or reads outside the corpus folder.
//!
//! Cases that would hang if they regressed (a named pipe, a quadratic parse) run under
//! [`finishes`], which fails the test after a generous deadline instead of hanging the suite: it
//! checks that the work ends, not how fast.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use corpus::compile::{compile_dir, read_dir};
use corpus::diag::Diagnostic;
use corpus::ingest::{self, list, BlockKind};
use corpus::model::Format;

/// A scratch folder, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir =
            std::env::temp_dir().join(format!("corpus-hostile-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn file(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path
    }

    fn link(&self, rel: &str, target: impl AsRef<Path>) {
        let path = self.0.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(target, path).unwrap();
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs `f` on another thread and fails if it has not finished after `secs` seconds.
fn finishes<T: Send + 'static>(secs: u64, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || {
            let _ = tx.send(f());
        })
        .unwrap();
    rx.recv_timeout(Duration::from_secs(secs))
        .unwrap_or_else(|_| panic!("still running after {secs} s: it hangs or is quadratic"))
}

fn ids(listing: &ingest::Listing) -> Vec<&str> {
    listing.files.iter().map(|f| f.id.as_str()).collect()
}

fn about<'a>(diagnostics: &'a [Diagnostic], file: &str) -> Vec<&'a Diagnostic> {
    diagnostics
        .iter()
        .filter(|d| d.path.ends_with(file))
        .collect()
}

const GOOD: &str = "A good document with a sentence of text in it.\n";

#[test]
fn symlink_to_a_file_outside_is_skipped_and_never_read() {
    let outside = Scratch::new("outside-file");
    let secret = outside.file("passwd.txt", "root:x:0:0:secret-outside-the-corpus\n");
    let corpus = Scratch::new("link-out");
    corpus.file("good.txt", GOOD);
    corpus.link("link.txt", &secret);
    let listing = list(corpus.path());
    assert_eq!(ids(&listing), ["good.txt"]);
    let said = about(&listing.diagnostics, "link.txt");
    assert_eq!(said.len(), 1, "{:?}", listing.diagnostics);
    assert!(
        said[0].message.contains("outside the corpus folder"),
        "{}",
        said[0]
    );
    assert_eq!(listing.links_outside, 1);
    let (inputs, _, _) = read_dir(corpus.path(), None).unwrap();
    assert!(inputs
        .iter()
        .all(|i| !i.parsed.blocks.iter().any(|b| b.text.contains("secret"))));
}

#[test]
fn symlink_to_etc_passwd_is_skipped() {
    let corpus = Scratch::new("passwd");
    corpus.file("good.txt", GOOD);
    corpus.link("link.txt", "/etc/passwd");
    let listing = list(corpus.path());
    assert_eq!(ids(&listing), ["good.txt"]);
    assert!(about(&listing.diagnostics, "link.txt")[0]
        .message
        .contains("outside the corpus folder"));
}

#[test]
fn symlinked_folder_outside_is_skipped() {
    let outside = Scratch::new("outside-dir");
    outside.file("private/notes.md", "# Private\n\nNot for publication.\n");
    let corpus = Scratch::new("dir-out");
    corpus.file("good.txt", GOOD);
    corpus.link("more", outside.path().join("private"));
    let listing = list(corpus.path());
    assert_eq!(ids(&listing), ["good.txt"]);
    assert!(about(&listing.diagnostics, "more")[0]
        .message
        .contains("outside the corpus folder"));
}

#[test]
fn symlink_to_dev_zero_is_skipped_never_read() {
    let corpus = Scratch::new("zero");
    corpus.file("good.txt", GOOD);
    corpus.link("zero.txt", "/dev/zero");
    let listing = finishes(60, {
        let dir = corpus.path().to_path_buf();
        move || list(&dir)
    });
    assert_eq!(ids(&listing), ["good.txt"]);
    assert_eq!(about(&listing.diagnostics, "zero.txt").len(), 1);
}

#[test]
fn fifo_is_skipped_without_waiting_on_it() {
    let corpus = Scratch::new("fifo");
    corpus.file("good.txt", GOOD);
    let pipe = std::ffi::CString::new(
        corpus
            .path()
            .join("pipe.txt")
            .into_os_string()
            .into_encoded_bytes(),
    )
    .unwrap();
    // SAFETY: a valid NUL-terminated path and a mode.
    assert_eq!(unsafe { libc::mkfifo(pipe.as_ptr(), 0o644) }, 0);
    let dir = corpus.path().to_path_buf();
    let (inputs, _, diagnostics) = finishes(60, move || read_dir(&dir, None).unwrap());
    assert_eq!(inputs.len(), 1);
    let said = about(&diagnostics, "pipe.txt");
    assert_eq!(said.len(), 1, "{diagnostics:?}");
    assert!(said[0].message.contains("named pipe"), "{}", said[0]);
}

#[test]
fn socket_is_skipped_without_opening_it() {
    let corpus = Scratch::new("socket");
    corpus.file("good.txt", GOOD);
    let _listener = std::os::unix::net::UnixListener::bind(corpus.path().join("talk.txt")).unwrap();
    let dir = corpus.path().to_path_buf();
    let (inputs, _, diagnostics) = finishes(60, move || read_dir(&dir, None).unwrap());
    assert_eq!(inputs.len(), 1);
    let said = about(&diagnostics, "talk.txt");
    assert_eq!(said.len(), 1, "{diagnostics:?}");
    assert!(said[0].message.contains("a socket"), "{}", said[0]);
}

#[test]
fn link_to_a_device_is_skipped_and_never_read() {
    let corpus = Scratch::new("device");
    corpus.file("good.txt", GOOD);
    corpus.link("null.txt", "/dev/null");
    let listing = list(corpus.path());
    assert_eq!(ids(&listing), ["good.txt"]);
    assert_eq!(
        about(&listing.diagnostics, "null.txt").len(),
        1,
        "{:?}",
        listing.diagnostics
    );
}

#[test]
fn fifo_opened_directly_does_not_block() {
    let corpus = Scratch::new("fifo-open");
    let path = corpus.path().join("pipe.txt");
    let c = std::ffi::CString::new(path.clone().into_os_string().into_encoded_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path and a mode.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    // As if the file had been swapped for a pipe after it was listed.
    let result = finishes(60, move || ingest::read_bounded(&path, "pipe.txt", 1 << 20));
    let err = result.unwrap_err();
    assert!(err.message.contains("not a regular file"), "{err}");
}

#[test]
fn symlink_loop_to_the_root_yields_each_document_once() {
    let corpus = Scratch::new("loop");
    corpus.file("a.txt", GOOD);
    corpus.file("sub/b.txt", "Another document with its own sentence.\n");
    corpus.link("loop", ".");
    corpus.link("sub/up", "..");
    let listing = finishes(60, {
        let dir = corpus.path().to_path_buf();
        move || list(&dir)
    });
    assert_eq!(ids(&listing), ["a.txt", "sub/b.txt"]);
    for link in ["loop", "sub/up"] {
        let said = about(&listing.diagnostics, link);
        assert_eq!(said.len(), 1, "{link}: {:?}", listing.diagnostics);
        assert!(said[0].message.contains("read already"), "{}", said[0]);
    }
}

#[test]
fn two_crossed_loops_terminate() {
    let corpus = Scratch::new("loops");
    corpus.file("x/one.txt", GOOD);
    corpus.file("y/two.txt", "A second document with different words.\n");
    corpus.link("x/to-y", "../y");
    corpus.link("y/to-x", "../x");
    corpus.link("x/self", ".");
    let listing = finishes(60, {
        let dir = corpus.path().to_path_buf();
        move || list(&dir)
    });
    assert_eq!(ids(&listing), ["x/one.txt", "y/two.txt"]);
}

#[test]
fn link_that_points_at_itself_is_reported_as_a_loop() {
    let corpus = Scratch::new("self");
    corpus.file("good.txt", GOOD);
    corpus.link("me.txt", "me.txt");
    let listing = list(corpus.path());
    assert_eq!(ids(&listing), ["good.txt"]);
    assert!(about(&listing.diagnostics, "me.txt")[0]
        .message
        .contains("loops"));
}

#[test]
fn dangling_link_is_reported() {
    let corpus = Scratch::new("dangling");
    corpus.file("good.txt", GOOD);
    corpus.link("gone.txt", "nowhere.txt");
    let listing = list(corpus.path());
    assert!(about(&listing.diagnostics, "gone.txt")[0]
        .message
        .contains("leads nowhere"));
}

#[test]
fn link_to_a_document_inside_is_read_once_under_its_own_path() {
    let corpus = Scratch::new("inside");
    corpus.file("z/real.txt", GOOD);
    corpus.link("a-link.txt", "z/real.txt");
    corpus.link("b-folder", "z");
    let listing = list(corpus.path());
    assert_eq!(ids(&listing), ["z/real.txt"]);
    assert!(about(&listing.diagnostics, "a-link.txt")[0]
        .message
        .contains("the same file as z/real.txt"));
    assert!(about(&listing.diagnostics, "b-folder")[0]
        .message
        .contains("read already"));
}

#[test]
fn link_to_a_folder_inside_is_followed_once() {
    let corpus = Scratch::new("inside-dir");
    corpus.file("deep/er/doc.txt", GOOD);
    corpus.link("shortcut", "deep/er");
    let listing = list(corpus.path());
    // The folder's own path wins over the link's.
    assert_eq!(ids(&listing), ["deep/er/doc.txt"]);
}

#[test]
fn hidden_files_and_folders_are_reported() {
    let corpus = Scratch::new("hidden");
    corpus.file("good.txt", GOOD);
    corpus.file(".draft.md", "# Draft\n\nNot ready.\n");
    corpus.file(".git/config", "[core]\n");
    let listing = list(corpus.path());
    assert_eq!(ids(&listing), ["good.txt"]);
    for name in [".draft.md", ".git"] {
        let said = about(&listing.diagnostics, name);
        assert_eq!(said.len(), 1, "{name}: {:?}", listing.diagnostics);
        assert!(said[0].message.contains("hidden"));
    }
}

#[test]
fn deeply_nested_folders_are_walked_without_recursion() {
    let corpus = Scratch::new("deep-dirs");
    let rel: String = (0..200).map(|i| format!("d{i}/")).collect();
    corpus.file(&format!("{rel}doc.txt"), GOOD);
    let listing = list(corpus.path());
    assert_eq!(listing.files.len(), 1);
}

#[test]
fn size_is_checked_before_reading() {
    let corpus = Scratch::new("huge");
    corpus.file("good.txt", GOOD);
    // A 3 GB sparse file: nothing is written, so reading it would be the only cost.
    let huge = std::fs::File::create(corpus.path().join("huge.txt")).unwrap();
    huge.set_len(3 << 30).unwrap();
    let dir = corpus.path().to_path_buf();
    let (inputs, _, diagnostics) = finishes(60, move || read_dir(&dir, None).unwrap());
    assert_eq!(inputs.len(), 1);
    let said = about(&diagnostics, "huge.txt");
    assert!(said[0].is_error());
    assert!(
        said[0]
            .message
            .contains("over the limit of 16.0 MiB per document"),
        "{}",
        said[0]
    );
}

#[test]
fn bounded_reader_refuses_a_file_over_the_limit() {
    let corpus = Scratch::new("bounded");
    let path = corpus.file("a.txt", vec![b'a'; 4097]);
    let err = ingest::read_bounded(&path, "a.txt", 4096).unwrap_err();
    assert!(err.message.contains("over the limit"), "{err}");
    assert_eq!(
        ingest::read_bounded(&path, "a.txt", 4097).unwrap().len(),
        4097
    );
}

#[test]
fn corpus_over_the_total_limit_is_refused_before_reading() {
    let corpus = Scratch::new("total");
    let per = ingest::MAX_DOCUMENT_BYTES;
    let n = ingest::MAX_CORPUS_BYTES / per + 1;
    for i in 0..n {
        let f = std::fs::File::create(corpus.path().join(format!("{i:03}.txt"))).unwrap();
        f.set_len(per).unwrap();
    }
    let diagnostics = read_dir(corpus.path(), None).unwrap_err();
    assert!(
        diagnostics
            .iter()
            .any(|d| d.message.contains("over the limit of 1.0 GiB")),
        "{diagnostics:?}"
    );
}

#[test]
fn invalid_utf8_among_good_files_leaves_only_that_file_out() {
    let corpus = Scratch::new("utf8");
    corpus.file("a.txt", GOOD);
    corpus.file("b.txt", b"first line\nsecond line caf\xe9\n");
    corpus.file("c.md", "# Fine\n\nAnother fine document with words.\n");
    let compiled = compile_dir(corpus.path(), None).expect("the rest builds");
    let ids: Vec<&str> = compiled.corpus.docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["a.txt", "c.md"]);
    assert_eq!(compiled.left_out(), 1);
    let said = about(&compiled.warnings, "b.txt");
    assert_eq!(said[0].line, 2);
    assert!(said[0].message.contains("invalid UTF-8 at byte offset 26"));
}

#[test]
fn folder_where_every_file_is_bad_does_not_build() {
    let corpus = Scratch::new("all-bad");
    corpus.file("a.txt", "");
    corpus.file("b.txt", b"\xff\xfe");
    let diagnostics = read_dir(corpus.path(), None).unwrap_err();
    assert!(diagnostics
        .iter()
        .any(|d| d.message.contains("no document could be read")));
    assert_eq!(diagnostics.iter().filter(|d| d.is_error()).count(), 3);
}

#[test]
fn case_clash_leaves_the_second_out() {
    let corpus = Scratch::new("clash");
    corpus.file("Note.txt", GOOD);
    corpus.file("note.txt", "Different words in the second one.\n");
    let (inputs, _, diagnostics) = read_dir(corpus.path(), None).unwrap();
    assert_eq!(inputs.len(), 1);
    assert!(about(&diagnostics, "note.txt")[0]
        .message
        .contains("clashes with Note.txt"));
}

#[test]
fn broken_configuration_stops_the_build() {
    let corpus = Scratch::new("config");
    corpus.file("good.txt", GOOD);
    corpus.file("explorer.toml", "[[theme]\nlabel = ");
    let diagnostics = read_dir(corpus.path(), None).unwrap_err();
    assert!(diagnostics
        .iter()
        .any(|d| d.path.ends_with("explorer.toml") && d.is_error()));
}

#[test]
fn file_names_with_newlines_and_escapes_print_on_one_line() {
    let corpus = Scratch::new("names");
    corpus.file("good.txt", GOOD);
    corpus.file("evil\ncargo:rustc-env=X=1\u{1b}[2J.pdf", "x");
    let listing = list(corpus.path());
    let shown = listing.diagnostics[0].to_string();
    assert_eq!(shown.lines().count(), 1, "{shown}");
    assert!(
        shown.contains("evil\\ncargo:rustc-env=X=1\\u{1b}[2J.pdf"),
        "{shown}"
    );
}

fn parse(format: Format, text: &str) -> (ingest::Parsed, Vec<Diagnostic>) {
    ingest::parse(format, "t", text).unwrap()
}

#[test]
fn line_of_fifty_mb_without_spaces_becomes_bounded_passages() {
    // The per-document limit keeps 50 MB out; the largest allowed line is split the same way.
    let line = "x".repeat(4 << 20);
    let (parsed, warnings) = finishes(120, move || parse(Format::Text, &line));
    assert_eq!(parsed.blocks.len(), 256);
    assert!(parsed
        .blocks
        .iter()
        .all(|b| b.text.len() <= ingest::MAX_PASSAGE_BYTES));
    assert!(warnings
        .iter()
        .any(|w| w.message.contains("split into 256 passages")));
}

#[test]
fn hundred_thousand_character_line_splits_at_sentences() {
    let line = "The minister spoke at length about the corridor. ".repeat(2000);
    let (parsed, _) = parse(Format::Text, &line);
    assert!(parsed.blocks.len() > 1);
    for b in &parsed.blocks {
        assert!(b.text.len() <= ingest::MAX_PASSAGE_BYTES);
        assert!(
            b.text.ends_with("corridor."),
            "{}",
            &b.text[b.text.len() - 20..]
        );
    }
}

#[test]
fn split_long_cuts_cjk_after_a_full_stop_and_never_inside_a_character() {
    let text = "上海合作组织成员国举行会议。".repeat(100);
    for piece in ingest::split_long(&text, 200) {
        assert!(piece.len() <= 200);
        assert!(piece.ends_with('。'), "{piece}");
    }
    let no_stops = "é".repeat(1000);
    let pieces = ingest::split_long(&no_stops, 101);
    assert!(pieces
        .iter()
        .all(|p| p.len() <= 101 && p.chars().all(|c| c == 'é')));
    assert_eq!(pieces.concat(), no_stops);
}

#[test]
fn control_characters_are_replaced_and_reported() {
    let (parsed, warnings) = parse(
        Format::Text,
        "Title line\n\nA line with \u{1b}[31mred\u{7} in it.\u{c}Next page.\n",
    );
    let text: String = parsed.blocks.iter().map(|b| b.text.as_str()).collect();
    assert!(!text.contains(|c: char| c.is_control()), "{text:?}");
    assert!(warnings
        .iter()
        .any(|w| w.line == 3 && w.message.contains("control characters")));
}

#[test]
fn bidi_overrides_and_zero_width_joiners_are_kept_as_text() {
    let (parsed, warnings) = parse(
        Format::Text,
        "Reversed \u{202E}txt.exe\u{202C} and a family 👩\u{200D}👩\u{200D}👧 here.\n",
    );
    assert!(parsed.blocks[0].text.contains('\u{202E}'));
    assert!(parsed.blocks[0].text.contains('\u{200D}'));
    assert!(warnings.is_empty());
}

#[test]
fn long_title_is_cut() {
    let title = "T".repeat(5000);
    let (parsed, warnings) = parse(
        Format::Markdown,
        &format!("---\ntitle: {title}\n---\nBody text.\n"),
    );
    assert_eq!(
        parsed.title.unwrap().chars().count(),
        ingest::MAX_META_CHARS + 1
    );
    assert!(warnings
        .iter()
        .any(|w| w.message.contains("title is longer")));
}

#[test]
fn huge_heading_is_read_as_a_paragraph() {
    let heading = "Word ".repeat(1000);
    let (parsed, _) = parse(Format::Markdown, &format!("# {heading}\n\nBody.\n"));
    assert!(parsed.blocks.iter().all(|b| b.kind == BlockKind::Paragraph));
}

// Markdown: what a browser would not show is not published.

fn md_text(source: &str) -> (String, Vec<Diagnostic>) {
    let (parsed, warnings) = parse(Format::Markdown, source);
    let text = parsed
        .blocks
        .iter()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    (text, warnings)
}

#[test]
fn html_comment_in_markdown_is_not_published() {
    let (text, _) = md_text(
        "Public words.\n\n<!-- private note: the source is Ms X -->\n\nMore public words.\n",
    );
    assert!(!text.contains("private"), "{text}");
    assert!(text.contains("More public words."));
}

#[test]
fn multi_line_comment_in_markdown_is_not_published() {
    let (text, _) =
        md_text("Public.\n\n<!--\nprivate line one\n\nprivate line two\n-->\n\nPublic again.\n");
    assert!(!text.contains("private"), "{text}");
    assert!(text.contains("Public again."));
}

#[test]
fn inline_comment_in_markdown_is_not_published() {
    let (text, _) = md_text("Before <!-- private --> after.\n");
    assert_eq!(text, "Before after.");
}

#[test]
fn script_and_style_blocks_in_markdown_are_not_published() {
    let (text, _) = md_text("Words.\n\n<script>\nvar secret = 'token';\n</script>\n\n<style>\n.private { color: red }\n</style>\n\nEnd words.\n");
    assert!(
        !text.contains("secret") && !text.contains("private"),
        "{text}"
    );
    assert!(text.contains("End words."));
}

#[test]
fn inline_script_in_markdown_is_not_published() {
    let (text, _) =
        md_text("Hello <script>alert('secret')</script> world <STYLE>p{}</Style> end.\n");
    assert!(!text.contains("secret") && !text.contains("p{}"), "{text}");
    assert!(text.contains("Hello") && text.contains("world") && text.contains("end."));
}

#[test]
fn unclosed_comment_hides_the_rest_with_a_warning() {
    let (text, warnings) = md_text("Shown.\n\n<!-- never closed\n\nHidden.\n");
    assert_eq!(text, "Shown.");
    assert!(warnings
        .iter()
        .any(|w| w.line == 3 && w.message.contains("never closed")));
}

#[test]
fn visible_html_in_markdown_keeps_its_words() {
    let (text, _) =
        md_text("<div class=\"note\">\nA boxed note.\n</div>\n\nText with <b>bold</b> words.\n");
    assert!(text.contains("A boxed note."), "{text}");
    assert!(text.contains("Text with bold words."), "{text}");
}

// Front matter.

#[test]
fn yaml_alias_bomb_is_refused_naming_the_file_and_line() {
    let mut yaml = String::from("title: Bomb\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    let mut prev = 'a';
    for name in ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] {
        let items = vec![format!("*{prev}"); 9].join(",");
        yaml.push_str(&format!("{name}: &{name} [{items}]\n"));
        prev = name;
    }
    let source = format!("---\n{yaml}---\nBody.\n");
    let err = finishes(60, move || {
        ingest::parse(Format::Markdown, "bomb.md", &source).unwrap_err()
    });
    assert_eq!(err.path, "bomb.md");
    assert!(err.message.contains("expands to more than"), "{err}");
    assert!((3..=11).contains(&err.line), "{err}");
}

#[test]
fn deeply_nested_yaml_is_refused() {
    let depth = 5000;
    let yaml = format!("x: {}{}\n", "[".repeat(depth), "]".repeat(depth));
    let source = format!("---\n{yaml}---\nBody.\n");
    let err = finishes(60, move || {
        ingest::parse(Format::Markdown, "deep.md", &source).unwrap_err()
    });
    assert!(
        err.message.contains("nested") || err.message.contains("YAML"),
        "{err}"
    );
}

#[test]
fn deeply_nested_block_yaml_is_refused() {
    let mut yaml = String::new();
    for i in 0..100 {
        yaml.push_str(&format!("{}k{i}:\n", " ".repeat(i)));
    }
    yaml.push_str(&format!("{}leaf: x\n", " ".repeat(100)));
    let source = format!("---\n{yaml}---\nBody.\n");
    let err = ingest::parse(Format::Markdown, "deep.md", &source).unwrap_err();
    assert!(err.message.contains("nested more than 64"), "{err}");
}

#[test]
fn front_matter_over_64_kib_is_refused() {
    let yaml = format!("title: x\nnote: {}\n", "y".repeat(70 << 10));
    let err = ingest::parse(
        Format::Markdown,
        "big.md",
        &format!("---\n{yaml}---\nBody.\n"),
    )
    .unwrap_err();
    assert!(err.message.contains("longer than 64 KiB"), "{err}");
}

#[test]
fn front_matter_value_with_a_newline_stays_a_value() {
    let (parsed, warnings) = parse(
        Format::Markdown,
        "---\ndate: \"2020\\ncargo:rustc-env=X=1\"\n---\nBody.\n",
    );
    assert_eq!(parsed.date, None);
    let shown = warnings[0].to_string();
    assert_eq!(shown.lines().count(), 1, "{shown}");
}

#[test]
fn many_front_matter_keys_find_their_lines() {
    let mut yaml = String::new();
    for i in 0..4000 {
        yaml.push_str(&format!("key{i}: v\n"));
    }
    yaml.push_str("date: never\n");
    let source = format!("---\n{yaml}---\nBody.\n");
    let (_, warnings) = finishes(60, move || parse(Format::Markdown, &source));
    let date = warnings
        .iter()
        .find(|w| w.message.contains("not a date"))
        .unwrap();
    assert_eq!(date.line, 4002);
}

// Linear time in the number of blocks: 100,000 paragraphs, each with its own line.

fn paragraphs(n: usize, wrap: impl Fn(usize) -> String) -> String {
    (0..n).map(wrap).collect::<Vec<_>>().join("\n\n")
}

#[test]
fn markdown_with_100000_paragraphs_has_every_line() {
    let source = paragraphs(100_000, |i| {
        format!("Paragraph number {i} of the long file.")
    });
    let (parsed, _) = finishes(240, move || parse(Format::Markdown, &source));
    assert_eq!(parsed.blocks.len(), 100_000);
    assert_eq!(parsed.blocks[99_999].line, 199_999);
}

#[test]
fn html_with_100000_paragraphs_has_every_line() {
    let body = paragraphs(100_000, |i| {
        format!("<p>Paragraph number {i} of the long page.</p>")
    });
    let source = format!("<html><body>\n{body}\n</body></html>");
    let (parsed, _) = finishes(240, move || parse(Format::Html, &source));
    assert_eq!(parsed.blocks.len(), 100_000);
    assert_eq!(parsed.blocks[99_999].line, 200_000);
}

#[test]
fn html_whose_words_are_not_in_the_source_still_takes_linear_time() {
    // Entities decode to words the source does not spell out: each search for a line fails.
    let body = paragraphs(50_000, |_| "<p>&#x57;ord&#x73;</p>".to_string());
    let source = format!("<html><body>\n{body}\n</body></html>");
    let (parsed, _) = finishes(240, move || parse(Format::Html, &source));
    assert_eq!(parsed.blocks.len(), 50_000);
}

#[test]
fn text_with_100000_paragraphs_has_every_line() {
    let source = paragraphs(100_000, |i| {
        format!("Paragraph number {i} of the long file.")
    });
    let (parsed, _) = finishes(240, move || parse(Format::Text, &source));
    assert_eq!(parsed.blocks.last().unwrap().line, 199_999);
}

// HTML nested deeper than any page: no stack overflow, and the text is still read.

fn nested(tag: &str, depth: usize, inner: &str) -> String {
    format!(
        "<html><body>{}{inner}{}</body></html>",
        format!("<{tag}>").repeat(depth),
        format!("</{}>", tag.trim_end_matches('/')).repeat(depth)
    )
}

#[test]
fn open_formatting_repeated_around_every_paragraph_stays_bounded() {
    // A few kilobytes of distinct open <b> tags would otherwise be rebuilt around each of the
    // 200,000 paragraphs: 200 million elements.
    let opens: String = (0..1000).map(|i| format!("<b id={i}>")).collect();
    let source = format!(
        "<html><body><div>{opens}</div>{}</body></html>",
        "<p>word".repeat(200_000)
    );
    let (parsed, warnings) = finishes(240, move || {
        ingest::parse(Format::Html, "amplify.html", &source).unwrap()
    });
    assert!(!parsed.blocks.is_empty());
    assert!(
        warnings
            .iter()
            .any(|w| w.message.contains("formatting elements")),
        "{warnings:?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.message.contains("the rest is left out")),
        "{warnings:?}"
    );
}

#[test]
fn html_nested_20000_deep_is_read_without_overflow() {
    for tag in [
        "div",
        "span",
        "b",
        "blockquote",
        "section",
        "article",
        "div/",
    ] {
        let source = nested(tag, 20_000, "<p>Deep words.</p><script>evil()</script>");
        let (parsed, warnings) = finishes(240, move || {
            ingest::parse(Format::Html, "deep.html", &source).unwrap()
        });
        let text: String = parsed.blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(text.contains("Deep words."), "{tag}: {text}");
        assert!(!text.contains("evil"), "{tag}: {text}");
        assert!(
            warnings
                .iter()
                .any(|w| w.message.contains("nested more than")
                    || w.message.contains("formatting elements")),
            "{tag}: {warnings:?}"
        );
    }
}

#[test]
fn markdown_nested_20000_deep_is_read_without_overflow() {
    for source in [
        format!("{} deep quote\n", ">".repeat(20_000)),
        // Each level indents further, so the file grows with the square of the depth.
        (0..2_000)
            .map(|i| format!("{}- item\n", "  ".repeat(i)))
            .collect::<String>(),
        format!("{}link{}\n", "[".repeat(20_000), "]".repeat(20_000)),
        format!("{}x{}\n", "*".repeat(20_000), "*".repeat(20_000)),
    ] {
        let (parsed, _) = finishes(240, move || parse(Format::Markdown, &source));
        assert!(!parsed.blocks.is_empty());
    }
}
