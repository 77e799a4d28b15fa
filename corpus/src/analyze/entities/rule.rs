//! The rules that find entities: one variant each, with the name a mention stores and the
//! confidence it carries. Each rule's behaviour is pinned by a named case in `tests.rs`
//! (`every_rule_has_a_case` checks that none is left without one).

/// How a mention was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    /// A name `explorer.toml` gives (`[[alias]]`).
    ConfigAlias,
    /// A listed international organisation.
    GazetteerOrganization,
    /// A listed company, bank or news organisation, where no rule explains the words otherwise
    /// ("Huawei and Ericsson", "Gazprom Neft").
    GazetteerCompany,
    /// A country's name in any listed language.
    GazetteerCountry,
    /// A city's name; cities of a million or more are surer.
    GazetteerCity { million: bool },
    /// An acronym the document defines ("Caspian Pipeline Consortium (CPC)").
    Acronym,
    /// A country's official long form ("Islamic Republic of Iran").
    OfficialName,
    /// A run holding an organisation word (Ministry, Group, Co. Ltd).
    OrganizationWord,
    /// A country named inside an organisation's name.
    CountryInName,
    /// A city opening an organisation's name or after its "of" ("Ganja Institute for Economic
    /// Studies", "Port of Baku").
    CityInName,
    /// The words before a title ("Siemens Vice President").
    EmployerBeforeTitle,
    /// The words after a title ("President Ilham Aliyev").
    Title,
    /// A name after a title and its place ("Ambassador to China Akram Zeynalli").
    TitleToPlace,
    /// A name with a role after a comma ("X, Deputy Director of ...,").
    Apposition,
    /// A name with a reporting verb ("X said", "said X").
    Said,
    /// "according to X Y".
    AccordingTo,
    /// A name alone at the top of a document.
    Byline,
    /// A name with a surname ending common in the region (-ov, -yan, -dze).
    SurnameEnding,
    /// A name after a country's possessive ("Tajikistan's Emomali Rahmon").
    CountryPossessive,
    /// A name a descriptor or apposition says is an organisation ("the railway company X").
    DescribedOrganization,
    /// "Masdar of the United Arab Emirates".
    OrganizationOfCountry,
    /// A news source with a reporting verb ("Trend reported", "citing Xinhua").
    ReportingSource,
    /// A source in brackets after a dateline ("Baku, 3 May (Interfax)").
    CitedSource,
    /// A domain name ("UzDaily.com").
    WebDomain,
    /// A surname alone after the full name.
    Surname,
    /// A name the document found by rule elsewhere.
    SameName,
    /// A name another document found.
    SameNameInCorpus,
    /// An acronym no text spells out.
    AcronymUnexplained,
    /// One word with a capital inside, as brands write their names ("AzerTelecom", "PetroChina").
    CamelCase,
    /// One word made of a name and its trade, as national companies name themselves
    /// ("Kazakhtelecom", "Türkmengaz", "Uzbekneftegaz").
    TradeCompound,
    /// A country's name and more words joined by "and" to an organisation's name that begins
    /// with another country ("Kazakhstan Temir Zholy and Azerbaijan Railways").
    CoordinatedOrganization,
    /// Two or three capitalised words that read as a person's name by their shape alone: none
    /// an ordinary word, a listed name, a title or an organisation word, in a sentence that is
    /// not written in title case ("Ebrahim Raisi watched").
    NameShape,
    /// A foreign name in Chinese characters, its parts joined by a middle dot ("弗拉基米尔·普京").
    DottedName,
    /// A place the text calls a city ("Tyanjin şəhərində", "город Актау", "X市").
    NamedCity,
    /// A name given again in another script in brackets ("王毅（Wang Yi）").
    PairedName,
    /// A foreign name written in Chinese transliteration characters, with a person cue beside
    /// it: an honorific after it ("托卡耶夫先生") or a person listed next to it ("普京、托卡耶夫").
    TransliteratedName,
}

impl Rule {
    /// Every rule, for tests and documentation.
    pub const ALL: &'static [Rule] = &[
        Rule::ConfigAlias,
        Rule::GazetteerOrganization,
        Rule::GazetteerCompany,
        Rule::GazetteerCountry,
        Rule::GazetteerCity { million: true },
        Rule::GazetteerCity { million: false },
        Rule::Acronym,
        Rule::OfficialName,
        Rule::OrganizationWord,
        Rule::CountryInName,
        Rule::CityInName,
        Rule::EmployerBeforeTitle,
        Rule::Title,
        Rule::TitleToPlace,
        Rule::Apposition,
        Rule::Said,
        Rule::AccordingTo,
        Rule::Byline,
        Rule::SurnameEnding,
        Rule::CountryPossessive,
        Rule::DescribedOrganization,
        Rule::OrganizationOfCountry,
        Rule::ReportingSource,
        Rule::CitedSource,
        Rule::WebDomain,
        Rule::Surname,
        Rule::SameName,
        Rule::SameNameInCorpus,
        Rule::AcronymUnexplained,
        Rule::CamelCase,
        Rule::TradeCompound,
        Rule::CoordinatedOrganization,
        Rule::NameShape,
        Rule::DottedName,
        Rule::NamedCity,
        Rule::PairedName,
        Rule::TransliteratedName,
    ];

    /// The name a mention stores (`Mention::rule`).
    pub fn name(self) -> &'static str {
        match self {
            Rule::ConfigAlias => "config:alias",
            Rule::GazetteerOrganization => "gazetteer:organizations",
            Rule::GazetteerCompany => "gazetteer:companies",
            Rule::GazetteerCountry => "gazetteer:countries",
            Rule::GazetteerCity { .. } => "gazetteer:cities",
            Rule::Acronym => "acronym",
            Rule::OfficialName => "official-name",
            Rule::OrganizationWord => "organization-word",
            Rule::CountryInName => "country-in-name",
            Rule::CityInName => "city-in-name",
            Rule::EmployerBeforeTitle => "employer-before-title",
            Rule::Title | Rule::TitleToPlace => "title",
            Rule::Apposition => "apposition",
            Rule::Said => "said",
            Rule::AccordingTo => "according-to",
            Rule::Byline => "byline",
            Rule::SurnameEnding => "surname-ending",
            Rule::CountryPossessive => "country-possessive",
            Rule::DescribedOrganization => "described-organization",
            Rule::OrganizationOfCountry => "organization-of-country",
            Rule::ReportingSource => "reporting-source",
            Rule::CitedSource => "cited-source",
            Rule::WebDomain => "web-domain",
            Rule::Surname => "surname",
            Rule::SameName => "same-name",
            Rule::SameNameInCorpus => "same-name-in-corpus",
            Rule::AcronymUnexplained => "acronym-unexplained",
            Rule::CamelCase => "camel-case",
            Rule::TradeCompound => "trade-compound",
            Rule::CoordinatedOrganization => "coordinated-organization",
            Rule::NameShape => "name-shape",
            Rule::DottedName => "dotted-name",
            Rule::NamedCity => "named-city",
            Rule::PairedName => "paired-name",
            Rule::TransliteratedName => "transliterated-name",
        }
    }

    /// How sure a mention found by this rule is, 0..=1.
    pub fn confidence(self) -> f32 {
        match self {
            Rule::ConfigAlias | Rule::GazetteerCountry => 0.95,
            Rule::GazetteerOrganization | Rule::Acronym | Rule::OfficialName | Rule::Title => 0.9,
            Rule::GazetteerCity { million: true }
            | Rule::OrganizationWord
            | Rule::TitleToPlace
            | Rule::Apposition
            | Rule::DottedName
            | Rule::PairedName => 0.85,
            Rule::Surname | Rule::SameName | Rule::NamedCity => 0.75,
            Rule::GazetteerCity { million: false }
            | Rule::GazetteerCompany
            | Rule::Said
            | Rule::Byline
            | Rule::TransliteratedName => 0.7,
            Rule::SameNameInCorpus => 0.65,
            Rule::CountryInName
            | Rule::CityInName
            | Rule::EmployerBeforeTitle
            | Rule::AccordingTo
            | Rule::SurnameEnding
            | Rule::CountryPossessive
            | Rule::DescribedOrganization
            | Rule::CoordinatedOrganization
            | Rule::OrganizationOfCountry
            | Rule::ReportingSource
            | Rule::CitedSource
            | Rule::WebDomain => 0.6,
            Rule::AcronymUnexplained | Rule::CamelCase | Rule::TradeCompound | Rule::NameShape => {
                0.5
            }
        }
    }

    /// Whether the rule finds a news source (an organisation of subtype `outlet`).
    pub fn is_source(self) -> bool {
        matches!(
            self,
            Rule::ReportingSource | Rule::CitedSource | Rule::WebDomain
        )
    }
}
