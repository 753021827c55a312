import Vapor

/// Every route, in one place. Pages carry sessions and CSRF protection; the API carries tokens.
enum Routes {
    static func register(on app: Application) throws {
        app.get("healthz", use: OperationsController.health)
        app.get("metrics", use: OperationsController.metrics)
        app.get("static", "bijak.css", use: OperationsController.stylesheet)

        let api = app.grouped("api", "v1")
        api.get("openapi.yaml", use: OperationsController.openAPI)
        api.get("rules", use: APIRulesController.list)
        api.get("rules", ":id", use: APIRulesController.show)
        let maxBody = ByteCount(value: app.bijak.configuration.maxBodyBytes)
        api.grouped(APITokenMiddleware()).on(.POST, "check", body: .collect(maxSize: maxBody), use: APICheckController.check)

        let pages = app.grouped(app.sessions.middleware, SessionHygieneMiddleware(), User.sessionAuthenticator(),
                                CSRFMiddleware())
        pages.get(use: CheckPageController.show)
        pages.post("cek", use: CheckPageController.check)
        pages.get("aturan", use: RulebookPageController.list)
        pages.get("aturan", ":id", use: RulebookPageController.show)
        pages.get("masuk", use: SessionController.show)
        pages.post("masuk", use: SessionController.signIn)
        pages.post("keluar", use: SessionController.signOut)
        pages.get("riwayat", use: HistoryController.list)
        pages.get("riwayat", ":id", use: HistoryController.show)
        pages.post("riwayat", ":id", "hapus", use: HistoryController.delete)
        pages.get("unit", "pegawai", use: DirectoryController.list)
        HumasRoutes.register(pages)
        TrainingRoutes.register(pages)
        MonitoringRoutes.register(pages)

        pages.get("admin") { request in request.redirect(to: "/admin/unit", redirectType: .normal) }
        pages.get("admin", "unit", use: AdminUnitController.list)
        pages.post("admin", "unit", use: AdminUnitController.create)
        pages.post("admin", "unit", ":id", "hapus", use: AdminUnitController.delete)
        pages.get("admin", "pengguna", use: AdminUserController.list)
        pages.post("admin", "pengguna", use: AdminUserController.create)
        pages.get("admin", "pengguna", ":id", use: AdminUserController.edit)
        pages.post("admin", "pengguna", ":id", use: AdminUserController.update)
        pages.post("admin", "pengguna", ":id", "hapus", use: AdminUserController.delete)
        pages.get("admin", "token", use: AdminTokenController.list)
        pages.post("admin", "token", use: AdminTokenController.create)
        pages.post("admin", "token", ":id", "cabut", use: AdminTokenController.revoke)
        OversightRoutes.register(pages)
    }
}
