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
        let reason = lastError.message.map { String(cString: $0).trimmingEdges(of: "\n ") } ?? "cannot compile it"
        let failedByte = Int(lastError.int1)
        let characterOffset = (0...expression.utf8.count).contains(failedByte)
            ? String(decoding: expression.utf8.prefix(failedByte), as: UTF8.self).count : 0
        throw CSSSelectorError(message: "invalid XPath expression: \(reason)", offset: offset + characterOffset)
    }
}

private extension String {
    func trimmingEdges(of characters: String) -> String {
        var text = Substring(self)
        while let last = text.last, characters.contains(last) { text = text.dropLast() }
        while let first = text.first, characters.contains(first) { text = text.dropFirst() }
        return String(text)
    }
}
