import Testing
import TestSupport
@testable import Workbench

@Suite struct SearchTests {
    func store(with body: String) throws -> (Scratch, Store) {
        let scratch = Scratch()
        scratch.write("a.txt", Articles.frontMatter(slug: "a", body: body))
        let store = try scratch.store()
        _ = try store.ingest([scratch.path("a.txt")])
        return (scratch, store)
    }

    @Test func findsAWordWhateverItsClitics() throws {
        let (_, store) = try store(with: "وصل الوفد إلى بغداد.\nعاد الوزير ببغداد.\nقدم الدعم للعراق.\nتحدث عن العراقِ.")
        let hits = try store.search("العراق")
        #expect(hits.map(\.sentence) == [2, 3])
        #expect(hits.map { slice($0.text, $0.matches[0]) } == ["للعراق", "العراقِ"])
        #expect(try store.search("بغداد").map(\.sentence) == [0, 1])
    }

    @Test func findsAWordWhateverItsDiacriticsAndAlefSpelling() throws {
        let (_, store) = try store(with: "نفى الجانب الامريكي الخبر.\nأكّد المسؤول الأميركي الموعد.\nقال المسؤول الأمريكيّ إن الأمر انتهى.")
        #expect(try store.search("الأمريكي").map(\.sentence) == [0, 2])
        #expect(try store.search("أكد").map(\.sentence) == [1])
    }

    @Test func findsLatinCodesWithAGluedClitic() throws {
        let (_, store) = try store(with: "حلقت طائرات UH-60 وAH-64 فوق المنطقة.")
        #expect(try store.search("AH-64").count == 1)
        #expect(try store.search("uh-60").count == 1)
    }

    @Test func needsEveryWord() throws {
        let (_, store) = try store(with: "وصل الوفد إلى بغداد.\nوصل الوزير إلى دمشق.")
        #expect(try store.search("وصل بغداد").map(\.sentence) == [0])
        #expect(try store.search("\"").isEmpty)
    }
}

