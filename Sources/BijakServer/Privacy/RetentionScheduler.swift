import NIOConcurrencyHelpers
import Vapor

/// Runs the retention job once a day inside `bijak serve`, and the Humas archive's own retention with it.
///
/// The first run waits ``initialDelay`` after start, so that a server restarted in a loop does not delete on every
/// start and tests (which stop within seconds) never run it. With several instances each runs the job; the second
/// finds nothing left to delete.
struct RetentionScheduler: LifecycleHandler {
    static let initialDelay: Duration = .seconds(15 * 60)
    static let interval: Duration = .seconds(24 * 60 * 60)

    let policy: RetentionPolicy
    /// Days a published institutional post stays in the Humas archive (``HumasTrainingSettings``).
    let archiveRetentionDays: Int
    private let task = NIOLockedValueBox<Task<Void, Never>?>(nil)

    init(policy: RetentionPolicy, archiveRetentionDays: Int) {
        self.policy = policy
        self.archiveRetentionDays = archiveRetentionDays
    }

    func didBoot(_ application: Application) throws {
        let policy = self.policy
        let archiveDays = archiveRetentionDays
        let database = application.db
        let logger = application.logger
        task.withLockedValue { current in
            current?.cancel()
            current = Task {
                var delay = Self.initialDelay
                while !Task.isCancelled {
                    do {
                        try await Task.sleep(for: delay)
                        let counts = try await RetentionJob.run(policy, dryRun: false, on: database)
                        logger.info("retention run", metadata: counts.details.mapValues { .string($0) })
                        let archived = try await HumasArchive.purge(olderThanDays: archiveDays, on: database)
                        logger.info("humas archive retention", metadata: ["deleted": .string(String(archived))])
                    } catch is CancellationError {
                        return
                    } catch {
                        logger.error("retention run failed: \(String(describing: error))")
                    }
                    delay = Self.interval
                }
            }
        }
    }

    func shutdown(_ application: Application) {
        task.withLockedValue { $0?.cancel() }
    }
}
