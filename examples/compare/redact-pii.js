#!/usr/bin/env node
// Runs the redact-pii npm package (solvvy/redact-pii, MIT) with its offline
// SyncRedactor -- built-in regular expressions and name lists, no Google DLP,
// no network -- on JSON lines {"id", "text"}.
//
//   node redact-pii.js IN.jsonl > OUT.jsonl
//       writes one {"id", "redacted"} per input line. redact-pii returns only
//       the rewritten text (placeholders such as PERSON_NAME, EMAIL_ADDRESS,
//       DIGITS), so the scorer recovers the spans by aligning it with the
//       original text (score-pii.py --redacted).
//
//   node redact-pii.js --time PASSES IN.jsonl
//       redacts every text once to warm the JIT, then PASSES more times, and
//       prints one JSON line per timed pass to stdout: UTF-8 bytes, texts, the
//       process CPU time (user+system, all V8 threads) and the wall time of
//       the redaction loop alone. Reading the file, parsing JSON and starting
//       node are outside the timed loop.
'use strict';

const fs = require('fs');
const { SyncRedactor } = require('redact-pii');

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
      for (const t of texts) sink += redactor.redact(t).length;
      const wallNs = Number(process.hrtime.bigint() - wall0);
      const cpu = process.cpuUsage(cpu0);
      const cpuS = (cpu.user + cpu.system) / 1e6;
      process.stdout.write(
        JSON.stringify({
          tool: 'redact-pii',
          pass: p,
          texts: texts.length,
          bytes,
          cpu_s: +cpuS.toFixed(4),
          wall_s: +(wallNs / 1e9).toFixed(4),
          cpu_mb_s: +(bytes / 1e6 / cpuS).toFixed(3),
          sink,
        }) + '\n',
      );
    }
    return;
  }
  const out = [];
  for (const it of readItems(argv[0])) {
    out.push(JSON.stringify({ id: it.id, redacted: redactor.redact(it.text) }));
  }
  process.stdout.write(out.join('\n') + '\n');
}

main(process.argv.slice(2));
