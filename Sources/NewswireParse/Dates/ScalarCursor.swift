/// A cursor over the Unicode scalars of a date text, for the forms that are not ASCII (CJK);
/// every read is bounds-checked and a failed read leaves the position unchanged.
struct ScalarCursor {
    let scalars: [Unicode.Scalar]
    var index: Int

    init(_ scalars: [Unicode.Scalar], at index: Int = 0) {
        self.scalars = scalars
        self.index = index
    }

    var isAtEnd: Bool { index >= scalars.count }

    var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    func peek(_ offset: Int) -> Unicode.Scalar? {
        let position = index + offset
        return position >= 0 && position < scalars.count ? scalars[position] : nil
    }

    mutating func skipSpaces() {
        while let scalar = current, scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
            index += 1
        }
    }

    /// Consumes `word` when it comes next.
    mutating func consume(_ word: String) -> Bool {
        var position = index
        for scalar in word.unicodeScalars {
            guard position < scalars.count, scalars[position] == scalar else { return false }
            position += 1
        }
        index = position
        return true
    }

    /// Consumes the first of `words` that comes next and returns its position in the list.
    mutating func consumeAny(_ words: [String]) -> Int? {
        words.firstIndex { consume($0) }
    }

    /// Consumes `word` when it comes next, ignoring the case of ASCII letters.
    mutating func consumeIgnoringCase(_ word: String) -> Bool {
        var position = index
        for scalar in word.unicodeScalars {
            guard position < scalars.count,
                  Self.lowercased(scalars[position]) == Self.lowercased(scalar) else { return false }
            position += 1
        }
        index = position
        return true
    }

    /// Reads up to `maxCount` ASCII digits; nil (position kept) when none come next or more follow.
    mutating func readNumber(maxCount: Int) -> (value: Int, digits: Int)? {
        var position = index
        var value = 0
        while position - index < maxCount, position < scalars.count, let digit = Self.digit(scalars[position]) {
            value = value * 10 + digit
            position += 1
        }
        let digits = position - index
        guard digits > 0, !(position < scalars.count && Self.digit(scalars[position]) != nil) else { return nil }
        index = position
        return (value, digits)
    }

    /// Reads a count written in ASCII digits or Chinese numerals (`5`, `两`, `十五`, `二十三`).
    mutating func readCount() -> Int? {
        if let number = readNumber(maxCount: 6) { return number.value }
        return ChineseNumeral.read(&self)
    }

    static func digit(_ scalar: Unicode.Scalar) -> Int? {
        scalar.value >= 0x30 && scalar.value <= 0x39 ? Int(scalar.value - 0x30) : nil
    }

    static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        digit(scalar) != nil || (0x61...0x7A).contains(lowercased(scalar).value)
    }

    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value | 0x20)! : scalar
    }
}
