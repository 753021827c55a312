import BijakCore
import Prometheus

/// The Prometheus metrics of one server process: requests, latencies, verdicts per decision.
///
/// Each application has its own registry (not the process-wide `MetricsSystem`), so that tests can run several
/// applications in one process; Prometheus sums instances itself.
struct ServerMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()

    private static var requests: MetricNameDescriptor { MetricNameDescriptor(
        namespace: "bijak", subsystem: "http", metricName: "requests", unitName: "total",
        helpText: "HTTP requests by method, route and status.") }
    private static var latency: MetricNameDescriptor { MetricNameDescriptor(
        namespace: "bijak", subsystem: "http", metricName: "request_duration", unitName: "seconds",
        helpText: "HTTP request latency by method and route.") }
    private static var verdicts: MetricNameDescriptor { MetricNameDescriptor(
        namespace: "bijak", metricName: "verdicts", unitName: "total",
        helpText: "Checks by decision (web page and API).") }

    /// Latency buckets from 1 ms to 2.5 s.
    private static let buckets: [Duration] = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500].map { .milliseconds($0) }

    init() {
        // Every decision appears from the start, with zero, so dashboards need no special case.
        for decision in Decision.allCases {
            _ = registry.makeCounter(descriptor: Self.verdicts, labels: [("decision", decision.rawValue)])
        }
    }

    /// Counts one request and records its latency.
    func recordRequest(method: String, route: String, status: UInt, duration: Duration) {
        registry.makeCounter(descriptor: Self.requests,
                             labels: [("method", method), ("route", route), ("status", String(status))]).increment()
        registry.makeDurationHistogram(descriptor: Self.latency, labels: [("method", method), ("route", route)],
                                       buckets: Self.buckets).record(duration)
    }

    /// Counts one verdict.
    func recordVerdict(_ decision: Decision) {
        registry.makeCounter(descriptor: Self.verdicts, labels: [("decision", decision.rawValue)]).increment()
    }

    /// The exposition text.
    func exposition() -> String {
        registry.emitToString()
    }
}
