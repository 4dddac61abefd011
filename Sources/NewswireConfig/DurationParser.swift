import NewswireModel

/// Reads durations written as a number with a unit: `500ms`, `90s`, `15m`, `1h30m`, `90d`, `1.5h`.
public enum DurationParser {
    /// A duration that could not be read, with the reason.
    public struct Failure: Error, Sendable, Equatable {
        /// What is wrong, ready to follow `invalid duration "…": `.
        public var reason: String

        /// A failure for this reason.
        public init(reason: String) {
            self.reason = reason
        }
    }

    private static let unitSeconds: [(unit: String, seconds: Double)] = [
        ("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("d", 86_400), ("w", 604_800),
    ]

    /// Seconds in `text`; parts add up (`1h30m` is 5400). A bare number has no unit and fails.
    public static func seconds(_ text: String) throws(Failure) -> Double {
        let scalars = Array(text.trimmingASCIIWhitespace().unicodeScalars)
        guard !scalars.isEmpty else { throw Failure(reason: "it is empty") }
        var total = 0.0
        var index = 0
        while index < scalars.count {
            let numberStart = index
            while index < scalars.count, isNumberCharacter(scalars[index]) { index += 1 }
            let number = String(String.UnicodeScalarView(scalars[numberStart..<index]))
            guard let value = Double(number), !number.hasPrefix("."), !number.hasSuffix(".") else {
                throw Failure(reason: "expected a number followed by a unit (ms, s, m, h, d, w), like \"90s\" or \"1h30m\"")
            }
            while index < scalars.count, scalars[index] == " " { index += 1 }
            let unitStart = index
            while index < scalars.count, isLetter(scalars[index]) { index += 1 }
            let unit = String(String.UnicodeScalarView(scalars[unitStart..<index]))
            guard !unit.isEmpty else {
                throw Failure(reason: "the number \(number) has no unit; write \"\(number)s\", \"\(number)m\", \"\(number)h\" or \"\(number)d\"")
            }
            guard let seconds = unitSeconds.first(where: { $0.unit == unit })?.seconds else {
                throw Failure(reason: "unknown unit \"\(unit)\"; use ms, s, m, h, d or w")
            }
            total += value * seconds
            while index < scalars.count, scalars[index] == " " { index += 1 }
        }
        return total
    }

    private static func isLetter(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c)
    }

    private static func isNumberCharacter(_ c: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(c) || c == "."
    }
}
