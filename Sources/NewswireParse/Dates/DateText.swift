/// Prepares a date text for the readers: full-width forms (`２０２４`, `：`) become ASCII and the
/// ideographic space a space, so every reader sees one spelling.
enum DateText {
    /// `text` with full-width ASCII variants (U+FF01…U+FF5E) and U+3000 folded to ASCII.
    static func normalized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isFoldable) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000, 0x00A0: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    private static func isFoldable(_ scalar: Unicode.Scalar) -> Bool {
        (0xFF01...0xFF5E).contains(scalar.value) || scalar.value == 0x3000 || scalar.value == 0x00A0
    }
}
