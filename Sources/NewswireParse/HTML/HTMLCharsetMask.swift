import Foundation

/// Hides `charset=` declarations in `<meta>` tags so libxml2 keeps reading the bytes as UTF-8.
enum HTMLCharsetMask {
    /// `data` with each `charset` inside a `<meta` tag renamed to `charzet` (same length, no meaning).
    static func masked(_ data: Data) -> Data {
        var bytes = [UInt8](data)
        let limit = bytes.count
        var index = 0
        let meta = Array("<meta".utf8)
        let charset = Array("charset".utf8)
        while index + meta.count < limit {
            if bytes[index] == UInt8(ascii: "<"), matches(bytes, at: index, meta) {
                var cursor = index + meta.count
                while cursor < limit, bytes[cursor] != UInt8(ascii: ">") {
                    if matches(bytes, at: cursor, charset) { bytes[cursor + 5] = UInt8(ascii: "z") }
                    cursor += 1
                }
                index = cursor
            } else if bytes[index] == UInt8(ascii: "<"), matches(bytes, at: index, Array("<body".utf8)) {
                break
            }
            index += 1
        }
        return Data(bytes)
    }

    private static func matches(_ bytes: [UInt8], at index: Int, _ word: [UInt8]) -> Bool {
        guard index + word.count <= bytes.count else { return false }
        for offset in 0..<word.count where bytes[index + offset] | 0x20 != word[offset] | 0x20 { return false }
        return true
    }
}
