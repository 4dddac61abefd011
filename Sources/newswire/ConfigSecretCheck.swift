import Foundation
import NewswireConfig
import NewswireEngine
import NewswireModel

/// Warns when a config that every user may read holds a secret: a source URL with a password
/// (the only secret a config can hold today; a future header option belongs here too).
enum ConfigSecretCheck {
    /// One warning per source whose URL has credentials, when the file at `path` is world-readable.
    static func warnings(path: String, configuration: Configuration) -> [Diagnostic] {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IROTH != 0 else { return [] }
        // No `@`, no user info: skips the full scan for nearly every source.
        let secretSources = configuration.sources.enumerated().filter {
            $0.element.url.utf8.contains(UInt8(ascii: "@")) && hasCredentials($0.element.url)
        }
        guard !secretSources.isEmpty, let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        let locator = TOMLKeyLocator(text: text)
        let mode = "0" + String(status.st_mode & 0o777, radix: 8)
        return secretSources.map { index, source in
            let position = locator.valuePosition("source[\(index)].url")
            return Diagnostic(file: path, line: position.line, column: position.column, severity: .warning,
                              message: "source \"\(source.id)\" has credentials in its url "
                                  + "(\(CredentialMask.masked(source.url))) but the config is readable by every user "
                                  + "(mode \(mode)); run `chmod o-r \(path)`")
        }
    }

    /// Whether `url` carries user info (`scheme://user[:password]@host`).
    static func hasCredentials(_ url: String) -> Bool {
        CredentialMask.removingCredentials(url) != url
    }
}
