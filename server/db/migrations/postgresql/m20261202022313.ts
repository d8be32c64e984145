import { Migration } from '@mikro-orm/migrations';

// The membership rollup of each branch's years, filled from the stored months (the SQL of
// membership/rollup.ts at this version).
export class Migration20261202022313 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "membership_year_rollup" ("branch_code" varchar(32) not null, "segment" varchar(8) not null, "program" varchar(8) not null, "year" int not null, "last_period_index" int not null, "active_participants" int not null, "source" varchar(16) not null, "new_participants" int null, "lapsed_participants" int null, "months_with_new" int not null, "months_with_lapsed" int not null, "flow_source_min" varchar(16) null, "flow_source_max" varchar(16) null, constraint "membership_year_rollup_pkey" primary key ("branch_code", "segment", "program", "year"));`);
    this.addSql(`INSERT INTO membership_year_rollup (branch_code, segment, program, year, last_period_index, active_participants, source, new_participants, lapsed_participants, months_with_new, months_with_lapsed, flow_source_min, flow_source_max) SELECT g.branch_code, g.segment, g.program, g.year, g.last, m.active_participants, m.source, g.new, g.lapsed, g.months_new, g.months_lapsed, g.flow_min, g.flow_max FROM (SELECT branch_code, segment, program, year, MAX(period_index) AS last, SUM(new_participants) AS new, SUM(lapsed_participants) AS lapsed, SUM(CASE WHEN new_participants IS NULL THEN 0 ELSE 1 END) AS months_new, SUM(CASE WHEN lapsed_participants IS NULL THEN 0 ELSE 1 END) AS months_lapsed, MIN((flow_source) COLLATE "C") AS flow_min, MAX((flow_source) COLLATE "C") AS flow_max FROM membership_snapshot GROUP BY branch_code, segment, program, year) g JOIN membership_snapshot m ON m.branch_code = g.branch_code AND m.segment = g.segment AND m.program = g.program AND m.period_index = g.last;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "membership_year_rollup" cascade;`);
  }

}
