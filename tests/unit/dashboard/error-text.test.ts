// A panel's error in the reader's language: the server's refusals carry a code (its own text is
// English and names settings a reader cannot change), whichever shape Apollo hands them over in.
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { errorText } from '../../../client/features/dashboard/view.ts';
import { messages } from '../../../common/i18n/messages.ts';

const costLimit = { message: 'Query is estimated to read 173,460 rows (…), more than the limit of 50,000 (set by GRAPHQL_MAX_COST_ROWS)', extensions: { code: 'COST_LIMIT' } };

describe('errorText', () => {
  it('says what a refusal means in the chosen language, from GraphQL errors and from an HTTP error body', () => {
    const graphqlErrors = new CombinedGraphQLErrors({ errors: [costLimit] });
    expect(errorText(graphqlErrors, messages('id'))).toBe(messages('id').errorByCode.COST_LIMIT);
    const body = JSON.stringify({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] });
    const serverError = new ServerError('Response not successful', { response: new Response(body, { status: 403 }), bodyText: body });
    expect(errorText(serverError, messages('en'))).toBe('Your account may not read these data.');
    expect(messages('id').errorByCode.COST_LIMIT).not.toMatch(/GRAPHQL_MAX_COST_ROWS/);
  });

  it("keeps the error's own text for anything else, and nothing for no error", () => {
    expect(errorText(new Error('Failed to fetch'), messages('id'))).toBe('Failed to fetch');
    expect(errorText(new CombinedGraphQLErrors({ errors: [{ message: 'odd', extensions: { code: 'SOMETHING_ELSE' } }] }), messages('en'))).toMatch(/odd/);
    expect(errorText(undefined, messages('en'))).toBeNull();
  });
});
