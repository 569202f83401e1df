#!/usr/bin/env python3
"""Turns the score-pii.py --json summaries and timing lines of run.sh into Markdown tables.

usage: tables.py OUT_DIR "SET SET ..."
"""
import json
import statistics
import sys

TOOLS = ["guardrail", "redact-pii"]
TYPES = ["PERSON", "STREET_ADDRESS", "ZIP_CODE", "LOCATION", "DATE_OF_BIRTH", "EMAIL_ADDRESS",
         "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS"]
OTHER = "(predicted types with no gold)"


def pct(x):
    return "–" if x is None else "%.1f" % (100 * x)


def prec(c):
    n = c.get("pred_tp", 0) + c.get("pred_fp", 0)
    return None if n == 0 else c["pred_tp"] / n


def main():
    out, sets = sys.argv[1], sys.argv[2].split()
    sc = {(t, s): json.load(open("%s/score.%s.%s.json" % (out, t, s))) for t in TOOLS for s in sets}

    print("### Overall (type-agnostic overlap; the 11 types only)\n")
    print("| set | tool | records | P | R | R fully masked | leaked PII bytes | negatives with a false alarm | negatives with any redaction |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for s in sets:
        for t in TOOLS:
            x = sc[(t, s)]
            neg = "%d / %d | %d / %d" % (x["negatives_with_false_alarm"], x["negatives"],
                                         x["negatives_with_any_redaction"], x["negatives"]) if x["negatives"] else "– | –"
            un = " (%d unaligned)" % x["unaligned_records"] if x["unaligned_records"] else ""
            print("| %s | %s | %d%s | %s | %s | %s | %s | %s |" % (
                s, t, x["records_scored"], un, pct(x["precision"]), pct(x["recall"]),
                pct(x["recall_fully_masked"]), pct(x["leaked_byte_rate"]), neg))
    print()

    for s in sets:
        print("### %s: per type (%%)\n" % s)
        print("| type | gold | guardrail R | guardrail R full | guardrail P (FP) | redact-pii R | redact-pii R full | redact-pii P (FP) |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        for ty in TYPES + [OTHER]:
            cs = [sc[(t, s)]["per_type"].get(ty, {}) for t in TOOLS]
            gold = max(c.get("gold", 0) for c in cs)
            if gold == 0 and not any(c.get("pred_tp") or c.get("pred_fp") for c in cs):
                continue
            row = ["`%s`" % ty if ty != OTHER else "other predicted types", str(gold)]
            for c in cs:
                row += [pct(c.get("recall")), pct(c.get("fully_masked")),
                        "%s (%d)" % (pct(prec(c)), c.get("pred_fp", 0)) if prec(c) is not None else "–"]
            print("| " + " | ".join(row) + " |")
        print()

    runs = {}
    for l in open("%s/timing.jsonl" % out):
        r = json.loads(l)
        runs.setdefault(r["tool"], []).append(r)
    print("### Throughput, one core (median of %d timed passes after a warm-up pass)\n" % max(len(v) for v in runs.values()))
    print("| tool | texts | MB | CPU MB/s | wall MB/s | passes (CPU MB/s) |")
    print("|---|---:|---:|---:|---:|---|")
    for t in ["redact-pii", "guardrail", "guardrail Find"]:
        v = runs.get(t, [])
        if not v:
            continue
        print("| %s | %d | %.2f | %.1f | %.1f | %s |" % (
            t, v[0]["texts"], v[0]["bytes"] / 1e6, statistics.median(r["cpu_mb_s"] for r in v),
            statistics.median(r["wall_mb_s"] for r in v), ", ".join("%.1f" % r["cpu_mb_s"] for r in v)))


if __name__ == "__main__":
    main()
