import Foundation

/// Reads the dates of scraped pages: the common date module first, then a date found inside
/// surrounding text (`发布时间：2024年12月26日 13:09`).
public enum HTMLDateReading {
    /// The instant `text` names, naive times read in `timeZone`; `format` is a `date_format`
    /// (`DateFormatter` pattern) when the source gives one.
    public static func parse(_ text: String, timeZone: TimeZone, now: Date, format: String? = nil) -> Date? {
        if let format, let date = formatted(text, format: format, timeZone: timeZone) { return date }
        if let date = commonDate(text, timeZone: timeZone, now: now) { return date }
        guard let embedded = embeddedDate(in: text) else { return nil }
        return commonDate(embedded, timeZone: timeZone, now: now)
    }

    /// The one call into the date module: switch to `DateParser.parse(_:timeZone:now:)` here once it exists.
    static func commonDate(_ text: String, timeZone: TimeZone, now: Date) -> Date? {
        DateParser.parse(text, timeZone: timeZone)
    }

    private static let embeddedPattern = try! NSRegularExpression(
        pattern: #"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?"#)

    /// A `YYYY-MM-DD[ HH:MM[:SS]]` rewrite of the first date written inside `text`.
    static func embeddedDate(in text: String) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = embeddedPattern.firstMatch(in: text, range: range) else { return nil }
        func group(_ index: Int) -> Int? {
            guard let range = Range(match.range(at: index), in: text) else { return nil }
            return Int(text[range])
        }
        guard let year = group(1), let month = group(2), let day = group(3) else { return nil }
        var result = String(format: "%04d-%02d-%02d", year, month, day)
        if let hour = group(4), let minute = group(5) {
            result += String(format: " %02d:%02d:%02d", hour, minute, group(6) ?? 0)
        }
        return result
    }

    private static func formatted(_ text: String, format: String, timeZone: TimeZone) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = format
        return formatter.date(from: text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
