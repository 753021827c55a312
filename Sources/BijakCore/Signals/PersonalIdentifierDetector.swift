/// Finds personal identifiers and validates them, so that a bare run of digits is not mistaken for one:
/// NIK (16 digits: a real district code, a date of birth with +40 on the day for women), NIP (18 digits: birth
/// date, appointment year and month, gender digit, serial), Indonesian mobile numbers, e-mail addresses and vehicle
/// plates. Evidence is always masked ("3174********0001").
public struct PersonalIdentifierDetector: SignalDetector {
    private let districtCodes: Set<String>

    /// Creates a detector with the set of valid 6-digit district (kecamatan) codes.
    public init(districtCodes: Set<String>) {
        self.districtCodes = districtCodes
    }

    public func detect(_ input: DetectionInput, into signals: inout SignalSet) {
        for field in input.fields {
            let analysis = field.analysis
            for run in DigitRuns.find(in: analysis.originalScalars) {
                if let kind = classify(run.digits) {
                    let masked = IdentifierMask.mask(run.digits)
                    signals.add(Signal(name: "personal_identifier", score: kind.score, spans: [run.span],
                                       origin: "detector:\(kind.name)", maskedText: masked,
                                       detail: "\(kind.name):\(masked)", field: field.name))
                    // A validated national or civil-service number is personal data on its own, unlike a phone
                    // number a seller posts; rules may treat it apart.
                    if kind.name == "nik" || kind.name == "nip" {
                        signals.add(Signal(name: "identity_number", score: 1, spans: [run.span], origin: "detector:\(kind.name)",
                                           maskedText: masked, detail: "\(kind.name):\(masked)", field: field.name))
                    }
                }
            }
            for token in analysis.tokens where token.kind == .email {
                let masked = IdentifierMask.maskEmail(analysis.excerpt(token.span))
                signals.add(Signal(name: "personal_identifier", score: 0.6, spans: [token.span], origin: "detector:email",
                                   maskedText: masked, detail: "email:\(masked)", field: field.name))
            }
            for plate in VehiclePlates.find(in: analysis.originalScalars) {
                signals.add(Signal(name: "personal_identifier", score: 0.5, spans: [plate.span], origin: "detector:plate",
                                   maskedText: plate.masked, detail: "plate:\(plate.masked)", field: field.name))
            }
        }
    }

    private func classify(_ digits: [UInt8]) -> (name: String, score: Double)? {
        switch digits.count {
        case 16 where isValidNIK(digits): return ("nik", 1.0)
        case 18 where isValidNIP(digits): return ("nip", 1.0)
        case 10...15 where isMobileNumber(digits): return ("phone", 0.7)
        default: return nil
        }
    }

    func isValidNIK(_ d: [UInt8]) -> Bool {
        let district = d[0..<6].map { String($0) }.joined()
        guard districtCodes.contains(district) else { return false }
        var day = number(d, 6, 2)
        let month = number(d, 8, 2)
        if day > 40 { day -= 40 }
        guard (1...31).contains(day), (1...12).contains(month) else { return false }
        return number(d, 12, 4) > 0
    }

    func isValidNIP(_ d: [UInt8]) -> Bool {
        let birthYear = number(d, 0, 4), birthMonth = number(d, 4, 2), birthDay = number(d, 6, 2)
        let appointedYear = number(d, 8, 4), appointedMonth = number(d, 12, 2)
        let gender = number(d, 14, 1), serial = number(d, 15, 3)
        return (1940...2015).contains(birthYear) && (1...12).contains(birthMonth) && (1...31).contains(birthDay)
            && (1960...2040).contains(appointedYear) && (1...12).contains(appointedMonth)
            && appointedYear >= birthYear + 15 && (gender == 1 || gender == 2) && serial > 0
    }

    func isMobileNumber(_ d: [UInt8]) -> Bool {
        if d.count >= 10, d.count <= 13, d[0] == 0, d[1] == 8 { return true }
        if d.count >= 11, d.count <= 14, d[0] == 6, d[1] == 2, d[2] == 8 { return true }
        return false
    }

    private func number(_ d: [UInt8], _ start: Int, _ length: Int) -> Int {
        d[start..<(start + length)].reduce(0) { $0 * 10 + Int($1) }
    }
}

/// Masks identifiers for display: the first and last four digits stay, the rest become `*`.
public enum IdentifierMask {
    /// "3174091234560001" -> "3174********0001".
    public static func mask(_ digits: [UInt8]) -> String {
        let text = digits.map { String($0) }.joined()
        let keep = digits.count >= 12 ? 4 : 2
        guard digits.count > keep * 2 else { return String(repeating: "*", count: digits.count) }
        return String(text.prefix(keep)) + String(repeating: "*", count: digits.count - keep * 2) + String(text.suffix(keep))
    }

    /// "budi.santoso@mail.go.id" -> "b***@mail.go.id".
    public static func maskEmail(_ email: String) -> String {
        guard let at = email.firstIndex(of: "@") else { return "***" }
        return String(email.prefix(1)) + "***" + String(email[at...])
    }
}
