import { Migration } from '@mikro-orm/migrations';

export class Migration20261203160549 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "campaign_date_idx" on "campaign_activity" ("date");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "campaign_date_idx";`);
  }

}
