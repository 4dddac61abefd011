/// A failure that stops a whole run (not a single source): bad usage, or state/output not writable.
public struct EngineError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable { case usage, io }
    /// The pipeline step that threw.
    public var step: String
    public var kind: Kind
    public var reason: String

    public init(step: String, kind: Kind, reason: String) {
        self.step = step
        self.kind = kind
        self.reason = reason
    }

    public var description: String { "\(step): \(reason)" }
}
