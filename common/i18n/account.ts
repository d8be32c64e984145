// The words of a person's account in the dashboard (client/features/account/): the login view,
// the account menu of the header with its role names, and the API-token panel, in Bahasa
// Indonesia and English. Role names are the ones branch staff use for each other.
import type { Bilingual } from './bilingual.ts';
import type { Role } from '../vocabulary/schema-enums.ts';

/** The account texts in one language; sentences with figures or names are functions of them. */
export interface AccountTexts {
  // login view
  loginTitle: string; loginIntro: string; loginNeeded: string;
  /** On the login page while already logged in: logging in again changes the account. */
  signedInAs: (username: string) => string;
  username: string; password: string; showPassword: string; submit: string; working: string;
  badCredentials: string;
  /** Too many failed logins: try again after `seconds` (said in seconds or minutes). */
  throttled: (seconds: number) => string;
  missingFields: string; network: string;
  unexpected: (status: number) => string;
  // account menu
  login: string; logout: string; loggingOut: string; logoutFailed: string;
  /** Before the username on the menu's button, for a screen reader: "Akun kabid.madiun". */
  accountWord: string;
  role: string;
  /** Keyed by the schema's Role, so that a new role without a name fails the type check. */
  roles: Record<Role, string>;
  branch: string; region: string; scope: string; national: string;
  // API tokens
  tokensTitle: string; tokensIntro: string; tokenName: string; tokenNameHint: string; create: string; creating: string;
  secretTitle: string; secretWarning: string; copy: string; copied: string; secretDone: string;
  tokensCaption: string; nameCol: string; createdCol: string; lastUsedCol: string; statusCol: string; prefixCol: string;
  never: string; active: string;
  revokedOn: (date: string) => string;
  revoke: string;
  confirmRevoke: (name: string) => string;
  confirmRevokeYes: string; cancel: string; noTokens: string; tokensFailed: string;
}

/** Whole minutes from 90 s up, seconds below: "45 detik", "5 menit" (rounded up, never "0"). */
const wait = (seconds: number, unitSeconds: string, unitMinutes: string) =>
  seconds < 90 ? `${Math.max(1, Math.ceil(seconds))} ${unitSeconds}` : `${Math.ceil(seconds / 60)} ${unitMinutes}`;

export const account: Bilingual<AccountTexts> = {
  id: {
    loginTitle: 'Masuk',
    loginIntro: 'Masuk dengan akun Pantau Anda untuk melihat data, mengimpor berkas cabang dan membagikan grafik.',
    loginNeeded: 'Data di server ini hanya untuk pengguna yang sudah masuk.',
    signedInAs: (username: string) => `Anda sudah masuk sebagai ${username}. Masuk lagi untuk berganti akun.`,
    username: 'Nama pengguna',
    password: 'Kata sandi',
    showPassword: 'Tampilkan kata sandi',
    submit: 'Masuk',
    working: 'Memeriksa…',
    badCredentials: 'Nama pengguna atau kata sandi salah.',
    throttled: (seconds: number) => `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${wait(seconds, 'detik', 'menit')}.`,
    missingFields: 'Isi nama pengguna dan kata sandi.',
    network: 'Server tidak dapat dihubungi.',
    unexpected: (status: number) => `Tidak dapat masuk (HTTP ${status}). Coba lagi.`,
    login: 'Masuk',
    logout: 'Keluar',
    loggingOut: 'Keluar…',
    logoutFailed: 'Gagal keluar: server tidak dapat dihubungi.',
    accountWord: 'Akun',
    role: 'Peran',
    roles: {
      ADMIN: 'Administrator',
      KABID: 'Kepala Bidang Kepesertaan',
      AR: 'Account Representative',
      ARK: 'Account Representative Khusus',
      PAP: 'Petugas Administrasi Peserta',
      VIEWER: 'Pembaca',
      RESEARCHER: 'Peneliti',
    },
    branch: 'Kantor cabang',
    region: 'Kantor wilayah',
    scope: 'Cakupan',
    national: 'Nasional',
    tokensTitle: 'Token API',
    tokensIntro: 'Untuk skrip dan alat riset: kirim sebagai Authorization: Bearer <token>. Token bertindak dengan peran dan cakupan akun Anda.',
    tokenName: 'Nama token baru',
    tokenNameHint: 'Untuk apa token ini, mis. "notebook analisis 2025".',
    create: 'Buat token',
    creating: 'Membuat…',
    secretTitle: 'Token baru',
    secretWarning: 'Salin sekarang: token ini hanya ditampilkan kali ini dan tidak dapat dilihat lagi.',
    copy: 'Salin',
    copied: 'Tersalin',
    secretDone: 'Sudah saya salin',
    tokensCaption: 'Token API Anda',
    nameCol: 'Nama',
    createdCol: 'Dibuat',
    lastUsedCol: 'Terakhir dipakai',
    statusCol: 'Status',
    prefixCol: 'Awalan',
    never: 'Belum pernah',
    active: 'Aktif',
    revokedOn: (date: string) => `Dicabut ${date}`,
    revoke: 'Cabut',
    confirmRevoke: (name: string) => `Cabut token "${name}"? Skrip yang memakainya langsung ditolak.`,
    confirmRevokeYes: 'Ya, cabut',
    cancel: 'Batal',
    noTokens: 'Belum ada token.',
    tokensFailed: 'Token tidak dapat dimuat.',
  },
  en: {
    loginTitle: 'Log in',
    loginIntro: 'Log in with your Pantau account to see the data, import the branch’s files and share charts.',
    loginNeeded: 'The data on this server is for logged-in users only.',
    signedInAs: (username: string) => `You are logged in as ${username}. Log in again to change accounts.`,
    username: 'Username',
    password: 'Password',
    showPassword: 'Show password',
    submit: 'Log in',
    working: 'Checking…',
    badCredentials: 'Wrong username or password.',
    throttled: (seconds: number) => `Too many failed login attempts. Try again in ${wait(seconds, seconds < 2 ? 'second' : 'seconds', 'minutes')}.`,
    missingFields: 'Enter your username and password.',
    network: 'The server cannot be reached.',
    unexpected: (status: number) => `Could not log in (HTTP ${status}). Try again.`,
    login: 'Log in',
    logout: 'Log out',
    loggingOut: 'Logging out…',
    logoutFailed: 'Could not log out: the server cannot be reached.',
    accountWord: 'Account',
    role: 'Role',
    roles: {
      ADMIN: 'Administrator',
      KABID: 'Head of Membership',
      AR: 'Account Representative',
      ARK: 'Special Account Representative',
      PAP: 'Participant Administration Officer',
      VIEWER: 'Viewer',
      RESEARCHER: 'Researcher',
    },
    branch: 'Branch office',
    region: 'Regional office',
    scope: 'Scope',
    national: 'National',
    tokensTitle: 'API tokens',
    tokensIntro: 'For scripts and research tools: send one as Authorization: Bearer <token>. A token acts with your account’s role and scope.',
    tokenName: 'Name of a new token',
    tokenNameHint: 'What the token is for, e.g. "analysis notebook 2025".',
    create: 'Create token',
    creating: 'Creating…',
    secretTitle: 'New token',
    secretWarning: 'Copy it now: this token is shown only this once and cannot be seen again.',
    copy: 'Copy',
    copied: 'Copied',
    secretDone: 'I have copied it',
    tokensCaption: 'Your API tokens',
    nameCol: 'Name',
    createdCol: 'Created',
    lastUsedCol: 'Last used',
    statusCol: 'Status',
    prefixCol: 'Prefix',
    never: 'Never',
    active: 'Active',
    revokedOn: (date: string) => `Revoked ${date}`,
    revoke: 'Revoke',
    confirmRevoke: (name: string) => `Revoke the token "${name}"? Scripts using it are refused at once.`,
    confirmRevokeYes: 'Yes, revoke',
    cancel: 'Cancel',
    noTokens: 'No tokens yet.',
    tokensFailed: 'The tokens could not be loaded.',
  },
};
