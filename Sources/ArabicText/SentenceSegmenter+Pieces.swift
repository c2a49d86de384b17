/// Cutting a long text on all cores: the text is split into pieces at line breaks that no
/// sentence crosses, each piece is cut on its own, and the pieces' sentences are joined.
extension SentenceSegmenter {
    /// Texts of at least this many UTF-8 bytes are cut in pieces; shorter ones (an article is
    /// a few KB) are not worth a thread.
    static let shortestTextInPieces = 1 << 18

    /// The sentences of `text` cut in `wanted` pieces, shared among the cores, exactly as
    /// `sentencesInOnePiece` cuts them; nil when `wanted` is 1 or no safe place to split was found.
    ///
    /// Every rule of the segmenter looks no further than the line before and the line after a
    /// line break (an abbreviation ending a line joins the next; closing quotes at the start
    /// of a line are pulled back), and a line break otherwise always ends a sentence. So a
    /// piece may start after the line break between two non-blank lines when cutting those
    /// two lines alone puts no sentence across that break: then neither side can change the
    /// other's sentences. Where the check fails, the next line break is tried.
    ///
    /// - Complexity: O(n), divided among the cores.
    func sentencesInPieces(_ text: String, pieces wanted: Int = Cores.available) -> [Sentence]? {
        guard wanted > 1 else { return nil }
        let starts = text.withUTF8Bytes { bytes -> [Int] in
            var starts = [0]
            for piece in 1..<wanted {
                let target = bytes.count * piece / wanted
                guard target > starts[starts.count - 1], let start = safeStart(in: text, bytes: bytes, from: target) else { continue }
                if start < bytes.count && start > starts[starts.count - 1] { starts.append(start) }
            }
            return starts
        }
        guard starts.count > 1 else { return nil }
        let bounds = starts + [text.utf8.count]
        // Each piece's sentences (ranges from the piece's start) and its scalar count.
        let pieces = (0..<starts.count).map { bounds[$0]..<bounds[$0 + 1] }.concurrentMap { piece in
            text.withUTF8Bytes { bytes in
                let scalars = scalarCount(ofUTF8: UnsafeBufferPointer(rebasing: bytes[piece]))
                return (sentences: self.sentences(in: text, bytes: piece), scalars: scalars)
            }
        }
        var sentences: [Sentence] = []
        sentences.reserveCapacity(pieces.reduce(0) { $0 + $1.sentences.count })
        var offset = 0
        for piece in pieces {
            for sentence in piece.sentences {
                sentences.append(Sentence(
                    index: sentences.count, text: sentence.text, kind: sentence.kind,
                    range: (sentence.range.lowerBound + offset)..<(sentence.range.upperBound + offset)))
            }
            offset += piece.scalars
        }
        return sentences
    }

    /// The byte offset of the first line at or after `target` (past the line break found
    /// there) where a piece may start, or nil when none is found within a few hundred lines.
    private func safeStart(in text: String, bytes: UnsafeBufferPointer<UInt8>, from target: Int) -> Int? {
        var breakAt = target
        for _ in 0..<512 {
            while breakAt < bytes.count, bytes[breakAt] != 0x0A { breakAt += 1 }
            guard breakAt + 1 < bytes.count else { return nil }
            let start = breakAt + 1
            var lineStart = breakAt
            while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
            var lineEnd = start
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            if Self.hasText(bytes[lineStart..<breakAt]), Self.hasText(bytes[start..<lineEnd]),
                noSentenceCrosses(in: text, bytes: bytes, window: lineStart..<lineEnd, at: start)
            {
                return start
            }
            breakAt = lineEnd
        }
        return nil
    }

    /// Whether cutting the two lines `window` (bytes of `text`) alone ends a sentence at byte
    /// `split` (the start of the second line).
    private func noSentenceCrosses(in text: String, bytes: UnsafeBufferPointer<UInt8>, window: Range<Int>, at split: Int) -> Bool {
        let scalarsBefore = scalarCount(ofUTF8: UnsafeBufferPointer(rebasing: bytes[window.lowerBound..<split]))
        return !sentences(in: text, bytes: window).contains {
            $0.range.lowerBound < scalarsBefore && $0.range.upperBound > scalarsBefore
        }
    }

    /// Whether a line has anything but spaces, tabs and a carriage return.
    private static func hasText(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        line.contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }
    }
}
