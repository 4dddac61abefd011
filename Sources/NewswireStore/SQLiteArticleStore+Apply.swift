import Foundation
import GRDB
import NewswireModel

extension SQLiteArticleStore {
    public func apply(_ update: SourceUpdate, mintAtomID: AtomIDMinter) throws -> UpdateSummary {
        try write { db in try ArticleWriter(db).apply(update, mint: mintAtomID) }
    }

    public func write(_ batch: [StoreWrite], mintAtomID: @escaping AtomIDMinter) async -> [Result<UpdateSummary, StoreError>] {
        guard !batch.isEmpty else { return [] }
        do {
            let results: [Result<UpdateSummary, StoreError>] = try await write { db in
                let writer = try ArticleWriter(db)
                return try batch.map { .success(try writer.perform($0, mint: mintAtomID)) }
            }
            // A batch of several sources adds megabytes to the WAL: copy them to the database file meanwhile.
            if batch.count >= Self.batchCheckpointSize { requestCheckpoint() }
            return results
        } catch where batch.count > 1 {
            // Something failed and took the whole transaction with it: find out which write, each in its own
            // transaction. (Savepoints would do this without a second pass, but cost a copy of every page.)
            var results: [Result<UpdateSummary, StoreError>] = []
            for item in batch {
                do {
                    results.append(.success(try await write { db in try ArticleWriter(db).perform(item, mint: mintAtomID) }))
                } catch {
                    results.append(.failure(error))
                }
            }
            return results
        } catch {
            return [.failure(error)]
        }
    }
}
