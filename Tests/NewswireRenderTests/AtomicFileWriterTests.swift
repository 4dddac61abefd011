import Foundation
import Testing
@testable import NewswireRender

@Suite struct AtomicFileWriterTests {
    let writer = AtomicFileWriter()

    @Test func writesANewFileInMissingFolders() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/feeds/deep/all.xml"
        #expect(try writer.write(Data("hello".utf8), to: path))
        #expect(FileManager.default.contents(atPath: path) == Data("hello".utf8))
        #expect(try fileStat(path).st_mode & 0o777 == 0o644)
        #expect(try entries(folder.path + "/feeds/deep") == ["all.xml"])
    }

    @Test func unchangedContentKeepsInodeAndModificationTime() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/feed.xml"
        try writer.write(Data("same".utf8), to: path)
        try setOldModificationTime(path)
        let before = try fileStat(path)
        #expect(try writer.write(Data("same".utf8), to: path) == false)
        let after = try fileStat(path)
        #expect(after.st_ino == before.st_ino)
        #expect(after.st_mtim.tv_sec == before.st_mtim.tv_sec)
        #expect(after.st_mtim.tv_sec == 1_000_000_000)
    }

    /// A different size, and the same size with different bytes.
    @Test(arguments: [("old content", "different"), ("abcd", "abce")])
    func changedContentReplacesTheFile(oldContent: String, newContent: String) throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/feed.xml"
        try writer.write(Data(oldContent.utf8), to: path)
        try setOldModificationTime(path)
        let before = try fileStat(path)
        #expect(try writer.write(Data(newContent.utf8), to: path))
        #expect(FileManager.default.contents(atPath: path) == Data(newContent.utf8))
        let after = try fileStat(path)
        #expect(after.st_ino != before.st_ino)
        #expect(after.st_mtim.tv_sec != 1_000_000_000)
        #expect(try entries(folder.path) == ["feed.xml"])
    }

    @Test func folderThatIsAFileFailsAndLeavesItAlone() throws {
        let folder = try TemporaryFolder()
        let blocker = folder.path + "/feeds"
        try folder.write(Data("old".utf8), "feeds")
        let error = #expect(throws: OutputError.self) {
            try writer.write(Data("new".utf8), to: blocker + "/all.xml")
        }
        #expect(error?.reason.contains("Not a directory") == true)
        #expect(FileManager.default.contents(atPath: blocker) == Data("old".utf8))
        #expect(try entries(folder.path) == ["feeds"])
    }

    @Test func failedRenameLeavesTheOldTargetAndNoTempFile() throws {
        let folder = try TemporaryFolder()
        let target = folder.path + "/feed.xml"
        try folder.write(Data("kept".utf8), "feed.xml/inside")
        let error = #expect(throws: OutputError.self) {
            try writer.write(Data("new".utf8), to: target)
        }
        #expect(error?.path == target)
        #expect(error?.reason.hasPrefix("rename: ") == true)
        #expect(FileManager.default.contents(atPath: target + "/inside") == Data("kept".utf8))
        #expect(try entries(folder.path) == ["feed.xml"])
    }

    @Test func emptyContentIsWrittenOnceThenLeftAlone() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/empty.xml"
        #expect(try writer.write(Data(), to: path))
        #expect(try writer.write(Data(), to: path) == false)
        #expect(FileManager.default.contents(atPath: path) == Data())
    }

    @Test func removeDeletesAndToleratesMissingFiles() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/gone.xml"
        try writer.write(Data("x".utf8), to: path)
        try writer.remove(path)
        #expect(!FileManager.default.fileExists(atPath: path))
        try writer.remove(path)
    }

    @Test func staleTempFilesOfOtherProcessesAreRemoved() throws {
        let folder = try TemporaryFolder()
        try folder.write(Data("x".utf8), ".all.xml.tmp-999999999-17")
        try folder.write(Data("x".utf8), ".all.xml.tmp-\(getpid())-3")
        try folder.write(Data("x".utf8), "all.xml")
        try folder.write(Data("x".utf8), ".hidden")
        try folder.write(Data("x".utf8), ".notes.tmp-draft")
        #expect(writer.removeStaleTempFiles(in: folder.path) == 1)
        #expect(try entries(folder.path) == [".all.xml.tmp-\(getpid())-3", ".hidden", ".notes.tmp-draft", "all.xml"])
    }

    private func fileStat(_ path: String) throws -> stat {
        var info = stat()
        guard stat(path, &info) == 0 else { throw OutputError(path: path, reason: "stat failed") }
        return info
    }

    private func setOldModificationTime(_ path: String) throws {
        var times = [timespec(tv_sec: 1_000_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000_000, tv_nsec: 0)]
        guard utimensat(AT_FDCWD, path, &times, 0) == 0 else { throw OutputError(path: path, reason: "utimensat") }
    }

    private func entries(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }
}
