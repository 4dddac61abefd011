/// A 1-based line and column in a text file.
public struct TextPosition: Sendable, Equatable, CustomStringConvertible {
    /// 1-based line.
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int

    /// A position from its 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The start of a file.
    public static let start = TextPosition(line: 1, column: 1)

    /// `LINE:COL`.
    public var description: String { "\(line):\(column)" }
}

/// Where a key and its value were written; for a table header both point at its `[`.
public struct TOMLKeyLocation: Sendable, Equatable {
    /// Where the key (or header) starts.
    public var key: TextPosition
    /// Where the value starts.
    public var value: TextPosition

    /// A location from the positions of the key and its value.
    public init(key: TextPosition, value: TextPosition) {
        self.key = key
        self.value = value
    }
}

/// Positions of the keys, values and table headers of a TOML document, which TOMLKit does not report.
///
/// Paths name array tables by their index (`source[2].html.item`), array elements the same way
/// (`feed[0].sources[1]`). The scan is lenient: it assumes the document already parsed.
public struct TOMLKeyLocator: Sendable {
    private var locations: [String: TOMLKeyLocation]

    /// Scans `text` once.
    public init(text: String) {
        var scanner = TOMLLocatorScanner(text: text)
        scanner.scanDocument()
        locations = scanner.locations
    }

    /// The location recorded for exactly this path, if any.
    public func location(of path: String) -> TOMLKeyLocation? { locations[path] }

    /// Position of the key at `path`, else of its nearest recorded ancestor, else the start of the file.
    public func keyPosition(_ path: String) -> TextPosition {
        nearest(path)?.key ?? .start
    }

    /// Position of the value at `path`, else of its nearest recorded ancestor, else the start of the file.
    public func valuePosition(_ path: String) -> TextPosition {
        nearest(path)?.value ?? .start
    }

    private func nearest(_ path: String) -> TOMLKeyLocation? {
        var candidate = Substring(path)
        while true {
            if let found = locations[String(candidate)] { return found }
            guard let cut = candidate.lastIndex(where: { $0 == "." || $0 == "[" }) else { return nil }
            candidate = candidate[..<cut]
        }
    }
}
