import Foundation
import NewswireModel

extension FeedDocumentReader {
    /// Stores what an element held, by the role it was given when it started.
    func end(_ frame: Frame, text: String?) {
        let text = text.flatMap { $0.isEmpty ? nil : $0 }
        switch frame.role {
        case .other, .markup, .root, .channel, .mediaGroup, .itemSource:
            break
        case .item:
            finishItem(frame)
        case .feedTitle:
            if feed.title == nil { feed.title = text }
        case .feedTitleHTML:
            if feed.title == nil { feed.title = text.map(MarkupPlainText.plainText) }
        case .feedLink:
            if feed.link == nil, let text { feed.link = resolve(text, against: frame.base) }
        case .feedLanguage:
            if feed.language == nil { feed.language = text }
        case .feedTTL:
            if let text, let minutes = Double(text), minutes > 0 { feed.ttl = minutes * 60 }
        case .feedRights:
            if feed.rights == nil { feed.rights = text }
        case .feedUpdatePeriod:
            updatePeriod = text
        case .feedUpdateFrequency:
            updateFrequency = text.flatMap { Double($0.trimmingWhiteSpace) }
        case .itemBase64(let kind, let isSummary):
            guard let text, let decoded = Self.decodeBase64(text) else { break }
            if isSummary { item?.summary = TextConstruct(kind, decoded) } else {
                item?.content = TextConstruct(kind, decoded)
                itemContentBase = frame.base
            }
        case .itemFallbackSummary(let kind):
            if itemFallbackSummary == nil, let text { itemFallbackSummary = TextConstruct(kind, text) }
        case .itemDuration:
            itemDuration = text.flatMap(Self.seconds(ofDuration:))
        case .sourcePerson:
            finishPerson(ofFeed: false, ofSource: true)
        case .feedAuthorText:
            if let person = text.flatMap(RSSAuthor.person) { Self.appendUnique(person, to: &feed.authors) }
        case .itemTitle(let kind):
            item?.title = text.map { TextConstruct(kind, $0) }
        case .itemSummary(let kind):
            item?.summary = text.map { TextConstruct(kind, $0) }
        case .itemContent(let kind):
            guard let text else { break }
            item?.content = TextConstruct(kind, text)
            itemContentBase = frame.base
        case .itemLink:
            if item?.link == nil, let text { item?.link = resolve(text, against: frame.base) }
        case .itemOriginalLink:
            if let text { itemOriginalLink = resolve(text, against: frame.base) }
        case .itemLanguage:
            if let text { item?.language = text }
        case .itemRights:
            if let text { item?.rights = text }
        case .itemCategory:
            if let text { addCategory(text) }
        case .itemAuthorText:
            if let person = text.flatMap(RSSAuthor.person), item != nil { Self.appendUnique(person, to: &item!.authors) }
        case .itemGUID(let isPermaLink):
            guard let text else { break }
            item?.guid = text
            item?.guidIsPermaLink = isPermaLink
        case .itemPublished(let overrides):
            guard let text, overrides || item?.published == nil, let date = parseDate(text) else { break }
            item?.published = date
        case .itemUpdated:
            if let text, let date = parseDate(text) { item?.updated = date }
        case .person(let ofFeed):
            finishPerson(ofFeed: ofFeed)
        case .personName:
            if let text { person?.name = text }
        case .personEmail:
            person?.email = text
        case .personURI:
            person?.uri = text.map { resolve($0, against: frame.base) }
        }
    }

    /// The date `text` names, in the source's zone when naive; remembers text no format reads.
    private func parseDate(_ text: String) -> Date? {
        if let date = DateParser.parse(text, timeZone: context.timeZone, now: context.now) { return date }
        if unreadableDates.count < 3, !unreadableDates.contains(text) { unreadableDates.append(text) }
        return nil
    }

    /// Starts an item (RSS `item`, Atom `entry`).
    func startItem() -> RoleStart {
        item = Item()
        itemOriginalLink = nil
        itemContentBase = nil
        itemFallbackSummary = nil
        itemDuration = nil
        itemSourceAuthors = []
        return RoleStart(.item)
    }

    func addCategory(_ category: String) {
        // Read through `item?` (not `item!`), which looks at the stored item without copying it.
        guard !category.isEmpty, item?.categories.contains(category) == false else { return }
        item?.categories.append(category)
    }

    func addEnclosure(url: String?, type: String?, length: String?, frame: Frame) {
        guard item != nil, let url, !url.isEmpty else { return }
        let resolved = resolve(url, against: frame.base)
        guard item?.enclosures.contains(where: { $0.url == resolved }) == false else { return }
        let trimmedType = type?.trimmingCharacters(in: .whitespaces)
        item!.enclosures.append(Enclosure(url: resolved, type: trimmedType?.isEmpty == false ? trimmedType : nil,
                                          length: length.flatMap { Int64($0.trimmingCharacters(in: .whitespaces)) }))
    }

    private func finishItem(_ frame: Frame) {
        // Moved out, not copied: the reader is done with it.
        guard var finished = item.take() else { return }
        if let itemOriginalLink { finished.link = itemOriginalLink }
        if finished.link == nil, let guid = finished.guid, finished.guidIsPermaLink != false,
           URLResolver.isHTTPURL(guid) {
            finished.link = guid
        }
        finished.baseURL = itemContentBase ?? (frame.base.isEmpty ? nil : frame.base)
        if finished.language == nil { finished.language = frame.language }
        if finished.summary == nil { finished.summary = itemFallbackSummary }
        if finished.authors.isEmpty { finished.authors = itemSourceAuthors }
        if let itemDuration, let index = finished.enclosures.firstIndex(where: { !($0.type ?? "").hasPrefix("image/") }),
           finished.enclosures[index].duration == nil {
            finished.enclosures[index].duration = itemDuration
        }
        feed.items.append(finished)
    }

    private func finishPerson(ofFeed: Bool, ofSource: Bool = false) {
        guard var finished = person else { return }
        person = nil
        if finished.name.isEmpty {
            guard let email = finished.email else { return }
            finished.name = email
        }
        if ofSource {
            Self.appendUnique(finished, to: &itemSourceAuthors)
        } else if ofFeed {
            Self.appendUnique(finished, to: &feed.authors)
        } else if item != nil {
            Self.appendUnique(finished, to: &item!.authors)
        }
    }

    private static func appendUnique(_ person: Person, to people: inout [Person]) {
        if !people.contains(where: { $0.name == person.name }) { people.append(person) }
    }

    /// The UTF-8 text base64 `text` encodes (line breaks allowed); nil when it is not base64 of UTF-8.
    private static func decodeBase64(_ text: String) -> String? {
        guard let data = Data(base64Encoded: text, options: .ignoreUnknownCharacters) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    /// Seconds in an `itunes:duration`: `SS`, `MM:SS` or `HH:MM:SS`.
    static func seconds(ofDuration text: String) -> Double? {
        let parts = text.trimmingWhiteSpace.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { return nil }
        var total = 0.0
        for part in parts {
            guard let value = Double(part), value >= 0 else { return nil }
            total = total * 60 + value
        }
        return total
    }
}
