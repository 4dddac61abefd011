import NewswireConfig
import Testing

@Suite struct TOMLKeyLocatorTests {
    static let document = """
    # a comment with key = "value" and [table]
    title = "a # not a comment"   # a comment
    [site]
      base_url="https://x/"
    "quoted.key" = 1
    a.b . c = 'x = y'

    [[source]]
    id = "first"
    text = \"\"\"
    [not.a.table]
    fake = "inside a multi-line string" \\\"\"\"
    \"\"\"
    url = "https://one/"
    [source.html]
    item = "ul > li" # trailing
    list = [
      "a", # comment ] inside
      [1, 2],
      { x = 1, y = "}" },
    ]
    after = true

    [[source]]
    id = 'second'
    [source.html]
    item = '''
    multi ''' # done
    [[source.extra]]
    k = 1
    [[source.extra]]
    k = 2
    [[feed]]
    sources = ["*", "b*"]
    """

    @Test(arguments: [
        ("title", 2, 1, 2, 9),
        ("site", 3, 1, 3, 1),
        ("site.base_url", 4, 3, 4, 12),
        ("site.quoted.key", 5, 1, 5, 16),
        ("site.a.b.c", 6, 1, 6, 11),
        ("site.a", 6, 1, 6, 1),
        ("source[0]", 8, 1, 8, 1),
        ("source[0].id", 9, 1, 9, 6),
        ("source[0].text", 10, 1, 10, 8),
        ("source[0].url", 14, 1, 14, 7),
        ("source[0].html", 15, 1, 15, 1),
        ("source[0].html.item", 16, 1, 16, 8),
        ("source[0].html.list", 17, 1, 17, 8),
        ("source[0].html.list[0]", 18, 3, 18, 3),
        ("source[0].html.list[1]", 19, 3, 19, 3),
        ("source[0].html.list[1][1]", 19, 7, 19, 7),
        ("source[0].html.list[2].y", 20, 12, 20, 16),
        ("source[0].html.after", 22, 1, 22, 9),
        ("source[1]", 24, 1, 24, 1),
        ("source[1].id", 25, 1, 25, 6),
        ("source[1].html.item", 27, 1, 27, 8),
        ("source[1].extra[0].k", 30, 1, 30, 5),
        ("source[1].extra[1].k", 32, 1, 32, 5),
        ("feed[0].sources[1]", 34, 17, 34, 17),
    ])
    func locatesKeysAndValues(path: String, keyLine: Int, keyColumn: Int, valueLine: Int, valueColumn: Int) {
        let locator = TOMLKeyLocator(text: Self.document)
        #expect(locator.location(of: path) == TOMLKeyLocation(
            key: TextPosition(line: keyLine, column: keyColumn),
            value: TextPosition(line: valueLine, column: valueColumn)))
    }

    @Test func skipsWhatLooksLikeKeysInsideStrings() {
        let locator = TOMLKeyLocator(text: Self.document)
        #expect(locator.location(of: "not.a.table") == nil)
        #expect(locator.location(of: "source[0].fake") == nil)
        #expect(locator.location(of: "source[0].html.list[0].x") == nil)
    }

    @Test func fallsBackToTheNearestRecordedAncestor() {
        let locator = TOMLKeyLocator(text: Self.document)
        #expect(locator.keyPosition("source[1].html.missing") == TextPosition(line: 26, column: 1))
        #expect(locator.valuePosition("nothing.here") == TextPosition.start)
    }
}

@Suite struct TOMLKeyLocatorEdgeTests {
    @Test func ignoresAByteOrderMarkAndCarriageReturns() {
        let locator = TOMLKeyLocator(text: "\u{FEFF}[site]\r\ntitle = \"x\"\r\n")
        #expect(locator.location(of: "site") == TOMLKeyLocation(key: .start, value: .start))
        #expect(locator.location(of: "site.title")
            == TOMLKeyLocation(key: TextPosition(line: 2, column: 1), value: TextPosition(line: 2, column: 9)))
    }

    @Test func indexesInlineArraysOfTablesLikeArrayTables() {
        let locator = TOMLKeyLocator(text: "source = [\n  { id = \"a\" },\n  { id = \"b\", html = { item = \"li\" } },\n]\n")
        #expect(locator.valuePosition("source[1].id") == TextPosition(line: 3, column: 10))
        #expect(locator.valuePosition("source[1].html.item") == TextPosition(line: 3, column: 31))
    }
}
