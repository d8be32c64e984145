import { Migration } from '@mikro-orm/migrations';

export class Migration20261202025527 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index \`campaign_import_idx\` on \`campaign_activity\` (\`import_id\`);`);

    this.addSql(`create index \`membership_import_idx\` on \`membership_snapshot\` (\`import_id\`);`);
  }

}
