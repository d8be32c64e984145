import { Migration } from '@mikro-orm/migrations';

export class Migration20261202071446 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`review\` (\`id\` integer not null primary key autoincrement, \`branch_code\` text not null, \`week\` text not null, \`notes\` text null, \`created_by\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null);`);
    this.addSql(`create unique index \`review_branch_week_unique\` on \`review\` (\`branch_code\`, \`week\`);`);

    this.addSql(`create table \`review_action\` (\`id\` integer not null primary key autoincrement, \`review_id\` integer not null, \`branch_code\` text not null, \`week\` text not null, \`title\` text not null, \`owner\` text null, \`due\` text null, \`status\` text not null, \`closed_week\` text null, \`created_at\` datetime not null, \`updated_at\` datetime not null);`);
    this.addSql(`create index \`review_action_review_idx\` on \`review_action\` (\`review_id\`);`);
    this.addSql(`create index \`review_action_branch_week_idx\` on \`review_action\` (\`branch_code\`, \`week\`);`);
  }

}
