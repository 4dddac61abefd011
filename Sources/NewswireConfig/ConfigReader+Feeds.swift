import NewswireModel

/// `[[feed]]`: combined feeds over source id patterns.
extension ConfigReader {
    static let feedKeys = ["id", "title", "sources", "categories"]

    func readFeeds(ids: inout IDRegistry, sourceIDs: [String]) -> [FeedSpec] {
        guard let tables = root.tableArray("feed", displayName: "[[feed]]") else { return [] }
        var feeds: [FeedSpec] = []
        for table in tables {
            table.rejectUnknownKeys(allowed: Self.feedKeys)
            let id = readID(table, kind: "feed", ids: &ids)
            let title = table.string("title")
            let patterns = table.stringArray("sources") ?? ["*"]
            for (index, pattern) in patterns.enumerated()
            where !sourceIDs.contains(where: { GlobPattern.matches(pattern, $0) }) {
                diagnostics.warning(at: diagnostics.locator.valuePosition(table.keyPath("sources") + "[\(index)]"),
                                    "source pattern \"\(pattern)\" matches no source")
            }
            let categories = table.stringArray("categories") ?? []
            guard let id else { continue }
            feeds.append(FeedSpec(id: id, title: title ?? id, sources: patterns, categories: categories))
        }
        return feeds
    }
}
