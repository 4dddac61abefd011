import Foundation
import NewswireModel
import TOMLKit

/// Reads a newswire TOML config file into a validated `Configuration`.
public struct ConfigLoader {
    /// The config file used when neither `--config` nor `$NEWSWIRE_CONFIG` names one.
    public static let defaultPath = "/etc/newswire/newswire.toml"

    /// `--config`, else `$NEWSWIRE_CONFIG`, else `/etc/newswire/newswire.toml`.
    public static func resolvePath(explicit: String?, environment: [String: String]) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment["NEWSWIRE_CONFIG"], !fromEnvironment.isEmpty { return fromEnvironment }
        return defaultPath
    }

    /// The configuration at `path`; throws every problem found. `validateSelector` returns why a selector is invalid.
    public static func load(path: String, validateSelector: (@Sendable (String) -> String?)? = nil)
        throws(ConfigError) -> Configuration {
        try loadWithWarnings(path: path, validateSelector: validateSelector).configuration
    }

    /// Like `load`, and also returns the warnings of a valid config.
    public static func loadWithWarnings(path: String, validateSelector: (@Sendable (String) -> String?)? = nil)
        throws(ConfigError) -> LoadedConfig {
        let text: String
        switch readText(path) {
        case .success(let contents): text = contents
        case .failure(let failure):
            throw ConfigError(diagnostics: [Diagnostic(file: path, line: 1, column: 1, message: failure.reason)])
        }
        return try load(text: text, path: path, validateSelector: validateSelector)
    }

    /// Reads config `text` as if it were the file at `path` (relative paths resolve against its folder).
    public static func load(text: String, path: String, validateSelector: (@Sendable (String) -> String?)? = nil)
        throws(ConfigError) -> LoadedConfig {
        let document: TOMLTable
        do {
            document = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let begin = error.source.begin
            throw ConfigError(diagnostics: [Diagnostic(file: path, line: max(begin.line, 1), column: max(begin.column, 1),
                                                       message: error.description)])
        } catch {
            throw ConfigError(diagnostics: [Diagnostic(file: path, line: 1, column: 1, message: "\(error)")])
        }
        let diagnostics = DiagnosticCollector(file: path, text: text)
        let absolutePath = ConfigReader.absolutePath(path, relativeTo: FileManager.default.currentDirectoryPath)
        let reader = ConfigReader(
            root: ConfigTable(table: document, path: "", displayName: "", diagnostics: diagnostics),
            configPath: absolutePath, configFolder: (absolutePath as NSString).deletingLastPathComponent,
            validateSelector: validateSelector)
        guard let configuration = reader.read() else { throw ConfigError(diagnostics: diagnostics.sorted()) }
        return LoadedConfig(configuration: configuration, warnings: diagnostics.sorted())
    }

    private static func readText(_ path: String) -> Result<String, ReadFailure> {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return .failure(ReadFailure("cannot read the config file: it does not exist"))
        }
        guard !isFolder.boolValue else { return .failure(ReadFailure("cannot read the config file: it is a folder")) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(ReadFailure("cannot read the config file: permission denied"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(ReadFailure("cannot read the config file: it is not valid UTF-8"))
        }
        return .success(text)
    }

    private struct ReadFailure: Error {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }
}
