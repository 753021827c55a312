import Foundation

/// Free text people type into oversight forms (notes, reasons, complaints): refused when it carries control
/// characters other than line breaks and tabs, or bidirectional overrides that could make a record read
/// differently from what it says.
enum SafeText {
    static func isClean(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            if scalar == "\n" || scalar == "\r" || scalar == "\t" { return true }
            if scalar.properties.generalCategory == .control { return false }
            // LRE, RLE, PDF, LRO, RLO and the isolates LRI, RLI, FSI, PDI.
            return !(0x202A...0x202E).contains(scalar.value) && !(0x2066...0x2069).contains(scalar.value)
        }
    }
}
