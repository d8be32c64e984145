// Indonesian headers of /api/<query>.csv?lang=id: each GraphQL field path in the Indonesian
// title of its figure or field (common/vocabulary/), nested objects as "Sosialisasi: Biaya
// (Rp)", with the unit the English header gives in parentheses. A field without a title keeps
// its path.
import { ACTIVITY_LABELS, labels } from '../../common/charts/labels.ts';
import { fieldTitle } from '../../common/vocabulary/fields.ts';
import { FIGURES, figureOf } from '../../common/vocabulary/measures.ts';
import { headerWithUnit } from '../charts/units.ts';
import { withUnitId } from './csv-format.ts';

/** Path prefixes (objects): '' drops the segment (membership's points are the rows). */
const PREFIXES: Record<string, string> = {
  points: '',
  socialisation: ACTIVITY_LABELS.id.SOCIALISATION,
  promotion: ACTIVITY_LABELS.id.PROMOTION,
  verdict: labels('id').verdict,
  'verdict.costPerRegistration': FIGURES.costPerRegistration.title.id,
  'verdict.registrationsPerActivity': FIGURES.registrationsPerActivity.title.id,
};

/** The unit headerWithUnit writes for a field ('' without one), in English. */
function unitOfHeader(field: string, countUnit: string | null): string {
  const header = headerWithUnit(field, countUnit);
  return header === field ? '' : header.slice(field.length + 2, -1);
}

/** "Sosialisasi: Biaya (Rp)" for `socialisation.costIdr`; the path itself when a part has no word. */
export function apiHeaderId(field: string, countUnit: string | null): string {
  const parts = field.split('.');
  const name = parts.at(-1)!;
  const leaf = (figureOf(name)?.title ?? fieldTitle(name))?.id;
  const prefixes: string[] = [];
  for (let i = 1; i < parts.length; i++) {
    const path = parts.slice(0, i).join('.');
    const word = Object.hasOwn(PREFIXES, path) ? PREFIXES[path] : undefined;
    if (word === undefined) return headerWithUnit(field, countUnit);
    if (word) prefixes.push(word);
  }
  if (leaf === undefined) return headerWithUnit(field, countUnit);
  return [...prefixes, withUnitId(leaf, unitOfHeader(field, countUnit))].join(': ');
}
