import Foundation
import NewswireConfig
import NewswireModel
import Testing

/// A private temporary folder holding one config file, removed by `remove()`.
struct ConfigTestFolder {
    let path: String
    var configPath: String { path + "/newswire.toml" }

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("newswire-config-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `text` as the config file and loads it.
    func load(_ text: String, validateSelector: (@Sendable (String) -> String?)? = nil) throws(ConfigError) -> LoadedConfig {
        #expect(FileManager.default.createFile(atPath: configPath, contents: Data(text.utf8)))
        return try ConfigLoader.loadWithWarnings(path: configPath, validateSelector: validateSelector)
    }

    /// The printed diagnostics of loading `text`, with the config path written as `FILE`; empty when it loads.
    func diagnostics(_ text: String, validateSelector: (@Sendable (String) -> String?)? = nil) -> [String] {
        do {
            let loaded = try load(text, validateSelector: validateSelector)
            return loaded.warnings.map { $0.description.replacingOccurrences(of: configPath, with: "FILE") }
        } catch {
            return error.diagnostics.map { $0.description.replacingOccurrences(of: configPath, with: "FILE") }
        }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
