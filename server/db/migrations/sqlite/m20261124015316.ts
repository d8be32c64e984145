import { Migration } from '@mikro-orm/migrations';

export class Migration20261124015316 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index \`membership_trend_idx\`;`);

    this.addSql(`create index "membership_stock_idx" on "membership_snapshot" ("program", "branch_code", "segment", "year", (("month" + 2) / 3), "period_index", "month", "active_participants", "new_participants", "lapsed_participants", "source");`);
  }

}
