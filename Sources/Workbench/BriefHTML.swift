import Evaluation
import Summarization

/// The daily brief as one self-contained HTML page: Arabic right-to-left beside English
/// left-to-right, sources and dates, readable on a phone and printable. Every piece of text is
/// escaped.
public enum BriefHTML {
    public static func render(_ brief: BilingualBrief) -> String {
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Daily brief \(HTML.escaped(brief.date))</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem; line-height: 1.5; color: #1b1b1b; }
            h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
            .meta { color: #555; font-size: .9rem; }
            .item { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; padding: .6rem 0; border-bottom: 1px dotted #ddd; break-inside: avoid; }
            .ar { direction: rtl; text-align: right; font-family: "Noto Naskh Arabic", "Amiri", serif; font-size: 1.1rem; }
            .en { direction: ltr; }
            .origin { font-size: .75rem; color: #fff; background: #666; border-radius: .3rem; padding: 0 .3rem; margin-left: .3rem; }
            .origin.parallel { background: #2b6e3f; } .origin.memory { background: #2b4f8e; } .origin.gloss { background: #8a5a00; }
            .sources { grid-column: 1 / -1; font-size: .8rem; color: #555; }
            @media (max-width: 40rem) { .item { grid-template-columns: 1fr; } }
            @media print { body { max-width: none; } a { color: inherit; text-decoration: none; } }
            </style>
            </head>
            <body>

            """
        let outlets = Set(brief.stories.flatMap { $0.documents.compactMap(\.source) })
        page += "<h1>Daily brief — \(HTML.escaped(brief.date))</h1>\n"
        page += "<p class=\"meta\">\(brief.documentCount) articles\(outlets.isEmpty ? "" : " from \(outlets.count) sources"), "
            + "\(brief.stories.count) stories. English: parallel = the article's own translation, "
            + "memory = translation memory, gloss = glossary terms only.</p>\n"
        for (number, story) in brief.stories.enumerated() {
            let title = story.headline
            page += "<section>\n<h2 dir=\"auto\">\(number + 1). \(HTML.escaped(title))</h2>\n"
            let documents = story.documents.map { document in
                [document.source, document.date].compactMap { $0 }.map(HTML.escaped).joined(separator: ", ")
                    + " <span dir=\"ltr\">(\(HTML.escaped(document.slug)))</span>"
            }
            page += "<p class=\"meta\">\(documents.joined(separator: " · "))</p>\n"
            for item in story.items {
                page += "<div class=\"item\">\n"
                page += "<div class=\"ar\" lang=\"ar\" dir=\"rtl\">\(HTML.escaped(item.arabic))</div>\n"
                if let english = item.english, let origin = item.englishOrigin {
                    page += "<div class=\"en\" lang=\"en\">\(HTML.escaped(english))"
                        + "<span class=\"origin \(origin.rawValue)\">\(origin.rawValue)</span></div>\n"
                } else {
                    page += "<div class=\"en\" lang=\"en\"><em>no English yet</em></div>\n"
                }
                let cited = item.sources.map { HTML.escaped("\($0.article)#\($0.sentence)") }
                page += "<div class=\"sources\">sources: \(cited.joined(separator: ", "))</div>\n</div>\n"
            }
            page += "</section>\n"
        }
        page += "</body>\n</html>\n"
        return page
    }
}
