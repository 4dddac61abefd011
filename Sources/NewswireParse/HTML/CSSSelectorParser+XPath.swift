import CLibXML2

/// Checks `xpath:` selectors by compiling them with libxml2.
extension CSSSelectorParser {
    /// Throws when libxml2 cannot compile `expression`; `offset` is where it starts in the selector text.
    static func checkXPath(_ expression: String, offset: Int) throws(CSSSelectorError) {
        guard let context = xmlXPathNewContext(nil) else {
            throw CSSSelectorError(message: "cannot check the XPath expression (out of memory)", offset: offset)
        }
        defer { xmlXPathFreeContext(context) }
        // Without a handler on the context, libxml2 prints XPath errors to stderr.
        context.pointee.error = { _, _ in }
        if let compiled = xmlXPathCtxtCompile(context, expression) {
            xmlXPathFreeCompExpr(compiled)
            return
        }
        let lastError = context.pointee.lastError
        let reason = lastError.message.map { String(cString: $0).trimmingEdges(of: "\n ") }
            ?? xpathErrorReasons[Int(lastError.code) - Int(XML_XPATH_EXPRESSION_OK.rawValue)] ?? "it does not compile"
        let failedByte = Int(lastError.int1)
        let characterOffset = (0...expression.utf8.count).contains(failedByte)
            ? String(decoding: expression.utf8.prefix(failedByte), as: UTF8.self).count : 0
        throw CSSSelectorError(message: "invalid XPath expression: \(reason)", offset: offset + characterOffset)
    }
}

/// libxml2's own wording for its XPath error codes (`xmlXPathErrorMessages` is not exported);
/// it leaves `message` empty when the context has an error handler.
private let xpathErrorReasons: [Int: String] = [
    1: "number encoding", 2: "unfinished literal", 3: "start of literal", 4: "expected $ for variable reference",
    5: "undefined variable", 6: "invalid predicate", 7: "invalid expression", 8: "missing closing curly brace",
    9: "unregistered function", 10: "invalid operand", 11: "invalid type", 12: "invalid number of arguments",
    16: "syntax error", 19: "undefined namespace prefix", 20: "encoding error", 21: "character out of XML range",
]

private extension String {
    func trimmingEdges(of characters: String) -> String {
        var text = Substring(self)
        while let last = text.last, characters.contains(last) { text = text.dropLast() }
        while let first = text.first, characters.contains(first) { text = text.dropFirst() }
        return String(text)
    }
}
