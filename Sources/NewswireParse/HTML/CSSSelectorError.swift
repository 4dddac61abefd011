/// A selector that could not be parsed, and the character where parsing failed.
public struct CSSSelectorError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, such as `expected a selector after '>'`.
    public var message: String
    /// 0-based offset, in characters, into the selector text.
    public var offset: Int

    /// An error from its message and offset.
    public init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }

    /// The message and the 1-based character it concerns.
    public var description: String { "\(message) at character \(offset + 1)" }
}
