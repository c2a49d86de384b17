import ArabicText
import Summarization

/// The daily brief as Markdown: stories in order, each item's Arabic with its English beneath
/// and the sources that carried it.
public enum BriefMarkdown {
    public static func render(_ brief: BilingualBrief) -> String {
        var lines: [String] = []
        let sources = Set(brief.stories.flatMap { $0.documents.compactMap(\.source) })
        lines.append("# Daily brief — \(brief.date)")
        lines.append("")
        lines.append("\(brief.documentCount) articles\(sources.isEmpty ? "" : " from \(sources.count) sources"), \(brief.stories.count) "
            + "stor\(brief.stories.count == 1 ? "y" : "ies"). English: *parallel* = the article's own translation, "
            + "*memory* = translation memory, *gloss* = glossary terms only.")
        for (number, story) in brief.stories.enumerated() {
            lines.append("")
            let outlets = orderedUnique(story.documents.compactMap(\.source))
            let title = story.headline
            lines.append("## \(number + 1). \(escaped(title))")
            lines.append("")
            lines.append("*\(outlets.isEmpty ? "unknown source" : outlets.joined(separator: ", ")) · "
                + "\(story.documents.count) article\(story.documents.count == 1 ? "" : "s")*")
            for item in story.items {
                lines.append("")
                lines.append("- \u{200F}\(escaped(item.arabic))")
                if let english = item.english, let origin = item.englishOrigin {
                    lines.append("  - \(escaped(english)) *(\(origin.rawValue))*")
                } else {
                    lines.append("  - *(no English yet)*")
                }
                let cited = item.sources.map { "\($0.article)#\($0.sentence)" }
                lines.append("  - sources: \(cited.joined(separator: ", "))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Newlines inside a sentence would break the list; Markdown markup in news text is rare
    /// but a leading `#` or `*` must not turn into a heading or emphasis.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text.replacingLineFeeds(with: " ") {
            if "\\`*_[]<>#|".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    static func orderedUnique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
