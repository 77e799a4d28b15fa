//! Query translation: the words of the news this explorer is made for (trade, transport, energy,
//! diplomacy, and the regions no gazetteer lists as places) in English, Russian, Turkish,
//! Azerbaijani and Chinese, so that `Middle Corridor` also finds `Средний коридор` and
//! `Orta Koridor`, and `boru hattı` finds `pipeline`. A query word (or two or three consecutive
//! words) that is one of a concept's forms, give or take an ending, is also matched by every
//! other form of the concept, each found exactly or by its stem (never by a spelling tolerance:
//! a form is a word of another language, not a typo). Names are not here: people, places and
//! organisations are matched across scripts by the entities and their aliases.

use super::parse::{Atom, Clause};
use crate::text;

/// Each concept's forms in the five languages (several where a language has several words), a
/// concept a line, its forms between `|`, the English ones first. No form that is also a name or
/// a common word of another of the languages (Azerbaijani `qatar`, a train, is the country Qatar
/// in English). One string rather than a table of strings: the page downloads it, and it packs
/// smaller.
const CONCEPTS: &str = "\
corridor|коридор|koridor|dəhliz|走廊\n\
middle|средний|orta|中间\n\
railway|railroad|железная дорога|demiryolu|dəmir yolu|铁路\n\
train|поезд|tren|列车\n\
container|контейнер|konteyner|集装箱\n\
pipeline|трубопровод|газопровод|нефтепровод|boru hattı|boru kəməri|管道\n\
gas|газ|gaz|qaz|天然气\n\
oil|нефть|petrol|neft|石油\n\
energy|энергетика|энергия|enerji|能源\n\
electricity|электроэнергия|elektrik|电力\n\
renewable|возобновляемый|yenilenebilir|bərpa olunan|可再生\n\
solar|солнечный|güneş|günəş|太阳能\n\
cable|кабель|kablo|kabel|电缆\n\
fibre-optic|fiber-optic|оптоволоконный|fiber optik|光纤\n\
digital|цифровой|dijital|rəqəmsal|数字\n\
trade|торговля|товарооборот|ticaret|ticarət|贸易\n\
export|экспорт|ihracat|ixrac|出口\n\
import|импорт|ithalat|idxal|进口\n\
investment|инвестиции|yatırım|investisiya|sərmayə|投资\n\
loan|credit|кредит|заём|kredi|kredit|贷款\n\
agreement|соглашение|anlaşma|saziş|协议\n\
memorandum|меморандум|mutabakat|备忘录\n\
summit|саммит|zirve|zirvə|峰会\n\
visit|визит|ziyaret|səfər|访问\n\
observer|наблюдатель|gözlemci|müşahidəçi|观察员\n\
partner|партнёр|ortak|tərəfdaş|伙伴\n\
partnership|партнёрство|ortaklık|tərəfdaşlıq|伙伴关系\n\
strategic|стратегический|stratejik|strateji|战略\n\
comprehensive|всеобъемлющий|kapsamlı|hərtərəfli|全面\n\
accession|присоединение|вступление|katılım|qoşulma|加入\n\
business council|деловой совет|iş konseyi|işgüzar şura|工商理事会\n\
membership|членство|üyelik|üzvlük|成员资格\n\
cooperation|co-operation|сотрудничество|işbirliği|əməkdaşlıq|合作\n\
port|порт|liman|港口\n\
bridge|мост|köprü|körpü|大桥\n\
freight|cargo|груз|грузы|yük|货物\n\
transit|транзит|tranzit|过境\n\
transport|транспорт|ulaşım|taşımacılık|nəqliyyat|运输\n\
logistics|логистика|lojistik|logistika|物流\n\
route|маршрут|güzergah|marşrut|路线\n\
border|граница|sınır|sərhəd|边境\n\
security|безопасность|güvenlik|təhlükəsizlik|安全\n\
defence|defense|оборона|savunma|müdafiə|国防\n\
emergency|чрезвычайный|acil|fövqəladə|紧急\n\
rescue|спасатели|спасение|kurtarma|xilasetmə|救援\n\
arbitration|арбитраж|tahkim|arbitraj|仲裁\n\
terrorism|терроризм|terörizm|terrorizm|恐怖主义\n\
economy|экономика|ekonomi|iqtisadiyyat|经济\n\
industry|промышленность|sanayi|sənaye|工业\n\
agriculture|сельское хозяйство|tarım|kənd təsərrüfatı|农业\n\
tourism|tourist|туризм|турист|turizm|turist|旅游|游客\n\
education|образование|eğitim|təhsil|教育\n\
climate|климат|iklim|iqlim|气候\n\
joint venture|совместное предприятие|ortak girişim|birgə müəssisə|合资企业\n\
customs|таможня|gümrük|gömrük|海关\n\
payment|платёж|ödeme|ödəniş|支付\n\
settlement|расчёт|расчёты|hesaplaşma|hesablaşma|结算\n\
currency|валюта|döviz|valyuta|货币\n\
national currency|national currencies|национальная валюта|milli para|ulusal para|milli valyuta|本币\n\
bank|банк|banka|银行\n\
wheat|пшеница|buğday|buğda|小麦\n\
grain|зерно|tahıl|taxıl|粮食\n\
cotton|хлопок|pambıq|棉花\n\
hazelnut|фундук|fındık|fındıq|榛子\n\
pomegranate|гранат|石榴\n\
fertiliser|fertilizer|удобрение|gübre|gübrə|化肥\n\
mining|горнодобывающий|madencilik|mədənçilik|采矿\n\
hydropower|hydroelectric|гидроэнергетика|гидроэлектростанция|hidroelektrik|水电\n\
satellite|спутник|uydu|peyk|卫星\n\
flight|рейс|авиарейс|uçuş|reys|航班\n\
airport|аэропорт|havalimanı|hava limanı|aeroport|机场\n\
visa|виза|vize|viza|签证\n\
visa-free|безвизовый|vizesiz|vizasız|免签\n\
hospital|больница|hastane|xəstəxana|医院\n\
health|здравоохранение|sağlık|səhiyyə|卫生\n\
doctor|врач|doktor|hekim|həkim|医生\n\
surgeon|хирург|cerrah|cərrah|外科医生\n\
telemedicine|телемедицина|teletıp|telətəbabət|远程医疗\n\
culture|cultural|культура|kültür|mədəniyyət|文化\n\
university|университет|üniversite|universitet|大学\n\
student|студент|öğrenci|tələbə|学生\n\
exchange|обмен|değişim|mübadilə|交流\n\
festival|фестиваль|节日\n\
earthquake|землетрясение|deprem|zəlzələ|地震\n\
flood|наводнение|паводок|daşqın|洪水\n\
friendship group|группа дружбы|dostluk grubu|dostluq qrupu|友好小组\n\
parcel|посылка|bağlama|包裹\n\
migrant|мигрант|göçmen|miqrant|移民\n\
remittance|денежный перевод|pul transferi|pul köçürməsi|汇款\n\
youth|молодёжь|gençlik|gənclik|青年\n\
film|movie|фильм|кино|电影\n\
television series|TV series|телесериал|сериал|televizyon dizisi|dizi|serial|电视剧\n\
television|телевидение|televizyon|televiziya|电视\n\
co-production|coproduction|совместное производство|ortak yapım|birgə istehsal|合拍\n\
museum|музей|müze|muzey|博物馆\n\
exhibition|выставка|sergi|sərgi|展览\n\
drought|засуха|kuraklık|quraqlıq|干旱\n\
harvest|урожай|hasat|məhsul|收成\n\
forecast|outlook|прогноз|tahmin|proqnoz|预测|展望\n\
aircraft|airplane|plane|самолёт|uçak|təyyarə|飞机\n\
purchase|покупка|закупка|satın alma|alım|alış|satınalma|购买|采购\n\
ransomware|программа-вымогатель|вымогатель|fidye yazılımı|fidyə proqramı|勒索软件\n\
cyberattack|cyber attack|кибератака|siber saldırı|kiberhücum|网络攻击\n\
bid-rigging|сговор на торгах|ihaleye fesat|串通投标\n\
tender|тендер|ihale|招标\n\
fine|penalty|штраф|para cezası|cərimə|罚款\n\
court|суд|mahkeme|məhkəmə|法院\n\
bond|eurobond|облигация|облигации|tahvil|istiqraz|债券\n\
stock exchange|биржа|borsa|birja|证券交易所\n\
index|индекс|endeks|indeks|指数\n\
olympiad|олимпиада|olimpiyat|olimpiada|奥林匹克\n\
wrestling|борьба|güreş|güləş|摔跤\n\
tournament|championship|турнир|чемпионат|turnuva|şampiyona|turnir|çempionat|锦标赛\n\
medal|медаль|madalya|奖牌\n\
water sharing|water allocation|вододеление|распределение воды|su paylaşımı|su bölgüsü|水资源分配\n\
water|вода|водные ресурсы|su kaynakları|su ehtiyatları|水资源\n\
irrigation|орошение|sulama|suvarma|灌溉\n\
hearing|слушания|oturum|dinləmə|听证会\n\
copper|медь|bakır|铜\n\
licence|license|лицензия|lisans|lisenziya|许可证\n\
textile|текстиль|текстильный|tekstil|toxuculuq|纺织\n\
strike|забастовка|стачка|grev|罢工\n\
worker|рабочий|работник|işçi|fəhlə|工人\n\
locust|саранча|çekirge|çəyirtkə|蝗虫\n\
wine|вино|şarap|şərab|葡萄酒\n\
electronic money|электронные деньги|elektronik para|elektron pul|电子货币\n\
prize fund|призовой фонд|ödül fonu|mükafat fondu|奖金\n\
hectare|гектар|hektar|公顷\n\
chess|шахматы|satranç|şahmat|国际象棋\n\
insulin|инсулин|胰岛素\n\
dam|плотина|baraj|大坝\n\
merger|слияние|birleşme|birləşmə|合并\n\
bribery|bribe|взятка|rüşvet|rüşvət|受贿\n\
monastery|монастырь|manastır|monastır|修道院\n\
fee|сбор|пошлина|ücret|harç|rüsum|费用\n\
bus|автобус|otobüs|avtobus|公交车|巴士\n\
snow leopard|снежный барс|ирбис|kar leoparı|qar bəbiri|雪豹\n\
wildlife|дикая природа|yaban hayatı|vəhşi təbiət|野生动物\n\
census|перепись|nüfus sayımı|siyahıyaalma|人口普查\n\
appointment|назначение|atama|təyinat|任命\n\
game|игра|oyun|运动会\n\
tea|чай|çay|茶\n\
insurance|страхование|sigorta|保险\n\
carpet|ковёр|ковры|halı|xalça|地毯\n\
orchestra|оркестр|orkestra|orkestr|乐团\n\
concert|концерт|konser|konsert|音乐会\n\
wildfire|forest fire|лесной пожар|orman yangını|meşə yanğını|山火\n\
fire|пожар|yangın|火灾\n\
ferry|паром|feribot|bərə|渡轮\n\
tunnel|тоннель|туннель|tünel|隧道\n\
archaeological|archaeology|археологический|раскопки|arkeolojik|arxeoloji|考古\n\
heritage|наследие|miras|irs|遗产\n\
natural disaster|стихийное бедствие|doğal afet|təbii fəlakət|自然灾害\n\
water supply|водоснабжение|su temini|su təchizatı|供水\n\
cybersecurity|cyber security|кибербезопасность|siber güvenlik|kibertəhlükəsizlik|网络安全\n\
car|automobile|автомобиль|otomobil|avtomobil|汽车\n\
warning|предупреждение|uyarı|xəbərdarlıq|预警\n\
pension|пенсия|пенсионный|emeklilik|pensiya|养老金\n\
reform|реформа|islahat|改革\n\
cement|цемент|çimento|sement|水泥\n\
factory|plant|завод|фабрика|fabrika|zavod|工厂\n\
sale|продажа|satış|出售\n\
schoolchildren|pupils|школьники|okul öğrencileri|məktəblilər|中小学生\n\
wool|шерсть|yün|羊毛\n\
processing|переработка|işleme|emal|加工\n\
sprat|килька|kilkə\n\
fishing|рыболовство|промысел|balıkçılık|balıqçılıq|捕鱼\n\
quota|квота|kota|kvota|配额\n\
hotel|гостиница|отель|otel|mehmanxana|酒店\n\
fair|ярмарка|fuar|yarmarka|博览会\n\
world|всемирный|мировой|dünya|世界\n\
nomad|кочевник|кочевой|göçebe|köçəri|游牧\n\
forum|форум|论坛\n\
conference|конференция|konferans|konfrans|会议\n\
talks|переговоры|görüşmeler|danışıqlar|会谈\n\
president|президент|cumhurbaşkanı|prezident|总统\n\
minister|министр|bakan|部长\n\
parliament|парламент|meclis|parlament|议会\n\
election|выборы|seçim|seçki|选举\n\
exercise|учения|tatbikat|təlim|演习\n\
dollar|доллар|dolar|美元\n\
euro|евро|avro|欧元\n\
Caspian|Каспийский|Hazar|Xəzər|里海\n\
Black Sea|Черное море|Karadeniz|Qara dəniz|黑海\n\
Central Asia|Центральная Азия|Orta Asya|Mərkəzi Asiya|中亚\n\
South Caucasus|Южный Кавказ|Güney Kafkasya|Cənubi Qafqaz|南高加索\n\
Europe|Европа|Avrupa|Avropa|欧洲\n\
Asia|Азия|Asya|Asiya|亚洲\n\
Middle East|Ближний Восток|Orta Doğu|Yaxın Şərq|中东";

/// The most consecutive query words one form may cover.
const MAX_WORDS: usize = 3;

/// A form or a query's words, folded, hyphens as spaces, one word per item.
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .map(text::fold)
        .collect()
}

/// English endings a query word may add to an English form (`exports`, `visited`).
const ENGLISH_ENDINGS: &[&str] = &["s", "es", "d", "ed", "ing"];

/// Whether a query word is a form's word, give or take an ending. An English form takes an
/// English ending (so `transition` is no `transit`, `Europe` no `euro`); a form of the other
/// languages any ending of up to four letters after it (`ihracatı`, `коридора`, `kablosu`), or
/// one after a word of three letters (`газа`), and a query word may be such a form's stem.
fn same_word(query: &str, form: &str, english: bool) -> bool {
    if query == form {
        return true;
    }
    if english {
        return query
            .strip_prefix(form)
            .is_some_and(|rest| ENGLISH_ENDINGS.contains(&rest));
    }
    let (q, f) = (query.chars().count(), form.chars().count());
    let (short, long, short_len, long_len) = if q <= f {
        (query, form, q, f)
    } else {
        (form, query, f, q)
    };
    short_len >= 3
        && long.starts_with(short)
        && long_len - short_len <= if short_len < 4 { 1 } else { 4 }
}

/// Whether form `i` of a concept is English: the concept's forms begin with its English ones,
/// the forms before the first that is not in ASCII.
fn is_english(forms: &[&str], i: usize) -> bool {
    forms[..=i].iter().all(|f| f.is_ascii())
}

/// A concept's forms as folded words, each with whether it is English.
type Folded = Vec<(Vec<String>, bool)>;

/// Every concept's forms, folded once.
fn folded() -> &'static [Folded] {
    static FOLDED: std::sync::OnceLock<Vec<Folded>> = std::sync::OnceLock::new();
    FOLDED.get_or_init(|| {
        concepts()
            .map(|forms| {
                (0..forms.len())
                    .map(|i| (words(forms[i]), is_english(&forms, i)))
                    .collect()
            })
            .collect()
    })
}

/// Each concept's forms, as written in [`CONCEPTS`].
fn concepts() -> impl Iterator<Item = Vec<&'static str>> {
    CONCEPTS.lines().map(|line| line.split('|').collect())
}

/// The concept whose form the words are, and that form's index: a form equal to them first,
/// then one they are with endings.
fn concept_of(query: &[String]) -> Option<(usize, usize)> {
    let find = |exact: bool| {
        folded().iter().enumerate().find_map(|(c, forms)| {
            forms
                .iter()
                .position(|(form, english)| {
                    form.len() == query.len()
                        && form.iter().zip(query).all(|(f, q)| {
                            if exact {
                                f == q
                            } else {
                                same_word(q, f, *english)
                            }
                        })
                })
                .map(|i| (c, i))
        })
    };
    find(true).or_else(|| find(false))
}

/// The text of a clause that may be translated: one plain word, not negated.
fn plain_word(clause: &Clause) -> Option<&str> {
    match clause.alternatives.as_slice() {
        [Atom::Word(w)] if !clause.negated => Some(w),
        _ => None,
    }
}

/// Adds to each clause that is (with the clauses after it) a concept's form every other form of
/// the concept, as an alternative matched exactly or by its stem. Clauses `keep` marks (part of
/// a name the query names, or being typed) are left as they are.
pub(super) fn translate(clauses: &mut [Clause], keep: &[bool]) {
    let mut i = 0;
    while i < clauses.len() {
        let free = |k: usize| !keep.get(k).copied().unwrap_or(false);
        let mut step = 1;
        for n in (1..=MAX_WORDS.min(clauses.len() - i)).rev() {
            let texts: Option<Vec<&str>> = (i..i + n)
                .map(|k| plain_word(&clauses[k]).filter(|_| free(k)))
                .collect();
            let Some(texts) = texts else { continue };
            let query: Vec<String> = texts.iter().flat_map(|t| words(t)).collect();
            let Some((c, matched)) = concept_of(&query) else {
                continue;
            };
            let forms = concepts().nth(c).unwrap_or_default();
            let others: Vec<Atom> = forms
                .iter()
                .enumerate()
                .filter(|&(f, _)| f != matched)
                .map(|(_, form)| Atom::Phrase(form.to_string()))
                .collect();
            // Each word of a form of several words is matched by the whole of another form
            // (`boru` and `hattı` both by `pipeline`).
            for clause in &mut clauses[i..i + n] {
                clause.alternatives.extend(others.iter().cloned());
            }
            step = n;
            break;
        }
        i += step;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::parse::parse;

    fn alternatives(query: &str) -> Vec<Vec<String>> {
        let mut clauses = parse(query).clauses;
        translate(&mut clauses, &[]);
        clauses
            .iter()
            .map(|c| {
                c.alternatives
                    .iter()
                    .map(|a| match a {
                        Atom::Word(w) | Atom::Phrase(w) | Atom::Prefix(w) => w.clone(),
                        Atom::Filter(..) => String::new(),
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_word_gets_the_concepts_other_forms() {
        let got = alternatives("Middle Corridor");
        assert!(got[0].contains(&"средний".to_string()), "{got:?}");
        assert!(got[1].contains(&"коридор".to_string()), "{got:?}");
        assert!(got[1].contains(&"dəhliz".to_string()), "{got:?}");
        assert_eq!(got[1][0], "Corridor");
    }

    #[test]
    fn an_inflected_word_and_a_form_of_two_words_are_read() {
        let got = alternatives("doğal gaz boru hattının");
        assert!(got[1].contains(&"gas".to_string()), "{got:?}");
        for clause in &got[2..] {
            assert!(clause.contains(&"pipeline".to_string()), "{got:?}");
        }
        let got = alternatives("коридора");
        assert!(got[0].contains(&"corridor".to_string()), "{got:?}");
    }

    #[test]
    fn words_of_no_concept_and_marked_clauses_stay_as_typed() {
        assert_eq!(
            alternatives("Aliyev statement"),
            [["Aliyev"], ["statement"]]
        );
        let mut clauses = parse("pipeline").clauses;
        translate(&mut clauses, &[true]);
        assert_eq!(clauses[0].alternatives, [Atom::Word("pipeline".into())]);
        // Only an ending is read as one: `transition` is no `transit`, `portfolio` no `port`,
        // and `Europe` is Europe, not the euro.
        assert_eq!(alternatives("portfolio"), [["portfolio"]]);
        assert_eq!(alternatives("transition"), [["transition"]]);
        assert!(alternatives("Europe")[0].contains(&"Avrupa".to_string()));
    }

    #[test]
    fn the_words_of_the_regions_other_news_are_translated_too() {
        let got = alternatives("World Nomad Games");
        for (i, form) in [(0, "dünya"), (1, "göçebe"), (2, "oyun"), (1, "кочевник")] {
            assert!(got[i].contains(&form.to_string()), "{form}: {got:?}");
        }
        let got = alternatives("student exchange");
        assert!(got[0].contains(&"öğrenci".to_string()), "{got:?}");
        assert!(got[1].contains(&"обмен".to_string()), "{got:?}");
        // A name that begins with a Turkish word plus a short ending stays as typed: the Turkish
        // for cotton is left out because of such names.
        assert_eq!(alternatives("Pamukkale"), [["Pamukkale"]]);
    }

    #[test]
    fn settlements_in_national_currencies_and_a_clinics_words_are_translated() {
        let got = alternatives("settlements in national currencies");
        assert!(got[0].contains(&"расчёты".to_string()), "{got:?}");
        assert!(
            got.iter()
                .any(|a| a.contains(&"национальная валюта".to_string())),
            "{got:?}"
        );
        assert!(alternatives("hospital doctors")[1].contains(&"врач".to_string()));
        assert!(alternatives("Azerbaijani culture")[1].contains(&"культура".to_string()));
    }

    #[test]
    fn a_partnership_a_crop_and_a_dispute_are_translated() {
        let got = alternatives("comprehensive strategic partnership");
        for (i, form) in [
            (0, "всеобъемлющий"),
            (1, "стратегический"),
            (2, "партнёрство"),
        ] {
            assert!(got[i].contains(&form.to_string()), "{form}: {got:?}");
        }
        assert!(alternatives("hazelnut exports")[0].contains(&"fındık".to_string()));
        assert!(alternatives("arbitration")[0].contains(&"tahkim".to_string()));
        // Two words of one form: `visa-free` is `vizesiz`, and its `visa` alone is `vize`.
        assert!(alternatives("visa-free travel")[0].contains(&"vizesiz".to_string()));
        // `partner` and `partnership` are two concepts, each with its own forms.
        assert!(!alternatives("partner")[0].contains(&"партнёрство".to_string()));
    }

    #[test]
    fn a_harvest_a_purchase_a_series_and_an_exhibition_are_translated() {
        let got = alternatives("drought and harvest outlook");
        for (i, form) in [(0, "засуха"), (2, "урожай"), (3, "прогноз")] {
            assert!(got[i].contains(&form.to_string()), "{form}: {got:?}");
        }
        assert!(alternatives("aircraft purchase")[1].contains(&"satın alma".to_string()));
        // Two words of one form: the television series is a `dizi`, not a `televizyon` alone.
        let got = alternatives("television series co-production");
        assert!(got[0].contains(&"serial".to_string()), "{got:?}");
        assert!(
            got.iter()
                .any(|a| a.contains(&"birgə istehsal".to_string())),
            "{got:?}"
        );
        assert!(alternatives("museum exhibition")[1].contains(&"展览".to_string()));
        assert!(alternatives("ransomware attack")[0].contains(&"вымогатель".to_string()));
    }

    #[test]
    fn a_strike_a_pest_a_plant_s_products_and_a_trial_s_words_are_translated() {
        let got = alternatives("textile workers strike");
        for (i, form) in [(0, "tekstil"), (1, "işçi"), (2, "забастовка"), (2, "grev")] {
            assert!(got[i].contains(&form.to_string()), "{form}: {got:?}");
        }
        assert!(alternatives("locust outbreak")[0].contains(&"саранча".to_string()));
        assert!(alternatives("wine exports")[0].contains(&"葡萄酒".to_string()));
        let got = alternatives("electronic money institution");
        assert!(
            got.iter().any(|a| a.contains(&"elektron pul".to_string())),
            "{got:?}"
        );
        assert!(alternatives("customs bribery")[1].contains(&"rüşvət".to_string()));
    }

    #[test]
    fn a_pension_reform_a_factory_sale_and_a_fishing_quota_are_translated() {
        let got = alternatives("pension reform");
        assert!(got[0].contains(&"pensiya".to_string()), "{got:?}");
        assert!(got[1].contains(&"islahat".to_string()), "{got:?}");
        let got = alternatives("cement plant sale");
        assert!(got[1].contains(&"fabrika".to_string()), "{got:?}");
        assert!(got[2].contains(&"satış".to_string()), "{got:?}");
        assert!(alternatives("fishing quotas")[1].contains(&"квота".to_string()));
        assert!(alternatives("wool")[0].contains(&"羊毛".to_string()));
    }

    #[test]
    fn a_ferry_a_fire_tea_carpets_and_an_orchestra_are_translated() {
        assert!(alternatives("ferry line")[0].contains(&"паром".to_string()));
        assert!(alternatives("çay ticareti")[0].contains(&"tea".to_string()));
        assert!(alternatives("страхование")[0].contains(&"insurance".to_string()));
        assert!(alternatives("xalça")[0].contains(&"carpet".to_string()));
        assert!(alternatives("youth orchestra")[1].contains(&"乐团".to_string()));
        let got = alternatives("forest fire");
        assert!(
            got.iter().any(|a| a.contains(&"orman yangını".to_string())),
            "{got:?}"
        );
    }

    #[test]
    fn forms_are_distinct_and_no_form_is_in_two_concepts() {
        let mut seen = std::collections::HashSet::new();
        for forms in concepts() {
            assert!(forms.len() >= 3, "{forms:?}");
            for form in forms {
                assert!(seen.insert(words(form)), "{form} is listed twice");
            }
        }
    }
}
