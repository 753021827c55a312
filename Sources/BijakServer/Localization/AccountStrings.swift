/// Texts of sign-in, history and the staff directory.
enum AccountStrings {
    static let entries: [(key: String, id: String, en: String)] = [
        ("signin_title", "Masuk", "Sign in"),
        ("signin_login", "NIP", "NIP"),
        ("password", "Kata sandi", "Password"),
        ("signin_failed", "NIP atau kata sandi salah.", "Wrong NIP or password."),
        ("history_title", "Riwayat saya", "My history"),
        ("history_intro", "Pemeriksaan yang Anda simpan. Hanya Anda yang dapat melihatnya.",
         "Checks you saved. Only you can see them."),
        ("history_empty", "Belum ada pemeriksaan yang disimpan.", "No saved checks yet."),
        ("history_date", "Tanggal", "Date"),
        ("history_decision", "Putusan", "Decision"),
        ("history_excerpt", "Teks", "Text"),
        ("directory_title", "Pegawai unit", "Unit staff"),
        ("directory_intro", "Pegawai di unit Anda dan unit di bawahnya.", "Staff of your unit and the units under it."),
    ]
}
