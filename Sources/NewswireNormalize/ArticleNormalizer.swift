import NewswireModel

/// Turns the items of a parsed document into articles: canonical link, sanitized text, identity, hash.
public struct ArticleNormalizer: Sendable {
    /// A normalizer; it holds no state.
    public init() {}

    /// The articles of `feed`, in document order. Items with no title, no link and no text are
    /// dropped; of several items with the same identity only the first is kept.
    public func normalize(_ feed: ParsedFeed, source: SourceSpec, documentURL: String) -> [Article] {
        let drafts = feed.items.compactMap { draft(of: $0, feed: feed, source: source, documentURL: documentURL) }
        let ambiguous = ItemIdentity.ambiguousGUIDs(drafts.map { ($0.guid, $0.article.canonicalLink) })
        var seen: Set<String> = []
        var articles: [Article] = []
        articles.reserveCapacity(drafts.count)
        for draft in drafts {
            var article = draft.article
            article.identity = ItemIdentity.identity(guid: draft.guid, link: article.canonicalLink,
                                                     contentHash: article.contentHash, ambiguous: ambiguous)
            if seen.insert(article.identity).inserted { articles.append(article) }
        }
        return articles
    }

    /// An article without its identity yet (that needs the whole document), or nil for an empty item.
    private func draft(of item: Item, feed: ParsedFeed, source: SourceSpec,
                       documentURL: String) -> (guid: String?, article: Article)? {
        // A relative xml:base is relative to the document.
        let base = item.baseURL.flatMap { URLCanonicalizer.resolve($0, base: documentURL) } ?? documentURL
        let guid = ItemIdentity.trimmedGUID(item.guid)
        let link = canonicalLink(of: item, guid: guid, base: base)
        let contentBase = self.contentBase(xmlBase: base, documentURL: documentURL, link: link)

        let cleanedContent = TextConstructCleaner.bodyWithText(item.content, baseURL: contentBase)
        let content = cleanedContent.construct
        // The summary's text is only needed when there is no content.
        let cleanedSummary = TextConstructCleaner.bodyWithText(item.summary, baseURL: contentBase,
                                                               collectsText: content == nil)
        var summary = cleanedSummary.construct
        if summary == content { summary = nil }
        // The UTF-8 of the plain text of `content ?? summary`, collected while sanitizing.
        let text = content != nil ? cleanedContent.text : cleanedSummary.text

        let cleanedTitle = TextConstructCleaner.title(item.title, baseURL: contentBase)
        let titleText = cleanedTitle.map(TextNormalizer.plainText(of:)) ?? ""
        guard !titleText.isEmpty || link != nil || !text.isEmpty else { return nil }
        let title = cleanedTitle ?? .text(TextNormalizer.excerpt(String(decoding: text, as: UTF8.self)))

        // Hashed with the title it is shown with: an excerpt title reads back as a title from
        // newswire's own output, and must give the same hash there.
        let article = Article(
            identity: "", canonicalLink: link,
            contentHash: text.withUnsafeBufferPointer {
                ContentHasher.contentHash(title: cleanedTitle == nil ? title.value : titleText, textUTF8: $0)
            },
            title: title, summary: summary, content: content,
            published: item.published, updated: item.updated,
            authors: ItemListMerging.authors(item: item.authors, feed: feed.authors),
            categories: ItemListMerging.categories(item.categories, source.categories),
            enclosures: ItemListMerging.enclosures(item.enclosures, baseURL: base),
            language: item.language ?? feed.language, rights: item.rights ?? feed.rights)
        return (guid, article)
    }

    /// Relative URLs inside content: an explicit `xml:base` wins; else the article's own link (content is
    /// written for the article page, as Miniflux also assumes); else the document's address.
    private func contentBase(xmlBase: String, documentURL: String, link: String?) -> String {
        if xmlBase != documentURL, URLCanonicalizer.isHTTP(xmlBase) { return xmlBase }
        return link ?? xmlBase
    }

    /// The item's link, else its guid when that is a permalink-looking http(s) URL; canonicalized.
    private func canonicalLink(of item: Item, guid: String?, base: String) -> String? {
        if let link = item.link, let canonical = URLCanonicalizer.canonicalize(link, base: base) { return canonical }
        guard let guid, item.guidIsPermaLink != false, URLCanonicalizer.isHTTP(guid) else { return nil }
        return URLCanonicalizer.canonicalize(guid, base: base)
    }
}
