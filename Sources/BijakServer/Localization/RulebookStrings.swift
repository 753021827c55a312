/// Texts of the rulebook pages.
enum RulebookStrings {
    static let entries: [(key: String, id: String, en: String)] = [
        ("rules_title", "Buku aturan", "Rulebook"),
        ("rules_intro", "Setiap aturan yang diperiksa Bijak, dengan sumbernya, penjelasan, contoh, dan pedoman sanksi.",
         "Every rule Bijak checks, with its source, explanation, examples and sanction guidance."),
        ("rule_severity", "Tingkat", "Severity"),
        ("rule_actions", "Berlaku untuk", "Applies to"),
        ("rule_source", "Sumber", "Source"),
        ("rule_explanation", "Penjelasan", "Explanation"),
        ("rule_advice", "Saran", "Advice"),
        ("rule_violating", "Contoh pelanggaran", "Examples of violations"),
        ("rule_allowed", "Contoh yang bukan pelanggaran", "Examples that are not violations"),
        ("rule_sanction", "Pedoman sanksi", "Sanction guidance"),
        ("rule_discipline", "Disiplin PNS", "Civil-service discipline"),
        ("rule_provisions", "Ketentuan hukum terkait", "Provisions of law"),
        ("rule_related", "Aturan terkait", "Related rules"),
        ("rule_unconfirmed", "Rujukan belum dikonfirmasi pada dokumen asli.", "Reference not yet confirmed against the original document."),
        ("severity_low", "rendah", "low"),
        ("severity_medium", "sedang", "medium"),
        ("severity_high", "tinggi", "high"),
        ("severity_critical", "kritis", "critical"),
    ]
}
