/// A word as Unicode scalar values.
typealias Letters = [UInt32]

/// The scalar values of an ASCII literal.
func letters(_ text: String) -> Letters {
    text.unicodeScalars.map(\.value)
}

/// Suffix handling for the stemmer's `Letters`.
extension Array where Element == UInt32 {
    func hasSuffix(_ suffix: Letters) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }

    func droppingLast(_ k: Int) -> Letters {
        Array(self[..<(count - k)])
    }
}
