import NewswireModel

/// Decides which URLs inside content are safe and makes them absolute.
enum ContentURLPolicy {
    private static let imageDataPrefixes = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]

    /// A safe absolute form of a URL attribute value, or nil when it must go.
    ///
    /// Only http, https and mailto survive (and inline raster images when `allowsImageData`).
    /// The scheme is judged with every blank and control character removed, so `jav&#x09;ascript:`
    /// and ` javascript:` are caught; anything before a `:` that is not an allowed scheme is refused.
    static func safeURL(_ raw: String, base: String?, allowsImageData: Bool = false) -> String? {
        var contentBase = ContentBase(base)
        return safeURL(raw, base: &contentBase, allowsImageData: allowsImageData)
    }

    /// `safeURL(_:base:allowsImageData:)` with a base parsed once for many URLs.
    static func safeURL(_ raw: String, base: inout ContentBase, allowsImageData: Bool = false) -> String? {
        let compact = raw.utf8.contains(where: { $0 <= 0x20 || $0 == 0x7F })
            ? String(String.UnicodeScalarView(raw.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }))
            : raw
        guard !compact.isEmpty else { return nil }
        // In ASCII, bytes are characters: search them without grapheme breaking.
        let schemeEnd = UTF8Scan.isASCII(compact)
            ? compact.utf8.firstIndex { $0 == 0x3A || $0 == 0x2F || $0 == 0x3F || $0 == 0x23 }
            : compact.firstIndex { $0 == ":" || $0 == "/" || $0 == "?" || $0 == "#" }
        if let schemeEnd, compact[schemeEnd] == ":" {
            let scheme = compact[..<schemeEnd].lowercased()
            switch scheme {
            case "http", "https":
                return URLCanonicalizer.resolve(raw, base: &base)
            case "mailto":
                return URLPercentEncoding.encodeInvalid(raw.trimmingURLBlanks(), alsoEncoding: "#")
            case "data":
                let lowered = compact.lowercased()
                let isImage = imageDataPrefixes.contains { prefix in
                    lowered.hasPrefix(prefix + ";") || lowered.hasPrefix(prefix + ",")
                }
                return allowsImageData && isImage ? compact : nil
            default:
                return nil
            }
        }
        guard base.string != nil else { return relativeReference(raw) }
        guard let absolute = URLCanonicalizer.resolve(raw, base: &base), URLCanonicalizer.isHTTP(absolute) else {
            return nil
        }
        return absolute
    }

    /// A relative reference kept as it is, percent-encoded; a colon in its first segment
    /// (`a#b:c` becomes `a%23b:c`) would make it read as a scheme, so it gets a `./` (RFC 3986 §4.2).
    private static func relativeReference(_ raw: String) -> String {
        let encoded = URLPercentEncoding.encodeInvalid(raw.trimmingURLBlanks(), alsoEncoding: "#")
        let firstSegment = encoded.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return firstSegment.contains(":") ? "./" + encoded : encoded
    }

    /// A `srcset` with every candidate URL made safe and absolute; unsafe candidates are dropped.
    static func safeSrcset(_ raw: String, base: String?) -> String? {
        var contentBase = ContentBase(base)
        return safeSrcset(raw, base: &contentBase)
    }

    /// `safeSrcset(_:base:)` with a base parsed once for many URLs.
    static func safeSrcset(_ raw: String, base: inout ContentBase) -> String? {
        var candidates: [String] = []
        for candidate in SrcsetParser.candidates(raw) {
            // Browsers drop a candidate with an invalid descriptor; passing one on would let text such as
            // `(x, javascript:…` reach readers that split srcset on commas.
            guard candidate.descriptor.split(separator: " ").allSatisfy(isValidDescriptor),
                  let url = safeURL(candidate.url, base: &base) else { continue }
            candidates.append(candidate.descriptor.isEmpty ? url : url + " " + candidate.descriptor)
        }
        return candidates.isEmpty ? nil : candidates.joined(separator: ", ")
    }

    /// `1.5x`, `640w`, `480h`: a number and a unit, as the HTML standard allows in a srcset.
    private static func isValidDescriptor(_ word: Substring) -> Bool {
        guard let unit = word.last, "wxh".contains(unit) else { return false }
        let number = word.dropLast()
        return !number.isEmpty && number.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
    }
}

/// Splits a `srcset` into candidates the way the HTML standard does: a URL, then descriptors up to a comma.
enum SrcsetParser {
    /// The candidates of a `srcset` value, in order.
    static func candidates(_ srcset: String) -> [(url: String, descriptor: String)] {
        var result: [(url: String, descriptor: String)] = []
        let scalars = Array(srcset.unicodeScalars)
        var index = 0
        func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar.value <= 0x20 }
        while index < scalars.count {
            while index < scalars.count, isBlank(scalars[index]) || scalars[index] == "," { index += 1 }
            guard index < scalars.count else { break }
            let urlStart = index
            while index < scalars.count, !isBlank(scalars[index]) { index += 1 }
            var urlScalars = scalars[urlStart..<index]
            var descriptor = ""
            if urlScalars.last == "," {
                while urlScalars.last == "," { urlScalars = urlScalars.dropLast() }
            } else {
                var depth = 0
                while index < scalars.count {
                    let scalar = scalars[index]
                    if scalar == "(" { depth += 1 } else if scalar == ")" { depth = max(0, depth - 1) }
                    if scalar == ",", depth == 0 { index += 1; break }
                    descriptor.unicodeScalars.append(scalar)
                    index += 1
                }
            }
            let url = String(String.UnicodeScalarView(urlScalars))
            let words = descriptor.split(whereSeparator: { $0.isWhitespace })
            if !url.isEmpty { result.append((url, words.joined(separator: " "))) }
        }
        return result
    }
}
