import Foundation
import Testing

/// `--unit-file`: a unit's zone and shifts decide whether a post falls in duty hours; a bad file is refused.
@Suite struct UnitFileTests {
    @Test func nightShiftInItsOwnZoneIsOnDuty() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let unit = directory.appendingPathComponent("unit.json")
        try Data(#"{"name": "Lapas Ambon", "zone": "WIT", "shifts": [{"days": [6], "start": "19:00", "end": "07:00"}]}"#.utf8).write(to: unit)
        // Saturday 22:00 WIT, given as 20:00 WIB by the device.
        let result = try CLI.run(["check", "--json", "--action", "live", "--live", "--uniform", "--time", "2025-02-08T20:00:00+07:00",
                                  "--unit-file", unit.path, "live karaoke dulu gaes"])
        let json = try #require(result.json)
        let findings = try #require(json["findings"] as? [[String: Any]])
        let signals = findings.flatMap { ($0["signals"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String } }
        #expect(findings.first?["rule"] as? String == "DJPAS-7")
        #expect(signals.contains("context.on_duty"))
    }

    @Test func badUnitIsADataError() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let unit = directory.appendingPathComponent("unit.json")
        try Data(#"{"zone": "CET"}"#.utf8).write(to: unit)
        let result = try CLI.run(["check", "--unit-file", unit.path, "halo"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("WIB, WITA or WIT"))
    }
}
