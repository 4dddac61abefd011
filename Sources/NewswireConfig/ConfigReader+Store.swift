import Foundation
import NewswireModel

/// `[store]`: absent, the embedded SQLite store; `url = "postgresql://USER@HOST:PORT/DB?sslmode=…"`, a
/// PostgreSQL database whose password comes from `NEWSWIRE_STORE_PASSWORD` or `password_file`, never
/// from the config itself.
extension ConfigReader {
    func readStore() -> StoreSettings {
        guard let store = root.subtable("store", displayName: "[store]") else { return .sqlite }
        store.rejectUnknownKeys(allowed: ["url", "password_file"])
        guard let text = store.string("url") else {
            if !store.contains("url") {
                diagnostics.error(at: store.headerPosition, "[store] needs 'url' (like \"postgresql://newswire@db.example:5432/newswire?sslmode=require\"); "
                                      + "leave [store] out for the embedded SQLite store under state_dir")
            }
            return .sqlite
        }
        guard var location = postgresLocation(text, at: store.valuePosition("url")) else { return .sqlite }
        if let file = store.string("password_file") {
            if file.trimmingASCIIWhitespace().isEmpty {
                diagnostics.error(at: store.valuePosition("password_file"), "'password_file' must not be empty")
            } else {
                location.passwordFile = Self.absolutePath(file, relativeTo: configFolder)
            }
        }
        return .postgres(location)
    }

    /// The database `text` names, or nil after reporting what is wrong at `position`. The url is never
    /// quoted whole in a message: it may hold a password.
    private func postgresLocation(_ text: String, at position: TextPosition) -> PostgresLocation? {
        switch PostgresURL.parse(text, relativeTo: configFolder) {
        case .success(let location): return location
        case .failure(let problem):
            diagnostics.error(at: position, "[store] 'url'" + problem.message)
            return nil
        }
    }
}
