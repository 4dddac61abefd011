import CCurl

/// A process-wide malloc setting for a process that fetches many bodies.
public enum AllocatorTuning {
    /// Starts glibc where its own adaptive thresholds end up once a large block was freed: blocks up to
    /// 32 MB come from the heap, and up to 64 MB of freed memory stays at its top. Without it a process
    /// that never frees a large block hands back every ~100 kB body's pages and faults them in anew for
    /// the next one (most of a fetch round's page faults, ~15% of its CPU time). Call once at start.
    public static func retainFreedMemory() {
        newswire_malloc_thresholds(32 << 20, 64 << 20)
    }
}
