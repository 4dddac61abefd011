import Foundation

/// One response header line as libcurl hands it to the header callback, line break included.
enum HTTPHeaderLine: Equatable {
    /// `HTTP/1.1 200 OK`: a new response begins.
    case status(Int)
    /// A field: name lower-cased, name and value trimmed of spaces and tabs.
    case field(name: String, value: String)
    /// An obsolete folded line (starts with a space or tab, after a field): more of that field's value, trimmed.
    case continuation(String)
    /// The blank line ending the headers, or anything else without meaning here.
    case other

    /// Parses bytes; `afterField` tells whether a field came before in this response. ASCII lines (nearly
    /// all) are parsed without building intermediate Strings.
    init(_ bytes: UnsafeRawBufferPointer, afterField: Bool) {
        let line = UnsafeBufferPointer(start: bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        guard line.allSatisfy({ $0 < 0x80 }) else {
            self = Self.parseUnicode(String(decoding: bytes, as: UTF8.self), afterField: afterField)
            return
        }
        var end = line.count
        while end > 0, Self.isLineBreak(line[end - 1]) { end -= 1 }
        let text = UnsafeBufferPointer(rebasing: line[0..<end])
        if Self.hasStatusPrefix(text) {
            self = Self.status(text).map(HTTPHeaderLine.status) ?? .other
        } else if afterField, let first = text.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") {
            self = .continuation(Self.string(Self.trimmed(text[...])))
        } else if let colon = text.firstIndex(of: UInt8(ascii: ":")) {
            let name = Self.trimmed(text[..<colon]).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
            self = .field(name: String(decoding: name, as: UTF8.self),
                          value: Self.string(Self.trimmed(text[(colon + 1)...])))
        } else {
            self = .other
        }
    }

    /// The general path, for lines holding non-ASCII bytes: Unicode line breaks, spaces and case.
    static func parseUnicode(_ text: String, afterField: Bool) -> HTTPHeaderLine {
        var line = Substring(text)
        while let last = line.last, last.isNewline { line.removeLast() }
        if line.hasPrefix("HTTP/") {
            let parts = line.split(separator: " ", maxSplits: 2)
            guard parts.count >= 2, let status = Int(parts[1]) else { return .other }
            return .status(status)
        } else if afterField, let first = line.first, first == " " || first == "\t" {
            return .continuation(line.trimmingCharacters(in: .whitespaces))
        } else if let colon = line.firstIndex(of: ":") {
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            return .field(name: name, value: value)
        }
        return .other
    }

    private static func isLineBreak(_ byte: UInt8) -> Bool {
        // What Character.isNewline accepts among ASCII: LF, VT, FF, CR.
        (0x0A...0x0D).contains(byte)
    }

    private static func hasStatusPrefix(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        text.starts(with: "HTTP/".utf8)
    }

    /// The second space-separated word as an integer, like `Int(line.split(" ")[1])`.
    private static func status(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
        let space = UInt8(ascii: " ")
        guard var start = text.firstIndex(of: space) else { return nil }
        while start < text.count, text[start] == space { start += 1 }
        var end = start
        while end < text.count, text[end] != space { end += 1 }
        guard end > start else { return nil }
        return Int(String(decoding: text[start..<end], as: UTF8.self))
    }

    private static func trimmed(_ slice: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        var slice = slice
        while let first = slice.first, isBlank(first) { slice.removeFirst() }
        while let last = slice.last, isBlank(last) { slice.removeLast() }
        return slice
    }

    private static func string(_ slice: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(decoding: slice, as: UTF8.self)
    }
}
