import fs from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
const p = JSON.parse(fs.readFileSync(process.argv[2]));
const file = process.argv[3];
const smc = new SourceMapConsumer(JSON.parse(fs.readFileSync(file + '.map', 'utf8')));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n) => { const cf = n.callFrame; if (cf.url.endsWith(file.split('/').pop())) { const pos = smc.originalPositionFor({ line: cf.lineNumber + 1, column: cf.columnNumber }); return `${(pos.source??'?').replace(/.*node_modules\//,'').replace('../../../work/main/','')}:${pos.line} ${cf.functionName}`; } return `${cf.functionName||'(anon)'} ${cf.url.split('/').pop()}`; };
let t = p.startTime; const times = []; for (const d of p.timeDeltas) { t += d; times.push(t); }
let cut = times.length;
for (let i = 0; i < p.samples.length; i++) if (byId.get(p.samples[i]).callFrame.functionName === 'FIRSTVIEWMARK') { cut = i; break; }
const self = new Map(), incl = new Map();
for (let i = 0; i < cut; i++) { const ms = (times[i+1]-times[i])/1000 || 0; const id = p.samples[i]; const k = label(byId.get(id)); self.set(k,(self.get(k)??0)+ms);
  const seen = new Set(); let cur = id; while (cur !== undefined) { const kk = label(byId.get(cur)); if (!seen.has(kk)) { seen.add(kk); incl.set(kk,(incl.get(kk)??0)+ms);} cur = parent.get(cur);} }
console.log('span', ((times[cut]-p.startTime)/1000).toFixed(0));
const N = Number(process.argv[4] ?? 40);
const top = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, N).map(([k, v]) => `${v.toFixed(1).padStart(7)} ${k}`).join('\n');
console.log('SELF\n' + top(self)); console.log('INCLUSIVE\n' + top(incl));
// self time by function within subtree of a root label
const rootLabel = process.argv[5];
if (rootLabel) {
  const sub = new Map();
  for (let i = 0; i < cut; i++) { const ms = (times[i+1]-times[i])/1000 || 0; let cur = p.samples[i]; const leaf = label(byId.get(cur)); let inside = false; while (cur !== undefined) { if (label(byId.get(cur)).includes(rootLabel)) { inside = true; break; } cur = parent.get(cur); } if (inside) sub.set(leaf, (sub.get(leaf)??0)+ms); }
  console.log('SUBTREE ' + rootLabel + '\n' + top(sub));
}
