import NIOConcurrencyHelpers
import Vapor

/// Runs the retention job once a day inside `bijak serve`.
///
/// The first run waits ``initialDelay`` after start, so that a server restarted in a loop does not delete on every
/// start and tests (which stop within seconds) never run it. With several instances each runs the job; the second
/// finds nothing left to delete.
struct RetentionScheduler: LifecycleHandler {
    static let initialDelay: Duration = .seconds(15 * 60)
    static let interval: Duration = .seconds(24 * 60 * 60)

    let policy: RetentionPolicy
    private let task = NIOLockedValueBox<Task<Void, Never>?>(nil)

    init(policy: RetentionPolicy) {
        self.policy = policy
    }

    func didBoot(_ application: Application) throws {
        let policy = self.policy
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
