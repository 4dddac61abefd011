extension DateScanner {
    /// Reads an optional `:MM[:SS[.fraction]]` tail after the hour has been read into `fields`.
    mutating func readClockTail(into fields: inout DateFields) -> Bool {
        guard consume(0x3A), let minute = readDigits(exactly: 2) ?? readDigits(exactly: 1) else { return false }
        fields.minute = minute
        if current == 0x3A {
            index += 1
            guard let second = readDigits(exactly: 2) else { return false }
            fields.second = second
            if current == 0x2E || current == 0x2C {
                index += 1
                guard let nanoseconds = readFractionNanoseconds() else { return false }
                fields.nanosecond = nanoseconds
            }
        }
        return true
    }
}
