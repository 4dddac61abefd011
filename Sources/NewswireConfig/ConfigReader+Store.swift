import Foundation
import NewswireModel

/// `[store]`: absent, the embedded SQLite store; `url = "postgresql://USER@HOST:PORT/DB?sslmode=…"`, a
/// PostgreSQL database whose password comes from `NEWSWIRE_STORE_PASSWORD` or `password_file`, never
/// from the config itself.
extension ConfigReader {
    static let sslModes = ["disable", "prefer", "require", "verify-full"]

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
        let example = "postgresql://USER@HOST:PORT/DATABASE?sslmode=require"
        guard let components = URLComponents(string: text.trimmingASCIIWhitespace()),
              let scheme = components.scheme?.lowercased() else {
            diagnostics.error(at: position, "[store] 'url' is not a URL: expected \(example)")
            return nil
        }
        guard scheme == "postgresql" || scheme == "postgres" else {
            diagnostics.error(at: position, "[store] 'url' must be a postgresql:// URL (\(example)), not \(scheme)://; "
                                  + "leave [store] out for the embedded SQLite store")
            return nil
        }
        var problems: [String] = []
        if components.password != nil {
            problems.append("the password must not sit in the config: set NEWSWIRE_STORE_PASSWORD, or name a file "
                                + "that holds it with password_file (systemd's LoadCredential= provides one)")
        }
        let host = components.percentEncodedHost.flatMap { $0.removingPercentEncoding } ?? ""
        if host.isEmpty { problems.append("it names no host (\(example))") }
        let user = components.user ?? ""
        if user.isEmpty { problems.append("it names no user (\(example))") }
        let database = String(components.path.drop { $0 == "/" })
        if database.isEmpty || database.contains("/") {
            problems.append(database.isEmpty ? "it names no database (\(example))"
                                : "the database is one name after the host, found \"\(database)\"")
        }
        var port = 5432
        if let given = components.port {
            if (1...65_535).contains(given) { port = given } else { problems.append("port \(given) is not 1–65535") }
        }
        var sslmode = "prefer"
        var rootCertificate: String?
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                let value = item.value ?? ""
                if Self.sslModes.contains(value) {
                    sslmode = value
                } else {
                    problems.append("sslmode \"\(value)\" is not one of \(Self.sslModes.joined(separator: ", "))"
                                        + SpellingSuggestion.hint(for: value, in: Self.sslModes))
                }
            case "sslrootcert":
                rootCertificate = item.value.map { Self.absolutePath($0, relativeTo: configFolder) }
            default:
                problems.append("unknown parameter \"\(item.name)\"; expected sslmode or sslrootcert")
            }
        }
        if rootCertificate != nil && sslmode != "verify-full" {
            problems.append("sslrootcert is only read with sslmode=verify-full")
        }
        guard problems.isEmpty else {
            diagnostics.error(at: position, "[store] 'url': " + problems.joined(separator: "; "))
            return nil
        }
        let tls: PostgresLocation.TLSMode = switch sslmode {
        case "disable": .disable
        case "require": .require
        case "verify-full": .verifyFull(rootCertificate: rootCertificate)
        default: .prefer
        }
        return PostgresLocation(host: host, port: port, user: user, database: database, tls: tls)
    }
}
