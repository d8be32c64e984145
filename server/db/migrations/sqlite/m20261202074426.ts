import { Migration } from '@mikro-orm/migrations';

export class Migration20261202074426 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`planned_activity\` (\`id\` integer not null primary key autoincrement, \`branch_code\` text not null, \`date\` text not null, \`week\` text not null, \`channel\` text not null, \`location\` text not null, \`audience\` text not null, \`staff_code\` text null, \`segment\` text null, \`status\` text not null, \`realised_date\` text null, \`realised_week\` text null, \`reach\` integer null, \`registrations\` integer null, \`cost_idr\` bigint null, \`import_run_id\` integer null, \`created_by\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null);`);
    this.addSql(`create index \`planned_activity_branch_date_idx\` on \`planned_activity\` (\`branch_code\`, \`date\`);`);
  }

}
