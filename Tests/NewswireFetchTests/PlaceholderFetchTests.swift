import Testing

@Test func placeholderFetch() { #expect(Bool(true)) }
