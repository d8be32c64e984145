// Paths inside the project, for tests that read its own files (never anything beside it).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A file of examples/study: the study's Tabel 1–2 as importable CSV, and its branch. */
export const STUDY_EXAMPLE = (name: string) => path.join(PROJECT_ROOT, 'examples', 'study', name);
