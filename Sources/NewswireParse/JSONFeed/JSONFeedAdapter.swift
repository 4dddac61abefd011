import Foundation
import NewswireModel

/// Translates a JSON Feed document into the model: no cleaning, only meaning.
struct JSONFeedAdapter {
    let context: ParseContext
    /// Dates no format could read, for warnings.
    private(set) var unreadableDates: [String] = []
    /// The base for relative item URLs: the home page, else the document.
    private var itemBase: String

    init(context: ParseContext) {
        self.context = context
        itemBase = context.documentURL
    }

    mutating func feed(from document: JSONFeedDocument) -> ParsedFeed {
        var feed = ParsedFeed(format: .jsonfeed)
        feed.title = Self.nonBlank(document.title)
        feed.link = Self.nonBlank(document.homePageURL).map { URLResolver.resolve($0, against: context.documentURL) }
        feed.language = Self.nonBlank(document.language)
        feed.authors = people(document.authors, document.author)
        // Item URLs are relative to the site, as in readers that follow the spec's examples.
        itemBase = feed.link ?? context.documentURL
        feed.items = document.items.map { item(from: $0) }
        return feed
    }

    private mutating func item(from wire: JSONFeedItem) -> Item {
        var item = Item()
        item.guid = Self.nonBlank(wire.id)
        let link = Self.nonBlank(wire.url) ?? Self.nonBlank(wire.externalURL)
        item.link = link.map { URLResolver.resolve($0, against: itemBase) }
        item.title = Self.nonBlank(wire.title).map(TextConstruct.text)
        if let html = Self.nonBlank(wire.contentHTML) {
            item.content = .html(html)
        } else if let text = Self.nonBlank(wire.contentText) {
            item.content = .text(text)
        }
        item.summary = Self.nonBlank(wire.summary).map(TextConstruct.text)
        item.published = date(wire.datePublished)
        item.updated = date(wire.dateModified)
        item.authors = people(wire.authors, wire.author)
        for tag in wire.tags ?? [] {
            let tag = tag.trimmingWhiteSpace
            if !tag.isEmpty, !item.categories.contains(tag) { item.categories.append(tag) }
        }
        item.language = Self.nonBlank(wire.language)
        for attachment in wire.attachments ?? [] {
            addEnclosure(attachment.url, type: attachment.mimeType, length: attachment.sizeInBytes,
                         duration: attachment.durationInSeconds, to: &item)
        }
        // The item's main image, as `media:thumbnail` and `itunes:image` are read.
        addEnclosure(wire.image, type: nil, length: nil, duration: nil, to: &item)
        return item
    }

    private func addEnclosure(_ url: String?, type: String?, length: Int64?, duration: Double?, to item: inout Item) {
        guard let url = Self.nonBlank(url) else { return }
        let resolved = URLResolver.resolve(url, against: itemBase)
        guard !item.enclosures.contains(where: { $0.url == resolved }) else { return }
        item.enclosures.append(Enclosure(url: resolved, type: Self.nonBlank(type), length: length, duration: duration))
    }

    /// JSON Feed 1.1 `authors`, else 1.0 `author`; an author with only a URL is named by it.
    private func people(_ authors: [JSONFeedAuthor]?, _ author: JSONFeedAuthor?) -> [Person] {
        var people: [Person] = []
        let wires = authors ?? author.map { [$0] } ?? []
        for wire in wires {
            let uri = Self.nonBlank(wire.url).map { URLResolver.resolve($0, against: context.documentURL) }
            guard let name = Self.nonBlank(wire.name) ?? uri else { continue }
            if !people.contains(where: { $0.name == name }) { people.append(Person(name: name, uri: uri)) }
        }
        return people
    }

    private mutating func date(_ text: String?) -> Date? {
        guard let text = Self.nonBlank(text) else { return nil }
        if let date = DateParser.parse(text, timeZone: context.timeZone) { return date }
        if unreadableDates.count < 3 { unreadableDates.append(text) }
        return nil
    }

    private static func nonBlank(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingWhiteSpace, !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
