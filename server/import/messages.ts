// The import's problems and notes as text: a code and its parameters, said in the language the
// caller asked for. The codes and their texts are the import-problems namespace
// (common/i18n/import-problems.ts); the importer keeps importing them from here.
import type { Locale } from '../../common/i18n/format.ts';
import { importProblems, type NoteCode, type ProblemCode, type ProblemParams } from '../../common/i18n/import-problems.ts';

export type { NoteCode, ProblemCode, ProblemParams, SourceProblemCode } from '../../common/i18n/import-problems.ts';

export function describeProblem(code: ProblemCode, params: ProblemParams, lang: Locale): string {
  return importProblems[lang].problems[code](params);
}

export function describeNote(code: NoteCode, params: ProblemParams, lang: Locale): string {
  return importProblems[lang].notes[code](params);
}

export const MONTH_NAMES_EN = importProblems.en.monthNames;
export const MONTH_NAMES_ID = importProblems.id.monthNames;
