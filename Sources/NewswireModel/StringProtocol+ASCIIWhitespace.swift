extension StringProtocol {
    /// The text without leading and trailing spaces, tabs, line feeds and carriage returns (XML's white space).
    public func trimmingASCIIWhitespace() -> String {
        let scalars = unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first..<scalars.index(after: last)])
    }
}
