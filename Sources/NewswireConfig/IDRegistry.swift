/// The ids of sources and feeds seen so far, which share one namespace.
struct IDRegistry {
    struct Owner {
        /// `source` or `feed`.
        var kind: String
        /// Locator path of its `id` value, resolved to a line only for a duplicate's message.
        var path: String
    }

    private var owners: [String: Owner] = [:]

    /// `[a-z0-9][a-z0-9_-]*`.
    static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, isLowerAlphanumeric(first) else { return false }
        return id.unicodeScalars.allSatisfy { isLowerAlphanumeric($0) || $0 == "_" || $0 == "-" }
    }

    /// Records `id`; returns the earlier owner when it was taken.
    mutating func claim(_ id: String, kind: String, path: String) -> Owner? {
        if let owner = owners[id] { return owner }
        owners[id] = Owner(kind: kind, path: path)
        return nil
    }

    private static func isLowerAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("0"..."9").contains(c)
    }
}
