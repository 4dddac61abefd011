/// Writes the allowlisted part of an HTML event stream as markup, and optionally its plain text.
struct SanitizingSink: HTMLEventSink {
    private(set) var writer: MarkupWriter
    /// The text of the markup written (unescaped, kept block elements as spaces, white space collapsed);
    /// empty unless collected.
    private(set) var text: CollapsedTextBuilder
    private let collectsText: Bool
    private var base: ContentBase

    init(capacity: Int, baseURL: String?, collectsText: Bool) {
        // Resolved URLs make the markup somewhat longer than the fragment.
        writer = MarkupWriter(capacity: capacity + 128)
        text = CollapsedTextBuilder(capacity: collectsText ? capacity : 0)
        self.collectsText = collectsText
        base = ContentBase(baseURL)
    }

    mutating func startElement(_ kind: HTMLElementKinds.Kind,
                               attributes: () -> [(name: String, value: String)]) -> Bool {
        if kind.droppedWithContent { return false }
        guard kind.allowed else { return true }
        let given = attributes()
        writer.openTag(kind, attributes: given.isEmpty ? []
                       : HTMLSanitizer.safeAttributes(given, kind: kind, base: &base))
        // Only kept elements separate words: the text is that of the markup written here.
        if collectsText, kind.block { text.appendSpace() }
        // libxml2 2.9 does not know HTML5 void elements such as <source>: what follows one
        // becomes its child. Walk those children, but never close a void element.
        return true
    }

    mutating func text(_ utf8: UnsafeBufferPointer<UInt8>) {
        writer.appendEscaped(utf8)
        if collectsText { text.append(utf8) }
    }

    mutating func plainText(_ utf8: UnsafeBufferPointer<UInt8>) {
        writer.appendVerbatim(utf8)
        if collectsText { text.append(utf8) }
    }

    mutating func endElement(_ kind: HTMLElementKinds.Kind) {
        if kind.allowed, !kind.void { writer.closeTag(kind) }
        if collectsText, kind.allowed, kind.block { text.appendSpace() }
    }
}
