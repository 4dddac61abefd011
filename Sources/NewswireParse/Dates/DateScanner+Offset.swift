extension DateScanner {
    /// Reads a numeric offset after its sign: `+0800`, `+08:00`, `+08`, `+8`, `-0530`, `+530`.
    /// Returns seconds east of UTC, or nil (position restored) when no valid offset follows.
    mutating func readSignedOffset() -> Int? {
        let start = index
        guard let sign = current, sign == 0x2B || sign == 0x2D else { return nil }
        index += 1
        guard let number = readNumber(maxCount: 4) else {
            index = start
            return nil
        }
        var hours: Int
        var minutes = 0
        switch number.digits {
        case 1, 2:
            hours = number.value
            if current == 0x3A {
                index += 1
                guard let value = readDigits(exactly: 2) else { index = start; return nil }
                minutes = value
            }
        case 3, 4:
            hours = number.value / 100
            minutes = number.value % 100
        default:
            index = start
            return nil
        }
        guard minutes < 60, hours * 3600 + minutes * 60 <= DateFields.maximumOffset else {
            index = start
            return nil
        }
        let seconds = hours * 3600 + minutes * 60
        return sign == 0x2D ? -seconds : seconds
    }
}
