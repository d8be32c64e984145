import { Migration } from '@mikro-orm/migrations';

export class Migration20261202002323 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "campaign_rollup" ("branch_code" varchar(32) not null, "period_index" int not null, "activity" varchar(16) not null, "channel" varchar(32) not null, "year" int not null, "month" int not null, "medium" varchar(16) not null, "activities" int not null, "reach" bigint not null, "leads" bigint not null, "registrations" bigint not null, "cost_idr" bigint not null, "source_min" varchar(16) not null, "source_max" varchar(16) not null, constraint "campaign_rollup_pkey" primary key ("branch_code", "period_index", "activity", "channel"));`);
    this.addSql(`create index "campaign_rollup_period_idx" on "campaign_rollup" ("period_index", "activity", "channel");`);
    // The activities already stored, rolled up once (later imports keep it current).
    this.addSql(`insert into campaign_rollup (branch_code, period_index, activity, channel, year, month, medium, activities, reach, leads, registrations, cost_idr, source_min, source_max) select branch_code, period_index, activity, channel, min(year), min(month), min(medium), count(*), sum(reach), sum(coalesce(leads, 0)), sum(registrations), sum(cost_idr), min(source), max(source) from campaign_activity group by branch_code, period_index, activity, channel;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "campaign_rollup" cascade;`);
  }

}
