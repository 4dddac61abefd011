import Foundation

/// A growing UTF-8 byte buffer with the few writing operations the renderers share.
struct XMLOutput {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends literal markup written by the renderer itself.
    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends caller-supplied markup verbatim, minus characters illegal in XML.
    mutating func markup(_ s: String) {
        XMLEscaper.appendMarkup(s, to: &bytes)
    }

    /// Appends escaped element content.
    mutating func text(_ s: String) {
        XMLEscaper.appendText(s, to: &bytes)
    }

    /// Appends ` name="value"` with the value escaped.
    mutating func attribute(_ name: StaticString, _ value: String) {
        bytes.append(0x20)
        raw(name)
        raw("=\"")
        XMLEscaper.appendAttribute(value, to: &bytes)
        bytes.append(0x22)
    }

    /// Appends a date as RFC 3339 UTC.
    mutating func date(_ date: Date) {
        RFC3339.append(date, to: &bytes)
    }

    /// Appends `<name>escaped text</name>` preceded by `indent`.
    mutating func element(_ indent: StaticString, _ name: StaticString, text value: String) {
        raw(indent)
        raw("<")
        raw(name)
        raw(">")
        text(value)
        raw("</")
        raw(name)
        raw(">\n")
    }

    /// Appends `<name>date</name>` preceded by `indent`.
    mutating func element(_ indent: StaticString, _ name: StaticString, date value: Date) {
        raw(indent)
        raw("<")
        raw(name)
        raw(">")
        date(value)
        raw("</")
        raw(name)
        raw(">\n")
    }

    /// Appends what `other` holds.
    mutating func append(_ other: XMLOutput) {
        bytes.append(contentsOf: other.bytes)
    }

    /// Empties the buffer, keeping its capacity for the next use.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// The bytes as `Data`.
    var data: Data { Data(bytes) }
}
