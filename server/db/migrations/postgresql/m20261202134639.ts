import { Migration } from '@mikro-orm/migrations';

// The targets' realisation rollup, filled from the stored months (the SQL of
// targets/realisation-rollup.ts at this version), and the index of a year's targets.
export class Migration20261202134639 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "target_realisation_rollup" ("year" int not null, "branch_code" varchar(32) not null, "segment" varchar(8) not null, "program" varchar(8) not null, "active_1" int null, "new_1" int null, "active_2" int null, "new_2" int null, "active_3" int null, "new_3" int null, "active_4" int null, "new_4" int null, "active_5" int null, "new_5" int null, "active_6" int null, "new_6" int null, "active_7" int null, "new_7" int null, "active_8" int null, "new_8" int null, "active_9" int null, "new_9" int null, "active_10" int null, "new_10" int null, "active_11" int null, "new_11" int null, "active_12" int null, "new_12" int null, constraint "target_realisation_rollup_pkey" primary key ("year", "branch_code", "segment", "program"));`);

    this.addSql(`INSERT INTO target_realisation_rollup (branch_code, segment, program, year, active_1, new_1, active_2, new_2, active_3, new_3, active_4, new_4, active_5, new_5, active_6, new_6, active_7, new_7, active_8, new_8, active_9, new_9, active_10, new_10, active_11, new_11, active_12, new_12) SELECT branch_code, segment, program, year, SUM(CASE WHEN month = 1 THEN active_participants END), SUM(CASE WHEN month = 1 THEN new_participants END), SUM(CASE WHEN month = 2 THEN active_participants END), SUM(CASE WHEN month = 2 THEN new_participants END), SUM(CASE WHEN month = 3 THEN active_participants END), SUM(CASE WHEN month = 3 THEN new_participants END), SUM(CASE WHEN month = 4 THEN active_participants END), SUM(CASE WHEN month = 4 THEN new_participants END), SUM(CASE WHEN month = 5 THEN active_participants END), SUM(CASE WHEN month = 5 THEN new_participants END), SUM(CASE WHEN month = 6 THEN active_participants END), SUM(CASE WHEN month = 6 THEN new_participants END), SUM(CASE WHEN month = 7 THEN active_participants END), SUM(CASE WHEN month = 7 THEN new_participants END), SUM(CASE WHEN month = 8 THEN active_participants END), SUM(CASE WHEN month = 8 THEN new_participants END), SUM(CASE WHEN month = 9 THEN active_participants END), SUM(CASE WHEN month = 9 THEN new_participants END), SUM(CASE WHEN month = 10 THEN active_participants END), SUM(CASE WHEN month = 10 THEN new_participants END), SUM(CASE WHEN month = 11 THEN active_participants END), SUM(CASE WHEN month = 11 THEN new_participants END), SUM(CASE WHEN month = 12 THEN active_participants END), SUM(CASE WHEN month = 12 THEN new_participants END) FROM membership_snapshot GROUP BY branch_code, segment, program, year;`);

    this.addSql(`create index "target_year_idx" on "target" ("year", "metric", "staff_code", "branch_code", "program", "segment", "target", "source");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "target_realisation_rollup" cascade;`);

    this.addSql(`drop index "target_year_idx";`);
  }

}
