// The example operations, bundled from examples/*.graphql by Vite.
import { type Example, parseExamples } from './example-format.ts';

const files = import.meta.glob<string>('./examples/*.graphql', { query: '?raw', import: 'default', eager: true });

export const EXAMPLES: Example[] = parseExamples(files);
