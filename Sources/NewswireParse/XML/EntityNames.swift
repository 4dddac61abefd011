import CLibXML2

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
