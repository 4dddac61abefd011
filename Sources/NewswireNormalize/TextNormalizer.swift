import Foundation
import NewswireModel

/// Plain text out of markup, and the normalized forms used for titles and content hashes.
public enum TextNormalizer {
    /// Elements whose boundaries separate words even when the markup has no blank there.
    private static let blockElements: Set<String> = [
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
        guard html.contains("<") || html.contains("&") else { return collapseWhitespace(html) }
        let text = HTMLFragmentTree.withParsed(html) { document -> String in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(html.utf8.count)
            HTMLFragmentTree.walk(document, enter: { node in
                if HTMLFragmentTree.isText(node), var pointer = node.pointee.content {
                    while pointer.pointee != 0 {
                        bytes.append(pointer.pointee)
                        pointer += 1
                    }
                    return false
                }
                guard HTMLFragmentTree.isElement(node) else { return false }
                let name = HTMLFragmentTree.name(of: node)
                if HTMLAllowlist.droppedWithContent.contains(name) { return false }
                if blockElements.contains(name) { bytes.append(UInt8(ascii: " ")) }
                return true
            }, leave: { node in
                if blockElements.contains(HTMLFragmentTree.name(of: node)) { bytes.append(UInt8(ascii: " ")) }
            })
            return String(decoding: bytes, as: UTF8.self)
        }
        return collapseWhitespace(text ?? html)
    }

    /// Trimmed, with every run of white space (including no-break and ideographic spaces) as one space.
    public static func collapseWhitespace(_ s: String) -> String {
        var result = ""
        result.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for character in s {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
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
        guard s.unicodeScalars.contains(where: isIllegal) else { return s }
        return String(String.UnicodeScalarView(s.unicodeScalars.filter { !isIllegal($0) }))
    }

    /// The form compared for sameness: Unicode NFKC, white space collapsed, case folded.
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
