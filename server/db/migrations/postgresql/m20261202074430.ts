import { Migration } from '@mikro-orm/migrations';

export class Migration20261202074430 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "planned_activity" ("id" serial primary key, "branch_code" varchar(32) not null, "date" varchar(10) not null, "week" varchar(8) not null, "channel" varchar(32) not null, "location" varchar(200) not null, "audience" varchar(300) not null, "staff_code" varchar(64) null, "segment" varchar(8) null, "status" varchar(12) not null, "realised_date" varchar(10) null, "realised_week" varchar(8) null, "reach" int null, "registrations" int null, "cost_idr" bigint null, "import_run_id" int null, "created_by" varchar(200) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "planned_activity_branch_date_idx" on "planned_activity" ("branch_code", "date");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "planned_activity" cascade;`);
  }

}
