import { Migration } from '@mikro-orm/migrations';

export class Migration20261202140409 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`report_mailing\` (\`branch_code\` text not null, \`week\` text not null, \`state\` text not null, \`owner\` text not null, \`claimed_at\` datetime not null, \`sent_at\` datetime null, \`message_id\` text null, \`recipients\` text null, \`made_up\` integer not null default false, primary key (\`branch_code\`, \`week\`));`);
  }

}
