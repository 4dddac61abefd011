import CUchardet

/// uchardet, Mozilla's statistical charset detector (byte-frequency and character-pair models per
/// language), over a sample of a document.
enum Uchardet {
    /// uchardet's name for the charset of `sample` ("WINDOWS-1255", "SHIFT_JIS", "UHC"…), or nil
    /// when it has no answer (no non-ASCII text, or nothing it recognises).
    static func guess(_ sample: UnsafeRawBufferPointer) -> String? {
        guard let detector = uchardet_new() else { return nil }
        defer { uchardet_delete(detector) }
        guard let base = sample.baseAddress,
              uchardet_handle_data(detector, base.assumingMemoryBound(to: CChar.self), sample.count) == 0
        else { return nil }
        uchardet_data_end(detector)
        let name = uchardet_get_charset(detector).map { String(cString: $0) } ?? ""
        return name.isEmpty ? nil : name
    }
}
