/// Finds an article's main text without selectors, the way readability-style extractors do:
/// paragraphs score their parent and grandparent by length and punctuation; class and id names
/// such as `content` or `share`, and link density, weigh the candidates; the best one wins.
enum MainContentExtractor {
    private static let positive = ["article", "body", "content", "entry", "main", "post", "story", "text"]
    private static let negative = ["ad-", "ads", "banner", "comment", "editor", "footer", "header", "menu", "nav",
                                   "recommend", "related", "share", "sidebar", "social", "sponsor", "widget"]
    private static let dropped = try! CSSSelectorParser.parse(
        "nav, header, footer, aside, form, button, iframe, script, style")

    /// The inner HTML of the best candidate, with its unlikely blocks removed; nil when the page has no prose.
    static func mainContent(of root: HTMLNode, document: HTMLDocument) -> String? {
        document.remove(matching: [dropped])
        var scores: [UnsafeMutableRawPointer: (node: HTMLNode, score: Double)] = [:]
        for paragraph in HTMLQuery.all("p, pre, td, blockquote", in: root) {
            let text = paragraph.text
            guard text.count >= 20 else { continue }
            let commas = text.reduce(0) { $0 + ($1 == "," || $1 == "，" || $1 == "。" ? 1 : 0) }
            let score = 1 + Double(commas) + min(Double(text.count) / 100, 3)
            if let parent = paragraph.parent {
                scores[key(parent), default: (parent, weight(of: parent))].score += score
                if let grandparent = parent.parent {
                    scores[key(grandparent), default: (grandparent, weight(of: grandparent))].score += score / 2
                }
            }
        }
        let best = scores.values.map { ($0.node, $0.score * (1 - linkDensity(of: $0.node))) }
            .max { $0.1 < $1.1 }
        guard let (node, score) = best, score > 0 else { return nil }
        document.removeTopmost(HTMLQuery.all("*", in: node).filter(isUnlikely))
        let html = node.innerHTML
        return html.isEmpty ? nil : html
    }

    private static func key(_ node: HTMLNode) -> UnsafeMutableRawPointer { UnsafeMutableRawPointer(node.pointer) }

    private static func names(of node: HTMLNode) -> String {
        ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
    }

    private static func weight(of node: HTMLNode) -> Double {
        let names = names(of: node)
        var weight = 0.0
        if positive.contains(where: names.contains) { weight += 25 }
        if negative.contains(where: names.contains) { weight -= 25 }
        return weight
    }

    private static func isUnlikely(_ node: HTMLNode) -> Bool {
        let names = names(of: node)
        return !positive.contains(where: names.contains) && negative.contains(where: names.contains)
    }

    /// The share of the node's text that sits inside links.
    private static func linkDensity(of node: HTMLNode) -> Double {
        let total = node.text.count
        guard total > 0 else { return 1 }
        let linked = HTMLQuery.all("a", in: node).reduce(0) { $0 + $1.text.count }
        return min(Double(linked) / Double(total), 1)
    }
}
