import Foundation

/// Maps charset labels to the glibc iconv encoding that decodes them, per the WHATWG Encoding Standard.
enum CharsetLabel {
    static let utf8 = "UTF-8"
    static let windows1252 = "WINDOWS-1252"

    /// The iconv name for a label such as `gb2312`, `"Shift_JIS"` or `latin1`; nil when unknown.
    static func iconvName(for label: String) -> String? {
        // Most labels have nothing to trim: ASCII at both ends that is neither white space nor a quote.
        let needsTrimming = label.utf8.first.map(mayNeedTrimming) ?? false
            || label.utf8.last.map(mayNeedTrimming) ?? false
        let key = (needsTrimming ? label.trimmingCharacters(in: trimmed) : label).lowercased()
        return table[key]
    }

    private static let trimmed = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\"'"))

    private static func mayNeedTrimming(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte <= 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// Every iconv name the table maps to.
    static var allIconvNames: Set<String> { Set(table.values) }

    /// Encodings whose text may be valid UTF-8 bytes, so valid UTF-8 proves nothing against them.
    static func mayLookLikeUTF8(_ iconvName: String) -> Bool {
        iconvName.hasPrefix("UTF-16") || iconvName.hasPrefix("ISO-2022-")
    }

    /// The encoding a declaration inside the document means: one that could be read as ASCII
    /// cannot be UTF-16, so `<meta charset=utf-16>` means UTF-8 (WHATWG prescan, XML 4.3.3).
    static func documentDeclared(_ iconvName: String) -> String {
        iconvName.hasPrefix("UTF-16") ? utf8 : iconvName
    }

    private static let table: [String: String] = {
        var table: [String: String] = [:]
        func add(_ name: String, _ labels: [String]) {
            for label in labels { table[label] = name }
        }
        add(utf8, ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"])
        add("GB18030", ["chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk",
                        "iso-ir-58", "x-gbk", "gb18030", "cp936", "ms936", "windows-936", "euc-cn"])
        add("BIG5-HKSCS", ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"])
        add("EUC-JP", ["cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"])
        add("ISO-2022-JP", ["csiso2022jp", "iso-2022-jp"])
        add("CP932", ["csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis",
                      "cp932"])
        add("CP949", ["cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987",
                      "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949", "cp949"])
        add("KOI8-R", ["cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"])
        add("KOI8-U", ["koi8-ru", "koi8-u"])
        add("IBM866", ["866", "cp866", "csibm866", "ibm866"])
        add("MACINTOSH", ["csmacintosh", "mac", "macintosh", "x-mac-roman"])
        add("MAC-CYRILLIC", ["x-mac-cyrillic", "x-mac-ukrainian"])
        add("CP874", ["dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874", "cp874"])
        add(windows1252, ["ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
                          "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1",
                          "us-ascii", "windows-1252", "x-cp1252"])
        add("WINDOWS-1254", ["cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599",
                             "iso_8859-9", "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254"])
        for number in [1250, 1251, 1253, 1255, 1256, 1257, 1258] {
            add("WINDOWS-\(number)", ["cp\(number)", "windows-\(number)", "x-cp\(number)"])
        }
        let isoAliases: [Int: [String]] = [
            2: ["csisolatin2", "iso-ir-101", "l2", "latin2"], 3: ["csisolatin3", "iso-ir-109", "l3", "latin3"],
            4: ["csisolatin4", "iso-ir-110", "l4", "latin4"], 5: ["csisolatincyrillic", "cyrillic", "iso-ir-144"],
            6: ["arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114", "iso-8859-6-e",
                "iso-8859-6-i", "iso-ir-127"],
            7: ["csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-ir-126", "sun_eu_greek"],
            8: ["csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8-e", "iso-ir-138", "visual", "iso-8859-8-i",
                "csiso88598i", "logical"],
            10: ["csisolatin6", "iso-ir-157", "l6", "latin6"], 13: [], 14: [], 15: ["csisolatin9", "l9", "latin9"],
            16: [],
        ]
        // The dated spellings: `iso_8859-2:1987`.
        let years = [2: 1987, 3: 1988, 4: 1988, 5: 1988, 6: 1987, 7: 1987, 8: 1988]
        for (number, aliases) in isoAliases {
            let dated = years[number].map { ["iso_8859-\(number):\($0)"] } ?? []
            add("ISO-8859-\(number)", aliases + dated + ["iso-8859-\(number)", "iso8859-\(number)",
                                                         "iso8859\(number)", "iso_8859-\(number)"])
        }
        // WHATWG maps these to its `replacement` decoder (one U+FFFD) for browsers' sake; iconv reads
        // them, and the sanitizer runs on the result. HZ-GB-2312 is not in glibc: an unknown label.
        add("ISO-2022-KR", ["csiso2022kr", "iso-2022-kr"])
        add("ISO-2022-CN", ["iso-2022-cn"])
        add("ISO-2022-CN-EXT", ["iso-2022-cn-ext"])
        add("UTF-16LE", ["csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"])
        add("UTF-16BE", ["unicodefffe", "utf-16be"])
        return table
    }()
}
