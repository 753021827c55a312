import BijakCore
import Foundation

/// Reads the training files a recipe expects: one labelled CSV, or labelled-posts JSONL files for a recipe with
/// post labels, reporting on stderr which posts were left out and why.
enum TrainingData {
    static func load(_ paths: [String], recipe: ModelRecipe) throws -> LabelledDataset {
        guard !recipe.postLabels.isEmpty else {
            guard paths.count == 1 else {
                throw CommandFailure(message: "Model '\(recipe.name)' dilatih dari tepat satu berkas CSV / "
                    + "model '\(recipe.name)' trains from exactly one CSV file")
            }
            return try LabelledDataset(contentsOf: URL(fileURLWithPath: paths[0]), schema: recipe.schema)
        }
        var parts: [LabelledDataset] = []
        for path in paths {
            var summary = LabelledDataset.PostReadingSummary()
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                throw CommandFailure(message: "Tidak dapat membaca / cannot read \(path): \(error.localizedDescription)")
            }
            do {
                parts.append(try LabelledDataset.labelledPosts(data, rules: recipe.postLabels, summary: &summary))
            } catch let error as ModelDataError {
                throw CommandFailure(message: "\(path): \(error.description)")
            }
            Console.err("\(path): \(summary.kept) dipakai / used; dilewati / skipped: \(summary.skippedContextual) "
                + "bergantung konteks / contextual, \(summary.skippedEmpty) kosong / empty, "
                + "\(summary.skippedUncovered) di luar label / outside the labels")
        }
        return LabelledDataset.concatenating(parts)
    }
}
