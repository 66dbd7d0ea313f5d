/**
 * A study schedule as an iCalendar file (RFC 5545) that calendar apps import: one all-day event
 * per week. Written here rather than with the `ics` package, which brings `yup` and more into the
 * coach's page for what is a few lines of text.
 */

export interface CalendarEvent {
	/** A stable id, unique within the file. */
	uid: string;
	/** The first day, `YYYY-MM-DD`. */
	date: string;
	summary: string;
	description: string;
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in text values. */
export const escapeText = (text: string): string =>
	text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and one space. */
export function foldLine(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	for (const char of line) {
		const limit = parts.length === 0 ? 75 : 74;
		if (encoder.encode(current + char).length > limit) {
			parts.push(current);
			current = char;
		} else current += char;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

const compactDate = (date: string) => date.replace(/-/g, '');
const nextDay = (date: string) => {
	const day = new Date(`${date}T00:00:00Z`);
	day.setUTCDate(day.getUTCDate() + 1);
	return day.toISOString().slice(0, 10);
};

/** The calendar's text, with CRLF line ends. `stamp` is the creation time (`YYYYMMDDTHHMMSSZ`). */
export function calendarFile(
	name: string,
	events: readonly CalendarEvent[],
	stamp: string,
): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Backend Career Handbook//Coach//EN',
		'CALSCALE:GREGORIAN',
		`X-WR-CALNAME:${escapeText(name)}`,
		...events.flatMap((event) => [
			'BEGIN:VEVENT',
			`UID:${event.uid}`,
			`DTSTAMP:${stamp}`,
			`DTSTART;VALUE=DATE:${compactDate(event.date)}`,
			`DTEND;VALUE=DATE:${compactDate(nextDay(event.date))}`,
			`SUMMARY:${escapeText(event.summary)}`,
			`DESCRIPTION:${escapeText(event.description)}`,
			'END:VEVENT',
		]),
		'END:VCALENDAR',
	];
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
