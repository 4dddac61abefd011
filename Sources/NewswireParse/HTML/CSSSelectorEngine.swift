import CLibXML2

/// Matches parsed CSS selectors (and `xpath:` expressions) against an `HTMLDocument`'s tree.
public enum CSSSelectorEngine {
    /// The nodes `selector` selects inside `scope` (not `scope` itself), in document order, each once.
    /// Combinators may look above `scope`, as `querySelectorAll` does. XPath results may include
    /// attribute and text nodes.
    public static func select(_ selector: CSSSelectorList, in scope: HTMLNode, document: HTMLDocument) -> [HTMLNode] {
        switch selector.query {
        case .css(let selectors):
            var found: [HTMLNode] = []
            forEachDescendant(of: scope) { node in
                if selectors.contains(where: { matches(node, $0) }) { found.append(node) }
            }
            return found
        case .xpath(let expression):
            return XPathEvaluator.evaluate(expression, in: scope, document: document).nodes
        }
    }

    /// Whether `node` matches the complex selector `selector`.
    public static func matches(_ node: HTMLNode, _ selector: CSSComplexSelector) -> Bool {
        var compounds = [selector.first]
        var combinators: [CSSCombinator] = []
        for link in selector.rest {
            compounds.append(link.compound)
            combinators.append(link.combinator)
        }
        return match(node, compounds, combinators, compounds.count - 1)
    }

    private static func match(_ node: HTMLNode, _ compounds: [CSSCompoundSelector], _ combinators: [CSSCombinator],
                              _ index: Int) -> Bool {
        guard matches(node, compounds[index]) else { return false }
        guard index > 0 else { return true }
        switch combinators[index - 1] {
        case .child:
            return node.parent.map { match($0, compounds, combinators, index - 1) } ?? false
        case .descendant:
            var ancestor = node.parent
            while let candidate = ancestor {
                if match(candidate, compounds, combinators, index - 1) { return true }
                ancestor = candidate.parent
            }
            return false
        case .nextSibling:
            return node.previousElement.map { match($0, compounds, combinators, index - 1) } ?? false
        case .subsequentSibling:
            var sibling = node.previousElement
            while let candidate = sibling {
                if match(candidate, compounds, combinators, index - 1) { return true }
                sibling = candidate.previousElement
            }
            return false
        }
    }

    /// Whether `node` meets every condition of `compound`.
    static func matches(_ node: HTMLNode, _ compound: CSSCompoundSelector) -> Bool {
        guard node.isElement else { return false }
        if let typeName = compound.typeName, node.name != typeName { return false }
        return compound.conditions.allSatisfy { matches(node, $0) }
    }

    private static func matches(_ node: HTMLNode, _ condition: CSSSimpleSelector) -> Bool {
        switch condition {
        case .id(let id):
            return node.attribute("id") == id
        case .className(let name):
            return node.attribute("class").map { words($0).contains(name) } ?? false
        case .attribute(let attribute):
            guard let value = node.attribute(attribute.name) else { return false }
            return matches(value, attribute)
        case .firstChild:
            return node.parent != nil && node.previousElement == nil
        case .lastChild:
            return node.parent != nil && node.nextElement == nil
        case .nthChild(let expression):
            guard node.parent != nil else { return false }
            var position = 1
            var sibling = node.previousElement
            while let previous = sibling {
                position += 1
                sibling = previous.previousElement
            }
            return expression.matches(position: position)
        case .not(let selectors):
            return !selectors.contains { matches(node, $0) }
        }
    }

    private static func matches(_ value: String, _ attribute: CSSAttributeSelector) -> Bool {
        let wanted = attribute.value
        switch attribute.operation {
        case .exists: return true
        case .equals: return value == wanted
        case .includesWord: return !wanted.isEmpty && words(value).contains(wanted)
        case .dashMatch: return value == wanted || value.hasPrefix(wanted + "-")
        case .prefix: return !wanted.isEmpty && value.hasPrefix(wanted)
        case .suffix: return !wanted.isEmpty && value.hasSuffix(wanted)
        case .substring: return !wanted.isEmpty && value.contains(wanted)
        }
    }

    private static func words(_ value: String) -> [String] {
        value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" })
            .map(String.init)
    }

    /// Visits every element below `scope` in document order, without recursion.
    static func forEachDescendant(of scope: HTMLNode, _ visit: (HTMLNode) -> Void) {
        var current = scope.pointer.pointee.children
        while let node = current {
            if node.pointee.type == XML_ELEMENT_NODE { visit(HTMLNode(node)) }
            if node.pointee.type == XML_ELEMENT_NODE, let child = node.pointee.children {
                current = child
                continue
            }
            var climbing: xmlNodePtr? = node
            current = nil
            while let up = climbing, up != scope.pointer {
                if let next = up.pointee.next {
                    current = next
                    break
                }
                climbing = up.pointee.parent
            }
        }
    }
}
