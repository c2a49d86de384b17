import ArabicText
import CCores
import Dispatch
import Foundation

/// `dragoman-bench threads`: a caller and a helper thread it starts each spin for 2 ms, the
/// helper started through Dispatch's global queue or as `Prefetch` starts one (`Cores.start`):
/// on two free cores both are done after about 2 ms; on one, after 4.
enum ThreadPlacement {
    /// One line per way of starting a helper: the median, least and most microseconds until
    /// both are done, and how often the helper first ran on the caller's core.
    static func report(rounds: Int, pause: Double) -> [String] {
        let ways: [(String, (@escaping @Sendable () -> Void) -> Void)] = [
            ("dispatch queue", { work in DispatchQueue.global().async(execute: work) }),
            ("Prefetch", { work in _ = Prefetch { work() } }),
        ]
        return ways.map { label, start in
            var totals: [Double] = []
            var sameCore = 0
            for _ in 0..<max(1, rounds) {
                Thread.sleep(forTimeInterval: pause)
                let caller = dragoman_current_core()
                let first = FirstRun()
                let began = microseconds()
                start {
                    let core = dragoman_current_core()
                    spin(until: microseconds() + 2000)
                    first.record(microseconds(), core: core)
                }
                spin(until: began + 2000)
                let (end, core) = first.wait()
                totals.append(max(end, microseconds()) - began)
                if core == caller { sameCore += 1 }
            }
            totals.sort()
            return String(format: "%@: both done after %.0f µs (median; %.0f to %.0f), the helper on the caller's core %d of %d times",
                          label, totals[totals.count / 2], totals[0], totals[totals.count - 1], sameCore, totals.count)
        }
    }

    static func microseconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1000 }

    static func spin(until end: Double) {
        while microseconds() < end {}
    }

    /// When and where a helper first ran, written by it and read by the caller after waiting.
    final class FirstRun: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var time = 0.0
        private var core: Int32 = -1

        func record(_ time: Double, core: Int32) {
            self.time = time
            self.core = core
            done.signal()
        }

        func wait() -> (Double, Int32) {
            done.wait()
            return (time, core)
        }
    }
}
