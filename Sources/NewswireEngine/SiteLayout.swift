import NewswireModel

/// What the configuration says about the output files, worked out once per renderer rather than on every
/// render: with thousands of sources, matching each combined feed's patterns and finding sources by id were
/// costs of their own in a render after one source changed.
struct SiteLayout: Sendable {
    /// Configured source ids, in configuration order.
    let sourceIDs: [String]
    /// Position of each source in `Configuration.sources`.
    let sourcePosition: [String: Int]
    /// The sources of each combined feed, in configuration order.
    let members: [String: [String]]
    /// The combined feeds each source is in, in configuration order.
    let feedsWithSource: [String: [String]]
    /// Names under `feeds/` of every configured feed file.
    let feedFileNames: Set<String>

    init(_ configuration: Configuration) {
        let ids = configuration.sources.map(\.id)
        sourceIDs = ids
        sourcePosition = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        members = Dictionary(configuration.feeds.map { ($0.id, SourcePattern.matching($0.sources, in: ids)) },
                             uniquingKeysWith: { first, _ in first })
        var feedsWithSource: [String: [String]] = [:]
        for feed in configuration.feeds {
            for source in members[feed.id] ?? [] { feedsWithSource[source, default: []].append(feed.id) }
        }
        self.feedsWithSource = feedsWithSource
        feedFileNames = Set((ids + configuration.feeds.map(\.id)).map { $0 + ".xml" })
    }
}
