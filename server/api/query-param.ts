// A download's query parameter as its handlers read it: given at most once, trimmed, and when
// required and missing, refused with an example address (`usage`) that shows how to ask.
import type { Request } from 'express';
import { BadInputError } from '../errors.ts';

export function queryParam(req: Request, name: string, opts: { required?: boolean; usage: string }): string | undefined {
  const values = new URLSearchParams(req.originalUrl.split('?')[1] ?? '').getAll(name);
  if (values.length > 1) throw new BadInputError(name, 'is given more than once');
  if (!values.length || !values[0].trim()) {
    if (opts.required) throw new BadInputError(name, `is missing: ${opts.usage}`);
    return undefined;
  }
  return values[0].trim();
}
