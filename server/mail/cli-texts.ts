// The words of `npm run report`, in Bahasa Indonesia and English (the command's language:
// --lang, else LANG/LC_ALL).
import type { Bilingual } from '../../common/i18n/bilingual.ts';

export interface ReportCliTexts {
  usage: string;
  expectedSend: (got: string | undefined) => string;
  needs: (option: string) => string;
  badAddress: (value: string) => string;
  sent: (branch: string, week: string, to: string, id: string) => string;
  notSent: (host: string, reason: string) => string;
}

const USAGE = 'npm run report -- send --branch CODE --to ADDRESS[,ADDRESS…] [--week YYYY-Www] [--lang id|en]';

export const reportCliTexts: Bilingual<ReportCliTexts> = {
  id: {
    usage: `Pemakaian: ${USAGE}\n  Mengirim laporan mingguan kantor cabang (PDF terlampir) lewat SMTP_URL dari MAIL_FROM.\n  --week: bawaan minggu lengkap terakhir. --lang: bahasa laporan dan pesan ini.`,
    expectedSend: (got) => (got ? `perintah tidak dikenal: "${got}"; yang ada: send` : 'sebutkan perintah: send'),
    needs: (option) => `${option} wajib diisi`,
    badAddress: (value) => `--to: "${value}" bukan alamat email`,
    sent: (branch, week, to, id) => `laporan mingguan ${branch} minggu ${week} terkirim ke ${to} (${id})`,
    notSent: (host, reason) => `laporan tidak terkirim lewat ${host}: ${reason}`,
  },
  en: {
    usage: `Usage: ${USAGE}\n  Mails a branch's weekly report (PDF attached) through SMTP_URL from MAIL_FROM.\n  --week: the last complete week by default. --lang: the report's and these messages' language.`,
    expectedSend: (got) => (got ? `unknown command: "${got}"; there is: send` : 'name a command: send'),
    needs: (option) => `${option} is required`,
    badAddress: (value) => `--to: "${value}" is not an e-mail address`,
    sent: (branch, week, to, id) => `weekly report of ${branch} for week ${week} sent to ${to} (${id})`,
    notSent: (host, reason) => `the report was not sent through ${host}: ${reason}`,
  },
};
