import Testing

@Test func placeholderNormalize() { #expect(Bool(true)) }
