import Vapor

/// The routes of the review queue, cases, complaints and the audit page (all pages: sessions and CSRF).
enum OversightRoutes {
    static func register(_ pages: any RoutesBuilder) {
        pages.get("pengawasan", "antrian", use: ReviewQueueController.list)
        pages.get("pengawasan", "antrian", ":id", use: ReviewItemController.show)
        pages.post("pengawasan", "antrian", ":id", "klaim", use: ReviewItemController.claim)
        pages.post("pengawasan", "antrian", ":id", "konfirmasi", use: ReviewItemController.confirm)
        pages.post("pengawasan", "antrian", ":id", "abaikan", use: ReviewItemController.dismiss)
        pages.post("pengawasan", "antrian", ":id", "eskalasi", use: ReviewItemController.escalate)
        pages.post("pengawasan", "antrian", ":id", "kasus", use: CaseActionController.openFromReview)
        pages.get("pengawasan", "umpan-balik.jsonl", use: FeedbackController.jsonl)
        pages.get("pengawasan", "umpan-balik.csv", use: FeedbackController.csv)

        pages.get("kasus", use: CaseController.list)
        pages.get("kasus", ":id", use: CaseController.show)
        pages.get("kasus", ":id", "cetak", use: CaseController.print)
        pages.get("kasus", ":id", "verifikasi", use: CaseController.verify)
        pages.post("kasus", ":id", "status", use: CaseActionController.move)
        pages.post("kasus", ":id", "sidang", use: CaseActionController.hearing)
        pages.post("kasus", ":id", "putusan", use: CaseActionController.decide)
        pages.get("laporan", use: ComplaintController.show)
        pages.post("laporan", use: ComplaintController.submit)

        pages.get("admin", "audit", use: AuditAdminController.list)
        pages.post("admin", "audit", "verifikasi", use: AuditAdminController.verify)
        pages.get("admin", "pengguna", ":id", "data", use: AccessRequestController.export)
    }
}
