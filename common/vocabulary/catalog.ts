// The fixed vocabulary of the domain: segments, programs, activity types, channels and the
// medium each channel belongs to. The values come from the schema's enums (generated into
// common/vocabulary/schema-enums.ts); what the schema cannot say, which channel an activity
// type may use and through which medium, is the rule table below. Import validation, the demo
// generator and the analytics all read these lists.
import * as Schema from './schema-enums.ts';

export const SEGMENTS = Object.values(Schema.Segment);
export type Segment = Schema.Segment;

export const PROGRAMS = Object.values(Schema.Program);
export type Program = Schema.Program;

export const ACTIVITY_TYPES = Object.values(Schema.ActivityType);
export type ActivityType = Schema.ActivityType;

export const TARGET_METRICS = Object.values(Schema.TargetMetric);
export type TargetMetric = Schema.TargetMetric;

/**
 * The roles of a branch's membership staff (kepala bidang, account representatives…): the staff
 * rows' roles, and the account roles that work for one branch and act on its data (import,
 * share); the server decides with them (server/auth/permissions.ts), the dashboard explains with them.
 */
export const STAFF_ROLES = ['KABID', 'AR', 'ARK', 'PAP'] as const satisfies readonly Schema.Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(role: string): role is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(role);
}

/** Where a stored row comes from; MIXED is only ever an answer over several rows, never stored. */
export const DATA_SOURCES = Object.values(Schema.DataSource).filter((s): s is Exclude<Schema.DataSource, 'MIXED'> => s !== 'MIXED');
export type DataSource = (typeof DATA_SOURCES)[number];

export const MEDIA = Object.values(Schema.Medium);
export type Medium = Schema.Medium;

/** Channels each activity type may use, with the medium the channel belongs to for that type. */
export const CHANNELS_BY_ACTIVITY: Record<ActivityType, Record<string, Medium>> = {
  SOCIALISATION: {
    FACE_TO_FACE: 'OFFLINE',
    ZOOM: 'ONLINE',
    GOOGLE_MEET: 'ONLINE',
    YOUTUBE: 'ONLINE',
    VIDEO_CALL: 'ONLINE',
  },
  PROMOTION: {
    BROCHURE: 'PRINT',
    MAGAZINE: 'PRINT',
    NEWSPAPER: 'PRINT',
    BANNER: 'PRINT',
    SPANDUK: 'PRINT',
    WEBSITE: 'WEB',
    YOUTUBE: 'WEB',
    FACEBOOK: 'SOCIAL_MEDIA',
    TWITTER: 'SOCIAL_MEDIA',
    INSTAGRAM: 'SOCIAL_MEDIA',
    TIKTOK: 'SOCIAL_MEDIA',
    RADIO: 'BROADCAST',
    TELEVISION: 'BROADCAST',
  },
};

export const CHANNELS = [
  ...new Set([...Object.keys(CHANNELS_BY_ACTIVITY.SOCIALISATION), ...Object.keys(CHANNELS_BY_ACTIVITY.PROMOTION)]),
] as const;

/** The medium of a channel used by an activity type, or undefined when the pair is not allowed. */
export function mediumOf(activity: ActivityType, channel: string): Medium | undefined {
  return CHANNELS_BY_ACTIVITY[activity]?.[channel];
}

/**
 * Optional key parts (campaign name, staff, segment, snapshot program) are stored as '' rather
 * than NULL: SQL unique constraints treat NULLs as distinct, which would break upserts by the
 * contract's natural keys. The API turns '' back into null.
 */
export const NONE = '';
