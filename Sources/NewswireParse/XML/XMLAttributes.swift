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

/// Decodes what libxml2 leaves in attribute values when it does not replace entities: `&#38;`
/// for `&`, other character references, and undeclared (HTML) entity references.
enum XMLAttributeValue {
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.contains(0x26) else { return String(decoding: bytes, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x26, let semicolon = bytes[index...].prefix(34).firstIndex(of: 0x3B),
               let scalar = EntityNames.scalar(named: bytes[(index + 1)..<semicolon]) {
                output.append(contentsOf: Array(String(Character(scalar)).utf8))
                index = semicolon + 1
            } else {
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}

/// Character references and entity names: the XML predefined ones and HTML 4's.
enum EntityNames {
    /// The scalar `#38`, `#x26`, `amp` or an HTML entity name denotes, without `&` and `;`.
    static func scalar(named name: Slice<UnsafeBufferPointer<UInt8>>) -> Unicode.Scalar? {
        guard let first = name.first else { return nil }
        if first == 0x23 { // #
            let digits = name.dropFirst()
            let isHex = digits.first == 0x78 || digits.first == 0x58
            let text = String(decoding: isHex ? digits.dropFirst() : digits, as: UTF8.self)
            guard !text.isEmpty, text.count <= 8, let value = UInt32(text, radix: isHex ? 16 : 10) else { return nil }
            return Unicode.Scalar(value)
        }
        guard name.count < 32 else { return nil }
        var nulTerminated = Array(name)
        nulTerminated.append(0)
        return nulTerminated.withUnsafeBufferPointer { buffer -> Unicode.Scalar? in
            guard let base = buffer.baseAddress else { return nil }
            if let predefined = xmlGetPredefinedEntity(base), let content = predefined.pointee.content {
                return Unicode.Scalar(content.pointee)
            }
            guard let entity = htmlEntityLookup(base) else { return nil }
            return Unicode.Scalar(entity.pointee.value)
        }
    }
}
