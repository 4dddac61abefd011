import CLibXML2

/// One element (or other node) of an `HTMLDocument`; valid while its document lives.
public struct HTMLNode {
    let pointer: xmlNodePtr

    init(_ pointer: xmlNodePtr) {
        self.pointer = pointer
    }

    /// True for elements (not text, comments or attributes).
    public var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    /// The lower-cased element name (libxml2's HTML parser lower-cases tag names).
    public var name: String { pointer.pointee.name.map { String(cString: $0) } ?? "" }

    /// The value of attribute `name` (lower-case), or nil when absent.
    public func attribute(_ name: String) -> String? {
        guard let attribute = xmlHasProp(pointer, name) else { return nil }
        var value = ""
        var child = attribute.pointee.children
        while let node = child {
            if let content = node.pointee.content { value += String(cString: content) }
            child = node.pointee.next
        }
        return value
    }

    /// The parent element, nil at the top.
    public var parent: HTMLNode? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return HTMLNode(parent)
    }

    /// Child elements in document order.
    public var children: [HTMLNode] {
        var result: [HTMLNode] = []
        var child = pointer.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE { result.append(HTMLNode(node)) }
            child = node.pointee.next
        }
        return result
    }

    /// The element sibling before this one.
    public var previousElement: HTMLNode? {
        var sibling = pointer.pointee.prev
        while let node = sibling {
            if node.pointee.type == XML_ELEMENT_NODE { return HTMLNode(node) }
            sibling = node.pointee.prev
        }
        return nil
    }

    /// The element sibling after this one.
    public var nextElement: HTMLNode? {
        var sibling = pointer.pointee.next
        while let node = sibling {
            if node.pointee.type == XML_ELEMENT_NODE { return HTMLNode(node) }
            sibling = node.pointee.next
        }
        return nil
    }

    /// The text inside (entities decoded once by the parser), white space collapsed and trimmed.
    /// Block elements (`p`, `div`, `li`, `br`…) separate their text from the text around them.
    public var text: String {
        guard isElement else { return HTMLText.collapsed(rawText) }
        var text = ""
        HTMLNode.appendText(of: pointer, to: &text)
        return HTMLText.collapsed(text)
    }

    private static func appendText(of node: xmlNodePtr, to text: inout String) {
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { text += String(cString: content) }
            case XML_ELEMENT_NODE:
                let isBlock = HTMLText.blockElements.contains(HTMLNode(current).name)
                if isBlock { text += " " }
                appendText(of: current, to: &text)
                if isBlock { text += " " }
            default:
                break
            }
            child = current.pointee.next
        }
    }

    /// The text inside as the parser left it; an attribute node gives its value.
    public var rawText: String {
        // xmlNodeGetContent's result would need xmlFree, which Swift 6 cannot reference safely.
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        xmlNodeBufGetContent(buffer, pointer)
        return xmlBufferContent(buffer).map { String(cString: $0) } ?? ""
    }

    /// The element and what it contains, serialized as HTML.
    public var outerHTML: String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        htmlNodeDump(buffer, pointer.pointee.doc, pointer)
        return xmlBufferContent(buffer).map { String(cString: $0) } ?? ""
    }

    /// What the element contains, serialized as HTML.
    public var innerHTML: String {
        var html = ""
        var child = pointer.pointee.children
        while let node = child {
            html += HTMLNode(node).outerHTML
            child = node.pointee.next
        }
        return html
    }
}
