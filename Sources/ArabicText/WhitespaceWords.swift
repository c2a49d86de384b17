/// Words as runs of anything but white space: the unit of `--words` budgets and of the
/// evaluation protocol's cut (a reference's length is its whitespace-separated word count).
/// White space is Unicode's White_Space property (`ScalarClass.isSpace`, without the property
/// look-up, which is slow on hot paths).
public enum WhitespaceWords {
    /// Whether `scalar` is white space (Unicode's White_Space property).
    @inline(__always)
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isSpace(scalar.value)
    }

    /// The number of whitespace-separated words in `text`.
    ///
    /// - Complexity: O(n) in the UTF-8 length of the text; only the bytes that begin a
    ///   scalar outside ASCII are decoded.
    public static func count(in text: String) -> Int {
        text.withUTF8Bytes { bytes in
            var count = 0
            var inWord = false
            var index = 0
            while index < bytes.count {
                let (value, length) = decodeScalar(bytes, at: index)
                index += length
                let isSpace = ScalarClass.isSpace(value)
                if !isSpace && !inWord { count += 1 }
                inWord = !isSpace
            }
            return count
        }
    }
}
