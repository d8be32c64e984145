import { Migration } from '@mikro-orm/migrations';

export class Migration20261203081701 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "campaign_branch_total_rollup" ("branch_code" varchar(32) not null, "activity" varchar(16) not null, "channel" varchar(32) not null, "max_period_index" int not null, "medium" varchar(16) not null, "activities" int not null, "reach" bigint not null, "leads" bigint not null, "registrations" bigint not null, "cost_idr" bigint not null, "source_min" varchar(16) not null, "source_max" varchar(16) not null, "registrations_sq" bigint not null, "cost_sq_high" bigint not null, "cost_sq_low" bigint not null, "cost_sq_over" numeric null, "cost_reg_high" bigint not null, "cost_reg_low" bigint not null, "cost_reg_over" numeric null, "reach_sq_high" bigint not null, "reach_sq_low" bigint not null, "reach_sq_over" numeric null, "reach_reg_high" bigint not null, "reach_reg_low" bigint not null, "reach_reg_over" numeric null, constraint "campaign_branch_total_rollup_pkey" primary key ("branch_code", "activity", "channel"));`);
    // The branches' totals, from the years already stored (imports keep them current from here on).
    this.addSql(`INSERT INTO campaign_branch_total_rollup (branch_code, activity, channel, max_period_index, medium, activities, reach, leads, registrations, cost_idr, source_min, source_max, registrations_sq, cost_sq_high, cost_sq_low, cost_sq_over, cost_reg_high, cost_reg_low, cost_reg_over, reach_sq_high, reach_sq_low, reach_sq_over, reach_reg_high, reach_reg_low, reach_reg_over) SELECT branch_code, activity, channel, MAX(max_period_index), MIN(medium), SUM(activities), SUM(reach), SUM(leads), SUM(registrations), SUM(cost_idr), MIN((source_min) COLLATE "C"), MAX((source_max) COLLATE "C"), SUM(registrations_sq), SUM(cost_sq_high), SUM(cost_sq_low), SUM(cost_sq_over), SUM(cost_reg_high), SUM(cost_reg_low), SUM(cost_reg_over), SUM(reach_sq_high), SUM(reach_sq_low), SUM(reach_sq_over), SUM(reach_reg_high), SUM(reach_reg_low), SUM(reach_reg_over) FROM campaign_year_rollup GROUP BY branch_code, activity, channel;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "campaign_branch_total_rollup" cascade;`);
  }

}
