/// The values of one of the term index's tables: an array while a glossary is compiled, or,
/// read back from a compiled glossary, its bytes used where they lie (the table keeps them
/// alive). Reading 100,000 concepts back then copies none of the 30 MB of tables into fresh
/// memory, which the kernel would first have to zero; a table read in place that is changed
/// becomes an array first.
///
/// ```swift
/// var starts: Table<Int32> = [0]
/// starts.append(4)          // an array, as while compiling
/// starts.withUnsafeBufferPointer { $0[1] }   // 4
/// ```
struct Table<Element: BitwiseCopyable>: @unchecked Sendable {
    // Either `inPlace` (with `owner`, which keeps its memory) or `array` holds the values.
    private var array: [Element]
    private var inPlace: UnsafeBufferPointer<Element>?
    private var owner: StableBytes?

    init(_ array: [Element]) {
        self.array = array
        inPlace = nil
        owner = nil
    }

    /// `values`, which lie in `owner`'s bytes, used where they are.
    init(inPlace values: UnsafeBufferPointer<Element>, owner: StableBytes) {
        array = []
        inPlace = values
        self.owner = owner
    }

    /// Whether the values are used in place (rather than held in an array).
    var isInPlace: Bool { inPlace != nil }

    @inline(__always)
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        if let inPlace { return try body(inPlace) }
        return try array.withUnsafeBufferPointer(body)
    }

    /// Turns values used in place into an array before a change.
    private mutating func makeArray() {
        guard let inPlace else { return }
        array = Array(inPlace)
        self.inPlace = nil
        owner = nil
    }
}

extension Table: RandomAccessCollection, MutableCollection, RangeReplaceableCollection, ExpressibleByArrayLiteral {
    init() {
        self.init([])
    }

    init(arrayLiteral elements: Element...) {
        self.init(elements)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { inPlace?.count ?? array.count }

    @inline(__always)
    subscript(position: Int) -> Element {
        get {
            guard let inPlace else { return array[position] }
            precondition(position >= 0 && position < inPlace.count, "Table: index out of range")
            return inPlace[position]
        }
        set {
            makeArray()
            array[position] = newValue
        }
    }

    mutating func replaceSubrange<C: Collection>(_ subrange: Range<Int>, with newElements: C) where C.Element == Element {
        makeArray()
        array.replaceSubrange(subrange, with: newElements)
    }

    mutating func reserveCapacity(_ n: Int) {
        makeArray()
        array.reserveCapacity(n)
    }

    func withContiguousStorageIfAvailable<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R? {
        try withUnsafeBufferPointer(body)
    }

    mutating func withContiguousMutableStorageIfAvailable<R>(
        _ body: (inout UnsafeMutableBufferPointer<Element>) throws -> R
    ) rethrows -> R? {
        makeArray()
        return try array.withContiguousMutableStorageIfAvailable(body)
    }
}
