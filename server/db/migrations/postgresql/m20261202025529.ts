import { Migration } from '@mikro-orm/migrations';

export class Migration20261202025529 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "campaign_import_idx" on "campaign_activity" ("import_id");`);

    this.addSql(`create index "membership_import_idx" on "membership_snapshot" ("import_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "campaign_import_idx";`);

    this.addSql(`drop index "membership_import_idx";`);
  }

}
