/**
 * `npm run data:check [folder…]`: validates data/regions.json and every briefing folder under
 * data/briefings/ (or only the folders named), printing one summary line per briefing or every
 * problem found.
 */
import path from 'node:path';
import { formatProblems, type Problem } from '../src/data/check';
import {
  checkRegionsFile,
  listBriefingDirs,
  loadBriefingDir,
} from '../src/data/node/load-briefing';

const args = process.argv.slice(2);
const dirs = args.length ? args.map((arg) => path.resolve(arg)) : listBriefingDirs();
const problems: Problem[] = checkRegionsFile();

if (!problems.length) {
  if (!dirs.length)
    problems.push({ file: 'data/briefings', path: '$', message: 'no briefing folders' });
  for (const dir of dirs) {
    const { bundle, problems: found } = loadBriefingDir(dir);
    problems.push(...found);
    if (bundle) {
      const counts = [
        `${bundle.source.paragraphs.length} paragraphs`,
        `${bundle.speakers.length} speakers`,
        `${bundle.viewpoints.length} viewpoints`,
        `${bundle.places.length} places`,
        `${bundle.links.length} links`,
        `${bundle.mentions.length} mentions`,
      ];
      console.log(`data:check ok — ${bundle.briefing.id}: ${counts.join(', ')}`);
    }
  }
}

if (problems.length) {
  console.error(formatProblems(problems));
  console.error(`data:check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
