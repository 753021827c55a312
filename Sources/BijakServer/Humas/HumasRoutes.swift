import Vapor

/// The Humas pages under `/humas`.
enum HumasRoutes {
    /// Adds the Humas routes to the page group (sessions and CSRF).
    static func register(_ pages: any RoutesBuilder) {
        let humas = pages.grouped("humas")
        humas.get(use: HumasDraftController.list)
        humas.get("akun", use: HumasAccountController.list)
        humas.post("akun", use: HumasAccountController.create)
        humas.get("draf", "baru", use: HumasDraftController.newDraft)
        humas.post("draf", use: HumasDraftController.create)
        humas.get("draf", ":id", use: HumasDraftController.show)
        humas.post("draf", ":id", use: HumasDraftController.revise)
        humas.post("draf", ":id", ":step", use: HumasDraftController.step)
        humas.get("kalender", use: HumasCalendarController.show)
        humas.get("arsip", use: HumasArchiveController.show)
        humas.get("pustaka", use: HumasLibraryController.show)
    }
}
