import NewswireModel

/// Gathers the diagnostics of one load, with the key positions to place them at.
final class DiagnosticCollector {
    let file: String
    private let text: String
    /// Scanned on first use: a valid config of thousands of sources never needs a position.
    private(set) lazy var locator = TOMLKeyLocator(text: text)
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, text: String) {
        self.file = file
        self.text = text
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    func error(at position: TextPosition, _ message: String) {
        add(.error, at: position, message)
    }

    func warning(at position: TextPosition, _ message: String) {
        add(.warning, at: position, message)
    }

    /// Everything found, in file order (stable for problems at the same place).
    func sorted() -> [Diagnostic] {
        diagnostics.enumerated().sorted {
            ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
        }.map(\.element)
    }

    private func add(_ severity: Diagnostic.Severity, at position: TextPosition, _ message: String) {
        diagnostics.append(Diagnostic(file: file, line: position.line, column: position.column,
                                      severity: severity, message: message))
    }
}
