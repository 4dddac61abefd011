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
        var fields = DateFields(year: year, month: month.value, day: day.value)
        if scanner.isAtEnd { return fields }
        if scanner.current == 0x54 || scanner.current == 0x74 {
            scanner.index += 1
        } else {
            let beforeSpace = scanner.index
            scanner.skipSpaces()
            guard scanner.index > beforeSpace else { return nil }
            if scanner.isAtEnd { return fields }
        }
        guard let hour = scanner.readNumber(maxCount: 2), scanner.readClockTail(into: &fields) else { return nil }
        fields.hour = hour.value
        scanner.skipSpaces()
        if scanner.isAtEnd { return fields }
        guard let offset = scanner.readZone() else { return nil }
        fields.utcOffset = offset
        return scanner.isAtEndIgnoringComments() ? fields : nil
    }
}
