// The upload page's GraphQL operations, typed by codegen (common/gql), sent with a plain fetch
// to POST /graphql with the session cookie (the browser sends it by itself: same origin), and no
// Apollo cache is involved (after a stored import the page reloads the history itself).
import { print, type DocumentNode } from 'graphql';
import { graphql } from '../../../common/gql/index.ts';

export const ImportPageKindsQuery = graphql(`
  query ImportPageKinds {
    importKinds {
      kind
      columns {
        name
        required
      }
    }
  }
`);

export const ImportPageHistoryQuery = graphql(`
  query ImportPageHistory {
    importHistory(limit: 20) {
      id
      kind
      fileName
      outcome
      rows
      rejectedRows
      actor
      startedAt
      sha256
    }
  }
`);

export const ImportPageDataMutation = graphql(`
  mutation ImportPageData($kind: ImportKind!, $fileName: String!, $content: String!, $dryRun: Boolean, $sheet: String, $lang: ReportLanguage) {
    importData(kind: $kind, fileName: $fileName, content: $content, contentEncoding: BASE64, dryRun: $dryRun, sheet: $sheet, lang: $lang) {
      runId
      outcome
      rows
      rejectedRows
      problemCount
      problemsTruncated
      storedRows
      format
      delimiter
      sheet
      columns
      problems {
        line
        column
        value
        code
        reason
      }
      notes {
        code
        count
        line
        column
        text
      }
    }
  }
`);

/** A codegen document: its result and variables types ride along (as in TypedDocumentNode). */
interface TypedDocument<Result, Variables> extends DocumentNode {
  __apiType?: (variables: Variables) => Result;
}

/**
 * An error of the GraphQL answer, with its `extensions.code`: UNAUTHENTICATED (nobody logged in)
 * or FORBIDDEN (the account may not import this), the message saying why.
 */
export class GraphqlError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

export async function graphqlRequest<Result, Variables>(
  document: TypedDocument<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  const res = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await res.json().catch(() => ({}))) as { data?: Result; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new GraphqlError(body.errors[0].message, body.errors[0].extensions?.code);
  if (!body.data) throw new Error(`HTTP ${res.status}`);
  return body.data;
}

export function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}
