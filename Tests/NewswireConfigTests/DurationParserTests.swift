import NewswireConfig
import Testing

@Suite struct DurationParserTests {
    @Test(arguments: [
        ("500ms", 0.5), ("90s", 90), ("15m", 900), ("1h30m", 5400), ("90d", 7_776_000), ("6h", 21_600),
        ("1.5h", 5400), ("1h 30m", 5400), ("2w", 1_209_600), (" 30s ", 30), ("1m30s", 90), ("0s", 0),
    ])
    func readsDurations(text: String, seconds: Double) throws {
        #expect(try DurationParser.seconds(text) == seconds)
    }

    @Test(arguments: [
        ("900", "the number 900 has no unit; write \"900s\", \"900m\", \"900h\" or \"900d\""),
        ("15 minutes", "unknown unit \"minutes\"; use ms, s, m, h, d or w"),
        ("", "it is empty"),
        ("h", "expected a number followed by a unit (ms, s, m, h, d, w), like \"90s\" or \"1h30m\""),
        ("-5s", "expected a number followed by a unit (ms, s, m, h, d, w), like \"90s\" or \"1h30m\""),
        ("5y", "unknown unit \"y\"; use ms, s, m, h, d or w"),
        ("1h30", "the number 30 has no unit; write \"30s\", \"30m\", \"30h\" or \"30d\""),
    ])
    func rejectsMalformedDurations(text: String, reason: String) {
        #expect(throws: DurationParser.Failure(reason: reason)) { try DurationParser.seconds(text) }
    }
}

@Suite struct ByteSizeParserTests {
    @Test(arguments: [
        ("10MB", 10_000_000), ("512KB", 512_000), ("1GB", 1_000_000_000), ("10MiB", 10_485_760),
        ("1024", 1024), ("512B", 512), ("4 KiB", 4096), ("1.5mb", 1_500_000), ("2GiB", 2_147_483_648),
    ])
    func readsSizes(text: String, bytes: Int) throws {
        #expect(try ByteSizeParser.bytes(text) == bytes)
    }

    @Test(arguments: [
        ("10 megabytes", "unknown unit \"megabytes\"; use B, KB, MB, GB, KiB, MiB or GiB"),
        ("MB", "expected a number with an optional unit (B, KB, MB, GB, KiB, MiB, GiB), like \"10MB\""),
        ("", "expected a number with an optional unit (B, KB, MB, GB, KiB, MiB, GiB), like \"10MB\""),
        ("10TB", "unknown unit \"TB\"; use B, KB, MB, GB, KiB, MiB or GiB"),
    ])
    func rejectsMalformedSizes(text: String, reason: String) {
        #expect(throws: ByteSizeParser.Failure(reason: reason)) { try ByteSizeParser.bytes(text) }
    }
}
