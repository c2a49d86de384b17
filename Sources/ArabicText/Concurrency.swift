import CCores
import Dispatch
#if canImport(Glibc)
import Glibc
import Synchronization
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
        Cores.perform(iterations: count) { index in
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
    /// The number of cores this process may run on (`taskset` and cpusets count), else the
    /// number online; 1 when neither can be told.
    public static var available: Int {
        #if canImport(Glibc)
        let usable = Int(dragoman_usable_cores())
        return Swift.max(1, usable > 0 ? usable : sysconf(Int32(_SC_NPROCESSORS_ONLN)))
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
        Cores.start {
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

#if canImport(Glibc)
extension Cores {
    /// Calls `body` with every index in `0..<count`, each once, on all cores: the caller's
    /// thread and helper threads take the next index in turn until none is left; returns when
    /// all are done.
    ///
    /// Each helper thread starts on a core other than the caller's, then may run anywhere
    /// (`dragoman_start_thread_elsewhere`): left to the kernel on a virtual machine whose other
    /// vCPUs have been idle, a new thread is put on its creator's core and waits out the
    /// creator's time slice (2 ms measured here, BENCHMARKS.md), longer than a short job.
    ///
    /// A `perform` inside another's work (a long article's segmentation inside the articles'
    /// map) runs on its caller's thread: the outer one already keeps every core busy, and
    /// helpers of helpers would multiply the threads.
    public static func perform(iterations count: Int, _ body: (Int) -> Void) {
        let helpers = Swift.min(count, available) - 1
        guard helpers > 0, dragoman_perform_depth() == 0 else {
            for index in 0..<count { body(index) }
            return
        }
        dragoman_set_perform_depth(1)
        defer { dragoman_set_perform_depth(0) }
        withoutActuallyEscaping(body) { body in
            let share = WorkShare(count: count, body: body)
            var threads: [pthread_t] = []
            for _ in 0..<helpers {
                // One not started leaves the work to the threads that were (or the caller).
                guard let thread = startThread({
                    dragoman_set_perform_depth(1)
                    share.run()
                }) else { break }
                threads.append(thread)
            }
            share.run()
            for thread in threads { pthread_join(thread, nil) }
        }
    }

    /// Runs `work` on a thread of its own, started on a core other than the caller's (see
    /// `perform`); on the global queue if no thread can be started.
    static func start(_ work: @escaping @Sendable () -> Void) {
        if let thread = startThread(work) {
            pthread_detach(thread)
        } else {
            DispatchQueue.global().async(execute: work)
        }
    }

    /// A new thread running `work`, started away from the caller's core; nil if none could be
    /// started. The caller joins or detaches it.
    private static func startThread(_ work: @escaping @Sendable () -> Void) -> pthread_t? {
        let box = Unmanaged.passRetained(WorkBox(work)).toOpaque()
        var thread = pthread_t()
        let status = dragoman_start_thread_elsewhere(&thread, { context in
            guard let context else { return nil }
            Unmanaged<WorkBox>.fromOpaque(context).takeRetainedValue().work()
            return nil
        }, box)
        guard status == 0 else {
            Unmanaged<WorkBox>.fromOpaque(box).release()
            return nil
        }
        return thread
    }
}

/// Work handed to a thread through a C pointer.
private final class WorkBox: Sendable {
    let work: @Sendable () -> Void
    init(_ work: @escaping @Sendable () -> Void) { self.work = work }
}

/// The indexes of a `Cores.perform` call and the work to do with each.
private final class WorkShare: @unchecked Sendable {
    let count: Int
    let body: (Int) -> Void
    let next = Atomic<Int>(0)

    init(count: Int, body: @escaping (Int) -> Void) {
        self.count = count
        self.body = body
    }

    /// Takes indexes until none is left.
    func run() {
        while true {
            let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
            guard index < count else { return }
            body(index)
        }
    }
}
#endif

#if !canImport(Glibc)
extension Cores {
    /// Calls `body` with every index in `0..<count`, each once, on all cores.
    public static func perform(iterations count: Int, _ body: (Int) -> Void) {
        DispatchQueue.concurrentPerform(iterations: count, execute: body)
    }

    /// Runs `work` on another thread.
    static func start(_ work: @escaping @Sendable () -> Void) {
        DispatchQueue.global().async(execute: work)
    }
}
#endif
