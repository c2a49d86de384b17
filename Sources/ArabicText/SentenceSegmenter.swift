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

    /// The sentences of `text`, in order, with Unicode scalar offsets into `text`.
    public func sentences(in text: String) -> [Sentence] {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else { return [] }
        var breaks = icuBreaks(text, scalarCount: scalars.count)
        let lines = Self.lineRanges(scalars)
        for line in lines { breaks[line.upperBound] = true }
        addGluedStopBreaks(scalars, &breaks)
        moveBreaksPastClosingQuotes(scalars, &breaks)
        removeBreaksInsideQuotations(scalars, lines: lines, &breaks)
        removeBreaksAfterAbbreviations(scalars, &breaks)

        // Sentence texts are cut from the UTF-8 bytes: appending scalars one by one is slow.
        var utf8Offsets = [Int](repeating: 0, count: scalars.count + 1)
        for (index, scalar) in scalars.enumerated() {
            utf8Offsets[index + 1] = utf8Offsets[index] + UTF8.width(scalar)
        }
        var sentences: [Sentence] = []
        text.withUTF8Bytes { bytes in
            var start = 0
            for position in 1...scalars.count where breaks[position] {
                defer { start = position }
                guard let range = Self.trimmed(start..<position, in: scalars) else { continue }
                let slice = UnsafeBufferPointer(rebasing: bytes[utf8Offsets[range.lowerBound]..<utf8Offsets[range.upperBound]])
                sentences.append(Sentence(index: sentences.count, text: String(decoding: slice, as: UTF8.self),
                                          kind: .body, range: range))
            }
        }
        return classify(sentences, scalars: scalars, lines: lines)
    }

    /// `breaks[p]` is true when a sentence may end between scalar p-1 and p.
    private func icuBreaks(_ text: String, scalarCount: Int) -> [Bool] {
        var breaks = [Bool](repeating: false, count: scalarCount + 1)
        breaks[scalarCount] = true
        let utf16 = Array(text.utf16)
        // Scalar offset of each UTF-16 offset (surrogate pairs share one).
        var scalarAt = [Int32](repeating: 0, count: utf16.count + 1)
        var scalar: Int32 = 0
        var unit = 0
        while unit < utf16.count {
            scalarAt[unit] = scalar
            if UTF16.isLeadSurrogate(utf16[unit]), unit + 1 < utf16.count {
                unit += 1
                scalarAt[unit] = scalar
            }
            unit += 1
            scalar += 1
        }
        scalarAt[utf16.count] = scalar
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
                breaks[Int(scalarAt[Int(boundary)])] = true
            }
            return breaks
        }
    }

    /// The lines of the text (without their line-break scalars).
    static func lineRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            let value = scalars[index].value
            if ScalarClass.isLineBreak(value) {
                lines.append(start..<index)
                // CR LF is one line break.
                if value == 0x0D, index + 1 < scalars.count, scalars[index + 1].value == 0x0A { index += 1 }
                start = index + 1
            }
            index += 1
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
