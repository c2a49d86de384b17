/// The HTML rendering: one self-contained page.
extension EvaluationReport {
    /// A page with the table (F × 100 and intervals per system and metric) and an inline SVG bar
    /// chart of each system's F per metric, its interval drawn as an error bar. No scripts, no
    /// external resources; every text from the report (system names, the recipe) is escaped.
    public func html() -> String {
        let metrics = metrics
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>ROUGE evaluation</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
            table { border-collapse: collapse; margin: 1em 0; }
            th, td { border: 1px solid #ccc; padding: 0.3em 0.7em; text-align: right; }
            th:first-child, td:first-child { text-align: left; }
            .interval { color: #666; font-size: 0.85em; }
            .legend { list-style: none; padding: 0; }
            .legend li { display: inline-block; margin-right: 1.5em; }
            .swatch { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.3em; vertical-align: middle; }
            </style>
            </head>
            <body>
            <h1>ROUGE evaluation</h1>

            """
        let documentCount = "\(documents) document\(documents == 1 ? "" : "s")"
        page += "<p>\(documentCount); F &times; 100 with \(ReportText.level(confidenceLevel))% bootstrap intervals.</p>\n"
        page += "<p>Recipe: \(Self.escaped(recipe.description))</p>\n"
        if let summaryProtocol { page += "<p>Protocol: \(Self.escaped(summaryProtocol))</p>\n" }
        page += "<table>\n<tr><th>system</th>"
        page += metrics.map { "<th>\(ReportText.title(of: $0))</th>" }.joined() + "</tr>\n"
        for system in systems {
            page += "<tr><td>\(Self.escaped(system.name))</td>"
            for metric in metrics {
                if let summary = system.metrics[metric] {
                    page += "<td>\(ReportText.percent(summary.f)) <span class=\"interval\">["
                        + "\(ReportText.percent(summary.low)), \(ReportText.percent(summary.high))]</span></td>"
                } else {
                    page += "<td>-</td>"
                }
            }
            page += "</tr>\n"
        }
        page += "</table>\n"
        page += chart(metrics: metrics)
        page += "<ul class=\"legend\">\n"
        for (index, system) in systems.enumerated() {
            page += "<li><span class=\"swatch\" style=\"background: \(Self.colour(index))\"></span>"
                + "\(Self.escaped(system.name))</li>\n"
        }
        page += "</ul>\n</body>\n</html>\n"
        return page
    }

    /// The bar chart: one group of bars per metric, one bar per system, y from 0 to 100.
    private func chart(metrics: [RougeMetric]) -> String {
        let (width, height) = (720.0, 320.0)
        let (left, right, top, bottom) = (44.0, 12.0, 12.0, 36.0)
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        func y(_ value: Double) -> Double { top + plotHeight * (1 - min(max(value, 0), 1)) }
        /// A coordinate with one decimal.
        func number(_ value: Double) -> String { ReportText.percent(value / 100) }

        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" "
            + "viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"ROUGE F by system and metric\">\n"
        for tick in stride(from: 0, through: 100, by: 25) {
            let tickY = y(Double(tick) / 100)
            svg += "<line x1=\"\(number(left))\" y1=\"\(number(tickY))\" x2=\"\(number(width - right))\" "
                + "y2=\"\(number(tickY))\" stroke=\"#ddd\"/>\n"
            svg += "<text x=\"\(number(left - 6))\" y=\"\(number(tickY + 4))\" font-size=\"11\" "
                + "text-anchor=\"end\">\(tick)</text>\n"
        }
        guard !metrics.isEmpty, !systems.isEmpty else { return svg + "</svg>\n" }
        let groupWidth = plotWidth / Double(metrics.count)
        let barWidth = groupWidth * 0.8 / Double(systems.count)
        for (group, metric) in metrics.enumerated() {
            let groupLeft = left + groupWidth * Double(group) + groupWidth * 0.1
            for (index, system) in systems.enumerated() {
                guard let summary = system.metrics[metric] else { continue }
                let x = groupLeft + barWidth * Double(index)
                let label = "\(Self.escaped(system.name)) \(ReportText.title(of: metric)): \(ReportText.cell(summary))"
                svg += "<rect x=\"\(number(x))\" y=\"\(number(y(summary.f)))\" "
                    + "width=\"\(number(barWidth * 0.9))\" height=\"\(number(y(0) - y(summary.f)))\" "
                    + "fill=\"\(Self.colour(index))\"><title>\(label)</title></rect>\n"
                let barCentre = x + barWidth * 0.45
                let cap = min(barWidth * 0.2, 6)
                svg += "<path d=\"M\(number(barCentre - cap)) \(number(y(summary.low))) H\(number(barCentre + cap)) "
                    + "M\(number(barCentre)) \(number(y(summary.low))) V\(number(y(summary.high))) "
                    + "M\(number(barCentre - cap)) \(number(y(summary.high))) H\(number(barCentre + cap))\" "
                    + "stroke=\"#222\" fill=\"none\"/>\n"
            }
            let labelX = left + groupWidth * (Double(group) + 0.5)
            svg += "<text x=\"\(number(labelX))\" y=\"\(number(height - bottom + 20))\" "
                + "font-size=\"13\" text-anchor=\"middle\">\(ReportText.title(of: metric))</text>\n"
        }
        return svg + "</svg>\n"
    }

    /// A colour per system, cycling through a palette readable by the colour-blind (Okabe–Ito).
    private static func colour(_ index: Int) -> String {
        let palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
        return palette[index % palette.count]
    }

    /// `text` with the five HTML-special characters escaped.
    static func escaped(_ text: String) -> String {
        HTML.escaped(text)
    }
}
