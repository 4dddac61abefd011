/// A `[source.html]` selector ready to run: CSS or XPath, taking text or an attribute.
public struct HTMLQuery: Sendable, Equatable {
    /// The selector as written in the config.
    public let text: String
    /// The parsed selector.
    public let selector: CSSSelectorList

    /// Parses `text`; throws the parser's error (with its character offset) when it is not a selector.
    public init(_ text: String) throws(CSSSelectorError) {
        self.text = text
        selector = try CSSSelectorParser.parse(text)
    }

    /// The nodes selected inside `scope`, in document order.
    public func nodes(in scope: HTMLNode, document: HTMLDocument) -> [HTMLNode] {
        CSSSelectorEngine.select(selector, in: scope, document: document)
    }

    /// Each selected node's value: the ` @attr` attribute (trimmed) or the collapsed text; XPath
    /// attribute and text nodes give their text, XPath strings themselves. Empty values are left out.
    public func values(in scope: HTMLNode, document: HTMLDocument) -> [String] {
        var values: [String]
        switch selector.query {
        case .xpath(let expression):
            let result = XPathEvaluator.evaluate(expression, in: scope, document: document)
            values = result.value.map { [HTMLText.collapsed($0)] } ?? result.nodes.map(\.text)
        case .css:
            let nodes = self.nodes(in: scope, document: document)
            if let attribute = selector.attribute {
                values = nodes.compactMap { $0.attribute(attribute) }.map(HTMLText.collapsed)
            } else {
                values = nodes.map(\.text)
            }
        }
        return values.filter { !$0.isEmpty }
    }

    /// The first non-empty value, or nil.
    public func firstValue(in scope: HTMLNode, document: HTMLDocument) -> String? {
        values(in: scope, document: document).first
    }

    /// The first element `text` selects inside `scope`, for fixed internal selectors.
    static func first(_ text: String, in scope: HTMLNode) -> HTMLNode? {
        guard let selector = try? CSSSelectorParser.parse(text), case .css(let list) = selector.query else { return nil }
        var found: HTMLNode?
        CSSSelectorEngine.forEachDescendant(of: scope) { node in
            if found == nil, list.contains(where: { CSSSelectorEngine.matches(node, $0) }) { found = node }
        }
        return found
    }

    /// Every element `text` selects inside `scope`, for fixed internal selectors.
    static func all(_ text: String, in scope: HTMLNode) -> [HTMLNode] {
        guard let selector = try? CSSSelectorParser.parse(text), case .css(let list) = selector.query else { return [] }
        var found: [HTMLNode] = []
        CSSSelectorEngine.forEachDescendant(of: scope) { node in
            if list.contains(where: { CSSSelectorEngine.matches(node, $0) }) { found.append(node) }
        }
        return found
    }
}
