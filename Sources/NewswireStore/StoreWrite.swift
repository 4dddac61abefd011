import Foundation

/// One write of a poll: a source's new document, or the fetch state of a poll that produced none.
public enum StoreWrite: Sendable {
    /// Store the state and articles of a successful parse.
    case apply(SourceUpdate)
    /// Record a transfer that produced no new document (failure or 304).
    case saveFetchState(SourceFetchState)

    /// The source the write belongs to.
    public var sourceID: String {
        switch self {
        case .apply(let update): update.state.sourceID
        case .saveFetchState(let state): state.sourceID
        }
    }
}
