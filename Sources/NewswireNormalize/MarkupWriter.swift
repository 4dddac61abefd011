/// Builds sanitized markup as UTF-8 bytes, escaping text and attribute values.
struct MarkupWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Appends `<name a="v">` for an element of `kind`.
    mutating func openTag(_ kind: HTMLElementKinds.Kind, attributes: [(String, String)]) {
        bytes += kind.openTagStart
        for (attribute, value) in attributes {
            bytes.append(UInt8(ascii: " "))
            bytes += attribute.utf8
            bytes += "=\"".utf8
            var value = value
            value.withUTF8 { appendEscaped($0) }
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(UInt8(ascii: ">"))
    }

    /// Appends `</name>` for an element of `kind`.
    mutating func closeTag(_ kind: HTMLElementKinds.Kind) {
        bytes += kind.closeTag
    }

    /// Appends bytes as they are; only for text with nothing to escape or drop.
    mutating func appendVerbatim(_ utf8: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: utf8) }

    /// Appends UTF-8 text, escaped, dropping the controls XML 1.0 forbids.
    mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
        // Runs of bytes that need no escaping are copied at once: per-byte appends showed in profiles.
        var runStart = 0
        var index = 0
        while index < text.count {
            if index + 8 <= text.count, !ByteWord.needsEscaping(ByteWord.load(text, at: index)) {
                index += 8
                continue
            }
            let byte = text[index]
            if byte >= 0x20 && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">")
                && byte != UInt8(ascii: "\"") {
                index += 1
                continue
            }
            if index > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index])) }
            appendEscaped(byte: byte)
            index += 1
            runStart = index
        }
        if index > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index])) }
    }

    private mutating func appendEscaped(byte: UInt8) {
        switch byte {
        case UInt8(ascii: "&"): bytes += "&amp;".utf8
        case UInt8(ascii: "<"): bytes += "&lt;".utf8
        case UInt8(ascii: ">"): bytes += "&gt;".utf8
        case UInt8(ascii: "\""): bytes += "&quot;".utf8
        case 0x09, 0x0A, 0x0D: bytes.append(byte)
        case 0x00...0x1F: break  // illegal in XML 1.0, even escaped
        default: bytes.append(byte)
        }
    }
}
