import Foundation
import Testing
@testable import NewswireRender

@Suite struct StagedFileWritesTests {
    @Test func stagedFilesAppearOnlyOnCommit() throws {
        let folder = try TemporaryFolder()
        try folder.write(Data("old".utf8), "feeds/a.xml")
        let writes = StagedFileWrites()
        #expect(try writes.stage(Data("new a".utf8), to: folder.path + "/feeds/a.xml"))
        #expect(try writes.stage(Data("new b".utf8), to: folder.path + "/feeds/deep/b.xml"))
        #expect(FileManager.default.contents(atPath: folder.path + "/feeds/a.xml") == Data("old".utf8))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/feeds/deep/b.xml"))

        try writes.commit()

        #expect(FileManager.default.contents(atPath: folder.path + "/feeds/a.xml") == Data("new a".utf8))
        #expect(FileManager.default.contents(atPath: folder.path + "/feeds/deep/b.xml") == Data("new b".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/feeds").sorted() == ["a.xml", "deep"])
        let mode = try FileManager.default.attributesOfItem(atPath: folder.path + "/feeds/a.xml")[.posixPermissions]
        #expect(mode as? Int == 0o644)
    }

    @Test func unchangedBytesAreNotStaged() throws {
        let folder = try TemporaryFolder()
        try folder.write(Data("same".utf8), "a.xml")
        let writes = StagedFileWrites()
        #expect(try writes.stage(Data("same".utf8), to: folder.path + "/a.xml") == false)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.xml"])
    }

    @Test func discardLeavesTheOldFilesAndNoTempFile() throws {
        let folder = try TemporaryFolder()
        try folder.write(Data("old".utf8), "a.xml")
        let writes = StagedFileWrites()
        #expect(try writes.stage(Data("new".utf8), to: folder.path + "/a.xml"))
        #expect(try writes.stage(Data("new".utf8), to: folder.path + "/b.xml"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 3, "a, and two temp files")

        writes.discard()

        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.xml"])
        #expect(FileManager.default.contents(atPath: folder.path + "/a.xml") == Data("old".utf8))
    }

    @Test func stagingFromManyThreadsCommitsEveryFile() throws {
        let folder = try TemporaryFolder()
        let writes = StagedFileWrites()
        let path = folder.path
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            _ = try? writes.stage(Data("file \(index)".utf8), to: path + "/f\(index).xml")
        }
        try writes.commit()
        for index in 0..<64 {
            #expect(FileManager.default.contents(atPath: folder.path + "/f\(index).xml") == Data("file \(index)".utf8))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 64)
    }
}
