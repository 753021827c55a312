/// The outcomes an ethics hearing may record, with the wording of PP 42/2004 (moral sanction) and PP 94/2021
/// (discipline levels and their sanctions). These are the choices a person makes; Bijak never picks one.
enum CaseOutcome {
    /// Moral sanction: a statement made in closed session or in the open (PP 42/2004).
    static let moralSanctions = ["closed", "open"]

    /// Discipline levels of PP 94/2021 and the sanctions each allows.
    static let disciplineTypes: [(level: String, types: [String])] = [
        ("light", ["teguran_lisan", "teguran_tertulis", "pernyataan_tidak_puas"]),
        ("medium", ["tpk_25_6_bulan", "tpk_25_9_bulan", "tpk_25_12_bulan"]),
        ("heavy", ["penurunan_jabatan_12_bulan", "pembebasan_jabatan_12_bulan", "pemberhentian_dengan_hormat"]),
    ]

    /// Where a case may be referred: the reported person's superior, the Inspektorat, or the police.
    static let referrals = ["superior", "inspektorat", "police"]

    /// Whether `type` is a sanction of `level`.
    static func isValid(level: String, type: String) -> Bool {
        disciplineTypes.first { $0.level == level }?.types.contains(type) ?? false
    }

    /// Texts, Indonesian then English, for the strings table.
    static let strings: [(key: String, id: String, en: String)] = [
        ("outcome_not_proven", "Tidak terbukti: pemulihan nama baik (rehabilitasi)",
         "Not proven: rehabilitation of good name"),
        ("moral_closed", "Sanksi moral: pernyataan secara tertutup", "Moral sanction: closed statement"),
        ("moral_open", "Sanksi moral: pernyataan secara terbuka", "Moral sanction: open statement"),
        ("level_light", "Rekomendasi hukuman disiplin ringan", "Recommendation: light discipline"),
        ("level_medium", "Rekomendasi hukuman disiplin sedang", "Recommendation: medium discipline"),
        ("level_heavy", "Rekomendasi hukuman disiplin berat", "Recommendation: heavy discipline"),
        ("type_teguran_lisan", "teguran lisan", "oral reprimand"),
        ("type_teguran_tertulis", "teguran tertulis", "written reprimand"),
        ("type_pernyataan_tidak_puas", "pernyataan tidak puas secara tertulis", "written statement of dissatisfaction"),
        ("type_tpk_25_6_bulan", "pemotongan tunjangan kinerja 25% selama 6 bulan",
         "performance allowance cut by 25% for 6 months"),
        ("type_tpk_25_9_bulan", "pemotongan tunjangan kinerja 25% selama 9 bulan",
         "performance allowance cut by 25% for 9 months"),
        ("type_tpk_25_12_bulan", "pemotongan tunjangan kinerja 25% selama 12 bulan",
         "performance allowance cut by 25% for 12 months"),
        ("type_penurunan_jabatan_12_bulan", "penurunan jabatan setingkat lebih rendah selama 12 bulan",
         "demotion by one grade for 12 months"),
        ("type_pembebasan_jabatan_12_bulan", "pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan",
         "release from office to a non-managerial post for 12 months"),
        ("type_pemberhentian_dengan_hormat", "pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS",
         "honourable discharge not at own request"),
        ("referral_superior", "Diteruskan ke atasan langsung", "Referred to the direct superior"),
        ("referral_inspektorat", "Diteruskan ke Inspektorat", "Referred to the Inspectorate"),
        ("referral_police", "Diteruskan ke kepolisian", "Referred to the police"),
    ]
}
