import Foundation

/// Reads the date formats feeds use, without a `DateFormatter` per call.
public enum DateParser {
    /// One way to read a date: it consumes the whole trimmed text or returns nil.
    typealias Format = @Sendable (inout DateScanner) -> DateFields?

    /// Tried in order; the first format that reads the whole text wins. Add formats here.
    static let formats: [Format] = [
        EpochDateFormat.parse,
        ISO8601DateFormat.parse,
        RFC822DateFormat.parse,
    ]

    /// Longest text worth trying: real dates are far shorter.
    private static let maximumLength = 128

    /// The instant `text` names, reading times without a zone in `timeZone`; nil when unreadable.
    public static func parse(_ text: String, timeZone: TimeZone) -> Date? {
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
                if let fields = format(&scanner), let date = fields.date(in: timeZone) { return date }
            }
            return nil
        }
    }
}
