import ArabicText

/// The commonest words of news in both languages, as a small built-in dictionary: hunalign
/// aligns far better with a dictionary than without, and a glossary names things, not
/// `said`, `police` or `prices`.
///
/// Each entry pairs Arabic forms with English forms; both sides are compared through stems
/// (`LightStemmer` on Arabic matching keys, `AnchorExtractor.englishStem` on English words),
/// so `الحكومة`, `حكومته` and `government's` all meet. A word frequent in a document weighs
/// little there (`BeadCosts`), so `said` in every sentence ties no pair.
enum NewsLexicon {
    /// (Arabic forms, English forms) of one meaning.
    static let entries: [([String], [String])] = [
        // Saying and reporting
        (["قال", "قالت", "يقول", "تقول"], ["said", "says", "say", "told"]),
        (["أضاف", "أضافت"], ["added", "adds"]),
        (["أكد", "أكدت"], ["stressed", "confirmed", "affirmed"]),
        (["أعلن", "أعلنت", "إعلان"], ["announced", "declared", "announcement"]),
        (["بيان"], ["statement"]),
        (["مؤتمر"], ["conference"]),
        (["صحفي", "صحفية", "صحفيون"], ["journalist", "journalists", "press"]),
        (["تقرير", "تقارير"], ["report", "reports"]),
        (["مصدر", "مصادر"], ["source", "sources"]),
        (["سؤال", "أسئلة"], ["question", "questions"]),
        (["مقابلة"], ["interview"]),
        // State and politics
        (["حكومة"], ["government"]),
        (["رئيس", "رؤساء"], ["president", "head", "chief", "chairman"]),
        (["وزير", "وزراء"], ["minister", "ministers", "secretary"]),
        (["وزارة"], ["ministry", "department"]),
        (["برلمان", "البرلمان", "نائب", "نواب"], ["parliament", "lawmaker", "lawmakers", "deputy", "mp", "mps"]),
        (["مجلس"], ["council", "board", "assembly", "senate"]),
        (["قانون", "قوانين", "تشريع"], ["law", "laws", "legislation", "bill"]),
        (["انتخابات", "انتخاب"], ["election", "elections", "vote"]),
        (["تصويت", "صوت"], ["vote", "voted", "voting"]),
        (["حزب", "أحزاب"], ["party", "parties"]),
        (["ملك"], ["king"]),
        (["دولة", "دول"], ["state", "states", "country", "countries"]),
        (["بلد", "بلاد"], ["country"]),
        (["سياسي", "سياسية", "سياسة"], ["political", "politics", "policy"]),
        (["مسؤول", "مسؤولون", "مسؤولين"], ["official", "officials"]),
        (["لجنة"], ["committee", "commission", "panel"]),
        (["قرار", "قرارات"], ["decision", "decisions", "resolution"]),
        (["اتفاق", "اتفاقية"], ["agreement", "deal", "accord"]),
        (["محادثات", "مفاوضات"], ["talks", "negotiations"]),
        (["زيارة"], ["visit"]),
        (["سفير", "سفارة"], ["ambassador", "embassy"]),
        (["خارجية"], ["foreign"]),
        (["داخلية"], ["interior"]),
        (["دفاع"], ["defence", "defense"]),
        (["عاصمة"], ["capital"]),
        (["حدود"], ["border", "borders"]),
        (["دبلوماسي", "دبلوماسية"], ["diplomatic", "diplomat"]),
        (["سلام"], ["peace"]),
        (["معارضة"], ["opposition"]),
        // Security and justice
        (["شرطة"], ["police", "policeman"]),
        (["جيش"], ["army", "military"]),
        (["قوات", "قوة"], ["forces", "force", "troops"]),
        (["جندي", "جنود"], ["soldier", "soldiers"]),
        (["هجوم", "هجمات"], ["attack", "attacks"]),
        (["قتل", "قتلى", "قتيل", "مقتل"], ["killed", "dead", "death", "deaths", "killing"]),
        (["جرح", "جرحى", "مصاب", "إصابة", "إصابات", "أصيب"], ["wounded", "injured", "injuries", "hurt"]),
        (["ضحايا", "ضحية"], ["victims", "victim", "toll"]),
        (["اعتقال", "اعتقل", "القبض"], ["arrested", "arrest", "detained"]),
        (["سجن", "سجون"], ["prison", "jail", "jailed"]),
        (["محكمة", "محاكم"], ["court", "courts"]),
        (["قاضي", "قاض", "قضاة"], ["judge", "judges"]),
        (["تحقيق", "تحقيقات"], ["investigation", "inquiry"]),
        (["جريمة", "جرائم"], ["crime", "crimes"]),
        (["حرب", "حروب"], ["war", "wars"]),
        (["صاروخ", "صواريخ"], ["missile", "missiles", "rocket", "rockets"]),
        (["سلاح", "أسلحة"], ["weapon", "weapons", "arms"]),
        (["نووي", "نووية"], ["nuclear"]),
        (["إرهاب", "إرهابي", "إرهابيين"], ["terrorism", "terrorist", "terrorists"]),
        (["أمن", "أمني", "أمنية"], ["security"]),
        (["عقوبات"], ["sanctions"]),
        (["لاجئ", "لاجئين", "لاجئون"], ["refugee", "refugees"]),
        (["مساعدات", "مساعدة"], ["aid", "assistance", "help"]),
        (["إنسانية", "إنساني"], ["humanitarian"]),
        // Economy
        (["اقتصاد", "اقتصادي", "اقتصادية"], ["economy", "economic", "economist"]),
        (["بنك", "بنوك", "مصرف"], ["bank", "banks"]),
        (["نفط", "النفط"], ["oil"]),
        (["غاز"], ["gas"]),
        (["سعر", "أسعار"], ["price", "prices", "rate", "rates"]),
        (["دولار", "دولارات"], ["dollar", "dollars"]),
        (["سوق", "أسواق"], ["market", "markets"]),
        (["شركة", "شركات"], ["company", "companies", "firm", "group"]),
        (["موازنة", "ميزانية"], ["budget"]),
        (["تضخم"], ["inflation"]),
        (["فائدة"], ["interest"]),
        (["قرض", "قروض"], ["loan", "loans"]),
        (["استثمار", "استثمارات"], ["investment", "investments"]),
        (["تجارة", "تجاري", "تجارية"], ["trade", "commercial"]),
        (["صادرات"], ["exports"]),
        (["واردات"], ["imports"]),
        (["ضرائب", "ضريبة"], ["tax", "taxes", "tariffs"]),
        (["مبيعات"], ["sales"]),
        (["أرباح"], ["profit", "profits"]),
        (["عملة"], ["currency"]),
        (["نمو"], ["growth"]),
        (["وظائف", "عمال", "موظفين"], ["jobs", "workers", "employees", "staff"]),
        (["رواتب", "أجور"], ["salaries", "wages", "pay"]),
        (["مليون", "ملايين"], ["million", "millions"]),
        (["مليار", "مليارات"], ["billion", "billions"]),
        (["المئة", "بالمئة", "بالمائة", "المائة"], ["percent", "per"]),
        // Time
        (["عام", "أعوام", "سنة", "سنوات"], ["year", "years"]),
        (["شهر", "أشهر", "شهور"], ["month", "months"]),
        (["أسبوع", "أسابيع"], ["week", "weeks"]),
        (["يوم", "أيام"], ["day", "days"]),
        (["ساعة", "ساعات", "ساعتين"], ["hour", "hours"]),
        (["دقيقة", "دقائق"], ["minute", "minutes"]),
        (["صباح", "صباحا"], ["morning"]),
        (["مساء"], ["evening"]),
        (["ليلة", "ليل"], ["night"]),
        (["الماضي", "الماضية"], ["last", "past"]),
        (["المقبل", "المقبلة", "القادم"], ["next", "coming"]),
        // People and society
        (["أشخاص", "شخص", "ناس"], ["people", "person"]),
        (["طفل", "أطفال"], ["child", "children", "boy", "girl"]),
        (["امرأة", "نساء", "سيدة"], ["woman", "women"]),
        (["رجل", "رجال"], ["man", "men"]),
        (["عائلة", "عائلات", "أسرة"], ["family", "families"]),
        (["سكان"], ["residents", "population", "inhabitants"]),
        (["طالب", "طلاب"], ["student", "students"]),
        (["مدرسة", "مدارس"], ["school", "schools"]),
        (["جامعة"], ["university"]),
        (["مستشفى", "مستشفيات"], ["hospital", "hospitals"]),
        (["طبيب", "أطباء"], ["doctor", "doctors"]),
        (["مرض", "أمراض"], ["disease", "diseases", "illness"]),
        (["صحة", "صحي"], ["health"]),
        (["كنيسة", "كنائس"], ["church", "churches"]),
        (["مسجد", "مساجد"], ["mosque", "mosques"]),
        (["مدينة", "مدن"], ["city", "cities", "town"]),
        (["قرية", "قرى"], ["village", "villages"]),
        (["منزل", "منازل", "بيت"], ["home", "homes", "house", "houses"]),
        (["شارع", "شوارع"], ["street", "streets", "road"]),
        (["منطقة", "مناطق"], ["area", "region", "zone"]),
        (["عالم", "العالم"], ["world", "global"]),
        (["دولي", "دولية"], ["international"]),
        (["وطني", "وطنية"], ["national"]),
        (["محلي", "محلية"], ["local"]),
        // Nature and things
        (["مياه", "ماء"], ["water"]),
        (["نهر"], ["river"]),
        (["بحر"], ["sea"]),
        (["أرض"], ["land", "ground", "earth"]),
        (["فيضانات", "سيول"], ["floods", "flooding"]),
        (["زلزال"], ["earthquake", "quake"]),
        (["أمطار", "مطر"], ["rain", "rains", "rainfall"]),
        (["حريق", "حرائق", "نار"], ["fire", "fires", "blaze"]),
        (["طقس"], ["weather"]),
        (["طائرة", "طائرات"], ["plane", "planes", "aircraft"]),
        (["سيارة", "سيارات"], ["car", "cars", "vehicle", "vehicles"]),
        (["فضاء"], ["space"]),
        (["قمر"], ["satellite", "moon"]),
        (["هاتف"], ["phone"]),
        (["إنترنت"], ["internet", "online"]),
        (["فيلم", "أفلام"], ["film", "films", "movie"]),
        (["كتاب", "كتب"], ["book", "books"]),
        // Sport
        (["مباراة", "مباريات"], ["match", "game", "games"]),
        (["فريق", "فرق"], ["team", "teams", "side"]),
        (["هدف", "أهداف"], ["goal", "goals", "target"]),
        (["لاعب", "لاعبين", "لاعبون"], ["player", "players"]),
        (["مدرب"], ["coach", "manager"]),
        (["بطولة"], ["championship", "tournament", "title"]),
        (["دوري"], ["league"]),
        (["فوز", "فاز"], ["win", "won", "victory", "beat"]),
        (["خسارة", "خسر"], ["loss", "lost", "defeat"]),
        (["نقطة", "نقاط"], ["point", "points"]),
        // Common qualities and actions
        (["جديد", "جديدة"], ["new"]),
        (["كبير", "كبيرة", "أكبر"], ["big", "large", "largest", "biggest", "major"]),
        (["صغير", "صغيرة"], ["small", "little"]),
        (["أول", "الأولى"], ["first"]),
        (["أخير", "الأخيرة"], ["last", "final", "latest"]),
        (["ارتفع", "ارتفاع", "ارتفعت"], ["rose", "rise", "risen", "increase"]),
        (["انخفض", "انخفاض", "تراجع"], ["fell", "fall", "drop", "decline", "decrease"]),
        (["خطة", "خطط"], ["plan", "plans"]),
        (["مشروع", "مشاريع"], ["project", "projects", "draft"]),
        (["برنامج", "برامج"], ["programme", "program", "show"]),
        (["أزمة", "أزمات"], ["crisis", "crises"]),
        (["مشكلة", "مشاكل"], ["problem", "problems"]),
        (["إطلاق"], ["launch", "release", "fire"]),
        (["وصل", "وصلت", "وصول"], ["arrived", "arrival", "reached"]),
        (["لقاء", "اجتماع", "التقى"], ["meeting", "met", "meet"]),
        (["حياة"], ["life", "lives"]),
        (["موت", "وفاة", "توفي"], ["died", "death", "dies"]),
        (["صورة", "صور"], ["image", "images", "photo", "photos", "picture"]),
        (["رسالة", "رسائل"], ["message", "messages", "letter"]),
    ]
}

extension NewsLexicon {
    /// Entry numbers by Arabic stem (of a matching key).
    static let arabicIndex: [String: [Int]] = {
        var index: [String: [Int]] = [:]
        let stemmer = LightStemmer()
        for (number, entry) in entries.enumerated() {
            for form in entry.0 {
                let stem = stemmer.stem(of: Normalizer.matchingKey.key(form))
                if index[stem]?.last != number { index[stem, default: []].append(number) }
            }
        }
        return index
    }()

    /// Entry numbers by English stem (`AnchorExtractor.englishStem` of a lowercase word).
    static let englishIndex: [String: [Int]] = {
        var index: [String: [Int]] = [:]
        for (number, entry) in entries.enumerated() {
            for form in entry.1 {
                let stem = AnchorExtractor.englishStem(form)
                if index[stem]?.last != number { index[stem, default: []].append(number) }
            }
        }
        return index
    }()
}
