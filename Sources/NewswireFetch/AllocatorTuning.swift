import CCurl
import Foundation

/// Process-wide malloc settings for a process that fetches many bodies, and what its heap holds.
public enum AllocatorTuning {
    /// Blocks up to 1 MB come from the heap, and up to 64 MB of freed memory stays at its top. glibc's
    /// default (128 kB, adaptive) hands back every ~100 kB body's pages and faults them in anew for the
    /// next one (most of a fetch round's page faults, ~15% of its CPU time). Larger blocks (a sitemap
    /// part, a big page) are mapped on their own and unmapped when freed: with a 32 MB threshold they
    /// stayed in the heap and left holes in it, and the daemon's RSS rose 7% over 30 cycles.
    /// Call once at start.
    public static func retainFreedMemory() {
        newswire_malloc_thresholds(1 << 20, 64 << 20)
    }

    /// At most one malloc arena per core (glibc's default is eight per core). Tasks resume on whichever
    /// thread is free, so memory allocated in one arena is freed from another, and every arena keeps its
    /// own free memory: with 16 arenas on 2 cores the daemon's free heap grew from 124 to 232 MB over
    /// three cycles of 10,000 sources while the heap in use stayed at 62 MB; with 2 it held at 50 MB.
    /// Call once at start, before threads allocate.
    public static func limitArenas() {
        newswire_malloc_arena_max(Int32(max(2, ProcessInfo.processInfo.activeProcessorCount)))
    }

    /// Gives the free pages of every arena back to the system. Arenas of threads that tasks hop between
    /// keep freed memory apart, and the thresholds above keep all of it: a daemon's resident memory
    /// otherwise climbs towards the sum of every arena's peak.
    public static func releaseFreeMemory() {
        newswire_malloc_trim()
    }

    /// Bytes the process's heap has in use and holds free (glibc's `mallinfo2`, every arena); the two
    /// tell a leak (in use grows) from retention (free grows while in use stays).
    public static func heapBytes() -> (inUse: Int, free: Int) {
        var inUse = 0, free = 0
        newswire_heap_bytes(&inUse, &free)
        return (inUse, free)
    }
}
