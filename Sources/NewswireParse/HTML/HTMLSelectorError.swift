/// A selector of `[source.html]` that does not parse, named by its key.
public struct HTMLSelectorError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The config key (`item`, `title`, `article.content`…).
    public var key: String
    /// The parser's explanation.
    public var reason: String

    /// An error for `key`.
    public init(key: String, reason: String) {
        self.key = key
        self.reason = reason
    }

    /// The key and the reason.
    public var description: String { "invalid selector '\(key)': \(reason)" }
}

extension HTMLQuery {
    /// Compiles an optional selector, naming `key` in the error.
    static func compile(_ text: String?, key: String) throws(HTMLSelectorError) -> HTMLQuery? {
        guard let text else { return nil }
        do {
            return try HTMLQuery(text)
        } catch {
            throw HTMLSelectorError(key: key, reason: error.description)
        }
    }
}
