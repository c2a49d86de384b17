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
    /// - Complexity: O(n) in the UTF-8 length of the text; a scalar outside ASCII is decoded
    ///   only when its lead byte is one that white space can begin with.
    public static func count(in text: String) -> Int {
        text.withUTF8Bytes { bytes in
            var count = 0
            var inWord = false
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                let isSpace: Bool
                if lead < 0x80 {
                    isSpace = lead == 0x20 || (lead >= 0x09 && lead <= 0x0D)
                    index += 1
                } else if lead == 0xC2 || (lead >= 0xE1 && lead <= 0xE3) {
                    // The only lead bytes of white space outside ASCII: U+0085 and U+00A0
                    // (C2), U+1680 (E1), U+2000...U+205F (E2), U+3000 (E3).
                    let (value, length) = decodeScalar(bytes, at: index)
                    isSpace = ScalarClass.isSpace(value)
                    index += length
                } else {
                    isSpace = false
                    index += lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                }
                if !isSpace && !inWord { count += 1 }
                inWord = !isSpace
            }
            return count
        }
    }
}
