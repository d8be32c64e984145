// What a question's chart accepts in its URL besides the field's arguments (a measure to show,
// a bar to highlight…): declared by the domain's descriptor, parsed by the HTTP layer.

/** A presentation parameter a route accepts besides the GraphQL arguments. */
export type ExtraSpec =
  | { kind: 'int'; min: number; max: number; default?: number }
  | { kind: 'number'; min: number; max: number; default?: number }
  | { kind: 'enum'; values: readonly string[]; default?: string; caseSensitive?: boolean }
  | { kind: 'string'; maxLength: number };

export type ExtraSpecs = Record<string, ExtraSpec>;
