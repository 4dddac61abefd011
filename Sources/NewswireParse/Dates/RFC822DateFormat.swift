/// The RFC 822 / 1123 family and its relatives, read token by token so that the variants feeds
/// use all pass: `Thu, 26 Dec 2024 13:09:00 +0800`, no weekday, no comma, `Thurs,`, one-digit
/// days, ordinals, two-digit years, no seconds, `GMT+8`, named zones, `(PST)` comments;
/// RFC 850 (`Thursday, 26-Dec-24 13:09:00 GMT`); asctime (`Thu Dec 26 13:09:00 2024`);
/// `December 26, 2024 at 1:09 PM`.
enum RFC822DateFormat {
    private struct State {
        var day: Int?
        var month: Int?
        var year: Int?
        var clock: DateFields?
        var offset: Int?
    }

    static func parse(_ scanner: inout DateScanner) -> DateFields? {
        var state = State()
        while true {
            scanner.skipSpaces()
            guard let byte = scanner.current else { break }
            switch byte {
            case 0x2C, 0x2E, 0x2F: // , . /
                scanner.index += 1
            case 0x2D where state.clock == nil || state.offset != nil: // - between date parts
                scanner.index += 1
            case 0x2B, 0x2D: // + or - : a numeric offset
                guard state.offset == nil, let offset = scanner.readSignedOffset() else { return nil }
                state.offset = offset
            case 0x28:
                guard scanner.skipComment() else { return nil }
            case _ where byte.isASCIIDigit:
                guard readNumberToken(&scanner, into: &state) else { return nil }
            case _ where byte.isASCIILetter:
                guard readWordToken(&scanner, into: &state) else { return nil }
            default:
                return nil
            }
        }
        guard let day = state.day, let month = state.month, let year = state.year else { return nil }
        var fields = state.clock ?? DateFields(year: 0, month: 0, day: 0)
        fields.year = year
        fields.month = month
        fields.day = day
        fields.utcOffset = state.offset
        return fields
    }

    private static func readNumberToken(_ scanner: inout DateScanner, into state: inout State) -> Bool {
        guard let number = scanner.readNumber(maxCount: 4), !(scanner.current?.isASCIIDigit ?? false) else {
            return false
        }
        if scanner.current == 0x3A {
            guard state.clock == nil, number.digits <= 2 else { return false }
            var clock = DateFields(year: 0, month: 0, day: 0, hour: number.value)
            guard scanner.readClockTail(into: &clock) else { return false }
            state.clock = clock
            return true
        }
        if scanner.current?.isASCIILetter ?? false {
            // Only an ordinal suffix may touch a number: `1st`, `22nd`, `3rd`, `26th`.
            guard number.digits <= 2, let suffix = scanner.readLowercaseWord(),
                  ["st", "nd", "rd", "th"].contains(suffix), state.day == nil else { return false }
            state.day = number.value
            return true
        }
        if number.digits == 4 || number.value > 31 {
            guard state.year == nil, number.digits == 4 || number.digits == 2 else { return false }
            state.year = number.digits == 4 ? number.value : DateFields.expandTwoDigitYear(number.value)
        } else if state.day == nil {
            state.day = number.value
        } else if state.year == nil, number.digits == 2 {
            state.year = DateFields.expandTwoDigitYear(number.value)
        } else {
            return false
        }
        return true
    }

    private static func readWordToken(_ scanner: inout DateScanner, into state: inout State) -> Bool {
        let start = scanner.index
        guard let word = scanner.readLowercaseWord() else { return false }
        if state.month == nil, let month = DateNames.month(word) {
            state.month = month
        } else if DateNames.isWeekday(word) || word == "at" {
            return true
        } else if word == "am" || word == "pm", var clock = state.clock {
            guard (1...12).contains(clock.hour) else { return false }
            clock.hour = clock.hour % 12 + (word == "pm" ? 12 : 0)
            state.clock = clock
        } else if state.offset == nil {
            scanner.index = start
            guard let offset = scanner.readZone() else { return false }
            state.offset = offset
        } else {
            return false
        }
        return true
    }
}
