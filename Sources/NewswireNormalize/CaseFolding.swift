/// Lower-casing for hashing, byte-wise where no table is needed.
enum CaseFolding {
    /// What `String.lowercased()` gives (each scalar's full lowercase mapping, without context),
    /// built as bytes: ASCII is mapped directly, and scalars that have no lowercase form, such as
    /// Chinese characters, are copied without consulting the tables.
    static func lowercased(_ s: String) -> String {
        if UTF8Scan.isASCII(s) { return UTF8Scan.asciiLowercased(s) }
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
}
