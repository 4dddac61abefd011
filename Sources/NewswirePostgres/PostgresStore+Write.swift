import Foundation
import NewswireModel
import NewswireStore
import PostgresNIO

/// Article writes, one transaction per source update.
extension PostgresStore {
    public func apply(_ update: SourceUpdate, mintAtomID: AtomIDMinter) async throws(StoreError) -> UpdateSummary {
        try await storeCall("storing the articles of \(update.state.sourceID)") { client, logger in
            try await client.withTransaction(logger: logger) { connection in
                try await PostgresArticleWriter(connection: connection, logger: logger).apply(update, mint: mintAtomID)
            }
        }
    }

    /// Each write in its own transaction, in order; one that fails is reported in its slot.
    public func write(_ batch: [StoreWrite], mintAtomID: @escaping AtomIDMinter) async -> [Result<UpdateSummary, StoreError>] {
        var results: [Result<UpdateSummary, StoreError>] = []
        for item in batch {
            do {
                switch item {
                case .apply(let update): results.append(.success(try await apply(update, mintAtomID: mintAtomID)))
                case .saveFetchState(let state):
                    try await saveFetchState(state)
                    results.append(.success(UpdateSummary()))
                }
            } catch {
                results.append(.failure(error))
            }
        }
        return results
    }
}
