import NewswireModel

/// The ISO 8601 dates besides `YYYY-MM-DD`: week dates (`2024-W52-4`, `2024W524`, `2024-W52`),
/// ordinal dates (`2024-361`) and the basic format (`20241226`, `20241226T130900Z`, and the
/// compact `202412261309` / `20241226130900`); each may be followed by a time and a zone as in
/// `ISO8601DateFormat`.
enum ISO8601VariantDateFormat {
    static func parse(_ scanner: inout DateScanner) -> DateFields? {
        guard let year = scanner.readDigits(exactly: 4) else { return nil }
        let extended = scanner.consume(0x2D)
        let date: CivilDate
        if scanner.current == 0x57 || scanner.current == 0x77 {
            scanner.index += 1
            guard let week = scanner.readDigits(exactly: 2) else { return nil }
            var weekday = 1
            if !extended || scanner.consume(0x2D) {
                if let day = scanner.readDigits(exactly: 1) { weekday = day } else if extended { return nil }
            }
            guard let day = weekDate(year: year, week: week, weekday: weekday) else { return nil }
            date = day
        } else if extended {
            guard let ordinal = scanner.readDigits(exactly: 3), !(scanner.current?.isASCIIDigit ?? false),
                  ordinal >= 1, ordinal <= (CivilDate.isLeapYear(year) ? 366 : 365) else { return nil }
            date = CivilDate(daysSince1970: CivilDate(year: year, month: 1, day: 1).daysSince1970 + ordinal - 1)
        } else {
            guard let month = scanner.readDigits(exactly: 2), let day = scanner.readDigits(exactly: 2) else {
                return nil
            }
            if scanner.current?.isASCIIDigit ?? false {
                var fields = DateFields(year: year, month: month, day: day)
                guard ISO8601DateFormat.readBasicClock(&scanner, into: &fields), scanner.isAtEnd else { return nil }
                return fields
            }
            date = CivilDate(year: year, month: month, day: day)
        }
        return ISO8601DateFormat.readTimeAndZone(&scanner, date: DateFields(year: date.year, month: date.month,
                                                                              day: date.day))
    }

    /// The day of ISO week `week` (1–53), weekday 1 (Monday) … 7 (Sunday); nil when out of range.
    /// Week 1 is the week with the year's first Thursday, i.e. the one holding January 4.
    static func weekDate(year: Int, week: Int, weekday: Int) -> CivilDate? {
        guard (1...7).contains(weekday), (1...weeksInYear(year)).contains(week) else { return nil }
        let january4 = CivilDate(year: year, month: 1, day: 4).daysSince1970
        let mondayOfWeek1 = january4 - isoWeekday(daysSince1970: january4) + 1
        return CivilDate(daysSince1970: mondayOfWeek1 + (week - 1) * 7 + weekday - 1)
    }

    /// 53 when the year starts on a Thursday, or on a Wednesday in a leap year; else 52.
    private static func weeksInYear(_ year: Int) -> Int {
        let january1 = isoWeekday(daysSince1970: CivilDate(year: year, month: 1, day: 1).daysSince1970)
        return january1 == 4 || (january1 == 3 && CivilDate.isLeapYear(year)) ? 53 : 52
    }

    /// 1 (Monday) … 7 (Sunday); 1970-01-01 was a Thursday.
    private static func isoWeekday(daysSince1970 days: Int) -> Int {
        ((days + 3) % 7 + 7) % 7 + 1
    }
}
