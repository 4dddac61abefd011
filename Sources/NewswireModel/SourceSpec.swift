import Foundation

/// The declared format of a source; `auto` detects it from the document.
public enum SourceType: String, Sendable, Equatable, CaseIterable {
    case auto, rss, atom, rdf, jsonfeed, html
}

/// One `[[source]]` entry.
public struct SourceSpec: Sendable, Equatable {
    /// `[a-z0-9][a-z0-9_-]*`, unique among sources and feeds.
    public var id: String
    /// Absolute URL; a path in the config has become a `file://` URL.
    public var url: String
    public var type: SourceType
    /// Seconds; nil means `[poll] interval`.
    public var interval: Double?
    /// Overrides charset detection when set (a WHATWG label such as `gbk`).
    public var charset: String?
    /// Categories added to every article of this source.
    public var categories: [String]
    /// IANA zone for naive dates (`Asia/Shanghai`); nil means UTC.
    public var timezone: String?
    /// Optional display title; nil means the feed's own title or the id.
    public var title: String?
    /// Selectors for `type = "html"`.
    public var html: HTMLSelectors?

    public init(id: String, url: String, type: SourceType = .auto, interval: Double? = nil,
                charset: String? = nil, categories: [String] = [], timezone: String? = nil,
                title: String? = nil, html: HTMLSelectors? = nil) {
        self.id = id
        self.url = url
        self.type = type
        self.interval = interval
        self.charset = charset
        self.categories = categories
        self.timezone = timezone
        self.title = title
        self.html = html
    }
}

/// `[source.html]`: how to read articles out of a list page.
public struct HTMLSelectors: Sendable, Equatable {
    public var item: String
    public var title: String?
    public var link: String?
    public var date: String?
    public var dateFormat: String?
    public var summary: String?
    public var category: String?
    public var author: String?
    public var follow: Bool
    public var article: ArticleSelectors?

    public init(item: String, title: String? = nil, link: String? = nil, date: String? = nil,
                dateFormat: String? = nil, summary: String? = nil, category: String? = nil,
                author: String? = nil, follow: Bool = false, article: ArticleSelectors? = nil) {
        self.item = item
        self.title = title
        self.link = link
        self.date = date
        self.dateFormat = dateFormat
        self.summary = summary
        self.category = category
        self.author = author
        self.follow = follow
        self.article = article
    }
}

/// `[source.html.article]`: how to read one article page.
public struct ArticleSelectors: Sendable, Equatable {
    public var content: String?
    public var author: String?
    public var date: String?
    public var remove: [String]
    /// Selects the article's categories (every match); added to the list item's.
    public var categories: String?

    public init(content: String? = nil, author: String? = nil, date: String? = nil, remove: [String] = [],
                categories: String? = nil) {
        self.content = content
        self.author = author
        self.date = date
        self.remove = remove
        self.categories = categories
    }
}

/// One `[[feed]]`: a combined feed over several sources.
public struct FeedSpec: Sendable, Equatable {
    public var id: String
    public var title: String
    /// Source ids; `*` and `?` globs allowed.
    public var sources: [String]
    /// When not empty, only articles with one of these categories.
    public var categories: [String]

    public init(id: String, title: String, sources: [String], categories: [String] = []) {
        self.id = id
        self.title = title
        self.sources = sources
        self.categories = categories
    }
}
