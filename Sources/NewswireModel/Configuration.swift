import Foundation

/// The whole validated configuration of one newswire instance.
public struct Configuration: Sendable, Equatable {
    /// Absolute path of the config file it was read from.
    public var path: String
    public var site: SiteSettings
    public var fetch: FetchSettings
    public var poll: PollSettings
    public var output: OutputSettings
    public var store: StoreSettings
    public var sources: [SourceSpec]
    public var feeds: [FeedSpec]
    /// `[log] level` (trace … critical); nil means the command's default. `--log-level` wins.
    public var logLevel: String?

    public init(path: String, site: SiteSettings, fetch: FetchSettings = FetchSettings(),
                poll: PollSettings = PollSettings(), output: OutputSettings = OutputSettings(),
                store: StoreSettings = .sqlite, sources: [SourceSpec] = [], feeds: [FeedSpec] = [],
                logLevel: String? = nil) {
        self.path = path
        self.site = site
        self.fetch = fetch
        self.poll = poll
        self.output = output
        self.store = store
        self.sources = sources
        self.feeds = feeds
        self.logLevel = logLevel
    }

    /// The source with this id, if any.
    public func source(id: String) -> SourceSpec? { sources.first { $0.id == id } }
}

/// `[site]`: where the output goes and how it is addressed publicly.
public struct SiteSettings: Sendable, Equatable {
    public var title: String
    /// Public URL of `outputDir`, always ending in `/`.
    public var baseURL: String
    /// Absolute path.
    public var outputDir: String
    /// Absolute path; holds the SQLite database.
    public var stateDir: String

    public init(title: String, baseURL: String, outputDir: String, stateDir: String) {
        self.title = title
        self.baseURL = baseURL
        self.outputDir = outputDir
        self.stateDir = stateDir
    }
}

/// `[fetch]`: transport limits shared by every transfer.
public struct FetchSettings: Sendable, Equatable {
    /// nil means the default `newswire/<version> (+<base_url>)`.
    public var userAgent: String?
    /// Whole-transfer timeout, seconds.
    public var timeout: Double
    public var connectTimeout: Double
    /// Bytes, counted after decompression.
    public var maxBody: Int
    public var maxRedirects: Int
    public var concurrency: Int
    public var perHost: Int

    public init(userAgent: String? = nil, timeout: Double = 30, connectTimeout: Double = 10,
                maxBody: Int = 10_000_000, maxRedirects: Int = 5, concurrency: Int = 32, perHost: Int = 2) {
        self.userAgent = userAgent
        self.timeout = timeout
        self.connectTimeout = connectTimeout
        self.maxBody = maxBody
        self.maxRedirects = maxRedirects
        self.concurrency = concurrency
        self.perHost = perHost
    }
}

/// `[poll]`: schedule defaults.
public struct PollSettings: Sendable, Equatable {
    /// Seconds.
    public var interval: Double
    /// Fraction of the interval, 0...1.
    public var jitter: Double
    /// Seconds.
    public var maxBackoff: Double

    public init(interval: Double = 900, jitter: Double = 0.1, maxBackoff: Double = 21_600) {
        self.interval = interval
        self.jitter = jitter
        self.maxBackoff = maxBackoff
    }
}

/// `[output]`: what the rendered files hold.
public struct OutputSettings: Sendable, Equatable {
    public var entriesPerFeed: Int
    /// Seconds.
    public var retention: Double

    public init(entriesPerFeed: Int = 50, retention: Double = 90 * 86_400) {
        self.entriesPerFeed = entriesPerFeed
        self.retention = retention
    }
}
