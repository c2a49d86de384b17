/// Normalises Arabic news text for display or for matching, keeping a map back to the original.
///
/// ```swift
/// Normalizer.matchingKey.key("الأمريكيّةُ")   // "الامريكيه"
/// Normalizer.display.key("جـديد  ﻻ")          // "جديد لا"
/// ```
///
/// The same normaliser serves the tokeniser, the store's search index, the term matcher, the
/// summarizer and ROUGE: there is one definition of "the same word" in Dragoman.
///
/// - Complexity: O(n) in the UTF-8 length of the text; one pass over its bytes.
public struct Normalizer: Sendable {
    /// The rules this normaliser applies.
    public let options: NormalizationOptions

    /// What each scalar of the Arabic block U+0600...U+06FF becomes: 0 when dropped, 0xFFFF
    /// when `emit` must decide, else its replacement. Filled by `emit` itself, so the fast path
    /// in `run` cannot disagree with it.
    private let arabicBlock: [UInt16]

    public init(_ options: NormalizationOptions) {
        let slow = Normalizer(options: options, arabicBlock: [])
        var table = [UInt16](repeating: 0xFFFF, count: 0x100)
        for offset in 0..<0x100 {
            var output: [UInt8] = []
            var origins: [Int32] = []
            var previousWasSpace = false
            slow.emit(0x0600 + UInt32(offset), origin: 0, into: &output, origins: &origins, record: false,
                      previousWasSpace: &previousWasSpace)
            if output.isEmpty {
                table[offset] = 0
            } else if case let (value, length) = output.withUnsafeBufferPointer({ decodeScalar($0, at: 0) }),
                length == output.count, value > 0, value < 0xFFFF
            {
                table[offset] = UInt16(value)
            }
        }
        self.init(options: options, arabicBlock: table)
    }

    private init(options: NormalizationOptions, arabicBlock: [UInt16]) {
        self.options = options
        self.arabicBlock = arabicBlock
    }

    /// Display level: presentation forms, invisible controls, tatweel, space runs.
    public static let display = Normalizer(.display)
    /// Matching-key level: display plus diacritics, alef forms, alef maqsura, taa marbuta,
    /// digits and Latin case.
    public static let matchingKey = Normalizer(.matchingKey)

    /// The normalised text with the offset of every normalised scalar in the original.
    public func normalize(_ text: String) -> NormalizedText {
        var origins: [Int32] = []
        var bytes: [UInt8] = []
        run(text, into: &bytes, origins: &origins, recordOrigins: true)
        return NormalizedText(text: String(decoding: bytes, as: UTF8.self), origins: origins)
    }

    /// Normalises `text` into buffers reused from text to text: `bytes` receives the normalised
    /// UTF-8 (what `normalize(_:).text` holds), `origins` the offset map (as
    /// `NormalizedText.origins`; see `NormalizedText.originalRange(of:in:)`). Hot paths use it
    /// to skip building a `String`; nothing is allocated once the buffers have grown.
    ///
    /// - Complexity: O(n) in the UTF-8 length of the text.
    public func normalize(_ text: String, into bytes: inout [UInt8], origins: inout [Int32]) {
        bytes.removeAll(keepingCapacity: true)
        origins.removeAll(keepingCapacity: true)
        run(text, into: &bytes, origins: &origins, recordOrigins: true)
    }

    /// The normalised text alone (no offset map): for keys, indexes and look-ups.
    public func key(_ text: String) -> String {
        var unused: [Int32] = []
        var bytes: [UInt8] = []
        run(text, into: &bytes, origins: &unused, recordOrigins: false)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The normalised text alone into a buffer reused from text to text (hot paths).
    public func key(_ text: String, into bytes: inout [UInt8]) {
        var unused: [Int32] = []
        bytes.removeAll(keepingCapacity: true)
        run(text, into: &bytes, origins: &unused, recordOrigins: false)
    }

    /// The start of the key of `text` into `bytes`: scalars are normalised until the key has
    /// at least `length` bytes or the text ends. Normalising reads the text left to right and
    /// never looks ahead, so what it holds is exactly the first bytes of `key(text)`: enough
    /// to tell whether the key starts with something `length` bytes long, without the rest.
    public func key(_ text: String, into bytes: inout [UInt8], atLeast length: Int) {
        var unused: [Int32] = []
        bytes.removeAll(keepingCapacity: true)
        run(text, into: &bytes, origins: &unused, recordOrigins: false, until: length)
    }

    /// The normalised form of one scalar: nil when the scalar is dropped, else the replacement
    /// (usually one scalar; presentation forms may give several).
    ///
    /// Used by code that walks text scalar by scalar (the tokeniser, the date parser).
    public func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
        var output: [UInt8] = []
        var origins: [Int32] = []
        var previousWasSpace = false
        emit(scalar.value, origin: 0, into: &output, origins: &origins, record: false,
             previousWasSpace: &previousWasSpace)
        if output.isEmpty { return nil }
        return Array(String(decoding: output, as: UTF8.self).unicodeScalars)
    }

    /// Appends the normalised UTF-8 of `text` to `output` (and the offset map to `origins`).
    /// Stops (without closing `origins`) once `output` has `limit` bytes or more.
    ///
    /// The common scalars (ASCII, and the Arabic block by table) are written to small buffers
    /// on the stack and appended to the arrays a few hundred at a time: appended one by one,
    /// each cost a capacity and a uniqueness check. The rest go through `emit`.
    private func run(
        _ text: String, into output: inout [UInt8], origins: inout [Int32], recordOrigins: Bool, until limit: Int = .max
    ) {
        text.withUTF8Bytes { bytes in
            output.reserveCapacity(output.count + min(bytes.count, limit))
            if recordOrigins { origins.reserveCapacity(origins.count + bytes.count / 2 + 2) }
            var index = 0
            var scalarIndex: Int32 = 0
            var previousWasSpace = false
            var stopped = false
            let capacity = 256
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { pending in
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: capacity) { pendingOrigins in
                    var pendingCount = 0
                    var pendingOriginCount = 0
                    func flush() {
                        output.append(contentsOf: UnsafeBufferPointer(rebasing: pending[..<pendingCount]))
                        origins.append(contentsOf: UnsafeBufferPointer(rebasing: pendingOrigins[..<pendingOriginCount]))
                        pendingCount = 0
                        pendingOriginCount = 0
                    }
                    while index < bytes.count {
                        // One scalar writes at most three bytes on the fast paths.
                        if pendingCount > capacity - 3 || pendingOriginCount == capacity { flush() }
                        if output.count + pendingCount >= limit {
                            stopped = true
                            break
                        }
                        let lead = bytes[index]
                        if lead < 0x80 {
                            if let byte = asciiOutput(UInt32(lead), previousWasSpace: &previousWasSpace) {
                                pending[pendingCount] = byte
                                pendingCount += 1
                                if recordOrigins {
                                    pendingOrigins[pendingOriginCount] = scalarIndex
                                    pendingOriginCount += 1
                                }
                            }
                            index += 1
                            scalarIndex += 1
                            continue
                        }
                        // The Arabic block (lead bytes D8...DB) by table: most of an Arabic text.
                        if lead & 0xFC == 0xD8, index + 1 < bytes.count, arabicBlock.count == 0x100,
                            case let replacement = arabicBlock[Int(lead & 0x03) << 6 | Int(bytes[index + 1] & 0x3F)],
                            replacement != 0xFFFF
                        {
                            if replacement != 0 {
                                previousWasSpace = false
                                pendingCount += writeUTF8(UInt32(replacement), to: pending, at: pendingCount)
                                if recordOrigins {
                                    pendingOrigins[pendingOriginCount] = scalarIndex
                                    pendingOriginCount += 1
                                }
                            }
                            index += 2
                            scalarIndex += 1
                            continue
                        }
                        flush()
                        let (value, length) = decodeScalar(bytes, at: index)
                        index += length
                        emit(value, origin: scalarIndex, into: &output, origins: &origins,
                             record: recordOrigins, previousWasSpace: &previousWasSpace)
                        scalarIndex += 1
                    }
                    flush()
                }
            }
            if recordOrigins && !stopped { origins.append(scalarIndex) }
        }
    }

    /// What an ASCII scalar becomes: a space of a run after the first is dropped (nil), other
    /// white space becomes a space, a capital its small letter, each as the options say.
    @inline(__always)
    private func asciiOutput(_ value: UInt32, previousWasSpace: inout Bool) -> UInt8? {
        var value = value
        if value == 0x20 || value == 0x09 || value == 0x0B || value == 0x0C {
            if options.contains(.spaceRuns) {
                if previousWasSpace { return nil }
                previousWasSpace = true
                value = 0x20
            }
        } else {
            previousWasSpace = false
            if options.contains(.latinCase), value >= 0x41, value <= 0x5A { value += 0x20 }
        }
        return UInt8(truncatingIfNeeded: value)
    }

    /// Applies the options to one scalar and appends the result.
    @inline(__always)
    private func emit(
        _ value: UInt32, origin: Int32, into output: inout [UInt8], origins: inout [Int32],
        record: Bool, previousWasSpace: inout Bool
    ) {
        var value = value
        if value < 0x80 {
            guard let byte = asciiOutput(value, previousWasSpace: &previousWasSpace) else { return }
            output.append(byte)
            if record { origins.append(origin) }
            return
        }
        if value >= 0x0600 && value <= 0x06FF {
            switch value {
            case 0x0640 where options.contains(.tatweel):
                return
            case _ where options.contains(.diacritics) && ScalarClass.isDiacritic(value):
                return
            case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673:
                if options.contains(.alefForms) { value = 0x0627 }
            case 0x0649, 0x06CC:
                if options.contains(.alefMaqsura) { value = 0x064A }
            case 0x0629:
                if options.contains(.taaMarbuta) { value = 0x0647 }
            case 0x0660...0x0669:
                if options.contains(.digits) { value = value - 0x0660 + 0x30 }
            case 0x06F0...0x06F9:
                if options.contains(.digits) { value = value - 0x06F0 + 0x30 }
            case 0x06A9:
                if options.contains(.digits) { value = 0x0643 }
            case 0x061C:
                if options.contains(.invisibleControls) { return }
            default:
                break
            }
            previousWasSpace = false
            appendUTF8(value, to: &output)
            if record { origins.append(origin) }
            return
        }
        if options.contains(.invisibleControls) && ScalarClass.isInvisibleControl(value) { return }
        if options.contains(.diacritics) && ScalarClass.isDiacritic(value) { return }
        if ScalarClass.isHorizontalSpace(value) && options.contains(.spaceRuns) {
            if previousWasSpace { return }
            previousWasSpace = true
            output.append(0x20)
            if record { origins.append(origin) }
            return
        }
        if options.contains(.presentationForms) && ScalarClass.hasPresentationForm(value),
            let replacement = CompatibilityForms.table[value]
        {
            for scalar in replacement {
                // The replacement is itself normalised (ﻷ → لأ → لا at the matching level).
                emit(scalar.value, origin: origin, into: &output, origins: &origins, record: record,
                     previousWasSpace: &previousWasSpace)
            }
            return
        }
        if options.contains(.latinCase), value < 0x0250, let scalar = Unicode.Scalar(value),
            scalar.properties.isUppercase
        {
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            previousWasSpace = false
            for scalar in lower {
                appendUTF8(scalar.value, to: &output)
                if record { origins.append(origin) }
            }
            return
        }
        previousWasSpace = false
        appendUTF8(value, to: &output)
        if record { origins.append(origin) }
    }
}

/// Writes the UTF-8 of `value` (below U+10000) into `buffer` from `offset` on, where there is
/// room for three bytes; the number of bytes written.
@inline(__always)
func writeUTF8(_ value: UInt32, to buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
    switch value {
    case 0..<0x80:
        buffer[offset] = UInt8(truncatingIfNeeded: value)
        return 1
    case 0x80..<0x800:
        buffer[offset] = UInt8(truncatingIfNeeded: 0xC0 | (value >> 6))
        buffer[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
        return 2
    default:
        buffer[offset] = UInt8(truncatingIfNeeded: 0xE0 | (value >> 12))
        buffer[offset + 1] = UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F))
        buffer[offset + 2] = UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F))
        return 3
    }
}

@inline(__always)
func appendUTF8(_ value: UInt32, to output: inout [UInt8]) {
    switch value {
    case 0..<0x80:
        output.append(UInt8(truncatingIfNeeded: value))
    case 0x80..<0x800:
        output.append(UInt8(truncatingIfNeeded: 0xC0 | (value >> 6)))
        output.append(UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F)))
    case 0x800..<0x10000:
        output.append(UInt8(truncatingIfNeeded: 0xE0 | (value >> 12)))
        output.append(UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F)))
        output.append(UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F)))
    default:
        output.append(UInt8(truncatingIfNeeded: 0xF0 | (value >> 18)))
        output.append(UInt8(truncatingIfNeeded: 0x80 | ((value >> 12) & 0x3F)))
        output.append(UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F)))
        output.append(UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F)))
    }
}
