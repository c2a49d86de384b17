/// How words are written into the search index and looked up in it, so that a search finds a
/// word whatever its diacritics, alef spelling or proclitics.
///
/// ```swift
/// SearchKeys.readings(of: "للعراق")   // ["للعراق", "لعراق", "عراق"]
/// SearchKeys.queryKey(of: "العراق")   // "عراق"  (found in للعراق, بالعراق, والعراق, عراق)
/// ```
///
/// A word is indexed under every proclitic reading of it (each is a suffix of the word); a
/// query word is looked up under its form without the article. Both go through
/// `CliticAnalyzer.procliticSplits`, the one definition of Arabic proclitics.
public enum SearchKeys {
    /// The index text of a matching-key text: each word's readings, separated by spaces.
    ///
    /// - Complexity: O(n) in the length of the text.
    public static func indexText(ofKey key: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(key.utf8.count * 2)
        Tokenizer().scan(key) { kind, bytes, _ in
            guard kind != .punctuation else { return }
            forEachReading(of: bytes, kind: kind) { reading in
                if !output.isEmpty { output.append(0x20) }
                output.append(contentsOf: reading)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The readings of one word (a matching key), the whole word first.
    public static func readings(of word: String) -> [String] {
        var result: [String] = []
        var word = word
        word.withUTF8 { bytes in
            let kind: Token.Kind = bytes.first.map { $0 >= 0x80 } == true ? .arabic : .latin
            forEachReading(of: bytes, kind: kind) { result.append(String(decoding: $0, as: UTF8.self)) }
        }
        return result
    }

    /// The form under which a query word (any spelling) is looked up: its matching key without
    /// the article (`الوزير` → `وزير`), or without the proclitics glued to a Latin code.
    public static func queryKey(of word: String) -> String {
        let key = Normalizer.matchingKey.key(word)
        let scalars = Array(key.unicodeScalars)
        let arabicPrefix = scalars.prefix { ScalarClass.isArabicLetter($0.value) }.count
        if arabicPrefix < scalars.count {
            // A code with a glued proclitic (وAH-64): look up the code.
            if CliticAnalyzer.isProcliticSequence(scalars[..<arabicPrefix]) {
                return String(String.UnicodeScalarView(scalars[arabicPrefix...]))
            }
            return key
        }
        let splits = CliticAnalyzer.procliticSplits(count: scalars.count) { scalars[$0] }
        if let article = splits.first(where: { $0.article && $0.prefixEnd == 0 }),
            scalars.count - article.stemStart >= 2
        {
            return String(String.UnicodeScalarView(scalars[article.stemStart...]))
        }
        return key
    }

    /// Calls `body` with each proclitic reading of a word's UTF-8 bytes (each a suffix).
    static func forEachReading(of bytes: UnsafeBufferPointer<UInt8>, kind: Token.Kind,
                               _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        body(bytes)
        guard kind == .arabic || kind == .latin || kind == .code || kind == .number,
            let first = bytes.first, first >= 0x80
        else { return }
        // Decode the first letters with their byte offsets: proclitics are at most four letters.
        var letters: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var index = 0
        while index < bytes.count, letters.count < 6 {
            let (value, length) = decodeScalar(bytes, at: index)
            offsets.append(index)
            letters.append(Unicode.Scalar(value) ?? " ")
            index += length
        }
        offsets.append(index)
        if kind != .arabic {
            // A code or number with a glued proclitic: the reading without it.
            let prefix = letters.prefix { ScalarClass.isArabicLetter($0.value) }.count
            if prefix < letters.count { body(UnsafeBufferPointer(rebasing: bytes[offsets[prefix]...])) }
            return
        }
        // Only the first letters were decoded; the word may be longer.
        let wordLength = index < bytes.count ? Int.max : letters.count
        let splits = CliticAnalyzer.procliticSplits(count: letters.count) { letters[$0] }
        var seen: [Int] = [0]
        for split in splits.dropFirst() where !seen.contains(split.stemStart) {
            // A reading keeps at least two letters.
            guard wordLength - split.stemStart >= 2 else { continue }
            seen.append(split.stemStart)
            body(UnsafeBufferPointer(rebasing: bytes[offsets[split.stemStart]...]))
        }
    }
}
