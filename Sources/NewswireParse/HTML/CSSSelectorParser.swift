/// Parses the selectors of `[source.html]`: CSS (type, `.class`, `#id`, `*`, attribute operators,
/// combinators, `:first-child`, `:last-child`, `:nth-child()`, `:not()`, lists), an optional trailing
/// ` @attr`, or `xpath:` followed by an XPath expression.
public struct CSSSelectorParser {
    private let chars: [Character]
    private var index = 0

    private init(_ text: String) {
        chars = Array(text)
    }

    /// The selector list written in `text`.
    public static func parse(_ text: String) throws(CSSSelectorError) -> CSSSelectorList {
        var parser = CSSSelectorParser(text)
        return try parser.parseDocument()
    }

    /// Why `text` is not a valid selector (with the character where it failed), or nil when it is.
    public static func validationMessage(_ text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error.description
        }
    }

    // MARK: - Grammar

    private mutating func parseDocument() throws(CSSSelectorError) -> CSSSelectorList {
        skipWhitespace()
        if hasPrefix("xpath:") {
            index += 6
            skipWhitespace()
            let expression = Self.trimmingTrailingWhitespace(String(chars[index...]))
            guard !expression.isEmpty else { throw failure("expected an XPath expression after 'xpath:'") }
            try Self.checkXPath(expression, offset: index)
            return CSSSelectorList(query: .xpath(expression))
        }
        let selectors = try parseList(context: "")
        var attribute: String?
        if peek() == "@" {
            index += 1
            guard let name = parseIdentifier() else { throw failure("expected an attribute name after '@'") }
            attribute = name.lowercased()
            skipWhitespace()
        }
        if let extra = peek() { throw failure("unexpected '\(extra)'") }
        return CSSSelectorList(query: .css(selectors), attribute: attribute)
    }

    private mutating func parseList(context: String) throws(CSSSelectorError) -> [CSSComplexSelector] {
        var selectors = [try parseComplex(context: context)]
        while peek() == "," {
            index += 1
            selectors.append(try parseComplex(context: " after ','"))
        }
        return selectors
    }

    private mutating func parseComplex(context: String) throws(CSSSelectorError) -> CSSComplexSelector {
        skipWhitespace()
        var selector = CSSComplexSelector(try parseCompound(context: context))
        while true {
            let hadSpace = skipWhitespace()
            guard let char = peek(), !",)@".contains(char) else { return selector }
            let combinator: CSSCombinator
            switch char {
            case ">": combinator = .child
            case "+": combinator = .nextSibling
            case "~": combinator = .subsequentSibling
            default:
                guard hadSpace else { throw failure("unexpected '\(char)'") }
                combinator = .descendant
            }
            if combinator != .descendant {
                index += 1
                skipWhitespace()
            }
            let context = combinator == .descendant ? "" : " after '\(combinator.rawValue)'"
            selector.rest.append(.init(combinator, try parseCompound(context: context)))
        }
    }

    private mutating func parseCompound(context: String) throws(CSSSelectorError) -> CSSCompoundSelector {
        var compound = CSSCompoundSelector()
        var matchedSomething = false
        if peek() == "*" {
            index += 1
            matchedSomething = true
        } else if let name = parseIdentifier() {
            compound.typeName = name.lowercased()
            matchedSomething = true
        }
        while let char = peek() {
            switch char {
            case ".":
                index += 1
                guard let name = parseIdentifier() else { throw failure("expected a class name after '.'") }
                compound.conditions.append(.className(name))
            case "#":
                index += 1
                guard let name = parseName() else { throw failure("expected an id after '#'") }
                compound.conditions.append(.id(name))
            case "[":
                compound.conditions.append(.attribute(try parseAttribute()))
            case ":":
                compound.conditions.append(try parsePseudoClass())
            default:
                guard matchedSomething else {
                    let endsTheSelector = !context.isEmpty && ",)>+~@".contains(char)
                    throw failure(endsTheSelector ? "expected a selector\(context)" : "unexpected '\(char)'")
                }
                return compound
            }
            matchedSomething = true
        }
        guard matchedSomething else { throw failure("expected a selector\(context)") }
        return compound
    }

    private mutating func parseAttribute() throws(CSSSelectorError) -> CSSAttributeSelector {
        let open = index
        index += 1
        skipWhitespace()
        guard let name = parseIdentifier() else { throw failure("expected an attribute name after '['") }
        skipWhitespace()
        var selector = CSSAttributeSelector(name: name.lowercased())
        if peek() != "]" {
            guard let operation = parseAttributeOperation() else {
                throw peek() == nil
                    ? CSSSelectorError(message: "unclosed '['", offset: open)
                    : failure("expected '=', '~=', '|=', '^=', '$=', '*=' or ']'")
            }
            skipWhitespace()
            selector.operation = operation
            selector.value = try parseAttributeValue()
            skipWhitespace()
        }
        guard peek() == "]" else {
            throw peek() == nil ? CSSSelectorError(message: "unclosed '['", offset: open) : failure("expected ']'")
        }
        index += 1
        return selector
    }

    private mutating func parseAttributeOperation() -> CSSAttributeSelector.Operation? {
        if peek() == "=" {
            index += 1
            return .equals
        }
        guard let char = peek(), peek(1) == "=",
              let operation = CSSAttributeSelector.Operation(rawValue: "\(char)=") else { return nil }
        index += 2
        return operation
    }

    private mutating func parseAttributeValue() throws(CSSSelectorError) -> String {
        if let quote = peek(), quote == "\"" || quote == "'" {
            let start = index
            index += 1
            var value = ""
            while let char = peek(), char != quote {
                if char == "\\", let escaped = peek(1) {
                    value.append(escaped)
                    index += 2
                } else {
                    value.append(char)
                    index += 1
                }
            }
            guard peek() == quote else { throw CSSSelectorError(message: "unclosed string", offset: start) }
            index += 1
            return value
        }
        var value = ""
        while let char = peek(), !char.isWhitespace, char != "]", char != "\"", char != "'" {
            value.append(char)
            index += 1
        }
        guard !value.isEmpty else { throw failure("expected a value") }
        return value
    }

    private mutating func parsePseudoClass() throws(CSSSelectorError) -> CSSSimpleSelector {
        let colon = index
        index += 1
        if peek() == ":" {
            throw CSSSelectorError(message: "pseudo-elements ('::') are not supported", offset: colon)
        }
        guard let name = parseIdentifier()?.lowercased() else { throw failure("expected a pseudo-class name after ':'") }
        switch name {
        case "first-child": return .firstChild
        case "last-child": return .lastChild
        case "nth-child":
            let argumentStart = try openParenthesis(after: name)
            while peek() != nil && peek() != ")" { index += 1 }
            guard peek() == ")" else { throw CSSSelectorError(message: "unclosed '('", offset: argumentStart - 1) }
            let argument = String(chars[argumentStart..<index])
            index += 1
            guard let expression = Self.nthExpression(argument) else {
                throw CSSSelectorError(message: "invalid :nth-child argument '\(argument)'; expected an+b, odd or even",
                                       offset: argumentStart)
            }
            return .nthChild(expression)
        case "not":
            let argumentStart = try openParenthesis(after: name)
            let selectors = try parseList(context: " inside ':not()'")
            skipWhitespace()
            guard peek() == ")" else {
                throw peek() == nil
                    ? CSSSelectorError(message: "unclosed '('", offset: argumentStart - 1) : failure("expected ')'")
            }
            index += 1
            return .not(selectors)
        default:
            throw CSSSelectorError(message: "unsupported pseudo-class ':\(name)'", offset: colon)
        }
    }

    /// Consumes `(` and returns the offset after it.
    private mutating func openParenthesis(after name: String) throws(CSSSelectorError) -> Int {
        guard peek() == "(" else { throw failure("expected '(' after ':\(name)'") }
        index += 1
        return index
    }

    // MARK: - Characters

    private func peek(_ offset: Int = 0) -> Character? {
        index + offset < chars.count ? chars[index + offset] : nil
    }

    private func hasPrefix(_ prefix: String) -> Bool {
        chars[index...].starts(with: prefix)
    }

    @discardableResult
    private mutating func skipWhitespace() -> Bool {
        let start = index
        while let char = peek(), char.isWhitespace { index += 1 }
        return index > start
    }

    private func failure(_ message: String) -> CSSSelectorError {
        CSSSelectorError(message: message, offset: index)
    }

    /// A CSS identifier (`-`? name-start name-char*, with `\` escapes), or nil without consuming anything.
    private mutating func parseIdentifier() -> String? {
        let start = index
        var leading = ""
        if peek() == "-" {
            leading = "-"
            index += 1
        }
        guard let char = peek(), Self.isNameStart(char) || char == "\\" || (leading == "-" && char == "-") else {
            index = start
            return nil
        }
        guard let rest = parseName() else {
            index = start
            return nil
        }
        return leading + rest
    }

    /// One or more name characters (letters, digits, `-`, `_`, non-ASCII, `\` escapes).
    private mutating func parseName() -> String? {
        var name = ""
        while let char = peek() {
            if char == "\\", let escaped = peek(1) {
                name.append(escaped)
                index += 2
            } else if Self.isNameStart(char) || char.isASCII && (char.isNumber || char == "-") {
                name.append(char)
                index += 1
            } else {
                break
            }
        }
        return name.isEmpty ? nil : name
    }

    private static func trimmingTrailingWhitespace(_ text: String) -> String {
        guard let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[...last])
    }

    private static func isNameStart(_ char: Character) -> Bool {
        char.isASCII ? (char.isLetter || char == "_") : !char.isWhitespace
    }
}
