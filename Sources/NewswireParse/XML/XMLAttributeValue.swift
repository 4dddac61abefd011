import CLibXML2

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
