import Foundation
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

    /// `Cores.perform` hands out every index once, to the caller's thread and helper threads,
    /// and returns only when all are done; with several cores, helpers take a share (each
    /// index waits a little, so the caller alone cannot take them all before a helper runs).
    @Test(arguments: [0, 1, 2, 64])
    func performsEveryIndexOnceOnSeveralThreads(count: Int) {
        let seen = Seen(count)
        Cores.perform(iterations: count) { index in
            Thread.sleep(forTimeInterval: 0.001)
            seen.record(index, thread: "\(Thread.current)")
        }
        #expect(seen.times == [Int](repeating: 1, count: count))
        if count >= 2 && Cores.available > 1 { #expect(seen.threads.count > 1) }
    }

    @Test func aPrefetchRunsBesideItsCaller() {
        let caller = "\(Thread.current)"
        let prefetched = Prefetch { "\(Thread.current)" }
        #expect(prefetched.value != caller)
    }
}

/// What `Cores.perform` did, recorded from all its threads.
private final class Seen: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var times: [Int]
    private(set) var threads: Set<String> = []

    init(_ count: Int) { times = [Int](repeating: 0, count: count) }

    func record(_ index: Int, thread: String) {
        lock.lock()
        defer { lock.unlock() }
        times[index] += 1
        threads.insert(thread)
    }
}
