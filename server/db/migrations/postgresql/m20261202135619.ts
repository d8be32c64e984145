import { Migration } from '@mikro-orm/migrations';

// The month rollup no longer counts the branches that reported the month before: those are the
// month before's branches whose next month is this one (membership/month-coverage.ts), and the
// lookup per row cost every import's refresh.

export class Migration20261202135619 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "membership_month_rollup" drop column "continuing_branches";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "membership_month_rollup" add column "continuing_branches" int4 not null;`);
  }

}
