import Foundation
import Logging
import NewswireModel

extension DaemonLoop {
    /// SIGHUP: apply a valid configuration; keep the old one when the new one is invalid or missing.
    mutating func reload(now: Date) {
        service.notifier.reloading()
        logger.info("reloading", metadata: ["config": "\(configuration.path)"])
        switch service.loadConfiguration() {
        case .failure(let error):
            metrics.failedReloads += 1
            for diagnostic in error.diagnostics { logger.error("\(diagnostic.description)") }
            logger.error("reload refused: the configuration is invalid; the previous one stays in force",
                         metadata: ["config": "\(configuration.path)"])
            service.notifier.ready(status: "reload refused (invalid config); " + statusLine)
        case .success(var next):
            if next.site.stateDir != configuration.site.stateDir {
                logger.warning("state_dir changes take effect after a restart", metadata: [
                    "state_dir": "\(configuration.site.stateDir)"])
                next.site.stateDir = configuration.site.stateDir
            }
            if next.fetch != configuration.fetch {
                logger.notice("[fetch] transport settings take effect after a restart; concurrency limits apply now")
            }
            let before = Set(configuration.sources.map(\.id)), after = Set(next.sources.map(\.id))
            configuration = next
            book.apply(next, states: (try? store.fetchStates()) ?? [:], now: now)
            fullRenderPending = true
            metrics.reloads += 1
            logger.info("reloaded", metadata: [
                "sources": "\(after.count)", "added": "\(after.subtracting(before).sorted())",
                "removed": "\(before.subtracting(after).sorted())",
            ])
            service.notifier.ready(status: statusLine)
        }
    }
}
