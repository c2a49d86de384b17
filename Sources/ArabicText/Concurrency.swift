import Dispatch

#if canImport(Glibc)
import Glibc
#endif

extension Array where Element: Sendable {
    /// `map(transform)` with the elements spread over the machine's cores; results in order.
    ///
    /// - Complexity: that of `transform` per element, divided among the cores.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        let slots = UnsafeSlots(results)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.set(index, transform(self[index]))
        }
        return results.compactMap { $0 }  // every slot was set
    }
}

extension Array where Element: Sendable {
    /// `map` over contiguous slices, one per core (in order), joined: for work that keeps
    /// state from one element to the next (a memo), which each slice then makes for itself.
    ///
    /// - Complexity: that of `transform` over its slice, the slices spread over the cores.
    public func concurrentSliceMap<T: Sendable>(_ transform: @Sendable (ArraySlice<Element>) -> [T]) -> [T] {
        let slices = Swift.min(count, Cores.available)
        guard slices > 1 else { return transform(self[...]) }
        let bounds = (0...slices).map { $0 * count / slices }
        return (0..<slices).map { bounds[$0]..<bounds[$0 + 1] }
            .concurrentMap { range in transform(self[range]) }
            .flatMap { $0 }
    }
}

/// The machine's cores.
public enum Cores {
    /// The number of cores online (1 when it cannot be told).
    public static var available: Int {
        #if canImport(Glibc)
        Swift.max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        #else
        1
        #endif
    }
}

/// Distinct indexes of one buffer written from several threads: each index once, so no two
/// writes touch the same memory.
private struct UnsafeSlots<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T?>
    init(_ buffer: UnsafeMutableBufferPointer<T?>) { self.buffer = buffer }
    func set(_ index: Int, _ value: T) { buffer[index] = value }
}

/// A value computed on another thread while the caller goes on; `value` waits for it.
///
/// ```swift
/// let next = Prefetch { prepare(batch) }   // starts now
/// write(current)                           // meanwhile
/// let prepared = next.value                // waits if needed
/// ```
public final class Prefetch<T: Sendable>: @unchecked Sendable {
    // Written once by the worker before `done` is signalled, read after waiting on it.
    private var result: T?
    private let done = DispatchGroup()

    public init(_ work: @escaping @Sendable () -> T) {
        done.enter()
        DispatchQueue.global().async {
            self.result = work()
            self.done.leave()
        }
    }

    public var value: T {
        done.wait()
        guard let result else { preconditionFailure("Prefetch: the worker left without a result") }
        return result
    }
}
