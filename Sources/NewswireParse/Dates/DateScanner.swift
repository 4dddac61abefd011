/// A cursor over the UTF-8 bytes of a date string; every read is bounds-checked.
struct DateScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    /// Whether the zone word `CST` names China Standard Time (UTC+8) rather than US Central.
    var cstIsChinaStandardTime = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { index >= bytes.count }

    var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    func peek(_ offset: Int) -> UInt8? {
        let position = index + offset
        return position >= 0 && position < bytes.count ? bytes[position] : nil
    }

    mutating func skipSpaces() {
        while let byte = current, byte.isXMLWhiteSpace { index += 1 }
    }

    /// Consumes `byte` when it comes next.
    mutating func consume(_ byte: UInt8) -> Bool {
        guard current == byte else { return false }
        index += 1
        return true
    }

    /// Reads up to `maxCount` ASCII digits; nil when none come next.
    mutating func readNumber(maxCount: Int = 9) -> (value: Int, digits: Int)? {
        var value = 0
        var digits = 0
        while digits < maxCount, let byte = current, byte.isASCIIDigit {
            value = value * 10 + Int(byte - 0x30)
            digits += 1
            index += 1
        }
        return digits == 0 ? nil : (value, digits)
    }

    /// Reads exactly `count` digits, or restores the position and returns nil.
    mutating func readDigits(exactly count: Int) -> Int? {
        let start = index
        guard let number = readNumber(maxCount: count), number.digits == count else {
            index = start
            return nil
        }
        return number.value
    }

    /// Reads a fraction of a second after its separator: up to nine digits count, more are skipped.
    mutating func readFractionNanoseconds() -> Int? {
        guard let number = readNumber(maxCount: 9) else { return nil }
        var nanoseconds = number.value
        for _ in number.digits..<9 { nanoseconds *= 10 }
        while let byte = current, byte.isASCIIDigit { index += 1 }
        return nanoseconds
    }

    /// Reads ASCII letters, lower-cased; nil when none come next or the word is implausibly long.
    mutating func readLowercaseWord() -> String? {
        let start = index
        while let byte = current, byte.isASCIILetter { index += 1 }
        let count = index - start
        guard count > 0, count <= 24 else { return count > 0 ? "" : nil }
        return String(unsafeUninitializedCapacity: count) { buffer in
            for offset in 0..<count { buffer[offset] = bytes[start + offset] | 0x20 }
            return count
        }
    }

    /// Skips a parenthesized comment such as `(PST)`; false when unbalanced.
    mutating func skipComment() -> Bool {
        guard consume(0x28) else { return false }
        var depth = 1
        while let byte = current {
            index += 1
            if byte == 0x28 { depth += 1 }
            if byte == 0x29 { depth -= 1; if depth == 0 { return true } }
        }
        return false
    }
}
