/// Runs of digits in the original text, allowing the separators people type inside numbers
/// ("3174 0912 3456 0001", "0812-3456-7890", "+62 812 3456 7890").
enum DigitRuns {
    struct Run {
        var digits: [UInt8]
        var span: TextSpan
    }

    static func find(in scalars: [Unicode.Scalar]) -> [Run] {
        var runs: [Run] = []
        var index = 0
        while index < scalars.count {
            guard isDigit(scalars[index]) else { index += 1; continue }
            // A digit glued to letters ("covid19", "a1b2") is not an identifier.
            if index > 0, scalars[index - 1].properties.isAlphabetic { index += 1; continue }
            var start = index
            if index > 0, scalars[index - 1] == "+" { start = index - 1 }
            var digits: [UInt8] = []
            var end = index
            var cursor = index
            while cursor < scalars.count {
                if isDigit(scalars[cursor]) {
                    digits.append(UInt8(scalars[cursor].value - 48))
                    cursor += 1
                    end = cursor
                } else if (scalars[cursor] == " " || scalars[cursor] == "-" || scalars[cursor] == "."),
                          cursor + 1 < scalars.count, isDigit(scalars[cursor + 1]), digits.count < 18 {
                    cursor += 1
                } else {
                    break
                }
                if digits.count > 20 { break }
            }
            let gluedToLetter = end < scalars.count && scalars[end].properties.isAlphabetic
            if !gluedToLetter, digits.count >= 10 {
                runs.append(Run(digits: digits, span: TextSpan(start: start, end: end)))
            }
            index = max(end, index + 1)
        }
        return runs
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }
}

/// Indonesian vehicle plates in capitals: region letters, 1-4 digits, 0-3 letters ("B 1234 XYZ", "AB 123 CD").
enum VehiclePlates {
    struct Plate {
        var span: TextSpan
        var masked: String
    }

    private static let regions: Set<String> = [
        "A", "B", "D", "E", "F", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "W", "Z", "AA", "AB", "AD", "AE", "AG",
        "BA", "BB", "BD", "BE", "BG", "BH", "BK", "BL", "BM", "BN", "BP", "DA", "DB", "DD", "DE", "DG", "DH", "DK", "DL",
        "DM", "DN", "DR", "DT", "EA", "EB", "ED", "KB", "KH", "KT", "KU", "PA", "PB",
    ]

    static func find(in scalars: [Unicode.Scalar]) -> [Plate] {
        // A plate needs a capital letter, a space and a digit in a row; most posts have none, and skip the work.
        var candidate = false
        if scalars.count >= 5 {
            for index in 0..<(scalars.count - 2) where scalars[index].value >= 0x41 && scalars[index].value <= 0x5A
                && scalars[index + 1] == " " && ScalarClass.isDigit(scalars[index + 2]) {
                candidate = true
                break
            }
        }
        guard candidate else { return [] }
        let words = split(scalars)
        var plates: [Plate] = []
        var index = 0
        while index + 1 < words.count {
            let (region, regionSpan) = words[index]
            let (number, numberSpan) = words[index + 1]
            guard regions.contains(region), number.count <= 4, number.allSatisfy(\.isNumber),
                  numberSpan.start - regionSpan.end == 1 else { index += 1; continue }
            var span = regionSpan.union(numberSpan)
            var suffix = ""
            if index + 2 < words.count, words[index + 2].0.count <= 3, words[index + 2].0.allSatisfy({ $0.isUppercase && $0.isLetter }),
               words[index + 2].1.start - numberSpan.end == 1 {
                suffix = words[index + 2].0
                span = span.union(words[index + 2].1)
            }
            guard !suffix.isEmpty else { index += 1; continue }
            let masked = "\(region) \(String(number.prefix(1)))\(String(repeating: "*", count: number.count - 1)) \(suffix)"
            plates.append(Plate(span: span, masked: masked))
            index += 3
        }
        return plates
    }

    private static func split(_ scalars: [Unicode.Scalar]) -> [(String, TextSpan)] {
        var words: [(String, TextSpan)] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index].isASCII, scalars[index].properties.isAlphabetic || (48...57).contains(scalars[index].value) else {
                index += 1
                continue
            }
            var end = index
            var word = String.UnicodeScalarView()
            while end < scalars.count, scalars[end].isASCII,
                  scalars[end].properties.isAlphabetic || (48...57).contains(scalars[end].value) {
                word.append(scalars[end])
                end += 1
            }
            words.append((String(word), TextSpan(start: index, end: end)))
            index = end
        }
        return words
    }
}
