import { Migration } from '@mikro-orm/migrations';

// The membership rollup of each office's months, filled from the stored months (the SQL of
// membership/month-rollup.ts at this version).
export class Migration20261202072017 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "membership_month_rollup" ("region_code" varchar(32) not null, "segment" varchar(8) not null, "program" varchar(8) not null, "period_index" int not null, "year" int not null, "month" int not null, "active_participants" bigint not null, "new_participants" bigint null, "lapsed_participants" bigint null, "branches" int not null, "branches_with_new" int not null, "branches_with_lapsed" int not null, "continuing_branches" int not null, "source_min" varchar(16) not null, "source_max" varchar(16) not null, "flow_source_min" varchar(16) null, "flow_source_max" varchar(16) null, constraint "membership_month_rollup_pkey" primary key ("region_code", "segment", "program", "period_index"));`);
    this.addSql(`INSERT INTO membership_month_rollup (period_index, region_code, segment, program, year, month, active_participants, new_participants, lapsed_participants, branches, branches_with_new, branches_with_lapsed, continuing_branches, source_min, source_max, flow_source_min, flow_source_max) SELECT membership_snapshot.period_index, COALESCE(rb.region_code, ''), membership_snapshot.segment, membership_snapshot.program, MIN(membership_snapshot.year), MIN(membership_snapshot.month), SUM(membership_snapshot.active_participants), SUM(membership_snapshot.new_participants), SUM(membership_snapshot.lapsed_participants), COUNT(*), SUM(CASE WHEN membership_snapshot.new_participants IS NULL THEN 0 ELSE 1 END), SUM(CASE WHEN membership_snapshot.lapsed_participants IS NULL THEN 0 ELSE 1 END), SUM(CASE WHEN EXISTS (SELECT 1 FROM membership_snapshot pm WHERE pm.branch_code = membership_snapshot.branch_code AND pm.year = (membership_snapshot.period_index - 1) / 12 AND pm.month = (membership_snapshot.period_index - 1) % 12 + 1 AND pm.segment = membership_snapshot.segment AND pm.program = membership_snapshot.program) THEN 1 ELSE 0 END), MIN((membership_snapshot.source) COLLATE "C"), MAX((membership_snapshot.source) COLLATE "C"), MIN((membership_snapshot.flow_source) COLLATE "C"), MAX((membership_snapshot.flow_source) COLLATE "C") FROM (membership_snapshot LEFT JOIN branch rb ON rb.code = membership_snapshot.branch_code) GROUP BY 1, 2, 3, 4;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "membership_month_rollup" cascade;`);
  }

}
