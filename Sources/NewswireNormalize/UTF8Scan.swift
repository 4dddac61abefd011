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
