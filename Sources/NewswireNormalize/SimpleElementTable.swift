import CLibXML2

/// The elements `SimpleMarkupScanner` reads, with what libxml2's HTML parser does on their start
/// tags (asked from libxml2 itself, so the scanner follows the installed version).
struct SimpleElementTable: Sendable {
    /// Index of `body`, the element the fragment is parsed in; never read from the fragment.
    static let body = 0

    /// Common content elements; any whose emptiness libxml2 and the sanitizer see differently are left out.
    static let standard = SimpleElementTable(names: [
        "body", "p", "a", "img", "br", "hr", "b", "i", "em", "strong", "span", "div", "ul", "ol", "li",
        "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "figcaption", "code", "small", "sub", "sup",
        "u", "s", "cite", "q", "mark", "abbr", "time", "del", "ins",
    ])

    let kinds: [HTMLElementKinds.Kind]
    let html = HTMLElementKinds.kind(named: "html")
    private let names: [[UInt8]]
    private let empty: [Bool]
    /// Bit `o` of `closes[n]`: a start tag of element `n` makes libxml2 close an open element `o`.
    private let closes: [UInt64]

    private init(names candidates: [String]) {
        xmlInitParser()
        let names = candidates.filter { name in
            let libxml2Empty = name.withCString { htmlTagLookup(Self.xmlName($0))?.pointee.empty ?? 0 } != 0
            return name == "body" || libxml2Empty == HTMLElementKinds.kind(named: name).void
        }
        precondition(names.count <= 64 && names.first == "body")
        self.names = names.map { Array($0.utf8) }
        kinds = names.map(HTMLElementKinds.kind(named:))
        empty = names.map { name in name.withCString { htmlTagLookup(Self.xmlName($0))?.pointee.empty ?? 0 } != 0 }
        closes = names.map { new in
            var mask: UInt64 = 0
            for (index, old) in names.enumerated() where Self.libxml2Closes(new, old) { mask |= 1 << UInt64(index) }
            return mask
        }
    }

    /// The index of the element called `name`, nil for `body` and elements not in the table.
    func index(of name: UnsafeBufferPointer<UInt8>) -> Int? {
        for index in 1..<names.count where names[index].count == name.count && names[index][0] == name[0] {
            if names[index].withUnsafeBufferPointer({ $0.elementsEqual(name) }) { return index }
        }
        return nil
    }

    /// True when libxml2 ends an element as soon as it starts (`br`, `img`).
    func isEmpty(_ element: Int) -> Bool { empty[element] }

    /// True when a start tag of `new` would close the open `old` in libxml2 (or the two are the same
    /// element, which the scanner leaves to libxml2).
    func startCloses(_ new: Int, _ old: Int) -> Bool { new == old || closes[new] & (1 << UInt64(old)) != 0 }

    private static func libxml2Closes(_ new: String, _ old: String) -> Bool {
        if new == old { return true }
        return new.withCString { newName in
            old.withCString { oldName in
                var node = xmlNode()
                node.name = xmlName(newName)
                // Asks whether `node` (a start tag of `new`, without children) closes an open `old`.
                return htmlAutoCloseTag(nil, xmlName(oldName), &node) != 0
            }
        }
    }

    private static func xmlName(_ cString: UnsafePointer<CChar>) -> UnsafePointer<xmlChar> {
        UnsafeRawPointer(cString).assumingMemoryBound(to: xmlChar.self)
    }
}
