import Foundation

/// JSON as Bijak prints it: keys sorted (stable, diffable output), slashes unescaped (readable sources and URLs).
enum JSONOutput {
    /// A fresh encoder; `JSONEncoder` is not documented as thread-safe, so each worker makes its own.
    static func makeEncoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
                                          : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// One value as a single line of JSON.
    static func string<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try makeEncoder().encode(value), as: UTF8.self)
    }
}
