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
        let sanitized = sanitize(html, baseURL: baseURL, collectsText: true)
        return (sanitized.markup, String(decoding: sanitized.text, as: UTF8.self))
    }

    /// `sanitizedWithText` with the text as UTF-8 bytes, for hashing without building a string.
    static func sanitizedWithTextUTF8(_ html: String, baseURL: String?) -> (markup: String, text: [UInt8]) {
        sanitize(html, baseURL: baseURL, collectsText: true)
    }

    private static func sanitize(_ html: String, baseURL: String?,
                                 collectsText: Bool) -> (markup: String, text: [UInt8]) {
        guard UTF8Scan.hasNonWhitespace(html) else { return ("", []) }
        if !needsParsing(html) {
            return (html, collectsText ? CollapsedTextBuilder.collapsed(html) : [])
        }
        var sink = SanitizingSink(capacity: html.utf8.count, baseURL: baseURL, collectsText: collectsText)
        if SimpleMarkupScanner.scan(html, into: &sink) {
            // The scanner splits `html` only at ASCII bytes and writes decoded references as whole
            // scalars, so the markup is valid UTF-8 by construction; libxml2's output is checked.
            return (String(knownValidUTF8: sink.writer.bytes), sink.text.bytes)
        }
        sink = SanitizingSink(capacity: html.utf8.count, baseURL: baseURL, collectsText: collectsText)
        guard HTMLFragmentTree.replay(html, into: &sink) else { return ("", []) }
        return (String(decoding: sink.writer.bytes, as: UTF8.self), sink.text.bytes)
    }

    /// True when `html` holds a byte that `needsParsing(_: UInt8)` accepts; eight bytes at a time
    /// over the runs of plain text.
    private static func needsParsing(_ html: String) -> Bool {
        var html = html
        return html.withUTF8 { bytes in
            var index = 0
            while index + 8 <= bytes.count, !ByteWord.needsEscaping(ByteWord.load(bytes, at: index)) { index += 8 }
            return bytes[index...].contains(where: needsParsing)
        }
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

    /// The allowlisted attributes among `attributes` of an element of `kind`, with safe values, after
    /// lazy-image promotion; the base is parsed at most once per fragment.
    static func safeAttributes(_ attributes: [(name: String, value: String)], kind: HTMLElementKinds.Kind,
                               base: inout ContentBase) -> [(String, String)] {
        var attributes = attributes
        // Every lazy-loading attribute starts with `data-`.
        if kind.loadsLazily, attributes.contains(where: { $0.name.utf8.first == UInt8(ascii: "d") }) {
            promoteLazyImage(&attributes)
        }
        var kept: [(String, String)] = []
        kept.reserveCapacity(attributes.count)
        for (name, value) in attributes where kind.attributes.contains(name) {
            if HTMLAllowlist.isURLAttribute(name) {
                let allowsData = name == "src" && kind.name == "img"
                if let url = ContentURLPolicy.safeURL(value, base: &base, allowsImageData: allowsData) {
                    kept.append((name, url))
                }
            } else if name == "srcset" {
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
