import NewswireModel

/// Resolves URL references against a base URL as RFC 3986 section 5.2 describes: absolute,
/// protocol-relative (`//host/x`), root-relative, path-relative (`a/b.html`, `../x`), query-only
/// and fragment-only references. Characters are kept as they are; canonicalizing is Normalize's job.
public enum URLResolver {
    /// `reference` made absolute against `base` (both trimmed of white space). When `base` is
    /// nil or not absolute, a relative reference comes back unchanged.
    public static func resolve(_ reference: String, against base: String?) -> String {
        let reference = trimmed(reference)
        let baseReference = base.map { URLReference(parsing: trimmed($0)) }
        return URLReference(parsing: reference).resolved(against: baseReference)?.serialized ?? reference
    }

    /// Whether `text` is an absolute http or https URL.
    public static func isHTTPURL(_ text: String) -> Bool {
        let lowered = text.prefix(8).lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
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
