/// Pairs system summaries with their references by file name, for
/// `dragoman eval --system DIR --refs DIR`; the caller lists the two folders, this only reads
/// the names (paths relative to each folder, `/`-separated).
///
/// ```swift
/// let pairing = ReferenceLayout.pair(
///     systemFiles: ["gaza.txt", "amman.txt", "beirut.txt"],
///     referenceFiles: ["gaza.1.txt", "gaza.2.txt", "amman/ahmad.txt", "amman/huda.txt", "cairo.txt"])
/// pairing.pairs["gaza"]?.references    // ["gaza.1.txt", "gaza.2.txt"]
/// pairing.pairs["amman"]?.references   // ["amman/ahmad.txt", "amman/huda.txt"]
/// pairing.missingReferences            // ["beirut"]
/// pairing.missingSystems               // ["cairo"]
/// ```
///
/// A file's stem is its path without a `.txt` or `.md` extension (any case). A document may have
/// one reference `STEM.txt`, several numbered ones `STEM.1.txt`, `STEM.2.txt`, …, or a folder
/// `STEM/` whose files are all references. A reference name is read as the most specific stem
/// that has a system summary (`report.2020.txt` belongs to a system `report.2020.txt` if there
/// is one, else it is reference 2020 of `report`). Hidden files (a name starting with `.`) are
/// ignored.
public enum ReferenceLayout {
    /// The pairs, by stem, and the names left without a partner.
    ///
    /// - Complexity: O((s + r) log(s + r)) for s system and r reference files.
    public static func pair(systemFiles: [String], referenceFiles: [String]) -> ReferencePairing {
        var systems: [String: String] = [:]
        var ignoredSystemFiles: [String] = []
        for file in systemFiles.filter(isVisible).sorted() {
            let stem = self.stem(of: file)
            if systems[stem] == nil {
                systems[stem] = file
            } else {
                ignoredSystemFiles.append(file)
            }
        }
        var references: [String: [String]] = [:]
        for file in referenceFiles.filter(isVisible) {
            let candidates = referenceStems(of: file)
            let stem = candidates.first { systems[$0] != nil } ?? candidates[candidates.count - 1]
            references[stem, default: []].append(file)
        }
        var pairs: [String: ReferencePair] = [:]
        for (stem, system) in systems {
            guard let files = references[stem] else { continue }
            pairs[stem] = ReferencePair(system: system, references: files.sorted(by: naturalOrder))
        }
        return ReferencePairing(
            pairs: pairs,
            missingReferences: systems.keys.filter { references[$0] == nil }.sorted(by: naturalOrder),
            missingSystems: references.keys.filter { systems[$0] == nil }.sorted(by: naturalOrder),
            ignoredSystemFiles: ignoredSystemFiles)
    }

    /// The text file extensions a stem drops, compared without regard to case.
    static let extensions = [".txt", ".md"]

    /// Whether `path` names a text file: it ends in `.txt` or `.md` (any case) after at least
    /// one other character.
    public static func hasTextExtension(_ path: String) -> Bool {
        textExtensionLength(path) > 0
    }

    private static func isVisible(_ path: String) -> Bool {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return !path.hasPrefix(".") }
        return path.utf8[path.utf8.index(after: slash)...].first != UInt8(ascii: ".")
    }

    /// A path without its text extension: `gaza.txt` → `gaza`, `D0103.M.250.A.1.A` unchanged.
    static func stem(of path: String) -> String {
        let length = textExtensionLength(path)
        guard length > 0 else { return path }
        return String(path[..<path.utf8.index(path.utf8.endIndex, offsetBy: -length)])
    }

    /// The length in bytes of `path`'s text extension, 0 when it has none.
    private static func textExtensionLength(_ path: String) -> Int {
        let bytes = path.utf8
        for suffix in extensions {
            let count = suffix.utf8.count
            guard bytes.count > count else { continue }
            if zip(bytes.suffix(count), suffix.utf8).allSatisfy({ lowercased($0) == $1 }) { return count }
        }
        return 0
    }

    /// An ASCII upper-case letter's lower-case byte; any other byte as it is.
    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// The stems a reference file may belong to, most specific first; the last is the stem it is
    /// reported under when no system summary claims it.
    static func referenceStems(of path: String) -> [String] {
        let stem = stem(of: path)
        var candidates = [stem]
        if let dot = stem.lastIndex(of: "."), !stem[stem.index(after: dot)...].contains("/") {
            let number = stem[stem.index(after: dot)...]
            if !number.isEmpty, number.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), dot > stem.startIndex {
                candidates.append(String(stem[..<dot]))
            }
        }
        if let slash = path.lastIndex(of: "/"), slash > path.startIndex {
            candidates.append(String(path[..<slash]))
        }
        return candidates
    }

    /// Names with their digit runs compared as numbers: `a.2.txt` before `a.10.txt`. Equal
    /// numbers with more leading zeros come after (`a.2` before `a.02`); anything else compares
    /// by Unicode scalar value (which UTF-8 byte order preserves).
    ///
    /// - Complexity: O(n) in the shorter name's length, with no allocation.
    static func naturalOrder(_ lhs: String, _ rhs: String) -> Bool {
        var lhs = lhs
        var rhs = rhs
        return lhs.withUTF8 { left in rhs.withUTF8 { right in naturalOrder(left, right) } }
    }

    private static func naturalOrder(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        var j = 0
        while i < left.count && j < right.count {
            let a = left[i]
            let b = right[j]
            if isDigit(a) && isDigit(b) {
                let leftEnd = digitRunEnd(left, from: i)
                let rightEnd = digitRunEnd(right, from: j)
                var leftStart = i
                while leftStart < leftEnd && left[leftStart] == 0x30 { leftStart += 1 }
                var rightStart = j
                while rightStart < rightEnd && right[rightStart] == 0x30 { rightStart += 1 }
                let leftDigits = leftEnd - leftStart
                let rightDigits = rightEnd - rightStart
                if leftDigits != rightDigits { return leftDigits < rightDigits }
                for offset in 0..<leftDigits where left[leftStart + offset] != right[rightStart + offset] {
                    return left[leftStart + offset] < right[rightStart + offset]
                }
                if leftEnd - i != rightEnd - j { return leftEnd - i < rightEnd - j }
                i = leftEnd
                j = rightEnd
                continue
            }
            if a != b { return a < b }
            i += 1
            j += 1
        }
        return i == left.count && j < right.count
    }

    private static func digitRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        while end < bytes.count && isDigit(bytes[end]) { end += 1 }
        return end
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }
}
