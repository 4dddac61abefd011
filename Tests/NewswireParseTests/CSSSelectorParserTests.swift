import NewswireParse
import Testing

@Suite struct CSSSelectorParserTests {
    typealias Compound = CSSCompoundSelector
    typealias Complex = CSSComplexSelector

    static func css(_ selectors: [Complex], attribute: String? = nil) -> CSSSelectorList {
        CSSSelectorList(query: .css(selectors), attribute: attribute)
    }

    static func type(_ name: String, _ conditions: [CSSSimpleSelector] = []) -> Compound {
        Compound(typeName: name, conditions)
    }

    static let valid: [(String, CSSSelectorList)] = [
        ("li", css([Complex(type("li"))])),
        ("*", css([Complex(Compound())])),
        ("DIV.Content", css([Complex(type("div", [.className("Content")]))])),
        ("#main", css([Complex(Compound([.id("main")]))])),
        ("#123", css([Complex(Compound([.id("123")]))])),
        ("ul.column-list > li", css([Complex(type("ul", [.className("column-list")]), [.init(.child, type("li"))])])),
        ("h4 a @href", css([Complex(type("h4"), [.init(.descendant, type("a"))])], attribute: "href")),
        ("img@SRC", css([Complex(type("img"))], attribute: "src")),
        ("h1 + p ~ span", css([Complex(type("h1"), [.init(.nextSibling, type("p")), .init(.subsequentSibling, type("span"))])])),
        ("a>b", css([Complex(type("a"), [.init(.child, type("b"))])])),
        ("[data-id]", css([Complex(Compound([.attribute(.init(name: "data-id"))]))])),
        ("a[href^=\"https:\"]", css([Complex(type("a", [.attribute(.init(name: "href", .prefix, "https:"))]))])),
        ("a[ HREF $= '.pdf' ]", css([Complex(type("a", [.attribute(.init(name: "href", .suffix, ".pdf"))]))])),
        ("[class~=big][lang|=zh][title*=x][id=42]", css([Complex(Compound([
            .attribute(.init(name: "class", .includesWord, "big")), .attribute(.init(name: "lang", .dashMatch, "zh")),
            .attribute(.init(name: "title", .substring, "x")), .attribute(.init(name: "id", .equals, "42")),
        ]))])),
        ("[title=\"a \\\" ] b\"]", css([Complex(Compound([.attribute(.init(name: "title", .equals, "a \" ] b"))]))])),
        ("li:first-child, li:last-child", css([Complex(type("li", [.firstChild])), Complex(type("li", [.lastChild]))])),
        ("tr:nth-child(2n+1)", css([Complex(type("tr", [.nthChild(.init(a: 2, b: 1))]))])),
        ("tr:nth-child( -n + 3 )", css([Complex(type("tr", [.nthChild(.init(a: -1, b: 3))]))])),
        ("tr:nth-child(odd):nth-child(even):nth-child(5)", css([Complex(type("tr", [
            .nthChild(.init(a: 2, b: 1)), .nthChild(.init(a: 2, b: 0)), .nthChild(.init(a: 0, b: 5)),
        ]))])),
        ("p:not(.ad, [hidden])", css([Complex(type("p", [.not([
            Complex(Compound([.className("ad")])), Complex(Compound([.attribute(.init(name: "hidden"))])),
        ])]))])),
        ("  .a  .b  ", css([Complex(Compound([.className("a")]), [.init(.descendant, Compound([.className("b")]))])])),
        ("新闻", css([Complex(type("新闻"))])),
        ("xpath://div[@class='x']/a/@href", CSSSelectorList(query: .xpath("//div[@class='x']/a/@href"))),
        ("xpath: //li ", CSSSelectorList(query: .xpath("//li"))),
    ]

    @Test(arguments: valid)
    func parsesValidSelectors(text: String, expected: CSSSelectorList) throws {
        #expect(try CSSSelectorParser.parse(text) == expected)
    }

    @Test(arguments: [
        ("", "expected a selector", 0),
        ("ul >", "expected a selector after '>'", 4),
        ("ul > > li", "expected a selector after '>'", 5),
        ("a,", "expected a selector after ','", 2),
        ("a, ,b", "expected a selector after ','", 3),
        ("div!", "unexpected '!'", 3),
        ("div .", "expected a class name after '.'", 5),
        ("#", "expected an id after '#'", 1),
        ("a[href", "unclosed '['", 1),
        ("a[href=", "expected a value", 7),
        ("a[href=\"x]", "unclosed string", 7),
        ("a[href!=x]", "expected '=', '~=', '|=', '^=', '$=', '*=' or ']'", 6),
        ("a[]", "expected an attribute name after '['", 2),
        ("a:hover", "unsupported pseudo-class ':hover'", 1),
        ("p::before", "pseudo-elements ('::') are not supported", 1),
        ("li:nth-child(3x)", "invalid :nth-child argument '3x'; expected an+b, odd or even", 13),
        ("li:nth-child(2n+1", "unclosed '('", 12),
        ("li:nth-child", "expected '(' after ':nth-child'", 12),
        ("p:not(.a", "unclosed '('", 5),
        ("p:not()", "expected a selector inside ':not()'", 6),
        ("h4 a @", "expected an attribute name after '@'", 6),
        ("h4 a @href b", "unexpected 'b'", 11),
        ("a)", "unexpected ')'", 1),
        ("xpath:", "expected an XPath expression after 'xpath:'", 6),
    ])
    func rejectsInvalidSelectors(text: String, message: String, offset: Int) {
        #expect(throws: CSSSelectorError(message: message, offset: offset)) { try CSSSelectorParser.parse(text) }
    }

    @Test func rejectsXPathThatDoesNotCompile() throws {
        let error = try #require(throws: CSSSelectorError.self) { try CSSSelectorParser.parse("xpath://div[") }
        #expect(error == CSSSelectorError(message: "invalid XPath expression: invalid expression", offset: 12))
    }

    @Test func explainsWhereAValidationFailed() {
        #expect(CSSSelectorParser.validationMessage("ul >") == "expected a selector after '>' at character 5")
        #expect(CSSSelectorParser.validationMessage("ul.list > li a @href") == nil)
        // The form the lead hands to ConfigLoader.
        let validate: @Sendable (String) -> String? = CSSSelectorParser.validationMessage
        #expect(validate("a:hover") == "unsupported pseudo-class ':hover' at character 2")
    }

    @Test(arguments: [
        (CSSNthExpression(a: 2, b: 1), [1, 3, 5], [2, 4]),
        (CSSNthExpression(a: -1, b: 3), [1, 2, 3], [4, 5]),
        (CSSNthExpression(a: 0, b: 2), [2], [1, 3]),
        (CSSNthExpression(a: 3, b: -1), [2, 5], [1, 3, 4]),
    ])
    func nthExpressionsSelectTheRightPositions(expression: CSSNthExpression, selected: [Int], skipped: [Int]) {
        #expect(selected.allSatisfy { expression.matches(position: $0) })
        #expect(!skipped.contains { expression.matches(position: $0) })
    }
}
