/// Limited-memory BFGS minimisation with a backtracking (Armijo) line search.
///
/// Small and dependency-free; enough for smooth convex losses such as regularised logistic regression.
enum LBFGS {
    /// Minimises `function` (which returns the value and fills the gradient) from `start`.
    static func minimise(start: [Double], maxIterations: Int, memory: Int = 10, tolerance: Double = 1e-6,
                         function: ([Double], inout [Double]) -> Double) -> [Double] {
        let count = start.count
        var point = start
        var gradient = [Double](repeating: 0, count: count)
        var value = function(point, &gradient)
        var steps: [[Double]] = [], gradientChanges: [[Double]] = [], rhos: [Double] = []
        var direction = [Double](repeating: 0, count: count)
        var candidate = [Double](repeating: 0, count: count)
        var candidateGradient = [Double](repeating: 0, count: count)

        for iteration in 0..<maxIterations {
            // Two-loop recursion: direction = -H·gradient.
            for index in 0..<count { direction[index] = -gradient[index] }
            var alphas = [Double](repeating: 0, count: steps.count)
            for memoryIndex in stride(from: steps.count - 1, through: 0, by: -1) {
                let alpha = rhos[memoryIndex] * dot(steps[memoryIndex], direction)
                alphas[memoryIndex] = alpha
                axpy(-alpha, gradientChanges[memoryIndex], &direction)
            }
            if let lastStep = steps.last, let lastChange = gradientChanges.last {
                let scale = dot(lastStep, lastChange) / dot(lastChange, lastChange)
                for index in 0..<count { direction[index] *= scale }
            } else {
                let norm = dot(gradient, gradient).squareRoot()
                if norm > 0 { for index in 0..<count { direction[index] /= norm } }
            }
            for memoryIndex in 0..<steps.count {
                let beta = rhos[memoryIndex] * dot(gradientChanges[memoryIndex], direction)
                axpy(alphas[memoryIndex] - beta, steps[memoryIndex], &direction)
            }
            var slope = dot(gradient, direction)
            if slope >= 0 {
                // Not a descent direction (numerical trouble): restart from steepest descent.
                steps.removeAll(); gradientChanges.removeAll(); rhos.removeAll()
                for index in 0..<count { direction[index] = -gradient[index] }
                slope = dot(gradient, direction)
            }
            var stepSize = 1.0
            var newValue = value
            var accepted = false
            for _ in 0..<30 {
                for index in 0..<count { candidate[index] = point[index] + stepSize * direction[index] }
                newValue = function(candidate, &candidateGradient)
                if newValue <= value + 1e-4 * stepSize * slope { accepted = true; break }
                stepSize *= 0.5
            }
            guard accepted else { break }
            var step = [Double](repeating: 0, count: count)
            var change = [Double](repeating: 0, count: count)
            for index in 0..<count {
                step[index] = candidate[index] - point[index]
                change[index] = candidateGradient[index] - gradient[index]
            }
            let curvature = dot(step, change)
            if curvature > 1e-12 {
                if steps.count == memory { steps.removeFirst(); gradientChanges.removeFirst(); rhos.removeFirst() }
                steps.append(step); gradientChanges.append(change); rhos.append(1 / curvature)
            }
            let improvement = value - newValue
            swap(&point, &candidate)
            swap(&gradient, &candidateGradient)
            value = newValue
            if iteration > 0, improvement <= tolerance * max(1, abs(value)) { break }
        }
        return point
    }

    static func dot(_ left: [Double], _ right: [Double]) -> Double {
        var sum = 0.0
        for index in 0..<left.count { sum += left[index] * right[index] }
        return sum
    }

    static func axpy(_ factor: Double, _ vector: [Double], _ target: inout [Double]) {
        for index in 0..<vector.count { target[index] += factor * vector[index] }
    }
}
