import Foundation

/// Finds a CJK or relative date inside surrounding text (`发布时间：2024-12-26 13:09`,
/// `来源：新华社 2024-12-26 13:09:00`, `阅读 3小时前`): the first position where one is read that
/// neither begins nor ends inside a longer word or number.
enum EmbeddedDateFinder {
    /// Longest text searched, in Unicode scalars.
    static let maximumLength = 256

    private static let relativeStarts: Set<Unicode.Scalar> = [
        "刚", "今", "昨", "前", "大", "半", "방", "오", "어", "그", "j", "J",
    ]

    /// The first date found in `text`; naive times are in `timeZone`, relative ones count from `now`.
    static func find(in text: String, timeZone: TimeZone, now: Date) -> Date? {
        let scalars = Array(text.unicodeScalars.prefix(maximumLength + 1))
        guard scalars.count <= maximumLength else { return nil }
        var resumeAt = 0
        for start in scalars.indices where start >= resumeAt && mayStartDate(scalars, at: start) {
            var cursor = ScalarCursor(scalars, at: start)
            if let match = CJKDateFormat.read(&cursor), endsCleanly(cursor) {
                if let date = match.date(in: timeZone, now: now) { return date }
                // `2023年2月29日` is no date; its tail `2月29日` must not become one either.
                resumeAt = cursor.index
                continue
            }
            cursor.index = start
            if let date = RelativeDateFormat.read(&cursor, timeZone: timeZone, now: now), endsCleanly(cursor) {
                return date
            }
        }
        return nil
    }

    private static func mayStartDate(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        if index > 0, ScalarCursor.isASCIIAlphanumeric(scalars[index - 1]) { return false }
        // Inside a numeric form (`2023-02-29`, `13:09`), not at its start.
        if index > 1, ["-", "/", ".", ":"].contains(scalars[index - 1]),
           ScalarCursor.digit(scalars[index - 2]) != nil { return false }
        let scalar = scalars[index]
        return ScalarCursor.digit(scalar) != nil || ChineseNumeral.startsNumeral(scalar)
            || relativeStarts.contains(scalar)
    }

    /// Whether the read ended at the end of the text or before something that cannot continue it.
    private static func endsCleanly(_ cursor: ScalarCursor) -> Bool {
        guard let next = cursor.current else { return true }
        if ScalarCursor.isASCIIAlphanumeric(next) { return false }
        if next == ":" || next == "." || next == "-" || next == "/" || next == "+" {
            return cursor.peek(1).flatMap(ScalarCursor.digit) == nil
        }
        return true
    }
}
