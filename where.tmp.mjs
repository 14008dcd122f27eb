import fs from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
const p = JSON.parse(fs.readFileSync(process.argv[2]));
const file = process.argv[3];
const smc = new SourceMapConsumer(JSON.parse(fs.readFileSync(file + '.map', 'utf8')));
const names = process.argv.slice(4);
for (const n of p.nodes) {
  const cf = n.callFrame;
  if (!cf.url.endsWith(file.split('/').pop())) continue;
  if (!names.includes(cf.functionName)) continue;
  const pos = smc.originalPositionFor({ line: cf.lineNumber + 1, column: cf.columnNumber });
  console.log(cf.functionName, cf.lineNumber, cf.columnNumber, pos.source?.replace(/.*node_modules\//,''), pos.line, pos.name);
}
