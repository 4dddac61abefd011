import CLibXML2
import Glibc

/// The namespaces feed readers look at; every other URI is `.other`.
enum XMLNamespace: Sendable, Equatable {
    case none, atom, atom03, rss10, rss090, rdf, dublinCore, dcTerms, content, feedburner, media, iTunes, syndication, xhtml, xml
    case other

    private static let known: [(StaticString, XMLNamespace)] = [
        ("http://www.w3.org/2005/Atom", .atom),
        ("http://purl.org/dc/elements/1.1/", .dublinCore),
        ("http://purl.org/dc/terms/", .dcTerms),
        ("http://purl.org/rss/1.0/modules/content/", .content),
        ("http://purl.org/rss/1.0/", .rss10),
        ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", .rdf),
        ("http://search.yahoo.com/mrss/", .media),
        ("http://search.yahoo.com/mrss", .media),
        ("http://purl.org/rss/1.0/modules/syndication/", .syndication),
        ("http://www.itunes.com/DTDs/Podcast-1.0.dtd", .iTunes),
        ("http://www.w3.org/1999/xhtml", .xhtml),
        ("http://www.itunes.com/dtds/podcast-1.0.dtd", .iTunes),
        ("http://rssnamespace.org/feedburner/ext/1.0", .feedburner),
        ("http://purl.org/atom/ns#", .atom03),
        ("http://my.netscape.com/rdf/simple/0.9/", .rss090),
        ("http://www.w3.org/XML/1998/namespace", .xml),
    ]

    /// The namespace a URI from libxml2 names, compared byte by byte without making a String;
    /// the length picks the one or two candidates worth comparing.
    init(uri: UnsafePointer<xmlChar>?) {
        guard let uri else {
            self = .none
            return
        }
        let length = strlen(UnsafeRawPointer(uri).assumingMemoryBound(to: CChar.self))
        for (name, namespace) in Self.known where name.utf8CodeUnitCount == length && CStringBytes.equal(uri, name) {
            self = namespace
            return
        }
        self = .other
    }

    /// Whether elements in this namespace are plain RSS elements (RSS 0.9x/2.0 have none,
    /// RSS 0.90 and 1.0 have their own).
    var isRSSCore: Bool { self == .none || self == .rss10 || self == .rss090 }

    /// Whether elements in this namespace are Atom elements (1.0, or the 0.3 draft).
    var isAtom: Bool { self == .atom || self == .atom03 }
}
