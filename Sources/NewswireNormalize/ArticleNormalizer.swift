import NewswireModel

/// Turns the items of a parsed document into articles: canonical link, sanitized text, identity, hash.
public struct ArticleNormalizer: Sendable {
    /// A normalizer; it holds no state.
    public init() {}

    /// The articles of `feed`, in document order. Items with no title, no link, no text and no media are
    /// dropped; of several items with the same identity only the first is kept.
    public func normalize(_ feed: ParsedFeed, source: SourceSpec, documentURL: String) -> [Article] {
        normalizeCounting(feed, source: source, documentURL: documentURL).articles
    }

    /// `normalize`, with the number of items dropped for having nothing to show.
    public func normalizeCounting(_ feed: ParsedFeed, source: SourceSpec, documentURL: String) -> NormalizedItems {
        var articles: [Article] = []
        var guids: [String?] = []
        articles.reserveCapacity(feed.items.count)
        guids.reserveCapacity(feed.items.count)
        // Items are read in place through a pointer: passing each as a value copied it (a dozen fields).
        feed.items.withUnsafeBufferPointer { items in
            for index in items.indices {
                var guid: String?
                guard let article = draft(of: items.baseAddress! + index, feed: feed, source: source,
                                          documentURL: documentURL, guid: &guid) else { continue }
                articles.append(article)
                guids.append(guid)
            }
        }
        let empty = feed.items.count - articles.count
        // Identities are set in place: copying an article (a dozen fields) showed in profiles.
        let ambiguous = ItemIdentity.ambiguousGUIDs(articles.indices.map { (guids[$0], articles[$0].canonicalLink) })
        var seen: Set<String> = []
        seen.reserveCapacity(articles.count)
        var kept = 0
        for index in articles.indices {
            // `draft` left the fallback identity of an item without guid and link in place.
            let fallback = articles[index].identity.isEmpty ? "hash:" + articles[index].contentHash : articles[index].identity
            let identity = ItemIdentity.identity(guid: guids[index], link: articles[index].canonicalLink,
                                                 fallback: fallback, ambiguous: ambiguous)
            articles[index].identity = identity
            guard seen.insert(identity).inserted else { continue }
            // Kept articles move forward over dropped ones, in order.
            if kept != index { articles.swapAt(kept, index) }
            kept += 1
        }
        articles.removeLast(articles.count - kept)
        return NormalizedItems(articles: articles, emptyItems: empty)
    }

    /// An article with only its fallback identity (the rest needs the whole document), or nil for an item
    /// with nothing to show;
    /// `guid` is set to the item's trimmed guid. `item` is read in place, never copied whole.
    private func draft(of item: UnsafePointer<Item>, feed: ParsedFeed, source: SourceSpec, documentURL: String,
                       guid trimmedGUID: inout String?) -> Article? {
        // A relative xml:base is relative to the document.
        let base = item.pointee.baseURL.flatMap { URLCanonicalizer.resolve($0, base: documentURL) } ?? documentURL
        let guid = ItemIdentity.trimmedGUID(item.pointee.guid)
        trimmedGUID = guid
        let link = canonicalLink(of: item, guid: guid, base: base)
        let contentBase = self.contentBase(xmlBase: base, documentURL: documentURL, link: link)

        let cleanedContent = TextConstructCleaner.bodyWithText(item.pointee.content, baseURL: contentBase)
        let content = cleanedContent.construct
        // The summary's text is only needed when there is no content.
        let cleanedSummary = TextConstructCleaner.bodyWithText(item.pointee.summary, baseURL: contentBase,
                                                               collectsText: content == nil)
        var summary = cleanedSummary.construct
        if summary == content { summary = nil }
        // The UTF-8 of the plain text of `content ?? summary`, collected while sanitizing.
        var text = content != nil ? cleanedContent.text : cleanedSummary.text

        let cleanedTitle = TextConstructCleaner.title(item.pointee.title, baseURL: contentBase)
        // A cleaned `.text` title is collapsed already: its plain text is itself.
        let titleText = cleanedTitle.map { $0.kind == .text ? $0.value : TextNormalizer.plainText(of: $0) } ?? ""
        let enclosures = ItemListMerging.enclosures(item.pointee.enclosures, baseURL: base)
        // Media matter only for an item without a title and text (they keep it, and name it) or without a
        // guid and link (they tell it from the source's other such items).
        let needsMedia = (titleText.isEmpty && text.isEmpty) || (guid == nil && link == nil)
        let media = needsMedia ? MediaReference.first(content: content, summary: summary, enclosures: enclosures) : nil
        let derived = cleanedTitle == nil
            ? DerivedTitle.title(text: String(decoding: text, as: UTF8.self), media: media, link: link) : nil
        guard cleanedTitle != nil || derived != nil else { return nil }
        let title = cleanedTitle ?? .text(derived!)

        // Hashed with the title it is shown with: a derived title reads back as a title from
        // newswire's own output, and must give the same hash there.
        let hashedTitle = cleanedTitle == nil ? title.value : titleText
        // Text that only repeats the title is no body text (many feeds repeat it as the description, and
        // newswire's own output does for an entry that has nothing else): hashed as a title-only item.
        if text.count == hashedTitle.utf8.count, text.elementsEqual(hashedTitle.utf8) { text = [] }
        let contentHash = text.withUnsafeBufferPointer {
            ContentHasher.contentHash(title: hashedTitle, textUTF8: $0)
        }
        return Article(
            // Only an item without guid and link needs its fallback identity: the rest leave it empty.
            identity: guid == nil && link == nil
                ? ItemIdentity.fallbackIdentity(contentHash: contentHash, media: media, enclosures: enclosures) : "",
            canonicalLink: link, contentHash: contentHash,
            hashIsDedupeKey: text.withUnsafeBufferPointer(DedupeRule.isSubstantial),
            title: title, summary: summary, content: content,
            published: item.pointee.published, updated: item.pointee.updated,
            authors: ItemListMerging.authors(item: item.pointee.authors, feed: feed.authors),
            categories: ItemListMerging.categories(item.pointee.categories, source.categories),
            enclosures: enclosures,
            language: item.pointee.language ?? feed.language, rights: item.pointee.rights ?? feed.rights)
    }

    /// Relative URLs inside content: an explicit `xml:base` wins; else the article's own link (content is
    /// written for the article page, as Miniflux also assumes); else the document's address.
    private func contentBase(xmlBase: String, documentURL: String, link: String?) -> String {
        if xmlBase != documentURL, URLCanonicalizer.isHTTP(xmlBase) { return xmlBase }
        return link ?? xmlBase
    }

    /// The item's link, else its guid when that is a permalink-looking http(s) URL; canonicalized.
    private func canonicalLink(of item: UnsafePointer<Item>, guid: String?, base: String) -> String? {
        if let link = item.pointee.link, let canonical = URLCanonicalizer.canonicalize(link, base: base) {
            return canonical
        }
        guard let guid, item.pointee.guidIsPermaLink != false, URLCanonicalizer.isHTTP(guid) else { return nil }
        return URLCanonicalizer.canonicalize(guid, base: base)
    }
}

/// The articles of a document, and how many of its items had nothing to show.
public struct NormalizedItems: Sendable {
    public var articles: [Article]
    /// Items without a title, a link, text or media: skipped.
    public var emptyItems: Int
}
