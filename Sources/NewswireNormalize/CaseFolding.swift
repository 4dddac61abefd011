/// Lower-casing for hashing, byte-wise where no table is needed.
enum CaseFolding {
    /// What `String.lowercased()` gives (each scalar's full lowercase mapping, without context),
    /// built as bytes: ASCII is mapped directly, and scalars that have no lowercase form, such as
    /// Chinese characters, are copied without consulting the tables.
    static func lowercased(_ s: String) -> String {
        if UTF8Scan.isASCII(s) { return UTF8Scan.asciiLowercased(s) }
        if let folded = lowercasedASCIIAndCJK(s) { return folded }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(value >= 0x41 && value <= 0x5A ? UInt8(value) | 0x20 : UInt8(value))
            } else if (0x4E00...0x9FFF).contains(value) || (0x3000...0x30FF).contains(value)
                        || !scalar.properties.changesWhenLowercased {
                UTF8.encode(scalar) { bytes.append($0) }
            } else {
                bytes += scalar.properties.lowercaseMapping.utf8
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `lowercased` for text of ASCII, CJK ideographs (U+4E00…U+9FFF) and CJK punctuation and kana
    /// (U+3000…U+30FF) only, on the UTF-8 bytes: the three-byte characters are copied as they are.
    /// Nil when `s` holds anything else.
    private static func lowercasedASCIIAndCJK(_ s: String) -> String? {
        var s = s
        return s.withUTF8 { utf8 -> String? in
            var plain = true
            let result = String(unsafeUninitializedCapacity: utf8.count) { output in
                var index = 0
                while index < utf8.count {
                    let byte = utf8[index]
                    if byte < 0x80 {
                        output[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                        index += 1
                        continue
                    }
                    // E3 80–83: U+3000…U+30FF; E4 B8–BF: U+4E00…U+4FFF; E5–E9: U+5000…U+9FFF.
                    guard index + 2 < utf8.count else { plain = false; return 0 }
                    let second = utf8[index + 1]
                    switch byte {
                    case 0xE3 where second >= 0x80 && second <= 0x83, 0xE4 where second >= 0xB8, 0xE5...0xE9:
                        output[index] = byte
                        output[index + 1] = second
                        output[index + 2] = utf8[index + 2]
                        index += 3
                    default:
                        plain = false
                        return 0
                    }
                }
                return utf8.count
            }
            return plain ? result : nil
        }
    }
}
