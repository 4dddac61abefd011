/// When a content hash may merge items of different sources into one story.
///
/// Only when the hashed body text is substantial: at least 200 characters of Latin (or other
/// alphabetic) text, or 80 of CJK text, or a mix weighted the same way (a CJK character counts 2.5).
/// Teasers and boilerplate that sources share ("Read more…", "Photo", "The post … appeared first on
/// …", a cookie notice) stay well under 200 characters, while two sentences of a real story pass it;
/// CJK text carries about 2.5 times as much per character. Title-only, empty and image-only items
/// have no body text and never merge by hash; canonical-link equality still merges them.
public enum DedupeRule {
    /// The weight, in Latin characters, that body text needs.
    public static let minimumWeight = 200

    /// True when `text` (collapsed plain text, UTF-8) is substantial enough to dedupe by its hash.
    static func isSubstantial(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        // Not a full Unicode segmentation: each non-space scalar counts 2 (Latin) or 5 (CJK), twice
        // the weight, so a CJK character's 2.5 stays an integer.
        // ASCII weighs most per byte (2): shorter text cannot reach the weight.
        guard text.count >= minimumWeight else { return false }
        let needed = 2 * minimumWeight
        var weight = 0
        for byte in text {
            if byte < 0x80 {
                if byte > 0x20 { weight += 2 }
            } else if byte >= 0xC0 {
                // Leads of U+3000…U+DFFF (kana, CJK ideographs, Hangul): E3…ED.
                weight += byte >= 0xE3 && byte <= 0xED ? 5 : 2
            }
            if weight >= needed { return true }
        }
        return false
    }

    /// `isSubstantial` of a string.
    public static func isSubstantial(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isSubstantial($0) }
    }
}
