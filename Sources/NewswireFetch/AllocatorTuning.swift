import CCurl

/// A process-wide malloc setting for a process that fetches many bodies.
public enum AllocatorTuning {
    /// Lets glibc keep up to 8 MB of freed memory at the top of each arena instead of handing back
    /// everything past 128 kB. A fetched body (typically ~100 kB) otherwise often lands on pages the
    /// kernel must map and zero anew: most of a 200 round's page faults and ~15% of its CPU time.
    /// Call once when the process starts.
    public static func retainFreedMemory() {
        newswire_malloc_trim_threshold(8 << 20)
    }
}
