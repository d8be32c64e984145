// The fixed vocabulary of the domain (the GraphQL enums and the import kinds): segments, programs, activity
// types, channels and the medium each channel belongs to. Import validation, the demo
// generator and the analytics all read these lists, so they are defined once, here.

export const SEGMENTS = ['PU', 'BPU', 'JAKON', 'PMI'] as const;
export type Segment = (typeof SEGMENTS)[number];

export const PROGRAMS = ['JKK', 'JKM', 'JHT', 'JP', 'JKP'] as const;
export type Program = (typeof PROGRAMS)[number];

export const ACTIVITY_TYPES = ['SOCIALISATION', 'PROMOTION'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const TARGET_METRICS = ['ACTIVE_PARTICIPANTS', 'NEW_PARTICIPANTS'] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

export const STAFF_ROLES = ['KABID', 'AR', 'ARK', 'PAP'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const DATA_SOURCES = ['STUDY', 'SYNTHETIC', 'IMPORTED'] as const;
export type DataSource = (typeof DATA_SOURCES)[number];

export const MEDIA = ['OFFLINE', 'ONLINE', 'PRINT', 'WEB', 'SOCIAL_MEDIA', 'BROADCAST'] as const;
export type Medium = (typeof MEDIA)[number];

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
