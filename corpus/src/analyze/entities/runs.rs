//! Runs: the stretches of capitalised words a sentence is read in, and the spans inside them
//! that rules cut out (an organisation around its organisation word, a role up to its comma).

use super::context::Run;
use super::lexicon::{
    is_connector, is_org_word, is_particle, ARABIC_ARTICLES, COMPANY_ABBREVIATIONS, COMPANY_TAILS,
    NAME_ABBREVIATIONS, PORTFOLIO_TITLES, SCHOOL_WORDS, TRADE_WORDS, WEEKDAYS,
};
use crate::analyze::acronyms;
use crate::analyze::gazetteer;
use crate::analyze::lex::{self, Kind, Tok};
use crate::analyze::DocText;

/// The key of tokens `k..k + n` as a title: their folded words.
pub(super) fn title_key(t: &[Tok], k: usize, n: usize) -> String {
    gazetteer::join_keys(
        t[k..k + n]
            .iter()
            .filter(|x| x.kind == Kind::Word)
            .map(|x| x.folded.as_str()),
    )
}

/// Where a role phrase ends: the next comma, semicolon, closing bracket or sentence end.
pub(super) fn role_end(d: &DocText, t: &[Tok], from: usize) -> usize {
    let mut k = from;
    while k < t.len() {
        let s = t[k].text(d.text);
        if t[k].kind == Kind::Punct
            && matches!(
                s,
                "," | ";" | ")" | "." | "!" | "?" | "—" | "–" | "\"" | "”"
            )
        {
            break;
        }
        if t[k].folded == "who" || t[k].folded == "said" {
            break;
        }
        k += 1;
    }
    k.min(from + 20)
}

/// Whether token `k` is the apostrophe of a plural's possessive ("Producers'"), glued to a
/// capitalised word ending in "s".
fn plural_possessive(text: &str, t: &[Tok], k: usize) -> bool {
    k >= 1
        && t[k].kind == Kind::Punct
        && !t[k].space_before
        && t[k].text(text).chars().all(lex::is_apostrophe)
        && t[k - 1].kind == Kind::Word
        && t[k - 1].folded.ends_with('s')
        && lex::is_capitalized(t[k - 1].text(text))
}

/// The organisation around the organisation word at `k`: the capitalised words before it (back to
/// a small word), and after it more organisation words and an "of ..." complement.
pub(super) fn org_span(text: &str, t: &[Tok], run: Run, k: usize) -> Run {
    let mut start = k;
    while start > run.start {
        let p = start - 1;
        let w = &t[p];
        let word =
            w.kind == Kind::Word && lex::is_capitalized(w.text(text)) && !is_connector(&w.folded);
        let hyphen = lex::is_joining_hyphen(w, text) && !w.space_before;
        // "Xi'an Jiaotong University", "First People's Hospital": an ending the run holds
        // inside it is part of the name.
        let ending = w.kind == Kind::Suffix
            && !w.space_before
            && p > run.start
            && t[p - 1].kind == Kind::Word
            && lex::is_capitalized(t[p - 1].text(text));
        if word || hyphen || ending {
            start = p;
        } else if p > run.start && plural_possessive(text, t, p) {
            start = p - 1;
        } else if w.folded == "of"
            && p > run.start
            && t[p - 1].kind == Kind::Word
            && lex::is_capitalized(t[p - 1].text(text))
            && t[start].folded != "the"
        {
            // "Heads of Governments Council".
            start = p - 1;
        } else if (matches!(w.folded.as_str(), "and" | "və" | "ve") || w.text(text) == "&")
            && p > run.start
            && lex::is_capitalized(t[p - 1].text(text))
            && !is_connector(&t[p - 1].folded)
        {
            start = p;
        } else {
            break;
        }
    }
    while start < k && t[start].kind == Kind::Punct {
        start += 1;
    }
    // Forward: more capitalised words up to the last organisation word ("Co. Ltd").
    let mut end = k + 1;
    let mut j = end;
    while j < run.end
        && (t[j].kind == Kind::Word && !is_connector(&t[j].folded)
            || t[j].text(text) == "."
            || lex::is_joining_hyphen(&t[j], text))
    {
        if t[j].kind == Kind::Word
            && (is_org_word(&t[j].folded)
                || j == end && COMPANY_TAILS.contains(&t[j].folded.as_str()))
        {
            end = j + 1;
        }
        j += 1;
    }
    // "Kazakh Mining and Metallurgical Institute": a trade and another field before a school's
    // word are one school's name, not a company beside an institute.
    if TRADE_WORDS.contains(&t[end - 1].folded.as_str())
        && end + 2 < run.end
        && t[end].folded == "and"
    {
        let mut m = end + 1;
        while m < run.end
            && t[m].kind == Kind::Word
            && lex::is_capitalized(t[m].text(text))
            && !is_org_word(&t[m].folded)
        {
            m += 1;
        }
        if m > end + 1 && m < run.end && SCHOOL_WORDS.contains(&t[m].folded.as_str()) {
            end = m + 1;
        }
    }
    // "Transport Corp.": a company's abbreviation keeps its dot.
    if COMPANY_ABBREVIATIONS.contains(&t[end - 1].folded.as_str())
        && end < run.end
        && t[end].text(text) == "."
    {
        end += 1;
    }
    // "of Digital Development and Transport", "on Information and Communication Technologies".
    let mut j = end;
    loop {
        if j < run.end && matches!(t[j].folded.as_str(), "of" | "on" | "for") {
            let mut m = j + 1;
            if m < run.end && t[m].folded == "the" {
                m += 1;
            }
            let mut last = None;
            while m < run.end {
                let w = &t[m];
                if w.kind == Kind::Word && !is_connector(&w.folded) {
                    last = Some(m + 1);
                    m += 1;
                } else if w.kind == Kind::Suffix
                    && !w.space_before
                    && t.get(m + 1).is_some_and(|x| x.kind == Kind::Word)
                    && m + 1 < run.end
                {
                    // "of Xi'an Jiaotong University": an ending inside the run is in the name.
                    m += 1;
                } else if w.folded == "and"
                    && t.get(m + 1).is_some_and(|x| x.folded == "the")
                    && the_before_acronym(text, t, start, m + 2, run.end)
                {
                    // "for Asia and the Pacific (ESCAP)".
                    m += 2;
                } else if (w.folded == "and"
                    || w.text(text) == "&"
                    || lex::is_joining_hyphen(w, text)
                    || w.text(text) == ",")
                    && m + 1 < run.end
                    && !possessive_ends(text, t, m + 1, run.end)
                    && (lex::is_joining_hyphen(w, text) || !another_party(text, t, m + 1, run.end))
                {
                    m += 1;
                } else {
                    break;
                }
            }
            match last {
                Some(l) => {
                    end = l;
                    j = l;
                }
                None => break,
            }
        } else {
            break;
        }
    }
    Run { start, end }
}

/// Whether the capitalised words from `from` (to the next small word or mark) after "and" or a
/// comma in an organisation's complement name another party: they hold an organisation word
/// ("Bank of China, PASHA Bank and Xalq Bank") or are one acronym ("Bank of China and ICBC"),
/// where a complement goes on with a field's words ("Ministry of Culture and Tourism", "Ministry
/// of Science and ICT").
fn another_party(text: &str, t: &[Tok], from: usize, end: usize) -> bool {
    let words: Vec<&Tok> = t[from..end]
        .iter()
        .take_while(|x| {
            x.kind == Kind::Word && lex::is_capitalized(x.text(text)) && !is_connector(&x.folded)
        })
        .collect();
    let acronym = |x: &Tok| {
        let w = x.text(text);
        w.chars().count() >= 3
            && lex::is_all_caps(w)
            && !super::lexicon::NOT_ORGANIZATIONS.contains(&x.folded.as_str())
    };
    words.iter().any(|x| is_org_word(&x.folded)) || matches!(words[..], [x] if acronym(x))
}

/// Whether the words from `from` to the run's end are a name with a possessive after it ("the
/// Ministry of Transport and China's Ministry of Industry"): another party's, not the rest of a
/// complement.
fn possessive_ends(text: &str, t: &[Tok], from: usize, end: usize) -> bool {
    t.get(end)
        .is_some_and(|x| x.kind == Kind::Suffix && matches!(x.folded.as_str(), "'s" | "’s" | "s"))
        && (from..end).all(|k| t[k].kind == Kind::Word && lex::is_capitalized(t[k].text(text)))
}

/// Whether the capitalised words from `from` are the end of an organisation's name begun at
/// `start`, closed by its acronym in brackets: "... for Asia and the Pacific (ESCAP)". The acronym's
/// letters must be initials of the name's words, in order, its last one the last word's, so that
/// "the Ministry of Defence and the Kremlin" stays two names.
fn the_before_acronym(text: &str, t: &[Tok], start: usize, from: usize, end: usize) -> bool {
    let mut m = from;
    while m < end && t[m].kind == Kind::Word && lex::is_capitalized(t[m].text(text)) {
        m += 1;
    }
    if m == from || m - from > 2 {
        return false;
    }
    let (Some(open), Some(acronym), Some(close)) = (t.get(m), t.get(m + 1), t.get(m + 2)) else {
        return false;
    };
    let short = acronym.text(text);
    if open.text(text) != "("
        || close.text(text) != ")"
        || !acronyms::is_acronym(short)
        || short.len() < 3
    {
        return false;
    }
    let initials: Vec<char> = (start..m)
        .filter(|&k| t[k].kind == Kind::Word && lex::is_capitalized(t[k].text(text)))
        .filter_map(|k| t[k].text(text).chars().next())
        .collect();
    let letters: Vec<char> = short.chars().filter(|c| c.is_uppercase()).collect();
    if letters.last() != initials.last() {
        return false;
    }
    let mut it = initials.iter();
    letters.iter().all(|c| it.any(|i| i == c))
}

pub(super) fn org_subtype(t: &[Tok], org: Run) -> Option<&'static str> {
    for tok in &t[org.start..org.end] {
        match tok.folded.as_str() {
            "co" | "ltd" | "inc" | "corp" | "corporation" | "company" | "llc" | "plc" | "jsc"
            | "holding" | "holdings" => return Some("company"),
            "ministry"
            | "administration"
            | "agency"
            | "government"
            | "cabinet"
            | "embassy"
            | "parliament"
            | "министерство"
            | "bakanligi" => return Some("government"),
            "news" | "daily" | "times" | "post" | "monitor" | "journal" | "gazette" | "tribune"
            | "herald" | "press" | "radio" | "television" | "tv" | "media" | "ajansi" => {
                return Some("outlet")
            }
            _ => {}
        }
    }
    None
}

/// Runs of capitalised words of a sentence, joined by hyphens, name abbreviations' dots and small
/// words followed by another capitalised word. A possessive ends a run, and so does a case
/// suffix after an apostrophe, unless `apostrophe_names` (languages that write no case endings
/// so, where it is part of the word: "Xi'an Jiaotong University").
pub(super) fn runs(text: &str, t: &[Tok], apostrophe_names: bool) -> Vec<Run> {
    let mut out = Vec::new();
    let cap = |k: usize| t[k].kind == Kind::Word && lex::is_capitalized(t[k].text(text));
    // A capitalised word after a space: the next word of the same name.
    let spaced_cap = |k: usize| t.get(k).is_some_and(|x| x.space_before) && cap(k);
    let mut k = 0;
    while k < t.len() {
        if !cap(k) {
            k += 1;
            continue;
        }
        let start = k;
        let mut end = k + 1;
        loop {
            if end > start
                && t[end - 1].kind == Kind::Word
                && t.get(end).is_some_and(|x| x.kind == Kind::Suffix)
            {
                // A case suffix stays with its word ("Xi'an", "Ufa'da"); a possessive does not.
                let suffix = &t[end].folded;
                // "People's Bank of China", "First People's Hospital", "Children's Fund": a
                // possessive that is part of a name.
                if suffix == "s"
                    && matches!(t[end - 1].folded.as_str(), "people" | "children" | "women")
                    && spaced_cap(end + 1)
                {
                    end += 1;
                    continue;
                }
                if suffix != "s" && !suffix.is_empty() {
                    end += 1;
                    if apostrophe_names && spaced_cap(end) {
                        continue;
                    }
                }
                break;
            }
            let Some(next) = t.get(end) else { break };
            let prev = &t[end - 1];
            if next.kind == Kind::Word && cap(end) && next.space_before {
                end += 1;
                continue;
            }
            // "Lankaran Tea Producers' Association", "Veterans’ Union": a plural's possessive
            // inside a name.
            if plural_possessive(text, t, end) && spaced_cap(end + 1) {
                end += 2;
                continue;
            }
            // Glued by a hyphen: "Rasht-Astara", "Co-operation", "Secretary-General".
            if lex::is_joining_hyphen(next, text)
                && !next.space_before
                && t.get(end + 1)
                    .is_some_and(|x| x.kind == Kind::Word && !x.space_before)
            {
                end += 2;
                continue;
            }
            // "Co. Ltd", "St. Petersburg".
            if next.text(text) == "."
                && NAME_ABBREVIATIONS.contains(&prev.folded.as_str())
                && t.get(end + 1).is_some_and(|_| cap(end + 1))
            {
                end += 1;
                continue;
            }
            // "T. Guliyev", "Н. Гасанова": an initial's dot, before the surname.
            if next.text(text) == "."
                && lex::is_initial(prev.text(text))
                && t.get(end + 1).is_some_and(|x| x.space_before)
                && t.get(end + 1).is_some_and(|_| cap(end + 1))
            {
                end += 1;
                continue;
            }
            // "China Railway Container Transport Corp.": a company's abbreviation keeps its dot.
            if next.text(text) == "."
                && COMPANY_ABBREVIATIONS.contains(&prev.folded.as_str())
                && lex::is_capitalized(prev.text(text))
            {
                end += 1;
                break;
            }
            // Name particles between capitalised words: "Ursula von der Leyen"; the Arabic
            // article glued by a hyphen to the next: "Abdel Fattah el-Sisi", "Bashar al-Assad".
            if is_particle(text, next) {
                let mut m = end + 1;
                while t.get(m).is_some_and(|x| is_particle(text, x)) {
                    m += 1;
                }
                if m < t.len() && cap(m) {
                    end = m + 1;
                    continue;
                }
            }
            let glued = |k: usize| t.get(k).is_some_and(|x| !x.space_before);
            if next.kind == Kind::Word
                && ARABIC_ARTICLES.contains(&next.folded.as_str())
                && !lex::is_capitalized(next.text(text))
                && t.get(end + 1)
                    .is_some_and(|x| lex::is_joining_hyphen(x, text))
                && glued(end + 1)
                && glued(end + 2)
                && end + 2 < t.len()
                && cap(end + 2)
            {
                end += 3;
                continue;
            }
            // "Ministry of Industry, Trade and Tourism": a list that closes with "and" continues
            // an organisation's complement.
            if next.text(text) == "," {
                if let Some(e) = comma_list_end(text, t, start, end) {
                    end = e;
                    continue;
                }
            }
            // Small words between capitalised words.
            if next.kind == Kind::Word
                && is_connector(&next.folded)
                && !lex::is_capitalized(next.text(text))
            {
                let mut m = end + 1;
                if t.get(m).is_some_and(|x| x.folded == "the") && next.folded != "the" {
                    m += 1;
                }
                // "Alat on May 21", "Baku in March", "Kazmortransflot on Friday": a date or a
                // day after a name is no part of it.
                if m < t.len()
                    && cap(m)
                    && lex::month(&t[m].folded).is_none()
                    && !WEEKDAYS.contains(&t[m].folded.as_str())
                {
                    end = m + 1;
                    continue;
                }
            }
            break;
        }
        out.push(Run { start, end });
        k = end;
    }
    out
}

/// Where a list of capitalised words after the comma at `comma` ends, when the run `start..comma`
/// is an organisation word with an "of", "on" or "for" complement and the list closes with "and"
/// and capitalised words ("Ministry of Industry, Trade and Tourism").
fn comma_list_end(text: &str, t: &[Tok], start: usize, comma: usize) -> Option<usize> {
    let cap = |k: usize| {
        t.get(k)
            .is_some_and(|x| x.kind == Kind::Word && lex::is_capitalized(x.text(text)))
    };
    let org = (start..comma).find(|&k| {
        cap(k) && (is_org_word(&t[k].folded) || PORTFOLIO_TITLES.contains(&t[k].folded.as_str()))
    })?;
    if !(org + 1..comma).any(|k| matches!(t[k].folded.as_str(), "of" | "on" | "for")) {
        return None;
    }
    // After a title ("Minister of Digital Development, Innovations and Aerospace Industry
    // Zhaslan Madiyev"), the last item carries the name: a portfolio word and two words at
    // least, and no other title in the list.
    let title = !is_org_word(&t[org].folded);
    let last_item = |from: usize| {
        let mut m = from;
        while cap(m) {
            if title && PORTFOLIO_TITLES.contains(&t[m].folded.as_str()) {
                return None;
            }
            m += 1;
        }
        (!title || m - from >= 3).then_some(m)
    };
    let mut m = comma + 1;
    loop {
        if !cap(m) {
            return None;
        }
        while cap(m) {
            if title && PORTFOLIO_TITLES.contains(&t[m].folded.as_str()) {
                return None;
            }
            m += 1;
        }
        match t.get(m) {
            Some(x) if x.text(text) == "," => {
                m += 1;
                if t.get(m).is_some_and(|x| x.folded == "and") && cap(m + 1) {
                    return last_item(m + 1);
                }
            }
            Some(x) if x.folded == "and" && cap(m + 1) => return last_item(m + 1),
            _ => return None,
        }
    }
}

/// The run of capitalised words (with small words) that ends at token `last`, for acronym
/// definitions.
pub(super) fn run_ending_at(text: &str, t: &[Tok], last: usize) -> Option<Run> {
    let cap = |k: usize| t[k].kind == Kind::Word && lex::is_capitalized(t[k].text(text));
    if !cap(last) {
        return None;
    }
    let mut start = last;
    while start > 0 {
        let p = start - 1;
        if cap(p) && !(t.get(start).is_some_and(|x| x.kind == Kind::Suffix)) {
            start = p;
        } else if (lex::is_joining_hyphen(&t[p], text)
            && !t[p].space_before
            && p > 0
            && t[p - 1].kind == Kind::Word)
            || plural_possessive(text, t, p)
            || (t[p].kind == Kind::Word
                && is_connector(&t[p].folded)
                && p > 0
                && (cap(p - 1) || (is_connector(&t[p - 1].folded) && p > 1 && cap(p - 2))))
        {
            start = p - 1;
        } else {
            break;
        }
    }
    // A possessive before the name is not part of it.
    while start < last && t[start].kind != Kind::Word {
        start += 1;
    }
    Some(Run {
        start,
        end: last + 1,
    })
}
