import NewswireEngine

/// The lines `regenerate` prints: one per source, then what was written where.
struct RunSummary {
    let report: Regenerator.Report
    let outputDir: String

    var text: String {
        var lines: [String] = []
        let failed = report.failures.count
        let width = report.outcomes.map(\.sourceID.count).max() ?? 0
        for outcome in report.outcomes {
            let id = outcome.sourceID.padding(toLength: width, withPad: " ", startingAt: 0)
            // A file:// read has no HTTP status worth showing.
            let status = outcome.url.hasPrefix("http") ? outcome.httpStatus.map { " (HTTP \($0))" } ?? "" : ""
            switch outcome.result {
            case .updated(let s, let items):
                let empty = s.emptyItems > 0 ? ", \(s.emptyItems) empty items skipped" : ""
                lines.append("  ok      \(id)  \(items) items: \(s.inserted) new, \(s.updated) updated, "
                    + "\(s.duplicates) duplicates\(empty)\(status)")
            case .notModified:
                lines.append("  ok      \(id)  not modified\(status)")
            case .skipped:
                lines.append("  offline \(id)  not polled")
            case .failed(let reason):
                lines.append("  FAILED  \(id)  \(CredentialMask.masked(reason)) — \(CredentialMask.masked(outcome.url))")
            }
        }
        let total = report.outcomes.count
        let skipped = report.outcomes.filter { if case .skipped = $0.result { true } else { false } }.count
        var header = "newswire: \(total) sources: \(total - failed - skipped) ok, \(failed) failed"
        if skipped > 0 { header += ", \(skipped) not polled" }
        lines.insert(header, at: 0)
        let render = report.render
        var written = "newswire: wrote \(render.written.count) files (\(render.unchanged) unchanged"
        if !render.removed.isEmpty { written += ", \(render.removed.count) removed" }
        lines.append(written + ") in \(outputDir)")
        if report.pruned > 0 { lines.append("newswire: \(report.pruned) articles past retention removed") }
        return lines.joined(separator: "\n") + "\n"
    }
}
