import { Migration } from '@mikro-orm/migrations';

export class Migration20261201232733 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`region\` (\`code\` text not null, \`name\` text not null, \`source\` text not null, \`import_id\` integer null, primary key (\`code\`));`);

    this.addSql(`alter table \`branch\` add column \`region_code\` text null;`);
    this.addSql(`create index \`branch_region_code_index\` on \`branch\` (\`region_code\`);`);
    // A demo database made before regional offices existed gets the demo's office, East Java's.
    this.addSql(`insert into \`region\` (\`code\`, \`name\`, \`source\`) select 'JATIM', 'Kantor Wilayah Jawa Timur', 'SYNTHETIC' where exists (select 1 from \`branch\` where \`source\` in ('STUDY', 'SYNTHETIC') and \`region\` = 'Jawa Timur');`);
    this.addSql(`update \`branch\` set \`region_code\` = 'JATIM' where \`source\` in ('STUDY', 'SYNTHETIC') and \`region\` = 'Jawa Timur';`);
  }

}
