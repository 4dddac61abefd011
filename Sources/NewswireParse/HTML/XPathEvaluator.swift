import CLibXML2

/// Evaluates `xpath:` selectors with libxml2, relative to a context node.
enum XPathEvaluator {
    /// Selected nodes, or the string/number/boolean value an expression such as `string(//h1)` returns.
    struct Result {
        var nodes: [HTMLNode] = []
        var value: String?
    }

    static func evaluate(_ expression: String, in scope: HTMLNode, document: HTMLDocument) -> Result {
        guard let context = xmlXPathNewContext(document.pointer) else { return Result() }
        defer { xmlXPathFreeContext(context) }
        context.pointee.error = { _, _ in }
        context.pointee.node = scope.pointer
        guard let object = xmlXPathEvalExpression(expression, context) else { return Result() }
        defer { xmlXPathFreeObject(object) }
        var result = Result()
        switch object.pointee.type {
        case XPATH_NODESET:
            guard let set = object.pointee.nodesetval else { return result }
            for index in 0..<Int(set.pointee.nodeNr) {
                if let node = set.pointee.nodeTab[index] { result.nodes.append(HTMLNode(node)) }
            }
        case XPATH_STRING:
            result.value = object.pointee.stringval.map { String(cString: $0) }
        case XPATH_NUMBER:
            let number = object.pointee.floatval
            result.value = number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case XPATH_BOOLEAN:
            result.value = object.pointee.boolval != 0 ? "true" : "false"
        default:
            break
        }
        return result
    }
}
