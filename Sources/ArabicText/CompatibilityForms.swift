import CICU

/// NFKC replacements for the presentation-form ranges, computed once through ICU.
///
/// Only scalars for which `ScalarClass.hasPresentationForm` is true are looked up here: Arabic
/// presentation forms (`ﻻ` → `لا`, `ﺑ` → `ب`) and half/full-width forms (`１` → `1`). Applying
/// NFKC per scalar rather than to the whole text keeps every output scalar traceable to exactly
/// one input scalar.
enum CompatibilityForms {
    /// Replacement scalars keyed by the scalar they replace; absent when NFKC leaves it alone.
    static let table: [UInt32: [Unicode.Scalar]] = {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        let ranges: [ClosedRange<UInt32>] = [0xFB50...0xFDFF, 0xFE70...0xFEFC, 0xFF01...0xFFEE]
        var output = [UInt16](repeating: 0, count: 32)
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let input = Array(String(scalar).utf16)
                let written = input.withUnsafeBufferPointer { source in
                    output.withUnsafeMutableBufferPointer { destination in
                        dragoman_nfkc(
                            source.baseAddress, Int32(source.count), destination.baseAddress,
                            Int32(destination.count))
                    }
                }
                guard written > 0, written <= output.count else { continue }
                let replacement = Array(String(decoding: output[0..<Int(written)], as: UTF16.self).unicodeScalars)
                if replacement != [scalar] { table[value] = replacement }
            }
        }
        return table
    }()
}
