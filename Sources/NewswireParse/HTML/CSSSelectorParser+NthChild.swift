/// The argument of `:nth-child()`.
extension CSSSelectorParser {
    /// `odd`, `even`, `b`, `an`, `an+b` (white space ignored), or nil.
    static func nthExpression(_ argument: String) -> CSSNthExpression? {
        let text = argument.filter { !$0.isWhitespace }.lowercased()
        switch text {
        case "odd": return CSSNthExpression(a: 2, b: 1)
        case "even": return CSSNthExpression(a: 2, b: 0)
        default: break
        }
        guard let n = text.firstIndex(of: "n") else { return Int(text).map { CSSNthExpression(a: 0, b: $0) } }
        let aText = text[..<n], bText = text[text.index(after: n)...]
        let a: Int? = switch aText {
        case "", "+": 1
        case "-": -1
        default: Int(aText)
        }
        let b: Int? = bText.isEmpty ? 0 : (bText.first == "+" || bText.first == "-") ? Int(bText) : nil
        guard let a, let b else { return nil }
        return CSSNthExpression(a: a, b: b)
    }
}
