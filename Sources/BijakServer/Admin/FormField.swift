import Foundation

/// Checks of single form values, refusing with the field's name.
enum FormField {
    /// Trimmed, non-empty text of at most `maxLength` characters.
    static func text(_ value: String?, maxLength: Int) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty,
              trimmed.count <= maxLength else { return nil }
        return trimmed
    }

    static func uuid(_ value: String?, name: String) throws -> UUID {
        guard let value, let id = UUID(uuidString: value) else { throw AppError.invalidField(name) }
        return id
    }

    /// A NIP: 18 digits.
    static func nip(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespaces), trimmed.count == 18,
              trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return trimmed
    }

    /// A password long enough to resist guessing; bcrypt reads at most 72 bytes.
    static func password(_ value: String?) -> String? {
        guard let value, value.count >= 12, value.utf8.count <= 72 else { return nil }
        return value
    }
}
