import Foundation

/// Reads the dates of scraped pages: a source's `date_format` when it has one, else the common
/// date module (which also finds a date inside surrounding text, `发布时间：2024年12月26日 13:09`).
public enum HTMLDateReading {
    /// The instant `text` names, naive times read in `timeZone`; `format` is a `date_format`
    /// (`DateFormatter` pattern) when the source gives one.
    public static func parse(_ text: String, timeZone: TimeZone, now: Date, format: String? = nil) -> Date? {
        if let format, let date = formatted(text, format: format, timeZone: timeZone) { return date }
        return DateParser.parse(text, timeZone: timeZone, now: now)
    }

    private static func formatted(_ text: String, format: String, timeZone: TimeZone) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = format
        return formatter.date(from: text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
