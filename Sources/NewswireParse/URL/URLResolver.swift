import NewswireModel

/// Resolves URL references against a base URL as RFC 3986 section 5.2 describes: absolute,
/// protocol-relative (`//host/x`), root-relative, path-relative (`a/b.html`, `../x`), query-only
/// and fragment-only references. Characters are kept as they are; canonicalizing is Normalize's job.
public enum URLResolver {
    /// `reference` made absolute against `base` (both trimmed of white space). When `base` is
    /// nil or not absolute, a relative reference comes back unchanged.
    public static func resolve(_ reference: String, against base: String?) -> String {
        let reference = hasEdgeWhiteSpace(reference) ? reference.trimmingASCIIWhitespace() : reference
        // An absolute http(s) URL without dot segments resolves to itself (the usual item link).
        if isPlainHTTPURL(reference) { return reference }
        let parsed = URLReference(parsing: reference)
        // An absolute reference ignores the base: parse that only for relative ones.
        let baseReference = parsed.scheme != nil ? nil : base.map { URLReference(parsing: $0.trimmingASCIIWhitespace()) }
        return parsed.resolved(against: baseReference)?.serialized ?? reference
    }

    /// True for `http://` or `https://` (as written) with no `/.` anywhere, so no dot segment in its path.
    private static func isPlainHTTPURL(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard hasPrefix(bytes, "https://") || hasPrefix(bytes, "http://") else { return false }
            var previous: UInt8 = 0
            for byte in bytes {
                if previous == UInt8(ascii: "/"), byte == UInt8(ascii: ".") { return false }
                previous = byte
            }
            return true
        }
    }

    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        bytes.count >= prefix.utf8CodeUnitCount
            && (0..<prefix.utf8CodeUnitCount).allSatisfy { bytes[$0] == prefix.utf8Start[$0] }
    }

    /// Whether the first or last byte is XML white space (only then is there anything to trim).
    private static func hasEdgeWhiteSpace(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last else { return false }
        return first.isXMLWhiteSpace || last.isXMLWhiteSpace
    }

    /// Whether `text` is an absolute http or https URL.
    public static func isHTTPURL(_ text: String) -> Bool {
        let lowered = text.prefix(8).lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }
}
