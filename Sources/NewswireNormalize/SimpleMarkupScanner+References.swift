import CLibXML2

extension SimpleMarkupScanner {
    /// Longest entity name looked up (`&thetasym;` is the longest HTML 4 one).
    private static let maximumNameLength = 10

    /// What libxml2's HTML parser reads at an `&`.
    enum Reference {
        /// A reference to one character, `length` bytes long.
        case character(Unicode.Scalar, length: Int)
        /// An `&` that stands for itself: no name follows, or one that is not a known entity ended
        /// by `;` (libxml2 then reports `&` and the name as they are).
        case ampersand
    }

    /// How libxml2's HTML parser reads the `&` at `index`, when that is certain: a name of its entity
    /// table or a decimal or hexadecimal number, ended by `;`, for a character that is neither a
    /// control nor a non-character; or an `&` that stands for itself. Nil for anything else, which
    /// the caller leaves to libxml2.
    static func reference(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Reference? {
        let next = index + 1
        guard next < bytes.count else { return .ampersand }
        let first = bytes[next]
        if first == UInt8(ascii: "#") {
            return characterReference(in: bytes, at: index).map { .character($0.scalar, length: $0.length) }
        }
        guard isASCIILetter(first) else {
            // No name starts here (`_`, `:` and non-ASCII letters would start one).
            let startsName = first == UInt8(ascii: "_") || first == UInt8(ascii: ":") || first >= 0x80
            return startsName ? nil : .ampersand
        }
        var cursor = next
        while cursor < bytes.count, isASCIIAlphanumeric(bytes[cursor]) { cursor += 1 }
        guard cursor < bytes.count else { return .ampersand }
        let after = bytes[cursor]
        if after == UInt8(ascii: ";") {
            if let reference = characterReference(in: bytes, at: index) {
                return .character(reference.scalar, length: reference.length)
            }
            // An unknown name is reported as written; a known one for an unusual character is left to libxml2.
            let name = UnsafeBufferPointer(rebasing: bytes[next..<cursor])
            return name.count > maximumNameLength || entityValue(name) == nil ? .ampersand : nil
        }
        // The name ends without `;`: reported as written, unless it goes on in characters libxml2
        // also reads as part of a name.
        let continuesName = after >= 0x80 || after == UInt8(ascii: ".") || after == UInt8(ascii: "-")
            || after == UInt8(ascii: "_") || after == UInt8(ascii: ":")
        return continuesName ? nil : .ampersand
    }

    /// The character a reference at `index` (an `&`) stands for, and the reference's length, when
    /// libxml2's HTML parser reads it as exactly that character: a name of its entity table or a
    /// decimal or hexadecimal number, ended by `;`, for a character that is neither a control nor a
    /// non-character. Nil for anything else.
    private static func characterReference(in bytes: UnsafeBufferPointer<UInt8>,
                                           at index: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        var cursor = index + 1
        guard cursor < bytes.count else { return nil }
        let value: UInt32
        if bytes[cursor] == UInt8(ascii: "#") {
            cursor += 1
            let isHex = cursor < bytes.count && (bytes[cursor] | 0x20) == UInt8(ascii: "x")
            if isHex { cursor += 1 }
            let digitsStart = cursor
            var number: UInt32 = 0
            while cursor < bytes.count, cursor - digitsStart < 7, let digit = digitValue(bytes[cursor], hex: isHex) {
                number = number * (isHex ? 16 : 10) + digit
                cursor += 1
            }
            guard cursor > digitsStart else { return nil }
            value = number
        } else {
            let nameStart = cursor
            while cursor < bytes.count, cursor - nameStart < maximumNameLength, isASCIIAlphanumeric(bytes[cursor]) {
                cursor += 1
            }
            guard cursor > nameStart, isASCIILetter(bytes[nameStart]), cursor < bytes.count,
                  bytes[cursor] == UInt8(ascii: ";") else { return nil }
            guard let entityValue = entityValue(UnsafeBufferPointer(rebasing: bytes[nameStart..<cursor])) else {
                return nil
            }
            value = entityValue
        }
        guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: ";"), isPlainCharacter(value),
              let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, cursor + 1 - index)
    }

    /// The value of the entity `name` in libxml2's HTML table, which its parser decodes with.
    private static func entityValue(_ name: UnsafeBufferPointer<UInt8>) -> UInt32? {
        withUnsafeTemporaryAllocation(of: xmlChar.self, capacity: name.count + 1) { cName in
            for index in 0..<name.count { cName[index] = name[index] }
            cName[name.count] = 0
            return htmlEntityLookup(cName.baseAddress).map { UInt32($0.pointee.value) }
        }
    }

    /// True for characters that stay as they are in text: not controls (C0, DEL, C1), surrogates or
    /// non-characters U+FFFE and U+FFFF.
    private static func isPlainCharacter(_ value: UInt32) -> Bool {
        (0x20...0x7E).contains(value) || (0xA0...0xD7FF).contains(value) || (0xE000...0xFFFD).contains(value)
            || (0x1_0000...0x10_FFFF).contains(value)
    }

    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}
