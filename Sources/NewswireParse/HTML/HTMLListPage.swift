import NewswireModel

/// What a list page yielded: the items as a `.html` `ParsedFeed`, plus what each selector found.
public struct HTMLListPage: Sendable, Equatable {
    /// One item per `item` match, in page order, with `format == .html`.
    public var feed: ParsedFeed
    /// How many `item` matches there were.
    public var itemCount: Int
    /// For each configured field selector (`title`, `link`, `date`…), how many items it found nothing in.
    public var misses: [String: Int]
    /// The zone naive dates were read in.
    public var timeZone: String

    /// A list page result.
    public init(feed: ParsedFeed, itemCount: Int, misses: [String: Int], timeZone: String) {
        self.feed = feed
        self.itemCount = itemCount
        self.misses = misses
        self.timeZone = timeZone
    }

    /// Field selectors that matched nothing in any item, e.g. `["date"]`.
    public var emptySelectors: [String] {
        misses.filter { $0.value > 0 && $0.value == itemCount }.map(\.key).sorted()
    }
}
