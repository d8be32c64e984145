// The playground's example operations are plain .graphql files (examples/NN-name.graphql):
// leading `#` lines describe them, the operation's name gives the title, and variables have
// defaults in the operation so that each runs as it is. Pure: the browser and the tests use it.

export interface Example {
  /** File name without extension, e.g. `01-study-membership-table`. */
  id: string;
  /** Title shown in the picker and the tab, from the operation name: `StudyMembershipTable` → `Study membership table`. */
  title: string;
  /** The leading comment, as one paragraph. */
  description: string;
  /** The operation's name, when it has one: the tab runs it by name, so it is set with the text. */
  operationName: string | null;
  /** The whole file: what the tab's editor shows. */
  query: string;
}

export function parseExample(fileName: string, source: string): Example {
  const id = fileName.replace(/^.*\//, '').replace(/\.graphql$/, '');
  const lines = source.split(/\r?\n/);
  const comment: string[] = [];
  for (const line of lines) {
    if (!line.startsWith('#')) break;
    comment.push(line.replace(/^#\s?/, ''));
  }
  const operationName = /\b(?:query|mutation)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(source)?.[1] ?? null;
  const name = operationName ?? id;
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return { id, title: words.charAt(0).toUpperCase() + words.slice(1), description: comment.join(' ').trim(), operationName, query: source };
}

/** Examples in file-name order. */
export function parseExamples(files: Record<string, string>): Example[] {
  return Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, source]) => parseExample(file, source));
}
