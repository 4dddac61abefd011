import NewswireModel

/// The base URL of a content fragment, parsed on first use and then reused for every URL in it.
struct ContentBase {
    /// The base as given; nil when there is none.
    let string: String?
    private var parsed: URLReference?
    private var origin: String??

    init(_ string: String?) { self.string = string }

    /// The parsed base (blanks, tabs and newlines removed as browsers do), nil when there is no base.
    mutating func reference() -> URLReference? {
        guard let string else { return nil }
        if let parsed { return parsed }
        let reference = URLCanonicalizer.baseReference(string)
        parsed = reference
        return reference
    }

    /// `scheme://authority` (scheme in lower case) when the base is http(s) with a host, else nil:
    /// what a root-relative path is appended to.
    mutating func httpOrigin() -> String? {
        if let origin { return origin }
        var result = string.flatMap(URLCanonicalizer.plainOrigin)
        if result == nil, let reference = reference(), let scheme = reference.scheme.map({ $0.lowercased() }),
           scheme == "http" || scheme == "https", let authority = reference.authority,
           let parts = Authority(authority), !parts.host.isEmpty {
            result = scheme + "://" + authority
        }
        origin = .some(result)
        return result
    }
}
