@testable import Alignment
import ArabicText
import Testing

/// Names meet across the scripts through consonant skeletons: ICU's Arabic-Latin reading of
/// the Arabic, and the English spelling, folded alike.
@Suite struct NameSkeletonTests {
    @Test(arguments: [
        ("مارك", "Mark", "mrk"),
        ("إسبر", "Esper", "sbr"),  // p → b: Arabic has no p
        ("ترامب", "Trump", "trmb"),
        ("كاليفورنيا", "California", "klfrn"),
        ("بيلوسي", "Pelosi", "bls"),
        ("جونز", "Jones", "gns"),  // j → g, z → s
        ("حماس", "Hamas", "hms"),  // a first h is kept
        ("تشاد", "Chad", "sd"),  // tsh and ch → s
    ])
    func arabicAndEnglishSpellingsOfANameShareASkeleton(arabic: String, english: String, skeleton: String) {
        #expect(NameSkeleton.arabic(Normalizer.matchingKey.key(arabic).unicodeScalars) == skeleton)
        #expect(NameSkeleton.latin(english) == skeleton)
    }

    @Test func theLetterTableGivesWhatICUGivesForWholeWords() throws {
        // The table is ICU's transform applied letter by letter; whole words must read the same.
        for word in ["واشنطن", "خامنئي", "سنغافورة", "كافانو", "مقدونيا"] {
            let key = Normalizer.matchingKey.key(word)
            let whole = try #require(NameSkeleton.transliterate(Array(key.utf16), transform: NameSkeleton.transform))
            #expect(NameSkeleton.latin(String(decoding: whole, as: UTF16.self)) == NameSkeleton.arabic(key.unicodeScalars)
                    || key.hasSuffix("ه"), "\(word)")
        }
    }

    @Test func aFinalTaaMarbutaIsAVowel() {
        // جدة → جده as a matching key: Jeddah and Jidda both read "gd".
        #expect(NameSkeleton.arabic(Normalizer.matchingKey.key("جدة").unicodeScalars) == "gd")
        #expect(NameSkeleton.latin("Jeddah") == "gd")
    }

    @Test func oneEditIsAllowedOnlyBetweenLongSkeletons() {
        var index = SkeletonIndex()
        let kavanaugh = index.insert(Array("kfng".utf8))
        let washington = index.insert(Array("sngtn".utf8))
        var found: [(id: Int32, exact: Bool)] = []
        index.matches(of: Array("sntn".utf8), into: &found)  // واشنطن, one consonant short
        #expect(found.map(\.id) == [washington])
        #expect(found.first?.exact == false)
        found.removeAll()
        index.matches(of: Array("kfn".utf8), into: &found)  // كافانو: too short to be forgiven
        #expect(!found.contains { $0.id == kavanaugh })
        found.removeAll()
        index.matches(of: Array("kfng".utf8), into: &found)
        #expect(found.map(\.id) == [kavanaugh])
        #expect(NameSkeleton.withinOneEdit(Array("abc".utf8), Array("abd".utf8)))
        #expect(!NameSkeleton.withinOneEdit(Array("abc".utf8), Array("bca".utf8)))
    }
}
