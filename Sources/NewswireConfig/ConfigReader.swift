import Foundation
import NewswireModel
import TOMLKit

/// Turns a parsed TOML document into a `Configuration`, reporting every problem to `diagnostics`.
struct ConfigReader {
    let root: ConfigTable
    let configPath: String
    let configFolder: String
    let validateSelector: (@Sendable (String) -> String?)?
    var diagnostics: DiagnosticCollector { root.diagnostics }

    static let topLevelKeys = ["site", "fetch", "poll", "output", "store", "log", "source", "feed"]
    static let logLevels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]

    /// The configuration, or nil when an error was reported.
    func read() -> Configuration? {
        root.rejectUnknownKeys(allowed: Self.topLevelKeys)
        let site = readSite()
        let fetch = readFetch()
        let poll = readPoll()
        let output = readOutput()
        let store = readStore()
        let logLevel = readLog()
        var ids = IDRegistry()
        let sources = readSources(ids: &ids)
        let feeds = readFeeds(ids: &ids, sourceIDs: sources.map(\.id))
        guard let site, !diagnostics.hasErrors else { return nil }
        return Configuration(path: configPath, site: site, fetch: fetch, poll: poll, output: output, store: store,
                             sources: sources, feeds: feeds, logLevel: logLevel)
    }

    private func section(_ key: String) -> ConfigTable? {
        root.subtable(key, displayName: "[\(key)]")
    }

    private func readSite() -> SiteSettings? {
        let site = section("site")
        site?.rejectUnknownKeys(allowed: ["title", "base_url", "output_dir", "state_dir"])
        let title = site?.string("title") ?? "Newswire"
        let baseURL: String?
        if let site, let text = site.string("base_url") {
            baseURL = normalizedBaseURL(text)
            if baseURL == nil {
                diagnostics.error(at: site.valuePosition("base_url"),
                                  "'base_url' must be an absolute http or https URL, found \"\(text)\"")
            }
        } else {
            baseURL = nil
            if site?.contains("base_url") != true {
                diagnostics.error(at: site?.headerPosition ?? .start,
                                  "[site] needs 'base_url', the public URL of the output folder (like \"https://feeds.example.org/\")")
            }
        }
        let outputDir = folder(site, key: "output_dir", default: "public")
        let stateDir = folder(site, key: "state_dir", default: "state")
        guard let baseURL, let outputDir, let stateDir else { return nil }
        return SiteSettings(title: title, baseURL: baseURL, outputDir: outputDir, stateDir: stateDir)
    }

    private func readFetch() -> FetchSettings {
        var settings = FetchSettings()
        guard let fetch = section("fetch") else { return settings }
        fetch.rejectUnknownKeys(allowed: ["user_agent", "timeout", "connect_timeout", "max_body", "max_redirects",
                                          "concurrency", "per_host"])
        if let userAgent = fetch.string("user_agent") {
            if userAgent.trimmingASCIIWhitespace().isEmpty {
                diagnostics.error(at: fetch.valuePosition("user_agent"), "'user_agent' must not be empty")
            } else {
                settings.userAgent = userAgent
            }
        }
        settings.timeout = fetch.duration("timeout") ?? settings.timeout
        settings.connectTimeout = fetch.duration("connect_timeout") ?? settings.connectTimeout
        settings.maxBody = fetch.byteSize("max_body") ?? settings.maxBody
        settings.maxRedirects = fetch.int("max_redirects", in: 0...20) ?? settings.maxRedirects
        settings.concurrency = fetch.int("concurrency", in: 1...Int.max) ?? settings.concurrency
        settings.perHost = fetch.int("per_host", in: 1...Int.max) ?? settings.perHost
        return settings
    }

    private func readPoll() -> PollSettings {
        var settings = PollSettings()
        guard let poll = section("poll") else { return settings }
        poll.rejectUnknownKeys(allowed: ["interval", "jitter", "max_backoff"])
        settings.interval = poll.duration("interval") ?? settings.interval
        settings.jitter = poll.fraction("jitter") ?? settings.jitter
        settings.maxBackoff = poll.duration("max_backoff") ?? settings.maxBackoff
        return settings
    }

    private func readOutput() -> OutputSettings {
        var settings = OutputSettings()
        guard let output = section("output") else { return settings }
        output.rejectUnknownKeys(allowed: ["entries_per_feed", "retention"])
        settings.entriesPerFeed = output.int("entries_per_feed", in: 1...10_000) ?? settings.entriesPerFeed
        settings.retention = output.duration("retention") ?? settings.retention
        return settings
    }

    /// `[log] level`, when given and valid.
    private func readLog() -> String? {
        guard let log = section("log") else { return nil }
        log.rejectUnknownKeys(allowed: ["level"])
        guard let level = log.string("level") else { return nil }
        guard Self.logLevels.contains(level) else {
            diagnostics.error(at: log.valuePosition("level"),
                              "unknown log level \"\(level)\"; expected one of \(Self.logLevels.joined(separator: ", "))"
                                  + SpellingSuggestion.hint(for: level, in: Self.logLevels))
            return nil
        }
        return level
    }

    /// `https://host/path` with a trailing `/`, or nil when not an absolute http(s) URL.
    private func normalizedBaseURL(_ text: String) -> String? {
        let trimmed = text.trimmingASCIIWhitespace()
        guard let components = URLComponents(string: trimmed),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty,
              components.query == nil, components.fragment == nil
        else { return nil }
        return trimmed.hasSuffix("/") ? trimmed : trimmed + "/"
    }
}
