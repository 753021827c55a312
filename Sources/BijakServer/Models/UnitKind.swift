/// The level and type of a unit in the Pemasyarakatan hierarchy: Ditjen -> Kanwil -> UPT.
public enum UnitKind: String, Codable, CaseIterable, Sendable {
    /// Direktorat Jenderal Pemasyarakatan, the root.
    case ditjen
    /// Kantor Wilayah, one per province.
    case kanwil
    /// Lembaga Pemasyarakatan (prison).
    case lapas
    /// Rumah Tahanan Negara (remand centre).
    case rutan
    /// Balai Pemasyarakatan (probation office).
    case bapas
    /// Lembaga Pembinaan Khusus Anak (juvenile facility).
    case lpka
    /// Rumah Penyimpanan Benda Sitaan Negara (state storage of seized goods).
    case rupbasan

    /// The kinds a unit of this kind may have directly under it.
    var allowedChildren: Set<UnitKind> {
        switch self {
        case .ditjen: return [.kanwil]
        case .kanwil: return [.lapas, .rutan, .bapas, .lpka, .rupbasan]
        case .lapas, .rutan, .bapas, .lpka, .rupbasan: return []
        }
    }

    /// The name shown to users.
    var label: String {
        switch self {
        case .ditjen: return "Ditjen"
        case .kanwil: return "Kanwil"
        case .lapas: return "Lapas"
        case .rutan: return "Rutan"
        case .bapas: return "Bapas"
        case .lpka: return "LPKA"
        case .rupbasan: return "Rupbasan"
        }
    }
}
