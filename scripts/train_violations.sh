#!/usr/bin/env bash
# Trains the `violations` model from Bijak's own labelled posts: the training files under Training/violations/
# and the labelled fixtures under Tests/Fixtures/rule-posts*.jsonl, except the rounds kept aside to measure it
# (rule-posts-blind-{12..15}.jsonl, see docs/models/violations.md).
# Usage: scripts/train_violations.sh [OUTPUT]   (BIJAK=path/to/bijak to use a built binary)
set -euo pipefail
cd "$(dirname "$0")/.."
output="${1:-Sources/BijakCore/Resources/models/violations.bijakmodel}"
bijak="${BIJAK:-.build/release/bijak}"
args=()
for file in Training/violations/*.jsonl Tests/Fixtures/rule-posts*.jsonl; do
    case "$file" in
        *rule-posts-blind-1[2-5].jsonl) continue ;;
    esac
    args+=(--data "$file")
done
"$bijak" train violations "${args[@]}" --output "$output"
