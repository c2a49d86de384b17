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
        key.withUTF8Bytes { indexText(ofKeyBytes: $0) }
    }

    /// The index text of the UTF-8 bytes of a matching-key text (as `Normalizer.key(_:into:)`
    /// writes them): hot paths skip building the key's `String`.
    public static func indexText(ofKeyBytes key: UnsafeBufferPointer<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(key.count * 2)
        Tokenizer().scan(utf8: key) { kind, byteRange, _ in
            guard kind != .punctuation else { return }
            forEachReading(of: UnsafeBufferPointer(rebasing: key[byteRange]), kind: kind) { reading in
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
        // The word's first letters with their byte offsets (no allocation: this runs per word).
        let letters = KeyLetters(bytes)
        if kind != .arabic {
            // A code or number with a glued proclitic: the reading without it (the proclitics
            // are among the first five letters).
            var prefix = 0
            while prefix < min(5, letters.count), ScalarClass.isArabicLetter(letters.value(prefix)) { prefix += 1 }
            if prefix < min(5, letters.count) { body(UnsafeBufferPointer(rebasing: bytes[letters.offset(prefix)...])) }
            return
        }
        var seen: UInt32 = 1  // stem starts already given, as bits: the whole word's is 0
        var isWholeWord = true
        CliticAnalyzer.forEachProcliticSplit(count: letters.count, letter: letters.value) { split in
            if isWholeWord {
                isWholeWord = false
                return
            }
            // A reading keeps at least two letters.
            guard seen & (1 << split.stemStart) == 0, letters.count - split.stemStart >= 2 else { return }
            seen |= 1 << split.stemStart
            body(UnsafeBufferPointer(rebasing: bytes[letters.offset(split.stemStart)...]))
        }
    }
}
