#!/usr/bin/env node
// Runs the redact-pii npm package (solvvy/redact-pii, MIT) with its offline
// SyncRedactor -- built-in regular expressions and name lists, no Google DLP,
// no network -- on JSON lines {"id", "text"}.
//
//   node redact-pii.js IN.jsonl > OUT.jsonl
//       writes one {"id", "redacted", "spans", "spans_checked"} per input
//       line. "redacted" is redact-pii's own output. redact-pii returns only
//       the rewritten text (placeholders such as PERSON_NAME, EMAIL_ADDRESS,
//       DIGITS), so "spans" ({"start","end","type"}, UTF-8 byte offsets into
//       the input) come from replaying its steps with offset tracking (see
//       trackedRedact); "spans_checked" is true when the replay's text equals
//       redact-pii's output exactly. score-pii.py can read either field
//       (--pred for spans, --redacted to align the text).
//
//   node redact-pii.js --time PASSES IN.jsonl
//       redacts every text once to warm the JIT, then runs PASSES timed
//       passes, each going over the texts again and again for at least a
//       second, and prints one JSON line per pass to stdout: UTF-8 bytes,
//       texts, rounds, the process CPU time (user+system, all V8 threads) and
//       the wall time of the redaction loop alone. Reading the file, parsing JSON and starting
//       node are outside the timed loop.
'use strict';

const fs = require('fs');
const { SyncRedactor } = require('redact-pii');
const wellKnownNameList = require('redact-pii/lib/built-ins/well-known-names.json');

// NameRedactor's private expressions, built as redact-pii 3.4.0's
// lib/built-ins/NameRedactor.js builds them. A drift shows as
// "spans_checked": false.
const greetingRegex = /(^|\.\s+)(dear|hi|hello|greetings|hey|hey there)/gi;
const closingRegex =
  /(thx|thanks|thank you|regards|best|[a-z]+ly|[a-z]+ regards|all the best|happy [a-z]+ing|take care|have a [a-z]+ (weekend|night|day))/gi;
const greetingOrClosing = new RegExp(
  '(((' + greetingRegex.source + ')|(' + closingRegex.source + '\\s*[,.!]*))[\\s-]*)',
  'gi',
);
const genericName = new RegExp('( ?(([A-Z][a-z]+)|([A-Z]\\.)))+([,.]|[,.]?$)', 'gm');
const wellKnownNames = new RegExp('\\b(\\s*)(\\s*(' + wellKnownNameList.join('|') + '))+\\b', 'gim');

// Tracked is a text being redacted that remembers, for every UTF-16 unit,
// the range of the original text it stands for and the replacement (if any)
// that wrote it.
class Tracked {
  constructor(text) {
    this.text = text;
    this.units = [];
    for (let i = 0; i < text.length; i++) this.units.push({ s: i, e: i + 1, rep: null });
    this.reps = []; // {type, s, e} per replacement, in original UTF-16 offsets
  }

  // replace swaps text[a:b] for the placeholder word; the replacement stands
  // for the union of the original ranges under text[a:b].
  replace(a, b, word) {
    let s = Infinity;
    let e = -Infinity;
    for (let i = a; i < b; i++) {
      s = Math.min(s, this.units[i].s);
      e = Math.max(e, this.units[i].e);
    }
    const rep = { type: word, s, e };
    this.reps.push(rep);
    const fresh = Array.from(word, () => ({ s, e, rep }));
    this.units.splice(a, b - a, ...fresh);
    this.text = this.text.slice(0, a) + word + this.text.slice(b);
  }
}

// trackedRedact replays redactor's child redactors on text (each rewrites
// the output of the one before, as SyncCompositeRedactor.redact does) and
// returns the final text and the spans of the placeholders left in it.
function trackedRedact(redactor, text) {
  const t = new Tracked(text);
  for (const child of redactor.childRedactors) {
    if (child.regexpMatcher) {
      // SimpleRegexpRedactor: text.replace(regexp, replaceWith), all matches
      // found on the text before this step.
      const re = child.regexpMatcher;
      re.lastIndex = 0;
      const ms = [];
      let m;
      while ((m = re.exec(t.text)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        ms.push([m.index, m.index + m[0].length]);
      }
      for (let i = ms.length - 1; i >= 0; i--) t.replace(ms[i][0], ms[i][1], child.replaceWith);
      continue;
    }
    // NameRedactor: greetings and closings followed by a capitalised name,
    // then the well-known names (leading white space kept).
    greetingOrClosing.lastIndex = 0;
    genericName.lastIndex = 0;
    let g = greetingOrClosing.exec(t.text);
    while (g !== null) {
      genericName.lastIndex = greetingOrClosing.lastIndex;
      const n = genericName.exec(t.text);
      if (n !== null && n.index === greetingOrClosing.lastIndex) {
        const suffix = n[5] === null ? '' : n[5];
        t.replace(n.index, n.index + n[0].length - suffix.length, child.replaceWith);
      }
      g = greetingOrClosing.exec(t.text);
    }
    wellKnownNames.lastIndex = 0;
    const ms = [];
    let m;
    while ((m = wellKnownNames.exec(t.text)) !== null) {
      if (m[0].length === 0) {
        wellKnownNames.lastIndex++;
        continue;
      }
      ms.push([m.index + m[1].length, m.index + m[0].length]);
    }
    for (let i = ms.length - 1; i >= 0; i--) t.replace(ms[i][0], ms[i][1], child.replaceWith);
  }
  // A placeholder partly overwritten by a later step keeps its span: the
  // scorer matches by overlap, so a duplicate does no harm.
  const live = new Set(t.units.filter((u) => u.rep !== null).map((u) => u.rep));
  const byte = (i) => Buffer.byteLength(text.slice(0, i), 'utf8');
  const spans = [...live]
    .sort((x, y) => x.s - y.s || x.e - y.e)
    .map((r) => ({ start: byte(r.s), end: byte(r.e), type: r.type }));
  return { text: t.text, spans };
}

function readItems(path) {
  return fs
    .readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
}

function main(argv) {
  const redactor = new SyncRedactor();
  if (argv[0] === '--time') {
    const passes = parseInt(argv[1], 10);
    const items = readItems(argv[2]);
    const texts = items.map((it) => it.text);
    const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
    let sink = 0;
    for (const t of texts) sink += redactor.redact(t).length; // warm-up pass, not reported
    for (let p = 1; p <= passes; p++) {
      const cpu0 = process.cpuUsage();
      const wall0 = process.hrtime.bigint();
      let rounds = 0;
      while (rounds === 0 || process.hrtime.bigint() - wall0 < 1000000000n) {
        for (const t of texts) sink += redactor.redact(t).length;
        rounds++;
      }
      const wallNs = Number(process.hrtime.bigint() - wall0);
      const cpu = process.cpuUsage(cpu0);
      const cpuS = (cpu.user + cpu.system) / 1e6;
      process.stdout.write(
        JSON.stringify({
          tool: 'redact-pii',
          pass: p,
          texts: texts.length,
          bytes,
          rounds,
          cpu_s: +cpuS.toFixed(4),
          wall_s: +(wallNs / 1e9).toFixed(4),
          cpu_mb_s: +((rounds * bytes) / 1e6 / cpuS).toFixed(3),
          wall_mb_s: +((rounds * bytes) / 1e6 / (wallNs / 1e9)).toFixed(3),
          sink,
        }) + '\n',
      );
    }
    return;
  }
  const out = [];
  let unchecked = 0;
  for (const it of readItems(argv[0])) {
    const redacted = redactor.redact(it.text);
    const tr = trackedRedact(redactor, it.text);
    const checked = tr.text === redacted;
    unchecked += !checked;
    out.push(JSON.stringify({ id: it.id, redacted, spans: tr.spans, spans_checked: checked }));
  }
  process.stdout.write(out.join('\n') + '\n');
  if (unchecked > 0) {
    process.stderr.write(`redact-pii.js: ${unchecked} text(s) where the span replay differs from redact-pii's output\n`);
  }
}

main(process.argv.slice(2));
