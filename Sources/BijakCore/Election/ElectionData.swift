import Foundation

/// One election's facts as data: candidates and their ballot numbers, parties and their names, campaign periods.
///
/// Candidates and parties change every election, so they are never written into rules or code: the bundled file
/// (`Resources/data/election-2024.json`, made by `scripts/make_election_data.py`) is replaced for another election
/// by an overlay's `data/election.json` of the same shape.
public struct ElectionData: Codable, Hashable, Sendable {
    /// A candidate or pair of candidates on one ballot.
    public struct Candidate: Codable, Hashable, Sendable {
        /// The ballot number.
        public var number: Int
        /// The office: `presiden`, `gubernur`, `bupati`, `walikota`, `dprd`, ...
        public var office: String
        /// Full names.
        public var names: [String]
        /// Other names people write, matched like lexicon phrases (any case, slang and obfuscation undone).
        public var aliases: [String]
        /// Names matched only as written ("AMIN" names a pair; "amin" is a prayer's ending).
        public var caseSensitiveAliases: [String]

        private enum CodingKeys: String, CodingKey {
            case number, office, names, aliases, caseSensitiveAliases = "case_sensitive_aliases"
        }

        public init(number: Int, office: String, names: [String], aliases: [String] = [], caseSensitiveAliases: [String] = []) {
            self.number = number
            self.office = office
            self.names = names
            self.aliases = aliases
            self.caseSensitiveAliases = caseSensitiveAliases
        }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            number = try container.decode(Int.self, forKey: .number)
            office = try container.decodeIfPresent(String.self, forKey: .office) ?? ""
            names = try container.decode([String].self, forKey: .names)
            aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
            caseSensitiveAliases = try container.decodeIfPresent([String].self, forKey: .caseSensitiveAliases) ?? []
        }
    }

    /// A party on the ballot.
    public struct Party: Codable, Hashable, Sendable {
        /// The ballot number.
        public var number: Int
        /// The usual short name.
        public var abbreviation: String
        /// The full name.
        public var name: String
        /// `nasional` or a region.
        public var scope: String?
        /// Other names, matched like lexicon phrases.
        public var aliases: [String]
        /// Names matched only as written ("PAN", "GARUDA").
        public var caseSensitiveAliases: [String]

        private enum CodingKeys: String, CodingKey {
            case number, abbreviation, name, scope, aliases, caseSensitiveAliases = "case_sensitive_aliases"
        }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            number = try container.decode(Int.self, forKey: .number)
            abbreviation = try container.decodeIfPresent(String.self, forKey: .abbreviation) ?? ""
            name = try container.decode(String.self, forKey: .name)
            scope = try container.decodeIfPresent(String.self, forKey: .scope)
            aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
            caseSensitiveAliases = try container.decodeIfPresent([String].self, forKey: .caseSensitiveAliases) ?? []
        }
    }

    /// A campaign period, in local dates (inclusive), with its voting day.
    public struct CampaignPeriod: Codable, Hashable, Sendable {
        public var name: String
        /// First day, `YYYY-MM-DD`.
        public var start: String
        /// Last day, `YYYY-MM-DD`.
        public var end: String
        /// Voting day, `YYYY-MM-DD`.
        public var votingDay: String?

        private enum CodingKeys: String, CodingKey { case name, start, end, votingDay = "voting_day" }
    }

    /// The file's version, reported with the rulebook's.
    public var version: String
    /// The election's name per language.
    public var name: LocalizedText
    /// Where the facts come from, and whether they were checked against a primary text.
    public struct Source: Codable, Hashable, Sendable {
        public var document: String
        /// False when the facts rest on secondary reports.
        public var confirmed: Bool
        public var note: LocalizedText?
    }

    /// Where the facts come from.
    public var source: Source?
    /// Campaign periods.
    public var campaignPeriods: [CampaignPeriod]
    /// Candidates.
    public var candidates: [Candidate]
    /// Parties.
    public var parties: [Party]

    private enum CodingKeys: String, CodingKey {
        case version, name, source, campaignPeriods = "campaign_periods", candidates, parties
    }

    /// The bundled file's name, and the name an overlay uses (`data/election.json`) to replace it.
    public static let bundledFile = "election-2024.json", overlayFile = "election.json"

    /// Reads an election file; errors name the file and, for JSON problems, the line.
    public static func load(_ url: URL, name: String) throws -> ElectionData {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw RulebookError(file: name, problem: "berkas tidak ada / file is missing")
        }
        do {
            let election = try JSONDecoder().decode(ElectionData.self, from: data)
            try election.validate(file: name)
            return election
        } catch let error as RulebookError {
            throw error
        } catch {
            throw RulebookError(file: name, problem: "data pemilu tidak sah / invalid election data: \(error)")
        }
    }

    /// The bundled election data.
    public static func bundled() throws -> ElectionData {
        guard let directory = RulebookLoader.bundledDataDirectory else {
            throw RulebookError(file: "data/\(bundledFile)", problem: "data bawaan tidak ditemukan / bundled data not found")
        }
        return try load(directory.appendingPathComponent(bundledFile), name: "data/\(bundledFile)")
    }

    /// The overlay's election data (`data/election.json`), or `nil` when it has none.
    public static func overlay(in directory: URL) throws -> ElectionData? {
        let url = directory.appendingPathComponent("data").appendingPathComponent(overlayFile)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try load(url, name: "data/\(overlayFile)")
    }

    private func validate(file: String) throws {
        for period in campaignPeriods {
            guard let start = LocalDate(period.start), let end = LocalDate(period.end), start <= end else {
                throw RulebookError(file: file, problem: "masa kampanye '\(period.name)' tidak sah (YYYY-MM-DD, awal <= akhir) / invalid campaign period")
            }
        }
        for candidate in candidates where candidate.names.isEmpty || candidate.number < 0 {
            throw RulebookError(file: file, problem: "calon nomor \(candidate.number) tanpa nama / candidate without a name")
        }
    }

    /// Lexicon entries for the `candidate` and `party` signals: names and aliases matched in any case.
    public var lexiconEntries: [String: [LexiconEntry]] {
        let candidateEntries = candidates.flatMap { $0.names + $0.aliases }.map {
            LexiconEntry(phrase: $0, weight: 1, origin: "election:\(version)")
        }
        let partyEntries = parties.flatMap { [$0.name] + $0.aliases }.map {
            LexiconEntry(phrase: $0, weight: 1, origin: "election:\(version)")
        }
        return ["candidate": candidateEntries, "party": partyEntries]
    }

    /// Every ballot number in use (candidates' and parties').
    public var ballotNumbers: Set<Int> { Set(candidates.map(\.number) + parties.map(\.number)) }

    /// Whether `date`, read in the zone `utcOffsetSeconds`, falls in a campaign period (or on its voting day).
    public func isCampaignTime(_ date: Date, utcOffsetSeconds: Int) -> Bool {
        let day = LocalDate(date, utcOffsetSeconds: utcOffsetSeconds)
        return campaignPeriods.contains { period in
            guard let start = LocalDate(period.start), let end = LocalDate(period.end) else { return false }
            return (start...end).contains(day)
        }
    }
}

/// A calendar date, compared as (year, month, day).
struct LocalDate: Comparable, Hashable, Sendable {
    var year: Int, month: Int, day: Int

    init?(_ text: String) {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        (year, month, day) = (parts[0], parts[1], parts[2])
    }

    init(_ date: Date, utcOffsetSeconds: Int) {
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm), so no Calendar or TimeZone is needed.
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + utcOffsetSeconds
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
