//! Text analysis shared by the indexer and the query engine: word segmentation with byte offsets,
//! case and diacritic folding, and stemming. Both sides must agree exactly, so both call this.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

pub use rust_stemmers::{Algorithm, Stemmer};

mod case;
mod case_table;
mod han;
mod han_table;
pub mod inflect;
pub mod numbers;
pub mod segment;

pub use han::{fold_han, fold_han_char};
pub use segment::{Characters, Lexicon, WordSet};

/// A word of the original text: its byte range and its folded (index) form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range of the word in the text that was tokenized.
    pub range: Range<usize>,
    /// Lower-cased, diacritic-free form used as the index key before stemming.
    pub folded: String,
}

/// Splits `text` into words (Unicode word boundaries, UAX #29) and folds each one.
///
/// Punctuation and spaces are not tokens. A possessive or case suffix after an apostrophe
/// (`Azerbaijan’s`, `Ufa'da`) is left out of the token, so the name itself is what gets indexed.
/// Words of Han, Hiragana and Thai script come out one character per token, which lets a query in
/// those scripts match as a phrase of characters; [`tokenize_with`] cuts Chinese into words.
pub fn tokenize(text: &str) -> Vec<Token> {
    tokenize_with(text, &Characters)
}

/// [`tokenize`], with runs of Han characters cut into the words of `lexicon` ([`segment`]).
pub fn tokenize_with(text: &str, lexicon: &dyn Lexicon) -> Vec<Token> {
    let mut out = Vec::new();
    for_each_word_with(text, lexicon, |range, word| {
        let folded = fold(word);
        if !folded.is_empty() {
            out.push(Token { range, folded });
        }
    });
    out
}

/// [`tokenize`] into an existing vector (cleared first), to reuse its allocation.
pub fn tokenize_into(text: &str, out: &mut Vec<Token>) {
    out.clear();
    for_each_word(text, |range, word| {
        let folded = fold(word);
        if !folded.is_empty() {
            out.push(Token { range, folded });
        }
    });
}

/// Calls `f` with the byte range and the text (unfolded) of each word [`tokenize`] finds, without
/// allocating: for scanning passages at query time.
pub fn for_each_word<'t>(text: &'t str, f: impl FnMut(Range<usize>, &'t str)) {
    for_each_word_with(text, &Characters, f)
}

/// [`for_each_word`], with runs of Han characters cut into the words of `lexicon`.
pub fn for_each_word_with<'t>(
    text: &'t str,
    lexicon: &dyn Lexicon,
    mut f: impl FnMut(Range<usize>, &'t str),
) {
    // One copy of the segmenter, not one per caller: the app's size counts.
    words_dyn(text, lexicon, &mut f)
}

fn words_dyn<'t>(text: &'t str, lexicon: &dyn Lexicon, f: &mut dyn FnMut(Range<usize>, &'t str)) {
    // A run of Han characters, each its own segment under UAX #29, waiting to be cut.
    let mut run: Option<Range<usize>> = None;
    let flush = |run: Range<usize>, f: &mut dyn FnMut(Range<usize>, &'t str)| {
        segment::cut(&text[run.clone()], lexicon, &mut |w| {
            let r = run.start + w.start..run.start + w.end;
            f(r.clone(), &text[r]);
        });
    };
    segments(text, |start, word| {
        let han = word.len() >= 3 && word.chars().next().is_some_and(segment::is_han);
        if han {
            match &mut run {
                Some(r) if r.end == start => r.end = start + word.len(),
                _ => {
                    if let Some(r) = run.take() {
                        flush(r, f);
                    }
                    run = Some(start..start + word.len());
                }
            }
            return;
        }
        if let Some(r) = run.take() {
            flush(r, f);
        }
        if !word.chars().any(char::is_alphanumeric) {
            return;
        }
        let word = trim_apostrophe_suffix(word);
        f(start..start + word.len(), word);
    });
    if let Some(r) = run {
        flush(r, f);
    }
}

/// The word segments of `text` (Unicode word boundaries, UAX #29), each with its start.
///
/// UAX #29 never joins across a space, so the text is cut at ASCII whitespace first; a chunk of
/// plain ASCII (most chunks of most text) is segmented by the ASCII subset of the rules, a faster
/// equivalent; any other chunk by the full rules. `ascii_segmentation_agrees_with_uax29` checks the
/// equivalence.
fn segments<'t>(text: &'t str, mut f: impl FnMut(usize, &'t str)) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        let mut ascii = true;
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
            ascii &= bytes[i].is_ascii();
            i += 1;
        }
        let chunk = &text[start..i];
        if ascii {
            ascii_segments(chunk, |s, w| f(start + s, w));
        } else {
            for (s, w) in chunk.split_word_bound_indices() {
                f(start + s, w);
            }
        }
    }
}

/// The word-boundary class of an ASCII byte, as UAX #29 assigns it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum WordClass {
    Letter,
    Numeric,
    /// `_`
    ExtendNumLet,
    /// `:`
    MidLetter,
    /// `,` `;`
    MidNum,
    /// `.` `'`
    MidNumLet,
    Other,
}

fn word_class(b: u8) -> WordClass {
    match b {
        b'a'..=b'z' | b'A'..=b'Z' => WordClass::Letter,
        b'0'..=b'9' => WordClass::Numeric,
        b'_' => WordClass::ExtendNumLet,
        b':' => WordClass::MidLetter,
        b',' | b';' => WordClass::MidNum,
        b'.' | b'\'' => WordClass::MidNumLet,
        _ => WordClass::Other,
    }
}

/// UAX #29 word segmentation of an ASCII string without whitespace (rules WB5–WB13b; the rest
/// concern characters that are not there). Only segments that can hold a word are reported
/// separately; each other byte is a segment of its own, as the full rules make it.
fn ascii_segments<'t>(chunk: &'t str, mut f: impl FnMut(usize, &'t str)) {
    use WordClass::*;
    let bytes = chunk.as_bytes();
    let class = |i: usize| bytes.get(i).map_or(Other, |&b| word_class(b));
    let wordish = |c: WordClass| matches!(c, Letter | Numeric | ExtendNumLet);
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        if !wordish(class(i)) {
            f(start, &chunk[start..start + 1]);
            i += 1;
            continue;
        }
        i += 1;
        loop {
            let prev = class(i - 1);
            let c = class(i);
            if wordish(c) {
                i += 1; // WB5, WB8–WB10, WB13a, WB13b
                continue;
            }
            let next = class(i + 1);
            let letters = prev == Letter && next == Letter && matches!(c, MidLetter | MidNumLet);
            let numbers = prev == Numeric && next == Numeric && matches!(c, MidNum | MidNumLet);
            if letters || numbers {
                i += 2; // WB6/WB7, WB11/WB12
                continue;
            }
            break;
        }
        f(start, &chunk[start..i]);
    }
}

/// The words of a name as entity lookups key them: folded tokens, with each run of Chinese (or
/// other unspaced-script) characters as one word, however the tokenizer cuts it (`普京` → `普京`,
/// `Vladimir Putin` → `vladimir`, `putin`).
pub fn name_words(name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut last_end = usize::MAX;
    let mut last_unspaced = false;
    for tok in tokenize(name) {
        let unspaced = tok.folded.chars().all(is_unspaced_script);
        if unspaced && last_unspaced && tok.range.start == last_end {
            if let Some(w) = out.last_mut() {
                w.push_str(&tok.folded);
            }
        } else {
            out.push(tok.folded);
        }
        last_end = tok.range.end;
        last_unspaced = unspaced;
    }
    out
}

/// Whether `fold(word) == folded`, without allocating for plain ASCII words.
pub fn fold_eq(word: &str, folded: &str) -> bool {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !matches!(b, b'\'' | b'`'))
    {
        word.eq_ignore_ascii_case(folded)
    } else {
        fold(word) == folded
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '`')
}

/// `Azerbaijan’s` → `Azerbaijan`; `Ufa'da` → `Ufa`; `O'Connell` stays whole (the part after the
/// apostrophe is longer than a suffix), and so do `Qo'qon` and `Akmalxo'ja` ([`is_suffix_after`]).
fn trim_apostrophe_suffix(word: &str) -> &str {
    if let Some((idx, c)) = word.char_indices().find(|&(_, c)| is_apostrophe(c)) {
        let rest = &word[idx + c.len_utf8()..];
        if is_suffix_after(&word[..idx], rest) {
            return &word[..idx];
        }
    }
    word
}

/// Whether `rest`, after an apostrophe that follows `base`, is a possessive or case suffix
/// (`’s`, `'da`, `'nın`): up to four letters. Not when the apostrophe is part of an Uzbek
/// letter, `o'` or `g'` (`Qo'qon`, `Farg'ona`, `Akmalxo'ja`), and what follows is no beginning
/// of a Turkish or Azerbaijani suffix (those begin with a vowel other than `o` and `ö`, or with
/// `c`, `ç`, `d`, `k`, `l`, `m`, `n`, `s`, `t`, `y`).
pub(crate) fn is_suffix_after(base: &str, rest: &str) -> bool {
    let uzbek_letter = base.ends_with(['o', 'O', 'g', 'G'])
        && rest.chars().next().is_some_and(|c| {
            !matches!(
                // (ASCII case only, and the other capitals named: the Unicode lower-case table
                // is not in the page.)
                c.to_ascii_lowercase(),
                'a' | 'e'
                    | 'ı'
                    | 'i'
                    | 'İ'
                    | 'u'
                    | 'ü'
                    | 'Ü'
                    | 'ə'
                    | 'Ə'
                    | 'c'
                    | 'ç'
                    | 'Ç'
                    | 'd'
                    | 'k'
                    | 'l'
                    | 'm'
                    | 'n'
                    | 's'
                    | 't'
                    | 'y'
            )
        });
    !base.is_empty()
        && !uzbek_letter
        && rest.chars().count() <= 4
        && rest.chars().all(char::is_alphabetic)
}

/// Folds a word for matching: lower case, no diacritics, a few letters spelled out
/// (`ß` → `ss`, `ı` → `i`, `ø` → `o`), apostrophes dropped, Traditional Chinese characters in
/// their Simplified form ([`fold_han`]). Cyrillic `й` keeps its breve (it is a letter of its own,
/// not an accented `и`); `ё` becomes `е` as Russian writing mostly does. Folding keeps every
/// Chinese character's byte length.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            'ß' => out.push_str("ss"),
            'ı' => out.push('i'),
            'ø' | 'Ø' => out.push('o'),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'đ' | 'Đ' | 'ð' | 'Ð' => out.push('d'),
            'ł' | 'Ł' => out.push('l'),
            'þ' | 'Þ' => out.push_str("th"),
            'ё' | 'Ё' => out.push('е'),
            'й' | 'Й' => out.push('й'),
            c if c.is_ascii() => {
                if c.is_ascii_alphanumeric() || !is_apostrophe(c) {
                    out.push(c.to_ascii_lowercase());
                }
            }
            // Han: Traditional characters fold to Simplified ones (`經濟` → `经济`).
            c if c >= '\u{3400}' && is_unspaced_script(c) => out.push(fold_han_char(c)),
            c => case::push_folded(c, &mut out),
        }
    }
    out
}

/// The next LEB128 number of a generated table ([`han_table`], [`case_table`]): seven bits a
/// byte, low first, the high bit set on every byte but the last.
fn read_leb128(bytes: &mut std::slice::Iter<'_, u8>) -> u64 {
    let (mut n, mut shift) = (0_u64, 0);
    for &b in bytes.by_ref() {
        n |= u64::from(b & 0x7F) << shift;
        shift += 7;
        if b & 0x80 == 0 {
            break;
        }
    }
    n
}

/// Every Snowball algorithm, in the order of [`Algorithm`]'s variants.
pub const ALGORITHMS: [Algorithm; 18] = {
    use Algorithm::*;
    [
        Arabic, Danish, Dutch, English, Finnish, French, German, Greek, Hungarian, Italian,
        Norwegian, Portuguese, Romanian, Russian, Spanish, Swedish, Tamil, Turkish,
    ]
};

/// An algorithm's name in lower case (`english`), as the page's build names the stemmers it
/// carries (`cfg(stem = "english")`).
pub fn algorithm_name(algorithm: Algorithm) -> String {
    format!("{algorithm:?}").to_lowercase()
}

/// The Snowball stemmer for a language code (ISO 639-1 or -3), if there is one.
pub fn stemmer_for(lang: &str) -> Option<Algorithm> {
    use Algorithm::*;
    Some(match lang {
        "en" | "eng" => English,
        "ru" | "rus" => Russian,
        "tr" | "tur" => Turkish,
        "de" | "deu" => German,
        "fr" | "fra" => French,
        "es" | "spa" => Spanish,
        "it" | "ita" => Italian,
        "pt" | "por" => Portuguese,
        "nl" | "nld" => Dutch,
        "sv" | "swe" => Swedish,
        "da" | "dan" => Danish,
        "no" | "nb" | "nob" | "nn" => Norwegian,
        "fi" | "fin" => Finnish,
        "hu" | "hun" => Hungarian,
        "ro" | "ron" => Romanian,
        "el" | "ell" => Greek,
        "ar" | "ara" => Arabic,
        "ta" | "tam" => Tamil,
        _ => return None,
    })
}

/// The stem key of a word as written: the word is lower-cased, stemmed by the language's
/// rules (which know that language's letters), then folded like every other key.
/// Words with digits are only folded.
pub fn stem(algorithm: Algorithm, word: &str) -> String {
    Stemmers::new().stem(algorithm, word)
}

/// Where a [`Stemmers`] gets the stemmer of an algorithm: `None` when the build does not carry it.
///
/// [`every_stemmer`] carries them all; the page passes a function that names only the algorithms
/// of its corpus's languages (`Stemmer::create` matches over every algorithm, so a call with an
/// algorithm known only at run time links the code and tables of all eighteen).
pub type StemmerSource = fn(Algorithm) -> Option<Stemmer>;

/// Every Snowball stemmer: the source of the builder, the command-line tool and the tests.
pub fn every_stemmer(algorithm: Algorithm) -> Option<Stemmer> {
    Some(Stemmer::create(algorithm))
}

/// A reusable set of stemmers, so that hot loops do not rebuild them.
pub struct Stemmers {
    source: StemmerSource,
    cache: Vec<(Algorithm, Option<Stemmer>)>,
}

impl Default for Stemmers {
    fn default() -> Self {
        Stemmers::new()
    }
}

impl Stemmers {
    /// Every stemmer ([`every_stemmer`]).
    pub fn new() -> Self {
        Stemmers::from_source(every_stemmer)
    }

    /// The stemmers `source` gives.
    pub fn from_source(source: StemmerSource) -> Self {
        Stemmers {
            source,
            cache: Vec::new(),
        }
    }

    /// See [`stem`]. A word of an algorithm the source does not carry is only lower-cased and
    /// folded (the engine asks only for the algorithms its source has, see
    /// `query::Engine::with_stemmers`).
    pub fn stem(&mut self, algorithm: Algorithm, word: &str) -> String {
        if word.chars().any(|c| c.is_ascii_digit()) {
            return fold(word);
        }
        let idx = match self.cache.iter().position(|(a, _)| *a == algorithm) {
            Some(i) => i,
            None => {
                self.cache.push((algorithm, (self.source)(algorithm)));
                self.cache.len() - 1
            }
        };
        let lower = case::lowercase(word);
        match &self.cache[idx].1 {
            Some(stemmer) => fold(&stemmer.stem(&lower)),
            None => fold(&lower),
        }
    }
}

/// True for characters of scripts written without spaces between words (Han, Kana, Hangul, Thai,
/// Lao, Khmer, Myanmar), which the tokenizer emits one character per token.
pub fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF // Thai, Lao
        | 0x1000..=0x109F // Myanmar
        | 0x1780..=0x17FF // Khmer
        | 0x3040..=0x30FF // Hiragana, Katakana
        | 0x3400..=0x4DBF // CJK extension A
        | 0x4E00..=0x9FFF // CJK unified ideographs
        | 0xAC00..=0xD7AF // Hangul syllables
        | 0xF900..=0xFAFF // CJK compatibility ideographs
        | 0x20000..=0x2FA1F // CJK extensions B–F, compatibility supplement
    )
}

/// The Latin spelling of a folded word written in Cyrillic, Greek or Azerbaijani Latin, by a simple
/// letter-by-letter romanisation close to the ones newspapers use (`алимов` → `alimov`,
/// `мамедъяров` → `mamedyarov`, `шанхай` → `shankhay`). `None` when the word has no letter of those
/// scripts, so Latin words cost nothing.
pub fn latinize(folded: &str) -> Option<String> {
    // Greek (U+0370–03FF), Cyrillic (U+0400–04FF), and the Azerbaijani schwa `ə` (U+0259), which
    // names spelt in English write as `a` (`Əliyev` → Aliyev, `Məmmədyarov` → Mammadyarov).
    if !folded
        .chars()
        .any(|c| matches!(c as u32, 0x0370..=0x04FF | 0x0259))
    {
        return None;
    }
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        let l: &str = match c {
            'а' | 'ә' | 'ə' => "a",
            'б' => "b",
            'в' => "v",
            'г' | 'ґ' => "g",
            'ғ' => "gh",
            'д' => "d",
            'е' | 'э' => "e",
            'є' => "ye",
            'ж' => "zh",
            'з' => "z",
            'и' | 'і' => "i",
            'ї' => "yi",
            'й' => "y",
            'к' => "k",
            'қ' => "q",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'ң' => "ng",
            'о' | 'ө' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' | 'ү' | 'ұ' | 'ў' => "u",
            'ф' => "f",
            'х' => "kh",
            'һ' | 'ҳ' => "h",
            'ц' => "ts",
            'ч' => "ch",
            'ҷ' | 'ј' => "j",
            'ш' => "sh",
            'щ' => "shch",
            'ъ' | 'ь' => "",
            'ы' => "y",
            'ю' => "yu",
            'я' => "ya",
            'α' => "a",
            'β' => "v",
            'γ' => "g",
            'δ' => "d",
            'ε' => "e",
            'ζ' => "z",
            'η' | 'ι' | 'υ' => "i",
            'θ' => "th",
            'κ' => "k",
            'λ' => "l",
            'μ' => "m",
            'ν' => "n",
            'ξ' => "x",
            'ο' | 'ω' => "o",
            'π' => "p",
            'ρ' => "r",
            'σ' | 'ς' => "s",
            'τ' => "t",
            'φ' => "f",
            'χ' => "ch",
            'ψ' => "ps",
            c => {
                out.push(c);
                continue;
            }
        };
        out.push_str(l);
    }
    Some(out)
}

/// The spelling-variant key of a folded word: romanised ([`latinize`]), with `y` read as `i`,
/// `j` after a vowel too (the `й` of "Sergej"), `j` elsewhere, `zh`, `dzh` and `dj` as one sound
/// (the `ж` and `дж` that English writes `zh` or `j`, Russian romanisation `dzh`, Kazakh and Uzbek
/// Latin `j`), doubled letters single, and the glide of a `ye` that starts the word or follows a
/// vowel dropped (the Cyrillic `е` that English writes `ye` and others `e`). Romanisations of
/// one name differ in exactly these ways (`Mammadyarov`, `Mammadiarov`, `Мамедъяров` →
/// `mamadiarov`, `mamadiarov`, `mamediarov`; `Yermekbayev`, `Ermekbaev`, `Ермекбаев` →
/// `ermekbaev`; `Zhumangarin`, `Jumangarin`, `Dzhumangarin`, `Жумангарин` → `jumangarin`), so
/// comparing keys, then allowing a typo on top, finds them all.
pub fn variant_key(folded: &str) -> String {
    let latin = latinize(folded);
    let word = latin.as_deref().unwrap_or(folded);
    let mut out = String::with_capacity(word.len());
    let mut last = None;
    let mut chars = word.chars().peekable();
    let vowel = |l: char| matches!(l, 'a' | 'e' | 'i' | 'o' | 'u');
    while let Some(c) = chars.next() {
        let glide = (c == 'y' || c == 'j' && last.is_some_and(vowel))
            && chars.peek() == Some(&'e')
            && last.is_none_or(vowel);
        if glide {
            continue;
        }
        // "dzh", "dj" and "zh" are the sound `j` stands for.
        let mut ahead = chars.clone();
        let dzh = c == 'd' && ahead.next() == Some('z') && ahead.next() == Some('h');
        let c = match c {
            'd' if dzh => {
                chars.next();
                chars.next();
                'j'
            }
            'd' if chars.peek() == Some(&'j') => {
                chars.next();
                'j'
            }
            'z' if chars.peek() == Some(&'h') => {
                chars.next();
                'j'
            }
            'y' => 'i',
            'j' if last.is_some_and(vowel) => 'i',
            c => c,
        };
        if last != Some(c) || c.is_ascii_digit() {
            out.push(c);
        }
        last = Some(c);
    }
    out
}

/// Byte ranges of the sentences of `text` (Unicode sentence boundaries), trimmed of spaces.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for (start, s) in text.split_sentence_bound_indices() {
        let trimmed = s.trim_end();
        let lead = trimmed.len() - trimmed.trim_start().len();
        if trimmed.trim().is_empty() {
            continue;
        }
        out.push(start + lead..start + trimmed.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text).into_iter().map(|t| t.folded).collect()
    }

    #[test]
    fn plain_words_keep_their_offsets() {
        let text = "Karamay, China.";
        let toks = tokenize(text);
        assert_eq!(toks.len(), 2);
        assert_eq!(&text[toks[0].range.clone()], "Karamay");
        assert_eq!(&text[toks[1].range.clone()], "China");
        assert_eq!(toks[1].folded, "china");
    }

    #[test]
    fn diacritics_fold() {
        assert_eq!(
            words("Türkiye Bakü Şanghay"),
            ["turkiye", "baku", "sanghay"]
        );
    }

    #[test]
    fn turkish_dotted_and_dotless_i() {
        assert_eq!(words("İran Kırgızistan"), ["iran", "kirgizistan"]);
    }

    #[test]
    fn possessive_is_not_part_of_the_word() {
        let text = "Azerbaijan’s trade";
        let toks = tokenize(text);
        assert_eq!(&text[toks[0].range.clone()], "Azerbaijan");
        assert_eq!(toks[0].folded, "azerbaijan");
    }

    #[test]
    fn turkish_case_suffix_after_apostrophe() {
        assert_eq!(words("Ufa'da Azerbaycan'a"), ["ufa", "azerbaycan"]);
    }

    #[test]
    fn long_part_after_apostrophe_is_kept() {
        assert_eq!(words("O'Connell"), ["oconnell"]);
    }

    #[test]
    fn uzbek_letters_with_an_apostrophe_stay_in_the_word() {
        assert_eq!(
            words("Qo'qon Farg'ona Akmalxo'ja Tokyo'da Hamburg'un"),
            ["qoqon", "fargona", "akmalxoja", "tokyo", "hamburg"]
        );
    }

    #[test]
    fn decimal_number_is_one_token() {
        assert_eq!(words("USD 3.744 billion"), ["usd", "3.744", "billion"]);
    }

    #[test]
    fn hyphenated_words_split() {
        assert_eq!(words("Rasht-Astara"), ["rasht", "astara"]);
    }

    #[test]
    fn dotted_words_stay_whole() {
        assert_eq!(words("UzDaily.com reported"), ["uzdaily.com", "reported"]);
    }

    #[test]
    fn cyrillic_folds_case_and_yo() {
        assert_eq!(
            words("Шанхайская ОРГАНИЗАЦИЯ Ёлка"),
            ["шанхайская", "организация", "елка"]
        );
    }

    #[test]
    fn traditional_chinese_folds_to_simplified() {
        assert_eq!(words("經濟"), words("经济"));
        assert_eq!(fold("組織"), "组织");
    }

    #[test]
    fn azerbaijani_schwa_romanises_as_a() {
        assert_eq!(fold("Əliyev"), "əliyev");
        assert_eq!(variant_key("əliyev"), variant_key("aliyev"));
        assert_eq!(variant_key("məmmədyarov"), variant_key("mammadyarov"));
        // A `ye` at the start or after a vowel is the Cyrillic `е`.
        assert_eq!(variant_key("yermekbayev"), "ermekbaev");
        assert_eq!(variant_key("ermekbaev"), "ermekbaev");
        assert_eq!(variant_key(&fold("Ермекбаев")), "ermekbaev");
        assert_eq!(variant_key("aliyev"), variant_key(&fold("Алиев")));
        assert_eq!(variant_key("yevgeny"), variant_key(&fold("Евгений")));
        // Not after a consonant, and not before another vowel.
        assert_eq!(variant_key("kyiv"), "kiv");
        assert_eq!(variant_key("yakutsk"), "iakutsk");
    }

    #[test]
    fn cjk_run_is_one_token_per_character() {
        assert_eq!(words("发表回复"), ["发", "表", "回", "复"]);
    }

    #[test]
    fn punctuation_only_is_not_a_token() {
        assert!(tokenize(" — … “ ” ").is_empty());
    }

    #[test]
    fn fold_char_matches_nfd_on_every_char() {
        use unicode_normalization::char::is_combining_mark;
        use unicode_normalization::UnicodeNormalization;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut expected = String::new();
            for d in std::iter::once(c).nfd() {
                if is_combining_mark(d) || is_apostrophe(d) {
                    continue;
                }
                expected.extend(d.to_lowercase().filter(|&l| !is_combining_mark(l)));
            }
            let mut got = String::new();
            case::push_folded(c, &mut got);
            assert_eq!(got, expected, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn english_stemming_joins_plural_and_singular() {
        let s = stemmer_for("en").unwrap();
        assert_eq!(stem(s, "meetings"), stem(s, "meeting"));
    }

    #[test]
    fn numbers_are_not_stemmed() {
        let s = stemmer_for("en").unwrap();
        assert_eq!(stem(s, "2024S"), "2024s");
    }

    #[test]
    fn sentences_are_trimmed_ranges() {
        let text = "One sentence. Another one!  Third?";
        let got: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, ["One sentence.", "Another one!", "Third?"]);
    }

    /// Every word segment as the full Unicode rules make it, for comparison.
    fn uax29(text: &str) -> Vec<(usize, String)> {
        text.split_word_bound_indices()
            .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
            .map(|(s, w)| (s, w.to_string()))
            .collect()
    }

    fn fast(text: &str) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        segments(text, |s, w| {
            if w.chars().any(char::is_alphanumeric) {
                out.push((s, w.to_string()));
            }
        });
        out
    }

    #[test]
    fn ascii_segmentation_cases() {
        for text in [
            "U.S. e.g. 3.744 1,000,000 a:b a1.b 1.a can't O'Connell_x __a a__ x.y.z. 12;34 .5",
            "Azerbaijan’s “quoted” — Türkiye's 3,5",
            "a\tb\nc  d",
        ] {
            assert_eq!(fast(text), uax29(text), "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn ascii_segmentation_agrees_with_uax29(
            text in "[a-zA-Z0-9_.,;:'’ \t\n\\-é合\u{301}!?\"()]{0,40}"
        ) {
            proptest::prop_assert_eq!(fast(&text), uax29(&text));
        }
    }

    #[test]
    fn words_without_folding_match_tokens() {
        let text = "Azerbaijan’s USD 3.744 billion, Türkiye—O'Connell";
        let mut got = Vec::new();
        for_each_word(text, |r, w| got.push((r, w.to_string())));
        let toks = tokenize(text);
        assert_eq!(got.len(), toks.len());
        for ((r, w), t) in got.iter().zip(&toks) {
            assert_eq!(*r, t.range);
            assert!(fold_eq(w, &t.folded), "{w} vs {}", t.folded);
        }
        assert!(!fold_eq("Turkey", "turkiye"));
    }

    #[test]
    fn cyrillic_name_latinizes() {
        assert_eq!(latinize("алимов").as_deref(), Some("alimov"));
        assert_eq!(latinize("мамедъяров").as_deref(), Some("mamedyarov"));
        assert_eq!(latinize("alimov"), None);
    }

    #[test]
    fn variant_keys_join_romanisations() {
        assert_eq!(variant_key("mammadyarov"), variant_key("mammadiarov"));
        assert_eq!(variant_key("мамедъяров"), "mamediarov");
        assert_eq!(variant_key("2000"), "2000");
        for spelling in ["zhumangarin", "jumangarin", "dzhumangarin", "жумангарин"] {
            assert_eq!(variant_key(spelling), "jumangarin", "{spelling}");
        }
        assert_eq!(variant_key("джаббаров"), variant_key("jabbarov"));
        assert_eq!(variant_key("djalalabad"), variant_key("jalalabad"));
        assert_eq!(variant_key("sergej"), variant_key("sergey"));
        assert_eq!(variant_key("hadji"), "haji");
        assert_eq!(variant_key("сергей"), "sergei");
    }

    #[test]
    fn name_words_keep_a_chinese_name_whole() {
        assert_eq!(name_words("普京"), ["普京"]);
        assert_eq!(name_words("Vladimir Putin"), ["vladimir", "putin"]);
        assert_eq!(name_words("習近平 Xi"), ["习近平", "xi"]);
    }

    #[test]
    fn unspaced_scripts() {
        assert!("发表".chars().all(is_unspaced_script));
        assert!(!"Baku".chars().any(is_unspaced_script));
    }
}
