import { Migration } from '@mikro-orm/migrations';

// The membership month rollup keyed also by the next month each branch reported the series in
// (membership/month-rollup.ts), built again from the stored months (its SQL at this version).
export class Migration20261202133505 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`truncate table "membership_month_rollup";`);
    this.addSql(`alter table "membership_month_rollup" drop constraint "membership_month_rollup_pkey";`);
    this.addSql(`alter table "membership_month_rollup" add column "next_period_index" int not null;`);
    this.addSql(`alter table "membership_month_rollup" add constraint "membership_month_rollup_pkey" primary key ("region_code", "segment", "program", "period_index", "next_period_index");`);
    this.addSql(`INSERT INTO membership_month_rollup (period_index, region_code, segment, program, next_period_index, year, month, active_participants, new_participants, lapsed_participants, branches, branches_with_new, branches_with_lapsed, continuing_branches, source_min, source_max, flow_source_min, flow_source_max) SELECT period_index, region_code, segment, program, COALESCE(CASE WHEN EXISTS (SELECT 1 FROM membership_snapshot nm WHERE nm.branch_code = membership_snapshot.branch_code AND nm.year = (membership_snapshot.period_index + 1) / 12 AND nm.month = (membership_snapshot.period_index + 1) % 12 + 1 AND nm.segment = membership_snapshot.segment AND nm.program = membership_snapshot.program) THEN membership_snapshot.period_index + 1 END, (SELECT nl.period_index FROM membership_snapshot nl WHERE nl.branch_code = membership_snapshot.branch_code AND nl.year >= membership_snapshot.year AND nl.period_index > membership_snapshot.period_index AND nl.segment = membership_snapshot.segment AND nl.program = membership_snapshot.program ORDER BY nl.year, nl.month LIMIT 1), 9999999), MIN(year), MIN(month), SUM(active_participants), SUM(new_participants), SUM(lapsed_participants), COUNT(*), SUM(CASE WHEN new_participants IS NULL THEN 0 ELSE 1 END), SUM(CASE WHEN lapsed_participants IS NULL THEN 0 ELSE 1 END), SUM(CASE WHEN EXISTS (SELECT 1 FROM membership_snapshot pm WHERE pm.branch_code = membership_snapshot.branch_code AND pm.year = (membership_snapshot.period_index - 1) / 12 AND pm.month = (membership_snapshot.period_index - 1) % 12 + 1 AND pm.segment = membership_snapshot.segment AND pm.program = membership_snapshot.program) THEN 1 ELSE 0 END), MIN((source) COLLATE "C"), MAX((source) COLLATE "C"), MIN((flow_source) COLLATE "C"), MAX((flow_source) COLLATE "C") FROM (SELECT ms.*, COALESCE(rb.region_code, '') AS region_code FROM membership_snapshot ms LEFT JOIN branch rb ON rb.code = ms.branch_code) membership_snapshot GROUP BY 1, 2, 3, 4, 5;`);
  }

  override async down(): Promise<void> {
    this.addSql(`truncate table "membership_month_rollup";`);
    this.addSql(`alter table "membership_month_rollup" drop constraint "membership_month_rollup_pkey";`);
    this.addSql(`alter table "membership_month_rollup" drop column "next_period_index";`);
    this.addSql(`alter table "membership_month_rollup" add constraint "membership_month_rollup_pkey" primary key ("region_code", "segment", "program", "period_index");`);
  }

}
