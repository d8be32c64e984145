import { Migration } from '@mikro-orm/migrations';

export class Migration20261201201116 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`import_run\` add column \`owner\` text null;`);
    // Attempts left open before owners were recorded cannot be checked: they are closed as interrupted.
    this.addSql(`update \`import_run\` set \`outcome\` = 'REJECTED', \`finished_at\` = \`started_at\`, \`message\` = 'interrupted (left unfinished before this version recorded who runs an import): nothing stored' where \`finished_at\` is null;`);
  }

}
