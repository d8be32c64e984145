// The words of the weekly review's actions CSV (server/api/review-csv.ts), per language: the
// Indonesian file is for people in Excel (headers and statuses in words), the English one is
// the machine format of every /api download (field names as headers, statuses as the API's codes).
import type { ActionStatus } from '../vocabulary/schema-enums.ts';
import type { Bilingual } from './bilingual.ts';

export interface ReviewCsvTexts {
  /** The header of each column, in the order the file writes them. */
  headers: {
    reviewWeek: string; list: string; title: string; owner: string; ownerName: string; due: string;
    status: string; agreedWeek: string; closedWeek: string; overdue: string;
  };
  /** Which of the review's lists a row is on. */
  lists: { agreed: string; carriedOver: string };
  statuses: Record<ActionStatus, string>;
}

export const reviewCsv: Bilingual<ReviewCsvTexts> = {
  id: {
    headers: {
      reviewWeek: 'Minggu review',
      list: 'Daftar',
      title: 'Tindakan',
      owner: 'Kode penanggung jawab',
      ownerName: 'Penanggung jawab',
      due: 'Tenggat',
      status: 'Status',
      agreedWeek: 'Minggu disepakati',
      closedWeek: 'Minggu ditutup',
      overdue: 'Terlambat',
    },
    lists: { agreed: 'Disepakati di review ini', carriedOver: 'Dibawa dari review sebelumnya' },
    statuses: { OPEN: 'Terbuka', DONE: 'Selesai', DROPPED: 'Dibatalkan' },
  },
  en: {
    headers: {
      reviewWeek: 'reviewWeek',
      list: 'list',
      title: 'title',
      owner: 'owner',
      ownerName: 'ownerName',
      due: 'due',
      status: 'status',
      agreedWeek: 'agreedWeek',
      closedWeek: 'closedWeek',
      overdue: 'overdue',
    },
    lists: { agreed: 'agreed', carriedOver: 'carriedOver' },
    statuses: { OPEN: 'OPEN', DONE: 'DONE', DROPPED: 'DROPPED' },
  },
};
