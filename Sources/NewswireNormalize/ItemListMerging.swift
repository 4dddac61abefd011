import NewswireModel

/// Merges and cleans the list fields of an item: categories, enclosures, authors.
enum ItemListMerging {
    /// Trimmed, non-empty categories in order, deduplicated case-insensitively (the first spelling wins).
    static func categories(_ first: [String], _ second: [String]) -> [String] {
        // Most items have one category or none: nothing to deduplicate.
        if first.count + second.count <= 1 {
            guard let only = first.first ?? second.first else { return [] }
            let trimmed = TextNormalizer.collapseWhitespace(only)
            return trimmed.isEmpty ? [] : [trimmed]
        }
        var seen: Set<String> = []
        var result: [String] = []
        for category in [first, second].joined() {
            let trimmed = TextNormalizer.collapseWhitespace(category)
            guard !trimmed.isEmpty, seen.insert(trimmed.lowercased()).inserted else { continue }
            result.append(trimmed)
        }
        return result
    }

    /// Enclosures with absolute http(s) URLs (resolved, not cleaned), deduplicated by URL.
    static func enclosures(_ enclosures: [Enclosure], baseURL: String?) -> [Enclosure] {
        var seen: Set<String> = []
        var result: [Enclosure] = []
        for enclosure in enclosures {
            guard let url = URLCanonicalizer.resolve(enclosure.url, base: baseURL), URLCanonicalizer.isHTTP(url),
                  seen.insert(url).inserted else { continue }
            var resolved = enclosure
            resolved.url = url
            result.append(resolved)
        }
        return result
    }

    /// The item's authors with trimmed names, else the feed's; people with nothing to show are left out.
    static func authors(item: [Person], feed: [Person]) -> [Person] {
        func cleaned(_ people: [Person]) -> [Person] {
            people.compactMap { person in
                var person = person
                person.name = TextNormalizer.collapseWhitespace(person.name)
                let hasContact = !(person.email ?? "").isEmpty || !(person.uri ?? "").isEmpty
                return person.name.isEmpty && !hasContact ? nil : person
            }
        }
        let own = cleaned(item)
        return own.isEmpty ? cleaned(feed) : own
    }
}
