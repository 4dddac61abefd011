import Foundation
import NewswireModel

/// Reads the date formats feeds and pages use, without a `DateFormatter` per call.
///
/// Order: the whole text as epoch seconds, RFC 3339 / ISO 8601, or RFC 822 and relatives; else
/// the first CJK or relative date found inside the text (`发布时间：2024-12-26 13:09`, `3小时前`).
/// Full-width digits and punctuation read as ASCII. Times without a zone are in the source's
/// zone. `CST` means US Central (UTC−6), except for a source whose zone is UTC+8, where it is
/// China Standard Time (Java's `Date.toString()` on Chinese servers). Instants before 1970 or
/// after 2100 (`0001-01-01T00:00:00Z` placeholders) are no date.
public enum DateParser {
    /// One way to read a date: it consumes the whole trimmed text or returns nil.
    typealias Format = @Sendable (inout DateScanner) -> DateFields?

    /// Tried in order; the first format that reads the whole text wins. Add formats here.
    static let formats: [Format] = [
        EpochDateFormat.parse,
        ISO8601DateFormat.parse,
        ISO8601VariantDateFormat.parse,
        RFC822DateFormat.parse,
    ]

    /// Longest text the whole-text formats try: real dates are far shorter.
    private static let maximumLength = 128

    /// Longest text searched for a date at all.
    private static let maximumSearchLength = 1024

    /// The instants accepted: 1970-01-01 up to the end of 2100.
    static let plausibleRange: Range<Date> = {
        let end = CivilDate(year: 2101, month: 1, day: 1).daysSince1970 * 86_400
        return Date(timeIntervalSince1970: 0)..<Date(timeIntervalSince1970: Double(end))
    }()

    /// The instant `text` names, reading times without a zone in `timeZone` and relative dates
    /// (`5分钟前`, `昨天 12:00`) and years left out (`12月26日`) against the current time.
    public static func parse(_ text: String, timeZone: TimeZone) -> Date? {
        parse(text, timeZone: timeZone, now: Date())
    }

    /// The instant `text` names, reading times without a zone in `timeZone` and relative dates
    /// and years left out against `now`; nil when no date is found.
    public static func parse(_ text: String, timeZone: TimeZone, now: Date) -> Date? {
        guard text.utf8.count <= maximumSearchLength else { return nil }
        let normalized = DateText.normalized(text)
        let chinaZone = timeZone.secondsFromGMT(for: now) == 8 * 3600
        guard let date = parseWholeText(normalized, timeZone: timeZone, cstIsChinaStandardTime: chinaZone)
            ?? EmbeddedDateFinder.find(in: normalized, timeZone: timeZone, now: now),
            plausibleRange.contains(date) else { return nil }
        return date
    }

    private static func parseWholeText(_ text: String, timeZone: TimeZone, cstIsChinaStandardTime: Bool) -> Date? {
        var text = text
        return text.withUTF8 { utf8 -> Date? in
            var start = 0
            var end = utf8.count
            while start < end, utf8[start].isXMLWhiteSpace { start += 1 }
            while end > start, utf8[end - 1].isXMLWhiteSpace { end -= 1 }
            guard end > start, end - start <= maximumLength, let base = utf8.baseAddress else { return nil }
            let trimmed = UnsafeBufferPointer(start: base + start, count: end - start)
            for format in formats {
                var scanner = DateScanner(trimmed)
                scanner.cstIsChinaStandardTime = cstIsChinaStandardTime
                if let fields = format(&scanner), let date = fields.date(in: timeZone) { return date }
            }
            return nil
        }
    }
}
