import NewswireModel
import TOMLKit

/// One TOML table of the config with typed accessors; each wrong value becomes a diagnostic
/// at the value's position and reads as nil.
struct ConfigTable {
    let table: TOMLTable
    /// Locator path: `""`, `site`, `source[0].html`.
    let path: String
    /// How messages name the table: `[site]`, `[[source]]`, `[source.html]`; empty at the top level.
    let displayName: String
    let diagnostics: DiagnosticCollector

    var headerPosition: TextPosition { diagnostics.locator.keyPosition(path) }

    func keyPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
    func keyPosition(_ key: String) -> TextPosition { diagnostics.locator.keyPosition(keyPath(key)) }
    func valuePosition(_ key: String) -> TextPosition { diagnostics.locator.valuePosition(keyPath(key)) }

    func contains(_ key: String) -> Bool { table[key] != nil }

    /// Reports every key not in `allowed`, with a suggestion when one is close.
    func rejectUnknownKeys(allowed: [String]) {
        let place = displayName.isEmpty ? "" : " in \(displayName)"
        for key in table.keys where !allowed.contains(key) {
            diagnostics.error(at: keyPosition(key),
                              "unknown key '\(key)'\(place)\(SpellingSuggestion.hint(for: key, in: allowed))")
        }
    }

    func string(_ key: String) -> String? {
        guard let value = table[key] else { return nil }
        guard let string = value.string else { return wrongType(key, value, expected: "a string") }
        return string
    }

    func bool(_ key: String) -> Bool? {
        guard let value = table[key] else { return nil }
        guard let bool = value.bool else { return wrongType(key, value, expected: "a boolean (true or false)") }
        return bool
    }

    func int(_ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let value = table[key] else { return nil }
        guard let int = value.int else { return wrongType(key, value, expected: "an integer") }
        guard range.contains(int) else {
            let bounds = range.upperBound == Int.max
                ? "at least \(range.lowerBound)" : "between \(range.lowerBound) and \(range.upperBound)"
            diagnostics.error(at: valuePosition(key), "'\(key)' must be \(bounds), found \(int)")
            return nil
        }
        return int
    }

    func stringArray(_ key: String) -> [String]? {
        guard let value = table[key] else { return nil }
        guard let array = value.array else { return wrongType(key, value, expected: "an array of strings") }
        var strings: [String] = []
        var valid = true
        for (index, element) in array.enumerated() {
            if let string = element.string {
                strings.append(string)
            } else {
                valid = false
                diagnostics.error(at: diagnostics.locator.valuePosition("\(keyPath(key))[\(index)]"),
                                  "expected a string in '\(key)', found \(Self.describe(element.type))")
            }
        }
        return valid ? strings : nil
    }

    /// Seconds from a duration string; `positive` rejects zero.
    func duration(_ key: String, positive: Bool = true) -> Double? {
        guard let value = table[key] else { return nil }
        guard let text = value.string else {
            if value.type == .int || value.type == .double {
                let number = value.int.map(String.init) ?? value.double.map { "\($0)" } ?? "?"
                diagnostics.error(at: valuePosition(key),
                                  "expected a duration string for '\(key)', found a number; write it with a unit, like \"\(number)s\"")
                return nil
            }
            return wrongType(key, value, expected: "a duration string like \"15m\"")
        }
        do {
            let seconds = try DurationParser.seconds(text)
            if positive && seconds <= 0 {
                diagnostics.error(at: valuePosition(key), "'\(key)' must be longer than zero")
                return nil
            }
            return seconds
        } catch {
            diagnostics.error(at: valuePosition(key), "invalid duration \"\(text)\" for '\(key)': \(error.reason)")
            return nil
        }
    }

    /// Bytes from a size string, or an integer count of bytes.
    func byteSize(_ key: String) -> Int? {
        guard let value = table[key] else { return nil }
        let bytes: Int
        if let int = value.int {
            bytes = int
        } else if let text = value.string {
            do {
                bytes = try ByteSizeParser.bytes(text)
            } catch {
                diagnostics.error(at: valuePosition(key), "invalid size \"\(text)\" for '\(key)': \(error.reason)")
                return nil
            }
        } else {
            return wrongType(key, value, expected: "a size like \"10MB\"")
        }
        guard bytes >= 1 else {
            diagnostics.error(at: valuePosition(key), "'\(key)' must be at least 1 byte")
            return nil
        }
        return bytes
    }

    /// A fraction in 0...1, written `"10%"` or `0.1`.
    func fraction(_ key: String) -> Double? {
        guard let value = table[key] else { return nil }
        let fraction: Double
        if let number = value.double ?? value.int.map(Double.init) {
            fraction = number
        } else if let text = value.string {
            let trimmed = text.trimmingASCIIWhitespace()
            guard trimmed.hasSuffix("%"), let percent = Double(trimmed.dropLast().trimmingASCIIWhitespace()) else {
                diagnostics.error(at: valuePosition(key),
                                  "invalid fraction \"\(text)\" for '\(key)': write a percentage like \"10%\" or a number like 0.1")
                return nil
            }
            fraction = percent / 100
        } else {
            return wrongType(key, value, expected: "a percentage like \"10%\" or a number like 0.1")
        }
        guard (0...1).contains(fraction) else {
            diagnostics.error(at: valuePosition(key), "'\(key)' must be between 0% and 100%")
            return nil
        }
        return fraction
    }

    /// The sub-table at `key`, or nil (with a diagnostic when it is something else).
    func subtable(_ key: String, displayName: String) -> ConfigTable? {
        guard let value = table[key] else { return nil }
        guard let table = value.table else { return wrongType(key, value, expected: "a table (\(displayName))") }
        return ConfigTable(table: table, path: keyPath(key), displayName: displayName, diagnostics: diagnostics)
    }

    /// The tables of an array of tables (`[[source]]`), or nil (with a diagnostic when it is something else).
    func tableArray(_ key: String, displayName: String) -> [ConfigTable]? {
        guard let value = table[key] else { return nil }
        guard let array = value.array else { return wrongType(key, value, expected: "an array of tables (\(displayName))") }
        var tables: [ConfigTable] = []
        for (index, element) in array.enumerated() {
            let elementPath = "\(keyPath(key))[\(index)]"
            guard let table = element.table else {
                diagnostics.error(at: diagnostics.locator.valuePosition(elementPath),
                                  "expected a table in '\(key)', found \(Self.describe(element.type))")
                continue
            }
            tables.append(ConfigTable(table: table, path: elementPath, displayName: displayName, diagnostics: diagnostics))
        }
        return tables
    }

    private func wrongType<T>(_ key: String, _ value: any TOMLValueConvertible, expected: String) -> T? {
        diagnostics.error(at: valuePosition(key), "expected \(expected) for '\(key)', found \(Self.describe(value.type))")
        return nil
    }

    static func describe(_ type: TOMLType) -> String {
        switch type {
        case .table: "a table"
        case .array: "an array"
        case .string: "a string"
        case .int: "an integer"
        case .double: "a float"
        case .bool: "a boolean"
        case .date: "a date"
        case .time: "a time"
        case .dateTime: "a date-time"
        }
    }
}
