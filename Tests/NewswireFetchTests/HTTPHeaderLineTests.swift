@testable import NewswireFetch
import Testing

@Suite struct HTTPHeaderLineTests {
    private func parse(_ text: String, afterField: Bool = true) -> HTTPHeaderLine {
        Array(text.utf8).withUnsafeBytes { HTTPHeaderLine($0, afterField: afterField) }
    }

    @Test(arguments: [
        ("HTTP/1.1 200 OK\r\n", HTTPHeaderLine.status(200)),
        ("HTTP/2 304\r\n", .status(304)),
        ("HTTP/1.1  301  Moved\r\n", .status(301)),
        ("HTTP/1.1 abc\r\n", .other),
        ("HTTP/1.1\r\n", .other),
        ("\r\n", .other),
        ("no colon here\r\n", .other),
        ("Content-Type: text/html\r\n", .field(name: "content-type", value: "text/html")),
        ("ETag:\t\"abc\" \t\r\n", .field(name: "etag", value: "\"abc\"")),
        (" X-Odd :  v  \r\n", .continuation("X-Odd :  v")),
        ("Empty:\r\n", .field(name: "empty", value: "")),
        ("Line-Break-Only: v\n", .field(name: "line-break-only", value: "v")),
        ("\t folded more \r\n", .continuation("folded more")),
    ])
    func parsesASCIILines(line: String, expected: HTTPHeaderLine) {
        #expect(parse(line) == expected)
    }

    @Test func leadingBlankBeforeAnyFieldIsAField() {
        #expect(parse(" X-Odd : v\r\n", afterField: false) == .field(name: "x-odd", value: "v"))
    }

    @Test(arguments: [
        "Content-Type: text/html\r\n", " folded\r\n", "HTTP/1.1 200 OK\r\n", "X-ÜBER: Grüße \u{A0}\r\n",
        "Ünïcode-Name : v\r\n", "HTTP/1.1 ２00 OK\r\n", "X: a\u{2028}\r\n", "X-Mixed-Case: ABC\u{0B}\r\n",
    ])
    func bytePathMatchesTheUnicodePath(line: String) {
        for afterField in [false, true] {
            #expect(parse(line, afterField: afterField) == HTTPHeaderLine.parseUnicode(line, afterField: afterField))
        }
    }

    @Test func invalidUTF8IsRepaired() {
        let bytes: [UInt8] = Array("X-Bin: a".utf8) + [0xFF] + Array("\r\n".utf8)
        let line = bytes.withUnsafeBytes { HTTPHeaderLine($0, afterField: false) }
        #expect(line == .field(name: "x-bin", value: "a\u{FFFD}"))
    }
}
