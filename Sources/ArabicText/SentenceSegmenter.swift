import CICU

/// Cuts a news article into sentences, headings and metadata lines.
///
/// ```swift
/// SentenceSegmenter().sentences(in: "قال المسؤول إن الوضع هادئ.وأضاف أن القوات باقية.")
///     .map(\.text)   // ["قال المسؤول إن الوضع هادئ.", "وأضاف أن القوات باقية."]
/// ```
///
/// ICU's sentence break iterator proposes the breaks; rules for what real Arabic copy does
/// then correct it: no break after an initial or abbreviation (`وليام إتش.` `د.` `U.S.`), even
/// across a line break; a break at a stop glued to the next word (`المنطقة.قائد`); closing
/// quotes (`″` too) stay with their sentence; no break inside a short quotation or parenthesis
/// (`"... العزم.. عملية ..."`, `(…)`); every line break ends a sentence otherwise.
///
/// - Complexity: O(n) in the length of the text.
public struct SentenceSegmenter: Sendable {
    /// The ICU locale whose sentence rules are the starting point.
    public let locale: String
    /// Quotations and parentheses up to this many scalars are kept whole.
    public let longestKeptQuotation: Int

    public init(locale: String = "ar", longestKeptQuotation: Int = 400) {
        self.locale = locale
        self.longestKeptQuotation = longestKeptQuotation
    }

    /// The sentences of `text`, in order, with Unicode scalar offsets into `text`. A long text
    /// is cut on all cores (`sentencesInPieces`), with the same result, in pieces of about
    /// `pieceSize` bytes: a piece's working arrays (several bytes a scalar) then stay in a
    /// core's cache through the rules' passes, and its memory serves the next piece.
    public func sentences(in text: String) -> [Sentence] {
        let bytes = text.utf8.count
        if bytes >= Self.shortestTextInPieces,
            let sentences = sentencesInPieces(text, pieces: max(Cores.available, bytes / Self.pieceSize))
        {
            return sentences
        }
        return sentencesInOnePiece(text)
    }

    /// The size of a piece of a long text, in UTF-8 bytes.
    static let pieceSize = 1 << 18

    /// The sentences of `text`, cut on the calling thread.
    func sentencesInOnePiece(_ text: String) -> [Sentence] {
        sentences(in: text, bytes: 0..<text.utf8.count)
    }

    /// The sentences of the UTF-8 bytes `piece` of `text` (a range that starts and ends
    /// between scalars), with scalar offsets from the piece's start.
    func sentences(in text: String, bytes piece: Range<Int>) -> [Sentence] {
        text.withUTF8Bytes { all in sentences(in: text, bytes: UnsafeBufferPointer(rebasing: all[piece]), at: piece.lowerBound) }
    }

    /// The sentences of `bytes`, which are `text`'s from byte `base` on.
    private func sentences(in text: String, bytes: UnsafeBufferPointer<UInt8>, at base: Int) -> [Sentence] {
        let count = scalarCount(ofUTF8: bytes)
        // Each scalar, and the byte offset where each starts (and, last, the end): a sentence's
        // text is then cut from the bytes without walking them again.
        var byteOffsets = [Int](repeating: bytes.count, count: count + 1)
        // And where the scalars the rules look at are (`isRuleMark`), in order.
        var marks: [Int32] = []
        marks.reserveCapacity(count / 8)
        let scalars = byteOffsets.withUnsafeMutableBufferPointer { offsets in
            [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
                var index = 0
                while initialized < count {
                    let (value, length) = decodeScalar(bytes, at: index)
                    buffer.initializeElement(at: initialized, to: Unicode.Scalar(value) ?? "\u{FFFD}")
                    if Self.isRuleMark(value) { marks.append(Int32(truncatingIfNeeded: initialized)) }
                    offsets[initialized] = index
                    initialized += 1
                    index += length
                }
            }
        }
        guard !scalars.isEmpty else { return [] }
        var breaks = icuBreaks(scalars)
        let lines = Self.lineRanges(scalars, marks: marks)
        for line in lines { breaks[line.upperBound] = true }
        addGluedStopBreaks(scalars, marks: marks, &breaks)
        moveBreaksPastClosingQuotes(scalars, marks: marks, &breaks)
        removeBreaksInsideQuotations(scalars, lines: lines, marks: marks, &breaks)
        removeBreaksAfterAbbreviations(scalars, &breaks)

        // Sentence texts are cut from the text by byte offsets (a slice of a string is copied
        // without checking its UTF-8 again; appending scalars one by one is slow).
        let utf8 = text.utf8
        var sentences: [Sentence] = []
        var start = 0
        for position in 1...scalars.count where breaks[position] {
            defer { start = position }
            guard let range = Self.trimmed(start..<position, in: scalars) else { continue }
            let lower = utf8.index(utf8.startIndex, offsetBy: base + byteOffsets[range.lowerBound])
            let upper = utf8.index(utf8.startIndex, offsetBy: base + byteOffsets[range.upperBound])
            sentences.append(Sentence(index: sentences.count, text: String(Substring(utf8[lower..<upper])),
                                      kind: .body, range: range))
        }
        return classify(sentences, scalars: scalars, lines: lines)
    }

    /// `breaks[p]` is true when a sentence may end between scalar p-1 and p.
    private func icuBreaks(_ scalars: [Unicode.Scalar]) -> [Bool] {
        var breaks = [Bool](repeating: false, count: scalars.count + 1)
        breaks[scalars.count] = true
        // The UTF-16 ICU reads, built from the scalars (`String.utf16` on a UTF-8 string is
        // slow), and, when the text has scalars beyond U+FFFF (an emoji), the scalar offset of
        // each UTF-16 offset (surrogate pairs share one); without them the two offsets agree
        // and the table (4 bytes a scalar) is not built.
        var utf16: [UInt16] = []
        utf16.reserveCapacity(scalars.count + 16)
        var scalarAt: [Int32] = []
        if scalars.contains(where: { $0.value >= 0x10000 }) {
            scalarAt.reserveCapacity(scalars.count + 16)
            for (index, scalar) in scalars.enumerated() {
                if scalar.value < 0x10000 {
                    utf16.append(UInt16(truncatingIfNeeded: scalar.value))
                    scalarAt.append(Int32(truncatingIfNeeded: index))
                } else {
                    let offset = scalar.value - 0x10000
                    utf16.append(0xD800 | UInt16(truncatingIfNeeded: offset >> 10))
                    utf16.append(0xDC00 | UInt16(truncatingIfNeeded: offset & 0x3FF))
                    scalarAt.append(Int32(truncatingIfNeeded: index))
                    scalarAt.append(Int32(truncatingIfNeeded: index))
                }
            }
            scalarAt.append(Int32(truncatingIfNeeded: scalars.count))
        } else {
            for scalar in scalars { utf16.append(UInt16(truncatingIfNeeded: scalar.value)) }
        }
        var capacity = max(16, utf16.count / 16)
        while true {
            var boundaries = [Int32](repeating: 0, count: capacity)
            let count = utf16.withUnsafeBufferPointer { source in
                boundaries.withUnsafeMutableBufferPointer { destination in
                    dragoman_sentence_breaks(locale, source.baseAddress, Int32(source.count),
                                             destination.baseAddress, Int32(destination.count))
                }
            }
            if count < 0 { return breaks }  // ICU unavailable: the rules and line breaks still apply
            if Int(count) > capacity {
                capacity = Int(count)
                continue
            }
            for boundary in boundaries[0..<Int(count)] {
                breaks[scalarAt.isEmpty ? Int(boundary) : Int(scalarAt[Int(boundary)])] = true
            }
            return breaks
        }
    }

    /// The lines of the text (without their line-break scalars); `marks` holds every line
    /// break's position (`isRuleMark`).
    static func lineRanges(_ scalars: [Unicode.Scalar], marks: [Int32]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        for mark in marks {
            var index = Int(mark)
            // Not the line feed of a CR LF, which is one line break.
            guard index >= start, ScalarClass.isLineBreak(scalars[index].value) else { continue }
            lines.append(start..<index)
            if scalars[index].value == 0x0D, index + 1 < scalars.count, scalars[index + 1].value == 0x0A { index += 1 }
            start = index + 1
        }
        if start < scalars.count { lines.append(start..<scalars.count) }
        return lines
    }

    /// `range` without surrounding white space and invisible controls; nil if nothing is left.
    static func trimmed(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        func isBlank(_ scalar: Unicode.Scalar) -> Bool {
            ScalarClass.isSpace(scalar.value) || ScalarClass.isInvisibleControl(scalar.value)
        }
        while lower < upper, isBlank(scalars[lower]) { lower += 1 }
        while upper > lower, isBlank(scalars[upper - 1]) { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }
}
