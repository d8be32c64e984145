import { Migration } from '@mikro-orm/migrations';

export class Migration20261203175114 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "target_attainment_key" ("year" int not null, "metric" varchar(24) not null, "branch_code" varchar(32) not null, "program" varchar(8) not null, "segment" varchar(8) not null, "target" int not null, "source_min" varchar(16) not null, "source_max" varchar(16) not null, "kind" varchar(16) not null, "realised" int null, "as_of_month" int null, "projected" double precision null, "half_width" double precision null, "floor" double precision null, constraint "target_attainment_key_pkey" primary key ("year", "metric", "branch_code", "program", "segment"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "target_attainment_key" cascade;`);
  }

}
