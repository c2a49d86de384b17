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
    /// and returns only when all are done; with several cores, a helper takes a share: each
    /// index waits until two threads have taken one (for ten seconds at most in all), so the
    /// caller cannot take them all, however late the helper starts.
    @Test(arguments: [0, 1, 2, 64])
    func performsEveryIndexOnceOnSeveralThreads(count: Int) {
        let seen = Seen(count)
        let waitsForASecondThread = count >= 2 && Cores.available > 1
        Cores.perform(iterations: count) { index in
            seen.record(index, thread: "\(Thread.current)")
            if waitsForASecondThread { seen.waitForThreads(2) }
        }
        #expect(seen.times == [Int](repeating: 1, count: count))
        if waitsForASecondThread { #expect(seen.threads.count > 1) }
    }

    /// A `perform` inside another's work runs on the thread that calls it.
    @Test func aNestedPerformRunsOnItsCallersThread() {
        let outer = Seen(4)
        Cores.perform(iterations: 4) { index in
            let caller = "\(Thread.current)"
            let inner = Seen(8)
            Cores.perform(iterations: 8) { inner.record($0, thread: "\(Thread.current)") }
            #expect(inner.times == [Int](repeating: 1, count: 8))
            #expect(inner.threads == [caller])
            outer.record(index, thread: caller)
        }
        #expect(outer.times == [1, 1, 1, 1])
    }

    /// A prefetch runs its work on a thread of its own (where it starts, away from the
    /// caller's core, is measured by `dragoman-bench threads`).
    @Test func aPrefetchRunsOnAnotherThread() {
        let caller = "\(Thread.current)"
        let prefetched = Prefetch { "\(Thread.current)" }
        #expect(prefetched.value != caller)
    }
}

/// What `Cores.perform` did, recorded from all its threads.
private final class Seen: @unchecked Sendable {
    private let condition = NSCondition()
    private(set) var times: [Int]
    private(set) var threads: Set<String> = []
    /// When waiting for threads gives up.
    private let deadline = Date(timeIntervalSinceNow: 10)

    init(_ count: Int) { times = [Int](repeating: 0, count: count) }

    func record(_ index: Int, thread: String) {
        condition.lock()
        defer { condition.unlock() }
        times[index] += 1
        threads.insert(thread)
        condition.broadcast()
    }

    /// Waits until `count` threads have recorded an index, or until ten seconds after `init`.
    func waitForThreads(_ count: Int) {
        condition.lock()
        defer { condition.unlock() }
        while threads.count < count, condition.wait(until: deadline) {}
    }
}
