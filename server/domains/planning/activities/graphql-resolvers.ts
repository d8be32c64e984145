// GraphQL of planned activities (schema/planning.graphql): planning and cancelling are the
// Kabid's (planActivities), recording results is an import of the branch's campaigns (the
// import's own permission and checks), reading is the plan's readers'.
import type { GraphQLContext } from '../../../graphql/context.ts';
import type { PlannedActivity as GqlPlanned, Resolvers } from '../../../graphql/generated/resolvers-types.ts';
import { audit } from '../../../auth/audit.ts';
import { writableById } from '../../../auth/by-id.ts';
import { type Action, demand, importScope } from '../../../auth/permissions.ts';
import { actorName } from '../../../auth/principal.ts';
import { BadInputError } from '../../../errors.ts';
import { branchReference } from '../../branches/query.ts';
import { idArgument } from '../../reviews/input.ts';
import { staffNames } from '../../staff.ts';
import { requiredText } from '../../written-text.ts';
import { planRealisation, type PlanGroupBy } from './comparison.ts';
import { countArgument, dayArgument, socialisationChannel } from './input.ts';
import { dayBounds } from './range.ts';
import { importResults } from './realise.ts';
import { claimPlanned, createPlanned, findPlanned, type PlannedActivity, plannedIn, releaseRealisation, updatePlanned } from './store.ts';

async function view(context: GraphQLContext, planned: PlannedActivity): Promise<GqlPlanned> {
  const [viewed] = await views(context, planned.branchCode, [planned]);
  return viewed;
}

async function views(context: GraphQLContext, branch: string, rows: PlannedActivity[]): Promise<GqlPlanned[]> {
  const names = await staffNames(context.db, { branch });
  return rows.map((p) => ({
    id: String(p.id), branch: p.branchCode, date: p.date, week: p.week, channel: p.channel as GqlPlanned['channel'], location: p.location, audience: p.audience,
    staff: p.staffCode ?? null, staffName: p.staffCode ? (names.get(p.staffCode) ?? null) : null, segment: (p.segment ?? null) as GqlPlanned['segment'], status: p.status,
    realised: p.status === 'DONE' && p.realisedDate
      ? { date: p.realisedDate, reach: Number(p.reach ?? 0), registrations: Number(p.registrations ?? 0), costIdr: Number(p.costIdr ?? 0), importRun: String(p.importRunId) }
      : null,
    createdBy: p.createdBy,
  }));
}

const record = (context: GraphQLContext, action: string, p: PlannedActivity, detail: Record<string, unknown> = {}) =>
  audit(context.db, { actor: actorName(context.principal), action, target: `${p.branchCode} ${p.date}`, detail: { id: p.id, ...detail }, ip: context.ip });

/** The planned activity of an id the caller may change this way; missing and another office's answer alike (by-id.ts). */
const writablePlanned = (context: GraphQLContext, id: number, write: (branch: string) => Action) =>
  writableById(context, { argument: 'id', what: 'planned activity', id, find: () => findPlanned(context.db, id), branchOf: (p) => p.branchCode, read: (branch) => ({ do: 'readPlan', branch }), write });

function open(planned: PlannedActivity): void {
  if (planned.status === 'PLANNED') return;
  const done = planned.status === 'DONE';
  throw new BadInputError('id', `planned activity ${planned.id} is ${done ? 'done' : 'cancelled'} already`, done ? 'ACTIVITY_DONE' : 'ACTIVITY_CANCELLED');
}

export const plannedActivityResolvers: Resolvers = {
  Query: {
    plannedActivities: async (_parent, args, context) => {
      const branch = await branchReference(context.db, args.branch);
      demand(context.principal, { do: 'readPlan', branch }, context.config.authRead);
      return views(context, branch.code, await plannedIn(context.db, branch.code, dayBounds(args.from, args.to)));
    },
    planRealisation: async (_parent, args, context) => {
      const branch = await branchReference(context.db, args.branch);
      demand(context.principal, { do: 'readPlan', branch }, context.config.authRead);
      const groupBy = (args.groupBy ?? 'WEEK') as PlanGroupBy;
      return planRealisation(context.db, { branch: branch.code, from: args.from, to: args.to, groupBy }, dayBounds(args.from, args.to));
    },
  },
  Mutation: {
    planActivity: async (_parent, args, context) => {
      const { code } = await branchReference(context.db, args.branch);
      demand(context.principal, { do: 'planActivities', branch: code }, context.config.authRead);
      const day = dayArgument('date', args.date);
      const staff = args.staff?.trim() || null;
      if (staff) {
        const member = await context.db.read('staff').where({ code: staff, branch_code: code }).first('role');
        if (!member) throw new BadInputError('staff', `"${staff}" is not on the staff of branch ${code}`, 'NOT_BRANCH_STAFF');
      }
      const planned = await createPlanned(context.db, {
        branchCode: code, date: day.date, week: day.week, channel: socialisationChannel(args.channel),
        location: requiredText('location', args.location, 200, 'say where it takes place'),
        audience: requiredText('audience', args.audience, 300, 'say which companies or worker groups are targeted'),
        staffCode: staff, segment: args.segment ?? null, createdBy: actorName(context.principal),
      });
      await record(context, 'activity.planned', planned);
      return view(context, planned);
    },
    realisePlannedActivity: async (_parent, args, context) => {
      const planned = await writablePlanned(context, idArgument('id', args.id), (branch) => ({ do: 'import', kind: 'campaigns', branches: [branch] }));
      open(planned);
      const day = args.date ? dayArgument('date', args.date) : { date: planned.date, week: planned.week };
      const results = {
        date: day.date,
        reach: countArgument('reach', args.reach)!,
        registrations: countArgument('registrations', args.registrations)!,
        costIdr: countArgument('costIdr', args.costIdr, { optional: true }) ?? 0,
        leads: countArgument('leads', args.leads, { optional: true }),
      };
      // Claimed first (DONE, no import run yet), so that a second realisation or a cancel at the
      // same time is refused instead of storing a second campaign row; given back if the import refuses.
      await claimPlanned(context.db, planned.id, {
        status: 'DONE', realisedDate: results.date, realisedWeek: day.week, reach: results.reach, registrations: results.registrations, costIdr: results.costIdr,
      });
      let runId: number;
      try {
        runId = await importResults(context.db, planned, results, { actor: actorName(context.principal), branchScope: importScope(context.principal), lang: args.lang === 'EN' ? 'en' : 'id' });
      } catch (err) {
        await releaseRealisation(context.db, planned.id);
        throw err;
      }
      const done = await updatePlanned(context.db, planned.id, { importRunId: runId });
      await record(context, 'activity.realised', done, { run: runId });
      return view(context, done);
    },
    cancelPlannedActivity: async (_parent, args, context) => {
      const planned = await writablePlanned(context, idArgument('id', args.id), (branch) => ({ do: 'planActivities', branch }));
      open(planned);
      const cancelled = await claimPlanned(context.db, planned.id, { status: 'CANCELLED' });
      await record(context, 'activity.cancelled', cancelled);
      return view(context, cancelled);
    },
  },
};
