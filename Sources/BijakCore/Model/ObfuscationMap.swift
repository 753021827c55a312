import Foundation

/// The bundled table of obfuscating characters (mathematical alphanumerics, keycaps, circled and bracketed
/// letters) and their ASCII readings, applied longest match first.
final class ObfuscationMap: Sendable {
    /// The table from `Resources/data/unicode-obfuscation-map.json`; empty if the resource is missing, so that
    /// a stripped-down build still runs (models then see the raw characters, as they would for unknown tricks).
    static let shared = ObfuscationMap(url: Bundle.module.url(forResource: "unicode-obfuscation-map",
                                                               withExtension: "json", subdirectory: "data"))

    private let table: [String: [Unicode.Scalar]]
    private let firstScalars: Set<UInt32>
    private let longestKey: Int

    init(url: URL?) {
        var table: [String: [Unicode.Scalar]] = [:]
        if let url, let data = try? Data(contentsOf: url),
           let object = try? JSONSerialization.jsonObject(with: data) as? [String: String] {
            for (key, value) in object { table[key] = Array(value.unicodeScalars) }
        }
        self.table = table
        self.firstScalars = Set(table.keys.compactMap { $0.unicodeScalars.first?.value })
        self.longestKey = table.keys.map { $0.unicodeScalars.count }.max() ?? 0
    }

    /// The text's scalars with every obfuscating sequence replaced by its reading.
    func apply(to text: String) -> [Unicode.Scalar] {
        let input = Array(text.unicodeScalars)
        guard !table.isEmpty else { return input }
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let scalar = input[index]
            // ASCII followed by ASCII can never start a key; skipping them keeps ordinary text fast.
            let nextIsASCII = index + 1 >= input.count || input[index + 1].value < 0x80
            if firstScalars.contains(scalar.value), !(scalar.value < 0x80 && nextIsASCII) {
                var matched = false
                for length in stride(from: min(longestKey, input.count - index), through: 1, by: -1) {
                    var key = String.UnicodeScalarView()
                    key.append(contentsOf: input[index..<index + length])
                    if let reading = table[String(key)] {
                        output.append(contentsOf: reading)
                        index += length
                        matched = true
                        break
                    }
                }
                if matched { continue }
            }
            output.append(scalar)
            index += 1
        }
        return output
    }
}
