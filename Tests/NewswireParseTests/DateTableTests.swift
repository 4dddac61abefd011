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

    static let cases: [DateCase] = rfc822Cases + iso8601Cases + isoVariantCases + cjkCases + japaneseAndKoreanCases
        + namedZoneCases

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

    /// ISO 8601 week dates, ordinal dates and the basic format (expected values from Python's
    /// `date.fromisocalendar`).
    static let isoVariantCases: [DateCase] = [
        DateCase("2024-W52-4", "UTC", 1735171200.0),
        DateCase("2024W524", "UTC", 1735171200.0),
        DateCase("2025-W01-1", "UTC", 1735516800.0),
        DateCase("2025W011", "UTC", 1735516800.0),
        DateCase("2020-W53-7", "UTC", 1609632000.0),
        DateCase("2020W537", "UTC", 1609632000.0),
        DateCase("2026-W53-5", "UTC", 1798761600.0),
        DateCase("2026W535", "UTC", 1798761600.0),
        DateCase("2009-W53-4", "UTC", 1262217600.0),
        DateCase("2009W534", "UTC", 1262217600.0),
        DateCase("2021-W01-1", "UTC", 1609718400.0),
        DateCase("2021W011", "UTC", 1609718400.0),
        DateCase("2024-W01-1", "UTC", 1704067200.0),
        DateCase("2024W011", "UTC", 1704067200.0),
        DateCase("2015-W53-5", "UTC", 1451606400.0),
        DateCase("2015W535", "UTC", 1451606400.0),
        DateCase("2024-W52-4T13:09:00+08:00", "UTC", 1735189740.0),
        DateCase("2024-W52-4T13:09", "Asia/Shanghai", 1735189740.0),
        DateCase("2024-W52", "UTC", 1734912000.0),
        DateCase("2024-361", "UTC", 1735171200.0),
        DateCase("2024-001", "UTC", 1704067200.0),
        DateCase("2024-366", "UTC", 1735603200.0),
        DateCase("2023-365", "UTC", 1703980800.0),
        DateCase("2000-060", "UTC", 951782400.0),
        DateCase("2025-005", "UTC", 1736035200.0),
        DateCase("2024-361T05:09:00Z", "UTC", 1735189740.0),
        DateCase("20241226", "UTC", 1735171200.0),
        DateCase("20241226", "Asia/Shanghai", 1735142400.0),
        DateCase("20241226T050900Z", "UTC", 1735189740.0),
        DateCase("20241226T130900+0800", "UTC", 1735189740.0),
        DateCase("20241226T1309+08", "UTC", 1735189740.0),
        DateCase("20241226t050900.250z", "UTC", 1735189740.25),
        DateCase("20241226T130900", "Asia/Shanghai", 1735189740.0),
        DateCase("20241226T13:09:00+08:00", "UTC", 1735189740.0),
        DateCase("202412261309", "Asia/Shanghai", 1735189740.0),
        DateCase("20241226130900", "Asia/Shanghai", 1735189740.0),
        DateCase("2024-12-26T130900Z", "UTC", 1735218540.0),
        DateCase("19991107", "UTC", 941932800.0),
    ]

    /// Japanese and Korean dates with a year, naive in the source's zone (UTC+9).
    static let japaneseAndKoreanCases: [DateCase] = [
        DateCase("2024年12月26日(木) 14:09", "Asia/Tokyo", 1_735_189_740),
        DateCase("2024年12月26日 木曜日 14:09", "Asia/Tokyo", 1_735_189_740),
        DateCase("2024年12月26日（木曜）14:09", "Asia/Tokyo", 1_735_189_740),
        DateCase("2024年12月26日 14時09分", "Asia/Tokyo", 1_735_189_740),
        DateCase("2024年12月26日 午後2時09分", "Asia/Tokyo", 1_735_189_740),
        DateCase("2024年12月26日 午前9時", "Asia/Tokyo", 1_735_171_200),
        DateCase("2024/12/26(木) 14:09", "Asia/Tokyo", 1_735_189_740),
        DateCase("更新日：2024年12月26日 14:09", "Asia/Tokyo", 1_735_189_740),
        DateCase("2024년 12월 26일 14:09", "Asia/Seoul", 1_735_189_740),
        DateCase("2024년 12월 26일 (목) 오후 2:09", "Asia/Seoul", 1_735_189_740),
        DateCase("2024년 12월 26일 목요일 14시 9분", "Asia/Seoul", 1_735_189_740),
        DateCase("2024년12월26일 오전 9:00", "Asia/Seoul", 1_735_171_200),
        DateCase("입력 2024.12.26 14:09", "Asia/Seoul", 1_735_189_740),
        DateCase("2024.12.26. 14:09", "Asia/Seoul", 1_735_189_740),
        DateCase("2024. 12. 26. 오후 2:09", "Asia/Seoul", 1_735_189_740),
    ]
}
