// A meeting as an iCalendar file (RFC 5545) for the participants' own agendas: one VEVENT with
// times in UTC, text escaped (§3.3.11), lines folded at 75 octets (§3.1) and CRLF line ends.
import { clock } from "../time/clock";
import { THEME_KEYS, THEME_TITLES, type Agenda } from "./agenda-template";

export interface CalendarMeeting {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  agenda: Agenda;
  /** Absolute link to the meeting in the app. */
  url: string;
}

/** TEXT values: backslash, semicolon and comma are escaped; every line break becomes \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** 20270310T130000Z */
export function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

const encoder = new TextEncoder();

/**
 * Splits a content line into chunks of at most 75 octets, continuation lines starting with one
 * space; never inside a multi-byte UTF-8 character.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines carry the leading space
    if (octets + size > limit) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

function description(meeting: CalendarMeeting): string {
  const themes = THEME_KEYS.map((k) => {
    const text = meeting.agenda[k].trim();
    return text ? `- ${THEME_TITLES[k]}: ${text}` : `- ${THEME_TITLES[k]}`;
  });
  return ["Agenda:", ...themes, "", meeting.url].join("\n");
}

export function meetingCalendar(meeting: CalendarMeeting, host: string, now = clock.now()): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Samen naar School//Overleggen//NL",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${meeting.id}@${host}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART:${utcStamp(meeting.startsAt)}`,
    `DTEND:${utcStamp(meeting.endsAt)}`,
    `SUMMARY:${escapeText(meeting.title)}`,
    ...(meeting.location ? [`LOCATION:${escapeText(meeting.location)}`] : []),
    `DESCRIPTION:${escapeText(description(meeting))}`,
    `URL:${meeting.url}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
