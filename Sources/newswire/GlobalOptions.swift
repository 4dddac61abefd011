import ArgumentParser
import Foundation
import Logging
import NewswireConfig
import NewswireEngine
import NewswireModel
import NewswireParse

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Config file (default: $NEWSWIRE_CONFIG, else /etc/newswire/newswire.toml).")
    var config: String?

    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error, critical (default: error; info for run).")
    var logLevel: Logger.Level?

    /// The config path after `--config`, `$NEWSWIRE_CONFIG` and the default.
    var configPath: String {
        ConfigLoader.resolvePath(explicit: config, environment: ProcessInfo.processInfo.environment)
    }

    /// Loads and validates the config; prints every diagnostic and exits 78 when it is invalid.
    func loadConfiguration() throws -> Configuration {
        do {
            let loaded = try ConfigLoader.loadWithWarnings(
                path: configPath, validateSelector: CSSSelectorParser.validationMessage)
            let secrets = ConfigSecretCheck.warnings(path: configPath, configuration: loaded.configuration)
            for warning in loaded.warnings + secrets { printError(warning.description) }
            return loaded.configuration
        } catch {
            for diagnostic in error.diagnostics { printError(diagnostic.description) }
            throw ExitCode(ExitStatus.invalidConfig)
        }
    }

    /// Logs to stderr: syslog priority prefixes under the journal (`JOURNAL_STREAM`), else timestamps.
    /// The level is `--log-level`, else the config's `[log] level`, else the command's default.
    func bootstrapLogging(default defaultLevel: Logger.Level = .error, configured: String? = nil) {
        let level = logLevel ?? configured.flatMap(Logger.Level.init(rawValue:)) ?? defaultLevel
        let journal = JournalLogHandler.stderrIsJournal(environment: ProcessInfo.processInfo.environment)
        LoggingSystem.bootstrap { label in JournalLogHandler(label: label, level: level, journal: journal) }
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}

/// Exit statuses of DESIGN.md (sysexits.h).
enum ExitStatus {
    static let sourcesFailed: Int32 = 1
    static let usage: Int32 = 64
    static let ioError: Int32 = 74
    static let invalidConfig: Int32 = 78
}

/// Prints a line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
