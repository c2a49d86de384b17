import Testing
import ArabicText

/// The helpers that spread work over the cores must give what the plain loops give, in order.
@Suite struct ConcurrencyTests {
    @Test(arguments: [0, 1, 2, 3, 17, 1_000])
    func mapsInOrder(count: Int) {
        let values = Array(0..<count)
        #expect(values.concurrentMap { $0 * $0 } == values.map { $0 * $0 })
        // Slices: contiguous, in order, each seen once, whatever the number of cores.
        let sliced = values.concurrentSliceMap { slice in slice.map { ($0, slice.startIndex) } }
        #expect(sliced.map(\.0) == values)
        let starts = sliced.map(\.1)
        #expect(starts == starts.sorted())
        #expect(Set(starts).count <= max(1, Cores.available))
    }

    @Test func aPrefetchedValueIsTheWorkersResult() {
        let prefetched = Prefetch { (1...1_000).reduce(0, +) }
        #expect(prefetched.value == 500_500)
        #expect(prefetched.value == 500_500)
    }
}
