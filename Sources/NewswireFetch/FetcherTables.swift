/// How many entries the fetcher's in-memory tables hold: each is bounded by the transfers in flight or
/// waiting, never by the number of fetches so far.
public struct FetcherTables: Sendable, Equatable {
    /// Fetches between their start and their end.
    public var jobs = 0
    /// Slots of the waiting queue, released ones included.
    public var queueSlots = 0
    /// Hosts with a transfer running.
    public var hosts = 0
    /// Transfers running.
    public var transfers = 0

    public init(jobs: Int = 0, queueSlots: Int = 0, hosts: Int = 0, transfers: Int = 0) {
        self.jobs = jobs
        self.queueSlots = queueSlots
        self.hosts = hosts
        self.transfers = transfers
    }
}
