import CLibXML2

/// The attributes libxml2 hands to `startElementNs`: five pointers each (local name, prefix,
/// namespace URI, value start, value end); values are not NUL-terminated.
struct XMLAttributes {
    let pointers: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let count: Int

    /// The decoded value of the attribute `localName` in `namespace` (`.none`: unprefixed).
    func value(_ localName: StaticString, namespace: XMLNamespace = .none) -> String? {
        guard let pointers else { return nil }
        for index in 0..<count {
            let entry = pointers + index * 5
            guard let name = entry[0], CStringBytes.equal(name, localName) else { continue }
            guard XMLNamespace(uri: entry[2]) == namespace else { continue }
            return XMLAttributeValue.decode(valueBytes(entry))
        }
        return nil
    }

    /// Calls `body` with each attribute's prefix, local name and decoded value, in order.
    func forEach(_ body: (_ prefix: UnsafePointer<xmlChar>?, _ localName: UnsafePointer<xmlChar>, _ value: String) -> Void) {
        guard let pointers else { return }
        for index in 0..<count {
            let entry = pointers + index * 5
            guard let name = entry[0] else { continue }
            body(entry[1], name, XMLAttributeValue.decode(valueBytes(entry)))
        }
    }

    private func valueBytes(_ entry: UnsafeMutablePointer<UnsafePointer<xmlChar>?>) -> UnsafeBufferPointer<UInt8> {
        guard let start = entry[3], let end = entry[4], end >= start else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: start, count: end - start)
    }
}
