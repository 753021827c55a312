import BijakCore

/// Every text of the pages, Indonesian first, English second. Templates read them as `#(t.key)`.
enum UIStrings {
    /// The table for one language.
    static func table(_ language: Language) -> [String: String] {
        language == .english ? english : indonesian
    }

    // A key defined twice keeps its first text instead of stopping the server; `duplicateKeys` is empty by test.
    private static let indonesian = Dictionary(entries.map { ($0.key, $0.id) }, uniquingKeysWith: { first, _ in first })
    private static let english = Dictionary(entries.map { ($0.key, $0.en) }, uniquingKeysWith: { first, _ in first })

    /// Keys that more than one string table defines (each page area has its own table).
    static var duplicateKeys: [String] {
        Dictionary(grouping: entries, by: \.key).filter { $0.value.count > 1 }.keys.sorted()
    }

    private static let entries: [(key: String, id: String, en: String)] =
        common + CheckStrings.entries + RulebookStrings.entries + AccountStrings.entries + AdminStrings.entries
        + OversightStrings.entries + CaseOutcome.strings
        + HumasStrings.entries + TrainingStrings.entries
        + MonitoringStrings.entries

    private static let common: [(key: String, id: String, en: String)] = [
        ("skip", "Langsung ke isi", "Skip to content"),
        ("nav_label", "Navigasi utama", "Main navigation"),
        ("nav_check", "Cek sebelum unggah", "Check before posting"),
        ("nav_rules", "Buku aturan", "Rulebook"),
        ("nav_history", "Riwayat saya", "My history"),
        ("nav_directory", "Pegawai unit", "Unit staff"),
        ("nav_admin", "Admin", "Admin"),
        ("sign_in", "Masuk", "Sign in"),
        ("sign_out", "Keluar", "Sign out"),
        ("language_switch", "English", "Bahasa Indonesia"),
        ("footer", "Bijak memberi saran; keputusan dan sanksi selalu di tangan manusia. Kode Apache-2.0.",
         "Bijak advises; decisions and sanctions always stay with people. Code under Apache-2.0."),
        ("error_title", "Tidak dapat diproses", "Could not be processed"),
        ("back_home", "Kembali ke halaman cek", "Back to the check page"),
        ("name", "Nama", "Name"),
        ("nip", "NIP", "NIP"),
        ("unit", "Unit", "Unit"),
        ("role", "Peran", "Role"),
        ("time_zone", "Zona waktu", "Time zone"),
        ("kind", "Jenis", "Kind"),
        ("parent", "Unit induk", "Parent unit"),
        ("created", "Dibuat", "Created"),
        ("save", "Simpan", "Save"),
        ("delete", "Hapus", "Delete"),
        ("view", "Lihat", "View"),
        ("none", "Tidak ada.", "None."),
        ("role_pegawai", "Pegawai", "Staff"),
        ("role_humas", "Humas", "Public relations"),
        ("role_patnal", "Kepatuhan Internal", "Internal compliance"),
        ("role_admin", "Administrator", "Administrator"),
    ]
}
