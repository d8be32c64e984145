import { Migration } from '@mikro-orm/migrations';

// The membership rollup of each branch's years, filled from the stored months (the SQL of
// membership/rollup.ts at this version).
export class Migration20261202022310 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`membership_year_rollup\` (\`branch_code\` text not null, \`segment\` text not null, \`program\` text not null, \`year\` integer not null, \`last_period_index\` integer not null, \`active_participants\` integer not null, \`source\` text not null, \`new_participants\` integer null, \`lapsed_participants\` integer null, \`months_with_new\` integer not null, \`months_with_lapsed\` integer not null, \`flow_source_min\` text null, \`flow_source_max\` text null, primary key (\`branch_code\`, \`segment\`, \`program\`, \`year\`));`);
    this.addSql(`INSERT INTO membership_year_rollup (branch_code, segment, program, year, last_period_index, active_participants, source, new_participants, lapsed_participants, months_with_new, months_with_lapsed, flow_source_min, flow_source_max) SELECT g.branch_code, g.segment, g.program, g.year, g.last, m.active_participants, m.source, g.new, g.lapsed, g.months_new, g.months_lapsed, g.flow_min, g.flow_max FROM (SELECT branch_code, segment, program, year, MAX(period_index) AS last, SUM(new_participants) AS new, SUM(lapsed_participants) AS lapsed, SUM(CASE WHEN new_participants IS NULL THEN 0 ELSE 1 END) AS months_new, SUM(CASE WHEN lapsed_participants IS NULL THEN 0 ELSE 1 END) AS months_lapsed, MIN((flow_source) COLLATE BINARY) AS flow_min, MAX((flow_source) COLLATE BINARY) AS flow_max FROM membership_snapshot GROUP BY branch_code, segment, program, year) g JOIN membership_snapshot m ON m.branch_code = g.branch_code AND m.segment = g.segment AND m.program = g.program AND m.period_index = g.last;`);
  }

}
