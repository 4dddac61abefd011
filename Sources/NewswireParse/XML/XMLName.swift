import CLibXML2

/// An element's local name as libxml2 hands it over (NUL-terminated), compared with the names a
/// reader looks for byte by byte, without making a String per element.
struct XMLName {
    let cString: UnsafePointer<xmlChar>

    /// The name as a String (for messages).
    var string: String { String(cString: cString) }

    static func ~= (pattern: StaticString, name: XMLName) -> Bool { CStringBytes.equal(name.cString, pattern) }

    static func == (name: XMLName, other: StaticString) -> Bool { CStringBytes.equal(name.cString, other) }
}
