/// Resolves URL references against a base URL as RFC 3986 section 5.2 describes: absolute,
/// protocol-relative (`//host/x`), root-relative, path-relative (`a/b.html`, `../x`), query-only
/// and fragment-only references. Characters are kept as they are; canonicalizing is Normalize's job.
public enum URLResolver {
    /// `reference` made absolute against `base` (both trimmed of white space). When `base` is
    /// nil or not absolute, a relative reference comes back unchanged.
    public static func resolve(_ reference: String, against base: String?) -> String {
        let reference = trimmed(reference)
        let ref = URLComponentsRFC3986(reference)
        if ref.scheme != nil {
            return ref.with(path: removeDotSegments(ref.path)).serialized
        }
        guard let base, case let baseParts = URLComponentsRFC3986(trimmed(base)), baseParts.scheme != nil else {
            return reference
        }
        var target = URLComponentsRFC3986(scheme: baseParts.scheme, authority: nil, path: "", query: nil,
                                          fragment: ref.fragment)
        if ref.authority != nil {
            target.authority = ref.authority
            target.path = removeDotSegments(ref.path)
            target.query = ref.query
        } else {
            target.authority = baseParts.authority
            if ref.path.isEmpty {
                target.path = baseParts.path
                target.query = ref.query ?? baseParts.query
            } else {
                target.path = ref.path.hasPrefix("/")
                    ? removeDotSegments(ref.path)
                    : removeDotSegments(merge(base: baseParts, path: ref.path))
                target.query = ref.query
            }
        }
        return target.serialized
    }

    /// Whether `text` is an absolute http or https URL.
    public static func isHTTPURL(_ text: String) -> Bool {
        let lowered = text.prefix(8).lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }

    private static func merge(base: URLComponentsRFC3986, path: String) -> String {
        if base.authority != nil, base.path.isEmpty { return "/" + path }
        guard let slash = base.path.lastIndex(of: "/") else { return path }
        return base.path[...slash] + path
    }

    /// RFC 3986 section 5.2.4, on whole segments.
    static func removeDotSegments(_ path: String) -> String {
        guard path.contains(".") else { return path }
        let isAbsolute = path.hasPrefix("/")
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst(isAbsolute ? 1 : 0)
        var endsInDirectory = false
        for (position, segment) in segments.enumerated() {
            let isLast = position == segments.count - 1
            endsInDirectory = false
            switch segment {
            case ".":
                endsInDirectory = isLast
            case "..":
                if !output.isEmpty { output.removeLast() }
                endsInDirectory = isLast
            default:
                output.append(segment)
            }
        }
        var result = (isAbsolute ? "/" : "") + output.joined(separator: "/")
        if endsInDirectory, !result.hasSuffix("/") { result += "/" }
        return result
    }

    private static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last,
              first.isXMLWhiteSpace || last.isXMLWhiteSpace else { return text }
        let start = utf8.firstIndex { !$0.isXMLWhiteSpace } ?? utf8.endIndex
        let end = utf8.lastIndex { !$0.isXMLWhiteSpace }.map { utf8.index(after: $0) } ?? start
        return start < end ? String(text[start..<end]) : ""
    }
}
