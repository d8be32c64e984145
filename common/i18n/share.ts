// The share menu's words (client/features/share/: copying and downloading a panel's embed and
// files) in Bahasa Indonesia and English.
import type { Bilingual } from './bilingual.ts';

/** The share menu's texts in one language. */
export interface ShareTexts {
  button: string; label: string; embed: string; copy: string; copied: string; copyLink: string; download: string;
  svg: string; png: string; csv: string;
  signed: (date: string) => string;
  public: string; loading: string;
  failed: (why: string) => string;
  /** Signing refused: nobody is logged in, or the account may not share this branch's data. */
  refusedAnonymous: string; refusedForbidden: string; login: string;
  close: string;
}

export const share: Bilingual<ShareTexts> = {
  id: {
    button: 'Bagikan',
    label: 'Bagikan atau sematkan grafik ini',
    embed: 'Sematkan (iframe)',
    copy: 'Salin',
    copied: 'Tersalin',
    copyLink: 'Salin tautan',
    download: 'Unduh',
    svg: 'Gambar SVG',
    png: 'Gambar PNG',
    csv: 'Data CSV',
    signed: (date: string) => `Tautan bertanda tangan, berlaku sampai ${date}.`,
    public: 'Tautan publik untuk tampilan ini (filter, bahasa, ukuran).',
    loading: 'Menyiapkan tautan…',
    failed: (why: string) => `Tautan bertanda tangan tidak tersedia (${why}); tautan publik ditampilkan.`,
    refusedAnonymous: 'Masuk untuk membagikan grafik ini: tautan bagikan dibuat atas nama akun Anda.',
    refusedForbidden: 'Akun Anda tidak boleh membagikan data kantor cabang ini, jadi tidak ada tautan yang dibuat.',
    login: 'Masuk',
    close: 'Tutup',
  },
  en: {
    button: 'Share',
    label: 'Share or embed this chart',
    embed: 'Embed (iframe)',
    copy: 'Copy',
    copied: 'Copied',
    copyLink: 'Copy link',
    download: 'Download',
    svg: 'SVG image',
    png: 'PNG image',
    csv: 'CSV data',
    signed: (date: string) => `Signed links, valid until ${date}.`,
    public: 'Public links for this view (filters, language, size).',
    loading: 'Preparing links…',
    failed: (why: string) => `Signed links are not available (${why}); showing public links.`,
    refusedAnonymous: 'Log in to share this chart: share links are made under your account.',
    refusedForbidden: 'Your account may not share this branch office’s data, so no links were made.',
    login: 'Log in',
    close: 'Close',
  },
};
