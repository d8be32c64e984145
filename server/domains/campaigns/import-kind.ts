// The `campaigns` import kind: socialisation sessions and promotion placements into
// `campaign_activity`.
import { refreshCampaignRollup } from './rollup.ts';
import { z } from 'zod';
import { CHANNELS_BY_ACTIVITY, mediumOf, type ActivityType } from '../../../common/vocabulary/catalog.ts';
import { amount, branchCode, count, date, text } from '../../import/fields.ts';
import {
  COMMON_BRANCH_ALIASES,
  SEGMENT_HEADER_ALIASES,
  STAFF_ALIASES,
  activityField,
  cellText,
  channelField,
  numberText,
  periodIndex,
  segmentField,
  type KindDefinition,
  type RowCheck,
} from '../../import/kind-parts.ts';

const campaignRow = z.object({
  branch: branchCode(),
  date: date(),
  activity: activityField(),
  channel: channelField(),
  reach: count(),
  registrations: count(),
  name: text(300, { optional: true }),
  cost_idr: amount(),
  leads: count({ optional: true }),
  segment: segmentField(true),
  staff: text(64, { optional: true }),
});
type CampaignRow = z.output<typeof campaignRow>;

/** The activity/channel pair must be one of the catalog's. */
const campaignPair: RowCheck = {
  columns: ['activity', 'channel'],
  check: ({ activity, channel }) =>
    mediumOf(activity as ActivityType, channel)
      ? undefined
      : {
          column: 'channel',
          code: 'bad_pair',
          params: { activity, channel, allowed: Object.keys(CHANNELS_BY_ACTIVITY[activity as ActivityType]).join(', ') },
        },
};

/**
 * Nobody registers, or shows interest, without being reached: registrations and leads are
 * counted among the reach (attendees of a session, impressions of a placement). A count above
 * the reach is a typing error or a column mix-up (reach and registrations swapped), so the row
 * is refused rather than stored with a conversion above 100 %.
 */
const notAboveReach = (column: 'registrations' | 'leads', code: 'registrations_over_reach' | 'leads_over_reach'): RowCheck => ({
  columns: ['reach', column],
  check: (values) => {
    const count = values[column] as number | null;
    const reach = values.reach as number;
    return count !== null && count > reach ? { column, code, params: { [column]: count, reach } } : undefined;
  },
});

export const campaignsKind: KindDefinition<CampaignRow> = {
  kind: 'campaigns',
  columns: ['branch', 'date', 'activity', 'channel', 'reach', 'registrations', 'name', 'cost_idr', 'leads', 'segment', 'staff'],
  required: ['branch', 'date', 'activity', 'channel', 'reach', 'registrations'],
  aliases: {
    ...COMMON_BRANCH_ALIASES,
    ...SEGMENT_HEADER_ALIASES,
    ...STAFF_ALIASES,
    tanggal: 'date', tgl: 'date',
    kegiatan: 'activity', aktivitas: 'activity', jenis_kegiatan: 'activity', activity_type: 'activity',
    kanal: 'channel', saluran: 'channel',
    jangkauan: 'reach', jumlah_jangkauan: 'reach',
    pendaftaran: 'registrations', registrasi: 'registrations', pendaftar: 'registrations', peserta_terdaftar: 'registrations',
    nama: 'name', nama_kegiatan: 'name', campaign: 'name', campaign_name: 'name',
    biaya: 'cost_idr', biaya_idr: 'cost_idr', cost: 'cost_idr', biaya_rp: 'cost_idr',
    prospek: 'leads', calon_peserta: 'leads',
  },
  schema: campaignRow,
  rowChecks: [campaignPair, notAboveReach('registrations', 'registrations_over_reach'), notAboveReach('leads', 'leads_over_reach')],
  afterStore: (trx, importId) => refreshCampaignRollup(trx, { importId }),
  key: (r) => `${r.branch}\t${r.date.date}\t${r.activity}\t${r.channel}\t${r.name}\t${r.staff}`,
  keyText: (r) =>
    `branch=${r.branch}, date=${r.date.date}, activity=${r.activity}, channel=${r.channel}, name=${r.name || '—'}, staff=${r.staff || '—'}`,
  branchOf: (r) => r.branch,
  table: 'campaign_activity',
  dbColumns: [
    'branch_code', 'date', 'year', 'month', 'period_index', 'activity', 'channel', 'medium', 'name', 'reach', 'leads',
    'registrations', 'cost_idr', 'segment', 'staff_code', 'source', 'import_id',
  ],
  conflict: ['branch_code', 'date', 'activity', 'channel', 'name', 'staff_code'],
  compared: ['reach', 'leads', 'registrations', 'cost_idr', 'segment', 'medium', 'source'],
  // name and staff are parts of the key: a file without them means '' and stays so.
  optionalFeeds: { cost_idr: ['cost_idr'], leads: ['leads'], segment: ['segment'] },
  toDb: (r, importId) => ({
    branch_code: r.branch,
    date: r.date.date,
    year: r.date.year,
    month: r.date.month,
    period_index: periodIndex(r.date.year, r.date.month),
    activity: r.activity,
    channel: r.channel,
    medium: mediumOf(r.activity as ActivityType, r.channel) ?? '',
    name: r.name,
    reach: r.reach,
    leads: r.leads,
    registrations: r.registrations,
    cost_idr: r.cost_idr,
    segment: r.segment,
    staff_code: r.staff,
    source: 'IMPORTED',
    import_id: importId,
  }),
  orderBy: ['branch_code', 'date', 'activity', 'channel', 'name', 'staff_code'],
  toCsv: (d) => ({
    branch: cellText(d.branch_code),
    date: cellText(d.date),
    activity: cellText(d.activity),
    channel: cellText(d.channel),
    reach: numberText(d.reach),
    registrations: numberText(d.registrations),
    name: cellText(d.name),
    cost_idr: numberText(d.cost_idr),
    leads: numberText(d.leads),
    segment: cellText(d.segment),
    staff: cellText(d.staff_code),
  }),
};
