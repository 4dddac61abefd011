import Foundation
import NewswireModel
import Testing

/// fixture → newswire → Atom → newswire's own parser: every field a reader sees survives.
@Suite struct CorpusRoundTripTests {
    @Test(arguments: CorpusPipeline.fixtureNames)
    func atomOutputLosesNothing(_ name: String) throws {
        let articles = try CorpusPipeline.run(name).articles
        let stored = CorpusRoundTrip.stored(articles, fixture: name)
        let again = try CorpusRoundTrip.reparse(CorpusRoundTrip.render(stored))
        try #require(again.count == articles.count, "\(name): \(again.count) entries read back of \(articles.count)")
        for (entry, back) in zip(stored, again) {
            expectSame(entry, back, name)
        }
        // Entries that share a second show distinct ones, a second earlier each (`AtomEntryDates`).
        let shown = again.compactMap { $0.updated.map(wholeSeconds) }
        #expect(Set(shown).count == shown.count, "\(name): two entries show one updated")
    }

    private func expectSame(_ entry: StoredArticle, _ back: Article, _ name: String) {
        let original = entry.article
        let at = "\(name) #\(entry.id)"
        #expect(back.identity == entry.atomID, "\(at): id")
        #expect(back.title == original.title, "\(at): title")
        #expect(back.canonicalLink == original.canonicalLink, "\(at): link")
        #expect(back.published.map(wholeSeconds) == wholeSeconds(entry.published), "\(at): published")
        let updated = back.updated.map(wholeSeconds) ?? 0
        #expect(updated <= wholeSeconds(entry.updated) && updated > wholeSeconds(entry.updated) - 100, "\(at): updated")
        #expect(back.authors == expectedAuthors(original), "\(at): authors")
        // RFC 4287 §4.1.1: an entry without a link carries its text as content.
        let movesSummary = original.canonicalLink == nil && original.content == nil
        // An entry with a link and no text at all shows its title as the summary.
        let titleAsSummary = original.canonicalLink != nil && original.summary == nil && original.content == nil
        #expect(shownAlike(back.summary, movesSummary ? nil : titleAsSummary ? original.title : original.summary),
                "\(at): summary")
        #expect(shownAlike(back.content, movesSummary ? original.summary : original.content), "\(at): content")
        #expect(back.categories == original.categories, "\(at): categories")
        #expect(back.enclosures == original.enclosures.map(withoutDuration), "\(at): enclosures")
        #expect(back.language == original.language.map(languageTag), "\(at): language")
        #expect(back.rights == original.rights, "\(at): rights")
        #expect(back.contentHash == original.contentHash, "\(at): content hash")
    }

    /// Equal, or plain text that reads as markup written as the HTML that shows it (`a <b>` → `a &lt;b&gt;`).
    private func shownAlike(_ back: TextConstruct?, _ original: TextConstruct?) -> Bool {
        guard let back, let original, back != original else { return back == original }
        let escaped = original.value.replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        return original.kind == .text && back == .html(escaped)
    }

    /// Atom has no author-less entries here: the feed's author stands in, as RFC 4287 §4.2.1 says.
    private func expectedAuthors(_ article: Article) -> [Person] {
        guard !article.authors.isEmpty else { return [Person(name: CorpusRoundTrip.feedAuthor)] }
        return article.authors.map { person in
            let email = person.email.flatMap { $0.contains("@") ? $0 : nil }
            return Person(name: person.name, email: email, uri: person.uri)
        }
    }

    /// Atom's `link rel="enclosure"` has no place for a playing time.
    private func withoutDuration(_ enclosure: Enclosure) -> Enclosure {
        Enclosure(url: enclosure.url, type: enclosure.type, length: enclosure.length)
    }

    /// `xml:lang` takes BCP 47 tags: `zh_CN` is written as `zh-CN`.
    private func languageTag(_ language: String) -> String {
        language.replacingOccurrences(of: "_", with: "-")
    }

    private func wholeSeconds(_ date: Date) -> Double { date.timeIntervalSince1970.rounded(.down) }
}
