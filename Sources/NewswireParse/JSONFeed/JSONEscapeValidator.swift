import Foundation

/// Finds what JSONDecoder would silently turn into a missing field: a `\u` escape of a UTF-16
/// surrogate without its partner (`"\ud800"`), which names no character.
enum JSONEscapeValidator {
    /// A description of the first lone surrogate escape in `json`, or nil when there is none.
    static func loneSurrogate(in json: Data) -> String? {
        json.withUnsafeBytes { raw -> String? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = 0
            while index < bytes.count {
                // Backslashes are rare: let memchr find the next one.
                guard let found = memchr(bytes.baseAddress! + index, 0x5C, bytes.count - index) else { return nil }
                index = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
                guard index + 1 < bytes.count, bytes[index + 1] == 0x75, let unit = hex4(bytes, index + 2) else {
                    index += 2  // another escape (\\, \", \n…): skip the escaped character
                    continue
                }
                if (0xD800...0xDBFF).contains(unit) {
                    if index + 7 < bytes.count, bytes[index + 6] == 0x5C, bytes[index + 7] == 0x75,
                       let low = hex4(bytes, index + 8), (0xDC00...0xDFFF).contains(low) {
                        index += 12
                        continue
                    }
                    return describe(unit, at: index)
                }
                if (0xDC00...0xDFFF).contains(unit) { return describe(unit, at: index) }
                index += 6
            }
            return nil
        }
    }

    private static func describe(_ unit: UInt32, at offset: Int) -> String {
        "lone surrogate \\u" + String(unit, radix: 16, uppercase: true) + " at byte \(offset)"
    }

    /// The value of four hex digits at `start`, or nil.
    private static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> UInt32? {
        guard start + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[start..<start + 4] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
            value = value * 16 + UInt32(digit)
        }
        return value
    }
}
