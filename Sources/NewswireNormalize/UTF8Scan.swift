import NewswireModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte scans over the contiguous UTF-8 of a string: the generic `utf8.contains` walks the view
/// one index at a time, and over every item's content that showed in profiles.
enum UTF8Scan {
    /// True when every byte of `s` is ASCII.
    static func isASCII(_ s: String) -> Bool {
        if let result = s.utf8.withContiguousStorageIfAvailable({ bytes in
            // Eight bytes at a time: any high bit means a non-ASCII byte.
            var index = 0
            let count = bytes.count
            let base = bytes.baseAddress
            while index + 8 <= count {
                if UnsafeRawPointer(base! + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 {
                    return false
                }
                index += 8
            }
            while index < count {
                if bytes[index] >= 0x80 { return false }
                index += 1
            }
            return true
        }) { return result }
        return s.utf8.allSatisfy { $0 < 0x80 }
    }

    /// `s.contains { !$0.isWhitespace }`, decided on the first byte when that starts an ASCII
    /// character other than white space or a CJK ideograph (U+4000…U+9FFF), as nearly all text does.
    static func hasNonWhitespace(_ s: String) -> Bool {
        if let first = s.utf8.first {
            if first > 0x20 && first < 0x80 { return true }
            if first >= 0xE4 && first <= 0xE9 { return true }
        }
        return s.contains { !$0.isWhitespace }
    }

    /// `s.trimmingASCIIWhitespace()`, without a search when neither end is a blank.
    static func trimmingASCIIWhitespace(_ s: String) -> String {
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        if let first = s.utf8.first, let last = s.utf8.last, !isBlank(first), !isBlank(last) { return s }
        return s.trimmingASCIIWhitespace()
    }

    /// False when `s` has no byte below 0x20 other than tab, LF and CR, and no byte EF: then it holds
    /// no character XML 1.0 forbids. Eight bytes at a time.
    static func mayHoldXMLIllegalCharacters(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { bytes in
            var index = 0
            while index + 8 <= bytes.count {
                let word = ByteWord.load(bytes, at: index)
                if ByteWord.hasControl(word) || ByteWord.has(word, 0xEF) { break }
                index += 8
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0xEF || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) { return true }
                index += 1
            }
            return false
        }
    }

    /// True when `s` holds the byte `byte`.
    static func contains(_ s: String, byte: UInt8) -> Bool {
        if let result = s.utf8.withContiguousStorageIfAvailable({ bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }) { return result }
        return s.utf8.contains(byte)
    }

    /// `s` with A–Z lower-cased; for ASCII text this is what `lowercased()` gives.
    static func asciiLowercased(_ s: String) -> String {
        var copy = s
        return copy.withUTF8 { bytes in
            guard bytes.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return s }
            return String(unsafeUninitializedCapacity: bytes.count) { output in
                for index in 0..<bytes.count {
                    let byte = bytes[index]
                    output[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                }
                return bytes.count
            }
        }
    }
}
