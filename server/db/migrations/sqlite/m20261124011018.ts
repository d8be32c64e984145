import { Migration } from '@mikro-orm/migrations';

export class Migration20261124011018 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`branch\` (\`code\` text not null, \`name\` text not null, \`region\` text null, \`source\` text not null, \`import_id\` integer null, primary key (\`code\`));`);

    this.addSql(`create table \`campaign_activity\` (\`id\` integer not null primary key autoincrement, \`branch_code\` text not null, \`date\` text not null, \`year\` integer not null, \`month\` integer not null, \`period_index\` integer not null, \`activity\` text not null, \`channel\` text not null, \`medium\` text not null, \`name\` text not null default '', \`reach\` integer not null, \`leads\` integer null, \`registrations\` integer not null, \`cost_idr\` double not null default 0, \`segment\` text not null default '', \`staff_code\` text not null default '', \`source\` text not null, \`import_id\` integer null);`);
    this.addSql(`create index \`campaign_period_idx\` on \`campaign_activity\` (\`branch_code\`, \`period_index\`, \`activity\`, \`channel\`);`);
    this.addSql(`create unique index \`campaign_natural_key\` on \`campaign_activity\` (\`branch_code\`, \`date\`, \`activity\`, \`channel\`, \`name\`, \`staff_code\`);`);

    this.addSql(`create table \`import_run\` (\`id\` integer not null primary key autoincrement, \`kind\` text not null, \`file_name\` text not null, \`sha256\` text not null, \`rows\` integer not null, \`rejected_rows\` integer not null default 0, \`outcome\` text not null, \`actor\` text not null, \`started_at\` datetime not null, \`finished_at\` datetime null, \`message\` text null);`);

    this.addSql(`create table \`membership_snapshot\` (\`id\` integer not null primary key autoincrement, \`branch_code\` text not null, \`year\` integer not null, \`month\` integer not null, \`period_index\` integer not null, \`precision\` text not null, \`segment\` text not null, \`program\` text not null default '', \`active_participants\` integer not null, \`new_participants\` integer null, \`lapsed_participants\` integer null, \`source\` text not null, \`import_id\` integer null);`);
    this.addSql(`create index \`membership_trend_idx\` on \`membership_snapshot\` (\`branch_code\`, \`program\`, \`segment\`, \`period_index\`, \`active_participants\`);`);
    this.addSql(`create unique index \`membership_natural_key\` on \`membership_snapshot\` (\`branch_code\`, \`year\`, \`month\`, \`segment\`, \`program\`);`);

    this.addSql(`create table \`staff\` (\`code\` text not null, \`branch_code\` text not null, \`name\` text not null, \`role\` text not null, \`source\` text not null, primary key (\`code\`));`);
    this.addSql(`create index \`staff_branch_idx\` on \`staff\` (\`branch_code\`);`);

    this.addSql(`create table \`target\` (\`id\` integer not null primary key autoincrement, \`branch_code\` text not null, \`year\` integer not null, \`program\` text not null, \`segment\` text not null, \`metric\` text not null, \`staff_code\` text not null default '', \`target\` integer not null, \`source\` text not null, \`import_id\` integer null);`);
    this.addSql(`create unique index \`target_natural_key\` on \`target\` (\`branch_code\`, \`year\`, \`program\`, \`segment\`, \`metric\`, \`staff_code\`);`);
  }

}
