import Foundation
import NewswireModel

/// Dates relative to `now`, as Chinese news lists write them: `刚刚`, `5分钟前`, `两小时前`,
/// `半小时前`, `3天前`, `2个月前`, `今天 09:00`, `昨天 12:00`, `前天 08:30`; the Japanese and
/// Korean ones (`3時間前`, `一昨日`, `5분 전`, `어제 12:00`); and the English `just now`, `5 minutes ago`.
enum RelativeDateFormat {
    private enum Unit {
        case seconds(Int)
        case months(Int)
    }

    /// Chinese, Japanese and Korean units after a count, longest spelling first.
    private static let cjkUnits: [(String, Unit)] = [
        ("秒钟", .seconds(1)), ("秒", .seconds(1)), ("초", .seconds(1)), ("分钟", .seconds(60)), ("分", .seconds(60)),
        ("분", .seconds(60)), ("小时", .seconds(3600)), ("钟头", .seconds(3600)), ("時間", .seconds(3600)),
        ("시간", .seconds(3600)), ("天", .seconds(86_400)), ("日", .seconds(86_400)), ("일", .seconds(86_400)),
        ("周", .seconds(604_800)), ("週間", .seconds(604_800)), ("星期", .seconds(604_800)),
        ("礼拜", .seconds(604_800)), ("주", .seconds(604_800)), ("か月", .months(1)), ("ヶ月", .months(1)),
        ("カ月", .months(1)), ("개월", .months(1)), ("月", .months(1)), ("年", .months(12)), ("년", .months(12)),
    ]

    /// English units after a count; a trailing `s` is optional.
    private static let englishUnits: [(String, Unit)] = [
        ("seconds", .seconds(1)), ("second", .seconds(1)), ("secs", .seconds(1)), ("sec", .seconds(1)),
        ("minutes", .seconds(60)), ("minute", .seconds(60)), ("mins", .seconds(60)), ("min", .seconds(60)),
        ("hours", .seconds(3600)), ("hour", .seconds(3600)), ("hrs", .seconds(3600)), ("hr", .seconds(3600)),
        ("days", .seconds(86_400)), ("day", .seconds(86_400)), ("weeks", .seconds(604_800)),
        ("week", .seconds(604_800)), ("months", .months(1)), ("month", .months(1)), ("years", .months(12)),
        ("year", .months(12)),
    ]

    /// Day words and how many days before today they name.
    private static let dayWords: [(String, Int)] = [
        ("今天", 0), ("今日", 0), ("오늘", 0), ("昨天", 1), ("昨日", 1), ("어제", 1), ("前天", 2), ("一昨日", 2),
        ("그저께", 2), ("그제", 2), ("大前天", 3),
    ]

    /// Reads a relative date at the cursor; nil (position kept) when none comes next.
    static func read(_ cursor: inout ScalarCursor, timeZone: TimeZone, now: Date) -> Date? {
        let start = cursor.index
        if cursor.consumeAny(["刚刚", "刚才", "방금"]) != nil || cursor.consumeIgnoringCase("just now") { return now }
        if let word = cursor.consumeAny(dayWords.map(\.0)) {
            if let date = day(daysBefore: dayWords[word].1, cursor: &cursor, timeZone: timeZone, now: now) {
                return date
            }
        } else if let date = readAgo(&cursor, timeZone: timeZone, now: now) {
            return date
        }
        cursor.index = start
        return nil
    }

    /// `昨天 12:00`: the day `daysBefore` days before today in `timeZone`, at the time that follows
    /// (midnight when none does).
    private static func day(daysBefore: Int, cursor: inout ScalarCursor, timeZone: TimeZone, now: Date) -> Date? {
        let afterWord = cursor.index
        cursor.skipSpaces()
        let clock = cursor.readClock()
        if clock == nil {
            // `昨天 25:00` is a broken time, not midnight.
            if cursor.current.flatMap(ScalarCursor.digit) != nil { return nil }
            cursor.index = afterWord
        }
        let localSeconds = Int(now.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: now)
        let today = CivilDate.split(secondsSince1970: localSeconds).date
        let day = CivilDate(daysSince1970: today.daysSince1970 - daysBefore)
        var fields = DateFields(year: day.year, month: day.month, day: day.day)
        fields.hour = clock?.hour ?? 0
        fields.minute = clock?.minute ?? 0
        fields.second = clock?.second ?? 0
        return fields.date(in: timeZone)
    }

    /// `5分钟前`, `两个小时前`, `半小时前`, `3 days ago`.
    private static func readAgo(_ cursor: inout ScalarCursor, timeZone: TimeZone, now: Date) -> Date? {
        // A half counts in half units: `半小时前` is 1 half hour ago.
        let isHalf = cursor.consume("半")
        guard let count = isHalf ? 1 : cursor.readCount() else { return nil }
        cursor.skipSpaces()
        let counter = cursor.consume("个")
        if let (word, unit) = cjkUnits.first(where: { cursor.consume($0.0) }) {
            // Months need `个` (`2个月前`): `5月前` names the month of May.
            if word == "月", !counter, !isHalf { return nil }
            cursor.skipSpaces()
            guard cursor.consumeAny(["以前", "前", "전"]) != nil else { return nil }
            return subtract(count, unit, isHalf: isHalf, from: now, timeZone: timeZone)
        }
        guard !counter, !isHalf, let unit = englishUnits.first(where: { cursor.consumeIgnoringCase($0.0) })?.1 else {
            return nil
        }
        cursor.skipSpaces()
        guard cursor.consumeIgnoringCase("ago") else { return nil }
        return subtract(count, unit, isHalf: false, from: now, timeZone: timeZone)
    }

    private static func subtract(_ count: Int, _ unit: Unit, isHalf: Bool, from now: Date,
                                 timeZone: TimeZone) -> Date? {
        switch unit {
        case .seconds(let length):
            let seconds = isHalf ? Double(length) / 2 : Double(count) * Double(length)
            return now.addingTimeInterval(-seconds)
        case .months(let length):
            if isHalf { return now.addingTimeInterval(-Double(length) * 15 * 86_400) }
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            return calendar.date(byAdding: .month, value: -count * length, to: now)
        }
    }
}
