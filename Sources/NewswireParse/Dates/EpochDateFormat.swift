import NewswireModel

/// Seconds since 1970 as ten digits (or nine, before 2001), or milliseconds as thirteen (twelve
/// digits are more often `YYYYMMDDhhmm` than milliseconds before 2001).
enum EpochDateFormat {
    static func parse(_ scanner: inout DateScanner) -> DateFields? {
        guard let number = scanner.readNumber(maxCount: 14), scanner.isAtEnd else { return nil }
        let seconds: Int
        switch number.digits {
        case 9, 10: seconds = number.value
        case 13: seconds = number.value / 1000
        default: return nil
        }
        let (civilDate, secondOfDay) = CivilDate.split(secondsSince1970: seconds)
        var fields = DateFields(year: civilDate.year, month: civilDate.month, day: civilDate.day)
        fields.hour = secondOfDay / 3600
        fields.minute = secondOfDay / 60 % 60
        fields.second = secondOfDay % 60
        if number.digits > 10 { fields.nanosecond = number.value % 1000 * 1_000_000 }
        fields.utcOffset = 0
        return fields
    }
}
