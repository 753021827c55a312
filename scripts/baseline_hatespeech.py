#!/usr/bin/env python3
"""Plain scikit-learn baseline for the hate speech model (issue bar reference).

TF-IDF of word 1-2-grams and char_wb 2-5-grams, one LogisticRegression(class_weight="balanced") per label,
trained on hatespeech-train.csv and reported on hatespeech-dev.csv at the default 0.5 threshold.

    pip install scikit-learn pandas
    python3 scripts/baseline_hatespeech.py [--train ../shared/data/hatespeech-train.csv]
                                           [--dev ../shared/data/hatespeech-dev.csv] [--json] [--cv 5]

With --cv K it reports out-of-fold F1 on the training file instead (KFold(K), no shuffling): the baseline's side of
the out-of-fold comparison in docs/PERFORMANCE.md.
"""
import argparse
import json

import pandas as pd
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_recall_fscore_support

LABELS = ["HS", "Abusive", "HS_Individual", "HS_Group", "HS_Religion", "HS_Race", "HS_Physical",
          "HS_Gender", "HS_Other", "HS_Weak", "HS_Moderate", "HS_Strong"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", default="../shared/data/hatespeech-train.csv")
    parser.add_argument("--dev", default="../shared/data/hatespeech-dev.csv")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--cv", type=int, default=0, help="out-of-fold F1 over K folds of the training file")
    args = parser.parse_args()
    train = pd.read_csv(args.train, encoding="utf-8")
    text_col = train.columns[0]
    if args.cv > 1:
        cross_validate(train, text_col, args.cv)
        return
    dev = pd.read_csv(args.dev, encoding="utf-8")
    word = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=1)
    x_train = hstack([word.fit_transform(train[text_col]), char.fit_transform(train[text_col])]).tocsr()
    x_dev = hstack([word.transform(dev[text_col]), char.transform(dev[text_col])]).tocsr()
    results, preds, golds = {}, [], []
    for label in LABELS:
        clf = LogisticRegression(class_weight="balanced", max_iter=2000)
        clf.fit(x_train, train[label])
        pred = clf.predict(x_dev)
        p, r, f, _ = precision_recall_fscore_support(dev[label], pred, average="binary", zero_division=0)
        results[label] = {"precision": p, "recall": r, "f1": f, "support": int(dev[label].sum())}
        preds.append(pred)
        golds.append(dev[label].values)
    import numpy as np
    y_pred, y_true = np.array(preds).T, np.array(golds).T
    micro = f1_score(y_true, y_pred, average="micro", zero_division=0)
    macro = f1_score(y_true, y_pred, average="macro", zero_division=0)
    if args.json:
        print(json.dumps({"labels": results, "micro_f1": micro, "macro_f1": macro}, indent=2))
        return
    print(f"{'label':<14} {'P':>6} {'R':>6} {'F1':>6} {'support':>8}")
    for label in LABELS:
        m = results[label]
        print(f"{label:<14} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} {m['support']:8d}")
    print(f"micro F1 {micro:.3f}  macro F1 {macro:.3f}")


def cross_validate(train, text_col, folds):
    import numpy as np
    from sklearn.model_selection import KFold
    texts = train[text_col]
    predicted = np.zeros((len(train), len(LABELS)))
    for fit, judge in KFold(folds).split(texts):
        word = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)
        char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=1)
        x_fit = hstack([word.fit_transform(texts.iloc[fit]), char.fit_transform(texts.iloc[fit])]).tocsr()
        x_judge = hstack([word.transform(texts.iloc[judge]), char.transform(texts.iloc[judge])]).tocsr()
        for column, label in enumerate(LABELS):
            model = LogisticRegression(class_weight="balanced", max_iter=2000).fit(x_fit, train[label].values[fit])
            predicted[judge, column] = model.predict(x_judge)
    scores = [f1_score(train[label], predicted[:, column]) for column, label in enumerate(LABELS)]
    for label, score in zip(LABELS, scores):
        print(f"{label:<14} out-of-fold F1 {score:6.3f}")
    micro = f1_score(train[LABELS].values, predicted, average="micro")
    print(f"micro F1 {micro:.3f}  macro F1 {np.mean(scores):.3f}")


if __name__ == "__main__":
    main()
