import BijakCore
import Foundation

/// A post with the engine's verdict, ready to store.
struct ScreenedPost: Sendable {
    let id: UUID
    let record: ImportRecord
    let storedID: String
    let decision: Decision
    /// The verdict as JSON, for flagged posts only.
    let verdictJSON: String?
    /// (rule, severity) of each finding.
    let flags: [(rule: String, severity: String)]
    /// Whether an unflagged post is drawn for quality review.
    let sampled: Bool
}

/// Runs the engine over a batch on every core.
enum ImportScreener {
    /// Screens `records` in parallel (one worker per core) off the caller's thread, in order.
    static func screen(_ records: [ImportRecord], engine: BijakEngine, platform: String, personal: Bool,
                       accountID: UUID, samplePerMille: Int) async -> [ScreenedPost] {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                let results = screenNow(records, engine: engine, platform: platform, personal: personal,
                                        accountID: accountID, samplePerMille: samplePerMille)
                continuation.resume(returning: results)
            }
        }
    }

    private static func screenNow(_ records: [ImportRecord], engine: BijakEngine, platform: String, personal: Bool,
                                  accountID: UUID, samplePerMille: Int) -> [ScreenedPost] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, (records.count + 63) / 64))
        var slots = [ScreenedPost?](repeating: nil, count: records.count)
        let context = PostContext(platform: platform, account: personal ? .personal : .institutional)
        slots.withUnsafeMutableBufferPointer { buffer in
            let base = SendableSlots(base: buffer)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                // One encoder per worker: encoders are not meant to be shared between threads.
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                var index = worker
                while index < records.count {
                    base.base[index] = screenOne(records[index], engine: engine, context: context, encoder: encoder,
                                                 accountID: accountID, samplePerMille: samplePerMille)
                    index += workers
                }
            }
        }
        return slots.map { $0! }
    }

    private static func screenOne(_ record: ImportRecord, engine: BijakEngine, context: PostContext,
                                  encoder: JSONEncoder, accountID: UUID, samplePerMille: Int) -> ScreenedPost {
        var context = context
        context.time = record.postedAt
        let verdict = engine.check(Post(text: record.text, action: record.action, context: context))
        let storedID = record.storedID
        let flagged = verdict.decision != .allow
        let json = flagged ? (try? encoder.encode(verdict)).map { String(decoding: $0, as: UTF8.self) } : nil
        let sampled = !flagged && samplePerMille > 0
            && ImportDigest.unitInterval(accountID.uuidString + "\n" + storedID) * 1000 < Double(samplePerMille)
        return ScreenedPost(id: UUID(), record: record, storedID: storedID, decision: verdict.decision,
                            verdictJSON: json, flags: flagged ? verdict.findings.map { ($0.rule, $0.severity.rawValue) } : [],
                            sampled: sampled)
    }
}

/// Slots each worker writes its own indices of; the buffer outlives `concurrentPerform`.
private struct SendableSlots: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<ScreenedPost?>
}
