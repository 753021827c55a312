/// Typed reads of environment variables; an empty value counts as unset.
struct EnvironmentReader {
    private let environment: [String: String]

    init(_ environment: [String: String]) {
        self.environment = environment
    }

    func string(_ name: String) throws -> String? {
        guard let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    func integer(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = try string(name) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw ConfigurationError(variable: name, value: text,
                                     expected: "bilangan bulat / an integer \(range.lowerBound)...\(range.upperBound)")
        }
        return value
    }

    func boolean(_ name: String) throws -> Bool? {
        guard let text = try string(name) else { return nil }
        switch text.lowercased() {
        case "1", "true", "yes", "ya", "on": return true
        case "0", "false", "no", "tidak", "off": return false
        default:
            throw ConfigurationError(variable: name, value: text, expected: "true atau/or false")
        }
    }

    func password(_ name: String) throws -> String? {
        guard let text = environment[name], !text.isEmpty else { return nil }
        guard text.count >= 12 else {
            throw ConfigurationError(variable: name, value: text, expected: "minimal 12 karakter / at least 12 characters")
        }
        return text
    }
}

import Foundation
