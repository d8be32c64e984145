import { Migration } from '@mikro-orm/migrations';

export class Migration20261201172841 extends Migration {

  override async up(): Promise<void> {
    // SQLite cannot change a column's type: the table is rebuilt. Whole Rupiah: existing
    // fractional amounts are rounded half away from zero (SQLite's round()), as the import does.
    this.addSql(`pragma foreign_keys = off;`);
    this.addSql(`create table \`campaign_activity__temp_alter\` (\`id\` integer not null primary key autoincrement, \`branch_code\` text not null, \`date\` text not null, \`year\` integer not null, \`month\` integer not null, \`period_index\` integer not null, \`activity\` text not null, \`channel\` text not null, \`medium\` text not null, \`name\` text not null default '', \`reach\` integer not null, \`leads\` integer null, \`registrations\` integer not null, \`cost_idr\` bigint not null default 0, \`segment\` text not null default '', \`staff_code\` text not null default '', \`source\` text not null, \`import_id\` integer null);`);
    this.addSql(`insert into \`campaign_activity__temp_alter\` select \`id\`, \`branch_code\`, \`date\`, \`year\`, \`month\`, \`period_index\`, \`activity\`, \`channel\`, \`medium\`, \`name\`, \`reach\`, \`leads\`, \`registrations\`, cast(round(\`cost_idr\`) as integer), \`segment\`, \`staff_code\`, \`source\`, \`import_id\` from \`campaign_activity\`;`);
    this.addSql(`drop table \`campaign_activity\`;`);
    this.addSql(`alter table \`campaign_activity__temp_alter\` rename to \`campaign_activity\`;`);
    this.addSql(`create index \`campaign_period_idx\` on \`campaign_activity\` (\`branch_code\`, \`period_index\`, \`activity\`, \`channel\`);`);
    this.addSql(`create unique index \`campaign_natural_key\` on \`campaign_activity\` (\`branch_code\`, \`date\`, \`activity\`, \`channel\`, \`name\`, \`staff_code\`);`);
    this.addSql(`pragma foreign_keys = on;`);
    this.addSql(`drop index \`membership_stock_idx\`;`);

    this.addSql(`alter table \`membership_snapshot\` add column \`flow_source\` text null;`);
    // Rows stored before had one source for stock and flows alike.
    this.addSql(`update \`membership_snapshot\` set \`flow_source\` = \`source\` where \`new_participants\` is not null or \`lapsed_participants\` is not null;`);
    this.addSql(`create index "membership_stock_flow_idx" on "membership_snapshot" ("program", "branch_code", "segment", "year", (("month" + 2) / 3), "period_index", "month", "active_participants", "new_participants", "lapsed_participants", "source", "flow_source");`);
  }

}
