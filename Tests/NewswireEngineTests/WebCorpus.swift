import Foundation
import NewswireEngine
import NewswireModel

/// The web-shaped fixtures of `Fixtures/web`: title-less, undated, image-only, enclosure-only and empty
/// items, boilerplate shared across sources, a wire copy at two URLs, link-only items on two sites, an
/// empty feed; curly quotes, accents, emoji and dashes. Served on 127.0.0.1 and regenerated in steps,
/// one source group per step with its own clock, so that first-seen order and times are fixed.
struct WebCorpus {
    static let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("web")
    static let sourceNames = ["news", "wire", "blog", "links", "photos", "empty", "cms"]
    /// Polled in this order, one group per run, each a minute after the previous.
    static let steps: [[String]] = [["news"], ["wire"], ["blog"], ["links", "photos", "empty", "cms"]]
    static let start = Date(timeIntervalSince1970: 1_735_214_400)  // 2024-12-26T12:00:00Z

    let harness: EngineHarness
    let configuration: Configuration

    init() throws {
        let harness = try EngineHarness()
        for name in Self.sourceNames {
            let body = try String(contentsOf: Self.folder.appendingPathComponent("\(name).xml"), encoding: .utf8)
            harness.host.serve("\(name).xml", body)
        }
        self.harness = harness
        var configuration = harness.configuration(sources: Self.sourceNames.map { harness.source($0, "\($0).xml") })
        // Everything stays: the fixtures are dated 2024.
        configuration.output.retention = 100 * 365 * 86_400
        self.configuration = configuration
    }

    /// Regenerates step by step; the reports, in step order.
    func regenerateInSteps() async throws -> [Regenerator.Report] {
        var reports: [Regenerator.Report] = []
        for (index, step) in Self.steps.enumerated() {
            reports.append(try await harness.regenerate(configuration, .init(sourceIDs: step),
                                                        now: Self.start + Double(60 * index)))
        }
        return reports
    }

    /// The UpdateSummary of `source` in `reports`.
    static func summary(_ source: String, in reports: [Regenerator.Report]) -> (items: Int, summary: UpdateSummaryView)? {
        for report in reports {
            for outcome in report.outcomes where outcome.sourceID == source {
                if case .updated(let summary, let items) = outcome.result {
                    return (items, UpdateSummaryView(inserted: summary.inserted, duplicates: summary.duplicates,
                                                     emptyItems: summary.emptyItems))
                }
            }
        }
        return nil
    }

    func feed(_ id: String) throws -> String { try harness.read("feeds/\(id).xml") }
}

/// The counts of a poll a test looks at.
struct UpdateSummaryView: Equatable {
    var inserted: Int
    var duplicates: Int
    var emptyItems: Int
}
