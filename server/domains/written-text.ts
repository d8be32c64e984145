// Text people write into Pantau (review notes, action titles, planned activities): checked the
// same way everywhere, naming the argument at fault.
import { BadInputError } from '../errors.ts';

// Control characters other than tab and line breaks: invisible in the report and the CSV.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Free text: trimmed, null when empty, at most `max` characters, no control characters. */
export function textArgument(argument: string, value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (!text) return null;
  if (text.length > max) throw new BadInputError(argument, `is ${text.length} characters long; at most ${max}`, 'TEXT_TOO_LONG');
  if (CONTROL.test(text)) throw new BadInputError(argument, 'holds a control character; remove it', 'CONTROL_CHARACTER');
  return text;
}

/** Free text that must be there. */
export function requiredText(argument: string, value: string | null | undefined, max: number, what: string): string {
  const text = textArgument(argument, value, max);
  if (!text) throw new BadInputError(argument, `is empty; ${what}`, 'EMPTY');
  return text;
}
