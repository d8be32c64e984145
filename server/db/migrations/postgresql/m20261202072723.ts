import { Migration } from '@mikro-orm/migrations';

export class Migration20261202072723 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "target_phasing" ("branch_code" varchar(32) not null, "year" int not null, "program" varchar(8) not null, "segment" varchar(8) not null, "staff_code" varchar(64) not null, "month" int not null, "target" int not null, constraint "target_phasing_pkey" primary key ("branch_code", "year", "program", "segment", "staff_code", "month"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "target_phasing" cascade;`);
  }

}
