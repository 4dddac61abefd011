import Foundation
import NewswireModel

/// Plain text out of markup, and the normalized forms used for titles and content hashes.
public enum TextNormalizer {
    /// Elements whose boundaries separate words even when the markup has no blank there.
    static let blockElements: Set<String> = [
        "p", "br", "hr", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "blockquote", "pre", "section",
        "article", "header", "footer", "aside", "nav", "main", "figure", "figcaption", "address", "details",
        "summary", "img", "picture", "video", "audio", "body", "html",
    ]

    /// The plain text of a text construct: `.text` as is, markup with tags removed and entities decoded.
    /// White space is collapsed.
    public static func plainText(of construct: TextConstruct) -> String {
        switch construct.kind {
        case .text: return collapseWhitespace(construct.value)
        case .html, .xhtml: return plainText(ofHTML: construct.value)
        }
    }

    /// The text of an HTML fragment: tags removed, entities decoded once, block boundaries as spaces,
    /// script/style and other non-content elements left out, white space collapsed.
    public static func plainText(ofHTML html: String) -> String {
        guard UTF8Scan.contains(html, byte: UInt8(ascii: "<")) || UTF8Scan.contains(html, byte: UInt8(ascii: "&"))
        else {
            return collapseWhitespace(html)
        }
        let text = HTMLFragmentTree.withParsed(html) { document -> String in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(html.utf8.count)
            var kinds = HTMLElementKinds()
            HTMLFragmentTree.walk(document, enter: { node in
                if HTMLFragmentTree.isText(node), var pointer = node.pointee.content {
                    while pointer.pointee != 0 {
                        bytes.append(pointer.pointee)
                        pointer += 1
                    }
                    return false
                }
                guard HTMLFragmentTree.isElement(node) else { return false }
                let kind = kinds.kind(of: node)
                if kind.droppedWithContent { return false }
                if kind.block { bytes.append(UInt8(ascii: " ")) }
                return true
            }, leave: { node in
                if kinds.kind(of: node).block { bytes.append(UInt8(ascii: " ")) }
            })
            return String(decoding: bytes, as: UTF8.self)
        }
        return collapseWhitespace(text ?? html)
    }

    /// Trimmed, with every run of white space (including no-break and ideographic spaces) as one space.
    /// Works on UTF-8 bytes: this runs over every title and text, and Character-wise it dominated profiles.
    public static func collapseWhitespace(_ s: String) -> String {
        var input = s
        return input.withUTF8 { bytes -> String? in
            // Most strings reaching here are collapsed already: check before building a copy.
            guard needsCollapsing(bytes) else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let width = whitespaceWidth(bytes, at: index)
                if width > 0 {
                    pendingSpace = !output.isEmpty
                    index += width
                    continue
                }
                if pendingSpace { output.append(0x20) }
                pendingSpace = false
                // Copy the whole run up to the next possible white space at once.
                let runStart = index
                index += 1
                while index < bytes.count, bytes[index] > 0x20, bytes[index] < 0x80 || !mayStartWhitespace(bytes[index]) {
                    index += 1
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            }
            return String(decoding: output, as: UTF8.self)
        } ?? s
    }

    /// True unless `bytes` are trimmed with single ASCII spaces between words (what collapsing gives).
    private static func needsCollapsing(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = bytes.last else { return false }
        if last == 0x20 || bytes[0] == 0x20 { return true }
        var previousWasSpace = false
        var index = 0
        while index < bytes.count {
            // Eight bytes that need no collapsing after a byte that is not a space.
            if !previousWasSpace, index + 8 <= bytes.count, ByteWord.isCollapsedText(ByteWord.load(bytes, at: index)) {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte > 0x20 && (byte < 0x80 || !mayStartWhitespace(byte)) {
                previousWasSpace = false
            } else if byte == 0x20 {
                if previousWasSpace { return true }
                previousWasSpace = true
            } else if whitespaceWidth(bytes, at: index) > 0 {
                return true
            } else {
                previousWasSpace = false
            }
            index += 1
        }
        return false
    }

    /// True for the lead bytes of the multi-byte White_Space characters (see `whitespaceWidth`).
    @inline(__always)
    static func mayStartWhitespace(_ byte: UInt8) -> Bool {
        byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3
    }

    /// Byte length of the Unicode White_Space character at `index`, or 0 when there is none.
    static func whitespaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || (0x09...0x0D).contains(byte) ? 1 : 0 }
        func next(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        switch byte {
        case 0xC2: return next(1) == 0x85 || next(1) == 0xA0 ? 2 : 0  // NEL, NBSP
        case 0xE1: return next(1) == 0x9A && next(2) == 0x80 ? 3 : 0  // U+1680
        case 0xE2:
            let (b1, b2) = (next(1), next(2))
            if b1 == 0x80, (0x80...0x8A).contains(b2) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF { return 3 }
            return b1 == 0x81 && b2 == 0x9F ? 3 : 0  // U+205F
        case 0xE3: return next(1) == 0x80 && next(2) == 0x80 ? 3 : 0  // U+3000
        default: return 0
        }
    }

    /// Without the characters XML 1.0 forbids even escaped (C0 controls other than tab, LF, CR; U+FFFE, U+FFFF).
    public static func removingXMLIllegalCharacters(_ s: String) -> String {
        func isIllegal(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: return false
            case 0x00...0x1F, 0xFFFE, 0xFFFF: return true
            default: return false
            }
        }
        // Every illegal character has a byte below 0x20 or EF (the lead of U+FFFE and U+FFFF).
        guard UTF8Scan.mayHoldXMLIllegalCharacters(s), s.unicodeScalars.contains(where: isIllegal) else { return s }
        return String(String.UnicodeScalarView(s.unicodeScalars.filter { !isIllegal($0) }))
    }

    /// The form compared for sameness: Unicode NFKC, white space collapsed, lower-cased (each scalar's
    /// full lowercase mapping). `HashTextFolder` makes the same in one pass for all but rare text.
    public static func normalizedForHash(_ s: String) -> String {
        collapseWhitespace(s.precomposedStringWithCompatibilityMapping).lowercased()
    }

    /// At most about `limit` characters of `text`, cut at a word boundary and ended with "…" when cut.
    public static func excerpt(_ text: String, limit: Int = 100) -> String {
        let collapsed = collapseWhitespace(text)
        guard collapsed.count > limit else { return collapsed }
        let hardCut = collapsed.prefix(limit)
        // Text without spaces (Chinese, Japanese) has no word boundary to look for: cut at the limit.
        if let space = hardCut.lastIndex(of: " "), hardCut.distance(from: hardCut.startIndex, to: space) >= limit / 2 {
            return String(hardCut[..<space]) + "…"
        }
        return String(hardCut) + "…"
    }
}
