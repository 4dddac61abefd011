import NewswireModel

/// Reads RSS author strings: `email (Name)`, `Name <email>`, a bare email, or a bare name.
enum RSSAuthor {
    static func person(_ text: String) -> Person? {
        let text = text.trimmingWhiteSpace
        guard !text.isEmpty else { return nil }
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            let name = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingWhiteSpace
            let email = text[..<open].trimmingWhiteSpace
            if email.contains("@"), !name.isEmpty { return Person(name: name, email: email) }
        }
        if text.hasSuffix(">"), let open = text.lastIndex(of: "<") {
            let email = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingWhiteSpace
            let name = text[..<open].trimmingWhiteSpace
            if email.contains("@") { return Person(name: name.isEmpty ? email : name, email: email) }
        }
        if text.contains("@"), !text.contains(" ") { return Person(name: text, email: text) }
        return Person(name: text)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    var trimmingWhiteSpace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks; most text has none,
    /// which one look at its first and last byte shows.
    var trimmingWhiteSpace: String {
        // No white space byte at either end means no white space character there either (a
        // character is only white space when all its bytes are).
        if let first = utf8.first, let last = utf8.last, !first.isXMLWhiteSpace, !last.isXMLWhiteSpace {
            return self
        }
        return self[...].trimmingWhiteSpace
    }
}
