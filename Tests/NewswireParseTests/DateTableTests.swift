import Foundation
@testable import NewswireParse
import Testing

/// One row of the date table: a text, the source's zone and the instant it must name.
struct DateCase: Sendable, CustomTestStringConvertible {
    let text: String
    let zone: String
    /// Seconds since 1970 of the expected instant.
    let expected: Double

    init(_ text: String, _ zone: String, _ expected: Double) {
        self.text = text
        self.zone = zone
        self.expected = expected
    }

    var testDescription: String { "\(text) [\(zone)]" }
}

/// The big table of absolute dates: RFC 822/1123/850 and asctime variants, named zones and
/// offsets, RFC 3339 / ISO 8601 variants, naive times in several zones, epoch seconds and
/// milliseconds, and the CJK forms with a year (also inside surrounding text). The expected
/// instants were computed independently (Python's `datetime` with `zoneinfo`).
@Suite struct DateTableTests {
    /// The time relative forms would count from; absolute dates must not depend on it.
    static let now = Date(timeIntervalSince1970: 1_736_049_600) // 2025-01-05T04:00:00Z

    @Test(arguments: DateTableTests.cases)
    func readsTheExpectedInstant(row: DateCase) throws {
        let timeZone = try #require(TimeZone(identifier: row.zone))
        let date = try #require(DateParser.parse(row.text, timeZone: timeZone, now: Self.now))
        #expect(abs(date.timeIntervalSince1970 - row.expected) < 0.000_01)
    }

    @Test func tableIsLarge() {
        #expect(Self.cases.count >= 300)
        #expect(Set(Self.cases.map { "\($0.text)|\($0.zone)" }).count == Self.cases.count)
    }

    static let cases: [DateCase] = rfc822Cases + iso8601Cases + cjkCases + namedZoneCases

    /// Zone abbreviations, including `CST`, whose meaning depends on the source's zone.
    static let namedZoneCases: [DateCase] = [
        DateCase("Thu Dec 26 13:09:00 CST 2024", "Asia/Shanghai", 1_735_189_740),
        DateCase("Thu, 26 Dec 2024 13:09:00 CST", "Asia/Shanghai", 1_735_189_740),
        DateCase("Thu, 26 Dec 2024 13:09:00 CST", "Asia/Taipei", 1_735_189_740),
        DateCase("Thu, 26 Dec 2024 13:09:00 CST", "UTC", 1_735_189_740 + 19 * 3600 - 5 * 3600),
        DateCase("Thu Dec 26 13:09:00 CST 2024", "America/Chicago", 1_735_189_740 + 14 * 3600),
        DateCase("2024-12-26 13:09:00 CST", "Asia/Shanghai", 1_735_189_740),
        DateCase("2024-12-26 13:09:00 CST", "Europe/Paris", 1_735_189_740 + 14 * 3600),
        DateCase("Thu, 26 Dec 2024 12:09:00 ICT", "UTC", 1_735_189_740),
        DateCase("Thu, 26 Dec 2024 13:09:00 PHT", "UTC", 1_735_189_740),
    ]
}
