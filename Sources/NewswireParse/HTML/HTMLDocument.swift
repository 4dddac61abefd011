import CLibXML2
import Foundation

/// An HTML page parsed by libxml2's HTML parser (recover mode, no network); owns the libxml2 tree.
/// Not `Sendable`: a document lives inside the one extraction that made it.
public final class HTMLDocument {
    let pointer: htmlDocPtr
    /// The page's address (after redirects).
    public let url: String

    /// Parses `utf8` (already converted to UTF-8 by the charset decoder) as HTML; nil only when
    /// libxml2 produces no tree at all (empty input).
    public init?(utf8: Data, url: String) {
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_COMPACT.rawValue)
        _ = Self.libraryInitialization
        // The explicit "UTF-8" keeps libxml2 from switching to a `<meta charset>` the page declares
        // (the bytes were converted already; decoding them again would make mojibake).
        let parsed = utf8.withUnsafeBytes { raw -> htmlDocPtr? in
            guard let base = raw.baseAddress, raw.count > 0 else { return nil }
            return htmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), url, "UTF-8", options)
        }
        guard let parsed else { return nil }
        pointer = parsed
        self.url = url
    }

    deinit { xmlFreeDoc(pointer) }

    /// libxml2 must be initialized once before documents are parsed on several threads.
    private static let libraryInitialization: Void = xmlInitParser()

    /// The `<html>` element (libxml2 adds one when the page has none).
    public var root: HTMLNode? { xmlDocGetRootElement(pointer).map(HTMLNode.init) }

    /// The base for relative links: `<base href>` resolved against the page URL, else the page URL.
    public var baseURL: String {
        guard let base = root.flatMap({ HTMLQuery.first("base[href]", in: $0) })?.attribute("href"),
              !base.isEmpty else { return url }
        return URLResolver.resolve(base, against: url)
    }

    /// `reference` resolved against `baseURL`; protocol-relative `//host/x` takes the page's scheme.
    public func resolve(_ reference: String) -> String {
        URLResolver.resolve(reference, against: baseURL)
    }

    /// Detaches and frees every element `selectors` match (used for `remove`).
    public func remove(matching selectors: [CSSSelectorList]) {
        guard let root else { return }
        removeTopmost(selectors.flatMap { CSSSelectorEngine.select($0, in: root, document: self) }
            .filter { $0.isElement && $0.pointer != root.pointer })
    }

    /// Detaches and frees `nodes`, skipping those inside another one (freed with it).
    func removeTopmost(_ nodes: [HTMLNode]) {
        let doomed = Set(nodes.map { UnsafeMutableRawPointer($0.pointer) })
        let topmost = nodes.filter { node in
            var ancestor = node.pointer.pointee.parent
            while let current = ancestor {
                if doomed.contains(UnsafeMutableRawPointer(current)) { return false }
                ancestor = current.pointee.parent
            }
            return true
        }
        var freed: Set<UnsafeMutableRawPointer> = []
        for node in topmost where freed.insert(UnsafeMutableRawPointer(node.pointer)).inserted {
            xmlUnlinkNode(node.pointer)
            xmlFreeNode(node.pointer)
        }
    }
}
