import { Migration } from '@mikro-orm/migrations';

export class Migration20261202140415 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "report_mailing" ("branch_code" varchar(32) not null, "week" varchar(8) not null, "state" varchar(8) not null, "owner" varchar(200) not null, "claimed_at" timestamptz not null, "sent_at" timestamptz null, "message_id" varchar(500) null, "recipients" text null, "made_up" boolean not null default false, constraint "report_mailing_pkey" primary key ("branch_code", "week"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "report_mailing" cascade;`);
  }

}
