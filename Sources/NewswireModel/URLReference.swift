/// An RFC 3986 URI reference split into the five components of appendix B, with reference
/// resolution (section 5.2); an absent component is nil (an empty query `?` is present and empty).
public struct URLReference: Sendable, Equatable {
    /// The scheme as written, without its colon; nil for a relative reference.
    public var scheme: String?
    /// The authority (`userinfo@host:port`) without its leading `//`; nil when there is none.
    public var authority: String?
    /// The path as written, possibly empty.
    public var path: String
    /// The query without its `?`.
    public var query: String?
    /// The fragment without its `#`.
    public var fragment: String?

    /// Splits a reference; never fails (every string is a relative reference at worst).
    public init(parsing raw: String) {
        var rest = Substring(raw)
        scheme = nil
        if let colon = rest.firstIndex(of: ":"), Self.isScheme(rest[..<colon]) {
            scheme = String(rest[..<colon])
            rest = rest[rest.index(after: colon)...]
        }
        authority = nil
        if rest.hasPrefix("//") {
            let afterSlashes = rest.dropFirst(2)
            let end = afterSlashes.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? afterSlashes.endIndex
            authority = String(afterSlashes[..<end])
            rest = afterSlashes[end...]
        }
        fragment = nil
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        query = nil
        if let mark = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: mark)...])
            rest = rest[..<mark]
        }
        path = String(rest)
    }

    /// A reference from its components, taken as they are.
    public init(scheme: String?, authority: String?, path: String, query: String?, fragment: String?) {
        self.scheme = scheme
        self.authority = authority
        self.path = path
        self.query = query
        self.fragment = fragment
    }

    /// The reference written back as a string (RFC 3986 section 5.3).
    public var serialized: String {
        var out = ""
        if let scheme { out += scheme + ":" }
        if let authority { out += "//" + authority }
        out += path
        if let query { out += "?" + query }
        if let fragment { out += "#" + fragment }
        return out
    }

    /// This reference resolved against an absolute base (RFC 3986 section 5.2.2); characters are kept
    /// as they are. Nil when this reference is relative and the base is nil or has no scheme.
    public func resolved(against base: URLReference?) -> URLReference? {
        if scheme != nil {
            return URLReference(scheme: scheme, authority: authority, path: Self.removeDotSegments(path),
                                query: query, fragment: fragment)
        }
        guard let base, base.scheme != nil else { return nil }
        var target = URLReference(scheme: base.scheme, authority: base.authority, path: "", query: query,
                                  fragment: fragment)
        if authority != nil {
            target.authority = authority
            target.path = Self.removeDotSegments(path)
        } else if path.isEmpty {
            target.path = base.path
            target.query = query ?? base.query
        } else if path.hasPrefix("/") {
            target.path = Self.removeDotSegments(path)
        } else {
            target.path = Self.removeDotSegments(Self.merge(base: base, relativePath: path))
        }
        return target
    }

    /// RFC 3986 section 5.2.3.
    private static func merge(base: URLReference, relativePath: String) -> String {
        if base.authority != nil && base.path.isEmpty { return "/" + relativePath }
        guard let slash = base.path.lastIndex(of: "/") else { return relativePath }
        return base.path[...slash] + relativePath
    }

    /// `path` without `.` and `..` segments, by the algorithm of RFC 3986 section 5.2.4.
    public static func removeDotSegments(_ path: String) -> String {
        guard path.contains(".") else { return path }
        var input = Substring(path)
        var output = ""
        func dropLastSegment() {
            if let slash = output.lastIndex(of: "/") { output = String(output[..<slash]) } else { output = "" }
        }
        while !input.isEmpty {
            if input.hasPrefix("../") {
                input = input.dropFirst(3)
            } else if input.hasPrefix("./") {
                input = input.dropFirst(2)
            } else if input.hasPrefix("/./") {
                input = input.dropFirst(2)
            } else if input == "/." {
                input = "/"
            } else if input.hasPrefix("/../") {
                input = input.dropFirst(3)
                dropLastSegment()
            } else if input == "/.." {
                input = "/"
                dropLastSegment()
            } else if input == "." || input == ".." {
                input = ""
            } else {
                let searchStart = input.hasPrefix("/") ? input.index(after: input.startIndex) : input.startIndex
                let end = input[searchStart...].firstIndex(of: "/") ?? input.endIndex
                output += input[..<end]
                input = input[end...]
            }
        }
        return output
    }

    /// `ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`, which also keeps `C:` drive letters and
    /// `a/b:c` paths from being read as schemes when a slash comes first.
    private static func isScheme(_ candidate: Substring) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        guard let first = candidate.utf8.first, isLetter(first) else { return false }
        return candidate.utf8.allSatisfy {
            isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E
        }
    }
}
