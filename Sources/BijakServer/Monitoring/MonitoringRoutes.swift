import Vapor

/// The monitoring pages (`/pengawasan/...`): accounts, imports, dashboard. Patnal and admins only.
enum MonitoringRoutes {
    static func register(_ pages: any RoutesBuilder) {
        pages.get("pengawasan") { request in request.redirect(to: "/pengawasan/akun", redirectType: .normal) }
        pages.get("pengawasan", "akun", use: AccountPageController.list)
        pages.post("pengawasan", "akun", use: AccountPageController.create)
        pages.post("pengawasan", "akun", ":id", "hapus", use: AccountPageController.delete)
        pages.get("pengawasan", "impor", use: ImportPageController.list)
        // The body was collected by the CSRF check, up to the upload limit.
        pages.on(.POST, "pengawasan", "impor", body: .collect(maxSize: nil), use: ImportPageController.upload)
        pages.get("pengawasan", "impor", ":id", use: ImportPageController.show)
        pages.get("pengawasan", "dasbor", use: DashboardController.show)
        pages.get("pengawasan", "dasbor.csv", use: DashboardController.csv)
    }
}
