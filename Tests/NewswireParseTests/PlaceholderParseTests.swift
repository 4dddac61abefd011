import Testing

@Test func placeholderParse() { #expect(Bool(true)) }
