import { Migration } from '@mikro-orm/migrations';

export class Migration20261201232735 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "region" ("code" varchar(32) not null, "name" varchar(200) not null, "source" varchar(16) not null, "import_id" int null, constraint "region_pkey" primary key ("code"));`);

    this.addSql(`alter table "branch" add column "region_code" varchar(32) null;`);
    this.addSql(`create index "branch_region_code_index" on "branch" ("region_code");`);
    // A demo database made before regional offices existed gets the demo's office, East Java's.
    this.addSql(`insert into "region" ("code", "name", "source") select 'JATIM', 'Kantor Wilayah Jawa Timur', 'SYNTHETIC' where exists (select 1 from "branch" where "source" in ('STUDY', 'SYNTHETIC') and "region" = 'Jawa Timur');`);
    this.addSql(`update "branch" set "region_code" = 'JATIM' where "source" in ('STUDY', 'SYNTHETIC') and "region" = 'Jawa Timur';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "region" cascade;`);

    this.addSql(`drop index "branch_region_code_index";`);
    this.addSql(`alter table "branch" drop column "region_code";`);
  }

}
