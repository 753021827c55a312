import BijakCore
import Dispatch
import Foundation

/// The result of one input, ready to write.
enum ScanOutcome {
    /// A verdict and its output line (already JSON, encoded by the worker).
    case checked(Verdict, Data)
    case problem(LineProblem)
    case blank
}

/// Checks a batch of inputs on several threads and returns the outcomes in input order.
///
/// Workers take the next unclaimed index from a shared counter, so a few long posts do not leave other threads
/// idle; each writes only its own result slot, which keeps the order without sorting.
struct BatchChecker {
    let engine: BijakEngine
    let language: Language
    let jobs: Int

    func check(_ batch: [ScanInput]) -> [ScanOutcome] {
        var outcomes = [ScanOutcome](repeating: .blank, count: batch.count)
        let workers = min(jobs, batch.count)
        if workers <= 1 {
            var worker = Worker(engine: engine, language: language)
            for index in batch.indices { outcomes[index] = worker.process(batch[index]) }
            return outcomes
        }
        let next = NextIndex()
        outcomes.withUnsafeMutableBufferPointer { slots in
            let slots = UncheckedSlots(base: slots)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                var worker = Worker(engine: engine, language: language)
                while let index = next.claim(below: batch.count) {
                    slots.base[index] = worker.process(batch[index])
                }
            }
        }
        return outcomes
    }

    /// One thread's tools: JSON coders are not shared between threads.
    private struct Worker {
        let engine: BijakEngine
        let language: Language
        let decoder = JSONDecoder()
        var writer = ScanLineWriter()

        mutating func process(_ input: ScanInput) -> ScanOutcome {
            let record: ScanRecord
            switch input {
            case .blank: return .blank
            case .problem(let problem): return .problem(problem)
            case .record(let ready): record = ready
            case .jsonLine(let line, let bytes):
                switch JSONLRecord.parse(bytes, line: line, decoder: decoder) {
                case .success(let parsed): record = parsed
                case .failure(let problem): return .problem(problem)
                }
            }
            let verdict = engine.check(record.post, language: language)
            return .checked(verdict, Data(writer.line(id: record.id, line: record.line, verdict: verdict)))
        }
    }
}

/// A lock-protected counter handing out indices to workers.
private final class NextIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func claim(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        defer { value += 1 }
        return value
    }
}

/// The result slots; safe because every index is written by exactly one worker and read only after all finish.
private struct UncheckedSlots: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<ScanOutcome>
}
