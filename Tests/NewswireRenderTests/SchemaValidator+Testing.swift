import NewswireTestSupport
import Testing

extension SchemaValidator {
    /// The comment of a schema test that is skipped.
    static let skipMessage = Comment(rawValue: skipReason)
}
