import Foundation
@testable import NewswireParse
import Testing

/// One row of the relative-date table: a text read at `now` in `zone`, and the instant it names.
struct RelativeDateCase: Sendable, CustomTestStringConvertible {
    let text: String
    let zone: String
    let now: String
    let expected: String

    init(_ text: String, _ zone: String, now: String, _ expected: String) {
        self.text = text
        self.zone = zone
        self.now = now
        self.expected = expected
    }

    var testDescription: String { "\(text) [\(zone) at \(now)]" }
}

/// Dates that need `now`: relative forms (`刚刚`, `5分钟前`, `两小时前`, `昨天 12:00`) and years left
/// out (`12月26日`, `12-26 13:09`), especially around New Year.
@Suite struct RelativeDateTableTests {
    /// 2025-01-05 12:00 in Shanghai.
    static let january = "2025-01-05T04:00:00Z"
    /// 2024-12-31 23:30 in Shanghai.
    static let newYearsEve = "2024-12-31T15:30:00Z"
    /// 2025-01-01 01:00 in Shanghai, still 2024 in UTC.
    static let afterMidnight = "2024-12-31T17:00:00Z"
    static let shanghai = "Asia/Shanghai"

    @Test(arguments: RelativeDateTableTests.cases)
    func readsTheExpectedInstant(row: RelativeDateCase) throws {
        let timeZone = try #require(TimeZone(identifier: row.zone))
        let now = try #require(ISO8601DateFormatter().date(from: row.now))
        let expected = try #require(ISO8601DateFormatter().date(from: row.expected))
        #expect(DateParser.parse(row.text, timeZone: timeZone, now: now) == expected)
    }

    static let cases: [RelativeDateCase] = relativeCases + dayWordCases + yearInferenceCases + japaneseAndKoreanCases

    static let relativeCases: [RelativeDateCase] = [
        RelativeDateCase("刚刚", shanghai, now: january, january),
        RelativeDateCase("刚才", shanghai, now: january, january),
        RelativeDateCase("Just now", shanghai, now: january, january),
        RelativeDateCase("30秒前", shanghai, now: january, "2025-01-05T03:59:30Z"),
        RelativeDateCase("1分钟前", shanghai, now: january, "2025-01-05T03:59:00Z"),
        RelativeDateCase("5分钟前", shanghai, now: january, "2025-01-05T03:55:00Z"),
        RelativeDateCase("5 分钟前", shanghai, now: january, "2025-01-05T03:55:00Z"),
        RelativeDateCase("５分钟前", shanghai, now: january, "2025-01-05T03:55:00Z"),
        RelativeDateCase("5分前", shanghai, now: january, "2025-01-05T03:55:00Z"),
        RelativeDateCase("十分钟前", shanghai, now: january, "2025-01-05T03:50:00Z"),
        RelativeDateCase("十五分钟前", shanghai, now: january, "2025-01-05T03:45:00Z"),
        RelativeDateCase("二十三分钟前", shanghai, now: january, "2025-01-05T03:37:00Z"),
        RelativeDateCase("一分钟以前", shanghai, now: january, "2025-01-05T03:59:00Z"),
        RelativeDateCase("半小时前", shanghai, now: january, "2025-01-05T03:30:00Z"),
        RelativeDateCase("1小时前", shanghai, now: january, "2025-01-05T03:00:00Z"),
        RelativeDateCase("3小时前", shanghai, now: january, "2025-01-05T01:00:00Z"),
        RelativeDateCase("两小时前", shanghai, now: january, "2025-01-05T02:00:00Z"),
        RelativeDateCase("两个小时前", shanghai, now: january, "2025-01-05T02:00:00Z"),
        RelativeDateCase("三个钟头前", shanghai, now: january, "2025-01-05T01:00:00Z"),
        RelativeDateCase("十小时前", shanghai, now: january, "2025-01-04T18:00:00Z"),
        RelativeDateCase("二十三小时前", shanghai, now: january, "2025-01-04T05:00:00Z"),
        RelativeDateCase("1天前", shanghai, now: january, "2025-01-04T04:00:00Z"),
        RelativeDateCase("三天前", shanghai, now: january, "2025-01-02T04:00:00Z"),
        RelativeDateCase("2周前", shanghai, now: january, "2024-12-22T04:00:00Z"),
        RelativeDateCase("1个星期前", shanghai, now: january, "2024-12-29T04:00:00Z"),
        RelativeDateCase("1个月前", shanghai, now: january, "2024-12-05T04:00:00Z"),
        RelativeDateCase("1年前", shanghai, now: january, "2024-01-05T04:00:00Z"),
        RelativeDateCase("5 minutes ago", shanghai, now: january, "2025-01-05T03:55:00Z"),
        RelativeDateCase("2 hours ago", shanghai, now: january, "2025-01-05T02:00:00Z"),
        RelativeDateCase("1 day ago", "UTC", now: january, "2025-01-04T04:00:00Z"),
        RelativeDateCase("3 Days Ago", "UTC", now: january, "2025-01-02T04:00:00Z"),
        RelativeDateCase("发布于 3小时前", shanghai, now: january, "2025-01-05T01:00:00Z"),
        RelativeDateCase("阅读 5 · 3小时前", shanghai, now: january, "2025-01-05T01:00:00Z"),
        RelativeDateCase("新华社 刚刚", shanghai, now: january, january),
        RelativeDateCase("5分钟前", shanghai, now: newYearsEve, "2024-12-31T15:25:00Z"),
        RelativeDateCase("两小时前", "America/New_York", now: january, "2025-01-05T02:00:00Z"),
    ]

    static let dayWordCases: [RelativeDateCase] = [
        RelativeDateCase("今天 09:00", shanghai, now: january, "2025-01-05T01:00:00Z"),
        RelativeDateCase("今天", shanghai, now: january, "2025-01-04T16:00:00Z"),
        RelativeDateCase("今日 10:15", shanghai, now: january, "2025-01-05T02:15:00Z"),
        RelativeDateCase("昨天 12:00", shanghai, now: january, "2025-01-04T04:00:00Z"),
        RelativeDateCase("昨天12:00", shanghai, now: january, "2025-01-04T04:00:00Z"),
        RelativeDateCase("昨天１２：００", shanghai, now: january, "2025-01-04T04:00:00Z"),
        RelativeDateCase("昨天 23:59", shanghai, now: january, "2025-01-04T15:59:00Z"),
        RelativeDateCase("昨天 下午3:00", shanghai, now: january, "2025-01-04T07:00:00Z"),
        RelativeDateCase("昨天 15点30分", shanghai, now: january, "2025-01-04T07:30:00Z"),
        RelativeDateCase("昨日 08:00", shanghai, now: january, "2025-01-04T00:00:00Z"),
        RelativeDateCase("前天 08:30", shanghai, now: january, "2025-01-03T00:30:00Z"),
        RelativeDateCase("前天", shanghai, now: january, "2025-01-02T16:00:00Z"),
        RelativeDateCase("大前天 10:00", shanghai, now: january, "2025-01-02T02:00:00Z"),
        RelativeDateCase("昨天 12:00", "UTC", now: january, "2025-01-04T12:00:00Z"),
        RelativeDateCase("昨天 12:00", shanghai, now: newYearsEve, "2024-12-30T04:00:00Z"),
        RelativeDateCase("今天 09:00", shanghai, now: newYearsEve, "2024-12-31T01:00:00Z"),
        RelativeDateCase("昨天 12:00", shanghai, now: afterMidnight, "2024-12-31T04:00:00Z"),
        RelativeDateCase("今天", shanghai, now: afterMidnight, "2024-12-31T16:00:00Z"),
        RelativeDateCase("昨天 12:00", "UTC", now: afterMidnight, "2024-12-30T12:00:00Z"),
    ]

    static let yearInferenceCases: [RelativeDateCase] = [
        RelativeDateCase("12月30日", shanghai, now: january, "2024-12-29T16:00:00Z"),
        RelativeDateCase("12月30日 18:20", shanghai, now: january, "2024-12-30T10:20:00Z"),
        RelativeDateCase("12月26日 星期四", shanghai, now: january, "2024-12-25T16:00:00Z"),
        RelativeDateCase("12-26 13:09", shanghai, now: january, "2024-12-26T05:09:00Z"),
        RelativeDateCase("12/31 23:00", shanghai, now: january, "2024-12-31T15:00:00Z"),
        RelativeDateCase("发布时间：12月26日 13:09", shanghai, now: january, "2024-12-26T05:09:00Z"),
        RelativeDateCase("１２月３０日", shanghai, now: january, "2024-12-29T16:00:00Z"),
        RelativeDateCase("1月5日", shanghai, now: january, "2025-01-04T16:00:00Z"),
        RelativeDateCase("01-05 11:30", shanghai, now: january, "2025-01-05T03:30:00Z"),
        RelativeDateCase("1月6日", shanghai, now: january, "2025-01-05T16:00:00Z"),
        RelativeDateCase("1月6日 18:00", shanghai, now: january, "2025-01-06T10:00:00Z"),
        RelativeDateCase("1月10日", shanghai, now: january, "2024-01-09T16:00:00Z"),
        RelativeDateCase("6月1日", shanghai, now: january, "2024-05-31T16:00:00Z"),
        RelativeDateCase("12月30日", "UTC", now: january, "2024-12-30T00:00:00Z"),
        RelativeDateCase("12-26 13:09", "America/New_York", now: january, "2024-12-26T18:09:00Z"),
        RelativeDateCase("1月1日 00:10", shanghai, now: newYearsEve, "2024-12-31T16:10:00Z"),
        RelativeDateCase("12月31日 22:00", shanghai, now: newYearsEve, "2024-12-31T14:00:00Z"),
        RelativeDateCase("12月30日", shanghai, now: newYearsEve, "2024-12-29T16:00:00Z"),
        RelativeDateCase("01-02 08:00", shanghai, now: newYearsEve, "2025-01-02T00:00:00Z"),
        RelativeDateCase("12月31日", shanghai, now: afterMidnight, "2024-12-30T16:00:00Z"),
        RelativeDateCase("1月1日", shanghai, now: afterMidnight, "2024-12-31T16:00:00Z"),
        RelativeDateCase("2月29日", shanghai, now: "2025-03-10T00:00:00Z", "2024-02-28T16:00:00Z"),
        RelativeDateCase("3月1日", shanghai, now: "2025-03-10T00:00:00Z", "2025-02-28T16:00:00Z"),
    ]

    static let japaneseAndKoreanCases: [RelativeDateCase] = [
        RelativeDateCase("3時間前", "Asia/Tokyo", now: january, "2025-01-05T01:00:00Z"),
        RelativeDateCase("2日前", "Asia/Tokyo", now: january, "2025-01-03T04:00:00Z"),
        RelativeDateCase("1週間前", "Asia/Tokyo", now: january, "2024-12-29T04:00:00Z"),
        RelativeDateCase("3ヶ月前", "Asia/Tokyo", now: january, "2024-10-05T04:00:00Z"),
        RelativeDateCase("昨日 12:00", "Asia/Tokyo", now: january, "2025-01-04T03:00:00Z"),
        RelativeDateCase("一昨日", "Asia/Tokyo", now: january, "2025-01-02T15:00:00Z"),
        RelativeDateCase("12月26日(木)", "Asia/Tokyo", now: january, "2024-12-25T15:00:00Z"),
        RelativeDateCase("방금", "Asia/Seoul", now: january, january),
        RelativeDateCase("5분 전", "Asia/Seoul", now: january, "2025-01-05T03:55:00Z"),
        RelativeDateCase("3시간 전", "Asia/Seoul", now: january, "2025-01-05T01:00:00Z"),
        RelativeDateCase("2일 전", "Asia/Seoul", now: january, "2025-01-03T04:00:00Z"),
        RelativeDateCase("1주 전", "Asia/Seoul", now: january, "2024-12-29T04:00:00Z"),
        RelativeDateCase("어제 12:00", "Asia/Seoul", now: january, "2025-01-04T03:00:00Z"),
        RelativeDateCase("어제 오후 3:00", "Asia/Seoul", now: january, "2025-01-04T06:00:00Z"),
        RelativeDateCase("그저께", "Asia/Seoul", now: january, "2025-01-02T15:00:00Z"),
        RelativeDateCase("오늘 09:00", "Asia/Seoul", now: january, "2025-01-05T00:00:00Z"),
        RelativeDateCase("12월 26일 14:09", "Asia/Seoul", now: january, "2024-12-26T05:09:00Z"),
    ]
}
