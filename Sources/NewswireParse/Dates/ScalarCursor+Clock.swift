extension ScalarCursor {
    /// A time of day read from CJK text.
    struct Clock: Equatable {
        var hour: Int
        var minute: Int
        var second: Int
    }

    private enum Period {
        case morning, afternoon, noon
    }

    /// Words before a time that say which half of the day it is in (Chinese, Japanese, Korean).
    private static let periods: [(String, Period)] = [
        ("上午", .morning), ("凌晨", .morning), ("早上", .morning), ("早晨", .morning), ("午前", .morning),
        ("오전", .morning), ("下午", .afternoon), ("晚上", .afternoon), ("傍晚", .afternoon), ("午後", .afternoon),
        ("오후", .afternoon), ("中午", .noon),
    ]

    /// Reads `13:09`, `13:09:00`, `13时09分`, `13点09分30秒`, `1点半`, `13時09分`, `13시 9분`,
    /// optionally after a period word (`下午 3:00`, `午後3時`, `오후 3:00`) or before `AM`/`PM`;
    /// nil (position kept) when no valid time comes next.
    mutating func readClock() -> Clock? {
        let start = index
        let period = Self.periods.first { consume($0.0) }?.1
        skipSpaces()
        guard let hour = readNumber(maxCount: 2), var clock = readClockTail(hour: hour.value) else {
            index = start
            return nil
        }
        switch period {
        case .morning?: if clock.hour == 12 { clock.hour = 0 }
        case .afternoon?: if clock.hour < 12 { clock.hour += 12 }
        case .noon?: if clock.hour < 11 { clock.hour += 12 } // 中午1点 is 13:00, 中午12点 is noon
        case nil:
            let beforeSpace = index
            skipSpaces()
            let isAM = consumeIgnoringCase("am")
            if isAM || consumeIgnoringCase("pm") {
                guard (1...12).contains(clock.hour) else { index = start; return nil }
                clock.hour = clock.hour % 12 + (isAM ? 0 : 12)
            } else {
                index = beforeSpace
            }
        }
        guard (0...23).contains(clock.hour), (0...59).contains(clock.minute), (0...60).contains(clock.second) else {
            index = start
            return nil
        }
        return clock
    }

    private mutating func readClockTail(hour: Int) -> Clock? {
        var clock = Clock(hour: hour, minute: 0, second: 0)
        if consume(":") {
            guard let minute = readNumber(maxCount: 2), minute.digits == 2 else { return nil }
            clock.minute = minute.value
            let beforeSeconds = index
            if consume(":") {
                guard let second = readNumber(maxCount: 2), second.digits == 2 else {
                    index = beforeSeconds
                    return clock
                }
                clock.second = second.value
                if consume("."), readNumber(maxCount: 9) == nil { index -= 1 }
            }
            return clock
        }
        guard consumeAny(["时", "点", "時", "시"]) != nil else { return nil }
        if consume("半") { clock.minute = 30; return clock }
        let beforeMinute = index
        skipSpaces()
        guard let minute = readNumber(maxCount: 2), consumeAny(["分", "분"]) != nil else {
            index = beforeMinute
            return clock
        }
        clock.minute = minute.value
        let beforeSeconds = index
        skipSpaces()
        if let second = readNumber(maxCount: 2), consumeAny(["秒", "초"]) != nil {
            clock.second = second.value
        } else {
            index = beforeSeconds
        }
        return clock
    }
}
