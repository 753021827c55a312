import BijakCore
import Fluent
import Foundation
import Vapor

/// Runs queued import jobs inside `bijak serve`: polls the queue, claims a job, imports it from the uploaded file
/// kept in the database.
enum ImportWorker {
    /// This process's name in `claimed_by`: host and process id, so that an operator sees which instance runs what.
    static let instanceName: String = {
        "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier):"
            + UUID().uuidString.prefix(8)
    }()

    /// Claims and runs one job; returns whether there was one.
    @discardableResult
    static func runOnce(_ app: Application, engine: BijakEngine, instance: String = instanceName) async throws -> Bool {
        let settings = app.importSettings
        guard let jobID = try await ImportQueue.claim(instance: instance, leaseSeconds: settings.leaseSeconds,
                                                      on: app.db) else { return false }
        let runner = ImportRunner(engine: engine, settings: settings, database: app.db, instance: instance)
        do {
            guard let job = try await ImportJob.find(jobID, on: app.db),
                  let format = ImportFormat(rawValue: job.format),
                  let payload = try await ImportPayload.find(jobID, on: app.db) else {
                throw ImportFailure.payloadMissing
            }
            var parser = format.parser(reading: DataByteSource(data: payload.data))
            _ = try await runner.run(jobID: jobID, parser: &parser)
        } catch is ImportStore.LostLease {
            app.logger.warning("import job \(jobID) was taken over by another instance")
        } catch {
            app.logger.error("import job \(jobID) failed: \(String(describing: error))")
            await runner.fail(jobID: jobID, reason: String(describing: error))
        }
        return true
    }
}

/// Starts the polling loop when the server boots and stops it when it shuts down.
struct ImportWorkerLifecycle: LifecycleHandler {
    let engine: BijakEngine
    private let task = TaskBox()

    init(engine: BijakEngine) { self.engine = engine }

    func didBootAsync(_ app: Application) async throws {
        let engine = self.engine
        task.set(Task.detached {
            while !Task.isCancelled {
                let worked = (try? await ImportWorker.runOnce(app, engine: engine)) ?? false
                if !worked { try? await Task.sleep(nanoseconds: 2_000_000_000) }
            }
        })
    }

    func shutdownAsync(_ app: Application) async {
        await task.cancelAndWait()
    }
}

/// Holds the worker's task between boot and shutdown.
private final class TaskBox: @unchecked Sendable {
    private let lock = NSLock()
    private var task: Task<Void, Never>?

    func set(_ task: Task<Void, Never>) {
        lock.withLock { self.task = task }
    }

    func cancelAndWait() async {
        let task = lock.withLock { self.task }
        task?.cancel()
        await task?.value
    }
}

extension ImportWorker {
    /// Reads the import settings from the environment and, unless `BIJAK_IMPORT_WORKER=false`, runs the worker
    /// for the server's lifetime.
    static func install(_ app: Application, engine: BijakEngine) throws {
        app.importSettings = try ImportSettings.fromEnvironment()
        if app.importSettings.runsWorker { app.lifecycle.use(ImportWorkerLifecycle(engine: engine)) }
    }
}
