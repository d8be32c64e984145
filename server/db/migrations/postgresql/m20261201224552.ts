import { Migration } from '@mikro-orm/migrations';

export class Migration20261201224552 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "account" ("id" serial primary key, "username" varchar(64) not null, "password_hash" varchar(200) not null, "role" varchar(16) not null, "branch" varchar(32) null, "region" varchar(32) null, "created_at" timestamptz not null, "password_changed_at" timestamptz not null, "disabled_at" timestamptz null);`);
    this.addSql(`alter table "account" add constraint "account_username_unique" unique ("username");`);

    this.addSql(`create table "api_token" ("id" serial primary key, "account_id" int not null, "name" varchar(100) not null, "prefix" varchar(16) not null, "secret_hash" varchar(64) not null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null);`);
    this.addSql(`alter table "api_token" add constraint "api_token_secret_hash_unique" unique ("secret_hash");`);
    this.addSql(`create index "api_token_account_id_index" on "api_token" ("account_id");`);

    this.addSql(`create table "audit_entry" ("id" serial primary key, "at" timestamptz not null, "actor" varchar(200) not null, "action" varchar(64) not null, "target" varchar(500) null, "detail" text null, "ip" varchar(64) null);`);

    this.addSql(`create table "auth_session" ("id" varchar(64) not null, "account_id" int not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "ip" varchar(64) null, "user_agent" varchar(300) null, constraint "auth_session_pkey" primary key ("id"));`);
    this.addSql(`create index "auth_session_account_id_index" on "auth_session" ("account_id");`);

    this.addSql(`create table "login_failure" ("id" serial primary key, "username" varchar(64) not null, "ip" varchar(64) not null, "at" timestamptz not null);`);
    this.addSql(`create index "login_failure_username_at_index" on "login_failure" ("username", "at");`);
    this.addSql(`create index "login_failure_ip_at_index" on "login_failure" ("ip", "at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "account" cascade;`);

    this.addSql(`drop table if exists "api_token" cascade;`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "auth_session" cascade;`);

    this.addSql(`drop table if exists "login_failure" cascade;`);
  }

}
