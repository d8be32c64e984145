// GraphQL of accounts (schema/accounts.graphql): `me`, the caller's API tokens, the audit log,
// and the staff column of raw rows, hidden from callers who read aggregates only.
import { BadInputError } from '../errors.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import type { ApiToken as GqlApiToken, AuditEntry as GqlAuditEntry, Resolvers } from '../graphql/generated/resolvers-types.ts';
import { accountById } from './accounts.ts';
import { type ApiToken, createApiToken, listApiTokens, revokeApiToken, tokenById } from './api-tokens.ts';
import { audit, auditEntries } from './audit.ts';
import { decide, demand } from './permissions.ts';
import { accountMe } from './account-me.ts';
import { actorName } from './principal.ts';

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);

function toGqlToken(t: ApiToken, secret: string | null = null): GqlApiToken {
  return { id: String(t.id), name: t.name, secret, prefix: t.prefix, createdAt: iso(t.createdAt) ?? '', lastUsedAt: iso(t.lastUsedAt), revokedAt: iso(t.revokedAt) };
}

function ownAccountId(context: GraphQLContext): number {
  demand(context.principal, { do: 'ownTokens' }, context.config.authRead);
  if (context.principal.kind !== 'account') throw new BadInputError('token', 'the ADMIN_TOKEN has no account: log in as a person');
  return context.principal.account.id;
}

/** Staff codes of raw rows, or `(hidden)` for a caller who may not see them. */
function staffFor(staff: string | null | undefined, context: GraphQLContext): string | null {
  if (staff === null || staff === undefined) return null;
  return decide(context.principal, { do: 'readStaff' }, context.config.authRead).ok ? staff : '(hidden)';
}

export const accountResolvers: Resolvers = {
  Query: {
    me: (_parent, _args, { principal, config }) => accountMe(principal, config.authRead),
    apiTokens: async (_parent, _args, context) => (await listApiTokens(context.db, ownAccountId(context))).map((t) => toGqlToken(t)),
    auditLog: async (_parent, args, context) => {
      demand(context.principal, { do: 'readAudit' }, context.config.authRead);
      const limit = args.limit ?? 100;
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new BadInputError('limit', `expected 1 to 1000, got ${limit}`);
      const before = args.before ? Number(args.before) : undefined;
      if (before !== undefined && !Number.isInteger(before)) throw new BadInputError('before', `not an entry id: "${args.before}"`);
      const entries = await auditEntries(context.db, { limit, before });
      return entries.map((e): GqlAuditEntry => ({ id: String(e.id), at: iso(e.at) ?? '', actor: e.actor, action: e.action, target: e.target ?? null, detail: e.detail ?? null, ip: e.ip ?? null }));
    },
  },
  Mutation: {
    createApiToken: async (_parent, args, context) => {
      const accountId = ownAccountId(context);
      const { token, secret } = await createApiToken(context.db, accountId, args.name);
      await audit(context.db, { actor: actorName(context.principal), action: 'token.created', target: token.name, detail: { id: token.id, prefix: token.prefix }, ip: context.ip });
      return toGqlToken(token, secret);
    },
    revokeApiToken: async (_parent, args, context) => {
      const id = Number(args.id);
      const token = Number.isInteger(id) ? await tokenById(context.db, id) : null;
      if (!token) throw new BadInputError('id', `no API token "${args.id}"`);
      demand(context.principal, { do: 'revokeToken', ownerId: token.accountId }, context.config.authRead);
      const revoked = await revokeApiToken(context.db, id);
      const owner = await accountById(context.db, token.accountId);
      await audit(context.db, { actor: actorName(context.principal), action: 'token.revoked', target: token.name, detail: { id, owner: owner?.username }, ip: context.ip });
      return toGqlToken(revoked);
    },
  },
  CampaignFact: { staff: (parent, _args, context) => staffFor((parent as { staff?: string | null }).staff, context) },
  TargetFact: { staff: (parent, _args, context) => staffFor((parent as { staff?: string | null }).staff, context) },
};
