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

    /// The text file extensions a stem drops.
    static let extensions = [".txt", ".md"]

    private static func isVisible(_ path: String) -> Bool {
        guard let name = path.split(separator: "/").last else { return false }
        return !name.hasPrefix(".")
    }

    /// A path without its text extension: `gaza.txt` → `gaza`, `D0103.M.250.A.1.A` unchanged.
    static func stem(of path: String) -> String {
        let lowered = path.lowercased()
        for suffix in extensions where lowered.hasSuffix(suffix) && lowered.count > suffix.count {
            return String(path.dropLast(suffix.count))
        }
        return path
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

    /// Names with their digit runs compared as numbers: `a.2.txt` before `a.10.txt`.
    static func naturalOrder(_ lhs: String, _ rhs: String) -> Bool {
        var left = lhs.unicodeScalars.makeIterator()
        var right = rhs.unicodeScalars.makeIterator()
        var l = left.next()
        var r = right.next()
        while let a = l, let b = r {
            if isDigit(a) && isDigit(b) {
                var leftNumber = "", rightNumber = ""
                while let c = l, isDigit(c) { leftNumber.unicodeScalars.append(c); l = left.next() }
                while let c = r, isDigit(c) { rightNumber.unicodeScalars.append(c); r = right.next() }
                let leftValue = leftNumber.drop { $0 == "0" }, rightValue = rightNumber.drop { $0 == "0" }
                if leftValue.count != rightValue.count { return leftValue.count < rightValue.count }
                if leftValue != rightValue { return leftValue < rightValue }
                if leftNumber.count != rightNumber.count { return leftNumber.count < rightNumber.count }
                continue
            }
            if a != b { return a.value < b.value }
            l = left.next()
            r = right.next()
        }
        return l == nil && r != nil
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }
}
