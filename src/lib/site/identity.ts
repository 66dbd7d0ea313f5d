/** The handbook's name and one-line description: the site's title, and the head of llms.txt. */
export const SITE_TITLE = 'Backend Career Handbook';
export const SITE_DESCRIPTION =
	'From intern to senior, staff, principal and lead, and the paths that branch off: what each role does, the skills it expects, how it is assessed, and how to move on.';
