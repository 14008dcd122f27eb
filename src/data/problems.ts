/** One thing wrong with the data, located by file and JSON path. */
export interface Problem {
  file: string;
  path: string;
  message: string;
}

const identifier = /^[A-Za-z_$][\w$]*$/;

/** `['viewpoints', 3, 'quote']` → `$.viewpoints[3].quote`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && identifier.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join('\n');
}
