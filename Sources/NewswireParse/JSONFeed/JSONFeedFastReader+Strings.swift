/// JSON strings for `JSONFeedFastReader`: escapes decoded, the text checked as UTF-8.
extension JSONFeedFastReader {
    /// A string value (the reader is at its opening quote).
    mutating func string() throws(Unusual) -> String {
        let start = index + 1
        guard let unescaped = try stringBytes(decoding: true) else {
            let raw = UnsafeBufferPointer(rebasing: bytes[start..<index - 1])
            guard let text = String(validating: raw, as: UTF8.self) else { throw Unusual() }
            return text
        }
        guard let text = String(validating: unescaped, as: UTF8.self) else { throw Unusual() }
        return text
    }

    /// Moves past a string; returns its unescaped bytes when it has escapes and `decoding` is
    /// set, else nil (the bytes between the quotes are the text).
    mutating func stringBytes(decoding: Bool) throws(Unusual) -> [UInt8]? {
        index += 1
        var output: [UInt8]?
        var runStart = index
        while index < bytes.count {
            // Most of a string is plain text: skip eight bytes at a time up to a quote, backslash or control.
            if index + 8 <= bytes.count {
                let flags = Self.stringFlags(UnsafeRawPointer(bytes.baseAddress! + index)
                    .loadUnaligned(as: UInt64.self).littleEndian)
                guard flags != 0 else {
                    index += 8
                    continue
                }
                index += flags.trailingZeroBitCount >> 3
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                if output != nil { output!.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                index += 1
                return output
            }
            guard byte >= 0x20 else { throw Unusual() }
            guard byte == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            if decoding {
                if output == nil { output = [] }
                output!.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            }
            let scalar = try escape()
            if decoding { UTF8.encode(scalar) { output!.append($0) } }
            runStart = index
        }
        throw Unusual()
    }

    /// The high bit set in the first byte of `word` that is a quote, a backslash or a control
    /// character (perhaps in later bytes too: a borrow only runs upward).
    private static func stringFlags(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        return (((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word))
            & high
    }

    /// The character an escape at `index` stands for; moves past it.
    private mutating func escape() throws(Unusual) -> Unicode.Scalar {
        guard index + 1 < bytes.count else { throw Unusual() }
        let letter = bytes[index + 1]
        index += 2
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return Unicode.Scalar(letter)
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"): break
        default: throw Unusual()
        }
        let unit = try hex4()
        if UTF16.isLeadSurrogate(unit) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
            else { throw Unusual() }
            index += 2
            let trail = try hex4()
            guard UTF16.isTrailSurrogate(trail) else { throw Unusual() }
            return UTF16.decode(UTF16.EncodedScalar([unit, trail]))
        }
        guard let scalar = Unicode.Scalar(unit) else { throw Unusual() }
        return scalar
    }

    private mutating func hex4() throws(Unusual) -> UInt16 {
        guard index + 4 <= bytes.count else { throw Unusual() }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Unusual()
            }
            value = value << 4 | UInt16(digit)
            index += 1
        }
        return value
    }
}
