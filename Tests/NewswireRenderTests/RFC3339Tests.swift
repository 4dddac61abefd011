import Foundation
import Testing
@testable import NewswireRender

@Suite struct RFC3339Tests {
    @Test(arguments: [
        (0.0, "1970-01-01T00:00:00Z"),
        (1_735_189_740, "2024-12-26T05:09:00Z"),
        (1_735_189_740.999, "2024-12-26T05:09:00Z"),
        (-1, "1969-12-31T23:59:59Z"),
        (-0.5, "1969-12-31T23:59:59Z"),
        (951_782_400, "2000-02-29T00:00:00Z"),
        (4_107_542_400, "2100-03-01T00:00:00Z"),
        (-2_208_988_800, "1900-01-01T00:00:00Z"),
        (253_402_300_799, "9999-12-31T23:59:59Z"),
        (1e300, "9999-12-31T23:59:59Z"),
    ])
    func formats(seconds: Double, expected: String) {
        #expect(RFC3339.string(from: Date(timeIntervalSince1970: seconds)) == expected)
    }

    @Test func agreesWithISO8601DateFormatterAcrossCenturies() {
        let reference = ISO8601DateFormatter()
        reference.timeZone = TimeZone(identifier: "UTC")
        var seconds = -2_208_988_800.0
        var mismatches: [String] = []
        while seconds < 4_102_444_800 {
            let date = Date(timeIntervalSince1970: seconds)
            if RFC3339.string(from: date) != reference.string(from: date) { mismatches.append("\(seconds)") }
            seconds += 3_196_813  // about 37 days and odd hours, to hit every month and many times of day
        }
        #expect(mismatches.isEmpty)
    }
}
