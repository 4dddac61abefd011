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
        // In ASCII every character is one byte, so a byte search finds what a Character search finds,
        // without grapheme breaking (which dominated normalize profiles).
        let ascii = Self.isASCII(raw)
        func firstIndex(in text: Substring, where isDelimiter: (UInt8) -> Bool) -> String.Index? {
            if ascii { return text.utf8.firstIndex(where: isDelimiter) }
            return text.firstIndex { $0.isASCII && isDelimiter($0.asciiValue!) }
        }
        var rest = Substring(raw)
        scheme = nil
        if let colon = firstIndex(in: rest, where: { $0 == 0x3A }), Self.isScheme(rest[..<colon]) {
            scheme = String(rest[..<colon])
            rest = rest[rest.index(after: colon)...]
        }
        authority = nil
        if rest.hasPrefix("//") {
            let afterSlashes = rest.dropFirst(2)
            let end = firstIndex(in: afterSlashes, where: { $0 == 0x2F || $0 == 0x3F || $0 == 0x23 })
                ?? afterSlashes.endIndex
            authority = String(afterSlashes[..<end])
            rest = afterSlashes[end...]
        }
        fragment = nil
        if let hash = firstIndex(in: rest, where: { $0 == 0x23 }) {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        query = nil
        if let mark = firstIndex(in: rest, where: { $0 == 0x3F }) {
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
    /// as they are except the scheme, which comes out in lower case (its canonical form, section 3.1:
    /// `httPs://x` is `https://x`). Nil when this reference is relative and the base is nil or has no scheme.
    public func resolved(against base: URLReference?) -> URLReference? {
        if let scheme {
            return URLReference(scheme: scheme.lowercased(), authority: authority, path: Self.removeDotSegments(path),
                                query: query, fragment: fragment)
        }
        guard let base, base.scheme != nil else { return nil }
        var target = URLReference(scheme: base.scheme?.lowercased(), authority: base.authority, path: "", query: query,
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
        // The rules only fire on a `.` that starts the path or follows a `/`; without one, every
        // segment is moved over as it is.
        guard path.utf8.first == 0x2E || containsSlashDot(path) else { return path }
        if isASCII(path) { return removeDotSegments(ascii: Array(path.utf8)) }
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

    /// True when `path` holds the bytes `/.`.
    private static func containsSlashDot(_ path: String) -> Bool {
        var previous: UInt8 = 0
        for byte in path.utf8 {
            if previous == 0x2F && byte == 0x2E { return true }
            previous = byte
        }
        return false
    }

    /// True when every byte of `text` is ASCII; over the contiguous bytes when there are some (the
    /// generic view walk showed in profiles).
    static func isASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var combined: UInt8 = 0
            for byte in bytes { combined |= byte }
            return combined < 0x80
        } ?? text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// `removeDotSegments` over the bytes of an ASCII path, where bytes and characters coincide.
    private static func removeDotSegments(ascii input: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var i = 0
        func startsWith(_ prefix: StaticString) -> Bool {
            let count = prefix.utf8CodeUnitCount
            guard input.count - i >= count else { return false }
            return prefix.withUTF8Buffer { bytes in (0..<count).allSatisfy { input[i + $0] == bytes[$0] } }
        }
        func restIs(_ text: StaticString) -> Bool { input.count - i == text.utf8CodeUnitCount && startsWith(text) }
        func dropLastSegment() {
            if let slash = output.lastIndex(of: 0x2F) { output.removeSubrange(slash...) } else { output.removeAll() }
        }
        while i < input.count {
            if startsWith("../") {
                i += 3
            } else if startsWith("./") || startsWith("/./") {
                i += 2
            } else if restIs("/.") {
                output.append(0x2F)
                i = input.count
            } else if startsWith("/../") {
                i += 3
                dropLastSegment()
            } else if restIs("/..") {
                dropLastSegment()
                output.append(0x2F)
                i = input.count
            } else if restIs(".") || restIs("..") {
                i = input.count
            } else {
                let searchStart = input[i] == 0x2F ? i + 1 : i
                let end = input[searchStart...].firstIndex(of: 0x2F) ?? input.count
                output += input[i..<end]
                i = end
            }
        }
        return String(decoding: output, as: UTF8.self)
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
