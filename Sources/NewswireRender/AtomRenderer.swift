import Foundation
import NewswireModel

/// Renders an Atom 1.0 feed (RFC 4287) into bytes, deterministically.
public enum AtomRenderer {
    /// The feed as UTF-8 XML; equal documents give equal bytes.
    public static func render(_ doc: AtomFeedDocument) -> Data {
        var out = XMLOutput(capacity: estimatedSize(doc))
        out.raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
        out.element("  ", "id", text: doc.id)
        out.element("  ", "title", text: doc.title)
        if let subtitle = doc.subtitle { out.element("  ", "subtitle", text: subtitle) }
        out.element("  ", "updated", date: doc.updated)
        out.raw("  <author>\n")
        out.element("    ", "name", text: doc.authorName)
        out.raw("  </author>\n")
        out.raw("  <link rel=\"self\" type=\"application/atom+xml\"")
        out.attribute("href", doc.selfURL)
        out.raw("/>\n")
        if let alternate = doc.alternateURL {
            out.raw("  <link rel=\"alternate\" type=\"text/html\"")
            out.attribute("href", alternate)
            out.raw("/>\n")
        }
        if let generator = doc.generator { out.element("  ", "generator", text: generator) }
        let updated = AtomEntryDates.distinctUpdated(doc.entries)
        for (entry, entryUpdated) in zip(doc.entries, updated) { renderEntry(entry, updated: entryUpdated, to: &out) }
        out.raw("</feed>\n")
        return out.data
    }

    private static func renderEntry(_ stored: StoredArticle, updated: Date, to out: inout XMLOutput) {
        let article = stored.article
        out.raw("  <entry")
        if let language = AtomValueRules.languageTag(article.language) { out.attribute("xml:lang", language) }
        out.raw(">\n")
        out.element("    ", "id", text: stored.atomID)
        renderText(article.title, name: "title", to: &out)
        out.element("    ", "updated", date: updated)
        out.element("    ", "published", date: stored.published)
        for author in article.authors { renderPerson(author, to: &out) }
        if let link = article.canonicalLink {
            out.raw("    <link rel=\"alternate\"")
            out.attribute("href", link)
            out.raw("/>\n")
        }
        // The story's copies from other sources of a combined feed (the first copy is the alternate).
        for related in stored.relatedLinks {
            out.raw("    <link rel=\"related\"")
            out.attribute("href", related)
            out.raw("/>\n")
        }
        for enclosure in article.enclosures { renderEnclosure(enclosure, to: &out) }
        for category in article.categories where !category.isEmpty {
            out.raw("    <category")
            out.attribute("term", category)
            out.raw("/>\n")
        }
        // RFC 4287 §4.1.1: an entry needs an alternate link or a content; without a link, the
        // summary (or else the title) becomes the content. Never an empty one, and never no text at
        // all: readers show the summary, and the W3C validator warns on an entry without one.
        var summary = article.summary
        var content = article.content
        if article.canonicalLink == nil && content == nil {
            content = summary ?? article.title
            summary = nil
        } else if summary == nil && content == nil {
            summary = article.title
        }
        if let summary { renderText(summary, name: "summary", to: &out) }
        if let content { renderText(content, name: "content", to: &out) }
        if let rights = article.rights { out.element("    ", "rights", text: rights) }
        out.raw("  </entry>\n")
    }

    /// A text construct: text escaped, html escaped once, xhtml inline inside its `div`.
    private static func renderText(_ construct: TextConstruct, name: StaticString, to out: inout XMLOutput) {
        var kind = construct.kind
        if kind == .xhtml && !XHTMLFragmentChecker.isWellFormed(construct.value) { kind = .html }
        out.raw("    <")
        out.raw(name)
        switch kind {
        case .text where AtomValueRules.looksLikeMarkup(construct.value):
            // Plain text that reads as markup (`Plain <b>text</b>`) is written as the HTML that shows it:
            // readers show the same, and validators take undeclared markup in text for a mistake.
            out.raw(" type=\"html\">")
            out.text(AtomValueRules.htmlEscaped(construct.value))
        case .text:
            out.raw(">")
            out.text(construct.value)
        case .html:
            out.raw(" type=\"html\">")
            out.text(construct.value)
        case .xhtml:
            out.raw(" type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">")
            out.markup(construct.value)
            out.raw("</div>")
        }
        out.raw("</")
        out.raw(name)
        out.raw(">\n")
    }

    private static func renderPerson(_ person: Person, to out: inout XMLOutput) {
        out.raw("    <author>\n")
        out.element("      ", "name", text: person.name)
        if let email = AtomValueRules.email(person.email) { out.element("      ", "email", text: email) }
        if let uri = person.uri, !uri.isEmpty { out.element("      ", "uri", text: uri) }
        out.raw("    </author>\n")
    }

    private static func renderEnclosure(_ enclosure: Enclosure, to out: inout XMLOutput) {
        out.raw("    <link rel=\"enclosure\"")
        if let type = AtomValueRules.mediaType(enclosure.type) { out.attribute("type", type) }
        if let length = enclosure.length, length >= 0 { out.attribute("length", String(length)) }
        out.attribute("href", enclosure.url)
        out.raw("/>\n")
    }

    /// Room for the markup plus the text with some escaping, so the buffer rarely grows.
    private static func estimatedSize(_ doc: AtomFeedDocument) -> Int {
        var size = 1_024 + doc.title.utf8.count + (doc.subtitle?.utf8.count ?? 0)
        for entry in doc.entries {
            let article = entry.article
            let text = article.title.value.utf8.count + (article.summary?.value.utf8.count ?? 0)
                + (article.content?.value.utf8.count ?? 0)
            size += 600 + text + text / 8 + (article.canonicalLink?.utf8.count ?? 0)
                + article.enclosures.count * 200 + article.categories.count * 40 + article.authors.count * 120
        }
        return size
    }
}
