import Foundation

/// Who may see whom in training, and who manages the question bank.
///
/// Everyone takes quizzes and sees their own results. Admins and compliance officers (`patnal`) see the results of
/// the users in their units. The question bank is national: any admin may add, edit and retire questions.
enum TrainingAccess {
    /// Roles that read the results of their units.
    static let managers: Set<Role> = [.admin, .patnal]
    /// Roles that edit the question bank.
    static let editors: Set<Role> = [.admin]
}

/// Certificate verification codes: 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L).
enum CertificateCode {
    static let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")

    /// A new random code.
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<12).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] })
    }
}
