import CLibXML2

/// Rewrites untrusted HTML so that only allowlisted markup remains: nothing scriptable survives.
public enum HTMLSanitizer {
    /// The sanitized markup of an HTML fragment, with URLs made absolute against `baseURL`.
    ///
    /// Kept elements are re-serialized with lower-case names and double-quoted attributes; text and
    /// attribute values are escaped (`& < > "`), characters illegal in XML 1.0 are dropped, comments vanish.
    public static func sanitize(_ html: String, baseURL: String?) -> String {
        sanitize(html, baseURL: baseURL, collectsText: false).markup
    }

    /// The sanitized markup and its plain text (as `TextNormalizer.plainText(ofHTML:)` reads that
    /// markup), from one parse: the text is collected during the same walk instead of parsing the output again.
    static func sanitizedWithText(_ html: String, baseURL: String?) -> (markup: String, text: String) {
        sanitize(html, baseURL: baseURL, collectsText: true)
    }

    private static func sanitize(_ html: String, baseURL: String?, collectsText: Bool) -> (markup: String, text: String) {
        guard html.contains(where: { !$0.isWhitespace }) else { return ("", "") }
        if !html.utf8.contains(where: needsParsing) {
            return (html, collectsText ? TextNormalizer.collapseWhitespace(html) : "")
        }
        let output = HTMLFragmentTree.withParsed(html) { document -> (markup: [UInt8], text: [UInt8]) in
            var writer = MarkupWriter(capacity: html.utf8.count)
            var text: [UInt8] = []
            if collectsText { text.reserveCapacity(html.utf8.count) }
            var kinds = HTMLElementKinds()
            var base = ContentBase(baseURL)
            HTMLFragmentTree.walk(document, enter: { node in
                if HTMLFragmentTree.isText(node) {
                    if let content = node.pointee.content {
                        writer.appendEscaped(content)
                        if collectsText { MarkupWriter.appendLegal(content, to: &text) }
                    }
                    return false
                }
                guard HTMLFragmentTree.isElement(node) else { return false }
                let kind = kinds.kind(of: node)
                if kind.droppedWithContent { return false }
                guard kind.allowed else { return true }
                writer.openTag(kind.name, attributes: safeAttributes(of: node, element: kind.name, base: &base))
                // Only kept elements separate words: the text is that of the markup written here.
                if collectsText, kind.block { text.append(UInt8(ascii: " ")) }
                // libxml2 2.9 does not know HTML5 void elements such as <source>: what follows one
                // becomes its child. Walk those children, but never close a void element.
                return true
            }, leave: { node in
                let kind = kinds.kind(of: node)
                if kind.allowed, !kind.void { writer.closeTag(kind.name) }
                if collectsText, kind.allowed, kind.block { text.append(UInt8(ascii: " ")) }
            })
            return (writer.bytes, text)
        }
        guard let output else { return ("", "") }
        let text = collectsText ? TextNormalizer.collapseWhitespace(String(decoding: output.text, as: UTF8.self)) : ""
        return (String(decoding: output.markup, as: UTF8.self), text)
    }

    /// True for the bytes that make a fragment more than plain text: markup, escapes, XML-illegal controls.
    private static func needsParsing(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""): return true
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F: return true
        default: return false
        }
    }

    /// The allowlisted attributes of `node` with safe values, after lazy-image promotion.
    static func safeAttributes(of node: xmlNodePtr, element: String, baseURL: String?) -> [(String, String)] {
        var base = ContentBase(baseURL)
        return safeAttributes(of: node, element: element, base: &base)
    }

    /// `safeAttributes(of:element:baseURL:)` with the base parsed at most once per fragment.
    static func safeAttributes(of node: xmlNodePtr, element: String, base: inout ContentBase) -> [(String, String)] {
        guard node.pointee.properties != nil else { return [] }
        var attributes = HTMLFragmentTree.attributes(of: node)
        if element == "img" || element == "source" { promoteLazyImage(&attributes) }
        var kept: [(String, String)] = []
        for (name, value) in attributes where HTMLAllowlist.allows(attribute: name, on: element) {
            if HTMLAllowlist.urlAttributes.contains(name) {
                let allowsData = element == "img" && name == "src"
                if let url = ContentURLPolicy.safeURL(value, base: &base, allowsImageData: allowsData) {
                    kept.append((name, url))
                }
            } else if HTMLAllowlist.srcsetAttributes.contains(name) {
                if let srcset = ContentURLPolicy.safeSrcset(value, base: &base) { kept.append((name, srcset)) }
            } else {
                kept.append((name, value))
            }
        }
        return kept
    }

    /// Moves `data-src` and friends into `src`/`srcset` when those are missing or placeholders.
    static func promoteLazyImage(_ attributes: inout [(name: String, value: String)]) {
        // The real attribute takes the place of the one it replaces, or of the lazy one it came from.
        func promote(to name: String, from candidates: [String]) {
            guard let lazyIndex = attributes.firstIndex(where: { candidates.contains($0.name) && !$0.value.isBlankURL })
            else { return }
            let lazyValue = attributes[lazyIndex].value
            if let index = attributes.firstIndex(where: { $0.name == name }) {
                if isPlaceholder(attributes[index].value) { attributes[index].value = lazyValue }
            } else {
                attributes[lazyIndex] = (name, lazyValue)
            }
        }
        promote(to: "src", from: HTMLAllowlist.lazySourceAttributes)
        promote(to: "srcset", from: HTMLAllowlist.lazySrcsetAttributes)
    }

    /// True for the stand-in images that lazy loaders show until a script swaps in the real one.
    static func isPlaceholder(_ src: String) -> Bool {
        let lowered = src.trimmingURLBlanks().lowercased()
        if lowered.isEmpty || lowered == "#" || lowered.hasPrefix("data:") || lowered == "about:blank" { return true }
        let markers = ["placeholder", "blank.gif", "blank.png", "spacer.gif", "pixel.gif", "transparent.gif",
                       "transparent.png", "grey.gif", "gray.gif", "lazy", "loading.gif", "loader.gif", "1x1."]
        return markers.contains { lowered.contains($0) }
    }
}

private extension String {
    var isBlankURL: Bool { trimmingURLBlanks().isEmpty }
}
