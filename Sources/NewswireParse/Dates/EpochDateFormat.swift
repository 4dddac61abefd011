/// Seconds since 1970 as ten digits (or nine, before 2001), or milliseconds as thirteen.
enum EpochDateFormat {
    static func parse(_ scanner: inout DateScanner) -> DateFields? {
        guard let number = scanner.readNumber(maxCount: 14), scanner.isAtEnd else { return nil }
        let seconds: Int
        switch number.digits {
        case 9, 10: seconds = number.value
        case 13: seconds = number.value / 1000
        default: return nil
        }
        let days = seconds / 86_400
        var fields = civil(fromDays: days)
        let secondOfDay = seconds % 86_400
        fields.hour = secondOfDay / 3600
        fields.minute = secondOfDay / 60 % 60
        fields.second = secondOfDay % 60
        if number.digits == 13 { fields.nanosecond = number.value % 1000 * 1_000_000 }
        fields.utcOffset = 0
        return fields
    }

    /// The civil date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
    private static func civil(fromDays days: Int) -> DateFields {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return DateFields(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}
