/// rouge-score's default tokenizer: lowercase, every run of characters other than `a-z0-9`
/// separates tokens, and, with stemming, NLTK's Porter stemmer on tokens longer than three
/// letters.
///
/// ```swift
/// EnglishRougeTokenizer(stemming: true).tokens("The U.N. envoy's talks resumed.")
/// // ["the", "u", "n", "envoy", "s", "talk", "resum"]
/// ```
///
/// Lowercasing follows Unicode's full mapping, as Python's `str.lower()` does, so `"İ"` and the
/// Kelvin sign still yield `i` and `k`; any other non-ASCII letter separates tokens.
///
/// - Complexity: O(n) in the length of the text.
public struct EnglishRougeTokenizer: RougeTokenizer {
    /// Whether tokens longer than three letters are reduced to their Porter stem.
    public let stemming: Bool
    private let stemmer = PorterStemmer()

    public init(stemming: Bool) {
        self.stemming = stemming
    }

    /// The tokens of `text`, in order.
    ///
    /// - Complexity: O(n) in the length of the text, plus the stemmer's work per long token.
    public func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        func finishToken() {
            guard !current.isEmpty else { return }
            let token = stemming && current.count > 3 ? stemmer.stem(ascii: current) : current
            // rouge-score keeps only tokens matching ^[a-z0-9]+$ after stemming.
            if !token.isEmpty && token.allSatisfy(Self.isTokenByte) {
                tokens.append(String(decoding: token, as: UTF8.self))
            }
            current.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(truncatingIfNeeded: scalar.value)
                if Self.isTokenByte(byte) {
                    current.append(byte)
                } else if byte >= 0x41 && byte <= 0x5A {
                    current.append(byte + 0x20)
                } else {
                    finishToken()
                }
            } else {
                for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
                    let value = lowered.value
                    if value < 0x80, Self.isTokenByte(UInt8(truncatingIfNeeded: value)) {
                        current.append(UInt8(truncatingIfNeeded: value))
                    } else {
                        finishToken()
                    }
                }
            }
        }
        finishToken()
        return tokens
    }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }
}
