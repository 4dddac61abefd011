import CLibXML2

/// Receives an HTML fragment as a sequence of element and text events, in document order, with
/// every element that was started also ended (parsers that auto-close report those ends too).
protocol HTMLEventSink {
    /// An element starts; `attributes` gives its (lower-case name, decoded value) pairs on demand.
    /// Returns false to skip the element's content; its end is then not reported.
    mutating func startElement(_ kind: HTMLElementKinds.Kind,
                               attributes: () -> [(name: String, value: String)]) -> Bool
    /// Decoded character data (text outside raw-text elements), as UTF-8.
    mutating func text(_ utf8: UnsafeBufferPointer<UInt8>)
    /// `text`, known to hold no byte that markup escapes or drops: `& < > "` and controls other than tab and LF.
    mutating func plainText(_ utf8: UnsafeBufferPointer<UInt8>)
    /// An element whose start returned true ends.
    mutating func endElement(_ kind: HTMLElementKinds.Kind)
}

extension HTMLEventSink {
    mutating func plainText(_ utf8: UnsafeBufferPointer<UInt8>) { text(utf8) }
}

extension HTMLFragmentTree {
    /// Parses `html` with libxml2 and reports the tree to `sink`; false when libxml2 fails.
    static func replay<Sink: HTMLEventSink>(_ html: String, into sink: inout Sink) -> Bool {
        let parsed: Void? = withParsed(html) { document in
            var kinds = HTMLElementKinds()
            walk(document, enter: { node in
                if isText(node) {
                    if let content = node.pointee.content {
                        sink.text(UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
                    }
                    return false
                }
                guard isElement(node) else { return false }
                return sink.startElement(kinds.kind(of: node), attributes: { attributes(of: node) })
            }, leave: { node in
                sink.endElement(kinds.kind(of: node))
            })
        }
        return parsed != nil
    }
}
