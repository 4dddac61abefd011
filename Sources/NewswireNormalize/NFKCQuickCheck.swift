/// Unicode NFKC for the common text that needs no tables: ASCII, scalars NFKC leaves alone, and
/// fullwidth ASCII forms (as Chinese punctuation uses them), which map one to one onto ASCII.
///
/// Foundation's NFKC on Linux converts through UTF-16 and dominated profiles even for pure ASCII text.
/// The check is conservative: nil means "maybe not handled here", and the caller asks Foundation.
enum NFKCQuickCheck {
    /// NFKC of `s`, or nil when `s` holds a scalar this fast path does not decide.
    ///
    /// A scalar that does not change under NFKC_Casefold does not change under NFKC alone; the string
    /// as a whole can still change when scalars compose, and the only scalars that compose onto a
    /// preceding one are marks (Mn, Mc, Me) and Hangul jamo, so any of those sends the string to Foundation.
    /// ASCII never composes onto anything, so the fullwidth forms can be mapped scalar by scalar.
    static func normalized(_ s: String) -> String? {
        if UTF8Scan.isASCII(s) { return s }
        var mapsFullwidth = false
        for scalar in s.unicodeScalars {
            switch classify(scalar) {
            case .stable: continue
            case .fullwidth: mapsFullwidth = true
            case .undecided: return nil
            }
        }
        guard mapsFullwidth else { return s }
        var output = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            output.append(classify(scalar) == .fullwidth ? asciiForm(of: scalar) : scalar)
        }
        return String(output)
    }

    private enum Class { case stable, fullwidth, undecided }

    private static func classify(_ scalar: Unicode.Scalar) -> Class {
        let value = scalar.value
        if value < 0x80 { return .stable }
        // CJK Unified Ideographs: no decompositions, no case, nothing composes onto them.
        if (0x4E00...0x9FFF).contains(value) { return .stable }
        if (0xFF01...0xFF5E).contains(value) || value == 0x3000 { return .fullwidth }
        if (0x1100...0x11FF).contains(value) { return .undecided }
        let properties = scalar.properties
        if properties.changesWhenNFKCCaseFolded { return .undecided }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return .undecided
        default: return .stable
        }
    }

    /// U+FF01…U+FF5E are U+0021…U+007E; U+3000 is a space.
    private static func asciiForm(of scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar.value == 0x3000 ? " " : Unicode.Scalar(scalar.value - 0xFEE0)!
    }
}
