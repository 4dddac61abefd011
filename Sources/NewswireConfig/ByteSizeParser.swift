import NewswireModel

/// Reads sizes written as `1024`, `512B`, `512KB`, `10MB`, `1GB` (powers of 1000) or `10KiB`, `10MiB`, `1GiB` (powers of 1024).
public enum ByteSizeParser {
    /// A size that could not be read, with the reason.
    public struct Failure: Error, Sendable, Equatable {
        /// What is wrong, ready to follow `invalid size "…": `.
        public var reason: String

        /// A failure for this reason.
        public init(reason: String) {
            self.reason = reason
        }
    }

    private static let unitBytes: [String: Double] = [
        "": 1, "b": 1,
        "kb": 1e3, "mb": 1e6, "gb": 1e9,
        "kib": 1024, "mib": 1_048_576, "gib": 1_073_741_824,
    ]

    /// Bytes in `text`; units are case-insensitive and may follow a space (`10 MB`).
    public static func bytes(_ text: String) throws(Failure) -> Int {
        let trimmed = text.trimmingASCIIWhitespace()
        let numberEnd = trimmed.firstIndex(where: { !($0.isASCII && ($0.isNumber || $0 == ".")) }) ?? trimmed.endIndex
        let number = String(trimmed[..<numberEnd])
        let unit = trimmed[numberEnd...].trimmingASCIIWhitespace().lowercased()
        guard let value = Double(number), !number.hasPrefix("."), !number.hasSuffix(".") else {
            throw Failure(reason: "expected a number with an optional unit (B, KB, MB, GB, KiB, MiB, GiB), like \"10MB\"")
        }
        guard let multiplier = unitBytes[unit] else {
            throw Failure(reason: "unknown unit \"\(trimmed[numberEnd...].trimmingASCIIWhitespace())\"; use B, KB, MB, GB, KiB, MiB or GiB")
        }
        let bytes = (value * multiplier).rounded()
        guard bytes < Double(Int.max) else { throw Failure(reason: "it is too large") }
        return Int(bytes)
    }
}
