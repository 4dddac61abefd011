import Foundation
import GRDB
import NewswireModel

extension SQLiteArticleStore {
    public func apply(_ update: SourceUpdate, mintAtomID: AtomIDMinter) throws -> UpdateSummary {
        guard let result = try write([.apply(update)], mintAtomID: mintAtomID).first else { return UpdateSummary() }
        return try result.get()
    }

    public func write(_ batch: [StoreWrite], mintAtomID: AtomIDMinter) throws -> [Result<UpdateSummary, StoreError>] {
        guard !batch.isEmpty else { return [] }
        let path = path
        return try write { db in
            let writer = try ArticleWriter(db)
            var results: [Result<UpdateSummary, StoreError>] = []
            results.reserveCapacity(batch.count)
            for item in batch {
                var summary = UpdateSummary()
                do {
                    try db.inSavepoint {
                        switch item {
                        case .apply(let update): summary = try writer.apply(update, mint: mintAtomID)
                        case .saveFetchState(let state): try writer.save(state)
                        }
                        return .commit
                    }
                    results.append(.success(summary))
                } catch {
                    // Some failures (disk full, I/O) end the whole transaction: then none of the batch stands.
                    guard db.isInsideTransaction else { throw error }
                    results.append(.failure(StoreError(path: path, reason: "\(error)")))
                }
            }
            return results
        }
    }
}
