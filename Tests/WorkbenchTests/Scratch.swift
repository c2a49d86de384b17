import Foundation
import TestSupport
@testable import Workbench

extension Scratch {
    func store() throws -> Store { try Store(path: path("workbench.sqlite")) }
}

/// Small articles written for these tests.
enum Articles {
    static func frontMatter(slug: String, date: String = "2024-03-10", source: String = "وكالة الاختبار",
                            body: String = defaultBody) -> String {
        """
        ---
        slug: \(slug)
        date: \(date)
        source: \(source)
        title: اجتماع في بغداد
        ---
        \(body)
        """
    }

    static let defaultBody = """
        وصل وزير الخارجية إلى بغداد صباح الأحد في زيارة رسمية.
        وقال الوزير إن المحادثات تناولت أمن الحدود والتعاون الاقتصادي.
        """
}
