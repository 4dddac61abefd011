/// Decides whether a string is a well-formed XHTML fragment that can go inside an Atom
/// `<div xmlns="http://www.w3.org/1999/xhtml">` as it is.
///
/// Conservative: balanced tags, quoted and unique attributes, only the predefined and numeric
/// character references, no prefixed names other than `xml:`, no DOCTYPE or processing
/// instruction. Whatever it rejects is rendered as `type="html"` instead.
enum XHTMLFragmentChecker {
    /// Whether `markup` can be embedded as XHTML without breaking the document.
    static func isWellFormed(_ markup: String) -> Bool {
        var copy = markup
        return copy.withUTF8 { bytes in
            var scanner = Scanner(bytes: bytes)
            return scanner.scanFragment()
        }
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0
        var openElements: [ArraySlice<UInt8>] = []

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        mutating func scanFragment() -> Bool {
            while i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: "<"):
                    guard scanMarkup() else { return false }
                case UInt8(ascii: "&"):
                    guard scanReference() else { return false }
                case UInt8(ascii: "]") where hasPrefix("]]>"):
                    return false
                default:
                    i += 1
                }
            }
            return openElements.isEmpty
        }

        private mutating func scanMarkup() -> Bool {
            if hasPrefix("<!--") { return skip(past: "-->", from: i + 4, forbidding: "--") }
            if hasPrefix("<![CDATA[") { return skip(past: "]]>", from: i + 9, forbidding: nil) }
            if hasPrefix("</") {
                i += 2
                guard let name = scanName(), openElements.popLast() == name else { return false }
                skipSpace()
                return consume(">")
            }
            i += 1
            guard let name = scanName(), !name.contains(UInt8(ascii: ":")) else { return false }
            var attributeNames: [ArraySlice<UInt8>] = []
            while true {
                let hadSpace = skipSpace()
                if consume("/>") { return true }
                if consume(">") {
                    openElements.append(name)
                    return true
                }
                guard hadSpace, let attribute = scanName(), !attributeNames.contains(attribute),
                      isAllowedAttributeName(attribute) else { return false }
                attributeNames.append(attribute)
                skipSpace()
                guard consume("=") else { return false }
                skipSpace()
                guard let value = scanAttributeValue() else { return false }
                if attribute.elementsEqual("xmlns".utf8), !value.elementsEqual(xhtmlNamespace.utf8) { return false }
            }
        }

        private func isAllowedAttributeName(_ name: ArraySlice<UInt8>) -> Bool {
            guard let colon = name.firstIndex(of: UInt8(ascii: ":")) else { return true }
            return name[name.startIndex..<colon].elementsEqual("xml".utf8)
        }

        private mutating func scanAttributeValue() -> ArraySlice<UInt8>? {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else { return nil }
            let quote = bytes[i]
            i += 1
            let start = i
            while i < bytes.count, bytes[i] != quote {
                if bytes[i] == UInt8(ascii: "<") { return nil }
                if bytes[i] == UInt8(ascii: "&") {
                    guard scanReference() else { return nil }
                } else {
                    i += 1
                }
            }
            guard i < bytes.count else { return nil }
            let value = Array(bytes[start..<i])[...]
            i += 1
            return value
        }

        /// `&amp;` `&lt;` `&gt;` `&quot;` `&apos;` `&#N;` `&#xH;` naming a legal XML character.
        private mutating func scanReference() -> Bool {
            guard let end = bytes[i...].firstIndex(of: UInt8(ascii: ";")), end - i <= 12 else { return false }
            let body = Array(bytes[(i + 1)..<end])
            i = end + 1
            if ["amp", "lt", "gt", "quot", "apos"].contains(where: { body.elementsEqual($0.utf8) }) { return true }
            guard body.first == UInt8(ascii: "#"), body.count > 1 else { return false }
            let hex = body[1] == UInt8(ascii: "x")
            let digits = String(decoding: body.dropFirst(hex ? 2 : 1), as: UTF8.self)
            guard !digits.isEmpty, let value = UInt32(digits, radix: hex ? 16 : 10) else { return false }
            switch value {
            case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
            default: return false
            }
        }

        private mutating func scanName() -> ArraySlice<UInt8>? {
            let start = i
            while i < bytes.count, isNameByte(bytes[i], first: i == start) { i += 1 }
            return i > start ? Array(bytes[start..<i])[...] : nil
        }

        private func isNameByte(_ b: UInt8, first: Bool) -> Bool {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"),
                 UInt8(ascii: ":"), 0x80...0xFF: return true
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."): return !first
            default: return false
            }
        }

        @discardableResult
        private mutating func skipSpace() -> Bool {
            let start = i
            while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
            return i > start
        }

        private mutating func skip(past terminator: String, from start: Int, forbidding: String?) -> Bool {
            i = start
            while i < bytes.count {
                if hasPrefix(terminator) {
                    i += terminator.utf8.count
                    return true
                }
                if let forbidding, hasPrefix(forbidding) { return false }
                i += 1
            }
            return false
        }

        private func hasPrefix(_ s: String) -> Bool {
            let n = s.utf8.count
            return i + n <= bytes.count && bytes[i..<(i + n)].elementsEqual(s.utf8)
        }

        private mutating func consume(_ s: String) -> Bool {
            guard hasPrefix(s) else { return false }
            i += s.utf8.count
            return true
        }
    }

    static let xhtmlNamespace = "http://www.w3.org/1999/xhtml"
}
