import { Migration } from '@mikro-orm/migrations';

export class Migration20261202071449 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "review" ("id" serial primary key, "branch_code" varchar(32) not null, "week" varchar(8) not null, "notes" text null, "created_by" varchar(200) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "review" add constraint "review_branch_week_unique" unique ("branch_code", "week");`);

    this.addSql(`create table "review_action" ("id" serial primary key, "review_id" int not null, "branch_code" varchar(32) not null, "week" varchar(8) not null, "title" varchar(200) not null, "owner" varchar(64) null, "due" varchar(10) null, "status" varchar(8) not null, "closed_week" varchar(8) null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`);
    this.addSql(`create index "review_action_review_idx" on "review_action" ("review_id");`);
    this.addSql(`create index "review_action_branch_week_idx" on "review_action" ("branch_code", "week");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "review" cascade;`);

    this.addSql(`drop table if exists "review_action" cascade;`);
  }

}
