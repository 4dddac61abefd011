import Foundation
@testable import NewswireParse
import Testing

@Suite struct DateParserTests {
    static let utc = TimeZone(identifier: "UTC")!
    static let instant = "2024-12-26T05:09:00Z"

    @Test(arguments: [
        // RFC 822 / 1123 and variants
        ("Thu, 26 Dec 2024 13:09:00 +0800", instant),
        ("Thu, 26 Dec 2024 05:09:00 GMT", instant),
        ("Thu, 26 Dec 2024 05:09:00 UT", instant),
        ("Thu, 26 Dec 2024 05:09:00 UTC", instant),
        ("Thu, 26 Dec 2024 05:09:00 Z", instant),
        ("Thu, 26 Dec 2024 05:09:00 +0000", instant),
        ("Thu, 26 Dec 2024 05:09:00 -0000", instant),
        ("26 Dec 2024 05:09:00 GMT", instant),
        ("Thu 26 Dec 2024 05:09:00 GMT", instant),
        ("Thurs, 26 Dec 2024 05:09:00 GMT", instant),
        ("Thursday, 26 Dec 2024 05:09:00 GMT", instant),
        ("Thu, 26 Dec 24 05:09:00 GMT", instant),
        ("Thu, 26 Dec 2024 05:09 GMT", instant),
        ("Thu, 26 Dec 2024 5:09:00 GMT", instant),
        ("Thu, 26 Dec 2024 13:09:00 +08:00", instant),
        ("Thu, 26 Dec 2024 13:09:00 GMT+8", instant),
        ("Thu, 26 Dec 2024 13:09:00 GMT+0800", instant),
        ("Thu, 26 Dec 2024 13:09:00 GMT+08:00", instant),
        ("Thu, 26 Dec 2024 13:09:00 UTC +8", instant),
        ("Thu, 26 Dec 2024 00:09:00 GMT-5", instant),
        ("Thu, 26 Dec 2024 00:09:00 EST", instant),
        ("Thu, 26 Dec 2024 01:09:00 EDT", instant),
        ("Wed, 25 Dec 2024 23:09:00 CST", instant),
        ("Thu, 26 Dec 2024 00:09:00 CDT", instant),
        ("Wed, 25 Dec 2024 22:09:00 MST", instant),
        ("Wed, 25 Dec 2024 23:09:00 MDT", instant),
        ("Wed, 25 Dec 2024 21:09:00 PST", instant),
        ("Wed, 25 Dec 2024 22:09:00 PDT", instant),
        ("Thu, 26 Dec 2024 14:09:00 JST", instant),
        ("Thu, 26 Dec 2024 06:09:00 CET", instant),
        ("Thu, 26 Dec 2024 05:09:00 A", instant),
        ("Thu, 26 Dec 2024 05:09:00 z", instant),
        ("Thu, 26 Dec 2024 00:09:00 -0500", instant),
        ("Thu, 26 Dec 2024 10:39:00 +0530", instant),
        ("Thu, 26 Dec 2024 05:09:00 +0000 (UTC)", instant),
        ("Wed, 25 Dec 2024 21:09:00 -0800 (PST)", instant),
        ("thu, 26 dec 2024 05:09:00 gmt", instant),
        ("THU, 26 DEC 2024 05:09:00 GMT", instant),
        ("Thu,  26  Dec  2024  05:09:00  GMT", instant),
        ("Thu, 26 December 2024 05:09:00 GMT", instant),
        ("Thu, 26th Dec 2024 05:09:00 GMT", instant),
        ("Thu Dec 26 05:09:00 2024", instant),
        ("Thu Dec 26 05:09:00 UTC 2024", instant),
        ("Thursday, 26-Dec-24 05:09:00 GMT", instant),
        ("Thursday, 26-Dec-2024 05:09:00 GMT", instant),
        ("Dec 26, 2024 5:09 AM GMT", instant),
        ("December 26, 2024 1:09 PM +0800", instant),
        ("December 26, 2024 at 1:09 PM +0800", instant),
        ("Thu, 26 Dec 2024 05:09:60 GMT", "2024-12-26T05:09:59Z"),
        ("Sun, 5 Jan 2025 08:03:04 GMT", "2025-01-05T08:03:04Z"),
        ("Sun, 05 Jan 2025 08:03:04 GMT", "2025-01-05T08:03:04Z"),
        ("Sun,05 Jan 2025 08:03:04 GMT", "2025-01-05T08:03:04Z"),
        ("Sun, 5 January 2025 08:03:04 GMT", "2025-01-05T08:03:04Z"),
        ("Mon, 2 Sept 2024 10:00:00 GMT", "2024-09-02T10:00:00Z"),
        ("Mon, 2 Sep. 2024 10:00:00 GMT", "2024-09-02T10:00:00Z"),
        ("Wed, 1st Jan 2025 00:00:00 GMT", "2025-01-01T00:00:00Z"),
        ("Sun, 26 Dec 99 05:09:00 GMT", "1999-12-26T05:09:00Z"),
        ("Sun, 26 Dec 49 05:09:00 GMT", "2049-12-26T05:09:00Z"),
        ("Thu, 29 Feb 2024 12:00:00 GMT", "2024-02-29T12:00:00Z"),
        ("Tue, 31 Dec 2024 12:00 AM GMT", "2024-12-31T00:00:00Z"),
        ("Tue, 31 Dec 2024 12:30 PM GMT", "2024-12-31T12:30:00Z"),
        ("26 Dec 2024", "2024-12-26T00:00:00Z"),
        ("Thu, 26 Dec 2024", "2024-12-26T00:00:00Z"),
        // RFC 3339 / ISO 8601 and variants
        ("2024-12-26T05:09:00Z", instant),
        ("2024-12-26T13:09:00+08:00", instant),
        ("2024-12-26T13:09:00+0800", instant),
        ("2024-12-26T13:09:00+08", instant),
        ("2024-12-26t05:09:00z", instant),
        ("2024-12-26 05:09:00Z", instant),
        ("2024-12-26T05:09Z", instant),
        ("2024-12-26T13:09+08:00", instant),
        ("2024-12-26T05:09:00.000Z", instant),
        ("2024-12-26T00:09:00-05:00", instant),
        ("2024-12-26T05:09:00 UTC", instant),
        ("2024-12-26 13:09:00 GMT+8", instant),
        ("2024-12-26T05:09:00", instant),
        ("2024-12-26T05:09:00+00:00", instant),
        ("2024-12-26T05:09:00-00:00", instant),
        ("  2024-12-26T05:09:00Z \n", instant),
        ("2024/12/26 13:09 +0800", instant),
        ("2024.12.26 05:09", instant),
        ("2024-12-26T10:39:00+05:30", instant),
        ("2024-12-26T01:09:00 EDT", instant),
        ("2024-12-26", "2024-12-26T00:00:00Z"),
        ("2024-1-5T08:03:04Z", "2024-01-05T08:03:04Z"),
        ("2024-12-26T23:59:60Z", "2024-12-26T23:59:59Z"),
        ("1970-01-01T00:00:00Z", "1970-01-01T00:00:00Z"),
        ("2000-02-29T00:00:00Z", "2000-02-29T00:00:00Z"),
        // Epoch seconds and milliseconds
        ("1735189740", instant),
        ("1735189740000", instant),
        ("946684800", "2000-01-01T00:00:00Z"),
    ] as [(String, String)])
    func readsWithExplicitOrUTCZone(text: String, expected: String) {
        #expect(DateParser.parse(text, timeZone: Self.utc) == ISO8601DateFormatter().date(from: expected))
    }

    @Test(arguments: [
        ("2024-12-26 13:09", "Asia/Shanghai", instant),
        ("2024-12-26 13:09:00", "Asia/Shanghai", instant),
        ("2024-12-26T13:09:00", "Asia/Shanghai", instant),
        ("2024/12/26 13:09", "Asia/Shanghai", instant),
        ("Thu, 26 Dec 2024 13:09:00", "Asia/Shanghai", instant),
        ("26 Dec 2024 13:09", "Asia/Shanghai", instant),
        ("2024-12-26", "Asia/Shanghai", "2024-12-25T16:00:00Z"),
        ("2024-12-26T13:09:00Z", "Asia/Shanghai", "2024-12-26T13:09:00Z"),
        ("Thu, 26 Dec 2024 13:09:00 GMT", "Asia/Shanghai", "2024-12-26T13:09:00Z"),
        ("1735189740", "Asia/Shanghai", instant),
        ("2024-07-04 12:00", "America/New_York", "2024-07-04T16:00:00Z"),
        ("2024-01-04 12:00", "America/New_York", "2024-01-04T17:00:00Z"),
        ("2024-03-10 03:30", "America/New_York", "2024-03-10T07:30:00Z"),
        ("2024-06-01 10:00", "Europe/London", "2024-06-01T09:00:00Z"),
    ])
    func naiveTimesUseTheSourceZone(text: String, zone: String, expected: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        #expect(DateParser.parse(text, timeZone: timeZone) == ISO8601DateFormatter().date(from: expected))
    }

    @Test(arguments: [
        ("Tue, 10 Jun 2003 09:41:01.123 GMT", 1_055_238_061.123),
        ("2024-12-26T05:09:00.123456789Z", 1_735_189_740.123456789),
        ("2024-12-26T05:09:00,5Z", 1_735_189_740.5),
        ("2024-12-26T13:09:00.25+08:00", 1_735_189_740.25),
    ])
    func fractionsOfSeconds(text: String, expected: Double) throws {
        let date = try #require(DateParser.parse(text, timeZone: Self.utc))
        #expect(abs(date.timeIntervalSince1970 - expected) < 0.000_01)
    }

    @Test(arguments: [
        "", "   ", "not a date", "12345", "0", "+0800", "Dec 2024", "26 Dec", "Thu, 26 Dec",
        "Thu, 32 Dec 2024 05:09:00 GMT", "Thu, 26 Foo 2024 05:09:00 GMT", "Thu, 26 Dec 2024 05:09:00 XYZ",
        "Thu, 26 Dec 2024 05:09:00 GMT garbage", "Thu, 26 Dec 2024 13:00 PM", "Thu, 26 Dec 2024 05:09:00 +1500",
        "Thu, 26 Dec 2024 05:09:00 -1430", "26 Dec 2024 05:09:00 +08:00 +09:00", "Thu, 26 Dec 2024 25:09:00 GMT",
        "2024-13-01T00:00:00Z", "2024-02-30", "2023-02-29", "2024-00-10", "2024-12-00",
        "2024-12-26T24:00:00Z", "2024-12-26T12:60:00Z", "2024-12-26T05:09:00+15:00", "2024-12-26T05:09:00+14:30",
        "2024-12-26T05:09:00Zjunk", "2024-12-26T5", "2024-12-26T05:09:00 +08:00 extra", "2024-12-26X05:09",
        "1735189740.5", "12/26/2024", "Thu, 26 Dec 2024 05:09:00 (unbalanced", "(comment only)",
        // Placeholders and instants outside 1970…2100
        "1969-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "9999999999", "2101-01-01",
        "Mon, 01 Jan 0001 00:00:00 GMT",
        // Out-of-range offsets
        "Thu, 26 Dec 2024 05:09:00 GMT+15", "2024-12-26 13:09 +15:00", "2024-12-26 13:09 -1430",
        "Thu, 26 Dec 2024 05:09:00 UTC+14:30",
        // CJK and relative forms that are broken or not dates
        "2024年13月1日", "2024年2月30日", "13月5日", "12月32日", "2月30日", "年月日", "分钟前", "前", "小时前",
        // ISO 8601 week and ordinal dates out of range
        "2024-W54-1", "2025-W53-1", "2024-W52-8", "2024-W00-1", "2023-366", "2024-000", "20241332", "2024W5",
        "5月前", "abc5分钟前", "2023年2月29日", "2023-02-29 12:00", "2024-12-26abc",
        "昨天 25:00", "12-26-2024", "2024年12月", "第5分钟",
    ])
    func rejectsWhatIsNoDate(text: String) {
        #expect(DateParser.parse(text, timeZone: Self.utc, now: Date(timeIntervalSince1970: 1_736_049_600)) == nil)
    }

    @Test func neverCrashesOnRandomInput() {
        var generator = SplitMix64(seed: 0x5EED_DA7E)
        let alphabet = Array("0123456789 :-+,./()TZtzGMTUCESPDJanFebDecThuMonAMPMst年月日\t\n\u{0}\u{FFFD}é")
        let samples = ["Thu, 26 Dec 2024 13:09:00 +0800", "2024-12-26T13:09:00.123+08:00", "1735189740"]
        var parsed = 0
        for round in 0..<4000 {
            var text: String
            if round % 2 == 0 {
                let length = Int(generator.next() % 40)
                text = String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            } else {
                var characters = Array(samples[round % samples.count])
                for _ in 0..<(1 + generator.next() % 4) where !characters.isEmpty {
                    let position = Int(generator.next() % UInt64(characters.count))
                    characters[position] = alphabet[Int(generator.next() % UInt64(alphabet.count))]
                }
                text = String(characters)
            }
            let date = DateParser.parse(text, timeZone: Self.utc)
            if let date {
                parsed += 1
                #expect(date.timeIntervalSince1970.isFinite)
            }
            #expect(DateParser.parse(text, timeZone: Self.utc) == date)
        }
        #expect(parsed > 0)
    }
}

/// A small seeded generator so random tests repeat exactly.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
