"""Evaluation figures: per-label precision/recall/F1, macro-F1 by theme and theme x polarity.

Macro averages are over the labels that occur in the gold data or in the predictions: a label
nobody used and nothing predicted has no F1 to average, while a label predicted but never gold
counts as 0.
"""

from collections import defaultdict
from collections.abc import Iterable, Sequence

from nlp.taxonomy import LABELS, OUTCOME_KEYS, label_name

Pair = tuple[set[str], set[str]]  # (gold labels, predicted labels) for one comment


def _prf(gold: Sequence[set[str]], pred: Sequence[set[str]], label: str) -> dict:
    tp = sum(1 for g, p in zip(gold, pred, strict=True) if label in g and label in p)
    support = sum(1 for g in gold if label in g)
    predicted = sum(1 for p in pred if label in p)
    precision = tp / predicted if predicted else 0.0
    recall = tp / support if support else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "support": support,
        "predicted": predicted,
    }


def _macro(rows: Iterable[dict]) -> float | None:
    used = [r["f1"] for r in rows if r["support"] or r["predicted"]]
    return round(sum(used) / len(used), 4) if used else None


def _themes(labels: set[str]) -> set[str]:
    return {label.split(":")[0] for label in labels}


def figures(pairs: Sequence[Pair]) -> dict:
    gold = [g for g, _ in pairs]
    pred = [p for _, p in pairs]
    per_label = {label: _prf(gold, pred, label) for label in LABELS}
    gold_t, pred_t = [_themes(g) for g in gold], [_themes(p) for p in pred]
    per_theme = {o: _prf(gold_t, pred_t, o) for o in OUTCOME_KEYS}
    unmet = [label_name(o, "unmet") for o in OUTCOME_KEYS]
    unmet_gold = sum(len(g & set(unmet)) for g in gold)
    unmet_hit = sum(len(g & p & set(unmet)) for g, p in pairs)
    return {
        "n": len(pairs),
        "labels": per_label,
        "themes": per_theme,
        "theme_macro_f1": _macro(per_theme.values()),
        "theme_polarity_macro_f1": _macro(per_label.values()),
        "unmet_recall": round(unmet_hit / unmet_gold, 4) if unmet_gold else None,
    }


def evaluate_pairs(pairs: Sequence[Pair], langs: Sequence[str]) -> dict:
    """Overall figures plus the headline figures for each language."""
    result = figures(pairs)
    grouped: dict[str, list[Pair]] = defaultdict(list)
    for pair, lang in zip(pairs, langs, strict=True):
        grouped[lang].append(pair)
    result["languages"] = {}
    for lang, group in sorted(grouped.items()):
        f = figures(group)
        result["languages"][lang] = {
            k: f[k] for k in ("n", "theme_macro_f1", "theme_polarity_macro_f1", "unmet_recall")
        }
    return result


def format_report(result: dict) -> str:
    def num(x: float | None) -> str:
        return "  n/a" if x is None else f"{x:5.3f}"

    lines = [f"{'label':24} {'prec':>5} {'rec':>5} {'f1':>5} {'gold':>5} {'pred':>5}"]
    for name, r in [*result["labels"].items(), *result["themes"].items()]:
        lines.append(
            f"{name:24} {num(r['precision'])} {num(r['recall'])} {num(r['f1'])}"
            f" {r['support']:5d} {r['predicted']:5d}"
        )
    lines += [
        "",
        f"comments                 {result['n']}",
        f"theme macro-F1           {num(result['theme_macro_f1'])}",
        f"theme x polarity macroF1 {num(result['theme_polarity_macro_f1'])}",
        f"unmet recall             {num(result['unmet_recall'])}",
        "",
        f"{'language':10} {'n':>4} {'theme':>6} {'t x p':>6} {'unmet':>6}",
    ]
    for lang, r in result["languages"].items():
        lines.append(
            f"{lang:10} {r['n']:4d} {num(r['theme_macro_f1']):>6} "
            f"{num(r['theme_polarity_macro_f1']):>6} {num(r['unmet_recall']):>6}"
        )
    return "\n".join(lines)
