import { Migration } from '@mikro-orm/migrations';

export class Migration20261201172842 extends Migration {

  override async up(): Promise<void> {
    // Whole Rupiah: existing fractional amounts are rounded half away from zero, as the import
    // rounds them (round() on numeric does that; a float8 → bigint cast rounds half to even).
    this.addSql(`alter table "campaign_activity" alter column "cost_idr" type bigint using (round("cost_idr"::numeric)::bigint);`);

    this.addSql(`drop index "membership_stock_idx";`);

    this.addSql(`alter table "membership_snapshot" add column "flow_source" varchar(16) null;`);
    // Rows stored before had one source for stock and flows alike.
    this.addSql(`update "membership_snapshot" set "flow_source" = "source" where "new_participants" is not null or "lapsed_participants" is not null;`);
    this.addSql(`create index "membership_stock_flow_idx" on "membership_snapshot" ("program", "branch_code", "segment", "year", (("month" + 2) / 3), "period_index", "month", "active_participants", "new_participants", "lapsed_participants", "source", "flow_source");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "campaign_activity" alter column "cost_idr" type float8 using ("cost_idr"::float8);`);

    this.addSql(`drop index "membership_stock_flow_idx";`);
    this.addSql(`alter table "membership_snapshot" drop column "flow_source";`);

    this.addSql(`CREATE INDEX membership_stock_idx ON public.membership_snapshot USING btree (program, branch_code, segment, year, (((month + 2) / 3)), period_index, month, active_participants, new_participants, lapsed_participants, source);`);
  }

}
