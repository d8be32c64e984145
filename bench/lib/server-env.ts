// The environment the GraphQL-overhead bench gives its server process, applied to this process
// as well when this module is evaluated: imported first by the bench, it runs before graphql-js
// and Apollo are loaded, and graphql-js decides at load whether it runs in production mode (its
// development mode checks every instanceof across realms, which showed in the profile of an
// in-process execution), so the in-process Apollo runs as the server process does. The default
// configuration but for the answer cache (every request computes) and the rate limit (one client
// asking far more than a person); the cost rows limit is off so that every question is answered.
export const SERVER_ENV = { DEMO_DATA: 'false', RATE_LIMIT_PER_MINUTE: '0', NODE_ENV: 'production', GRAPHQL_ANSWER_CACHE_ENTRIES: '0', GRAPHQL_MAX_COST_ROWS: '0' };

Object.assign(process.env, SERVER_ENV);
