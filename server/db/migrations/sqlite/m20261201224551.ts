import { Migration } from '@mikro-orm/migrations';

export class Migration20261201224551 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`account\` (\`id\` integer not null primary key autoincrement, \`username\` text not null, \`password_hash\` text not null, \`role\` text not null, \`branch\` text null, \`region\` text null, \`created_at\` datetime not null, \`password_changed_at\` datetime not null, \`disabled_at\` datetime null);`);
    this.addSql(`create unique index \`account_username_unique\` on \`account\` (\`username\`);`);

    this.addSql(`create table \`api_token\` (\`id\` integer not null primary key autoincrement, \`account_id\` integer not null, \`name\` text not null, \`prefix\` text not null, \`secret_hash\` text not null, \`created_at\` datetime not null, \`last_used_at\` datetime null, \`revoked_at\` datetime null);`);
    this.addSql(`create unique index \`api_token_secret_hash_unique\` on \`api_token\` (\`secret_hash\`);`);
    this.addSql(`create index \`api_token_account_id_index\` on \`api_token\` (\`account_id\`);`);

    this.addSql(`create table \`audit_entry\` (\`id\` integer not null primary key autoincrement, \`at\` datetime not null, \`actor\` text not null, \`action\` text not null, \`target\` text null, \`detail\` text null, \`ip\` text null);`);

    this.addSql(`create table \`auth_session\` (\`id\` text not null, \`account_id\` integer not null, \`created_at\` datetime not null, \`last_seen_at\` datetime not null, \`expires_at\` datetime not null, \`ip\` text null, \`user_agent\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`auth_session_account_id_index\` on \`auth_session\` (\`account_id\`);`);

    this.addSql(`create table \`login_failure\` (\`id\` integer not null primary key autoincrement, \`username\` text not null, \`ip\` text not null, \`at\` datetime not null);`);
    this.addSql(`create index \`login_failure_username_at_index\` on \`login_failure\` (\`username\`, \`at\`);`);
    this.addSql(`create index \`login_failure_ip_at_index\` on \`login_failure\` (\`ip\`, \`at\`);`);
  }

}
