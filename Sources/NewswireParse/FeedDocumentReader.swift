import CLibXML2
import Foundation
import NewswireModel

/// Turns SAX events into a `ParsedFeed`: keeps the element stack with the `xml:base` and
/// `xml:lang` in effect, collects text, and leaves the meaning of elements to the RSS and Atom
/// extensions.
final class FeedDocumentReader {
    struct Frame {
        var role: FeedElementRole
        /// The base URL in effect: innermost `xml:base`, else the document URL (empty if none).
        var base: String
        var language: String?
    }

    // One parse's private state, used from libxml2's callbacks on one thread only: its
    // properties skip the runtime exclusivity checks, a hot spot of every SAX event.
    let context: ParseContext
    @exclusivity(unchecked) var feed = ParsedFeed(format: .rss)
    @exclusivity(unchecked) var format: FeedFormat?
    /// Set when the root element shows the document is no feed; stops the parser.
    @exclusivity(unchecked) var rootError: ParseError?
    @exclusivity(unchecked) var stack: [Frame] = []
    @exclusivity(unchecked) var collector = TextCollector()
    @exclusivity(unchecked) var item: Item?
    @exclusivity(unchecked) var itemOriginalLink: String?
    @exclusivity(unchecked) var itemContentBase: String?
    @exclusivity(unchecked) var person: Person?
    /// Item fields that only count when the item gives nothing better; applied when it ends.
    @exclusivity(unchecked) var itemFallbackSummary: TextConstruct?
    @exclusivity(unchecked) var itemDuration: Double?
    @exclusivity(unchecked) var itemSourceAuthors: [Person] = []
    /// `sy:updatePeriod` and `sy:updateFrequency` of the channel.
    @exclusivity(unchecked) var updatePeriod: String?
    @exclusivity(unchecked) var updateFrequency: Double?
    /// The namespace URI of an `<rss>` root that has one (`http://backend.userland.com/rss2`):
    /// elements in it are read as plain RSS elements.
    @exclusivity(unchecked) var rssRootNamespace: [UInt8]?
    /// An Atom `<feed>` root without a namespace: its unqualified children are read as Atom.
    @exclusivity(unchecked) var isAtomWithoutNamespace = false
    /// Dates no format could read, reported as warnings (the first few only).
    @exclusivity(unchecked) var unreadableDates: [String] = []
    @exclusivity(unchecked) private var lastNamespaceURI: UnsafePointer<xmlChar>?
    @exclusivity(unchecked) private var lastNamespace = XMLNamespace.none

    init(context: ParseContext) {
        self.context = context
    }

    var isStopped: Bool { rootError != nil }

    func startElement(localName: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?,
                      uri: UnsafePointer<xmlChar>?, attributes: XMLAttributes) {
        guard rootError == nil else { return }
        var namespace = namespace(of: uri)
        if namespace == .other, let rssRootNamespace, let uri, Self.equal(uri, rssRootNamespace) { namespace = .none }
        if namespace == .none, isAtomWithoutNamespace { namespace = .atom }
        if collector.isActive, !stack.isEmpty {
            collector.startChild(prefix: prefix, localName: localName, namespace: namespace,
                                 attributes: attributes, childDepth: stack.count + 1)
            // Nothing reads a markup frame's base or language: no need to copy them.
            stack.append(Frame(role: .markup, base: "", language: nil))
            return
        }
        // The parent's fields are read in place: copying the whole parent frame costs retains.
        let parentRole = stack.last?.role
        var frame = Frame(role: .other, base: stack.last?.base ?? context.documentURL, language: stack.last?.language)
        if attributes.count > 0 {
            if let base = attributes.value("base", namespace: .xml) {
                frame.base = resolve(base, against: frame.base)
            }
            if let language = attributes.value("lang", namespace: .xml) { frame.language = language }
        }
        let name = XMLName(cString: localName)
        let start: RoleStart
        if let parentRole {
            switch format {
            case .atom: start = atomStart(name, namespace, parent: parentRole, frame: frame, attributes)
            default: start = rssStart(name, namespace, parent: parentRole, frame: frame, attributes)
            }
        } else {
            start = rootStart(name, namespace, prefix: prefix)
            if format == .atom { feed.language = frame.language }
            if format == .rss, namespace == .other, let uri { rssRootNamespace = Array(String(cString: uri).utf8) }
            isAtomWithoutNamespace = format == .atom && namespace == .none
        }
        frame.role = start.role
        stack.append(frame)
        if let mode = start.textMode { collector.begin(depth: stack.count, mode: mode) }
    }

    func endElement(localName: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?, uri: UnsafePointer<xmlChar>?) {
        guard rootError == nil else { return }
        let depth = stack.count
        guard let frame = stack.popLast() else { return }
        if case .markup = frame.role {
            collector.endChild(prefix: prefix, localName: localName, namespace: namespace(of: uri), childDepth: depth)
            return
        }
        let text = collector.depth == depth ? collector.finish() : nil
        end(frame, text: text)
    }

    func characters(_ characters: UnsafeBufferPointer<UInt8>) {
        if collector.isActive { collector.append(characters, currentDepth: stack.count) }
    }

    /// The namespace of an element's URI. libxml2 hands over namespace URIs from its
    /// dictionary, which keeps each string at one address for the whole parse: the last URI
    /// read is remembered by its address.
    private func namespace(of uri: UnsafePointer<xmlChar>?) -> XMLNamespace {
        guard let uri else { return .none }
        if uri == lastNamespaceURI { return lastNamespace }
        let namespace = XMLNamespace(uri: uri)
        lastNamespaceURI = uri
        lastNamespace = namespace
        return namespace
    }

    /// Resolves a link against a base; an empty base (no document URL) leaves it as it is.
    func resolve(_ reference: String, against base: String) -> String {
        URLResolver.resolve(reference, against: base.isEmpty ? nil : base)
    }

    private func rootStart(_ name: XMLName, _ namespace: XMLNamespace, prefix: UnsafePointer<xmlChar>?) -> RoleStart {
        switch (name, namespace) {
        case ("rss", .none), ("rss", .other):
            format = .rss
        case ("RDF", .rdf):
            format = .rdf
        case ("feed", .atom), ("feed", .atom03), ("feed", .none):
            format = .atom
        default:
            let qualified = prefix.map { String(cString: $0) + ":" + name.string } ?? name.string
            rootError = ParseError("not a feed: root element <\(qualified)>")
            return .other
        }
        feed.format = format ?? .rss
        return RoleStart(.root)
    }

    private static func equal(_ cString: UnsafePointer<xmlChar>, _ bytes: [UInt8]) -> Bool {
        for (offset, byte) in bytes.enumerated() where cString[offset] != byte { return false }
        return cString[bytes.count] == 0
    }
}

extension FeedDocumentReader {
    /// Settles what needs the whole document: the TTL from the syndication module.
    func finishFeed() {
        guard feed.ttl == nil, let period = updatePeriod?.trimmingWhiteSpace.lowercased() else { return }
        let seconds: Double? = switch period {
        case "hourly": 3_600
        case "daily": 86_400
        case "weekly": 604_800
        case "monthly": 2_592_000
        case "yearly": 31_536_000
        default: nil
        }
        guard let seconds else { return }
        let frequency = updateFrequency.flatMap { $0 >= 1 ? $0 : nil } ?? 1
        feed.ttl = seconds / frequency
    }
}
