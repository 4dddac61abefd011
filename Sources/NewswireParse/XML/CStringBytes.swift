import CLibXML2

/// Byte comparisons between NUL-terminated libxml2 strings and static strings.
enum CStringBytes {
    static func equal(_ cString: UnsafePointer<xmlChar>, _ name: StaticString) -> Bool {
        let count = name.utf8CodeUnitCount
        let expected = name.utf8Start
        for offset in 0..<count where cString[offset] != expected[offset] {
            return false // also stops at a shorter C string: its NUL differs from any name byte
        }
        return cString[count] == 0
    }
}
