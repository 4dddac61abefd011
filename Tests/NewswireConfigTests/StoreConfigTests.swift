import Foundation
import NewswireConfig
import NewswireModel
import Testing

/// `[store]`: the PostgreSQL url, its password kept out of the config, and the errors `check` prints.
@Suite struct StoreConfigTests {
    let site = "[site]\nbase_url = \"https://x.org/\"\n"

    private func store(_ body: String) throws -> (StoreSettings, String) {
        let folder = try ConfigTestFolder()
        defer { folder.remove() }
        return (try folder.load(site + body).configuration.store, folder.path)
    }

    private func diagnostics(_ body: String) throws -> [String] {
        let folder = try ConfigTestFolder()
        defer { folder.remove() }
        return folder.diagnostics(site + body)
    }

    @Test func withoutAStoreTableTheStoreIsSQLite() throws {
        #expect(try store("").0 == .sqlite)
    }

    @Test func aURLNamesTheDatabaseAndItsTLS() throws {
        let (settings, folder) = try store("""
            [store]
            url = "postgresql://news%20wire@db.example:6543/feeds?sslmode=verify-full&sslrootcert=ca.pem"
            password_file = "secret/db"
            """)
        #expect(settings == .postgres(PostgresLocation(
            host: "db.example", port: 6543, user: "news wire", database: "feeds",
            tls: .verifyFull(rootCertificate: folder + "/ca.pem"), passwordFile: folder + "/secret/db")))
        let plain = try store("[store]\nurl = \"postgres://newswire@127.0.0.1/newswire\"\n").0
        #expect(plain == .postgres(PostgresLocation(host: "127.0.0.1", user: "newswire", database: "newswire")))
        guard case .postgres(let location) = plain else { return }
        #expect(location.description == "postgresql://newswire@127.0.0.1:5432/newswire?sslmode=prefer")
        #expect(location.port == 5432 && location.tls == .prefer, "libpq's defaults")
    }

    @Test func aPasswordInTheURLIsAnErrorThatDoesNotRepeatIt() throws {
        let printed = try diagnostics("[store]\nurl = \"postgresql://newswire:hunter2@db.example/newswire\"\n")
        #expect(printed.count == 1)
        #expect(printed.first?.hasPrefix("FILE:4:7: error: [store] 'url': the password must not sit in the url") == true)
        #expect(printed.first?.contains("NEWSWIRE_STORE_PASSWORD") == true)
        #expect(!printed.joined().contains("hunter2"))
    }

    @Test(arguments: [
        ("url = \"mysql://u@h/d\"", "FILE:4:7: error: [store] 'url' must be a postgresql:// URL (postgresql://USER@HOST:PORT/DATABASE?sslmode=require), not mysql://; leave [store] out for the embedded SQLite store"),
        ("url = \"postgresql://h/d\"", "FILE:4:7: error: [store] 'url': it names no user (postgresql://USER@HOST:PORT/DATABASE?sslmode=require)"),
        ("url = \"postgresql://u@h\"", "FILE:4:7: error: [store] 'url': it names no database (postgresql://USER@HOST:PORT/DATABASE?sslmode=require)"),
        ("url = \"postgresql://u@h:0/d?sslmode=requir\"", "FILE:4:7: error: [store] 'url': port 0 is not 1–65535; sslmode \"requir\" is not one of disable, prefer, require, verify-full; did you mean 'require'?"),
        ("url = \"postgresql://u@h/d?sslrootcert=ca.pem&timeout=5\"", "FILE:4:7: error: [store] 'url': unknown parameter \"timeout\"; expected sslmode or sslrootcert; sslrootcert is only read with sslmode=verify-full"),
        ("password_file = \"p\"", "FILE:3:1: error: [store] needs 'url' (like \"postgresql://newswire@db.example:5432/newswire?sslmode=require\"); leave [store] out for the embedded SQLite store under state_dir"),
        ("url = \"postgresql://u@h/d\"\npassword_fil = \"p\"", "FILE:5:1: error: unknown key 'password_fil' in [store]; did you mean 'password_file'?"),
    ])
    func aWrongStoreIsReportedWhereItIs(line: String, expected: String) throws {
        #expect(try diagnostics("[store]\n" + line + "\n") == [expected])
    }
}
