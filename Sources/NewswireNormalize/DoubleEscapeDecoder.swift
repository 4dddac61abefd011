import CLibXML2

/// Undoes one extra level of escaping in plain-text titles: `&amp;amp;` arrives from the XML
/// parser as `&amp;`, `&amp;#8217;` as `&#8217;`. Only references that name a known entity or a
/// valid character are decoded, so text such as `AT&T` or `&foo;` stays as it is.
enum DoubleEscapeDecoder {
    /// Longest entity name worth looking up (`&thetasym;` is the longest HTML 4 one).
    private static let maximumNameLength = 10

    /// `text` with each known entity or character reference decoded once.
    static func decode(_ text: String) -> String {
        guard UTF8Scan.contains(text, byte: UInt8(ascii: "&")) else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            output += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            let window = rest[afterAmpersand...].prefix(maximumNameLength + 1)
            if let semicolon = window.firstIndex(of: ";"),
               let scalar = scalar(named: rest[afterAmpersand..<semicolon]) {
                output.unicodeScalars.append(scalar)
                rest = rest[rest.index(after: semicolon)...]
            } else {
                output += "&"
                rest = rest[afterAmpersand...]
            }
        }
        output += rest
        return output
    }

    /// The character `#38`, `#x26` or an XML / HTML 4 entity name stands for.
    private static func scalar(named name: Substring) -> Unicode.Scalar? {
        guard let first = name.first else { return nil }
        if first == "#" {
            let digits = name.dropFirst()
            let isHex = digits.first == "x" || digits.first == "X"
            guard let value = UInt32(isHex ? digits.dropFirst() : digits, radix: isHex ? 16 : 10),
                  let scalar = Unicode.Scalar(value), scalar.value >= 0x20 || scalar == "\t" || scalar == "\n" else {
                return nil
            }
            return scalar
        }
        guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
        if name == "apos" { return "'" }
        return String(name).withCString { pointer -> Unicode.Scalar? in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1) { xmlName in
                htmlEntityLookup(xmlName).flatMap { Unicode.Scalar($0.pointee.value) }
            }
        }
    }
}
