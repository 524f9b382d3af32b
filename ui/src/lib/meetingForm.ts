// A meeting's fields as the planning and editing forms hold them, and the input the API takes.
import { blankToNull, isoToLocalDateTime } from './editing';
import { localDateTimeToIso } from './meeting';

export interface MeetingFormValues {
  title: string;
  startsAt: string; // datetime-local
  endsAt: string;
  place: string;
  videoLink: string;
  agenda: string;
  invitedServiceIds: string[];
}

export interface MeetingDetails {
  title: string;
  startsAt: string;
  endsAt: string | null;
  place: string | null;
  videoLink: string | null;
  agenda: string | null;
  invitedServices: { id: string }[];
}

/** The form's fields, for telling the errors at a field from the rest. */
export const MEETING_FIELDS = ['title', 'startsAt', 'endsAt', 'place', 'videoLink', 'agenda', 'invitedServiceIds'];

export function emptyMeetingForm(): MeetingFormValues {
  return { title: '', startsAt: '', endsAt: '', place: '', videoLink: '', agenda: '', invitedServiceIds: [] };
}

export function meetingFormOf(meeting: MeetingDetails): MeetingFormValues {
  return {
    title: meeting.title,
    startsAt: isoToLocalDateTime(meeting.startsAt),
    endsAt: isoToLocalDateTime(meeting.endsAt),
    place: meeting.place ?? '',
    videoLink: meeting.videoLink ?? '',
    agenda: meeting.agenda ?? '',
    invitedServiceIds: meeting.invitedServices.map((s) => s.id),
  };
}

/**
 * The fields the API takes, or the fields whose times cannot be read (the browser's own field
 * lets an incomplete value through as empty). Without invitations the
 * services invited stay as they are (planning invites every service).
 */
export function meetingInput(
  form: MeetingFormValues,
  withInvitations: boolean,
): { ok: true; input: Record<string, unknown> } | { ok: false; badTimes: ('startsAt' | 'endsAt')[] } {
  const startsAt = localDateTimeToIso(form.startsAt);
  const endsAt = form.endsAt ? localDateTimeToIso(form.endsAt) : null;
  const badTimes: ('startsAt' | 'endsAt')[] = [];
  if (!startsAt) badTimes.push('startsAt');
  if (form.endsAt && !endsAt) badTimes.push('endsAt');
  if (badTimes.length > 0) return { ok: false, badTimes };
  return {
    ok: true,
    input: {
      title: form.title.trim(),
      startsAt,
      endsAt,
      place: blankToNull(form.place),
      videoLink: blankToNull(form.videoLink),
      agenda: blankToNull(form.agenda),
      ...(withInvitations ? { invitedServiceIds: form.invitedServiceIds } : {}),
    },
  };
}
