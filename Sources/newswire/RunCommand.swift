import ArgumentParser
import Foundation
import Logging
import NewswireConfig
import NewswireEngine
import NewswireFetch
import NewswireModel
import NewswireParse
import NewswireStore
import ServiceLifecycle

/// `newswire run`: the daemon, until SIGTERM/SIGINT; SIGHUP reloads the config.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Poll every source on its schedule and re-render what changed, until SIGTERM or SIGINT.",
        discussion: """
            SIGHUP re-reads the config: a valid one is applied, an invalid one is logged and the old one kept. \
            Under systemd (Type=notify) it reports READY, STATUS, WATCHDOG and STOPPING through $NOTIFY_SOCKET.
            """)

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        let configuration = try options.loadConfiguration()
        options.bootstrapLogging(default: .info, configured: configuration.logLevel)
        let logger = Logger(label: "newswire")
        let lock: StateLock
        do {
            lock = try StateLock(stateDir: configuration.site.stateDir)
        } catch {
            printError("newswire: \(error)")
            throw ExitCode(ExitStatus.ioError)
        }
        // The daemon changes the store on its own schedule: a later `regenerate` must render everything.
        RenderFingerprint(configuration: configuration).invalidate()
        let store = try options.openStore(configuration)
        let fetcher = options.makeFetcher(configuration)
        defer { fetcher.shutdown() }
        let path = options.configPath
        let daemon = DaemonService(
            configuration: configuration, store: store, fetcher: fetcher,
            notifier: SystemdNotifier(environment: ProcessInfo.processInfo.environment), logger: logger
        ) {
            Result { () throws(ConfigError) in
                try ConfigLoader.load(path: path, validateSelector: CSSSelectorParser.validationMessage)
            }
        }
        var groupConfiguration = ServiceGroupConfiguration(
            services: [.init(service: daemon, successTerminationBehavior: .gracefullyShutdownGroup)],
            gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        groupConfiguration.maximumGracefulShutdownDuration = .seconds(30)
        do {
            try await ServiceGroup(configuration: groupConfiguration).run()
        } catch {
            printError("newswire: \(error)")
            throw ExitCode(ExitStatus.ioError)
        }
        withExtendedLifetime(lock) {}
    }
}
