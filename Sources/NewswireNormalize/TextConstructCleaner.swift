import NewswireModel

/// Cleans the text constructs of an item: titles, summaries and contents.
enum TextConstructCleaner {
    /// A title with white space collapsed. Markup titles are sanitized and stay `.html` only when
    /// markup survives; otherwise they become `.text` with entities decoded. Nil when empty.
    static func title(_ title: TextConstruct?, baseURL: String?) -> TextConstruct? {
        guard let title else { return nil }
        switch title.kind {
        case .text:
            let decoded = DoubleEscapeDecoder.decode(title.value)
            let text = TextNormalizer.collapseWhitespace(TextNormalizer.removingXMLIllegalCharacters(decoded))
            return text.isEmpty ? nil : .text(text)
        case .html, .xhtml:
            let sanitized = HTMLSanitizer.sanitize(title.value, baseURL: baseURL)
            if UTF8Scan.contains(sanitized, byte: UInt8(ascii: "<")) { return .html(TextNormalizer.collapseWhitespace(sanitized)) }
            let text = TextNormalizer.plainText(ofHTML: title.value)
            return text.isEmpty ? nil : .text(text)
        }
    }

    /// A summary or content: `.text` kept, `.html` and `.xhtml` sanitized into `.html`. Nil when blank.
    static func body(_ body: TextConstruct?, baseURL: String?) -> TextConstruct? {
        bodyWithText(body, baseURL: baseURL).construct
    }

    /// `body(_:baseURL:)` and the UTF-8 of the plain text of what it returns (`TextNormalizer.plainText(of:)`),
    /// from one HTML parse; the text is empty when the construct is nil or `collectsText` is false.
    static func bodyWithText(_ body: TextConstruct?, baseURL: String?,
                             collectsText: Bool = true) -> (construct: TextConstruct?, text: [UInt8]) {
        guard let body, UTF8Scan.hasNonWhitespace(body.value) else { return (nil, []) }
        switch body.kind {
        case .text:
            let value = TextNormalizer.removingXMLIllegalCharacters(body.value)
            // No controls are left for the builder to drop: it collapses as `collapseWhitespace`.
            return (.text(value), collectsText ? CollapsedTextBuilder.collapsed(value) : [])
        case .html, .xhtml:
            // White space around the markup (left by removed elements) means nothing, and would
            // not survive a round trip through an XML text element.
            let sanitized = collectsText ? HTMLSanitizer.sanitizedWithTextUTF8(body.value, baseURL: baseURL)
                : (markup: HTMLSanitizer.sanitize(body.value, baseURL: baseURL), text: [])
            let markup = UTF8Scan.trimmingASCIIWhitespace(sanitized.markup)
            return markup.isEmpty ? (nil, []) : (.html(markup), sanitized.text)
        }
    }
}
