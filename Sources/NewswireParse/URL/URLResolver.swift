import NewswireModel

/// Resolves URL references against a base URL as RFC 3986 section 5.2 describes: absolute,
/// protocol-relative (`//host/x`), root-relative, path-relative (`a/b.html`, `../x`), query-only
/// and fragment-only references. Characters are kept as they are; canonicalizing is Normalize's job.
public enum URLResolver {
    /// `reference` made absolute against `base` (both trimmed of white space). When `base` is
    /// nil or not absolute, a relative reference comes back unchanged.
    public static func resolve(_ reference: String, against base: String?) -> String {
        let reference = reference.trimmingASCIIWhitespace()
        let parsed = URLReference(parsing: reference)
        // An absolute reference ignores the base: parse that only for relative ones.
        let baseReference = parsed.scheme != nil ? nil : base.map { URLReference(parsing: $0.trimmingASCIIWhitespace()) }
        return parsed.resolved(against: baseReference)?.serialized ?? reference
    }

    /// Whether `text` is an absolute http or https URL.
    public static func isHTTPURL(_ text: String) -> Bool {
        let lowered = text.prefix(8).lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }
}
