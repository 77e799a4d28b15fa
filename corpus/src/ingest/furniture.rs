//! Page furniture: the lines a web page wraps around an article (comment forms, share buttons,
//! newsletter prompts, related-post lists, copyright lines). They are recognised by general rules
//! that hold for any site, in the languages the explorer stems, and kept out of the text.

/// Lines longer than this are prose, whatever words they contain.
const MAX_FURNITURE_CHARS: usize = 120;

/// Whole-line forms, compared after folding case and trimming punctuation and counts.
const WHOLE_LINES: &[(&str, &str)] = &[
    // Comment forms (the headings blogging platforms print, in several languages).
    ("leave a reply", "comment form"),
    ("leave a comment", "comment form"),
    ("post a comment", "comment form"),
    ("add a comment", "comment form"),
    ("add comment", "comment form"),
    ("comments", "comment form"),
    ("comment", "comment form"),
    ("reply", "comment form"),
    ("post comment", "comment form"),
    ("join the discussion", "comment form"),
    ("发表回复", "comment form"),
    ("发表评论", "comment form"),
    ("留下评论", "comment form"),
    ("发表评论取消回复", "comment form"),
    ("留言", "comment form"),
    ("コメントを残す", "comment form"),
    ("댓글 남기기", "comment form"),
    ("оставить комментарий", "comment form"),
    ("оставьте комментарий", "comment form"),
    ("добавить комментарий", "comment form"),
    ("комментарии", "comment form"),
    ("yorum yap", "comment form"),
    ("yorum yapın", "comment form"),
    ("bir yanıt yazın", "comment form"),
    ("yorumlar", "comment form"),
    ("einen kommentar hinterlassen", "comment form"),
    ("kommentar hinterlassen", "comment form"),
    ("kommentare", "comment form"),
    ("laisser un commentaire", "comment form"),
    ("laisser une réponse", "comment form"),
    ("commentaires", "comment form"),
    ("deja un comentario", "comment form"),
    ("deja una respuesta", "comment form"),
    ("comentarios", "comment form"),
    ("lascia un commento", "comment form"),
    ("deixe um comentário", "comment form"),
    ("deixe uma resposta", "comment form"),
    // Sharing.
    ("share", "share links"),
    ("share this", "share links"),
    ("share this article", "share links"),
    ("share this post", "share links"),
    ("share this story", "share links"),
    ("share this page", "share links"),
    ("share on facebook", "share links"),
    ("share on twitter", "share links"),
    ("share on x", "share links"),
    ("share via email", "share links"),
    ("tweet", "share links"),
    ("print", "share links"),
    ("email", "share links"),
    ("copy link", "share links"),
    ("поделиться", "share links"),
    ("paylaş", "share links"),
    ("teilen", "share links"),
    ("partager", "share links"),
    ("compartir", "share links"),
    ("分享", "share links"),
    ("分享到", "share links"),
    // Related content and navigation.
    ("related posts", "related links"),
    ("related articles", "related links"),
    ("related stories", "related links"),
    ("related news", "related links"),
    ("related", "related links"),
    ("read more", "related links"),
    ("read also", "related links"),
    ("see also", "related links"),
    ("more stories", "related links"),
    ("you may also like", "related links"),
    ("you might also like", "related links"),
    ("recommended", "related links"),
    ("most read", "related links"),
    ("popular posts", "related links"),
    ("previous post", "related links"),
    ("next post", "related links"),
    ("previous article", "related links"),
    ("next article", "related links"),
    ("читайте также", "related links"),
    ("похожие статьи", "related links"),
    ("ilgili haberler", "related links"),
    ("benzer haberler", "related links"),
    ("相关文章", "related links"),
    ("相关阅读", "related links"),
    ("上一篇", "related links"),
    ("下一篇", "related links"),
    ("advertisement", "advertising"),
    ("sponsored", "advertising"),
    ("реклама", "advertising"),
    ("reklam", "advertising"),
    ("广告", "advertising"),
];

/// Line beginnings that mark furniture whatever follows.
const PREFIXES: &[(&str, &str)] = &[
    ("your email address will not be published", "comment form"),
    ("your e-mail address will not be published", "comment form"),
    ("required fields are marked", "comment form"),
    ("you must be logged in to post a comment", "comment form"),
    ("ваш адрес email не будет опубликован", "comment form"),
    ("e-posta adresiniz yayınlanmayacak", "comment form"),
    ("您的电子邮箱地址不会被公开", "comment form"),
    ("subscribe to", "newsletter prompt"),
    ("subscribe for", "newsletter prompt"),
    ("sign up for our", "newsletter prompt"),
    ("sign up to our", "newsletter prompt"),
    ("join our newsletter", "newsletter prompt"),
    ("get our newsletter", "newsletter prompt"),
    ("follow us on", "social links"),
    ("подпишитесь", "newsletter prompt"),
    ("подписывайтесь", "newsletter prompt"),
    ("bültenimize abone", "newsletter prompt"),
    ("abone ol", "newsletter prompt"),
    ("订阅", "newsletter prompt"),
    ("share this article", "share links"),
    ("share on ", "share links"),
    ("tags:", "tag list"),
    ("tagged:", "tag list"),
    ("posted in ", "category list"),
    ("filed under", "category list"),
    ("categories:", "category list"),
    ("click here to", "call to action"),
    // A label, a colon and a headline of another article: "Trending: ...", "Read also: ...".
    ("trending:", "related links"),
    ("trending now:", "related links"),
    ("read more:", "related links"),
    ("read also:", "related links"),
    ("also read:", "related links"),
    ("see also:", "related links"),
    ("related:", "related links"),
    ("most read:", "related links"),
    ("recommended:", "related links"),
    ("editor's picks:", "related links"),
    ("don't miss:", "related links"),
    ("must read:", "related links"),
    ("читайте также:", "related links"),
    ("читайте также ", "related links"),
    ("ayrıca okuyun:", "related links"),
    ("ilginizi çekebilir:", "related links"),
];

/// Phrases that make a short line a copyright notice.
const COPYRIGHT: &[&str] = &[
    "all rights reserved",
    "все права защищены",
    "tüm hakları saklıdır",
    "alle rechte vorbehalten",
    "tous droits réservés",
    "todos los derechos reservados",
    "版权所有",
    "著作権",
];

/// Says why a line is page furniture, or `None` when it is (or may be) article text.
pub fn classify(line: &str) -> Option<&'static str> {
    let trimmed = line.trim();
    if trimmed.is_empty() || trimmed.chars().count() > MAX_FURNITURE_CHARS {
        return None;
    }
    // Widget labels start with a capital (or a symbol); a lower-case start is a wrapped line of prose.
    if trimmed.chars().next().is_some_and(char::is_lowercase) {
        return None;
    }
    // Lower case without the dot that Turkish İ keeps as a combining mark ("İlgili Haberler").
    let lower = trimmed.to_lowercase().replace('\u{307}', "");
    if lower.starts_with('©') || lower.starts_with("(c) ") || lower.starts_with("copyright ") {
        return Some("copyright line");
    }
    if COPYRIGHT.iter().any(|p| lower.contains(p)) {
        return Some("copyright line");
    }
    for &(prefix, reason) in PREFIXES {
        if lower.starts_with(prefix) {
            return Some(reason);
        }
    }
    if is_breadcrumb(&lower) {
        return Some("breadcrumb trail");
    }
    if is_footer_links(&lower) {
        return Some("footer links");
    }
    if is_share_buttons(&lower) {
        return Some("share links");
    }
    let key = whole_line_key(&lower);
    WHOLE_LINES
        .iter()
        .find(|(form, _)| *form == key)
        .map(|&(_, reason)| reason)
}

/// Whether a line (in lower case) is a trail of section links from the home page: "Home ›
/// Politics › Foreign policy", "Главная » Культура", "Anasayfa / Ekonomi".
fn is_breadcrumb(lower: &str) -> bool {
    const SEPARATORS: &[char] = &['/', '›', '>', '»', '→', '|', '•', '·'];
    const HOME: &[&str] = &[
        "home",
        "homepage",
        "main",
        "main page",
        "главная",
        "главная страница",
        "anasayfa",
        "ana sayfa",
        "əsas səhifə",
        "ana səhifə",
        "bosh sahifa",
        "басты бет",
        "首页",
    ];
    SEPARATORS.iter().any(|&sep| {
        let items: Vec<&str> = lower.split(sep).map(str::trim).collect();
        items.len() >= 2
            && HOME.contains(&items[0])
            && items[1..]
                .iter()
                .all(|i| !i.is_empty() && i.split_whitespace().count() <= 4)
    })
}

/// Whether a line (in lower case) is a row of a site's own links: three or more short items
/// between separators, one of them a page every site has ("Privacy · Terms · Contact",
/// "Çerez Politikası · Gizlilik · KVKK Aydınlatma Metni").
fn is_footer_links(lower: &str) -> bool {
    const SEPARATORS: &[char] = &['|', '•', '·'];
    const PAGES: &[&str] = &[
        "privacy",
        "cookie",
        "terms",
        "contact",
        "imprint",
        "about us",
        "advertise",
        "sitemap",
        "конфиденциальн",
        "контакт",
        "реклам",
        "о нас",
        "gizlilik",
        "çerez",
        "iletişim",
        "künye",
        "hakkımızda",
        "məxfilik",
        "əlaqə",
        "haqqımızda",
    ];
    SEPARATORS.iter().any(|&sep| {
        let items: Vec<&str> = lower.split(sep).map(str::trim).collect();
        items.len() >= 3
            && items
                .iter()
                .all(|i| !i.is_empty() && i.split_whitespace().count() <= 4 && !i.ends_with('.'))
            && items.iter().any(|i| PAGES.iter().any(|p| i.starts_with(p)))
    })
}

/// Whether a line (in lower case) is a row of share buttons: networks and the share actions
/// between separators, or one network's name alone ("Facebook · Telegram · Copy link",
/// "WhatsApp").
fn is_share_buttons(lower: &str) -> bool {
    const BUTTONS: &[&str] = &[
        "facebook",
        "twitter",
        "x",
        "telegram",
        "whatsapp",
        "linkedin",
        "vk",
        "vkontakte",
        "вконтакте",
        "одноклассники",
        "odnoklassniki",
        "reddit",
        "pinterest",
        "messenger",
        "threads",
        "bluesky",
        "mastodon",
        "weibo",
        "wechat",
        "微博",
        "微信",
        "qq",
        "email",
        "e-mail",
        "print",
        "copy link",
        "copy",
        "share",
        "tweet",
    ];
    let items: Vec<&str> = lower
        .split(['|', '•', '·', '/'])
        .map(|i| i.trim().trim_end_matches(':'))
        .collect();
    // "X" alone is a letter, not a network.
    (items.len() >= 2 || items[0].chars().count() > 1) && items.iter().all(|i| BUTTONS.contains(i))
}

/// Reads a document's lines in order and says which are furniture: [`classify`]'s lines, and
/// after a related-links heading ("Related posts") the posts' titles under it, short lines that
/// do not end as a sentence does, up to the first line of prose. Blank lines keep the list open.
/// After a comments heading ("Comments (2)"), the readers' comments ("Name: text") are furniture
/// too, up to the next heading.
#[derive(Debug, Default)]
pub struct Reader {
    related: bool,
    comments: bool,
}

impl Reader {
    pub fn classify(&mut self, line: &str) -> Option<&'static str> {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            return None;
        }
        match classify(trimmed) {
            Some(reason) => {
                // "Trending: <headline>" carries its one link; only a heading opens a list.
                let own_headline = trimmed
                    .split_once([':', '：'])
                    .is_some_and(|(_, rest)| !rest.trim().is_empty());
                self.related = reason == RELATED && !own_headline;
                if reason == COMMENT_FORM
                    && COMMENT_HEADINGS.contains(&whole_line_key(&trimmed.to_lowercase()).as_str())
                {
                    self.comments = true;
                }
                Some(reason)
            }
            None if self.related && is_listed_title(trimmed) => Some(RELATED),
            None if self.comments && is_comment(trimmed) => Some("comments"),
            None => {
                self.related = false;
                None
            }
        }
    }

    /// A heading or another block that is no line of a list ends the list.
    pub fn end_list(&mut self) {
        self.related = false;
        self.comments = false;
    }
}

const RELATED: &str = "related links";
const COMMENT_FORM: &str = "comment form";

/// The headings over a page's comments (compared as [`whole_line_key`] leaves them).
const COMMENT_HEADINGS: &[&str] = &[
    "comments",
    "комментарии",
    "yorumlar",
    "şərhlər",
    "kommentare",
    "commentaires",
    "comentarios",
    "评论",
];

/// A reader's comment: the commenter's name (one to four words, the first capitalised), a colon
/// or "says:", then the text ("Malika T.: The dam was first proposed in 1987").
fn is_comment(line: &str) -> bool {
    let Some((name, text)) = line.split_once([':', '：']) else {
        return false;
    };
    let name = name
        .trim()
        .trim_end_matches(" says")
        .trim_end_matches(" said")
        .trim_end_matches(" wrote");
    let words = name.split_whitespace().count();
    (1..=4).contains(&words)
        && name.chars().count() <= 40
        && name.chars().next().is_some_and(char::is_uppercase)
        && !name.chars().any(|c| c.is_ascii_digit())
        && !text.trim().is_empty()
}

/// A post's title in a list of links: short, starting with a capital or a digit, and not ending
/// as a sentence or a clause does.
fn is_listed_title(line: &str) -> bool {
    line.chars().count() <= MAX_FURNITURE_CHARS
        && line.split_whitespace().count() <= 16
        && line
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && !line.ends_with(['.', ',', ';', ':', '。', '»', '"', '”'])
}

/// Strips what varies around a furniture phrase: punctuation, arrows, counts ("12 Comments",
/// "Comments (3)"), and collapses spaces.
fn whole_line_key(lower: &str) -> String {
    let kept: String = lower
        .chars()
        .map(|c| {
            if c.is_alphabetic() || c == ' ' || c == '-' {
                c
            } else {
                ' '
            }
        })
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The writing system a line is mostly in, coarse enough to tell a Chinese line in an English
/// document: `Latin`, `Cyrillic`, `Greek`, `Arabic`, `Hebrew`, `Han`, `Kana`, `Hangul`, `Other`.
pub fn dominant_script(text: &str) -> &'static str {
    let mut counts = [0usize; 9];
    const NAMES: [&str; 9] = [
        "Latin", "Cyrillic", "Greek", "Arabic", "Hebrew", "Han", "Kana", "Hangul", "Other",
    ];
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        let i = match c as u32 {
            0x0041..=0x024F | 0x1E00..=0x1EFF => 0,
            0x0400..=0x052F => 1,
            0x0370..=0x03FF => 2,
            0x0600..=0x06FF | 0x0750..=0x077F => 3,
            0x0590..=0x05FF => 4,
            0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF => 5,
            0x3040..=0x30FF => 6,
            0xAC00..=0xD7AF | 0x1100..=0x11FF => 7,
            _ => 8,
        };
        counts[i] += 1;
    }
    let (best, &n) = counts
        .iter()
        .enumerate()
        .max_by_key(|&(_, n)| *n)
        .unwrap_or((8, &0));
    if n == 0 {
        "Other"
    } else {
        NAMES[best]
    }
}

/// A short line at the very start or end of a document, with no sentence punctuation, written in
/// another script than the document: a stray widget label left by the page it was copied from.
pub fn is_stray_edge_line(line: &str, document_script: &str) -> bool {
    let trimmed = line.trim();
    let words = trimmed.split_whitespace().count();
    let chars = trimmed.chars().count();
    chars > 0
        && chars <= 40
        && words <= 4
        && !trimmed.ends_with(['.', '!', '?', '。', '！', '？'])
        && dominant_script(trimmed) != document_script
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_comment_form_in_chinese() {
        assert_eq!(classify("发表回复"), Some("comment form"));
    }

    #[test]
    fn share_buttons_in_a_row_or_alone() {
        for line in [
            "Facebook · Telegram · Copy link",
            "WhatsApp",
            "Twitter | Email | Print",
        ] {
            assert_eq!(classify(line), Some("share links"), "{line}");
        }
        // A network named in a sentence, or "X" alone, is text.
        assert_eq!(classify("Facebook removed the page on Monday."), None);
        assert_eq!(classify("X"), None);
    }

    #[test]
    fn readers_comments_under_a_comments_heading() {
        let mut r = Reader::default();
        assert_eq!(r.classify("Before: the article's own line."), None);
        assert_eq!(r.classify("Comments (2)"), Some("comment form"));
        assert_eq!(
            r.classify("Rustam Qodirov: Farmers were never asked."),
            Some("comments")
        );
        assert_eq!(r.classify("Reply"), Some("comment form"));
        assert_eq!(
            r.classify("Malika T.: The dam was first proposed in 1987."),
            Some("comments")
        );
        // A heading ends the comments.
        r.end_list();
        assert_eq!(r.classify("Note: the next section."), None);
    }

    #[test]
    fn leave_a_reply_any_case() {
        assert_eq!(classify("Leave a Reply"), Some("comment form"));
        assert_eq!(classify("LEAVE A COMMENT"), Some("comment form"));
    }

    #[test]
    fn breadcrumb_trails() {
        for line in [
            "Home › Tech › Telecom",
            "Home / Business / Mining",
            "Главная » Культура",
            "Anasayfa > Ekonomi > Enerji",
        ] {
            assert_eq!(classify(line), Some("breadcrumb trail"), "{line}");
        }
        // A sentence with a slash, or a trail that does not start at the home page, is text.
        assert_eq!(
            classify("Home is where the heart / soul is, she said."),
            None
        );
        assert_eq!(classify("Energy / Oil"), None);
    }

    #[test]
    fn turkish_labels_with_a_dotted_capital_i() {
        assert_eq!(classify("İlgili Haberler"), Some("related links"));
        assert_eq!(classify("İLGİLİ HABERLER"), Some("related links"));
    }

    #[test]
    fn rows_of_a_sites_own_links() {
        for line in [
            "Privacy · Terms · Contact",
            "Çerez Politikası · Gizlilik · KVKK Aydınlatma Metni",
            "О нас | Реклама | Контакты | Политика конфиденциальности",
        ] {
            assert_eq!(classify(line), Some("footer links"), "{line}");
        }
        // Items that are no site pages, or two of them only, are text.
        assert_eq!(classify("Baku · Tbilisi · Kars"), None);
        assert_eq!(classify("Privacy · Terms"), None);
    }

    #[test]
    fn comment_count_line() {
        assert_eq!(classify("12 Comments"), Some("comment form"));
    }

    #[test]
    fn email_notice() {
        assert_eq!(
            classify("Your email address will not be published. Required fields are marked *"),
            Some("comment form")
        );
    }

    #[test]
    fn share_and_subscribe() {
        assert_eq!(classify("Share this article"), Some("share links"));
        assert_eq!(
            classify("Subscribe to our newsletter"),
            Some("newsletter prompt")
        );
        assert_eq!(classify("Related posts"), Some("related links"));
    }

    #[test]
    fn a_label_and_another_articles_headline() {
        for line in [
            "Trending: Two ports sign a ferry accord",
            "Read also: The corridor's second phase opens",
            "Читайте также: Порт подписал соглашение",
            "Ayrıca okuyun: Liman anlaşması imzalandı",
        ] {
            assert_eq!(classify(line), Some("related links"), "{line}");
        }
        // A sentence that merely starts with such a word is text.
        assert_eq!(
            classify("Trending topics were discussed at the forum."),
            None
        );
    }

    #[test]
    fn copyright_lines() {
        assert_eq!(
            classify("© 2025 All rights reserved."),
            Some("copyright line")
        );
        assert_eq!(
            classify("Copyright 2019 Example News"),
            Some("copyright line")
        );
        assert_eq!(classify("Все права защищены."), Some("copyright line"));
    }

    #[test]
    fn prose_that_mentions_the_words_is_kept() {
        assert_eq!(
            classify("The minister declined to comment on the deal."),
            None
        );
        assert_eq!(classify("Share prices rose."), None);
        assert_eq!(
            classify("Subscribers to the agreement include twelve states and the union."),
            None
        );
    }

    #[test]
    fn wrapped_prose_line_starting_lower_case_is_kept() {
        assert_eq!(classify("subscribe to the treaty in full."), None);
    }

    #[test]
    fn the_titles_under_a_related_links_heading() {
        let mut r = Reader::default();
        let read: Vec<_> = [
            "The ministers signed the plan.",
            "Related posts",
            "Azerbaijani MPs observe elections in Uzbekistan",
            "",
            "Baku to host the 2026 forum?",
            "Subscribe to our newsletter",
            "New rail link opens",
            "The talks will go on next year.",
        ]
        .iter()
        .map(|l| r.classify(l))
        .collect();
        assert_eq!(
            read,
            [
                None,
                Some("related links"),
                Some("related links"),
                None,
                Some("related links"),
                Some("newsletter prompt"),
                None,
                None,
            ]
        );
    }

    #[test]
    fn a_related_list_ends_at_prose_and_at_a_heading() {
        let mut r = Reader::default();
        assert_eq!(r.classify("Read more"), Some("related links"));
        assert_eq!(r.classify("The port handled more cargo this year."), None);
        assert_eq!(r.classify("New rail link opens"), None);
        assert_eq!(r.classify("See also"), Some("related links"));
        r.end_list();
        assert_eq!(r.classify("New rail link opens"), None);
    }

    #[test]
    fn a_label_with_its_own_headline_opens_no_list() {
        let mut r = Reader::default();
        assert_eq!(
            r.classify("Trending: Two ports sign a ferry accord"),
            Some("related links")
        );
        // The byline after it is article text.
        assert_eq!(r.classify("By Ilse Varga"), None);
    }

    #[test]
    fn long_lines_are_never_furniture() {
        let long = format!("Leave a reply {}", "word ".repeat(40));
        assert_eq!(classify(&long), None);
    }

    #[test]
    fn stray_line_in_another_script() {
        assert!(is_stray_edge_line("发表回复", "Latin"));
        assert!(!is_stray_edge_line("Background", "Latin"));
        assert!(!is_stray_edge_line("Шанхай", "Cyrillic"));
    }

    #[test]
    fn scripts() {
        assert_eq!(dominant_script("Azerbaijan"), "Latin");
        assert_eq!(dominant_script("Азербайджан"), "Cyrillic");
        assert_eq!(dominant_script("上海合作组织"), "Han");
        assert_eq!(dominant_script("123"), "Other");
    }
}
