import Foundation

/// Bar charts as inline SVG, drawn on the server: no scripts (the CSP forbids them), readable without CSS, with a
/// title and a text alternative for screen readers.
enum SVGChart {
    /// Horizontal bars, one per count, labelled on the left (for counts by rule).
    static func horizontalBars(_ counts: [DashboardFigures.Count], title: String) -> String {
        let rowHeight = 22, labelWidth = 120, barWidth = 360, height = max(1, counts.count) * rowHeight + 8
        let maximum = max(1, counts.map(\.count).max() ?? 1)
        var body = ""
        for (index, count) in counts.enumerated() {
            let y = 4 + index * rowHeight
            let width = max(1, Int(Double(count.count) / Double(maximum) * Double(barWidth - 50)))
            body += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" text-anchor=\"end\">\(escape(count.key))</text>"
            body += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"\(rowHeight - 6)\" class=\"bar\"/>"
            body += "<text x=\"\(labelWidth + width + 4)\" y=\"\(y + 15)\">\(count.count)</text>"
        }
        return frame(width: labelWidth + barWidth, height: height, title: title, counts: counts, body: body)
    }

    /// Vertical bars over time, oldest left (for the trend).
    static func columns(_ counts: [DashboardFigures.Count], title: String) -> String {
        let plotHeight = 140, columnWidth = max(6, min(28, 480 / max(1, counts.count)))
        let width = max(1, counts.count) * columnWidth + 20, height = plotHeight + 40
        let maximum = max(1, counts.map(\.count).max() ?? 1)
        var body = "<text x=\"2\" y=\"12\">\(maximum)</text>"
        for (index, count) in counts.enumerated() {
            let barHeight = Int(Double(count.count) / Double(maximum) * Double(plotHeight - 20))
            let x = 10 + index * columnWidth
            body += "<rect x=\"\(x)\" y=\"\(plotHeight - barHeight)\" width=\"\(columnWidth - 2)\" height=\"\(barHeight)\" "
                + "class=\"bar\"><title>\(escape(count.key)): \(count.count)</title></rect>"
            if index == 0 || index == counts.count - 1 {
                body += "<text x=\"\(x)\" y=\"\(plotHeight + 16)\">\(escape(count.key))</text>"
            }
        }
        return frame(width: width, height: height, title: title, counts: counts, body: body)
    }

    private static func frame(width: Int, height: Int, title: String, counts: [DashboardFigures.Count],
                              body: String) -> String {
        let summary = counts.map { "\($0.key): \($0.count)" }.joined(separator: ", ")
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"\(width)\" "
            + "height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\"><title>\(escape(title))</title>"
            + "<desc>\(escape(summary))</desc>\(body)</svg>"
    }

    /// Escapes text for XML.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
