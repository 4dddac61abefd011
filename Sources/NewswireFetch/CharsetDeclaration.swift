import Foundation

/// Finds the charset a document or its HTTP headers declare.
enum CharsetDeclaration {
    /// How far into a document `<meta charset>` is looked for.
    static let metaSearchLimit = 65_536

    /// The `charset` parameter of a `Content-Type` value.
    static func fromContentType(_ contentType: String?) -> String? {
        guard let contentType else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset"
            else { continue }
            let value = parts[1].trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\"'")))
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// Whether the document starts (after white space) with an XML declaration.
    static func hasXMLDeclaration(_ bytes: UnsafeRawBufferPointer) -> Bool {
        xmlDeclarationRange(bytes) != nil
    }

    /// The `encoding` pseudo-attribute of a leading XML declaration.
    static func fromXMLDeclaration(_ bytes: UnsafeRawBufferPointer) -> String? {
        guard let range = xmlDeclarationRange(bytes),
              let name = find("encoding", in: bytes, range) else { return nil }
        return attributeValue(in: bytes, from: name + "encoding".utf8.count, end: range.upperBound)
    }

    /// The charset of the first `<meta charset=…>` or `<meta http-equiv content="…; charset=…">`.
    static func fromMeta(_ bytes: UnsafeRawBufferPointer) -> String? {
        let limit = min(bytes.count, metaSearchLimit)
        var position = 0
        while let tagStart = find("<meta", in: bytes, position..<limit) {
            let tagEnd = (tagStart..<limit).first { bytes[$0] == UInt8(ascii: ">") } ?? limit
            if let name = find("charset", in: bytes, tagStart..<tagEnd),
               let value = attributeValue(in: bytes, from: name + "charset".utf8.count, end: tagEnd) {
                return value
            }
            position = tagEnd
        }
        return nil
    }

    private static func xmlDeclarationRange(_ bytes: UnsafeRawBufferPointer) -> Range<Int>? {
        var start = 0
        while start < min(bytes.count, 256), [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        let limit = min(bytes.count, start + 512)
        guard find("<?xml", in: bytes, start..<min(limit, start + 5)) == start else { return nil }
        guard let end = find("?>", in: bytes, start..<limit) else { return nil }
        return start..<end
    }

    /// Reads `= value`, `="value"` or `='value'` right after an attribute name.
    private static func attributeValue(in bytes: UnsafeRawBufferPointer, from start: Int, end: Int) -> String? {
        var index = start
        func skipSpaces() { while index < end, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 } }
        skipSpaces()
        guard index < end, bytes[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        skipSpaces()
        while index < end, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") { index += 1 }
        let valueStart = index
        while index < end, isLabelByte(bytes[index]) { index += 1 }
        guard index > valueStart else { return nil }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[valueStart..<index]), as: UTF8.self)
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
             UInt8(ascii: ":"):
            true
        default:
            false
        }
    }

    /// The offset of an ASCII `needle`, compared case-insensitively, within `range`.
    private static func find(_ needle: String, in bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Int? {
        let pattern = Array(needle.utf8)
        guard range.count >= pattern.count else { return nil }
        var index = range.lowerBound
        let last = range.upperBound - pattern.count
        // Eight bytes at a time, skip words where no byte can start a match (same `| 0x20` test).
        let ones: UInt64 = 0x0101_0101_0101_0101
        let firstRepeated = ones &* UInt64(pattern[0] | 0x20)
        while index <= last {
            if index + 8 <= last {
                let difference = (bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) | ones &* 0x20)
                    ^ firstRepeated
                if (difference &- ones) & ~difference & (ones &* 0x80) == 0 {
                    index += 8
                    continue
                }
            }
            var matched = true
            for (offset, expected) in pattern.enumerated() where bytes[index + offset] | 0x20 != expected | 0x20 {
                matched = false
                break
            }
            if matched { return index }
            index += 1
        }
        return nil
    }
}
