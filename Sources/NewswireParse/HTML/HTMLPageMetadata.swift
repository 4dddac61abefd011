import Foundation
import NewswireModel

/// Metadata an article page declares: Open Graph / article meta tags, `<time datetime>`, JSON-LD.
struct HTMLPageMetadata {
    var title: String?
    var authors: [Person] = []
    var published: Date?
    var categories: [String] = []

    static func read(_ root: HTMLNode, document: HTMLDocument, timeZone: TimeZone, now: Date) -> HTMLPageMetadata {
        var metadata = HTMLPageMetadata()
        var meta: [String: [String]] = [:]
        for node in HTMLQuery.all("meta[content]", in: root) {
            guard let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop"))?
                .lowercased(), let value = node.attribute("content").map(HTMLText.collapsed), !value.isEmpty
            else { continue }
            meta[key, default: []].append(value)
        }
        let jsonLD = JSONLDArticle.read(root)
        metadata.title = meta["og:title"]?.first ?? jsonLD.headline
            ?? HTMLQuery.first("title", in: root).map(\.text).flatMap { $0.isEmpty ? nil : $0 }
        let dateTexts = [meta["article:published_time"]?.first, meta["datepublished"]?.first, jsonLD.datePublished,
                         HTMLQuery.first("time[datetime]", in: root)?.attribute("datetime")]
        metadata.published = dateTexts.lazy.compactMap { $0 }
            .compactMap { HTMLDateReading.parse($0, timeZone: timeZone, now: now) }.first
        let authorNames = meta["author"] ?? meta["article:author"] ?? jsonLD.authors
        metadata.authors = authorNames.filter { !$0.hasPrefix("http") }.map(HTMLAuthorLine.person)
        if metadata.authors.isEmpty,
           let byline = HTMLQuery.first("[rel=author], [itemprop=author], .byline", in: root)?.text, !byline.isEmpty,
           byline.count <= 80 {
            metadata.authors = [HTMLAuthorLine.person(byline)]
        }
        var categories = (meta["article:section"] ?? []) + (meta["article:tag"] ?? [])
        var seen: Set<String> = []
        categories = categories.filter { seen.insert($0).inserted }
        metadata.categories = categories
        return metadata
    }
}

/// The fields of a JSON-LD `NewsArticle`/`Article` object newswire uses.
struct JSONLDArticle {
    var headline: String?
    var datePublished: String?
    var authors: [String] = []

    static func read(_ root: HTMLNode) -> JSONLDArticle {
        var article = JSONLDArticle()
        for script in HTMLQuery.all("script[type=\"application/ld+json\"]", in: root) {
            guard let json = try? JSONSerialization.jsonObject(with: Data(script.rawText.utf8)) else { continue }
            for object in objects(in: json) where article.datePublished == nil {
                article.headline = article.headline ?? object["headline"] as? String
                article.datePublished = object["datePublished"] as? String
                article.authors = names(object["author"])
            }
        }
        return article
    }

    /// Objects that carry `datePublished`, looking into arrays and `@graph`.
    private static func objects(in json: Any) -> [[String: Any]] {
        if let array = json as? [Any] { return array.flatMap(objects(in:)) }
        guard let object = json as? [String: Any] else { return [] }
        if let graph = object["@graph"] { return objects(in: graph) }
        return object["datePublished"] != nil ? [object] : []
    }

    private static func names(_ value: Any?) -> [String] {
        if let name = value as? String { return [name] }
        if let object = value as? [String: Any], let name = object["name"] as? String { return [name] }
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        return []
    }
}
