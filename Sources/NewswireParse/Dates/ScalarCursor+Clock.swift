extension ScalarCursor {
    /// A time of day read from CJK text.
    struct Clock: Equatable {
        var hour: Int
        var minute: Int
        var second: Int
    }

    private static let periods = ["上午", "凌晨", "早上", "早晨", "下午", "晚上", "傍晚", "中午"]

    /// Reads `13:09`, `13:09:00`, `13时09分`, `13点09分30秒`, `1点半`, optionally after a period
    /// word (`下午 3:00`) or before `AM`/`PM`; nil (position kept) when no valid time comes next.
    mutating func readClock() -> Clock? {
        let start = index
        let period = consumeAny(Self.periods)
        skipSpaces()
        guard let hour = readNumber(maxCount: 2), var clock = readClockTail(hour: hour.value) else {
            index = start
            return nil
        }
        if let period {
            switch period {
            case 0...3: if clock.hour == 12 { clock.hour = 0 }
            case 4...6: if clock.hour < 12 { clock.hour += 12 }
            default: if clock.hour < 11 { clock.hour += 12 } // 中午 1点 is 13:00, 中午 12点 is noon
            }
        } else {
            let beforeSpace = index
            skipSpaces()
            if consumeIgnoringCase("am") || consumeIgnoringCase("pm") {
                let isPM = scalars[index - 2] == "p" || scalars[index - 2] == "P"
                guard (1...12).contains(clock.hour) else { index = start; return nil }
                clock.hour = clock.hour % 12 + (isPM ? 12 : 0)
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
        guard consumeAny(["时", "点"]) != nil else { return nil }
        if consume("半") {
            clock.minute = 30
        } else if let minute = readNumber(maxCount: 2) {
            guard consume("分") else { return nil }
            clock.minute = minute.value
            let beforeSeconds = index
            if let second = readNumber(maxCount: 2) {
                if consume("秒") { clock.second = second.value } else { index = beforeSeconds }
            }
        }
        return clock
    }
}
