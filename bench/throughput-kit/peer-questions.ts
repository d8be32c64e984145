// The grouped aggregates compared with PostGraphile (bench/peer-postgraphile.ts): each as Pantau's
// GraphQL, PostGraphile's (pg-aggregates' groupedAggregates) and plain SQL, and how to bring each
// answer to one form (rows of [keys…, numbers…], sorted), so that the three can be compared
// exactly. Money is compared to the cent: sums of doubles in another order differ in the last bits.

type Row = (string | number)[];

export interface PeerQuestion {
  label: string;
  pantau: string;
  postgraphile: string;
  sql: string;
  sqlUsesBranch: boolean;
  fromPantau(data: unknown): Row[];
  fromPostGraphile(data: unknown): Row[];
  fromSql(rows: Record<string, unknown>[]): Row[];
}

const sorted = (rows: Row[]) => rows.sort((a, b) => (a.join('|') < b.join('|') ? -1 : 1));
const cents = (n: unknown) => Math.round(Number(n) * 100) / 100;

interface Grouped {
  groupedAggregates: { keys: string[]; sum: Record<string, string | number>; distinctCount?: { id: string } }[];
}

const reach: PeerQuestion = {
  label: 'reach by channel, one branch, one year (2024)',
  pantau: `query Reach($branch: ID!) {
  campaignReach(branch: $branch, from: "2024", to: "2024", groupBy: CHANNEL) { key activity activities reach registrations costIdr }
}`,
  postgraphile: `query Reach($branch: String!) {
  allCampaignActivities(condition: { branchCode: $branch, year: 2024 }) {
    groupedAggregates(groupBy: [CHANNEL, ACTIVITY]) { keys distinctCount { id } sum { reach registrations costIdr } }
  }
}`,
  sql: `SELECT channel, activity, count(*) AS n, sum(reach) AS reach, sum(registrations) AS registrations, sum(cost_idr) AS cost
FROM campaign_activity WHERE branch_code = $1 AND year = 2024 GROUP BY channel, activity`,
  sqlUsesBranch: true,
  fromPantau: (data) =>
    sorted(
      (data as { campaignReach: { key: string; activity: string; activities: number; reach: number; registrations: number; costIdr: number }[] }).campaignReach.map((r) => [
        r.key,
        r.activity,
        r.activities,
        r.reach,
        r.registrations,
        cents(r.costIdr),
      ]),
    ),
  fromPostGraphile: (data) =>
    sorted(
      (data as { allCampaignActivities: Grouped }).allCampaignActivities.groupedAggregates.map((g) => [
        g.keys[0],
        g.keys[1],
        Number(g.distinctCount!.id),
        Number(g.sum.reach),
        Number(g.sum.registrations),
        cents(g.sum.costIdr),
      ]),
    ),
  fromSql: (rows) => sorted(rows.map((r) => [String(r.channel), String(r.activity), Number(r.n), Number(r.reach), Number(r.registrations), cents(r.cost)])),
};

interface Trend {
  membershipTrend: { segment: string; points: { period: string; activeParticipants: number }[] }[];
}

const trendRows = (data: unknown) => sorted((data as Trend).membershipTrend.flatMap((s) => s.points.map((p) => [s.segment, Number(p.period), p.activeParticipants])));
const stockRows = (data: unknown) =>
  sorted((data as { allMembershipSnapshots: Grouped }).allMembershipSnapshots.groupedAggregates.map((g) => [g.keys[0], Number(g.keys[1]), Number(g.sum.activeParticipants)]));

// Persons (program ''), at December: the years 2016–2024 end there in every branch, so
// Pantau's "value of the year's last month with data" is December's (2025 ends in October and
// is left out of all three).
const stock: PeerQuestion = {
  label: 'year-end stock per segment, one branch, 2016–2024',
  pantau: `query Stock($branch: ID!) {
  membershipTrend(branch: $branch, from: "2016", to: "2024", granularity: YEAR) { segment points { period activeParticipants } }
}`,
  postgraphile: `query Stock($branch: String!) {
  allMembershipSnapshots(condition: { branchCode: $branch, program: "", month: 12 }) {
    groupedAggregates(groupBy: [SEGMENT, YEAR]) { keys sum { activeParticipants } }
  }
}`,
  sql: `SELECT segment, year, sum(active_participants) AS active FROM membership_snapshot
WHERE branch_code = $1 AND program = '' AND month = 12 AND year BETWEEN 2016 AND 2024 GROUP BY segment, year`,
  sqlUsesBranch: true,
  fromPantau: trendRows,
  fromPostGraphile: stockRows,
  fromSql: (rows) => sorted(rows.map((r) => [String(r.segment), Number(r.year), Number(r.active)])),
};

const nationalStock: PeerQuestion = {
  label: 'year-end stock per segment, all branches, 2016–2024',
  pantau: `query NationalStock {
  membershipTrend(from: "2016", to: "2024", granularity: YEAR) { segment points { period activeParticipants } }
}`,
  postgraphile: `query NationalStock {
  allMembershipSnapshots(condition: { program: "", month: 12 }) {
    groupedAggregates(groupBy: [SEGMENT, YEAR]) { keys sum { activeParticipants } }
  }
}`,
  sql: `SELECT segment, year, sum(active_participants) AS active FROM membership_snapshot
WHERE program = '' AND month = 12 AND year BETWEEN 2016 AND 2024 GROUP BY segment, year`,
  sqlUsesBranch: false,
  fromPantau: trendRows,
  fromPostGraphile: stockRows,
  fromSql: (rows) => sorted(rows.map((r) => [String(r.segment), Number(r.year), Number(r.active)])),
};

export const PEER_QUESTIONS: PeerQuestion[] = [reach, stock, nationalStock];
