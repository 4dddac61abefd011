import CLibXML2

/// Collects the text of one element as UTF-8 bytes and makes one String at its end. In markup
/// modes, child elements are serialized as markup (XHTML content, or raw HTML some RSS feeds
/// put unescaped in a `description`).
struct TextCollector {
    enum Mode: Equatable {
        /// Plain text: child elements are dropped, their text kept.
        case text
        /// Escaped markup: the element's own characters are markup already.
        case html
        /// XHTML: every character is text to escape; the wrapping `div` is left out.
        case xhtml
    }

    private(set) var bytes: [UInt8] = []
    /// Depth of the element being collected; nil when idle.
    private(set) var depth: Int?
    private var mode = Mode.text
    private var hasPendingStartTag = false
    private var unwrappedDivDepth: Int?
    private var sawElementChild = false
    /// What is known of the bytes' encoding; the pieces are checked as they come, while they are in
    /// cache, so that `finish` need not scan the whole text again.
    private var encoding = KnownEncoding.ascii

    var isActive: Bool { depth != nil }

    /// Whether the bytes collected are known to be ASCII, or well-formed UTF-8 (whole characters:
    /// a concatenation of well-formed pieces is well-formed), or neither.
    private enum KnownEncoding { case ascii, wellFormed, unknown }

    mutating func begin(depth: Int, mode: Mode) {
        bytes.removeAll(keepingCapacity: true)
        self.depth = depth
        self.mode = mode
        hasPendingStartTag = false
        unwrappedDivDepth = nil
        sawElementChild = false
        encoding = .ascii
    }

    /// Appends characters reported at element depth `currentDepth`.
    mutating func append(_ characters: UnsafeBufferPointer<UInt8>, currentDepth: Int) {
        closePendingStartTag()
        note(characters)
        if mode == .xhtml || (mode == .html && currentDepth > (depth ?? 0)) {
            MarkupEscaping.appendEscaped(characters, to: &bytes, inAttribute: false)
        } else {
            bytes.append(contentsOf: characters)
        }
    }

    /// A child element opened at depth `childDepth` while collecting.
    mutating func startChild(prefix: UnsafePointer<xmlChar>?, localName: UnsafePointer<xmlChar>,
                             namespace: XMLNamespace, attributes: XMLAttributes, childDepth: Int) {
        guard mode != .text else { return }
        closePendingStartTag()
        if mode == .xhtml, !sawElementChild, childDepth == (depth ?? 0) + 1,
           namespace == .xhtml, CStringBytes.equal(localName, "div") {
            sawElementChild = true
            unwrappedDivDepth = childDepth
            return
        }
        sawElementChild = true
        bytes.append(0x3C) // <
        appendQualifiedName(prefix: prefix, localName: localName, namespace: namespace)
        attributes.forEach { prefix, name, value in
            bytes.append(0x20)
            if let prefix {
                appendCString(prefix)
                bytes.append(0x3A)
            }
            appendCString(name)
            bytes.append(contentsOf: [0x3D, 0x22]) // ="
            var value = value
            value.withUTF8 {
                note($0)
                MarkupEscaping.appendEscaped($0, to: &bytes, inAttribute: true)
            }
            bytes.append(0x22)
        }
        hasPendingStartTag = true
    }

    /// A child element closed at depth `childDepth` while collecting.
    mutating func endChild(prefix: UnsafePointer<xmlChar>?, localName: UnsafePointer<xmlChar>,
                           namespace: XMLNamespace, childDepth: Int) {
        guard mode != .text else { return }
        if unwrappedDivDepth == childDepth {
            unwrappedDivDepth = nil
            return
        }
        if hasPendingStartTag {
            hasPendingStartTag = false
            if MarkupEscaping.isVoidElement(localName) {
                bytes.append(contentsOf: [0x2F, 0x3E]) // />
                return
            }
            bytes.append(0x3E)
        }
        bytes.append(contentsOf: [0x3C, 0x2F]) // </
        appendQualifiedName(prefix: prefix, localName: localName, namespace: namespace)
        bytes.append(0x3E)
    }

    /// Ends collection and returns the text with surrounding white space trimmed.
    mutating func finish() -> String {
        depth = nil
        var start = 0
        var end = bytes.count
        while start < end, bytes[start].isXMLWhiteSpace { start += 1 }
        while end > start, bytes[end - 1].isXMLWhiteSpace { end -= 1 }
        return bytes.withUnsafeBufferPointer {
            let text = UnsafeBufferPointer(rebasing: $0[start..<end])
            switch encoding {
            case .ascii: return String(ascii: text)
            case .wellFormed: return String(wellFormedNonASCII: text)
            case .unknown: return String(decoding: text, as: UTF8.self)
            }
        }
    }

    /// Notes the encoding of a piece appended (escaping replaces ASCII bytes only).
    private mutating func note(_ piece: UnsafeBufferPointer<UInt8>) {
        guard encoding != .unknown else { return }
        switch String.commonUTF8IsASCII(piece) {
        case true?: break
        case false?: encoding = .wellFormed
        case nil: encoding = .unknown
        }
    }

    private mutating func closePendingStartTag() {
        if hasPendingStartTag {
            bytes.append(0x3E)
            hasPendingStartTag = false
        }
    }

    private mutating func appendQualifiedName(prefix: UnsafePointer<xmlChar>?, localName: UnsafePointer<xmlChar>,
                                              namespace: XMLNamespace) {
        if let prefix, namespace != .xhtml {
            appendCString(prefix)
            bytes.append(0x3A)
        }
        appendCString(localName)
    }

    private mutating func appendCString(_ text: UnsafePointer<xmlChar>) {
        var position = 0
        while text[position] != 0 {
            if text[position] >= 0x80 { encoding = .unknown }
            bytes.append(text[position])
            position += 1
        }
    }
}
