import CLibXML2

/// What the sanitizer and the text extractor need to know about an element, looked up once per
/// name in a document: libxml2 interns element names in the document's dictionary, so the name
/// pointer is a cheap key (and a different pointer for the same name only costs a lookup).
struct HTMLElementKinds {
    /// The facts about one element name; a class, so that handing one on costs one reference count,
    /// not one per field.
    final class Kind: Sendable {
        let name: String
        let droppedWithContent: Bool
        let allowed: Bool
        let void: Bool
        let block: Bool
        /// The attributes the element may keep (global ones included): a few names, compared in turn
        /// instead of hashed (that showed in profiles).
        let attributes: [String]
        /// True for `img` and `source`, whose lazy-loading attributes are promoted.
        let loadsLazily: Bool
        /// `<name`, as written.
        let openTagStart: [UInt8]
        /// `</name>`, as written.
        let closeTag: [UInt8]

        init(name: String) {
            self.name = name
            droppedWithContent = HTMLAllowlist.droppedWithContent.contains(name)
            allowed = HTMLAllowlist.elements[name] != nil
            void = HTMLAllowlist.voidElements.contains(name)
            block = TextNormalizer.blockElements.contains(name)
            attributes = HTMLAllowlist.globalAttributes.sorted() + (HTMLAllowlist.elements[name] ?? []).sorted()
            loadsLazily = name == "img" || name == "source"
            openTagStart = Array("<\(name)".utf8)
            closeTag = Array("</\(name)>".utf8)
        }
    }

    private var cache: [UnsafePointer<xmlChar>: Kind] = [:]

    /// The kind of `node`'s element name.
    mutating func kind(of node: xmlNodePtr) -> Kind {
        guard let pointer = node.pointee.name else { return Self.kind(named: "") }
        if let kind = cache[pointer] { return kind }
        let kind = Self.kind(named: HTMLFragmentTree.name(of: node))
        cache[pointer] = kind
        return kind
    }

    /// The facts about the element called `name` (lower case).
    static func kind(named name: String) -> Kind { Kind(name: name) }
}
