import NewswireModel

/// The base URL of a content fragment, parsed on first use and then reused for every URL in it.
struct ContentBase {
    /// The base as given; nil when there is none.
    let string: String?
    private var parsed: URLReference?

    init(_ string: String?) { self.string = string }

    /// The parsed base (blanks, tabs and newlines removed as browsers do), nil when there is no base.
    mutating func reference() -> URLReference? {
        guard let string else { return nil }
        if let parsed { return parsed }
        let reference = URLCanonicalizer.baseReference(string)
        parsed = reference
        return reference
    }
}
