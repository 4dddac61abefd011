import Foundation
import NewswireModel
import NewswireStore
import PostgresNIO

/// What PostgresNIO needs to reach the database of a `PostgresLocation`: its password (from
/// `NEWSWIRE_STORE_PASSWORD`, else `password_file`, else none) and its TLS.
struct PostgresConnectionSettings: Sendable {
    let location: PostgresLocation
    let password: String?

    /// Reads the password; a password file that cannot be read is an error naming it.
    init(_ location: PostgresLocation, environment: [String: String]) throws(StoreError) {
        self.location = location
        if let password = environment["NEWSWIRE_STORE_PASSWORD"], !password.isEmpty {
            self.password = password
        } else if let file = location.passwordFile {
            do {
                let text = try String(contentsOfFile: file, encoding: .utf8)
                // A file written by `echo` ends with a newline that is not part of the password.
                password = String(text.trimmingSuffix { $0 == "\n" || $0 == "\r" })
            } catch {
                throw StoreError(path: "\(location)", reason: "cannot read password_file \(file): \(error.localizedDescription)")
            }
        } else {
            password = nil
        }
    }

    /// TLS as the url's `sslmode` asks (libpq's meaning of each).
    func tls() throws(StoreError) -> (client: PostgresClient.Configuration.TLS, connection: PostgresConnection.Configuration.TLS) {
        var unverified = TLSConfiguration.makeClientConfiguration()
        unverified.certificateVerification = .none
        switch location.tls {
        case .disable:
            return (.disable, .disable)
        case .prefer:
            return (.prefer(unverified), .prefer(try context(unverified)))
        case .require:
            return (.require(unverified), .require(try context(unverified)))
        case .verifyFull(let rootCertificate):
            var verified = TLSConfiguration.makeClientConfiguration()
            verified.certificateVerification = .fullVerification
            if let rootCertificate { verified.trustRoots = .file(rootCertificate) }
            return (.require(verified), .require(try context(verified)))
        }
    }

    private func context(_ configuration: TLSConfiguration) throws(StoreError) -> NIOSSLContext {
        do {
            return try NIOSSLContext(configuration: configuration)
        } catch {
            throw StoreError(path: "\(location)", reason: "cannot set up TLS: \(error)")
        }
    }

    var clientConfiguration: PostgresClient.Configuration {
        get throws(StoreError) {
            PostgresClient.Configuration(host: location.host, port: location.port, username: location.user,
                                         password: password, database: location.database, tls: try tls().client)
        }
    }

    var connectionConfiguration: PostgresConnection.Configuration {
        get throws(StoreError) {
            PostgresConnection.Configuration(host: location.host, port: location.port, username: location.user,
                                             password: password, database: location.database, tls: try tls().connection)
        }
    }
}

extension StringProtocol {
    fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> SubSequence {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}
