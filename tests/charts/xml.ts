// Strict XML well-formedness check with saxes (a non-validating, conformant XML parser):
// returns the problems found (empty when the document is well formed) and the root element.
import { SaxesParser } from 'saxes';

export function xmlProblems(text: string): { problems: string[]; root: string | null; texts: string[] } {
  const parser = new SaxesParser({ xmlns: true });
  const problems: string[] = [];
  const texts: string[] = [];
  let root: string | null = null;
  parser.on('error', (e) => problems.push(e.message));
  parser.on('opentag', (tag) => {
    root ??= `${tag.uri}|${tag.local}`;
    for (const attr of Object.values(tag.attributes)) texts.push(typeof attr === 'string' ? attr : attr.value);
  });
  parser.on('text', (t) => texts.push(t));
  parser.write(text).close();
  return { problems, root, texts };
}
