import NewswireModel

/// What an open element means to the feed being read; decided when it starts, used when it ends.
enum FeedElementRole: Equatable {
    /// An element nothing is read from (its children may still matter).
    case other
    /// A child element inside collected text: serialized as markup, not interpreted.
    case markup
    case root, channel, item, mediaGroup
    case feedTitle, feedLink, feedLanguage, feedTTL, feedAuthorText, feedRights
    /// An Atom feed title of `type="html"`: kept as its plain text, since a feed title is a string.
    case feedTitleHTML
    /// `sy:updatePeriod` and `sy:updateFrequency`: together they become the feed's TTL.
    case feedUpdatePeriod, feedUpdateFrequency
    case itemTitle(TextConstruct.Kind)
    case itemSummary(TextConstruct.Kind)
    case itemContent(TextConstruct.Kind)
    /// Atom 0.3 `mode="base64"`: the text is base64 of a construct of this kind.
    case itemBase64(TextConstruct.Kind, isSummary: Bool)
    /// A summary used only when the item has no own one (`media:description`, `itunes:summary`).
    case itemFallbackSummary(TextConstruct.Kind)
    /// `itunes:duration`, applied to the item's media enclosure.
    case itemDuration
    /// An Atom entry's `source`: the feed it was copied from; its authors are the fallback.
    case itemSource
    /// An `author` inside an entry's `source`.
    case sourcePerson
    case itemLink, itemOriginalLink, itemLanguage, itemRights, itemCategory, itemAuthorText
    case itemGUID(isPermaLink: Bool?)
    /// A publication date; `overrides` is false for fallbacks such as `dc:date`.
    case itemPublished(overrides: Bool)
    case itemUpdated
    /// An Atom `author`: of the feed, or of the entry.
    case person(ofFeed: Bool)
    case personName, personEmail, personURI
}

/// A started role, and how to collect its text (nil: no text needed).
struct RoleStart {
    var role: FeedElementRole
    var textMode: TextCollector.Mode?

    init(_ role: FeedElementRole, text textMode: TextCollector.Mode? = nil) {
        self.role = role
        self.textMode = textMode
    }

    static let other = RoleStart(.other)
}

extension TextConstruct.Kind {
    /// How the text of an element of this kind is collected.
    var collectionMode: TextCollector.Mode {
        switch self {
        case .text: .text
        case .html: .html
        case .xhtml: .xhtml
        }
    }
}
