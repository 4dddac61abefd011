import CLibXML2

/// Escaping for markup written from parsed XML.
enum MarkupEscaping {
    /// Appends `text` with `&`, `<`, `>` (and `"` in attributes) escaped.
    static func appendEscaped(_ text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], inAttribute: Bool) {
        var runStart = 0
        for index in 0..<text.count {
            let replacement: StaticString
            switch text[index] {
            case 0x26: replacement = "&amp;"
            case 0x3C: replacement = "&lt;"
            case 0x3E: replacement = "&gt;"
            case 0x22 where inAttribute: replacement = "&quot;"
            default: continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
            output.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start,
                                                          count: replacement.utf8CodeUnitCount))
            runStart = index + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<text.count]))
    }

    private static let voidElements: [StaticString] = [
        "br", "img", "hr", "source", "input", "meta", "link", "area", "base", "col", "embed", "track", "wbr",
    ]

    /// Whether HTML writes this element without an end tag (`<br/>`, not `<br></br>`).
    static func isVoidElement(_ localName: UnsafePointer<xmlChar>) -> Bool {
        voidElements.contains { CStringBytes.equal(localName, $0) }
    }
}
