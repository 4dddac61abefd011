import Foundation

/// The numeric dates of Chinese, Japanese and Korean pages, read at a position inside text:
/// `2024-12-26 13:09`, `2024/12/26`, `2024.12.26`, `2024年12月26日 13:09`, `2024年12月26日 星期四`,
/// `2024年12月26日(木)`, `2024년 12월 26일 (목)`, `12月26日`, `12-26 13:09`; a missing year is
/// inferred from `now`.
enum CJKDateFormat {
    /// A date read from text, before it becomes an instant.
    struct Match {
        var year: Int?
        var month: Int
        var day: Int
        var clock: ScalarCursor.Clock?
        var utcOffset: Int?

        /// The instant in `timeZone` (unless an offset was read); a missing year is inferred from `now`.
        func date(in timeZone: TimeZone, now: Date) -> Date? {
            var fields = DateFields(year: year ?? 0, month: month, day: day)
            if let clock {
                fields.hour = clock.hour
                fields.minute = clock.minute
                fields.second = clock.second
            }
            fields.utcOffset = utcOffset
            guard year == nil else { return fields.date(in: timeZone) }
            return YearInference.date(of: fields, in: timeZone, now: now)
        }
    }

    private static let separators: [Unicode.Scalar] = ["-", "/", "."]
    private static let chineseWeekdays: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "日", "天"]
    private static let japaneseWeekdays: Set<Unicode.Scalar> = ["月", "火", "水", "木", "金", "土", "日"]
    private static let koreanWeekdays: Set<Unicode.Scalar> = ["월", "화", "수", "목", "금", "토", "일"]

    /// Reads a date, then an optional weekday, time and numeric offset; nil (position kept) when none.
    static func read(_ cursor: inout ScalarCursor) -> Match? {
        let start = cursor.index
        guard var match = readDate(&cursor) else {
            cursor.index = start
            return nil
        }
        var end = cursor.index
        cursor.skipSpaces()
        if skipWeekday(&cursor) { end = cursor.index }
        cursor.index = end
        cursor.skipSpaces()
        if let clock = cursor.readClock() {
            match.clock = clock
            end = cursor.index
            cursor.skipSpaces()
            switch readOffset(&cursor) {
            case .none: break
            case .some(nil): cursor.index = start; return nil
            case .some(let offset?): match.utcOffset = offset; end = cursor.index
            }
        }
        cursor.index = end
        return match
    }

    private static func readDate(_ cursor: inout ScalarCursor) -> Match? {
        guard let first = cursor.readNumber(maxCount: 4) else { return nil }
        if first.digits == 4 {
            if cursor.consume("年") {
                guard let month = cursor.readNumber(maxCount: 2), cursor.consume("月"),
                      let day = cursor.readNumber(maxCount: 2) else { return nil }
                _ = cursor.consumeAny(["日", "号"])
                return Match(year: first.value, month: month.value, day: day.value)
            }
            if cursor.consume("년") {
                cursor.skipSpaces()
                guard let month = cursor.readNumber(maxCount: 2), cursor.consume("월") else { return nil }
                cursor.skipSpaces()
                guard let day = cursor.readNumber(maxCount: 2), cursor.consume("일") else { return nil }
                return Match(year: first.value, month: month.value, day: day.value)
            }
            guard let separator = cursor.current, separators.contains(separator) else { return nil }
            // Korean pages space a dotted date and end it with a dot too: `2024. 12. 26.`
            let spaced = separator == "."
            cursor.index += 1
            if spaced { cursor.skipSpaces() }
            guard let month = cursor.readNumber(maxCount: 2), cursor.consume(String(separator)) else { return nil }
            if spaced { cursor.skipSpaces() }
            guard let day = cursor.readNumber(maxCount: 2), !continuesNumerically(cursor) else { return nil }
            if spaced { _ = cursor.consume(".") }
            return Match(year: first.value, month: month.value, day: day.value)
        }
        guard first.digits <= 2 else { return nil }
        if cursor.consume("月") {
            guard let day = cursor.readNumber(maxCount: 2) else { return nil }
            _ = cursor.consumeAny(["日", "号"])
            return Match(month: first.value, day: day.value)
        }
        if cursor.consume("월") {
            cursor.skipSpaces()
            guard let day = cursor.readNumber(maxCount: 2), cursor.consume("일") else { return nil }
            return Match(month: first.value, day: day.value)
        }
        // `12-26`, `12/26`: never `12/26/2024`, whose order is ambiguous.
        guard let separator = cursor.current, separator == "-" || separator == "/" else { return nil }
        cursor.index += 1
        guard let day = cursor.readNumber(maxCount: 2), !continuesNumerically(cursor) else { return nil }
        return Match(month: first.value, day: day.value)
    }

    /// Whether a separator and a digit follow: the text holds a longer numeric form than was read.
    private static func continuesNumerically(_ cursor: ScalarCursor) -> Bool {
        guard let next = cursor.current, separators.contains(next) || next == ":" else { return false }
        return cursor.peek(1).flatMap(ScalarCursor.digit) != nil
    }

    /// Skips `星期四`, `周四`, `礼拜四`, `木曜日`, `목요일`, or in parentheses `(木)`, `(목)`.
    private static func skipWeekday(_ cursor: inout ScalarCursor) -> Bool {
        let start = cursor.index
        let opened = cursor.consumeAny(["(", "（"]) != nil
        if cursor.consumeAny(["星期", "礼拜", "周"]) != nil {
            guard let name = cursor.current, chineseWeekdays.contains(name) else {
                cursor.index = start
                return false
            }
            cursor.index += 1
        } else if let name = cursor.current, japaneseWeekdays.contains(name) || koreanWeekdays.contains(name) {
            cursor.index += 1
            let named = cursor.consumeAny(["曜日", "曜", "요일"]) != nil
            // A bare `木` is a weekday only in parentheses.
            guard opened || named else {
                cursor.index = start
                return false
            }
        } else {
            cursor.index = start
            return false
        }
        if opened, cursor.consumeAny([")", "）"]) == nil {
            cursor.index = start
            return false
        }
        return true
    }

    /// Reads `+0800`, `+08:00`, `Z`, `UTC+8`: nil when none follows, `.some(nil)` when an offset
    /// is out of range (so the whole date is refused).
    private static func readOffset(_ cursor: inout ScalarCursor) -> Int?? {
        let start = cursor.index
        let named = cursor.consumeAny(["GMT", "UTC", "UT", "Z"]) != nil
        guard let sign = cursor.current, sign == "+" || sign == "-" else {
            if named, cursor.current.map(ScalarCursor.isASCIIAlphanumeric) != true { return .some(0) }
            cursor.index = start
            return nil
        }
        cursor.index += 1
        guard let number = cursor.readNumber(maxCount: 4) else {
            cursor.index = start
            return nil
        }
        var hours = number.digits <= 2 ? number.value : number.value / 100
        var minutes = number.digits <= 2 ? 0 : number.value % 100
        if number.digits <= 2, cursor.consume(":") {
            guard let value = cursor.readNumber(maxCount: 2), value.digits == 2 else { return .some(nil) }
            minutes = value.value
        }
        if sign == "-" { hours = -hours; minutes = -minutes }
        let seconds = hours * 3600 + minutes * 60
        guard abs(minutes) < 60, abs(seconds) <= DateFields.maximumOffset else { return .some(nil) }
        return .some(seconds)
    }
}
