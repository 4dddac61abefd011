/// Builds sanitized markup as UTF-8 bytes, escaping text and attribute values.
struct MarkupWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Appends `<name a="v">`.
    mutating func openTag(_ name: String, attributes: [(String, String)]) {
        bytes.append(UInt8(ascii: "<"))
        bytes += name.utf8
        for (attribute, value) in attributes {
            bytes.append(UInt8(ascii: " "))
            bytes += attribute.utf8
            bytes += "=\"".utf8
            appendEscaped(value.utf8)
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(UInt8(ascii: ">"))
    }

    /// Appends `</name>`.
    mutating func closeTag(_ name: String) {
        bytes += "</".utf8
        bytes += name.utf8
        bytes.append(UInt8(ascii: ">"))
    }

    /// Appends a NUL-terminated UTF-8 string from libxml2, escaped.
    mutating func appendEscaped(_ cString: UnsafePointer<UInt8>) {
        // Runs of bytes that need no escaping are copied at once: per-byte appends showed in profiles.
        var runStart = cString
        var pointer = cString
        while true {
            let byte = pointer.pointee
            if byte >= 0x20 && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">")
                && byte != UInt8(ascii: "\"") {
                pointer += 1
                continue
            }
            if pointer > runStart { bytes.append(contentsOf: UnsafeBufferPointer(start: runStart, count: pointer - runStart)) }
            if byte == 0 { return }
            appendEscaped(byte: byte)
            pointer += 1
            runStart = pointer
        }
    }

    /// Appends a NUL-terminated UTF-8 string from libxml2 to `text` unescaped, without the controls
    /// `appendEscaped` drops: the text a parser reads back from the escaped form.
    static func appendLegal(_ cString: UnsafePointer<UInt8>, to text: inout [UInt8]) {
        var pointer = cString
        while pointer.pointee != 0 {
            let byte = pointer.pointee
            if byte >= 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { text.append(byte) }
            pointer += 1
        }
    }

    /// Appends UTF-8 bytes, escaped.
    mutating func appendEscaped(_ utf8: some Sequence<UInt8>) {
        for byte in utf8 { appendEscaped(byte: byte) }
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
