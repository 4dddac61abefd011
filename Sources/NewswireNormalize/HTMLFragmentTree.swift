import CLibXML2
import Foundation

/// libxml2 needs one initialization before parsing from several threads; a lazy global runs it once.
private let libxml2Initialized: Void = xmlInitParser()

/// An HTML fragment parsed by libxml2's HTML parser, walked depth-first without recursion.
enum HTMLFragmentTree {
    /// Parses `html` as the content of a `<body>` and hands the document to `body`; nil when libxml2 fails.
    ///
    /// The explicit `<body>` keeps libxml2 from wrapping leading text in an implied `<p>`, and from
    /// placing a leading `<script>`/`<style>` in an implied `<head>`. `HTML_PARSE_NOIMPLIED` is not
    /// used: in libxml2 2.9 it nests the content after a closed top-level element inside it.
    static func withParsed<T>(_ html: String, _ body: (htmlDocPtr) -> T) -> T? {
        _ = libxml2Initialized
        // libxml2 reads a NUL as the end of the input; drop NULs so nothing after one is lost.
        var source = "<body>" + (UTF8Scan.contains(html, byte: 0) ? html.replacingOccurrences(of: "\0", with: "") : html)
        let options = Int32(bitPattern: HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue)
        let document = source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        return body(document)
    }

    /// Visits every node in document order. `enter` returns true to visit the node's children;
    /// `leave` is called after the children of every node that `enter` accepted.
    static func walk(_ document: htmlDocPtr, enter: (xmlNodePtr) -> Bool, leave: (xmlNodePtr) -> Void) {
        var next = document.pointee.children
        while let node = next {
            if enter(node) {
                if let child = node.pointee.children {
                    next = child
                    continue
                }
                leave(node)
            }
            var cursor = node
            while cursor.pointee.next == nil {
                guard let parent = cursor.pointee.parent, !isDocument(parent) else { return }
                leave(parent)
                cursor = parent
            }
            next = cursor.pointee.next
        }
    }

    /// The lower-case element name of a node.
    static func name(of node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        let string = String(cString: name)
        return string.utf8.contains(where: { (65...90).contains($0) }) ? string.lowercased() : string
    }

    /// The attributes of an element as (lower-case name, decoded value) pairs in document order.
    static func attributes(of node: xmlNodePtr) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let rawName = current.pointee.name else { continue }
            var value = ""
            var child = current.pointee.children
            while let text = child {
                if let content = text.pointee.content { value += String(cString: content) }
                child = text.pointee.next
            }
            result.append((String(cString: rawName).lowercased(), value))
        }
        return result
    }

    /// True for element nodes.
    static func isElement(_ node: xmlNodePtr) -> Bool { node.pointee.type == XML_ELEMENT_NODE }

    /// True for text nodes (character data outside raw-text elements).
    static func isText(_ node: xmlNodePtr) -> Bool { node.pointee.type == XML_TEXT_NODE }

    private static func isDocument(_ node: xmlNodePtr) -> Bool {
        node.pointee.type == XML_HTML_DOCUMENT_NODE || node.pointee.type == XML_DOCUMENT_NODE
    }
}
