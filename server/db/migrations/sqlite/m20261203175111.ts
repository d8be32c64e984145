import { Migration } from '@mikro-orm/migrations';

export class Migration20261203175111 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`target_attainment_key\` (\`year\` integer not null, \`metric\` text not null, \`branch_code\` text not null, \`program\` text not null, \`segment\` text not null, \`target\` integer not null, \`source_min\` text not null, \`source_max\` text not null, \`kind\` text not null, \`realised\` integer null, \`as_of_month\` integer null, \`projected\` double null, \`half_width\` double null, \`floor\` double null, primary key (\`year\`, \`metric\`, \`branch_code\`, \`program\`, \`segment\`));`);
  }

}
