// The accounts command line (server/auth/cli.ts, `npm run users`), in Bahasa Indonesia and English.
import type { Bilingual } from './bilingual.ts';

export interface UsersCliTexts {
  usage: (roles: string) => string;
  passwordPrompt: string;
  passwordAgain: string;
  passwordsDiffer: string;
  noPassword: string;
  created: (username: string, role: string, scope: string) => string;
  /** Said after creating an account with a branch or office while AUTH_READ is not login. */
  scopeNeedsLogin: string;
  disabled: (username: string) => string;
  enabled: (username: string) => string;
  passwordSet: (username: string) => string;
  none: string;
  header: string;
  scopeNation: string;
  scopeBranch: (code: string) => string;
  scopeRegion: (code: string) => string;
  stateActive: string;
  stateDisabled: string;
}

export const usersCli: Bilingual<UsersCliTexts> = {
  id: {
    usage: (roles) => `Cara pakai: npm run users -- <perintah>
  add <nama> --role <${roles}> [--branch KODE] [--region KODE]   buat akun; kata sandi dibaca dari stdin
  list                                                           daftar akun
  disable <nama> | enable <nama>                                 nonaktifkan / aktifkan lagi (sesi berakhir)
  password <nama>                                                ganti kata sandi (dibaca dari stdin; sesi berakhir)`,
    passwordPrompt: 'Kata sandi: ',
    passwordAgain: 'Ulangi kata sandi: ',
    passwordsDiffer: 'Kedua kata sandi tidak sama: tidak ada yang diubah.',
    noPassword: 'Tidak ada kata sandi di stdin: kirim kata sandi di baris pertama (mis. `printf "%s\\n" "$PASS" | npm run users -- add …`).',
    created: (username, role, scope) => `Akun ${username} dibuat: ${role}, ${scope}.`,
    scopeNeedsLogin:
      'Catatan: cakupan ini membatasi bacaan akun hanya bila server berjalan dengan AUTH_READ=login. Dengan AUTH_READ=public (bawaan) siapa pun membaca semua kantor.',
    disabled: (username) => `Akun ${username} dinonaktifkan; sesinya berakhir.`,
    enabled: (username) => `Akun ${username} aktif lagi.`,
    passwordSet: (username) => `Kata sandi ${username} diganti; sesinya berakhir.`,
    none: 'Belum ada akun. Buat admin pertama: npm run users -- add admin --role ADMIN',
    header: 'nama\tperan\tcakupan\tstatus\tdibuat',
    scopeNation: 'nasional',
    scopeBranch: (code) => `cabang ${code}`,
    scopeRegion: (code) => `wilayah ${code}`,
    stateActive: 'aktif',
    stateDisabled: 'nonaktif',
  },
  en: {
    usage: (roles) => `Usage: npm run users -- <command>
  add <username> --role <${roles}> [--branch CODE] [--region CODE]   create an account; the password is read from stdin
  list                                                               list the accounts
  disable <username> | enable <username>                             switch off / on again (sessions end)
  password <username>                                                set a new password (read from stdin; sessions end)`,
    passwordPrompt: 'Password: ',
    passwordAgain: 'Password again: ',
    passwordsDiffer: 'The two passwords differ: nothing changed.',
    noPassword: 'No password on stdin: send it as the first line (e.g. `printf "%s\\n" "$PASS" | npm run users -- add …`).',
    created: (username, role, scope) => `Account ${username} created: ${role}, ${scope}.`,
    scopeNeedsLogin: 'Note: the scope limits what the account reads only on a server run with AUTH_READ=login. With AUTH_READ=public (the default) anyone reads every office.',
    disabled: (username) => `Account ${username} switched off; its sessions ended.`,
    enabled: (username) => `Account ${username} switched on again.`,
    passwordSet: (username) => `Password of ${username} set; its sessions ended.`,
    none: 'No accounts yet. Create the first admin: npm run users -- add admin --role ADMIN',
    header: 'username\trole\tscope\tstate\tcreated',
    scopeNation: 'nation',
    scopeBranch: (code) => `branch ${code}`,
    scopeRegion: (code) => `region ${code}`,
    stateActive: 'active',
    stateDisabled: 'disabled',
  },
};
