/// A failure to write or remove an output file.
public struct OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file or folder the operation was about.
    public var path: String
    /// What failed, from the system's error text: e.g. `rename: No space left on device`.
    public var reason: String
    /// The `errno` value, when a system call failed.
    public var code: Int32?

    /// Creates an output error.
    public init(path: String, reason: String, code: Int32? = nil) {
        self.path = path
        self.reason = reason
        self.code = code
    }

    /// `path: reason`.
    public var description: String { "\(path): \(reason)" }
}
