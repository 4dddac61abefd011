import Glibc

/// The JSON syntax under `JSONFeedFastReader`: strict RFC 8259, where every deviation is `Unusual`.
extension JSONFeedFastReader {
    /// An object key as it is in the document (keys with escapes are `Unusual`).
    struct Key {
        let bytes: UnsafeBufferPointer<UInt8>

        static func ~= (name: StaticString, key: Key) -> Bool {
            let count = name.utf8CodeUnitCount
            guard key.bytes.count == count, let base = key.bytes.baseAddress else { return false }
            return memcmp(base, name.utf8Start, count) == 0
        }
    }

    private static let maximumDepth = 64

    /// The next byte that is not white space (not consumed).
    mutating func peek() throws(Unusual) -> UInt8 {
        try skipWhiteSpace()
        guard index < bytes.count else { throw Unusual() }
        return bytes[index]
    }

    mutating func skipWhiteSpace() throws(Unusual) {
        while index < bytes.count, bytes[index].isJSONWhiteSpace { index += 1 }
    }

    /// Reads `body` one level deeper (objects and arrays).
    mutating func nested<Value>(_ body: (inout JSONFeedFastReader) throws(Unusual) -> Value) throws(Unusual) -> Value {
        guard depth < Self.maximumDepth else { throw Unusual() }
        depth += 1
        defer { depth -= 1 }
        return try body(&self)
    }

    /// Reads an object; `member` reads the value of a key it knows and returns true, or returns
    /// false and leaves the value to be skipped. A key seen twice is `Unusual` (JSONDecoder keeps the first).
    mutating func readObject(_ member: (inout JSONFeedFastReader, Key) throws(Unusual) -> Bool) throws(Unusual) {
        guard try peek() == UInt8(ascii: "{") else { throw Unusual() }
        index += 1
        if try peek() == UInt8(ascii: "}") {
            index += 1
            return
        }
        // The offsets of the known keys read so far, to notice one given twice.
        var seen = InlineArray<16, Int>(repeating: 0)
        var seenCount = 0
        while true {
            guard try peek() == UInt8(ascii: "\"") else { throw Unusual() }
            let keyStart = index + 1
            let key = try plainKey()
            guard try peek() == UInt8(ascii: ":") else { throw Unusual() }
            index += 1
            if try member(&self, key) {
                for position in 0..<seenCount where bytes[seen[position] + key.bytes.count] == UInt8(ascii: "\"")
                    && memcmp(bytes.baseAddress! + seen[position], key.bytes.baseAddress!, key.bytes.count) == 0 {
                    throw Unusual()
                }
                guard seenCount < 16 else { throw Unusual() }
                seen[seenCount] = keyStart
                seenCount += 1
            } else {
                try skipValue()
            }
            switch try peek() {
            case UInt8(ascii: ","):
                index += 1
            case UInt8(ascii: "}"):
                index += 1
                return
            default:
                throw Unusual()
            }
        }
    }

    /// Reads an array, calling `element` for each element.
    mutating func readArray(_ element: (inout JSONFeedFastReader) throws(Unusual) -> Void) throws(Unusual) {
        guard try peek() == UInt8(ascii: "[") else { throw Unusual() }
        try nested { reader throws(Unusual) in
            reader.index += 1
            if try reader.peek() == UInt8(ascii: "]") {
                reader.index += 1
                return
            }
            while true {
                try element(&reader)
                switch try reader.peek() {
                case UInt8(ascii: ","):
                    reader.index += 1
                case UInt8(ascii: "]"):
                    reader.index += 1
                    return
                default:
                    throw Unusual()
                }
            }
        }
    }

    /// Skips any value, checking its syntax.
    mutating func skipValue() throws(Unusual) {
        switch try peek() {
        case UInt8(ascii: "\""):
            _ = try stringBytes(decoding: false)
        case UInt8(ascii: "{"):
            try nested { reader throws(Unusual) in try reader.readObject { _, _ in false } }
        case UInt8(ascii: "["):
            try readArray { reader throws(Unusual) in try reader.skipValue() }
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case let byte where byte.isJSONNumberStart:
            _ = try numberToken()
        default:
            throw Unusual()
        }
    }

    private mutating func literal(_ word: StaticString) throws(Unusual) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count, memcmp(bytes.baseAddress! + index, word.utf8Start, count) == 0
        else { throw Unusual() }
        index += count
    }

    /// A key without escapes or bytes outside printable ASCII (anything else is `Unusual`).
    private mutating func plainKey() throws(Unusual) -> Key {
        index += 1
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return Key(bytes: UnsafeBufferPointer(rebasing: bytes[start..<index - 1]))
            }
            guard byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\\") else { throw Unusual() }
            index += 1
        }
        throw Unusual()
    }

    /// A number's bytes, checked against the JSON grammar.
    mutating func numberToken() throws(Unusual) -> UnsafeBufferPointer<UInt8> {
        let start = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count else { throw Unusual() }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            guard try digits() > 0 else { throw Unusual() }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard try digits() > 0 else { throw Unusual() }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard try digits() > 0 else { throw Unusual() }
        }
        // JSONDecoder's scanner would take these into the number too.
        if index < bytes.count, bytes[index].isJSONNumberStart || bytes[index] == UInt8(ascii: ".")
            || bytes[index] == UInt8(ascii: "+") || bytes[index] | 0x20 == UInt8(ascii: "e") {
            throw Unusual()
        }
        return UnsafeBufferPointer(rebasing: bytes[start..<index])
    }

    private mutating func digits() throws(Unusual) -> Int {
        let start = index
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
        return index - start
    }

    /// A number that is a plain integer within Int64 (anything else is `Unusual`).
    mutating func integer() throws(Unusual) -> Int64 {
        let token = try numberToken()
        var value: Int64 = 0
        let negative = token[0] == UInt8(ascii: "-")
        for byte in token.dropFirst(negative ? 1 : 0) {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { throw Unusual() }
            let digit = Int64(byte - UInt8(ascii: "0"))
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (next, overflow2) = negative ? times10.subtractingReportingOverflow(digit)
                : times10.addingReportingOverflow(digit)
            guard !overflow1, !overflow2 else { throw Unusual() }
            value = next
        }
        return value
    }
}

extension UInt8 {
    /// Space, tab, line feed, carriage return: JSON's white space.
    var isJSONWhiteSpace: Bool { self == 0x20 || self == 0x0A || self == 0x0D || self == 0x09 }

    /// A byte a JSON number starts with: `-` or a digit.
    var isJSONNumberStart: Bool { self == UInt8(ascii: "-") || (self >= 0x30 && self <= 0x39) }
}
