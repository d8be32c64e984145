import { Migration } from '@mikro-orm/migrations';

export class Migration20261202072719 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`target_phasing\` (\`branch_code\` text not null, \`year\` integer not null, \`program\` text not null, \`segment\` text not null, \`staff_code\` text not null, \`month\` integer not null, \`target\` integer not null, primary key (\`branch_code\`, \`year\`, \`program\`, \`segment\`, \`staff_code\`, \`month\`));`);
  }

}
