import NewswireModel

/// A config file that cannot be used, with every problem found in it (errors and warnings, in file order).
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Every problem, each printable as `FILE:LINE:COL: error: MESSAGE`.
    public var diagnostics: [Diagnostic]

    /// An error from its diagnostics.
    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// One diagnostic a line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// A valid configuration and the warnings found while reading it.
public struct LoadedConfig: Sendable, Equatable {
    /// The validated configuration.
    public var configuration: Configuration
    /// Problems that do not stop the config from being used (e.g. a feed pattern matching no source).
    public var warnings: [Diagnostic]

    /// A loaded config from its parts.
    public init(configuration: Configuration, warnings: [Diagnostic] = []) {
        self.configuration = configuration
        self.warnings = warnings
    }
}
