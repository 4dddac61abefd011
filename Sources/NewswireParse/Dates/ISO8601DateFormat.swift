/// RFC 3339 / ISO 8601 and the forms feeds actually use: `2024-12-26T13:09:00.123+08:00`,
/// lower-case `t` and `z`, a space instead of `T`, no seconds, no zone, a date alone,
/// `/` or `.` between the date's parts.
enum ISO8601DateFormat {
    static func parse(_ scanner: inout DateScanner) -> DateFields? {
        guard let year = scanner.readDigits(exactly: 4), let separator = scanner.current,
              separator == 0x2D || separator == 0x2F || separator == 0x2E else { return nil }
        scanner.index += 1
        guard let month = scanner.readNumber(maxCount: 2), scanner.consume(separator),
              let day = scanner.readNumber(maxCount: 2) else { return nil }
        return readTimeAndZone(&scanner, date: DateFields(year: year, month: month.value, day: day.value))
    }

    /// Reads what may follow a date up to the end of the text: `T` or spaces, a time (`13:09`,
    /// `13:09:00.5`, or basic `130900`), then a zone; nil when anything else follows.
    static func readTimeAndZone(_ scanner: inout DateScanner, date: DateFields) -> DateFields? {
        var fields = date
        if scanner.isAtEnd { return fields }
        if scanner.current == 0x54 || scanner.current == 0x74 {
            scanner.index += 1
        } else {
            let beforeSpace = scanner.index
            scanner.skipSpaces()
            guard scanner.index > beforeSpace else { return nil }
            if scanner.isAtEnd { return fields }
        }
        if scanner.peek(2)?.isASCIIDigit == true, scanner.peek(1)?.isASCIIDigit == true {
            guard readBasicClock(&scanner, into: &fields) else { return nil }
        } else {
            guard let hour = scanner.readNumber(maxCount: 2), scanner.readClockTail(into: &fields) else { return nil }
            fields.hour = hour.value
        }
        scanner.skipSpaces()
        if scanner.isAtEnd { return fields }
        guard let offset = scanner.readZone() else { return nil }
        fields.utcOffset = offset
        return scanner.isAtEndIgnoringComments() ? fields : nil
    }

    /// `hhmm`, `hhmmss`, `hhmmss.fff` (ISO 8601 basic format).
    static func readBasicClock(_ scanner: inout DateScanner, into fields: inout DateFields) -> Bool {
        guard let hour = scanner.readDigits(exactly: 2), let minute = scanner.readDigits(exactly: 2) else {
            return false
        }
        fields.hour = hour
        fields.minute = minute
        if let second = scanner.readDigits(exactly: 2) {
            fields.second = second
            if scanner.current == 0x2E || scanner.current == 0x2C {
                scanner.index += 1
                guard let nanoseconds = scanner.readFractionNanoseconds() else { return false }
                fields.nanosecond = nanoseconds
            }
        }
        return !(scanner.current?.isASCIIDigit ?? false)
    }
}
