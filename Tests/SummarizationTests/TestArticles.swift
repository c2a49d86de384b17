import ArabicText
import Summarization

/// Short news articles written for these tests (two stories: a budget vote and a flood).
enum TestArticles {
    /// Builds an article from (kind, text) lines, numbering them from 0.
    static func article(
        _ id: String, source: String, title: String = "", _ lines: [(Sentence.Kind, String)], concepts: [Int: [Int]] = [:]
    ) -> SourceArticle {
        SourceArticle(id: id, source: source, date: "2024-01-07", title: title, sentences: lines.enumerated().map {
            ArticleSentence(index: $0.offset, text: $0.element.1, kind: $0.element.0, concepts: concepts[$0.offset] ?? [])
        })
    }

    /// The wire story on the budget vote.
    static let budgetWire = article("budget-wire", source: "وكالة الأنباء", title: "البرلمان يقر الموازنة العامة لعام 2024", [
        (.heading, "البرلمان يقر الموازنة"),
        (.body, "أقر مجلس النواب يوم الأحد مشروع قانون الموازنة العامة للدولة لعام 2024 بأغلبية 85 صوتا من أصل 130 نائبا."),
        (.body, "وتبلغ النفقات المقدرة في الموازنة الجديدة نحو 12 مليار دينار، بزيادة قدرها 5 في المئة عن العام الماضي."),
        (.body, "وقال وزير المالية في جلسة التصويت إن الحكومة ستخفض العجز تدريجيا خلال السنوات الثلاث المقبلة."),
        (.body, "واعترض نواب المعارضة على بنود الضرائب الجديدة المفروضة على الوقود والاتصالات."),
        (.metadata, "budget parliament 2024"),
    ])

    /// A synonym-spun copy of `budgetWire`: the same facts with some words swapped.
    static let budgetSpun = article("budget-spun", source: "صحيفة المساء", title: "مجلس النواب يصادق على موازنة 2024", [
        (.body, "صادق مجلس النواب يوم الأحد على مشروع قانون الموازنة العامة للدولة لسنة 2024 بغالبية 85 صوتا من أصل 130 نائبا."),
        (.body, "وتصل المصروفات المتوقعة في الموازنة الجديدة قرابة 12 مليار دينار، بارتفاع قدره 5 في المئة عن السنة الماضية."),
        (.body, "وذكر وزير المالية خلال جلسة الاقتراع أن الحكومة ستقلص العجز بشكل تدريجي في السنوات الثلاث القادمة."),
        (.body, "ورفض نواب المعارضة بنود الضرائب الجديدة المفروضة على المحروقات والاتصالات."),
    ])

    /// Another outlet's own report of the vote: other facts, same story.
    static let budgetReport = article("budget-report", source: "موقع الرأي", title: "نقاش حاد في مجلس النواب قبل إقرار الموازنة", [
        (.body, "شهدت جلسة مجلس النواب نقاشا حادا قبل التصويت على الموازنة العامة لعام 2024."),
        (.body, "وطالب عدد من النواب بزيادة مخصصات التعليم والصحة في الموازنة."),
        (.body, "وأكد رئيس مجلس النواب أن قانون الموازنة سيحال إلى مجلس الأعيان لإقراره خلال أسبوعين."),
    ])

    /// The wire story on the flood.
    static let floodWire = article("flood-wire", source: "وكالة الأنباء", title: "ثلاثة قتلى في سيول العقبة", [
        (.body, "لقي ثلاثة أشخاص حتفهم جراء السيول التي اجتاحت مدينة العقبة مساء السبت."),
        (.body, "وأعلنت مديرية الدفاع المدني أن فرق الإنقاذ أخلت 40 عائلة من المنازل المتضررة في أحياء المدينة."),
        (.body, "وتوقعت دائرة الأرصاد الجوية استمرار الأمطار الغزيرة على جنوب البلاد حتى يوم الثلاثاء."),
    ])

    /// A rewrite of the flood story by another outlet, with a fact of its own.
    static let floodRewrite = article("flood-rewrite", source: "إذاعة الجنوب", title: "السيول تغمر أحياء في العقبة", [
        (.body, "غمرت السيول أحياء في مدينة العقبة مساء السبت ما أدى إلى وفاة ثلاثة أشخاص."),
        (.body, "وقالت مديرية الدفاع المدني إن فرق الإنقاذ أخلت 40 عائلة من منازلها المتضررة."),
        (.body, "وأغلقت السلطات الطريق الصحراوي المؤدي إلى المدينة أمام حركة الشاحنات."),
    ])

    static let all = [budgetWire, budgetSpun, budgetReport, floodWire, floodRewrite]
}
