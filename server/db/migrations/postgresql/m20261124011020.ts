import { Migration } from '@mikro-orm/migrations';

export class Migration20261124011020 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "branch" ("code" varchar(32) not null, "name" varchar(200) not null, "region" varchar(200) null, "source" varchar(16) not null, "import_id" int null, constraint "branch_pkey" primary key ("code"));`);

    this.addSql(`create table "campaign_activity" ("id" serial primary key, "branch_code" varchar(32) not null, "date" varchar(10) not null, "year" int not null, "month" int not null, "period_index" int not null, "activity" varchar(16) not null, "channel" varchar(32) not null, "medium" varchar(16) not null, "name" varchar(300) not null default '', "reach" int not null, "leads" int null, "registrations" int not null, "cost_idr" double precision not null default 0, "segment" varchar(8) not null default '', "staff_code" varchar(64) not null default '', "source" varchar(16) not null, "import_id" int null);`);
    this.addSql(`create index "campaign_period_idx" on "campaign_activity" ("branch_code", "period_index", "activity", "channel");`);
    this.addSql(`alter table "campaign_activity" add constraint "campaign_natural_key" unique ("branch_code", "date", "activity", "channel", "name", "staff_code");`);

    this.addSql(`create table "import_run" ("id" serial primary key, "kind" varchar(16) not null, "file_name" varchar(500) not null, "sha256" varchar(64) not null, "rows" int not null, "rejected_rows" int not null default 0, "outcome" varchar(16) not null, "actor" varchar(200) not null, "started_at" timestamptz not null, "finished_at" timestamptz null, "message" text null);`);

    this.addSql(`create table "membership_snapshot" ("id" serial primary key, "branch_code" varchar(32) not null, "year" int not null, "month" int not null, "period_index" int not null, "precision" varchar(8) not null, "segment" varchar(8) not null, "program" varchar(8) not null default '', "active_participants" int not null, "new_participants" int null, "lapsed_participants" int null, "source" varchar(16) not null, "import_id" int null);`);
    this.addSql(`create index "membership_trend_idx" on "membership_snapshot" ("branch_code", "program", "segment", "period_index", "active_participants");`);
    this.addSql(`alter table "membership_snapshot" add constraint "membership_natural_key" unique ("branch_code", "year", "month", "segment", "program");`);

    this.addSql(`create table "staff" ("code" varchar(64) not null, "branch_code" varchar(32) not null, "name" varchar(200) not null, "role" varchar(8) not null, "source" varchar(16) not null, constraint "staff_pkey" primary key ("code"));`);
    this.addSql(`create index "staff_branch_idx" on "staff" ("branch_code");`);

    this.addSql(`create table "target" ("id" serial primary key, "branch_code" varchar(32) not null, "year" int not null, "program" varchar(8) not null, "segment" varchar(8) not null, "metric" varchar(24) not null, "staff_code" varchar(64) not null default '', "target" int not null, "source" varchar(16) not null, "import_id" int null);`);
    this.addSql(`alter table "target" add constraint "target_natural_key" unique ("branch_code", "year", "program", "segment", "metric", "staff_code");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "branch" cascade;`);

    this.addSql(`drop table if exists "campaign_activity" cascade;`);

    this.addSql(`drop table if exists "import_run" cascade;`);

    this.addSql(`drop table if exists "membership_snapshot" cascade;`);

    this.addSql(`drop table if exists "staff" cascade;`);

    this.addSql(`drop table if exists "target" cascade;`);
  }

}
